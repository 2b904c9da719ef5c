"""``granska eval``: ask every known fact of every system, measure dev and test apart, by kind."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from evals.conversations import ConversationResult, run_conversations
from evals.gold import SPLITS, Fact, load_facts, load_qrels
from evals.metrics import Outcome, answer_metrics, ir_metrics, judge
from evals.systems import GranskaSystem, NaiveLlamaIndexSystem, System
from service.retrieval.index import LoadedIndex

GATED_SPLIT = "test"  # thresholds are fitted on dev and gate on test


@dataclass(slots=True, kw_only=True)
class SystemResult:
    """One system's figures per split (dev, test, alla) overall and per kind, and every outcome."""

    name: str
    splits: dict[str, dict[str, float]]
    by_kind: dict[str, dict[str, dict[str, float]]]
    outcomes: list[Outcome] = field(repr=False)

    @property
    def metrics(self) -> dict[str, float]:
        """The figures the gate checks: the test split's (all facts when there is no test split)."""
        return self.splits.get(GATED_SPLIT) or self.splits["alla"]

    def passed(self) -> dict[str, bool]:
        """query id → did the fact pass."""
        return {o.fact.query_id: o.passed for o in self.outcomes}


@dataclass(slots=True, kw_only=True)
class EvalReport:
    """A whole evaluation run: granska first, then the baselines."""

    index_version: str
    facts: int
    systems: list[SystemResult]
    conversations: ConversationResult | None = None

    @property
    def granska(self) -> SystemResult:
        """granska's own result."""
        return self.systems[0]

    def to_json(self) -> dict[str, object]:
        """JSON form (without the per-fact answers, but with which facts passed)."""
        return {
            "index_version": self.index_version, "facts": self.facts,
            "systems": [{"name": s.name, "splits": s.splits, "by_kind": s.by_kind, "passed": s.passed()}
                        for s in self.systems],
            "conversations": self.conversations.to_json() if self.conversations else None,
        }

    def save(self, path: Path) -> None:
        """Write the JSON form."""
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")


def kinds_of(fact: Fact) -> list[str]:
    """The groups a fact is reported under."""
    groups = [fact.kind]
    if fact.lang == "en":
        groups.append("engelska")
    if fact.paraphrase:
        groups.append("parafras")
    if fact.date_from or fact.date_to:
        groups.append("datumfråga")
    if fact.unanswerable_kind:
        groups.append(f"obesvarbar: {fact.unanswerable_kind}")
    return groups


def figures(outcomes: list[Outcome], qrels: dict[str, dict[str, int]]) -> dict[str, float]:
    """IR and answer metrics over some outcomes."""
    return {**ir_metrics(outcomes, qrels), **answer_metrics(outcomes)}


def group_figures(outcomes: list[Outcome], qrels: dict[str, dict[str, int]]) -> dict[str, dict[str, float]]:
    """Per group of ``kinds_of``: count, pass rate, R@5 and MRR@10."""
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        for group in kinds_of(outcome.fact):
            groups.setdefault(group, []).append(outcome)
    return {
        group: {"n": float(len(items)), "pass_rate": sum(o.passed for o in items) / len(items),
                **{k: v for k, v in ir_metrics(items, qrels).items() if k in ("recall@5", "mrr@10")}}
        for group, items in sorted(groups.items())
    }


def measure(system: System, facts: list[Fact], qrels: dict[str, dict[str, int]]) -> SystemResult:
    """Run one system over the facts; figures per split and for all facts."""
    system.answer("uppvärmning")  # lazily loaded parts are not part of any question's latency
    outcomes = [judge(fact, system.answer(fact.question)) for fact in facts]
    parts = {split: [o for o in outcomes if o.fact.split == split] for split in SPLITS}
    parts = {split: items for split, items in parts.items() if items}
    parts["alla"] = outcomes
    return SystemResult(name=system.name, outcomes=outcomes,
                        splits={split: figures(items, qrels) for split, items in parts.items()},
                        by_kind={split: group_figures(items, qrels) for split, items in parts.items()})


def run_eval(index: LoadedIndex, corpus_dir: Path, baselines: bool = True, facts: list[Fact] | None = None,
             conversations: bool = True) -> EvalReport:
    """Evaluate granska (and, unless told not to, the three baselines) on the known facts, and
    granska on the conversations (follow-ups, and standalone questions after unrelated history)."""
    facts = facts or load_facts()
    qrels = load_qrels()
    granska = GranskaSystem(index)
    systems: list[System] = [granska]
    if baselines:
        systems += [GranskaSystem(index, "bm25"), GranskaSystem(index, "dense"), NaiveLlamaIndexSystem(index, corpus_dir)]
    return EvalReport(index_version=index.manifest.index_version, facts=len(facts),
                      systems=[measure(s, facts, qrels) for s in systems],
                      conversations=run_conversations(granska.answerer, facts) if conversations else None)
