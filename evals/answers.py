"""Answer metrics on the known facts: accuracy, citation precision, range precision, abstention.

Run: ``python -m evals.answers`` (needs a built index)."""

from __future__ import annotations

import statistics
import sys
from dataclasses import dataclass

from evals.gold import Fact, load_facts
from service.answers.records import Answer


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one answer fared against its fact."""

    fact: Fact
    answer: Answer
    correct: bool
    good_citations: int
    in_range_citations: int
    verbatim: bool


def _contains(haystack: str, needles: tuple[str, ...]) -> bool:
    low = haystack.casefold()
    return any(n.casefold() in low for n in needles)


def judge(fact: Fact, answer: Answer) -> Outcome:
    """Score one answer: right answer string, citations that are gold or contain an answer,
    citations inside the asked period, quotes verbatim in their entries."""
    if fact.expect_abstain:
        correct = answer.abstained
    else:
        correct = not answer.abstained and _contains(answer.text, fact.answers)
    good = sum(c.entry_id in fact.gold_entry_ids or _contains(c.text, fact.answers) for c in answer.citations)
    in_range = sum(
        (fact.date_from is None or (c.date_end or "") >= fact.date_from)
        and (fact.date_to is None or (c.date_start or "9999") <= fact.date_to)
        for c in answer.citations
    )
    verbatim = all(c.quote and c.quote in c.text for c in [*answer.citations, *answer.related])
    return Outcome(fact, answer, correct, good, in_range, verbatim)


def summarize(outcomes: list[Outcome]) -> dict[str, float]:
    """The headline figures."""
    answerable = [o for o in outcomes if not o.fact.expect_abstain]
    citations = sum(len(o.answer.citations) for o in outcomes)
    ranged = [o for o in outcomes if o.fact.date_from or o.fact.date_to]
    ranged_citations = sum(len(o.answer.citations) for o in ranged)
    abstained = [o for o in outcomes if o.answer.abstained]
    should = [o for o in outcomes if o.fact.expect_abstain]
    latencies = sorted(o.answer.timings_ms.get("total", 0.0) for o in outcomes)
    return {
        "answer_accuracy": sum(o.correct for o in answerable) / max(1, len(answerable)),
        "citation_precision": sum(o.good_citations for o in outcomes) / max(1, citations),
        "range_precision": sum(o.in_range_citations for o in ranged) / max(1, ranged_citations),
        "abstention_precision": sum(o.fact.expect_abstain for o in abstained) / max(1, len(abstained)),
        "abstention_recall": sum(o.answer.abstained for o in should) / max(1, len(should)),
        "verbatim_quotes": sum(o.verbatim for o in outcomes) / max(1, len(outcomes)),
        "latency_p50_ms": statistics.median(latencies) if latencies else 0.0,
        "latency_p95_ms": latencies[int(0.95 * (len(latencies) - 1))] if latencies else 0.0,
    }


def run(answerer, facts: list[Fact] | None = None) -> list[Outcome]:  # noqa: ANN001 - Answerer
    """Ask every fact's question."""
    answerer.ask("uppvärmning")  # the first query loads lazily-initialised parts; keep it out of the figures
    return [judge(f, answerer.ask(f.question)) for f in (facts or load_facts())]


def main() -> None:
    """Print the figures and the facts that failed."""
    from granska.settings import get_settings
    from service.answers.answerer import Answerer
    from service.retrieval.hybrid import HybridRetriever
    from service.retrieval.index import LoadedIndex

    outcomes = run(Answerer(HybridRetriever(LoadedIndex.load(get_settings()))))
    for name, value in summarize(outcomes).items():
        print(f"{name:22s} {value:.3f}")
    for o in outcomes:
        if not o.correct:
            print(f"  ✗ {o.fact.query_id} {o.fact.question[:70]!r} → {o.answer.text[:90]!r}")


if __name__ == "__main__":
    sys.exit(main())
