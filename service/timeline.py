"""Entries in date order with period, text and actor filters (used by the API and the UI)."""

from __future__ import annotations

from datetime import date

from indexer.records import Entry


def timeline(entries: list[Entry], lo: date | None = None, hi: date | None = None,
             text: str | None = None, actor: str | None = None) -> list[Entry]:
    """Entries overlapping [lo, hi] (undated ones only without a period), containing ``text``
    and with an actor containing ``actor`` (both case-insensitive), in date and time order."""
    out = []
    for e in entries:
        if not overlaps(e, lo, hi):
            continue
        if text and text.casefold() not in e.text.casefold():
            continue
        if actor and actor.casefold() not in (e.actor or "").casefold():
            continue
        out.append(e)
    return sorted(out, key=lambda e: (e.date_start or "9999", e.time or "", e.doc_id, e.ordinal))


def overlaps(entry: Entry, lo: date | None, hi: date | None) -> bool:
    """Whether an entry overlaps [lo, hi]; an undated entry only when there is no period."""
    if not (lo or hi):
        return True
    if not entry.date_start:
        return False
    return not (lo and (entry.date_end or entry.date_start) < lo.isoformat()) and not (hi and entry.date_start > hi.isoformat())


def neighbours(entries: list[Entry], entry: Entry) -> tuple[list[Entry], Entry | None, Entry | None]:
    """The entry's document's entries in file order, and the previous and next entry."""
    siblings = sorted((e for e in entries if e.doc_id == entry.doc_id), key=lambda e: e.ordinal)
    i = siblings.index(entry)
    return siblings, (siblings[i - 1] if i > 0 else None), (siblings[i + 1] if i + 1 < len(siblings) else None)
