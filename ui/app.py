"""The chat UI for granskare (Gradio, Swedish), mounted in the FastAPI app at ``/``.

It shows what the API returns: every answer is the ``AskResponse`` of ``/v1/ask``, rendered.
Tabs: Fråga (chat with source cards, date controls, the inferred date filter and a way to clear
it, export of the cited entries), Tidslinje (entries of a period in date order, text and actor
filters, an entry in its document's context) and Källor (the documents and the index version).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from granska.errors import GranskaError  # noqa: E402
from granska.settings import Settings  # noqa: E402
from service.api import present  # noqa: E402
from service.api.schemas import AskResponse, CitationOut, clean_question, parse_iso_date  # noqa: E402
from service.state import ServiceState  # noqa: E402
from service.timeline import neighbours, timeline  # noqa: E402
from ui import export  # noqa: E402
from ui.render import CSS, answer_html, card, date_filter_text  # noqa: E402

TIMELINE_COLUMNS = ["Datum", "Tid", "Aktör", "Dokument", "Text", "Post"]
TIMELINE_LIMIT = 500


def _dates(date_from: str, date_to: str):  # noqa: ANN202
    lo = parse_iso_date(date_from.strip() or None, "Från")
    hi = parse_iso_date(date_to.strip() or None, "Till")
    if lo and hi and lo > hi:
        raise ValueError(f"Från ({lo}) ligger efter Till ({hi})")
    return lo, hi


def _warn(message: str) -> None:
    """A friendly notice in Swedish."""
    gr.Warning(message, title="Obs")


def _export_files(responses: list[dict]) -> tuple[str, str]:
    answers = [AskResponse(**r) for r in responses]
    folder = Path(tempfile.mkdtemp(prefix="granska-export-"))
    csv_path, md_path = folder / "granska-citat.csv", folder / "granska-citat.md"
    csv_path.write_text(export.to_csv(answers), encoding="utf-8")
    md_path.write_text(export.to_markdown(answers), encoding="utf-8")
    return str(csv_path), str(md_path)


def build_ui(state: ServiceState, settings: Settings) -> gr.Blocks:
    """The Blocks app; the service state is shared with the API."""

    def ask(question, date_from, date_to, history, responses, use_question_dates=True):  # noqa: ANN001, ANN202
        history, responses = list(history or []), list(responses or [])
        try:
            text = clean_question(question, settings.max_question_chars)
        except ValueError as exc:
            _warn(f"{str(exc)[0].upper()}{str(exc)[1:]}.")
            return history, responses, question, gr.update(), gr.update(), gr.update(), gr.update()
        try:
            lo, hi = _dates(date_from or "", date_to or "")
        except ValueError as exc:
            _warn(str(exc))
            return history, responses, question, gr.update(), gr.update(), gr.update(), gr.update()
        history.append({"role": "user", "content": text})
        try:
            answer = state.current().answerer.ask(text, 5, lo, hi, use_question_dates)
        except GranskaError as exc:
            history.append({"role": "assistant", "content": f"Tjänsten kan inte svara just nu: {exc}"})
            return history, responses, "", gr.update(), gr.update(visible=False), gr.update(), gr.update()
        response = present.ask_response(answer)
        responses.append(response.model_dump())
        history.append({"role": "assistant", "content": answer_html(response)})
        filter_text = date_filter_text(response.date_filter)
        from_question = response.date_filter.source == "question"
        csv_file, md_file = _export_files(responses)
        return (history, responses, "", filter_text, gr.update(visible=from_question),
                gr.update(value=csv_file), gr.update(value=md_file))

    def ask_without_dates(date_from, date_to, history, responses):  # noqa: ANN001, ANN202
        last = next((r["question"] for r in reversed(responses or [])), None)
        if not last:
            _warn("Det finns ingen fråga att ställa om.")
            return history, responses, "", gr.update(), gr.update(), gr.update(), gr.update()
        return ask(last, date_from, date_to, history, responses, use_question_dates=False)

    def filter_timeline(date_from, date_to, text, actor):  # noqa: ANN001, ANN202
        try:
            lo, hi = _dates(date_from or "", date_to or "")
            entries = list(state.current().index.entries.values())
        except (ValueError, GranskaError) as exc:
            _warn(str(exc))
            return gr.update(), [], ""
        found = timeline(entries, lo, hi, (text or "").strip() or None, None if actor in (None, "", "Alla") else actor)
        shown = found[:TIMELINE_LIMIT]
        rows = [[e.date_start or "odaterad", e.time or "", e.actor or "", e.doc_id,
                 e.text if len(e.text) <= 160 else e.text[:159] + "…", e.entry_id] for e in shown]
        more = f" (visar de första {TIMELINE_LIMIT})" if len(found) > TIMELINE_LIMIT else ""
        return gr.update(value=rows), [e.entry_id for e in shown], f"{len(found)} poster{more}."

    def show_entry(ids, evt: gr.SelectData):  # noqa: ANN001, ANN202
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if not ids or row is None or row >= len(ids):
            return ""
        return entry_context(ids[row])

    def entry_context(entry_id: str) -> str:
        index = state.current().index
        entry = index.entries[entry_id]
        _, previous, following = neighbours(list(index.entries.values()), entry)
        blocks = []
        for label, e in (("Föregående post", previous), ("Posten", entry), ("Nästa post", following)):
            if e is None:
                continue
            citation = CitationOut(
                n=0, entry_id=e.entry_id, doc_id=e.doc_id, doc_title=index.documents[e.doc_id].title,
                date_start=e.date_start, date_end=e.date_end, date_precision=e.date_precision, time=e.time,
                actor=e.actor, quote=e.text if e is entry else "", text=e.text, score=0.0, url=present.entry_url(e.entry_id),
            )
            blocks.append(f'<div class="granska-heading">{label}</div>{card(citation, related=e is not entry, numbered=False)}')
        return "\n".join(blocks)

    def sources():  # noqa: ANN202
        try:
            index = state.current().index
        except GranskaError as exc:
            return [], f"Tjänsten är inte redo: {exc}"
        by_doc: dict[str, list] = {}
        for e in index.entries.values():
            by_doc.setdefault(e.doc_id, []).append(e)
        rows = []
        for doc in index.documents.values():
            d = present.document_out(doc, by_doc.get(doc.doc_id, []))
            rows.append([d.title, d.kind, d.date or "", d.entries, d.dated, f"{d.date_from or ''} – {d.date_to or ''}", d.doc_id])
        m = index.manifest
        return rows, f"Indexversion **{m.index_version}**, byggd {m.built_at} med modellen `{m.model}`."

    def actors():  # noqa: ANN202
        try:
            names = sorted({e.actor for e in state.current().index.entries.values() if e.actor})
        except GranskaError:
            names = []
        return gr.update(choices=["Alla", *names], value="Alla")

    with gr.Blocks(title="granska") as blocks:
        gr.Markdown("# granska\nFrågor och svar ur VGR:s handlingar om Millennium. Varje påstående pekar på en daterad post.")
        with gr.Tab("Fråga"):
            chat = gr.Chatbot(label="Samtal", height=520, elem_id="granska-chat", sanitize_html=True)
            responses = gr.State([])
            with gr.Row():
                question = gr.Textbox(label="Fråga", placeholder="T.ex. När driftsattes Millennium?", scale=5, elem_id="granska-question")
                send = gr.Button("Fråga", variant="primary", scale=1, elem_id="granska-send")
            with gr.Row():
                date_from = gr.Textbox(label="Från (ÅÅÅÅ-MM-DD)", placeholder="valfritt", elem_id="granska-from")
                date_to = gr.Textbox(label="Till (ÅÅÅÅ-MM-DD)", placeholder="valfritt", elem_id="granska-to")
            filter_info = gr.Markdown("", elem_id="granska-filter")
            clear_filter = gr.Button("Ta bort datumfiltret ur frågan och fråga igen", visible=False, size="sm")
            with gr.Row():
                csv_button = gr.DownloadButton("Exportera citat (CSV)", elem_id="granska-export-csv")
                md_button = gr.DownloadButton("Exportera citat (Markdown)", elem_id="granska-export-md")
            outputs = [chat, responses, question, filter_info, clear_filter, csv_button, md_button]
            send.click(ask, [question, date_from, date_to, chat, responses], outputs)
            question.submit(ask, [question, date_from, date_to, chat, responses], outputs)
            clear_filter.click(ask_without_dates, [date_from, date_to, chat, responses], outputs)
        with gr.Tab("Tidslinje"):
            with gr.Row():
                t_from = gr.Textbox(label="Från (ÅÅÅÅ-MM-DD)", elem_id="timeline-from")
                t_to = gr.Textbox(label="Till (ÅÅÅÅ-MM-DD)", elem_id="timeline-to")
                t_text = gr.Textbox(label="Text innehåller", elem_id="timeline-text")
                t_actor = gr.Dropdown(label="Aktör", choices=["Alla"], value="Alla", elem_id="timeline-actor")
            t_show = gr.Button("Visa", variant="primary", elem_id="timeline-show")
            t_count = gr.Markdown("", elem_id="timeline-count")
            t_table = gr.Dataframe(headers=TIMELINE_COLUMNS, interactive=False, wrap=True, elem_id="timeline-table",
                                   column_widths=["10%", "6%", "16%", "14%", "40%", "14%"])
            t_ids = gr.State([])
            gr.Markdown("Klicka på en rad för att se posten i sitt sammanhang.")
            t_detail = gr.HTML(elem_id="timeline-detail")
            t_show.click(filter_timeline, [t_from, t_to, t_text, t_actor], [t_table, t_ids, t_count])
            t_table.select(show_entry, [t_ids], [t_detail])
        with gr.Tab("Källor"):
            s_version = gr.Markdown(elem_id="sources-version")
            s_table = gr.Dataframe(headers=["Titel", "Typ", "Dokumentets datum", "Poster", "Daterade", "Datumspann", "doc_id"],
                                   interactive=False, wrap=True, elem_id="sources-table")
        blocks.load(sources, None, [s_table, s_version])
        blocks.load(actors, None, [t_actor])
    return blocks


def mount_ui(app, state: ServiceState, settings: Settings):  # noqa: ANN001, ANN201
    """Mount the UI at ``/`` of the FastAPI app (API routes registered before it keep priority)."""
    theme = gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    return gr.mount_gradio_app(app, build_ui(state, settings), path="/", theme=theme, css=CSS,
                               footer_links=[], allowed_paths=[tempfile.gettempdir()])

