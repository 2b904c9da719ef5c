"""Moving through entries in date order (small real entries, worked out by hand)."""

from __future__ import annotations

from indexer.records import Entry
from service.answers.navigation import next_entries, with_neighbours


def _entry(entry_id: str, doc: str, ordinal: int, day: str | None, time: str | None = None) -> Entry:
    return Entry(entry_id=entry_id, doc_id=doc, ordinal=ordinal, date_start=day, date_end=day, time=time,
                 date_precision="day" if day else "none", actor=None, section=None, text=entry_id, text_original=None,
                 char_start=0, char_end=len(entry_id))


ENTRIES = {e.entry_id: e for e in [
    _entry("t1", "tidslinje", 0, "2024-11-12", "05:30"),
    _entry("t2", "tidslinje", 1, "2024-11-12", "07:00"),
    _entry("t3", "tidslinje", 2, "2024-11-15"),
    _entry("t4", "tidslinje", 3, "2024-11-15"),
    _entry("r1", "rapport", 0, "2024-11-17"),
    _entry("r2", "rapport", 1, "2024-11-17"),
    _entry("t5", "tidslinje", 4, "2024-11-24"),
]}


def test_next_is_the_next_time_then_the_next_date_with_all_its_entries() -> None:
    assert [e.entry_id for e in next_entries(ENTRIES, "t1", forward=True, limit=5)] == ["t2"]
    assert [e.entry_id for e in next_entries(ENTRIES, "t2", forward=True, limit=5)] == ["t3", "t4"]


def test_before_goes_back_in_the_same_document() -> None:
    assert [e.entry_id for e in next_entries(ENTRIES, "t3", forward=False, limit=5)] == ["t2"]


def test_a_document_whose_entries_share_one_date_continues_in_all_documents() -> None:
    assert [e.entry_id for e in next_entries(ENTRIES, "r1", forward=True, limit=5)] == ["t5"]
    assert [e.entry_id for e in next_entries(ENTRIES, "r1", forward=False, limit=5)] == ["t3", "t4"]


def test_the_last_entry_has_nothing_after_it() -> None:
    assert next_entries(ENTRIES, "t5", forward=True, limit=5) == []


def test_more_is_the_entry_first_then_its_neighbours() -> None:
    assert [e.entry_id for e in with_neighbours(ENTRIES, "t3")] == ["t3", "t2", "t4"]
