"""The FastAPI application: routers, MCP at ``/mcp``, the front door, guards, error bodies, and the UI at ``/``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import RedirectResponse

from granska import __version__
from granska.settings import Settings, get_settings
from service.access import AccessPolicy
from service.api.errors import install_error_handlers
from service.api.front_door import FrontDoor
from service.api.guards import BodyGuard, Shield
from service.api.routes import ask, chat, documents, entries, fallback, health, login, search, timeline
from service.api.schemas import ErrorResponse
from service.protocols.mcp_server import build_mcp
from service.state import ServiceState

ROUTERS = (ask.router, chat.router, search.router, timeline.router, entries.router, documents.router, health.router,
           login.router, fallback.router)


def create_app(settings: Settings | None = None, state: ServiceState | None = None, warm_up: bool = True,
               ui: bool = True) -> FastAPI:
    """The application; settings and state are injectable for tests. On start-up the index and
    model are loaded and one query is run, so the first user does not wait for them."""
    settings = settings or get_settings()
    state = state or ServiceState(settings)
    policy = AccessPolicy(keys=settings.api_keys, per_minute=settings.rate_limit_per_minute)

    mcp = build_mcp(state, settings, policy)
    mcp_routes = mcp.streamable_http_app().routes  # creates the session manager run below

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if warm_up:
            state.warm_up()
        async with mcp.session_manager.run():
            yield

    app = FastAPI(
        title="granska", version=__version__, lifespan=lifespan,
        description="Svar med källhänvisningar ur VGR:s handlingar om Millennium. Varje påstående pekar på en daterad post.",
        responses={401: {"model": ErrorResponse}, 422: {"model": ErrorResponse}, 429: {"model": ErrorResponse},
                   503: {"model": ErrorResponse}},
    )
    app.state.settings, app.state.granska, app.state.policy = settings, state, policy
    for router in ROUTERS:
        app.include_router(router)
    app.router.routes[0:0] = mcp_routes  # /mcp: MCP's streamable HTTP transport, behind the front door
    install_error_handlers(app)
    # Outermost last: Shield → CORS (preflights need no key) → FrontDoor → BodyGuard → routes.
    app.add_middleware(BodyGuard, max_bytes=settings.max_body_bytes)
    app.add_middleware(FrontDoor, policy=policy)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(Shield)
    if ui:
        from ui.app import mount_ui

        return mount_ui(app, state, settings, policy)

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/docs")

    return app
