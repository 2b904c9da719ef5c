"""``granska update`` on the terminal: the verdict in the maintainer's language, three groups apart."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from evals.update import UpdateResult


def _table(result: UpdateResult, ids: list[str], title: str) -> Table:
    table = Table(title=title)
    for column in ("Fakta", "Fråga", "Före (aktivt index)", "Efter (ny korpus)"):
        table.add_column(column, overflow="fold")
    for row in result.side_by_side(ids):
        table.add_row(*row)
    return table


def print_update(result: UpdateResult, corpus_dir: Path, out: Console) -> None:
    """Print what the update did and, when it was refused, why."""
    m = result.build.manifest
    if result.unchanged and result.verdict is None:
        out.print(f"Ingen förändring: den nya korpusen ger samma index ({m.index_version}).")
        return
    staged = result.staged.metrics if result.staged else {}
    out.print(f"Utvärderat index {m.index_version} (testdelen): svar rätt {staged.get('answer_accuracy', 0):.3f}, "
              f"R@5 {staged.get('recall@5', 0):.3f}, MRR@10 {staged.get('mrr@10', 0):.3f}.")
    verdict = result.verdict
    if result.new_facts is not None:
        n = result.new_facts.splits["alla"]
        out.print(f"Nya fakta ({len(result.new_facts.outcomes)}): svar rätt {n['answer_accuracy']:.3f}, "
                  f"källprecision {n['citation_precision']:.3f}.")
    if verdict is None:
        return
    for failure in [*verdict.threshold_failures, *verdict.new_fact_failures]:
        out.print(f"[red]tröskel bruten:[/red] {failure}", highlight=False)
    if verdict.regressions:
        out.print(_table(result, verdict.regressions, f"{len(verdict.regressions)} fakta blev sämre utan att de nya "
                                                       "dokumenten förklarar det (avvisar)"))
    if verdict.changed:
        out.print(_table(result, verdict.changed, f"{len(verdict.changed)} fakta som de nya eller ändrade dokumenten "
                                                  "ändrar (godkänns med --accept-changed)"))
        if verdict.unacknowledged:
            out.print(f"Bekräfta ändringarna med: --accept-changed {','.join(verdict.unacknowledged)}", highlight=False)
    if verdict.borderline:
        out.print(f"[yellow]Gränsfall[/yellow] (stödet nära tröskeln före och efter, eller ett nytt svar som vann med nästan lika poäng; hindrar inte): "
                  f"{', '.join(verdict.borderline)}", highlight=False)
    if result.accepted:
        added = f"; {len(result.added or [])} nya fakta i evals/gold" if result.added else ""
        out.print(f"[green]Godkänd:[/green] index {m.index_version} är nu aktivt (byggt från {corpus_dir}){added}.")
        return
    out.print("[red]Uppdateringen avvisades:[/red] det aktiva indexet är orört och fortsätter att svara.")
