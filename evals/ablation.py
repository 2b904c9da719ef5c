"""What each answer-quality mechanism adds: every variant is calibrated on dev (as the shipped
model is) and measured on dev and test. Run ``python -m evals.ablation [--report FILE]``.

Variants: the full system; without the glossary; without compound splitting (a separate index is
built with word search and term matching blind to compound parts); without the actor filter.
(Sentence embeddings were measured the same way and removed: they added nothing on dev or test.)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from evals.calibrate import calibrate
from evals.gold import load_facts, load_qrels
from evals.metrics import CitedAnswer, answer_metrics, ir_metrics, judge
from service.answers.answerer import Answerer

COLUMNS = ("recall@5", "mrr@10", "answer_accuracy", "english", "paraphrase", "citation_precision", "abstention_precision",
           "abstention_recall")


def figures(answerer: Answerer, split: str) -> dict[str, float]:
    """Answer and retrieval figures of one split."""
    facts, qrels = [f for f in load_facts() if f.split == split], load_qrels()
    outcomes = []
    for fact in facts:
        answer = answerer.ask(fact.question)
        ranking = tuple(h.entry.entry_id for h in answerer.retriever.search(fact.question, 10).hits)
        cited = tuple((c.entry_id, c.quote, c.text, c.date_start, c.date_end) for c in answer.citations)
        outcomes.append(judge(fact, CitedAnswer(answer.text, answer.abstained, cited, ranking, 0.0)))
    groups = {"english": [o for o in outcomes if o.fact.lang == "en" and not o.fact.expect_abstain],
              "paraphrase": [o for o in outcomes if o.fact.paraphrase and not o.fact.expect_abstain]}
    shares = {name: sum(o.passed for o in items) / max(1, len(items)) for name, items in groups.items()}
    return {**ir_metrics(outcomes, qrels), **answer_metrics(outcomes), **shares}


def variants(settings) -> dict[str, Callable[[], Answerer]]:  # noqa: ANN001
    """Name → a function building the answerer of that variant."""
    from service.retrieval.hybrid import HybridRetriever
    from service.retrieval.index import LoadedIndex

    index = LoadedIndex.load(settings)
    return {
        "granska": lambda: Answerer(HybridRetriever(index)),
        "utan ordlista": lambda: Answerer(HybridRetriever(index, expand=False), use_glossary=False),
        "utan sammansättningar": lambda: _without_compounds(settings, index.encoder),
        "utan aktörsfilter": lambda: Answerer(HybridRetriever(index), use_actor_filter=False),
    }


def _without_compounds(settings, encoder) -> Answerer:  # noqa: ANN001
    import indexer.stores.bm25_store as bm25_store
    from indexer.index.builder import build_index
    from service.retrieval.hybrid import HybridRetriever
    from service.retrieval.index import LoadedIndex

    bm25_store.compound_parts = lambda word: ()  # for the rest of this process: the last variant run
    bm25_store.token_set.cache_clear()
    home = Path(tempfile.mkdtemp(prefix="granska-ablation-"))
    plain = settings.model_copy(update={"home": home, "models_dir": settings.model_cache})
    build_index(plain, progress=False)
    return Answerer(HybridRetriever(LoadedIndex.load(plain, encoder=encoder)))


def main(argv: list[str] | None = None) -> int:
    """Calibrate and measure every variant; print (and optionally write) a Markdown table."""
    from granska.settings import get_settings

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--report", type=Path, help="write the table to this Markdown file")
    args = parser.parse_args(argv)
    rows = ["| variant | del | " + " | ".join(COLUMNS) + " |", "|---|---|" + "---:|" * len(COLUMNS)]
    order = ["granska", "utan ordlista", "utan aktörsfilter", "utan sammansättningar"]
    built = variants(get_settings())
    for name in order:
        answerer = built[name]()
        answerer.model, _ = calibrate(answerer, [f for f in load_facts() if f.split == "dev"])
        for split in ("dev", "test"):
            m = figures(answerer, split)
            rows.append(f"| {name} | {split} | " + " | ".join(f"{m[c]:.3f}" for c in COLUMNS) + " |")
            print(rows[-1], flush=True)
    table = "\n".join(rows) + "\n"
    if args.report:
        args.report.write_text("# Vad varje mekanism tillför\n\nVarje variant kalibrerad på dev, mätt på dev och test.\n\n"
                               + table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
