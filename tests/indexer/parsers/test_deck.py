"""The coordination-group deck: its own date, the embedded decision, text shown twice."""

from __future__ import annotations


def test_deck_is_dated_by_its_stamp(entries_by_doc) -> None:
    entries = entries_by_doc["samordningsgrupp-2025-05-28"]
    [agenda] = [e for e in entries if e.section and e.section.endswith("Agenda")]
    assert (agenda.date_start, agenda.date_precision) == ("2025-05-28", "day")
    assert agenda.text.startswith("- Välkommen och syfte med dagens möte")


def test_embedded_decision_is_its_own_dated_part(entries_by_doc) -> None:
    entries = entries_by_doc["samordningsgrupp-2025-05-28"]
    decision = [e for e in entries if e.section and e.section.startswith("Verkställighetsbeslut RS 2024-05699")]
    assert [e.section.split(" / ")[-1] for e in decision[1:]] == [
        "Beslut", "Sammanfattning av ärendet", "Särskilt uppdrag för att arbeta framåt utifrån den uppkomna situationen",
    ]
    assert all(e.date_start == e.date_end == "2024-11-28" for e in decision)
    assert all(e.actor == "Regiondirektören" for e in decision)
    assert "Handläggare: Maria Engström" in decision[0].text


def test_text_shown_twice_is_one_entry(corpus, entries_by_doc) -> None:
    entries = entries_by_doc["samordningsgrupp-2025-05-28"]
    holding = [e for e in entries if "Regiondirektören utser Karin Looström Muth" in e.text]
    assert len(holding) == 1 and holding[0].date_start == "2024-11-28"
    [result] = [r for r in corpus.results if r.document.doc_id == "samordningsgrupp-2025-05-28"]
    assert result.duplicates == 2  # 'Beslut' and 'Sammanfattning av ärendet' appear twice


def test_other_slides_keep_the_deck_date(entries_by_doc) -> None:
    entries = entries_by_doc["samordningsgrupp-2025-05-28"]
    [experts] = [e for e in entries if e.text.startswith("Regionstyrelsen beslutar att tillsätta en extern expertgrupp")]
    assert experts.date_start == "2025-05-28"
    assert ("1 september", "2025-09-01", "2025-09-01") in {(m.text, m.date_start, m.date_end) for m in experts.mentioned_dates}


def test_an_impossible_decision_date_is_an_error_with_its_line() -> None:
    from indexer.parsers import parse_document
    from indexer.records import Document

    doc = Document("d", "D", "mötesunderlag", "2025-05-28", "sv", "d.txt", "d.txt", None)
    text = "Agenda\n\n- Punkt\n\n\n\nVerkställighetsbeslut\nDatum 2024-11-31\n\nBeslut\n\nRegiondirektören beslutar att utse en ledare för arbetet.\n"
    result = parse_document(doc, text, "d.txt")
    assert [(d.level, d.line) for d in result.diagnostics if d.level == "error"] == [("error", 7)]
    assert all(e.date_start == "2025-05-28" for e in result.entries)
