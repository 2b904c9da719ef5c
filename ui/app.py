"""The chat UI for granskare (Gradio, Swedish), mounted in the FastAPI app at ``/``.

It shows what the API returns and goes through the same operations, validation, keys and limits
(``ui.context.UiContext``). Tabs: Fråga, Tidslinje, Källor (one module each in ``ui/tabs``).
With API keys configured, the UI sits behind the front door's log-in, and Gradio learns the
logged-in key through ``auth_dependency``; Gradio serves files only from granska's export folder.
"""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402
from fastapi import FastAPI, Request  # noqa: E402

from granska.settings import Settings  # noqa: E402
from service.access import AccessPolicy  # noqa: E402
from service.state import ServiceState  # noqa: E402
from ui import document_page  # noqa: E402
from ui.context import UiContext  # noqa: E402
from ui.exports import ExportFolder  # noqa: E402
from ui.render import CSS  # noqa: E402
from ui.tabs.ask import build_ask_tab  # noqa: E402
from ui.tabs.sources import build_sources_tab, sources  # noqa: E402
from ui.tabs.timeline import actor_choices, build_timeline_tab  # noqa: E402
from ui.timeline_chart import CHART_JS  # noqa: E402

# Gradio's copies of files it serves are removed after a day (checked hourly).
CACHE_CLEANUP = (3600, 24 * 3600)


def build_ui(ctx: UiContext) -> gr.Blocks:
    """The Blocks app; the service state is shared with the API."""
    with gr.Blocks(title="granska", delete_cache=CACHE_CLEANUP) as blocks:
        intro = "# granska\nFrågor och svar ur VGR:s handlingar om Millennium. Varje påstående pekar på en daterad post."
        if not ctx.policy.open:
            intro += " [Logga ut](/logout)"
        gr.Markdown(intro)
        with gr.Tab("Fråga"):
            build_ask_tab(ctx)
        with gr.Tab("Tidslinje"):
            actor = build_timeline_tab(ctx)
        with gr.Tab("Källor"):
            table, version = build_sources_tab(ctx)
        blocks.load(lambda: sources(ctx), None, [table, version], api_visibility="private")
        blocks.load(lambda: actor_choices(ctx), None, [actor], api_visibility="private")
    return blocks


def mount_ui(app: FastAPI, state: ServiceState, settings: Settings, policy: AccessPolicy) -> FastAPI:
    """Mount the UI at ``/`` of the FastAPI app (API routes registered before it keep priority)."""
    app.include_router(document_page.router)  # before the mount at "/", which would take its path
    exports = ExportFolder(settings.home / "exports")
    exports.prune()
    ctx = UiContext(state=state, settings=settings, policy=policy, exports=exports)
    theme = gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"]).set(
        # Gradio's link blues (#2563eb, visited #3b82f6) fall under WCAG AA's 4.5:1 on the cards' white.
        link_text_color="#1d4ed8", link_text_color_hover="#1e3a8a", link_text_color_active="#1e3a8a",
        link_text_color_visited="#5b21b6")

    def user(request: Request) -> str | None:
        principal = policy.identify(request.headers, request.cookies)
        return principal.id if principal else None

    return gr.mount_gradio_app(app, build_ui(ctx), path="/", theme=theme, css=CSS, footer_links=[],
                               allowed_paths=[str(exports.root)], head=CHART_JS,
                               auth_dependency=None if policy.open else user)
