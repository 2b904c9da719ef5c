"""What every document parser shares: lines with offsets, paragraph joining, drafts → entries."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from indexer.actors import detect_actor
from indexer.dates import DateSpan, find_date_mentions
from indexer.parsers.boilerplate import without_boilerplate
from indexer.records import DateSource, Diagnostic, Document, Entry

BULLET = re.compile(r"^\s*(?:[-–•*]\s+|\d{1,2}[.)]\s+)")
SENTENCE_END = re.compile(r"[.!?:;]$")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the source text: 1-based number, character offsets, text without newline."""

    number: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        """True for lines with nothing but white space (including no-break spaces)."""
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    """Split a document into ``Line`` records that keep their offsets into ``text``."""
    lines, pos = [], 0
    for number, raw in enumerate(text.split("\n"), start=1):
        lines.append(Line(number, pos, pos + len(raw), raw.rstrip("\r")))
        pos += len(raw) + 1
    return lines


def blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines (paragraph-like blocks)."""
    out: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                out.append(current)
                current = []
        else:
            current.append(line)
    if current:
        out.append(current)
    return out


def join_lines(lines: list[Line]) -> str:
    """Join source lines into clean text: wrapped lines become one paragraph, bullets and
    paragraphs that end a sentence keep their own line, and white space is folded."""
    paragraphs: list[str] = []
    gap = False
    for line in lines:
        if line.blank:
            gap = True
            continue
        text = " ".join(line.text.split())
        starts_new = (
            not paragraphs
            or BULLET.match(text) is not None
            or (gap and (SENTENCE_END.search(paragraphs[-1]) is not None or text[:1].isupper()))
        )
        if starts_new:
            paragraphs.append(text)
        else:
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        gap = False
    return "\n".join(paragraphs)


@dataclass(slots=True)
class Draft:
    """An entry before ids, ordinals, mentions and de-duplication are worked out."""

    lines: list[Line]
    text: str
    span: DateSpan | None
    date_source: DateSource
    section: str | None = None
    text_original: str | None = None
    actor: str | None = None

    @property
    def char_start(self) -> int:
        return self.lines[0].start

    @property
    def char_end(self) -> int:
        return self.lines[-1].end


@dataclass(slots=True)
class ParseResult:
    """The entries of one document, with what was noticed while parsing it."""

    document: Document
    entries: list[Entry] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    repaired_tokens: int = 0
    duplicates: int = 0
    left_out: int = 0


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def content_hash(*parts: str | None) -> str:
    """A short, stable hash of an entry's content (independent of where it sits in the file)."""
    joined = "\x1f".join(_fold(p or "") for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:8]


def make_entry_id(doc_id: str, span: DateSpan | None, section: str | None, text: str) -> str:
    """``<doc_id>.<YYYYMMDD or x>.<hash>``: survives re-parses and insertions elsewhere."""
    day = span.start.strftime("%Y%m%d") if span else "x"
    return f"{doc_id}.{day}.{content_hash(section, text)}"


def _rank(source: DateSource) -> int:
    return {DateSource.ITEM: 0, DateSource.PART: 0, DateSource.DOCUMENT: 1, DateSource.NONE: 2}[source]


def deduplicate(drafts: list[Draft]) -> tuple[list[Draft], int]:
    """Drop drafts whose text repeats another's (a deck that shows a page twice), keeping the
    copy with the most specific date. Items that carry their own, different dates are kept:
    the same words on two dates are two events."""
    keep: dict[str, Draft] = {}
    order: list[str] = []
    removed = 0
    for draft in drafts:
        key = _fold(draft.text_original or draft.text)
        other = keep.get(key)
        own_dates = (
            other is not None
            and draft.date_source == other.date_source == DateSource.ITEM
            and draft.span != other.span
        )
        if other is None or own_dates:
            key = key if other is None else f"{key}\x00{len(order)}"
            keep[key] = draft
            order.append(key)
            continue
        removed += 1
        if _rank(draft.date_source) < _rank(other.date_source):
            keep[key] = draft
    kept = sorted((keep[k] for k in order), key=lambda d: d.char_start)
    return kept, removed


def drop_boilerplate(drafts: list[Draft]) -> tuple[list[Draft], int]:
    """The drafts with page furniture taken out of their text; drafts with nothing else left
    are dropped (and counted)."""
    kept: list[Draft] = []
    for draft in drafts:
        text = without_boilerplate(draft.text)
        if not text:
            continue
        if text != draft.text:
            if draft.text_original is not None:
                draft.text_original = without_boilerplate(draft.text_original) or draft.text_original
            draft.text = text
        kept.append(draft)
    return kept, len(drafts) - len(kept)


def finalize(document: Document, drafts: list[Draft], result: ParseResult) -> ParseResult:
    """Turn drafts into entries: drop boilerplate, de-duplicate, number, date-resolve mentions,
    detect actors, id."""
    drafts, result.left_out = drop_boilerplate(drafts)
    kept, result.duplicates = deduplicate(drafts)
    seen: dict[str, int] = {}
    for ordinal, draft in enumerate(kept, start=1):
        span = draft.span
        anchor: date | None = span.start if span else None
        entry_id = make_entry_id(document.doc_id, span, draft.section, draft.text_original or draft.text)
        seen[entry_id] = seen.get(entry_id, 0) + 1
        if seen[entry_id] > 1:
            entry_id = f"{entry_id}-{seen[entry_id]}"
        result.entries.append(Entry(
            entry_id=entry_id,
            doc_id=document.doc_id,
            ordinal=ordinal,
            date_start=span.start.isoformat() if span else None,
            date_end=span.end.isoformat() if span else None,
            time=span.time if span else None,
            date_precision=span.precision if span else "none",
            actor=draft.actor or detect_actor(draft.text),
            section=draft.section,
            text=draft.text,
            text_original=draft.text_original,
            char_start=draft.char_start,
            char_end=draft.char_end,
            mentioned_dates=find_date_mentions(
                draft.text, anchor, anchor_is_day=bool(span and span.precision == "day")
            ),
            date_source=draft.date_source,
        ))
    return result
