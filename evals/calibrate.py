"""Calibrate abstention on the known facts: sweep the two support thresholds and print the
trade-off between answering right and abstaining right. Run: ``python -m evals.calibrate``."""

from __future__ import annotations

import sys

from evals.gold import load_facts
from evals.metrics import CitedAnswer, answer_metrics, judge


def sweep() -> list[tuple[float, float, dict[str, float]]]:
    """Figures for every (min_coverage, min_similarity) pair on a grid."""
    from dataclasses import replace

    from granska.settings import get_settings
    from service.answers.answerer import Answerer
    from service.answers.compose import ABSTAIN
    from service.retrieval.hybrid import HybridRetriever
    from service.retrieval.index import LoadedIndex

    facts = load_facts()
    never = Answerer(HybridRetriever(LoadedIndex.load(get_settings())), min_coverage=-1.0, min_similarity=-1.0)
    answers = [never.ask(f.question) for f in facts]
    rows = []
    for coverage in (0.0, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.6):
        for similarity in (0.0, 0.85, 0.856, 0.86, 0.865, 0.87, 0.88):
            outcomes = []
            for fact, answer in zip(facts, answers, strict=True):
                s = answer.support
                weak = not answer.citations or (s and s["coverage"] < coverage and s["similarity"] < similarity)
                if weak and not answer.abstained:
                    answer = replace(answer, text=ABSTAIN[answer.language], abstained=True, related=answer.citations, citations=[])
                cited = tuple((c.entry_id, c.quote, c.text, c.date_start, c.date_end) for c in answer.citations)
                outcomes.append(judge(fact, CitedAnswer(answer.text, answer.abstained, cited, (), 0.0)))
            rows.append((coverage, similarity, answer_metrics(outcomes)))
    return rows


def main() -> None:
    """Print the sweep as a table."""
    print(f"{'min_cov':>7} {'min_sim':>7} {'accuracy':>8} {'abst_P':>6} {'abst_R':>6}")
    for coverage, similarity, m in sweep():
        print(f"{coverage:7.2f} {similarity:7.3f} {m['answer_accuracy']:8.3f} "
              f"{m['abstention_precision']:6.2f} {m['abstention_recall']:6.2f}")


if __name__ == "__main__":
    sys.exit(main())
