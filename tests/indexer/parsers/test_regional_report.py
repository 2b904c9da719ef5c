"""Regional reports: dated by their stamp, sections from the template, dates in the text."""

from __future__ import annotations


def test_stamp_dates_every_entry(entries_by_doc) -> None:
    for doc_id, day, time in (("regional-rapport-2024-10-11", "2024-10-11", "15:20"),
                              ("regional-rapport-2024-11-17", "2024-11-17", "14:00")):
        entries = entries_by_doc[doc_id]
        assert entries and all((e.date_start, e.date_end, e.time) == (day, day, time) for e in entries)


def test_sections_follow_the_template(entries_by_doc) -> None:
    assert [e.section for e in entries_by_doc["regional-rapport-2024-10-11"]] == [
        "Ingress", "Beskrivning av händelsen", "Kända omständigheter", "Kommunikativa åtgärder",
        "Verksamhetens kommentar", "Talespersoner VGR", "Om Regional rapport Millennium 2024",
    ]
    [communication] = [e for e in entries_by_doc["regional-rapport-2024-10-11"] if e.section == "Kommunikativa åtgärder"]
    assert communication.text.startswith("Internt\n- Kommande 11/10, mejlutskick program Millennium")
    assert "Externt\n- Kommande 11/10: Pressmeddelande" in communication.text


def test_mentioned_dates_resolved_against_the_stamp(entries_by_doc) -> None:
    [event] = [e for e in entries_by_doc["regional-rapport-2024-11-17"] if e.section == "Beskrivning av händelsen"]
    mentioned = {(m.text, m.date_start, m.date_end) for m in event.mentioned_dates}
    assert ("15 november", "2024-11-15", "2024-11-15") in mentioned  # 'fredag 15 november'
    assert ("16-17 november", "2024-11-16", "2024-11-17") in mentioned
    assert ("måndag", "2024-11-18", "2024-11-18") in mentioned
    [known] = [e for e in entries_by_doc["regional-rapport-2024-11-17"] if e.section.startswith("Kända omständigheter")]
    days = {m.date_start for m in known.mentioned_dates if m.text == "den 18 och 19 november"}
    assert days == {"2024-11-18", "2024-11-19"}
    [october] = [e for e in entries_by_doc["regional-rapport-2024-10-11"] if e.section == "Kända omständigheter"]
    assert ("den 11 oktober", "2024-10-11", "2024-10-11") in {(m.text, m.date_start, m.date_end) for m in october.mentioned_dates}


def test_an_impossible_stamp_is_an_error_with_its_line() -> None:
    from indexer.parsers import parse_document
    from indexer.records import Document

    doc = Document("r", "R", "regional rapport", "2024-11-17", "sv", "r.txt", "r.txt", None)
    result = parse_document(doc, "Regional rapport\n\nSammanställd: 2024-11-31 klockan 14:00\n\nBeskrivning av händelsen\n\nText.\n", "r.txt")
    assert [(d.level, d.line) for d in result.diagnostics if d.level == "error"] == [("error", 3)]
    assert [e.date_start for e in result.entries] == ["2024-11-17"]  # falls back to the manifest date
