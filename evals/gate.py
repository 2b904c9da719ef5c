"""The gate for corpus updates: thresholds from ``evals/thresholds.toml`` and regressions."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from evals.runner import SystemResult

THRESHOLDS = Path(__file__).resolve().parent / "thresholds.toml"


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a staged index may replace the live one, and why not."""

    threshold_failures: list[str]
    regressions: list[str]

    @property
    def accepted(self) -> bool:
        """No threshold broken and no fact lost."""
        return not self.threshold_failures and not self.regressions


def load_thresholds(path: Path = THRESHOLDS) -> dict[str, dict[str, float]]:
    """``{"min": {...}, "max": {...}}`` from the TOML file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {"min": dict(data.get("min", {})), "max": dict(data.get("max", {}))}


def check_thresholds(result: SystemResult, thresholds: dict[str, dict[str, float]]) -> list[str]:
    """Every broken threshold as 'metric value < limit'."""
    failures = []
    for metric, limit in thresholds["min"].items():
        if result.metrics[metric] < limit:
            failures.append(f"{metric} {result.metrics[metric]:.3f} < {limit}")
    for metric, limit in thresholds["max"].items():
        if result.metrics[metric] > limit:
            failures.append(f"{metric} {result.metrics[metric]:.1f} > {limit}")
    return failures


def regressions(live: dict[str, bool], staged: SystemResult) -> list[str]:
    """Facts that passed on the live index and fail on the staged one (unless marked changed)."""
    changed = {o.fact.query_id for o in staged.outcomes if o.fact.changed}
    return [o.fact.query_id for o in staged.outcomes
            if live.get(o.fact.query_id) and not o.passed and o.fact.query_id not in changed]


def judge_update(live: dict[str, bool], staged: SystemResult, thresholds: dict[str, dict[str, float]]) -> Verdict:
    """The verdict on a staged index."""
    return Verdict(check_thresholds(staged, thresholds), regressions(live, staged))
