"""The FastAPI application: routes, API keys, and errors turned into clear 4xx/503 bodies."""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from granska import __version__
from granska.errors import GranskaError
from granska.settings import Settings, get_settings
from indexer.records import Entry
from indexer.stores.chroma_store import StoreUnavailable
from service.api import present
from service.api.guards import BodyGuard, RateLimiter, Shield
from service.api.schemas import (
    AskRequest, AskResponse, DocumentsResponse, EntryResponse, ErrorResponse, SearchResponse, TimelineResponse,
    clean_question, parse_iso_date,
)
from service.state import NotReady, ServiceState, Serving
from service.timeline import neighbours
from service.timeline import timeline as timeline_entries

log = logging.getLogger("granska.api")
ENTRY_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}\.(?:\d{8}|x)\.[0-9a-f]{8}(?:-\d{1,4})?$")
ERRORS = {400: "bad_request", 401: "unauthorized", 404: "not_found", 405: "method_not_allowed",
          413: "too_large", 415: "unsupported_media_type", 422: "invalid_request", 429: "rate_limited",
          503: "not_ready"}


class ApiError(Exception):
    """An error with its HTTP status, raised by routes and turned into an error body."""

    def __init__(self, status: int, message: str, details: list[str] | None = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.details, self.headers = status, message, details or [], headers or {}


def _error(status: int, message: str, details: list[str] | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    body = ErrorResponse(error={"code": ERRORS.get(status, "error"), "message": message, "details": details or []})
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


_MESSAGES = {
    "json_invalid": "ogiltig JSON i anropets kropp",
    "extra_forbidden": "okänt fält; tillåtna fält: question, date_from, date_to, top_k, use_question_dates",
    "missing": "saknas",
    "greater_than_equal": "måste vara minst {ge}",
    "less_than_equal": "får vara högst {le}",
    "int_parsing": "måste vara ett heltal",
    "int_type": "måste vara ett heltal",
    "bool_type": "måste vara true eller false",
    "bool_parsing": "måste vara true eller false",
    "string_type": "måste vara en textsträng",
    "string_too_long": "får vara högst {max_length} tecken",
    "model_attributes_type": "anropets kropp måste vara ett JSON-objekt",
    "dict_type": "anropets kropp måste vara ett JSON-objekt",
}


def _validation_message(exc: RequestValidationError) -> tuple[str, list[str]]:
    details = []
    for err in exc.errors():
        kind = err.get("type", "")
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")]
        where = "" if kind == "json_invalid" else ".".join(loc)
        template = _MESSAGES.get(kind)
        message = template.format(**err.get("ctx", {})) if template else str(err.get("msg", "")).removeprefix("Value error, ")
        details.append(f"{where}: {message}" if where else message)
    return (details[0] if len(details) == 1 else "ogiltigt anrop: " + "; ".join(details)), details


def create_app(settings: Settings | None = None, state: ServiceState | None = None, warm_up: bool = True,
               ui: bool = True) -> FastAPI:
    """The application; settings and state are injectable for tests. On start-up the index and
    model are loaded and one query is run, so the first user does not wait for them."""
    settings = settings or get_settings()
    state = state or ServiceState(settings)
    keys = [k.encode() for k in settings.api_key_list]
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if warm_up:
            state.warm_up()
        yield

    app = FastAPI(
        title="granska", version=__version__, lifespan=lifespan,
        description="Svar med källhänvisningar ur VGR:s handlingar om Millennium. Varje påstående pekar på en daterad post.",
        responses={422: {"model": ErrorResponse}, 503: {"model": ErrorResponse}},
    )
    app.state.granska = state

    limiter = RateLimiter(settings.rate_limit_per_minute) if keys and settings.rate_limit_per_minute else None

    def authorized(request: Request) -> None:
        if not keys:
            return
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        given = token.strip().encode()
        # compare with every key in constant time (no early exit on the first match)
        matched = [hmac.compare_digest(given, key) for key in keys]
        if scheme.lower() != "bearer" or not any(matched):
            raise ApiError(401, "giltig API-nyckel krävs: skicka 'Authorization: Bearer <nyckel>'")
        if limiter is not None:
            key_id = hashlib.sha256(given).hexdigest()  # the bucket is named by a hash, never the key
            wait = limiter.acquire(key_id)
            if wait:
                raise ApiError(429, f"för många anrop med den här nyckeln; försök igen om {wait:.0f} s",
                               headers={"Retry-After": str(int(wait))})

    def serving() -> Serving:
        try:
            return state.current()
        except NotReady as exc:
            raise ApiError(503, f"tjänsten är inte redo: {exc}") from None
        except StoreUnavailable as exc:
            raise ApiError(503, f"vektorlagret svarar inte: {exc}") from None

    v1 = APIRouter(prefix="/v1", dependencies=[Depends(authorized)])

    @v1.post("/ask", response_model=AskResponse, summary="Ställ en fråga och få ett svar med källor")
    def ask(body: AskRequest) -> AskResponse:
        current = serving()
        date_from, date_to = body.dates()
        try:
            answer = current.answerer.ask(body.question, body.top_k, date_from, date_to, body.use_question_dates)
        except StoreUnavailable as exc:
            raise ApiError(503, f"vektorlagret svarar inte: {exc}") from None
        return present.ask_response(answer)

    @v1.get("/search", response_model=SearchResponse, summary="Rankade poster utan svar")
    def search(
        q: Annotated[str, Query(description="Frågan eller söktermerna.")],
        date_from: Annotated[str | None, Query(description="ÅÅÅÅ-MM-DD", json_schema_extra={"format": "date"})] = None,
        date_to: Annotated[str | None, Query(description="ÅÅÅÅ-MM-DD", json_schema_extra={"format": "date"})] = None,
        k: Annotated[int, Query(ge=1, le=50)] = 10,
    ) -> SearchResponse:
        question = _checked(lambda: clean_question(q, settings.max_question_chars))
        lo, hi = _date_range(date_from, date_to)
        current = serving()
        try:
            result = current.retriever.search(question, k, lo, hi)
        except StoreUnavailable as exc:
            raise ApiError(503, f"vektorlagret svarar inte: {exc}") from None
        docs = current.index.documents
        return SearchResponse(hits=[present.hit_out(r, h, docs) for r, h in enumerate(result.hits, start=1)],
                              date_filter=present.date_filter_out(result.date_filter),
                              index_version=current.index.manifest.index_version)

    @v1.get("/timeline", response_model=TimelineResponse, summary="Poster i datumordning")
    def timeline(
        date_from: Annotated[str | None, Query(description="ÅÅÅÅ-MM-DD", json_schema_extra={"format": "date"})] = None,
        date_to: Annotated[str | None, Query(description="ÅÅÅÅ-MM-DD", json_schema_extra={"format": "date"})] = None,
        q: Annotated[str | None, Query(max_length=200, description="Text som posten ska innehålla.")] = None,
        actor: Annotated[str | None, Query(max_length=200)] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> TimelineResponse:
        lo, hi = _date_range(date_from, date_to)
        current = serving()
        entries = timeline_entries(list(current.index.entries.values()), lo, hi, q, actor)
        return TimelineResponse(total=len(entries), limit=limit, offset=offset,
                                entries=[present.entry_out(e) for e in entries[offset:offset + limit]],
                                index_version=current.index.manifest.index_version)

    @v1.get("/entries/{entry_id}", response_model=EntryResponse, responses={404: {"model": ErrorResponse}},
            summary="En post, dess dokument och grannposter")
    def entry(entry_id: str) -> EntryResponse:
        current = serving()
        found = current.index.entries.get(entry_id) if ENTRY_ID.match(entry_id) else None
        if found is None:
            raise ApiError(404, f"posten '{entry_id[:100]}' finns inte i index {current.index.manifest.index_version}")
        siblings, previous, following = neighbours(list(current.index.entries.values()), found)
        return EntryResponse(
            entry=present.entry_out(found),
            document=present.document_out(current.index.documents[found.doc_id], siblings),
            previous=present.entry_out(previous) if previous else None,
            next=present.entry_out(following) if following else None,
            index_version=current.index.manifest.index_version,
        )

    @v1.get("/documents", response_model=DocumentsResponse, summary="Korpusens dokument")
    def documents() -> DocumentsResponse:
        current = serving()
        by_doc: dict[str, list[Entry]] = {}
        for e in current.index.entries.values():
            by_doc.setdefault(e.doc_id, []).append(e)
        return DocumentsResponse(
            documents=[present.document_out(d, by_doc.get(d.doc_id, [])) for d in current.index.documents.values()],
            index_version=current.index.manifest.index_version,
        )

    @v1.api_route("/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    def unknown(rest: str, request: Request) -> None:
        # Without this, the UI mounted at / would answer unknown /v1 paths with its own 404.
        path = request.url.path
        known = [r for r in v1.routes if getattr(r, "path_regex", None) and r.path != "/v1/{rest:path}" and r.path_regex.match(path)]
        if known:
            raise ApiError(405, "metoden stöds inte här")
        raise ApiError(404, f"sidan finns inte: {path[:200]}")

    app.include_router(v1)

    @app.get("/healthz", summary="Processen lever")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", summary="Index laddat och vektorlagret svarar", responses={503: {"model": ErrorResponse}})
    def readyz() -> JSONResponse:
        ready, reason = state.readiness()
        if not ready:
            return _error(503, f"inte redo: {reason}")
        return JSONResponse({"status": "ready", "index_version": reason})

    _install_error_handlers(app)
    if settings.cors_origin_list:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origin_list, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyGuard, max_bytes=settings.max_body_bytes)
    app.add_middleware(Shield)
    if ui:
        from ui.app import mount_ui

        app = mount_ui(app, state, settings)
    else:
        @app.get("/", include_in_schema=False)
        def root() -> RedirectResponse:
            return RedirectResponse("/docs")
    return app


def _checked(check):  # noqa: ANN001, ANN202
    try:
        return check()
    except ValueError as exc:
        raise ApiError(422, str(exc)) from None


def _date_range(date_from: str | None, date_to: str | None) -> tuple[date | None, date | None]:
    lo = _checked(lambda: parse_iso_date(date_from, "date_from"))
    hi = _checked(lambda: parse_iso_date(date_to, "date_to"))
    if lo and hi and lo > hi:
        raise ApiError(422, f"date_from ({lo}) ligger efter date_to ({hi})")
    return lo, hi


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        headers = {**exc.headers, **({"WWW-Authenticate": "Bearer"} if exc.status == 401 else {})}
        return _error(exc.status, exc.message, exc.details, headers or None)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        message, details = _validation_message(exc)
        return _error(422, message, details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = {404: "sidan finns inte", 405: "metoden stöds inte här"}.get(exc.status_code, str(exc.detail))
        return _error(exc.status_code, message)

    @app.exception_handler(GranskaError)
    async def granska_error(_: Request, exc: GranskaError) -> JSONResponse:
        log.warning("tjänstefel: %s", exc)
        return _error(503, f"tjänsten kan inte svara just nu: {exc}")

