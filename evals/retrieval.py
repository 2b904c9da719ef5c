"""Retrieval metrics on the known facts: hybrid beside BM25-only, dense-only and the naive
fixed-chunk baseline. Run: ``python -m evals.retrieval`` (needs a built index)."""

from __future__ import annotations

import sys
from collections.abc import Callable

from rich.console import Console
from rich.table import Table

from evals.gold import load_facts, load_qrels
from granska.settings import get_settings
from service.retrieval.hybrid import HybridRetriever
from service.retrieval.index import LoadedIndex

METRICS = ("recall@1", "recall@5", "mrr@10", "ndcg@10")


def evaluate(rankings: dict[str, list[str]], qrels: dict[str, dict[str, int]]) -> dict[str, float]:
    """ranx metrics for ranked entry ids per query (only queries that have qrels)."""
    from ranx import Qrels, Run, evaluate as ranx_evaluate

    run = {q: {doc: 1.0 / rank for rank, doc in enumerate(docs, start=1)} or {"_none_": 0.0}
           for q, docs in rankings.items() if q in qrels}
    scores = ranx_evaluate(Qrels.from_dict(qrels), Run.from_dict(run), list(METRICS), make_comparable=True)
    return {m: float(scores[m]) for m in METRICS}


def rank_all(search: Callable[[str], list[str]], questions: dict[str, str]) -> dict[str, list[str]]:
    """Ranked entry ids for each question."""
    return {q: search(text) for q, text in questions.items()}


def compare(k: int = 10) -> dict[str, dict[str, float]]:
    """Metrics per system, on the answerable known facts."""
    from evals.naive import NaiveBaseline
    from indexer.corpus.loader import load_corpus

    settings = get_settings()
    index = LoadedIndex.load(settings)
    qrels = load_qrels()
    questions = {f.query_id: f.question for f in load_facts() if f.query_id in qrels}
    systems: dict[str, Callable[[str], list[str]]] = {}
    for mode in ("hybrid", "bm25", "dense"):
        retriever = HybridRetriever(index, mode=mode)  # type: ignore[arg-type]
        systems[mode] = lambda q, r=retriever: [h.entry.entry_id for h in r.search(q, k).hits]
    naive = NaiveBaseline(load_corpus(settings.corpus_dir), index.encoder)
    systems["naive 1024 tecken"] = lambda q: naive.search(q, k)
    return {name: evaluate(rank_all(search, questions), qrels) for name, search in systems.items()}


def main() -> None:
    """Print the comparison table."""
    results = compare()
    table = Table(title="Sökning på kända fakta (svarbara frågor)")
    table.add_column("System")
    for metric in METRICS:
        table.add_column(metric.replace("recall", "R").replace("mrr", "MRR").replace("ndcg", "nDCG"), justify="right")
    for name, scores in results.items():
        table.add_row(name, *(f"{scores[m]:.3f}" for m in METRICS))
    Console(width=120).print(table)


if __name__ == "__main__":
    sys.exit(main())
