"""The rules every way into granska applies to what a user sends: questions, dates and periods.

The API schemas, the routes, the UI and the command line all call these functions, so a rule
(and its Swedish message) is written once.
"""

from __future__ import annotations

import re
from datetime import date

from granska.errors import InvalidInput

# The hard ceiling a schema can state; the configured limit (GRANSKA_MAX_QUESTION_CHARS) is
# checked by ``checked_question`` and is never above this.
QUESTION_CEILING = 20_000
FILTER_MAX_CHARS = 200  # a timeline's text or actor filter
SEARCH_K_MAX = 50       # entries one search returns at most
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def checked_question(value: object, max_chars: int) -> str:
    """A usable question: a non-empty string without control characters, at most ``max_chars``
    characters after trimming; InvalidInput (a ValueError too) naming what is wrong otherwise."""
    if not isinstance(value, str):
        raise InvalidInput("question måste vara en textsträng")
    text = value.strip()
    if not text:
        raise InvalidInput("frågan är tom: skriv en fråga")
    if len(text) > max_chars:
        raise InvalidInput(f"frågan är för lång ({len(text)} tecken; högst {max_chars})")
    if _CONTROL.search(text):
        raise InvalidInput("frågan innehåller styrtecken som inte är text")
    return text


def checked_filter(value: str | None, field: str) -> str | None:
    """A timeline filter (words or an actor) of at most FILTER_MAX_CHARS characters, or None."""
    if value is not None and len(value) > FILTER_MAX_CHARS:
        raise InvalidInput(f"{field} får vara högst {FILTER_MAX_CHARS} tecken, inte {len(value)}")
    return value


def parsed_date(value: object, field: str) -> date | None:
    """'YYYY-MM-DD' → date (None for None or ''); InvalidInput naming the field and the value."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise InvalidInput(f"{field} måste vara ett datum på formen ÅÅÅÅ-MM-DD, inte {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{field} {value!r} är inget giltigt datum") from None


def checked_period(date_from: date | None, date_to: date | None, names: tuple[str, str] = ("date_from", "date_to"),
                   ) -> tuple[date | None, date | None]:
    """The bounds unchanged when ``date_from`` ≤ ``date_to`` (either may be open); InvalidInput
    naming both otherwise. ``names`` are the fields as the caller shows them (e.g. Från/Till)."""
    if date_from and date_to and date_from > date_to:
        raise InvalidInput(f"{names[0]} ({date_from}) ligger efter {names[1]} ({date_to})")
    return date_from, date_to


def parsed_period(date_from: object, date_to: object, names: tuple[str, str] = ("date_from", "date_to"),
                  ) -> tuple[date | None, date | None]:
    """Two ISO date strings (or blanks) → a checked period."""
    return checked_period(parsed_date(date_from, names[0]), parsed_date(date_to, names[1]), names)
