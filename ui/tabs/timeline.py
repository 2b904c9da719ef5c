"""The Tidslinje tab: the entries of a period in date order, text and actor filters, and an
entry in its document's context."""

from __future__ import annotations

import gradio as gr

from granska.errors import GranskaError
from service import operations
from service.api.schemas import CitationOut, EntryOut
from service.validation import parsed_period
from ui.context import UiContext, warn
from ui.render import card

COLUMNS = ["Datum", "Tid", "Aktör", "Dokument", "Text", "Post"]
LIMIT = 500


def build_timeline_tab(ctx: UiContext) -> gr.Dropdown:
    """The tab's components and events; returns the actor filter (filled when the page loads)."""
    with gr.Row():
        t_from = gr.Textbox(label="Från (ÅÅÅÅ-MM-DD)", elem_id="timeline-from")
        t_to = gr.Textbox(label="Till (ÅÅÅÅ-MM-DD)", elem_id="timeline-to")
        t_text = gr.Textbox(label="Text innehåller", elem_id="timeline-text")
        t_actor = gr.Dropdown(label="Aktör", choices=["Alla"], value="Alla", elem_id="timeline-actor")
    t_show = gr.Button("Visa", variant="primary", elem_id="timeline-show")
    t_count = gr.Markdown("", elem_id="timeline-count")
    t_table = gr.Dataframe(headers=COLUMNS, interactive=False, wrap=True, elem_id="timeline-table",
                           column_widths=["10%", "6%", "16%", "14%", "40%", "14%"])
    t_ids = gr.State([])
    gr.Markdown("Klicka på en rad för att se posten i sitt sammanhang.")
    t_detail = gr.HTML(elem_id="timeline-detail")

    def show(start: str, end: str, text: str, actor: str) -> dict:
        try:
            lo, hi = parsed_period((start or "").strip(), (end or "").strip(), ("Från", "Till"))
            page = operations.timeline(ctx.state.current(), lo, hi, text=(text or "").strip() or None,
                                       actor=None if actor in (None, "", "Alla") else actor, limit=LIMIT)
        except GranskaError as exc:
            warn(str(exc))
            return {}
        rows = [[e.date_start or "odaterad", e.time or "", e.actor or "", e.doc_id,
                 e.text if len(e.text) <= 160 else e.text[:159] + "…", e.entry_id] for e in page.entries]
        more = f" (visar de första {LIMIT})" if page.total > LIMIT else ""
        return {t_table: rows, t_ids: [e.entry_id for e in page.entries], t_count: f"{page.total} poster{more}."}

    def select(ids: list[str], evt: gr.SelectData) -> str:
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if not ids or row is None or row >= len(ids):
            return ""
        return entry_context(ctx, ids[row])

    t_show.click(show, [t_from, t_to, t_text, t_actor], {t_table, t_ids, t_count}, api_visibility="private")
    t_table.select(select, [t_ids], [t_detail], api_visibility="private")
    return t_actor


def entry_context(ctx: UiContext, entry_id: str) -> str:
    """The entry between its previous and next entries in the document, as cards."""
    found = operations.entry(ctx.state.current(), entry_id)
    blocks = []
    for label, e in (("Föregående post", found.previous), ("Posten", found.entry), ("Nästa post", found.next)):
        if e is not None:
            related = e is not found.entry
            blocks.append(f'<div class="granska-heading">{label}</div>'
                          f'{card(_citation(e, found.document.title, related), related=related, numbered=False)}')
    return "\n".join(blocks)


def _citation(e: EntryOut, title: str, related: bool) -> CitationOut:
    return CitationOut(n=0, entry_id=e.entry_id, doc_id=e.doc_id, doc_title=title, date_start=e.date_start,
                       date_end=e.date_end, date_precision=e.date_precision, time=e.time, actor=e.actor,
                       quote="" if related else e.text, quote_start=0, quote_end=0 if related else len(e.text),
                       text=e.text, score=0.0, url=e.url)


def actor_choices(ctx: UiContext) -> dict:
    """The actor filter's choices: every actor of the serving index."""
    try:
        names = sorted({e.actor for e in ctx.state.current().index.entries.values() if e.actor})
    except GranskaError:
        names = []
    return gr.update(choices=["Alla", *names], value="Alla")
