"""Compose the answer text from cited sentences: Swedish by default, English framing for English.

- 'när/when': leads with the date ('Den 15 november 2024: … [1]').
- 'hur många/how many': leads with the figure ('253: … [1]').
- a question about a period: a chronological list ('1 oktober 2024 — … [1]').
- otherwise: the cited sentences, each followed by its marker.
The quotes stay verbatim (Swedish); only the framing words follow the question's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from indexer.dates import format_swedish
from service.answers.questions import QuestionKind

ABSTAIN = {"sv": "Källorna besvarar inte frågan.", "en": "The sources do not answer this."}
MONTH_NAMES_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")


@dataclass(frozen=True, slots=True)
class Part:
    """One cited statement: the quote, its marker number and its entry's date."""

    n: int
    quote: str
    date_start: str | None
    date_end: str | None
    precision: str
    time: str | None


def format_date(part: Part, lang: str) -> str:
    """The part's date in words, Swedish or English ('15 November 2024 at 05:30')."""
    if lang == "sv":
        return format_swedish(part.date_start, part.date_end, part.precision, part.time)
    if not part.date_start or part.precision == "none":
        return "undated"
    start, end = date.fromisoformat(part.date_start), date.fromisoformat(part.date_end or part.date_start)
    if part.precision == "month":
        return f"{MONTH_NAMES_EN[start.month - 1]} {start.year}"
    text = f"{start.day} {MONTH_NAMES_EN[start.month - 1]} {start.year}"
    if end != start:
        text = f"{start.day}–{end.day} {MONTH_NAMES_EN[end.month - 1]} {end.year}" if (start.year, start.month) == (end.year, end.month) else f"{text} – {end.day} {MONTH_NAMES_EN[end.month - 1]} {end.year}"
    return f"{text} at {part.time}" if part.time else text


def _lead_date(part: Part, lang: str) -> str:
    words = format_date(part, lang)
    if lang == "en":
        return f"On {words}" if part.precision == "day" else f"In {words}"
    if part.precision == "day":
        return f"Den {words}"
    return f"I {words}" if part.precision == "month" else words.capitalize()


def _cited(part: Part) -> str:
    return f"{part.quote} [{part.n}]"


def compose(parts: list[Part], kind: QuestionKind, lang: str, listing: bool, figure: str | None = None) -> str:
    """The answer text for the cited parts (best first); ``listing`` makes a dated list (a
    question about a period or a day); ``figure`` leads a 'how many' answer."""
    if not parts:
        return ABSTAIN[lang]
    if listing:
        ordered = sorted(parts, key=lambda p: (p.date_start or "9999", p.time or "", p.n))
        lines = [f"- {format_date(p, lang)} — {_cited(p)}" for p in ordered]
        intro = "In date order:" if lang == "en" else "I datumordning:"
        return "\n".join([intro, *lines])
    first, rest = parts[0], parts[1:]
    if kind == "when":
        lead = f"{_lead_date(first, lang)}: {_cited(first)}"
    elif kind == "how_many" and figure:
        lead = f"{figure}: {_cited(first)}"
    elif rest:  # several sources: each statement with its date
        lead = f"{_lead_date(first, lang)}: {_cited(first)}"
    else:
        lead = _cited(first)
    return "\n".join([lead, *(f"{_lead_date(p, lang)}: {_cited(p)}" for p in rest)])


