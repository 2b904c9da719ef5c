"""HTML for the chat: the answer, and a card per citation with its quote marked in the entry."""

from __future__ import annotations

from html import escape

from indexer.dates import format_swedish
from ui.document_page import document_link
from service.api.schemas import ActorFilterOut, AskResponse, CitationOut, DateFilterOut, SourceFilterOut

CSS = """
#granska-chat .chatbot.md { opacity: 1 !important; }  /* Gradio dims bot messages to 0.8: links fell to 4.46:1 */
.granska-answer { white-space: pre-wrap; line-height: 1.5; }
.granska-abstain { border-left: 4px solid #b45309; background: #fffbeb; padding: .5rem .75rem; color: #78350f; }
.granska-card { border: 1px solid #d1d5db; border-radius: 8px; padding: .6rem .8rem; margin: .5rem 0; background: #fff; }
.granska-card.related { border-style: dashed; background: #f9fafb; }
.granska-meta { font-size: .85rem; color: #374151; margin-bottom: .3rem; }
.granska-date { font-weight: 600; color: #111827; }
.granska-text { font-size: .92rem; color: #1f2937; }
.granska-text mark { background: #fde68a; padding: 0 .1rem; }
.granska-heading { font-weight: 600; margin-top: .6rem; }
.granska-filter { font-size: .9rem; color: #1e3a8a; }
.granska-card a:is(:link, :hover, :focus, :active), #granska-chat .granska-card a { color: #1d4ed8 !important; }
.granska-card a:visited { color: #5b21b6 !important; }
.granska-hidden { display: none !important; }
.granska-resolved { font-size: .9rem; color: #374151; font-style: italic; margin-bottom: .3rem; }
"""


def when(c: CitationOut) -> str:
    """The citation's date (and time) in Swedish words."""
    return format_swedish(c.date_start, c.date_end, c.date_precision, c.time)


def highlighted(text: str, start: int, end: int) -> str:
    """The entry's text, escaped, with the quote at ``start``:``end`` marked (its own offsets:
    the same words elsewhere in the entry stay unmarked)."""
    if not 0 <= start < end <= len(text):
        return escape(text)
    return f"{escape(text[:start])}<mark>{escape(text[start:end])}</mark>{escape(text[end:])}"


def card(c: CitationOut, related: bool = False, numbered: bool = True) -> str:
    """One source: number, date, actor, document, the entry with the quote marked, a link."""
    actor = f" · {escape(c.actor)}" if c.actor else ""
    label = f"[{c.n}] " if numbered and not related else ""
    return (
        f'<div class="granska-card{" related" if related else ""}" data-entry-id="{escape(c.entry_id)}">'
        f'<div class="granska-meta">{label}<span class="granska-date">{escape(when(c))}</span>{actor} · '
        f'{escape(c.doc_title)} · <a href="{escape(c.url)}" target="_blank">{escape(c.entry_id)}</a> · '
        f'<a class="granska-doclink" href="{escape(document_link(c.doc_id, c.entry_id, c.quote_start, c.quote_end))}" '
        f'target="_blank">Visa i dokumentet</a></div>'
        f'<div class="granska-text">{highlighted(c.text, c.quote_start, c.quote_end)}</div></div>'
    )


def date_filter_text(f: DateFilterOut) -> str:
    """The applied date filter in words, and any date that could not be read ('' when neither)."""
    parts = []
    if f.source is not None:
        origin = "ur frågan" if f.source == "question" else "valt av dig"
        kind = "dagens poster först" if f.kind == "day" else "bara poster i perioden"
        if f.of_document:
            kind += " och alla poster i dokument med det datumet"
        parts.append(f"Datumfilter {origin}: {f.date_from or '…'} – {f.date_to or '…'} ({kind})")
    parts += [f"Datumet '{text}' kunde inte tolkas och filtrerar inget." for text in f.unread]
    return " ".join(parts)


def actor_filter_text(f: ActorFilterOut) -> str:
    """The applied actor filter in words ('' when none)."""
    return f"Aktörsfilter ur frågan: bara poster där {f.actor} agerar" if f.actor else ""


def source_filter_text(f: SourceFilterOut) -> str:
    """The applied source filter in words ('' when none)."""
    return f"Källfilter ur frågan: bara poster ur {', '.join(f'«{t}»' for t in f.titles or f.doc_ids)}" if f.doc_ids else ""


def answer_html(response: AskResponse) -> str:
    """The whole bot message: answer (or abstention), then the source cards."""
    parts = []
    if response.resolved_question:
        parts.append(f'<div class="granska-resolved">Tolkat som: {escape(response.resolved_question)}</div>')
    if response.abstained:
        parts.append(f'<div class="granska-abstain">{escape(response.answer)}</div>')
        if response.related:
            parts.append('<div class="granska-heading">Närmast relaterat (inte ett svar)</div>')
            parts += [card(c, related=True) for c in response.related]
    else:
        parts.append(f'<div class="granska-answer">{escape(response.answer)}</div>')
        parts.append('<div class="granska-heading">Källor</div>')
        parts += [card(c) for c in response.citations]
    for filter_text in (date_filter_text(response.date_filter), actor_filter_text(response.actor_filter),
                        source_filter_text(response.source_filter)):
        if filter_text:
            parts.append(f'<div class="granska-filter">{escape(filter_text)}</div>')
    return "\n".join(parts)
