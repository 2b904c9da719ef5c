"""Errors → the API's error body ``{"error": {"code", "message", "details"}}``.

A ``GranskaError`` takes its status and code from the one table in ``granska.errors``; request
validation failures become 422 with Swedish messages; unknown paths 404 and wrong methods 405.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from granska.errors import GranskaError, NotReady, RateLimited, StoreUnavailable, outcome_of
from service.api.guards import error_type
from service.api.schemas import ErrorResponse

log = logging.getLogger("granska.api")

_MESSAGES = {
    "json_invalid": "ogiltig JSON i anropets kropp",
    "extra_forbidden": "okänt fält (fälten som finns står i /docs)",
    "missing": "saknas",
    "greater_than_equal": "måste vara minst {ge}",
    "less_than_equal": "får vara högst {le}",
    "int_parsing": "måste vara ett heltal",
    "int_type": "måste vara ett heltal",
    "bool_type": "måste vara true eller false",
    "bool_parsing": "måste vara true eller false",
    "string_type": "måste vara en textsträng",
    "string_too_long": "får vara högst {max_length} tecken",
    "too_long": "får ha högst {max_length} element",
    "model_attributes_type": "anropets kropp måste vara ett JSON-objekt",
    "dict_type": "anropets kropp måste vara ett JSON-objekt",
    "list_type": "måste vara en lista",
    "string_too_short": "måste ha minst {min_length} tecken",
    "too_short": "måste ha minst {min_length} element",
    "literal_error": "måste vara en av {expected}",
    "enum": "måste vara en av {expected}",
    "float_parsing": "måste vara ett tal",
    "float_type": "måste vara ett tal",
}


def error_response(status: int, code: str, message: str, details: list[str] | None = None,
                   headers: dict[str, str] | None = None, param: str | None = None) -> JSONResponse:
    """The API's error body with its status (``param``: the one field at fault, as OpenAI names it)."""
    body = ErrorResponse(error={"code": code, "message": message, "details": details or [], "type": error_type(status),
                                "param": param})
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def validation_message(exc: RequestValidationError, question_limit: int | None = None) -> tuple[str, list[str]]:
    """One Swedish message (and one detail per problem) for a failed request validation. A question
    over the schema's ceiling is reported against the service's own limit (``question_limit``)."""
    errors = list(exc.errors())
    if question_limit is not None:
        for err in errors:
            if tuple(err.get("loc", ())) == ("body", "question") and isinstance(err.get("input"), str) \
                    and len(err["input"].strip()) > question_limit:
                err["msg"] = f"frågan är för lång ({len(err['input'].strip())} tecken; högst {question_limit})"
                err["type"] = "question_too_long"
    details = described(errors)
    return (details[0] if len(details) == 1 else "ogiltigt anrop: " + "; ".join(details)), details


def described(errors: list) -> list[str]:  # type: ignore[type-arg] - pydantic's error dicts
    """One Swedish 'where: what' per validation error (the API's and the MCP tools' words)."""
    details = []
    for err in errors:
        kind, where = err.get("type", ""), _where(err)
        template = _MESSAGES.get(kind)
        message = template.format(**err.get("ctx", {})) if template else str(err.get("msg", "")).removeprefix("Value error, ")
        details.append(f"{where}: {message}" if where else message)
    return details


def _where(err: dict) -> str:  # type: ignore[type-arg] - one pydantic error
    """The field an error is about ('top_k', 'history.0.date_to'); '' for the body as a whole."""
    if err.get("type") == "json_invalid":
        return ""
    return ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path"))


def granska_error_response(exc: GranskaError) -> JSONResponse:
    """The response for one of granska's errors, by the table (with the headers its status needs)."""
    outcome = outcome_of(exc)
    headers: dict[str, str] = {}
    if outcome.status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    if isinstance(exc, RateLimited):
        headers["Retry-After"] = str(exc.retry_after)
    if outcome.status >= 500:
        log.warning("tjänstefel (%s): %s", outcome.code, exc)
    return error_response(outcome.status, outcome.code, _message(exc), headers=headers or None)


def _message(exc: GranskaError) -> str:
    if isinstance(exc, StoreUnavailable):
        return f"vektorlagret svarar inte: {exc}"
    if isinstance(exc, NotReady):
        return f"tjänsten är inte redo: {exc}"
    return str(exc)


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers on the app."""

    @app.exception_handler(GranskaError)
    async def granska_error(_: Request, exc: GranskaError) -> JSONResponse:
        return granska_error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        limit = getattr(getattr(request.app.state, "settings", None), "max_question_chars", None)
        message, details = validation_message(exc, limit)
        fields = {_where(e) for e in exc.errors()}
        param = next(iter(fields)) if len(fields) == 1 and "" not in fields else None
        return error_response(422, "invalid_request", message, details, param=param)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = {404: "sidan finns inte", 405: "metoden stöds inte här"}.get(exc.status_code, str(exc.detail))
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "error")
        return error_response(exc.status_code, code, message)
