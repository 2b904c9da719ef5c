"""Compose the answer text from cited sentences: Swedish by default, English framing for English.

Each answer leads with what the question asked for, then the verbatim quote and its marker:
- *vilken tid/what time*: the clock time ('Kl. 05:30 den 12 november 2024: … [1]');
- *när/when*: the date ('Den 15 november 2024: … [1]');
- *hur många/how many*, *hur mycket/how much*: the figure or amount ('253: … [1]');
- a question about a period or a body's doings: a chronological list ('- 1 oktober 2024 — … [1]');
- otherwise: the cited sentence, dated when several sources are cited.
The quotes stay verbatim (Swedish); only the framing words follow the question's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from indexer.dates import format_swedish
from service.answers.questions import QuestionKind

if TYPE_CHECKING:
    from service.retrieval.question_dates import DateFilter

ABSTAIN = {"sv": "Källorna besvarar inte frågan.", "en": "The sources do not answer this."}
MONTH_NAMES_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")


@dataclass(frozen=True, slots=True, kw_only=True)
class Part:
    """One cited statement: the quote, its marker number, its entry's date and time."""

    n: int
    quote: str
    date_start: str | None
    date_end: str | None
    precision: str
    time: str | None


def format_date(part: Part, lang: str, with_time: bool = True) -> str:
    """The part's date in words, Swedish or English ('15 November 2024 at 05:30')."""
    time = part.time if with_time else None
    if lang == "sv":
        return format_swedish(part.date_start, part.date_end, part.precision, time)
    if not part.date_start or part.precision == "none":
        return "undated"
    start, end = date.fromisoformat(part.date_start), date.fromisoformat(part.date_end or part.date_start)
    if part.precision == "year":
        return str(start.year)
    if part.precision == "month":
        return f"{MONTH_NAMES_EN[start.month - 1]} {start.year}"
    text = f"{start.day} {MONTH_NAMES_EN[start.month - 1]} {start.year}"
    if end != start:
        same_month = (start.year, start.month) == (end.year, end.month)
        text = (f"{start.day}–{end.day} {MONTH_NAMES_EN[end.month - 1]} {end.year}" if same_month
                else f"{text} – {end.day} {MONTH_NAMES_EN[end.month - 1]} {end.year}")
    return f"{text} at {time}" if time else text


def lead_date(part: Part, lang: str) -> str:
    """'Den 12 november 2024 kl. 05:30' / 'On 12 November 2024 at 05:30' / 'I mars 2023'."""
    words = format_date(part, lang)
    if lang == "en":
        return f"On {words}" if part.precision == "day" else f"In {words}"
    if part.precision == "day":
        return f"Den {words}"
    return f"I {words}" if part.precision == "month" else words.capitalize()


def lead_time(part: Part, lang: str, clock: str) -> str:
    """'Kl. 05:30 den 12 november 2024' / 'At 05:30 on 12 November 2024'."""
    day = format_date(part, lang, with_time=False)
    if lang == "en":
        return f"At {clock}" + (f" on {day}" if part.precision == "day" else f" ({day})")
    return f"Kl. {clock}" + (f" den {day}" if part.precision == "day" else f" ({day})")


def _cited(part: Part) -> str:
    return f"{part.quote} [{part.n}]"


def compose(parts: list[Part], kind: QuestionKind, lang: str, listing: bool, lead: str | None = None) -> str:
    """The answer text for the cited parts (best first). ``listing`` makes a dated list; ``lead``
    is what the question asked for when the sentence holds it (a figure, an amount, a clock time)."""
    if not parts:
        return ABSTAIN[lang]
    if listing:
        ordered = sorted(parts, key=lambda p: (p.date_start or "9999", p.time or "", p.n))
        lines = [f"- {format_date(p, lang)} — {_cited(p)}" for p in ordered]
        return "\n".join(["In date order:" if lang == "en" else "I datumordning:", *lines])
    first, rest = parts[0], parts[1:]
    if kind == "what_time" and (lead or first.time):
        opening = f"{lead_time(first, lang, lead or first.time or '')}: {_cited(first)}"
    elif kind == "when" and lead:
        opening = f"{lead}: {_cited(first)}"
    elif kind == "when" or (rest and not lead):
        opening = f"{lead_date(first, lang)}: {_cited(first)}"
    elif lead and kind in ("how_many", "how_much"):
        opening = f"{lead}: {_cited(first)}"
    else:
        opening = _cited(first)
    return "\n".join([opening, *(f"{lead_date(p, lang)}: {_cited(p)}" for p in rest)])


def never_mentioned(lang: str, names: tuple[str, ...]) -> str:
    """The abstention when the question names what no source mentions ('Läkemedelsverket')."""
    listed = (" eller " if lang == "sv" else " or ").join(f"«{name}»" for name in names)
    if lang == "en":
        return f"{ABSTAIN['en']} They never mention {listed}."
    return f"{ABSTAIN['sv']} De nämner aldrig {listed}."


def not_settled(lang: str) -> str:
    """The abstention when the best source says the time asked for is not set yet ('Någon
    tidpunkt för det är ännu inte bestämd'): what it says, not its own date, is the answer."""
    if lang == "en":
        return f"{ABSTAIN['en']} They say the date has not been set yet (see the source below)."
    return f"{ABSTAIN['sv']} Enligt dem är tidpunkten ännu inte bestämd (se källan nedan)."


def empty_period(lang: str, period: str, actor: str | None = None) -> str:
    """The abstention when the period asked about holds no entries at all (of ``actor``, when the
    question named the body whose doings it asks about)."""
    if lang == "en":
        return f"The sources have no entries {f'of {actor} ' if actor else ''}from {period}."
    return f"Källorna har inga poster {f'om {actor} ' if actor else ''}från {period}."


def period_words(period: "DateFilter | None", lang: str) -> str:
    """A period in words, for an answer that found nothing in it: 'förra veckan (16–22 november
    2026)', '2024-12-01 och framåt'."""
    if period is None:
        return ""
    if period.date_from and period.date_to:
        whole_months = period.date_from.day == 1 and (period.date_to == date.max or (period.date_to + timedelta(days=1)).day == 1)
        precision = "year" if whole_months and (period.date_from.month, period.date_to.month) == (1, 12) and \
            period.date_from.year == period.date_to.year else ("month" if whole_months else "day")
        span = format_date(Part(n=0, quote="", date_start=period.date_from.isoformat(),
                                date_end=period.date_to.isoformat(), precision=precision, time=None), lang)
    elif period.date_from:
        span = f"{period.date_from.isoformat()} {'onwards' if lang == 'en' else 'och framåt'}"
    else:
        span = f"{'the time up to' if lang == 'en' else 'tiden fram till'} {period.date_to.isoformat() if period.date_to else ''}"
    return f"{period.text} ({span})" if period.text and period.text not in span else span
