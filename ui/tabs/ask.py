"""The Fråga tab: the conversation, source cards, date controls, the inferred date filter and
the export of the cited entries and of a cited memo (PM). Each question is sent with the conversation's earlier responses
as its history; a follow-up shows what it was read as ('Tolkat som: …') and can be asked alone
('Fråga som skrivet'); 'Ny konversation' forgets the history. Questions go through ``service.operations.ask`` and the access
policy, exactly like ``POST /v1/ask``."""

from __future__ import annotations

from datetime import date

import gradio as gr
from pydantic import ValidationError

from granska.errors import GranskaError, InvalidInput, NotReady, RateLimited
from service import operations
from service.api.schemas import MAX_HISTORY, AskRequest, AskResponse, TurnIn
from service.validation import checked_question, parsed_period
from ui import export
from ui.context import UiContext, warn
from ui.memo import conversation_memo, to_docx, to_markdown
from ui.render import actor_filter_text, answer_html, date_filter_text, source_filter_text


def build_ask_tab(ctx: UiContext) -> None:
    """The tab's components and events (inside a ``gr.Tab``)."""
    chat = gr.Chatbot(label="Samtal", height=520, elem_id="granska-chat", sanitize_html=True)
    responses = gr.State([])
    with gr.Row():
        question = gr.Textbox(label="Fråga", placeholder="T.ex. När driftsattes Millennium?", scale=5, elem_id="granska-question")
        send = gr.Button("Fråga", variant="primary", scale=1, elem_id="granska-send")
    with gr.Row():
        date_from = gr.Textbox(label="Från (ÅÅÅÅ-MM-DD)", placeholder="valfritt", elem_id="granska-from")
        date_to = gr.Textbox(label="Till (ÅÅÅÅ-MM-DD)", placeholder="valfritt", elem_id="granska-to")
    filter_info = gr.Markdown("", elem_id="granska-filter")
    with gr.Row():
        as_written = gr.Button("Fråga som skrivet", visible=False, size="sm", elem_id="granska-as-written")
        new_conversation = gr.Button("Ny konversation", size="sm", elem_id="granska-new-conversation")
    with gr.Row():
        clear_filter = gr.Button("Ta bort datumfiltret ur frågan och fråga igen", visible=False, size="sm")
        clear_actor = gr.Button("Ta bort aktörsfiltret och fråga igen", visible=False, size="sm", elem_id="granska-clear-actor")
    with gr.Row():
        csv_button = gr.DownloadButton("Exportera citat (CSV)", elem_id="granska-export-csv")
        md_button = gr.DownloadButton("Exportera citat (Markdown)", elem_id="granska-export-md")
        memo_docx_button = gr.DownloadButton("Exportera PM (DOCX)", elem_id="granska-memo-docx")
        memo_md_button = gr.DownloadButton("Exportera PM (Markdown)", elem_id="granska-memo-md")
    outputs = {chat, responses, question, filter_info, clear_filter, clear_actor, csv_button, md_button, as_written,
               memo_docx_button, memo_md_button}

    def answer(text: str, start: str, end: str, history: list, kept: list, request: gr.Request,
               use_question_dates: bool = True, use_question_actor: bool = True, context: list | None = None) -> dict:
        """Ask ``text`` with the conversation so far (``context``: the earlier responses; by default
        all of ``kept``) as its history, exactly as a client of POST /v1/ask would send it."""
        try:
            principal = ctx.principal(request)
            ctx.policy.charge(principal)
            checked = checked_question(text, ctx.settings.max_question_chars)
            lo, hi = parsed_period(start.strip(), end.strip(), ("Från", "Till"))
            body = AskRequest(question=checked, date_from=lo.isoformat() if lo else None,
                              date_to=hi.isoformat() if hi else None, use_question_dates=use_question_dates,
                              use_question_actor=use_question_actor,
                              history=[TurnIn.of(AskResponse(**r)) for r in (kept if context is None else context)[-MAX_HISTORY:]])
            response = operations.ask(ctx.state.current(), body, max_question_chars=ctx.settings.max_question_chars)
        except (InvalidInput, RateLimited, ValidationError) as exc:
            warn(_message(exc))
            return {question: text}
        except (NotReady, GranskaError) as exc:
            history = [*history, {"role": "user", "content": text},
                       {"role": "assistant", "content": f"Tjänsten kan inte svara just nu: {exc}"}]
            return {chat: history, question: ""}
        kept = [*kept, response.model_dump()]
        history = [*history, {"role": "user", "content": checked}, {"role": "assistant", "content": answer_html(response)}]
        csv_file, md_file, memo_docx, memo_md = _export(ctx, request, kept)
        filters = " ".join(filter(None, (date_filter_text(response.date_filter), actor_filter_text(response.actor_filter),
                                         source_filter_text(response.source_filter))))
        named = [label for label, on in (("aktörsfiltret", response.actor_filter.actor is not None),
                                         ("källfiltret", bool(response.source_filter.doc_ids))) if on]
        return {chat: history, responses: kept, question: "", filter_info: filters,
                clear_filter: gr.update(visible=response.date_filter.source == "question"),
                clear_actor: gr.update(visible=bool(named),
                                       value=f"Ta bort {' och '.join(named) or 'aktörsfiltret'} och fråga igen"),
                as_written: gr.update(visible=response.resolved_question is not None),
                csv_button: csv_file, md_button: md_file, memo_docx_button: memo_docx, memo_md_button: memo_md}

    def ask(text: str, start: str, end: str, history: list, kept: list, request: gr.Request) -> dict:
        return answer(text, start or "", end or "", history or [], kept or [], request)

    def again(start: str, end: str, history: list, kept: list, request: gr.Request, **flags) -> dict:  # noqa: ANN003
        """The last question once more (with the history it had), changed by ``flags``."""
        kept = kept or []
        if not kept:
            warn("det finns ingen fråga att ställa om")
            return {}
        flags.setdefault("context", kept[:-1])
        return answer(kept[-1]["question"], start or "", end or "", history or [], kept, request, **flags)

    def ask_as_written(start: str, end: str, history: list, kept: list, request: gr.Request) -> dict:
        return again(start, end, history, kept, request, context=[])

    def start_over() -> dict:
        return {chat: [], responses: [], question: "", filter_info: "", as_written: gr.update(visible=False),
                clear_filter: gr.update(visible=False), clear_actor: gr.update(visible=False)}

    def ask_without_dates(start: str, end: str, history: list, kept: list, request: gr.Request) -> dict:
        return again(start, end, history, kept, request, use_question_dates=False)

    def ask_without_actor(start: str, end: str, history: list, kept: list, request: gr.Request) -> dict:
        return again(start, end, history, kept, request, use_question_actor=False)

    inputs = [question, date_from, date_to, chat, responses]
    send.click(ask, inputs, outputs, api_visibility="private")
    question.submit(ask, inputs, outputs, api_visibility="private")
    clear_filter.click(ask_without_dates, [date_from, date_to, chat, responses], outputs, api_visibility="private")
    clear_actor.click(ask_without_actor, [date_from, date_to, chat, responses], outputs, api_visibility="private")
    as_written.click(ask_as_written, [date_from, date_to, chat, responses], outputs, api_visibility="private")
    new_conversation.click(start_over, None, outputs, api_visibility="private")


def _message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(str(e.get("msg", "")).removeprefix("Value error, ") for e in exc.errors())
    return str(exc)


def _export(ctx: UiContext, request: gr.Request, kept: list[dict]) -> list[str]:
    """The conversation's exports: quotes as CSV and Markdown, the memo as DOCX and Markdown."""
    answers = [AskResponse(**r) for r in kept]
    memo = conversation_memo(answers, today=date.today())
    return ctx.export(request, {"granska-citat.csv": export.to_csv(answers), "granska-citat.md": export.to_markdown(answers),
                                "granska-pm.docx": to_docx(memo), "granska-pm.md": to_markdown(memo)})
