"""The evaluation on the terminal (rich table) and as a Markdown report."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from evals.runner import EvalReport

COLUMNS = [
    ("recall@1", "R@1"), ("recall@5", "R@5"), ("mrr@10", "MRR@10"), ("ndcg@10", "nDCG@10"),
    ("answer_accuracy", "svar rätt"), ("citation_precision", "källprecision"), ("range_precision", "inom period"),
    ("abstention_precision", "avstår P"), ("abstention_recall", "avstår R"), ("latency_p50_ms", "p50 ms"),
    ("latency_p95_ms", "p95 ms"),
]


def _cell(key: str, value: float) -> str:
    return f"{value:.0f}" if key.endswith("_ms") else f"{value:.3f}"


def print_report(report: EvalReport, console: Console) -> None:
    """The systems side by side, then granska per kind."""
    table = Table(title=f"Kända fakta: {report.facts} frågor, index {report.index_version}")
    table.add_column("System")
    for _, label in COLUMNS:
        table.add_column(label, justify="right")
    for system in report.systems:
        table.add_row(system.name, *(_cell(k, system.metrics[k]) for k, _ in COLUMNS))
    console.print(table)
    kinds = Table(title="granska per typ av fråga")
    for label in ("Typ", "antal", "klarade", "R@5", "MRR@10"):
        kinds.add_column(label, justify="left" if label == "Typ" else "right")
    for kind, m in report.granska.by_kind.items():
        kinds.add_row(kind, f"{m['n']:.0f}", f"{m['pass_rate']:.3f}", f"{m.get('recall@5', 0):.3f}", f"{m.get('mrr@10', 0):.3f}")
    console.print(kinds)


def markdown(report: EvalReport) -> str:
    """The same figures as a Markdown document."""
    lines = ["# Utvärdering på kända fakta", "", f"Index `{report.index_version}`, {report.facts} frågor.", "",
             "| System | " + " | ".join(label for _, label in COLUMNS) + " |",
             "|---|" + "---:|" * len(COLUMNS)]
    for system in report.systems:
        lines.append(f"| {system.name} | " + " | ".join(_cell(k, system.metrics[k]) for k, _ in COLUMNS) + " |")
    lines += ["", "## granska per typ av fråga", "", "| Typ | antal | klarade | R@5 | MRR@10 |", "|---|---:|---:|---:|---:|"]
    for kind, m in report.granska.by_kind.items():
        lines.append(f"| {kind} | {m['n']:.0f} | {m['pass_rate']:.3f} | {m.get('recall@5', 0):.3f} | {m.get('mrr@10', 0):.3f} |")
    failed = [o for o in report.granska.outcomes if not o.passed]
    lines += ["", f"## Frågor som inte klarades ({len(failed)})", ""]
    lines += [f"- `{o.fact.query_id}` {o.fact.question} → {o.answer.text.splitlines()[0][:120]}" for o in failed]
    return "\n".join(lines) + "\n"
