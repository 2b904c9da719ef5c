"""Entry offsets → document offsets, across layout removed and OCR repaired."""

from __future__ import annotations

from indexer.text.alignment import document_offsets

# The document: a header, then the entry's span from offset 8 with a line break, a hyphenated
# break and a doubled space; the entry's text is that span with the layout removed.
DOCUMENT = "Rubrik\n\nBeslut fattas.\nBeslut fat-\ntas  igen."
SPAN_START = 8
ENTRY = "Beslut fattas. Beslut fattas igen."


def test_the_second_occurrence_maps_to_its_own_place() -> None:
    # "Beslut" at entry offset 15 is the second one: in the document after "fattas.\n", at 8 + 15 = 23.
    assert document_offsets(ENTRY, DOCUMENT[SPAN_START:], SPAN_START, 15, 21) == (23, 29)
    assert DOCUMENT[23:29] == "Beslut"
    assert document_offsets(ENTRY, DOCUMENT[SPAN_START:], SPAN_START, 0, 6) == (8, 14)


def test_a_quote_across_a_hyphenated_break_covers_the_break() -> None:
    # "fattas igen." (entry 22..34) stands as "fat-\ntas  igen." at 30..45 in the document.
    start, end = document_offsets(ENTRY, DOCUMENT[SPAN_START:], SPAN_START, 22, 34)
    assert (start, end) == (30, 45) and DOCUMENT[start:end] == "fat-\ntas  igen."


def test_ocr_repaired_letters_still_align() -> None:
    repaired, original = "Målet är en tillgänglig vård.", "Malet &r en tillgénglig vdrd."
    # "tillgänglig" is entry 12..23; the original has the same length up to it.
    assert document_offsets(repaired, original, 100, 12, 23) == (112, 123)
    assert original[12:23] == "tillgénglig"


def test_a_quote_not_in_the_span_is_not_located() -> None:
    assert document_offsets("Helt annan text här.", "Beslut fattas igen.", 0, 0, 20) is None
    assert document_offsets(ENTRY, DOCUMENT, 0, 10, 5) is None
    assert document_offsets(ENTRY, DOCUMENT, 0, 0, 999) is None
