"""The Tidslinje tab: a chart of the period's entries (lanes per actor, counts per month; a stretch
selected narrows the period, a marker clicked opens its entry), the entries in date order with text
and actor filters, an entry in its document's context, and the selection as a cited memo."""

from __future__ import annotations

from datetime import date

import gradio as gr

from granska.errors import GranskaError
from service import operations
from service.api.schemas import CitationOut, EntryOut
from service.validation import parsed_period
from ui.context import UiContext, warn
from ui.memo import timeline_memo_of, to_docx, to_markdown
from ui.render import card
from ui.timeline_chart import timeline_figure

COLUMNS = ["Datum", "Tid", "Aktör", "Dokument", "Text", "Post"]
LIMIT = 500


def build_timeline_tab(ctx: UiContext) -> gr.Dropdown:
    """The tab's components and events; returns the actor filter (filled when the page loads)."""
    with gr.Row():
        t_from = gr.Textbox(label="Från (ÅÅÅÅ-MM-DD)", elem_id="timeline-from")
        t_to = gr.Textbox(label="Till (ÅÅÅÅ-MM-DD)", elem_id="timeline-to")
        t_text = gr.Textbox(label="Text innehåller", elem_id="timeline-text")
        t_actor = gr.Dropdown(label="Aktör", choices=["Alla"], value="Alla", elem_id="timeline-actor")
    with gr.Row():
        t_show = gr.Button("Visa", variant="primary", elem_id="timeline-show")
        t_memo = gr.DownloadButton("Exportera PM (DOCX)", elem_id="timeline-memo-docx")
        t_memo_md = gr.DownloadButton("Exportera PM (Markdown)", elem_id="timeline-memo-md")
    t_count = gr.Markdown("", elem_id="timeline-count")
    gr.Markdown("Markera en sträcka i diagrammet för att visa bara den perioden; klicka på en punkt för att se posten.")
    t_chart = gr.Plot(label="Tidslinje", elem_id="timeline-chart")
    t_table = gr.Dataframe(headers=COLUMNS, interactive=False, wrap=True, elem_id="timeline-table",
                           column_widths=["10%", "6%", "16%", "14%", "40%", "14%"])
    t_ids = gr.State([])
    t_selection = gr.State([])
    with gr.Row(elem_classes="granska-hidden"):  # written by the chart's click handler (ui.timeline_chart)
        t_entry = gr.Textbox(elem_id="timeline-entry", show_label=False, container=False)
        t_open = gr.Button("Öppna posten", elem_id="timeline-open")
    gr.Markdown("Klicka på en rad för att se posten i sitt sammanhang.")
    t_detail = gr.HTML(elem_id="timeline-detail")

    def show(start: str, end: str, text: str, actor: str, request: gr.Request) -> dict:
        chosen = None if actor in (None, "", "Alla") else actor
        try:
            lo, hi = parsed_period((start or "").strip(), (end or "").strip(), ("Från", "Till"))
            found = operations.period_entries(ctx.state.current(), lo, hi, text=(text or "").strip() or None,
                                              actor=chosen)
        except GranskaError as exc:
            warn(str(exc))
            return {}
        shown = found[:LIMIT]
        rows = [[e.date_start or "odaterad", e.time or "", e.actor or "", e.doc_id,
                 e.text if len(e.text) <= 160 else e.text[:159] + "…", e.entry_id] for e in shown]
        more = f" (tabellen visar de första {LIMIT})" if len(found) > LIMIT else ""
        memo = _memo_files(ctx, request, found, lo, hi)
        return {t_table: rows, t_ids: [e.entry_id for e in shown], t_count: f"{len(found)} poster{more}.",
                t_chart: timeline_figure(found, actor=chosen), t_selection: [e.entry_id for e in found],
                t_memo: memo[0], t_memo_md: memo[1]}

    def select(ids: list[str], evt: gr.SelectData) -> str:
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if not ids or row is None or row >= len(ids):
            return ""
        return entry_context(ctx, ids[row])

    def open_entry(entry_id: str) -> str:
        try:
            return entry_context(ctx, (entry_id or "").strip())
        except GranskaError as exc:
            warn(str(exc))
            return ""

    outputs = {t_table, t_ids, t_count, t_chart, t_selection, t_memo, t_memo_md}
    t_show.click(show, [t_from, t_to, t_text, t_actor], outputs, api_visibility="private")
    t_table.select(select, [t_ids], [t_detail], api_visibility="private")
    t_open.click(open_entry, [t_entry], [t_detail], api_visibility="private")
    return t_actor


def _memo_files(ctx: UiContext, request: gr.Request, found: list, lo, hi) -> list[str]:  # noqa: ANN001
    """The selection's memo as DOCX and Markdown in the export folder."""
    index = ctx.state.current().index
    period = f"{lo.isoformat() if lo else 'början'} – {hi.isoformat() if hi else 'slutet'}"
    memo = timeline_memo_of(found, {d: doc.title for d, doc in index.documents.items()}, period=period,
                            index_version=index.manifest.index_version, today=date.today())
    return ctx.export(request, {"granska-tidslinje-pm.docx": to_docx(memo), "granska-tidslinje-pm.md": to_markdown(memo)})


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
