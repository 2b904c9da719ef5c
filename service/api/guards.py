"""Request guards: body size limit, JSON content type, per-key rate limit.

They run before a request reaches a route, so oversized or malformed traffic never costs a
model call, and each answers with the API's error body (code, Swedish message).
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger("granska.api")
Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


async def send_error(send: Send, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
    """Write an error response straight to the ASGI channel."""
    body = json.dumps({"error": {"code": code, "message": message, "details": []}}, ensure_ascii=False).encode()
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
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        if scope["path"].startswith("/v1/") and media != "application/json":
            await send_error(send, 415, "unsupported_media_type",
                             f"skicka JSON med 'Content-Type: application/json' (inte '{media or 'ingen'}')")
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                raise BodyTooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except BodyTooLarge:
            await send_error(send, 413, "too_large", f"anropets kropp är för stor (högst {self.max_bytes} byte)")


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


class BodyTooLarge(Exception):
    """A streamed body passed the limit."""


class RateLimiter:
    """A token bucket per key: ``per_minute`` requests, refilled continuously."""

    def __init__(self, per_minute: int):
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def acquire(self, key: str) -> float:
        """0 when allowed, else the seconds to wait before the next request."""
        now = time.monotonic()
        with self._lock:
            tokens, stamp = self._buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - stamp) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return math.ceil((1 - tokens) / self.rate)
