"""The evaluation on the terminal (rich tables) and as a Markdown report: dev and test side by side."""

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
SPLIT_ORDER = ("dev", "test", "alla")


def _cell(key: str, value: float) -> str:
    return f"{value:.0f}" if key.endswith("_ms") else f"{value:.3f}"


def _splits(report: EvalReport) -> list[str]:
    return [s for s in SPLIT_ORDER if s in report.granska.splits]


def kind_rows(report: EvalReport) -> list[tuple[str, list[str]]]:
    """(group, cells) with n, pass rate and R@5 per split, for granska."""
    splits = _splits(report)
    groups = sorted({g for s in splits for g in report.granska.by_kind[s]})
    rows = []
    for group in groups:
        cells = []
        for split in splits:
            m = report.granska.by_kind[split].get(group)
            cells += [f"{m['n']:.0f}", f"{m['pass_rate']:.3f}", f"{m.get('recall@5', 0):.3f}"] if m else ["–", "–", "–"]
        rows.append((group, cells))
    return rows


def print_report(report: EvalReport, console: Console) -> None:
    """The systems per split side by side, then granska per kind and split."""
    table = Table(title=f"Kända fakta: {report.facts} frågor, index {report.index_version} (trösklarna gäller test)")
    table.add_column("System")
    table.add_column("del")
    for _, label in COLUMNS:
        table.add_column(label, justify="right")
    for system in report.systems:
        for split in _splits(report):
            table.add_row(system.name, split, *(_cell(k, system.splits[split][k]) for k, _ in COLUMNS))
    console.print(table)
    kinds = Table(title="granska per typ av fråga")
    kinds.add_column("Typ")
    for split in _splits(report):
        for label in ("antal", "klarade", "R@5"):
            kinds.add_column(f"{split} {label}", justify="right")
    for group, cells in kind_rows(report):
        kinds.add_row(group, *cells)
    console.print(kinds)
    if report.conversations:
        console.print(conversation_summary(report))


def conversation_summary(report: EvalReport) -> str:
    """One paragraph: follow-up accuracy per split and the standalone check."""
    result = report.conversations
    if result is None:
        return ""
    splits = ", ".join(f"{s} {m['accuracy']:.3f} ({m['n']:.0f})" for s, m in result.splits.items())
    return (f"Följdfrågor (svar rätt, antal turer): {splits}. Fristående frågor ändrade av en orelaterad historik: "
            f"{len(result.standalone_changed)} av {result.standalone_checked}.")


def markdown(report: EvalReport) -> str:
    """The same figures as a Markdown document, with the failed questions listed."""
    splits = _splits(report)
    lines = ["# Utvärdering på kända fakta", "",
             f"Index `{report.index_version}`, {report.facts} frågor. Trösklarna (`evals/thresholds.toml`) gäller test.", "",
             "| System | del | " + " | ".join(label for _, label in COLUMNS) + " |",
             "|---|---|" + "---:|" * len(COLUMNS)]
    for system in report.systems:
        for split in splits:
            lines.append(f"| {system.name} | {split} | " + " | ".join(_cell(k, system.splits[split][k]) for k, _ in COLUMNS) + " |")
    header = " | ".join(f"{s} {label}" for s in splits for label in ("antal", "klarade", "R@5"))
    lines += ["", "## granska per typ av fråga", "", f"| Typ | {header} |", "|---|" + "---:|" * (3 * len(splits))]
    lines += [f"| {group} | " + " | ".join(cells) + " |" for group, cells in kind_rows(report)]
    if report.conversations:
        lines += ["", "## Samtal: följdfrågor", "", conversation_summary(report), "", "| Mönster | " +
                  " | ".join(f"{s} antal | {s} klarade" for s in report.conversations.by_pattern) + " |",
                  "|---|" + "---:|" * (2 * len(report.conversations.by_pattern))]
        patterns = sorted({p for ps in report.conversations.by_pattern.values() for p in ps})
        for pattern in patterns:
            cells = [report.conversations.by_pattern[s].get(pattern) for s in report.conversations.by_pattern]
            lines.append(f"| {pattern} | " + " | ".join(f"{c['n']:.0f} | {c['accuracy']:.3f}" if c else "– | –" for c in cells) + " |")
        missed = [(c, i, o, r) for c, i, o, r in report.conversations.outcomes if i > 1 and not o.passed]
        lines += ["", f"Följdfrågor som inte klarades ({len(missed)}):", ""]
        lines += [f"- `{c.conv_id}.{i}` ({c.split}) {o.fact.question} → tolkad som: {r or '(som skriven)'}"
                  for c, i, o, r in missed]
    failed = [o for o in report.granska.outcomes if not o.passed]
    lines += ["", f"## Frågor som inte klarades ({len(failed)})", ""]
    lines += [f"- `{o.fact.query_id}` ({o.fact.split}) {o.fact.question} → {o.answer.text.splitlines()[0][:120]}"
              for o in failed]
    return "\n".join(lines) + "\n"
