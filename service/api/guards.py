"""Request guards: body size limit, JSON content type, and the shield against unexpected errors.

They run before a request reaches a route, so oversized or malformed traffic never costs a
model call, and each answers with the API's error body (code, Swedish message).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger("granska.api")
Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def error_type(status: int) -> str:
    """OpenAI's error type for an HTTP status (its clients raise by it)."""
    return {401: "authentication_error", 403: "permission_error", 404: "not_found_error", 429: "rate_limit_error"}.get(
        status, "server_error" if status >= 500 else "invalid_request_error")


async def send_error(send: Send, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
    """Write an error response straight to the ASGI channel."""
    error = {"code": code, "message": message, "details": [], "type": error_type(status), "param": None}
    body = json.dumps({"error": error}, ensure_ascii=False).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class BodyGuard:
    """Refuse request bodies over ``max_bytes`` (413) and non-JSON bodies to ``/v1`` (415)."""

    def __init__(self, app: Callable[..., Awaitable[None]], max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        length = headers.get("content-length")
        if length and length.isdigit() and int(length) > self.max_bytes:
            await send_error(send, 413, "too_large", f"anropets kropp är för stor (högst {self.max_bytes} byte)")
            return
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("", "identity"):
            await send_error(send, 415, "unsupported_media_type",
                             f"komprimerade anrop stöds inte (Content-Encoding: {encoding}); skicka kroppen okomprimerad")
            return
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        has_body = (length is not None and length != "0") or "chunked" in headers.get("transfer-encoding", "")
        # without a body there is nothing to be JSON: the route says what is wrong (a 405, a missing field)
        if scope["path"].startswith("/v1/") and has_body and media != "application/json":
            await send_error(send, 415, "unsupported_media_type",
                             f"skicka JSON med 'Content-Type: application/json' (inte '{media or 'ingen'}')")
            return
        # The body is read here, up to the limit, whatever its framing (a chunked body has no
        # Content-Length): a route then never sees a body over the limit.
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                await send_error(send, 413, "too_large", f"anropets kropp är för stor (högst {self.max_bytes} byte)")
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class Shield:
    """The last line: an unexpected exception becomes a 500 with a plain message (no stack
    trace, no internals), logged here, and the connection stays usable."""

    def __init__(self, app: Callable[..., Awaitable[None]]):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception:
            log.exception("oväntat fel vid %s %s", scope["method"], scope["path"])
            if not started:
                await send_error(send, 500, "internal", "ett internt fel inträffade; försök igen")
