"""``granska eval``: ask every known fact of every system, measure, break down by kind."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from evals.gold import Fact, load_facts, load_qrels
from evals.metrics import Outcome, answer_metrics, ir_metrics, judge
from evals.systems import GranskaSystem, NaiveLlamaIndexSystem, System
from service.retrieval.index import LoadedIndex


@dataclass(slots=True)
class SystemResult:
    """One system's figures overall and per kind, and every fact's outcome."""

    name: str
    metrics: dict[str, float]
    by_kind: dict[str, dict[str, float]]
    outcomes: list[Outcome] = field(repr=False)

    def passed(self) -> dict[str, bool]:
        """query id → did the fact pass."""
        return {o.fact.query_id: o.passed for o in self.outcomes}


@dataclass(slots=True)
class EvalReport:
    """A whole evaluation run: granska first, then the baselines."""

    index_version: str
    facts: int
    systems: list[SystemResult]

    @property
    def granska(self) -> SystemResult:
        """granska's own result."""
        return self.systems[0]

    def to_json(self) -> dict[str, object]:
        """JSON form (without the per-fact answers, but with which facts passed)."""
        return {
            "index_version": self.index_version, "facts": self.facts,
            "systems": [{"name": s.name, "metrics": s.metrics, "by_kind": s.by_kind, "passed": s.passed()}
                        for s in self.systems],
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
    return groups


def measure(system: System, facts: list[Fact], qrels: dict[str, dict[str, int]]) -> SystemResult:
    """Run one system over the facts."""
    system.answer("uppvärmning")  # lazily loaded parts are not part of any question's latency
    outcomes = [judge(fact, system.answer(fact.question)) for fact in facts]
    metrics = {**ir_metrics(outcomes, qrels), **answer_metrics(outcomes)}
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        for group in kinds_of(outcome.fact):
            groups.setdefault(group, []).append(outcome)
    by_kind = {
        group: {"n": float(len(items)), "pass_rate": sum(o.passed for o in items) / len(items),
                **{k: v for k, v in ir_metrics(items, qrels).items() if k in ("recall@5", "mrr@10")}}
        for group, items in sorted(groups.items())
    }
    return SystemResult(system.name, metrics, by_kind, outcomes)


def run_eval(index: LoadedIndex, corpus_dir: Path, baselines: bool = True, facts: list[Fact] | None = None) -> EvalReport:
    """Evaluate granska (and, unless told not to, the three baselines) on the known facts."""
    facts = facts or load_facts()
    qrels = load_qrels()
    systems: list[System] = [GranskaSystem(index)]
    if baselines:
        systems += [GranskaSystem(index, "bm25"), GranskaSystem(index, "dense"), NaiveLlamaIndexSystem(index, corpus_dir)]
    return EvalReport(index.manifest.index_version, len(facts), [measure(s, facts, qrels) for s in systems])
