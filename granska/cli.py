"""The ``granska`` command line. Errors become messages and exit codes here, and only here."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from granska.errors import GranskaError
from granska.settings import get_settings
from indexer.corpus.check import summarize
from indexer.corpus.loader import Corpus, load_corpus

app = typer.Typer(help="granska: svar med källhänvisningar ur VGR:s handlingar om Millennium.", no_args_is_help=True)
corpus_app = typer.Typer(help="Korpusen: dokument, manifest och daterade poster.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")

# Without a terminal (CI, pipes) rich would wrap tables at 80 columns; take the real width or 140.
_WIDTH = shutil.get_terminal_size((140, 24)).columns
out = Console(width=_WIDTH)
err = Console(stderr=True, width=_WIDTH)

CorpusDir = Annotated[
    Optional[Path], typer.Option("--corpus", help="Korpusmapp (standard: GRANSKA_CORPUS_DIR eller ./corpus).")
]


def _load(corpus_dir: Path | None) -> Corpus:
    return load_corpus(corpus_dir or get_settings().corpus_dir)


@corpus_app.command("check")
def corpus_check(corpus_dir: CorpusDir = None) -> None:
    """Kontrollera korpusen: poster, datering, reparerade ord, dubbletter och varningar per dokument."""
    corpus = _load(corpus_dir)
    table = Table(title=f"Korpus {corpus.directory}")
    for column in ("Dokument", "Typ", "Poster", "Daterade", "Odaterade", "Datumspann",
                   "Reparerade ord", "Dubbletter", "Varningar", "Fel"):
        text_column = column in ("Dokument", "Typ", "Datumspann")
        table.add_column(column, justify="left" if text_column else "right", no_wrap=text_column)
    for s in summarize(corpus):
        span = f"{s.date_from} – {s.date_to}" if s.date_from else "–"
        table.add_row(s.doc_id, s.kind, str(s.entries), str(s.dated), str(s.undated), span,
                      str(s.repaired_tokens), str(s.duplicates), str(s.warnings), str(s.errors))
    out.print(table)
    for diagnostic in corpus.all_diagnostics:
        style = "red" if diagnostic.level == "error" else "yellow"
        label = "fel" if diagnostic.level == "error" else "varning"
        out.print(f"[{style}]{label}[/{style}] {diagnostic}", highlight=False, soft_wrap=True)
    errors = len(corpus.errors)
    out.print(f"{len(corpus.entries)} poster i {len(corpus.results)} dokument, {errors} fel.")
    if errors:
        raise typer.Exit(1)


@corpus_app.command("entries")
def corpus_entries(
    corpus_dir: CorpusDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="En JSON-rad per post.")] = False,
) -> None:
    """Skriv ut korpusens alla poster i filordning."""
    corpus = _load(corpus_dir)
    if as_json:
        for entry in corpus.entries:
            sys.stdout.write(json.dumps(entry.to_dict(), ensure_ascii=False) + "\n")
        return
    for entry in corpus.entries:
        when = entry.date_start or "odaterad"
        if entry.date_end and entry.date_end != entry.date_start:
            when = f"{when}–{entry.date_end}"
        if entry.time:
            when = f"{when} kl. {entry.time}"
        first_line = entry.text.splitlines()[0]
        excerpt = first_line if len(first_line) <= 110 else first_line[:109] + "…"
        out.print(f"[bold]{when}[/bold]  {entry.actor or '–'}  [dim]{entry.entry_id}[/dim]", highlight=False)
        out.print(f"    {excerpt}", highlight=False)


def main() -> None:
    """Console entry point: run the app, turning granska's errors into a message and exit 1."""
    try:
        app()
    except GranskaError as exc:
        err.print(f"[red]fel:[/red] {exc}", highlight=False)
        sys.exit(1)
