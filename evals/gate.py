"""The gate for corpus updates: thresholds from ``evals/thresholds.toml``, and the facts an update
changes, sorted into what the maintainer must see apart:

- **regressions**: facts that passed on the live index and fail on the staged one although the new
  or changed documents play no part in their answer or ranking: the update made granska worse
  (refused);
- **changed**: facts that now fail *because of* the new or changed documents (the answer cites
  them, or they rank among the question's entries): the sources now say something else, which the
  maintainer acknowledges (``--accept-changed q113,…`` or ``"changed": true`` in the gold);
- **borderline**: facts whose answer flipped while the support model was close to its threshold
  both times (within ``BORDERLINE``), or whose new answer won a near-tie of the ranker (its sentence
  led the next by at most ``RANK_BORDERLINE``): any change to the corpus moves word statistics a
  little, and such a fact is reported, not held against the update;
- **new facts**: the facts about the new documents, with thresholds of their own.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from dataclasses import replace

from evals.metrics import Outcome
from evals.runner import GATED_SPLIT, SystemResult, figures

THRESHOLDS = Path(__file__).resolve().parent / "thresholds.toml"
BORDERLINE = 0.1  # support probability this close to the threshold, before and after: a borderline flip
RANK_BORDERLINE = 0.05  # ranker score by which the new answer's sentence led the next: a tie, not a verdict


@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    """Whether a staged index may replace the live one, and why not."""

    threshold_failures: list[str]
    regressions: list[str]
    changed: list[str] = field(default_factory=list)
    acknowledged: list[str] = field(default_factory=list)
    borderline: list[str] = field(default_factory=list)
    new_fact_failures: list[str] = field(default_factory=list)

    @property
    def unacknowledged(self) -> list[str]:
        """Changed facts the maintainer has not acknowledged."""
        return [q for q in self.changed if q not in self.acknowledged]

    @property
    def accepted(self) -> bool:
        """No threshold broken, no fact lost, every change acknowledged."""
        return not (self.threshold_failures or self.regressions or self.unacknowledged or self.new_fact_failures)


def load_thresholds(path: Path = THRESHOLDS) -> dict[str, dict[str, float]]:
    """``{"min": {...}, "max": {...}, "new_facts": {...}, "conversations": {...}}`` from the TOML file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {name: dict(data.get(name, {})) for name in ("min", "max", "new_facts", "conversations")}


def check_thresholds(result: SystemResult, thresholds: dict[str, dict[str, float]]) -> list[str]:
    """Every broken threshold as 'metric value < limit'."""
    return check_metrics(result.metrics, thresholds)


def check_metrics(metrics: dict[str, float], thresholds: dict[str, dict[str, float]]) -> list[str]:
    """Every broken threshold of some figures as 'metric value < limit'."""
    failures = []
    for metric, limit in thresholds["min"].items():
        if metrics[metric] < limit:
            failures.append(f"{metric} {metrics[metric]:.3f} < {limit}")
    for metric, limit in thresholds["max"].items():
        if metrics[metric] > limit:
            failures.append(f"{metric} {metrics[metric]:.1f} > {limit}")
    return failures


def judged_by_the_gold(outcomes: list[Outcome], new_entries: set[str]) -> list[Outcome]:
    """The outcomes as the known facts can judge them: the update's new entries left out of
    rankings and citations (the gold has no verdict on them, so a new document restating an event
    does not lower R@5)."""
    def kept(entry_id: str) -> bool:
        return entry_id not in new_entries

    out = []
    for o in outcomes:
        answer = replace(o.answer, ranking=tuple(e for e in o.answer.ranking if kept(e)),
                         citations=tuple(c for c in o.answer.citations if kept(c[0])))
        good = sum(c[0] in o.fact.gold_entry_ids or any(a.casefold() in c[2].casefold() for a in o.fact.answers)
                   for c in answer.citations)
        out.append(replace(o, answer=answer, good_citations=good))
    return out


def touches(outcome: Outcome, new_entries: set[str], new_words: frozenset[str] = frozenset()) -> bool:
    """Whether an answer cites, or its question ranks, one of the update's new entries (of new
    documents, or new text in changed ones), or the question uses a word that only they use (they
    change how it is read: an English document makes the English words of a question searchable)."""
    entries = [*(c[0] for c in outcome.answer.citations), *outcome.answer.ranking]
    if any(entry in new_entries for entry in entries):
        return True
    if not new_words:
        return False
    from indexer.stores.bm25_store import token_set

    return bool(token_set(outcome.fact.question) & new_words)


def borderline(before: Outcome | None, after: Outcome) -> bool:
    """The support model was within ``BORDERLINE`` of its threshold for both answers, or the new
    answer's sentence won the ranker's near-tie (by at most ``RANK_BORDERLINE``)."""
    margins = [o.answer.margin for o in (before, after) if o is not None]
    if len(margins) == 2 and all(m is not None and abs(m) <= BORDERLINE for m in margins):
        return True
    gap = after.answer.rank_gap
    return not after.answer.abstained and gap is not None and 0.0 <= gap <= RANK_BORDERLINE


def judge_update(live: dict[str, bool], staged: SystemResult, thresholds: dict[str, dict[str, float]], *,
                 new_entries: set[str] = frozenset(), accept: set[str] = frozenset(), replaced: set[str] = frozenset(),
                 new_facts: SystemResult | None = None, qrels: dict[str, dict[str, int]] | None = None,
                 before: SystemResult | None = None, new_words: frozenset[str] = frozenset()) -> Verdict:
    """The verdict on a staged index. ``new_entries`` are the entries the live index lacks (new
    documents, new text); ``accept`` the changed facts the maintainer acknowledges; ``replaced``
    the facts the maintainer restates. With ``qrels``, the thresholds are checked on the test facts
    that did not change, as the gold can judge them (``judged_by_the_gold``)."""
    lost = [o for o in staged.outcomes if live.get(o.fact.query_id) and not o.passed]
    marked = {o.fact.query_id for o in staged.outcomes if o.fact.changed} | set(replaced)
    changed = [o.fact.query_id for o in lost if touches(o, new_entries, new_words) or o.fact.query_id in marked]
    earlier = {o.fact.query_id: o for o in (before.outcomes if before else [])}
    flipped = [o.fact.query_id for o in lost if o.fact.query_id not in changed and borderline(earlier.get(o.fact.query_id), o)]
    regressions = [o.fact.query_id for o in lost if o.fact.query_id not in changed and o.fact.query_id not in flipped]
    failures = []
    if new_facts is not None:
        for metric, limit in thresholds.get("new_facts", {}).items():
            if new_facts.splits["alla"][metric] < limit:
                failures.append(f"nya fakta: {metric} {new_facts.splits['alla'][metric]:.3f} < {limit}")
    if qrels is not None:
        unchanged = [o for o in staged.outcomes if o.fact.split == GATED_SPLIT and o.fact.query_id not in changed]
        threshold_failures = check_metrics(figures(judged_by_the_gold(unchanged, new_entries), qrels), thresholds)
    else:
        threshold_failures = check_thresholds(staged, thresholds)
    return Verdict(threshold_failures=threshold_failures, regressions=regressions, changed=changed,
                   acknowledged=sorted((set(accept) | marked) & set(changed)), new_fact_failures=failures,
                   borderline=flipped)
