"""Moving through the records from an entry: what came next, what came before, its neighbours.

'Vad hände sedan?' asks for the entries after the previous answer's entry in date order: within
its document (a timeline, a report's history), the next date (and time) that has entries, all of
them; 'Och innan dess?' likewise backwards. 'Berätta mer' is the entry itself with the entries
beside it in the document.
"""

from __future__ import annotations

from indexer.records import Entry


def _when(entry: Entry) -> tuple[str, str]:
    return (entry.date_start or "", entry.time or "")


def in_date_order(entries: list[Entry]) -> list[Entry]:
    """Entries by date, time and place in the document."""
    return sorted(entries, key=lambda e: (e.date_start or "9999", e.time or "", e.ordinal))


def next_entries(entries: dict[str, Entry], anchor_id: str, forward: bool, limit: int) -> list[Entry]:
    """The entries at the nearest later (earlier) date and time: in the anchor's document, or, when
    it has none (a report whose entries share one date), in all documents."""
    anchor = entries[anchor_id]
    same = _nearest([e for e in entries.values() if e.doc_id == anchor.doc_id and e.date_start], anchor, forward)
    return (same or _nearest([e for e in entries.values() if e.date_start], anchor, forward))[:limit]


def _nearest(siblings: list[Entry], anchor: Entry, forward: bool) -> list[Entry]:
    if forward:
        later = [e for e in siblings if _when(e) > _when(anchor)]
        if not later:
            return []
        nearest = min(_when(e) for e in later)
    else:
        earlier = [e for e in siblings if _when(e) < _when(anchor)]
        if not earlier:
            return []
        nearest = max(_when(e) for e in earlier)
    return in_date_order([e for e in siblings if _when(e) == nearest])


def with_neighbours(entries: dict[str, Entry], anchor_id: str) -> list[Entry]:
    """The anchor entry first, then the entries before and after it in the document (in date order)."""
    anchor = entries[anchor_id]
    siblings = in_date_order([e for e in entries.values() if e.doc_id == anchor.doc_id])
    i = siblings.index(anchor)
    return [anchor, *siblings[max(0, i - 1):i], *siblings[i + 1:i + 2]]
