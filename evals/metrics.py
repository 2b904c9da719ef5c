"""The evaluation's measures: IR metrics via ranx, answer checks written out here."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from evals.gold import Fact
from service.answers.compose import Part, format_date

IR_METRICS = ("recall@1", "recall@5", "mrr@10", "ndcg@10")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class CitedAnswer:
    """What any evaluated system returns: its answer text, cited entries, and the ranking."""

    text: str
    abstained: bool
    citations: tuple[tuple[str, str, str, str | None, str | None], ...]  # entry_id, quote, text, start, end
    ranking: tuple[str, ...]
    latency_ms: float
    margin: float | None = None  # how far the support model was from its threshold (None: no support model)
    rank_gap: float | None = None  # how far the chosen sentence led the next by the ranker's score (None: not ranked)


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one answer fared against its fact."""

    fact: Fact
    answer: CitedAnswer
    passed: bool
    good_citations: int
    in_range_citations: int
    verbatim: bool


def _contains(haystack: str, needles: tuple[str, ...]) -> bool:
    low = haystack.casefold()
    return any(n.casefold() in low for n in needles)


def _spelled(answers: tuple[str, ...]) -> tuple[str, ...]:
    """The answers, an ISO date also as an answer writes it in Swedish and in English
    ('2022-06-28' → '28 juni 2022', '28 June 2022'): the date is the fact, not its language."""
    out = list(answers)
    for answer in answers:
        if ISO_DATE.fullmatch(answer):
            day = Part(n=0, quote="", date_start=answer, date_end=None, precision="day", time=None)
            out += [format_date(day, lang, with_time=False) for lang in ("sv", "en")]
    return tuple(dict.fromkeys(out))


def judge(fact: Fact, answer: CitedAnswer) -> Outcome:
    """A fact passes when an unanswerable question is abstained on, or when the answer (not an
    abstention) contains an acceptable string. Citations are good when they are gold or contain
    an acceptable string, in range when they overlap the period the question names."""
    if fact.expect_abstain:
        passed = answer.abstained
    else:
        passed = not answer.abstained and _contains(answer.text, _spelled(fact.answers))
    good = sum(entry_id in fact.gold_entry_ids or _contains(text, fact.answers)
               for entry_id, _, text, _, _ in answer.citations)
    in_range = sum(
        (fact.date_from is None or (end or start or "") >= fact.date_from)
        and (fact.date_to is None or (start or "9999") <= fact.date_to)
        for _, _, _, start, end in answer.citations
    )
    verbatim = all(quote and quote in text for _, quote, text, _, _ in answer.citations)
    return Outcome(fact, answer, passed, good, in_range, verbatim)


def answer_metrics(outcomes: list[Outcome]) -> dict[str, float]:
    """Accuracy, citation and range precision, abstention precision and recall, latency."""
    answerable = [o for o in outcomes if not o.fact.expect_abstain]
    cited = sum(len(o.answer.citations) for o in outcomes)
    ranged = [o for o in outcomes if o.fact.date_from or o.fact.date_to]
    ranged_cited = sum(len(o.answer.citations) for o in ranged)
    abstained = [o for o in outcomes if o.answer.abstained]
    should = [o for o in outcomes if o.fact.expect_abstain]
    latencies = sorted(o.answer.latency_ms for o in outcomes)
    return {
        "answer_accuracy": sum(o.passed for o in answerable) / max(1, len(answerable)),
        "citation_precision": sum(o.good_citations for o in outcomes) / max(1, cited),
        "range_precision": sum(o.in_range_citations for o in ranged) / max(1, ranged_cited),
        "abstention_precision": sum(o.fact.expect_abstain for o in abstained) / max(1, len(abstained)),
        "abstention_recall": sum(o.answer.abstained for o in should) / max(1, len(should)),
        "verbatim_quotes": sum(o.verbatim for o in outcomes) / max(1, len(outcomes)),
        "latency_p50_ms": statistics.median(latencies) if latencies else 0.0,
        "latency_p95_ms": latencies[round(0.95 * (len(latencies) - 1))] if latencies else 0.0,
    }


def ir_metrics(outcomes: list[Outcome], qrels: dict[str, dict[str, int]]) -> dict[str, float]:
    """R@1, R@5, MRR@10 and nDCG@10 (ranx) over the questions that have qrels."""
    from ranx import Qrels, Run, evaluate

    wanted = {o.fact.query_id: o.answer.ranking for o in outcomes if o.fact.query_id in qrels}
    if not wanted:
        return {m: 0.0 for m in IR_METRICS}
    run = {q: {doc: 1.0 / rank for rank, doc in enumerate(docs[:10], start=1)} or {"_ingen_": 0.0}
           for q, docs in wanted.items()}
    scores = evaluate(Qrels.from_dict({q: qrels[q] for q in wanted}), Run.from_dict(run), list(IR_METRICS),
                      make_comparable=True)
    return {m: float(scores[m]) for m in IR_METRICS}
