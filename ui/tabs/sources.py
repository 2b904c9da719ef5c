"""The Källor tab: the documents and the index version."""

from __future__ import annotations

import gradio as gr

from granska.errors import GranskaError
from service import operations
from ui.context import UiContext

COLUMNS = ["Titel", "Typ", "Dokumentets datum", "Poster", "Daterade", "Datumspann", "doc_id"]


def build_sources_tab(ctx: UiContext) -> tuple[gr.Dataframe, gr.Markdown]:
    """The tab's components (filled when the page loads)."""
    version = gr.Markdown(elem_id="sources-version")
    table = gr.Dataframe(headers=COLUMNS, interactive=False, wrap=True, elem_id="sources-table")
    return table, version


def sources(ctx: UiContext) -> tuple[list[list], str]:
    """The documents as rows, and the index version in words."""
    try:
        serving = ctx.state.current()
    except GranskaError as exc:
        return [], f"Tjänsten är inte redo: {exc}"
    rows = [[d.title, d.kind, d.date or "", d.entries, d.dated, f"{d.date_from or ''} – {d.date_to or ''}", d.doc_id]
            for d in operations.documents(serving).documents]
    m = serving.index.manifest
    return rows, f"Indexversion **{m.index_version}**, byggd {m.built_at} med modellen `{m.model}`."
