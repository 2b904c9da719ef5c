"""``granska ask`` and ``granska chat``: in this process, or against a running server (``--server``,
``GRANSKA_SERVER``) so that no model has to be loaded for one question."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Annotated, Optional

import typer

from granska.console import DateFrom, DateTo, Question, err, out, period_option
from granska.errors import InvalidInput
from granska.settings import get_settings
from indexer.dates import format_swedish
from service.api.schemas import MAX_HISTORY, AskRequest, AskResponse, TurnIn

K = Annotated[int, typer.Option("--k", min=1, max=20, help="Antal poster att välja källor bland.")]
Server = Annotated[Optional[str], typer.Option("--server", help="En körande granska, t.ex. http://localhost:8000 "
                                                                "(standard: GRANSKA_SERVER; utan: modellen laddas här).")]


def ask_command(question: Question, date_from: DateFrom = None, date_to: DateTo = None, k: K = 5,
                as_json: Annotated[bool, typer.Option("--json", help="Skriv ut exakt API:ets svarsobjekt.")] = False,
                server: Server = None) -> None:
    """Ställ en fråga: ett kort svar där varje påstående har en källa, och källförteckningen."""
    from service.validation import checked_question

    lo, hi = period_option(date_from, date_to)
    try:
        text = checked_question(question, get_settings().max_question_chars)
    except InvalidInput as exc:
        raise typer.BadParameter(str(exc)) from None
    response = backend(server)(AskRequest(question=text, date_from=lo and lo.isoformat(), date_to=hi and hi.isoformat(),
                                          top_k=k))
    if as_json:
        sys.stdout.write(response.model_dump_json() + "\n")
        return
    print_response(response)


def chat_command(k: K = 5, server: Server = None) -> None:
    """Ett samtal: följdfrågor ('Vem beslutade det?', 'Och 2023?', 'Vad hände sedan?') läses mot de
    tidigare svaren. Tom rad eller /slut avslutar, /ny börjar ett nytt samtal."""
    from service.validation import checked_question

    ask, limit = backend(server), get_settings().max_question_chars
    history: list[TurnIn] = []
    out.print("Ställ en fråga (/ny: nytt samtal, tom rad eller /slut: avsluta).")
    while True:
        try:
            line = input("\nfråga> ").strip()
        except EOFError:
            break
        if line in ("", "/slut", "/exit"):
            break
        if line == "/ny":
            history.clear()
            out.print("Nytt samtal.")
            continue
        try:
            response = ask(AskRequest(question=checked_question(line, limit), top_k=k, history=history[-MAX_HISTORY:]))
        except InvalidInput as exc:
            err.print(f"[red]{exc}[/red]", highlight=False)
            continue
        print_response(response)
        history.append(TurnIn.of(response))


def backend(server: str | None) -> Callable[[AskRequest], AskResponse]:
    """Where questions go: the server named (or GRANSKA_SERVER), else this process's own index."""
    settings = get_settings()
    url = server or settings.server
    if url:
        from granska.client import GranskaClient

        return GranskaClient(base_url=url, api_key=settings.api_key).ask
    from service import operations
    from service.state import ServiceState

    serving = ServiceState(settings).current()
    return lambda request: operations.ask(serving, request, max_question_chars=settings.max_question_chars)


def print_response(response: AskResponse) -> None:
    """How it was read (for a follow-up), the answer, then its sources (or the nearest entries)."""
    if response.resolved_question:
        out.print(f"[dim]Tolkat som: {response.resolved_question}[/dim]", highlight=False)
    out.print(response.answer, highlight=False)
    sources = response.related if response.abstained else response.citations
    if sources:
        out.print("\n[bold]Närmast relaterat[/bold]" if response.abstained else "\n[bold]Källor[/bold]")
    for c in sources:
        when = format_swedish(c.date_start, c.date_end, c.date_precision, c.time)
        out.print(f"[{c.n}] {when} · {c.doc_title} · [dim]{c.entry_id}[/dim]", highlight=False)
        out.print(f"    ”{c.quote}”", highlight=False)
