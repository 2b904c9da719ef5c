"""The ``granska`` command line. Errors become messages and exit codes here, and only here."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from granska import asking
from granska.console import DateFrom, DateTo, Question, err, out, period_option as _period
from granska.errors import GranskaError, InvalidInput, outcome_of
from granska.settings import get_settings
from indexer.corpus.check import summarize
from indexer.corpus.loader import Corpus, load_corpus

app = typer.Typer(help="granska: svar med källhänvisningar ur VGR:s handlingar om Millennium.", no_args_is_help=True)
app.command("ask")(asking.ask_command)
app.command("chat")(asking.chat_command)
corpus_app = typer.Typer(help="Korpusen: dokument, manifest och daterade poster.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


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
                   "Reparerade ord", "Dubbletter", "Utelämnade", "Varningar", "Fel"):
        text_column = column in ("Dokument", "Typ", "Datumspann")
        table.add_column(column, justify="left" if text_column else "right", no_wrap=text_column)
    for s in summarize(corpus):
        span = f"{s.date_from} – {s.date_to}" if s.date_from else "–"
        table.add_row(s.doc_id, s.kind, str(s.entries), str(s.dated), str(s.undated), span,
                      str(s.repaired_tokens), str(s.duplicates), str(s.left_out), str(s.warnings), str(s.errors))
    out.print(table)
    for diagnostic in corpus.all_diagnostics:
        style = "red" if diagnostic.level == "error" else "yellow"
        label = "fel" if diagnostic.level == "error" else "varning"
        out.print(f"[{style}]{label}[/{style}] {diagnostic}", highlight=False, soft_wrap=True)
    errors = len(corpus.errors)
    left_out = sum(r.left_out for r in corpus.results)
    if left_out:
        out.print(f"[dim]Utelämnade: {left_out} textblock som bara var sidmöblering (länklistor, delningsknappar, "
                  "sidfötter) blev inga poster.[/dim]")
    out.print(f"{len(corpus.entries)} poster i {len(corpus.results)} dokument, {errors} fel.")
    if errors:
        raise typer.Exit(1)


@corpus_app.command("add")
def corpus_add(
    files: Annotated[list[Path], typer.Argument(help="Filerna att lägga till (.txt, .md, .pdf, .docx, .html).", exists=False)],
    corpus_dir: CorpusDir = None,
    kind: Annotated[Optional[str], typer.Option("--kind", help="Dokumenttyp (annars gissad ur innehållet).")] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="Titel (annars ur dokumentet).")] = None,
    date: Annotated[Optional[str], typer.Option("--date", help="Dokumentets datum ÅÅÅÅ-MM-DD (annars ur dokumentet).")] = None,
) -> None:
    """Lägg till dokument: kopierar filerna, föreslår titel och datum ur innehållet, skriver manifestraden."""
    from indexer.corpus.add import add_documents

    directory = corpus_dir or get_settings().corpus_dir
    for proposal in add_documents(directory, files, kind=kind, title=title, date=date):
        d = proposal.document
        out.print(f"[green]Tillagt:[/green] {d.doc_id} ({d.kind}, {d.language}) ← {proposal.source}", highlight=False)
        out.print(f"    titel: {d.title}  [dim]({proposal.title_from})[/dim]", highlight=False)
        out.print(f"    datum: {d.date or 'inget'}  [dim]({proposal.date_from})[/dim]", highlight=False)
    out.print("Korpusen är kontrollerad. Kör 'granska update' för att indexera med grind.")


@corpus_app.command("remove")
def corpus_remove(
    doc_id: Annotated[str, typer.Argument(help="Dokumentets doc_id.")],
    corpus_dir: CorpusDir = None,
) -> None:
    """Ta bort ett dokument ur korpusen (fil och manifestrad)."""
    from indexer.corpus.add import remove_document

    removed = remove_document(corpus_dir or get_settings().corpus_dir, doc_id)
    out.print(f"Borttaget: {removed.doc_id} ({removed.file}).", highlight=False)


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


@app.command("index")
def index_command(
    corpus_dir: CorpusDir = None,
    force: Annotated[bool, typer.Option("--force", help="Bygg om även om inget har ändrats.")] = False,
) -> None:
    """Bygg sökindexet (vektorer i Chroma + BM25) bredvid det aktiva och byt atomärt."""
    from indexer.index.builder import build_index

    report = build_index(get_settings(), corpus_dir, force=force, progress=True)
    m = report.manifest
    if report.unchanged:
        out.print(f"Indexet är aktuellt: {m.index_version} ({m.counts['entries']} poster, {m.counts['chunks']} delar); inget byggdes om.")
        return
    out.print(
        f"Index {m.index_version} klart på {m.build_seconds:.1f} s: {m.counts['documents']} dokument, "
        f"{m.counts['entries']} poster, {m.counts['chunks']} delar; {report.embedded} nya vektorer, "
        f"{report.reused} återanvända. Modell: {m.model} ({m.backend}). Lagring: {m.store} ({report.path})."
    )


@app.command("search")
def search_command(
    question: Question,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    k: Annotated[int, typer.Option("--k", min=1, max=50, help="Antal träffar.")] = 5,
    mode: Annotated[str, typer.Option("--mode", help="hybrid, bm25 eller dense.")] = "hybrid",
    as_json: Annotated[bool, typer.Option("--json", help="Skriv ut träffarna som JSON.")] = False,
) -> None:
    """Sök i indexet och visa rankade poster med datum och poäng (inget svar)."""
    from service.retrieval.hybrid import HybridRetriever
    from service.retrieval.index import LoadedIndex

    lo, hi = _period(date_from, date_to)
    retriever = HybridRetriever(LoadedIndex.load(get_settings()), mode=mode)  # type: ignore[arg-type]
    result = retriever.search(question, k, lo, hi)
    if as_json:
        rows = [{"entry_id": h.entry.entry_id, "doc_id": h.entry.doc_id, "date_start": h.entry.date_start,
                 "date_end": h.entry.date_end, "time": h.entry.time, "actor": h.entry.actor,
                 "score": round(h.score, 6), "text": h.entry.text} for h in result.hits]
        sys.stdout.write(json.dumps({"hits": rows}, ensure_ascii=False) + "\n")
        return
    f = result.date_filter
    if f:
        out.print(f"[dim]Datumfilter ({f.source}, {f.kind}): {f.date_from or '…'} – {f.date_to or '…'}[/dim]")
    for rank, hit in enumerate(result.hits, start=1):
        e = hit.entry
        out.print(f"{rank}. [bold]{e.date_start or 'odaterad'}[/bold]  {hit.score:.4f}  [dim]{e.entry_id}[/dim]", highlight=False)
        out.print(f"   {e.text.splitlines()[0][:140]}", highlight=False)


@app.command("eval")
def eval_command(
    as_json: Annotated[bool, typer.Option("--json", help="Skriv ut resultatet som JSON.")] = False,
    report: Annotated[Optional[Path], typer.Option("--report", help="Skriv en Markdown-rapport hit.")] = None,
    baselines: Annotated[bool, typer.Option("--baselines/--no-baselines", help="Jämför med BM25, dense och naiv pipeline.")] = True,
    check: Annotated[bool, typer.Option("--check/--no-check", help="Avsluta med fel om en tröskel i evals/thresholds.toml bryts.")] = True,
) -> None:
    """Utvärdera det aktiva indexet på de kända fakta (och baslinjerna) mot trösklarna."""
    from evals.conversations import check_conversations
    from evals.gate import check_thresholds, load_thresholds
    from evals.report import markdown, print_report
    from evals.runner import run_eval
    from service.retrieval.index import LoadedIndex

    settings = get_settings()
    result = run_eval(LoadedIndex.load(settings), settings.corpus_dir, baselines=baselines)
    if as_json:
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
    else:
        print_report(result, out)
    if report:
        report.write_text(markdown(result), encoding="utf-8")
        err.print(f"Rapport skriven till {report}")
    failures = check_thresholds(result.granska, load_thresholds()) if check else []
    if check and result.conversations:
        failures += check_conversations(result.conversations, load_thresholds())
    for failure in failures:
        err.print(f"[red]tröskel bruten:[/red] {failure}", highlight=False)
    if failures:
        raise typer.Exit(1)


@app.command("update")
def update_command(
    corpus_dir: Annotated[Path, typer.Argument(help="Mappen med den nya korpusen (dokument + manifest.jsonl).")],
    facts: Annotated[Optional[Path], typer.Option("--facts", help="Kända fakta om de nya dokumenten (JSONL, se README).")] = None,
    accept_changed: Annotated[str, typer.Option("--accept-changed", help="Fakta som de nya dokumenten ändrar, t.ex. q111,q114.")] = "",
) -> None:
    """Uppdatera korpusen med grind: kontroll, indexering bredvid, utvärdering; byt bara om inget blir sämre."""
    from evals.update import run_update
    from evals.update_report import print_update

    accept = {q.strip() for q in accept_changed.split(",") if q.strip()}
    result = run_update(get_settings(), corpus_dir, facts_file=facts, accept=accept)
    print_update(result, corpus_dir, out)
    if not result.accepted:
        raise typer.Exit(1)


@app.command("bench")
def bench_command(
    out_dir: Annotated[Path, typer.Option("--out", help="Mapp för resultaten (JSON, PNG).")] = Path("bench-results"),
    http: Annotated[bool, typer.Option("--http/--no-http", help="Mät även över HTTP med 1, 4, 8 och 16 klienter.")] = True,
    scale: Annotated[str, typer.Option("--scale", help="Storlekar för skalkurvan, t.ex. 1000,10000,100000 (tomt: ingen).")] = "",
    in_process: Annotated[bool, typer.Option("--in-process/--no-in-process", help="Kallstart, bygge och latens i processen.")] = True,
    resume: Annotated[bool, typer.Option("--resume", help="Behåll redan uppmätta resultat i --out (t.ex. storlekar i skalkurvan).")] = False,
    backends: Annotated[str, typer.Option("--backends", help="Jämför inbäddningens backends sida vid sida, t.ex. torch,onnx,onnx-int8 (tomt: ingen jämförelse).")] = "",
    synthetic: Annotated[int, typer.Option("--synthetic", min=0, help="Bygg även så många syntetiska poster per backend (0: inget).")] = 0,
) -> None:
    """Mät kallstart, indexbygge, frågelatens mot inbäddningsgolvet, HTTP-samtidighet, minne och skalning;
    med --backends varje inbäddningsbackend sida vid sida (kvalitet och fart)."""
    from evals.bench.run import run_benchmarks
    from indexer.embedding.encoder import BACKENDS

    sizes = [int(x) for x in scale.split(",") if x.strip()]
    chosen = [b.strip() for b in backends.split(",") if b.strip()]
    unknown = [b for b in chosen if b not in BACKENDS]
    if unknown:
        raise InvalidInput(f"okänd backend {', '.join(unknown)}; tillåtna: {', '.join(BACKENDS)}")
    results = run_benchmarks(get_settings(), out_dir, http, sizes, in_process, resume, backends=chosen, synthetic=synthetic)
    out.print_json(data=results)
    err.print(f"Resultaten finns i {out_dir}/bench.json")


@app.command("mcp")
def mcp_command() -> None:
    """MCP-server över stdio för AI-klienter och agenter (verktygen search, fetch, ask, timeline, documents).
    Skriver inget annat på stdout; indexet laddas vid första anropet."""
    from service.protocols.mcp_server import build_mcp
    from service.state import ServiceState

    settings = get_settings()
    build_mcp(ServiceState(settings), settings).run(transport="stdio")


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Adress att lyssna på.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
) -> None:
    """Starta API:t (och gränssnittet på /); bygger indexet först om det saknas eller byggdes med
    en annan inbäddningsbackend än GRANSKA_EMBED_BACKEND (vektorer blandas aldrig)."""
    import uvicorn

    from indexer.index.builder import read_manifest
    from indexer.index.layout import IndexLayout
    from service.api.app import create_app

    settings = get_settings()
    live = IndexLayout(settings.index_root).live_or_none()
    if live is None:
        out.print("Inget index finns ännu: bygger det först.")
        index_command(corpus_dir=None, force=False)
    elif read_manifest(live).backend != settings.embed_backend:
        out.print(f"Indexet byggdes med inbäddningen '{read_manifest(live).backend}', GRANSKA_EMBED_BACKEND är "
                  f"'{settings.embed_backend}': bygger om det först.")
        index_command(corpus_dir=None, force=False)
    out.print(f"granska lyssnar på http://{host}:{port}/  (API-dokumentation: http://{host}:{port}/docs)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


def main() -> None:
    """Console entry point: run the app; granska's errors become a message and the exit code of
    their row in ``granska.errors.OUTCOMES``."""
    try:
        app()
    except GranskaError as exc:
        err.print(f"[red]fel:[/red] {exc}", highlight=False)
        sys.exit(outcome_of(exc).exit_code)


if __name__ == "__main__":
    main()
