"""The timeline parser on the real timeline and on small hand-made ones."""

from __future__ import annotations

import re
import pytest

from indexer.parsers import parse_document
from indexer.parsers.timeline import is_column_header
from indexer.records import Document
from tests.conftest import CORPUS_DIR

TIMELINE = CORPUS_DIR / "tidslinje-millennium-2013-2024.txt"
DOC = Document("t", "Test", "tidslinje", None, "sv", "t.txt", "t.txt", None)


def parse(text: str):
    return parse_document(DOC, text, "t.txt")


def test_every_item_is_an_entry_and_no_header_is(entries_by_doc) -> None:
    entries = entries_by_doc["tidslinje"]
    # Counted by reading the file: 244 lines '<dag> <månad> <år>' (with or without 'kl. HH:MM',
    # day ranges included) and one 'September 27 2024'.
    assert len(entries) == 245
    assert all(e.date_precision == "day" for e in entries)
    assert not [e for e in entries if "beslut/ händelser" in e.text or "Centrala händelser" in e.text]
    assert [e.ordinal for e in entries] == list(range(1, 246))


def test_each_entry_is_dated_by_the_line_above_its_text(entries_by_doc) -> None:
    source = TIMELINE.read_text(encoding="utf-8")
    for entry in entries_by_doc["tidslinje"]:
        date_line = source[entry.char_start:].split("\n", 1)[0]
        assert str(int(entry.date_start[8:10])) in date_line
        assert entry.text.split()[0] in source[entry.char_start:entry.char_end]


@pytest.mark.parametrize(
    ("starts_with", "date_start", "date_end", "time", "actor"),
    [
        ("Ägarutskottet beslutar att ställa sig bakom", "2014-11-05", "2014-11-05", None, "Ägarutskottet"),
        ("Regionfullmäktige beslutar att fastställa programdirektiv", "2016-06-13", "2016-06-14", None, "Regionfullmäktige"),
        ("Uppdaterat material till introutbildningen", "2024-10-17", "2024-10-19", None, None),
        ("Status för genomförd utbildning", "2024-11-11", "2024-11-11", "13:00", "Hypercare Executive"),
        ("Millennium driftsätts.", "2024-11-12", "2024-11-12", "05:30", None),
        ("Facklig referensgrupp Millennium presenterar", "2024-09-27", "2024-09-27", None, "Facklig referensgrupp Millennium"),
        ("Regionchefsläkaren bedömer att det inte är patientsäkert", "2024-11-15", "2024-11-15", None, "Regionchefsläkaren"),
        ("Kontrakthaneringsstyvgrupp Millennium beslutar", "2024-06-18", "2024-06-18", None, "Kontraktshanteringsstyrgrupp Millennium"),
        ("Programstyvergrupp Millennium godkänner", "2024-03-06", "2024-03-06", None, "Programstyrgrupp Millennium"),
        ("Regionfullmäktige ger regionstyrelsen i uppdrag att snarast", "2013-05-14", "2013-05-14", None, "Regionfullmäktige"),
    ],
)
def test_hand_checked_items(entries_by_doc, starts_with, date_start, date_end, time, actor) -> None:
    [entry] = [e for e in entries_by_doc["tidslinje"] if e.text.startswith(starts_with)]
    assert (entry.date_start, entry.date_end, entry.time, entry.actor) == (date_start, date_end, time, actor)


def test_file_order_is_kept_apart_from_date_order(entries_by_doc) -> None:
    entries = entries_by_doc["tidslinje"]
    dates = [e.date_start for e in entries]
    assert dates != sorted(dates)
    assert entries[4].date_start == "2013-05-14"  # fifth item in the file, earliest date


def test_multi_line_bodies_headers_and_blank_lines() -> None:
    text = (
        "\n5 november 2014\n\nFörsta raden av posten\nfortsätter här.\n\n"
        "Politik, beslut/ händelser\n\nTjänstemän, beslut/ händelser Centrala händelser\n"
        "kl. 13:00 11 november 2024\n\nEn post.\n"
    )
    result = parse(text)
    assert [(e.date_start, e.time, e.text) for e in result.entries] == [
        ("2014-11-05", None, "Första raden av posten fortsätter här."),
        ("2024-11-11", "13:00", "En post."),
    ]
    assert result.diagnostics == []


def test_undated_text_is_kept_with_a_warning_and_bad_dates_are_errors() -> None:
    result = parse("Text före första datumet.\n\n31 februari 2024\nPost med fel datum.\n\n1 mars 2024\nRätt.\n")
    assert [(e.date_precision, e.text) for e in result.entries] == [
        ("none", "Text före första datumet."), ("none", "Post med fel datum."), ("day", "Rätt."),
    ]
    levels = [(d.level, d.line) for d in result.diagnostics]
    assert ("error", 3) in levels and ("warning", 1) in levels
    assert any("31 februari 2024" in d.message for d in result.diagnostics if d.level == "error")


def test_entry_ids_survive_insertions_elsewhere() -> None:
    original = TIMELINE.read_text(encoding="utf-8")
    before = {e.text: e.entry_id for e in parse(original).entries}
    inserted = "\n1 januari 2025\nEn ny post överst.\n" + original
    after = {e.text: e.entry_id for e in parse(inserted).entries}
    assert len(after) == len(before) + 1
    assert all(after[text] == entry_id for text, entry_id in before.items())
    assert parse(original).entries[0].entry_id == next(iter(before.values()))


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Politik, beslut/ händelser", True),
        ("Kontrakthaneringsstyvgrupp Millennium, beslut/ händelser", True),
        ("Programstyrgrupp Millennium, beslut/ händelser Programledningsgrupp Millennium, beslut/ händelser RSO, beslut/ händelser Avtalsgrupp, beslut/ händelser Centrala händelser", True),
        ("Regionstyrelsen beslutar om upphandling.", False),
    ],
)
def test_column_headers(line: str, header: bool) -> None:
    assert is_column_header(line) is header


def test_every_date_line_in_the_file_is_counted() -> None:
    lines = TIMELINE.read_text(encoding="utf-8").splitlines()
    swedish = re.compile(r"^(kl\. \d\d:\d\d )?\d{1,2}(-\d{1,2})? [a-zåäö]+ \d{4}$")
    assert sum(bool(swedish.match(ln.strip())) for ln in lines) + lines.count("September 27 2024") == 245
