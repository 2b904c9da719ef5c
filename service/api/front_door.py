"""The front door: every request passes here, and only the open routes pass without a key.

Default deny: any path not in ``OPEN_PATHS`` needs a valid key (``Authorization: Bearer`` or the
log-in session cookie) when keys are configured: the /v1 API, the UI page and its assets,
Gradio's own API and file routes, and any route added later. A browser asking for a page is sent
to the log-in page; everything else gets the API's 401 body. Rate limits are charged where a
request becomes work (``service.api.deps.AuthDep`` for /v1, the UI's ask for questions).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import Any
from urllib.parse import quote

from fastapi.routing import iter_route_contexts
from starlette.requests import cookie_parser
from starlette.routing import BaseRoute, Mount

from service.access import AccessPolicy
from service.api.guards import send_error

# Routes anyone may call: health, the log-in page, and the API's description (no corpus data).
OPEN_PATHS = frozenset({"/healthz", "/readyz", "/login", "/logout", "/docs", "/docs/oauth2-redirect", "/redoc",
                        "/openapi.json"})
UNAUTHORIZED = "giltig API-nyckel krävs: skicka 'Authorization: Bearer <nyckel>' eller logga in på /login"


def is_open(path: str) -> bool:
    """Whether a path may be called without a key."""
    return path in OPEN_PATHS or path.rstrip("/") in OPEN_PATHS


class FrontDoor:
    """ASGI middleware that lets a request in only when the access policy identifies it."""

    def __init__(self, app: Callable[..., Awaitable[None]], policy: AccessPolicy):
        self.app, self.policy = app, policy

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Awaitable[Any]],
                       send: Callable[..., Awaitable[None]]) -> None:
        if scope["type"] not in ("http", "websocket") or self.policy.open or is_open(scope["path"]):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        cookies = cookie_parser(headers.get("cookie", ""))
        if self.policy.identify(headers, cookies) is not None:
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 4401})
            return
        if scope["method"] == "GET" and "text/html" in headers.get("accept", "") and not scope["path"].startswith("/v1/"):
            target = scope["path"] + (f"?{scope['query_string'].decode('latin-1')}" if scope.get("query_string") else "")
            await send({"type": "http.response.start", "status": 303,
                        "headers": [(b"location", f"/login?next={quote(target, safe='')}".encode()),
                                    (b"content-length", b"0")]})
            await send({"type": "http.response.body", "body": b""})
            return
        await send_error(send, 401, "unauthorized", UNAUTHORIZED, {"WWW-Authenticate": "Bearer"})


def every_route(routes: list[BaseRoute], prefix: str = "") -> Iterator[tuple[str, frozenset[str]]]:
    """(path, methods) of every route an app serves, mounted apps (the UI's Gradio) included."""
    for route in iter_route_contexts(routes):
        if isinstance(route.route, Mount):
            yield from every_route(route.route.routes, prefix + route.route.path)
        elif route.path is not None:
            yield prefix + route.path, frozenset(route.methods or {"WEBSOCKET"})
