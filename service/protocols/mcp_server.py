"""granska as an MCP server (the official SDK's FastMCP): the tools an AI client or agent calls.

``search`` and ``fetch`` have the two-tool shape deep-research clients require (an id per result,
then the whole record by id); ``ask``, ``timeline`` and ``documents`` are the API's own. Every tool
goes through ``service.operations`` with the same validation, messages and limits as ``/v1``:
over HTTP (mounted at ``/mcp`` behind the front door) a call needs a key when keys are set and is
charged against the key's rate limit; over stdio (``granska mcp``) the caller is the local user.
Bad arguments come back as the tool's error result with the API's message, never a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from mcp.server.fastmcp import Context, FastMCP
from mcp.server.fastmcp.exceptions import ToolError
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import Field, ValidationError

from granska.errors import GranskaError
from granska.settings import Settings
from indexer.dates import format_swedish
from service import operations
from service.access import AccessPolicy
from service.api.errors import described
from service.api.present import entry_url
from service.api.schemas import AskRequest
from service.state import ServiceState
from service.validation import SEARCH_K_MAX, parsed_period

T = TypeVar("T")
INSTRUCTIONS = ("granska answers questions about Västra Götalandsregionen's Millennium EHR programme (2013–2025) "
                "from public records only. Every claim cites a dated entry with a verbatim quote; when the sources "
                "do not answer, the answer says so (abstained: true). Dates are YYYY-MM-DD.")
DateArg = Annotated[str | None, Field(description="YYYY-MM-DD (optional).")]


def build_mcp(state: ServiceState, settings: Settings, policy: AccessPolicy | None = None) -> FastMCP:
    """The MCP server over a serving state; with ``policy``, HTTP callers are identified and charged."""
    mcp = FastMCP("granska", instructions=INSTRUCTIONS, streamable_http_path="/mcp", stateless_http=True,
                  json_response=True, log_level="WARNING",
                  # the front door (keys) guards /mcp like /v1; hosts are the deployment's business
                  transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False))

    def call(ctx: Context | None, work: Callable[[], T]) -> T:
        _charge(ctx, policy)
        try:
            return work()
        except (GranskaError, ValidationError) as exc:
            raise ToolError(_message(exc)) from None

    @mcp.tool()
    def search(query: Annotated[str, Field(description="The question or search words (Swedish or English).")],
               date_from: DateArg = None, date_to: DateArg = None,
               k: Annotated[int, Field(ge=1, le=SEARCH_K_MAX, description="How many entries (1–50).")] = 10,
               ctx: Context | None = None) -> dict[str, Any]:
        """Search the records: the best-matching dated entries, each with an id for `fetch`, a title
        (date · actor · document) and a URL."""
        def work() -> dict[str, Any]:
            lo, hi = parsed_period(date_from, date_to)
            serving = state.current()
            found = operations.search(serving, query, lo, hi, k, max_question_chars=settings.max_question_chars)
            precision = {h.entry_id: serving.index.entries[h.entry_id].date_precision for h in found.hits}
            return {"results": [{"id": h.entry_id, "url": h.url,
                                 "title": _title(h.date_start, h.date_end, precision[h.entry_id], h.time, h.actor, h.doc_title)}
                                for h in found.hits]}
        return call(ctx, work)

    @mcp.tool()
    def fetch(id: Annotated[str, Field(description="An entry id from `search`.")],  # noqa: A002 - the name clients expect
              ctx: Context | None = None) -> dict[str, Any]:
        """One entry whole: its text, and as metadata its dates, time, actor, document and the index version."""
        def work() -> dict[str, Any]:
            found = operations.entry(state.current(), id)
            e, doc = found.entry, found.document
            title = _title(e.date_start, e.date_end, e.date_precision, e.time, e.actor, doc.title)
            return {"id": e.entry_id, "title": title, "text": e.text,
                    "url": entry_url(e.entry_id),
                    "metadata": {"date_start": e.date_start, "date_end": e.date_end, "date_precision": e.date_precision,
                                 "time": e.time, "actor": e.actor, "section": e.section, "doc_id": e.doc_id,
                                 "doc_title": doc.title, "index_version": found.index_version}}
        return call(ctx, work)

    @mcp.tool()
    def ask(question: Annotated[str, Field(description="The question, in Swedish or English.")],
            date_from: DateArg = None, date_to: DateArg = None,
            history: Annotated[list[dict[str, Any]] | None, Field(description=(
                "The conversation so far, oldest first (at most 10 turns): each turn's `question`, the "
                "`entry_ids` its answer cited and its `resolved_question`, as the earlier `ask` results gave "
                "them. A follow-up ('Vem beslutade det?', 'What happened next?') is then answered as the "
                "question it stands for (`resolved_question`, `carried`)."))] = None,
            ctx: Context | None = None) -> dict[str, Any]:
        """A cited answer: every statement is a verbatim quote followed by [n]; `citations` give each
        source's entry id, date, actor, document and quote. `abstained: true` when the sources do not answer."""
        def work() -> dict[str, Any]:
            body = AskRequest(question=question, date_from=date_from, date_to=date_to, history=history or [])
            return operations.ask(state.current(), body, max_question_chars=settings.max_question_chars).model_dump()
        return call(ctx, work)

    @mcp.tool()
    def timeline(date_from: DateArg = None, date_to: DateArg = None,
                 actor: Annotated[str | None, Field(description="Only entries of this actor (e.g. regionstyrelsen).")] = None,
                 query: Annotated[str | None, Field(description="Only entries containing these words.")] = None,
                 limit: Annotated[int, Field(ge=1, le=500)] = 50, offset: Annotated[int, Field(ge=0)] = 0,
                 ctx: Context | None = None) -> dict[str, Any]:
        """The entries of a period in date order (filtered by actor and words), one page of them."""
        def work() -> dict[str, Any]:
            lo, hi = parsed_period(date_from, date_to)
            return operations.timeline(state.current(), lo, hi, text=query, actor=actor, limit=limit,
                                       offset=offset).model_dump()
        return call(ctx, work)

    @mcp.tool()
    def documents(ctx: Context | None = None) -> dict[str, Any]:
        """The documents of the corpus with their kinds, dates, entry counts and date spans."""
        return call(ctx, lambda: operations.documents(state.current()).model_dump())

    return mcp


def _charge(ctx: Context | None, policy: AccessPolicy | None) -> None:
    """Over HTTP, the caller's key (the front door let it in) pays one call of its rate limit."""
    request = None
    if ctx is not None and policy is not None:
        try:
            request = ctx.request_context.request
        except (AttributeError, LookupError, ValueError):
            request = None
    if request is None or policy is None:
        return
    try:
        policy.charge(policy.require(request.headers, request.cookies))
    except GranskaError as exc:
        raise ToolError(_message(exc)) from None


def _title(date_start: str | None, date_end: str | None, precision: str, time: str | None, actor: str | None,
           doc_title: str) -> str:
    """'12 november 2024 kl. 05:30 · Go Live Production team · Tidslinje …'."""
    when = format_swedish(date_start, date_end, precision, time) if date_start else "odaterad"
    return " · ".join(part for part in (when, actor, doc_title) if part)


def _message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(described(exc.errors()))
    return str(exc)
