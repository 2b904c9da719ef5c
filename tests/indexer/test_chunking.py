"""Chunking: one chunk per entry unless it is too long; context headers carry date and actor."""

from __future__ import annotations

from indexer.chunking import chunk_entries, context_header, in_date_order, split_sentences
from indexer.records import Document, Entry

DOC = Document("tidslinje", "Tidslinje", "tidslinje", None, "sv", "t.txt", "t.txt", None)


def entry(text: str, **kw) -> Entry:
    fields = dict(entry_id="tidslinje.20241112.abcd1234", doc_id="tidslinje", ordinal=1, date_start="2024-11-12",
                  date_end="2024-11-12", time="05:30", date_precision="day", actor="Programstyrgrupp Millennium",
                  section=None, text=text, text_original=None, char_start=0, char_end=len(text))
    fields.update(kw)
    return Entry(**fields)


def words(text: str) -> int:
    return len(text.split())


def test_header_names_date_document_and_actor() -> None:
    assert context_header(entry("Millennium driftsätts."), DOC) == (
        "12 november 2024 kl. 05:30 · Tidslinje · Programstyrgrupp Millennium"
    )
    monthly = entry("x", date_start="2023-03-01", date_end="2023-03-31", time=None, date_precision="month",
                    actor=None, section="Test / Summering mars")
    assert context_header(monthly, DOC) == "mars 2023 · Tidslinje · Test / Summering mars"


def test_short_entry_is_one_chunk_with_integer_dates() -> None:
    [chunk] = chunk_entries([entry("Millennium driftsätts.")], {"tidslinje": DOC}, 100, words)
    assert chunk.chunk_id == "tidslinje.20241112.abcd1234#0"
    assert (chunk.date_start, chunk.date_end) == (20241112, 20241112)
    assert chunk.embed_text.endswith("\nMillennium driftsätts.")


def test_long_entry_is_split_at_sentence_boundaries() -> None:
    text = "Första meningen har fem ord. Andra meningen har också fem. Tredje meningen är här nu."
    chunks = chunk_entries([entry(text)], {"tidslinje": DOC}, 20, words)  # header is 8 words
    assert [c.text for c in chunks] == [
        "Första meningen har fem ord. Andra meningen har också fem.", "Tredje meningen är här nu.",
    ]
    assert [c.chunk_index for c in chunks] == [0, 1]
    assert len({c.content_hash for c in chunks}) == 2


def test_sentences_and_list_items() -> None:
    assert split_sentences("Ett. Två? 3 st.\n- punkt ett\n- punkt två") == ["Ett.", "Två?", "3 st.", "- punkt ett", "- punkt två"]


def test_chunks_are_stored_by_date_with_an_entry_s_pieces_together() -> None:
    later = entry("Millennium driftsätts.", entry_id="t.20241112.aaaa")
    undated = entry("Bakgrund.", entry_id="t.0.bbbb", date_start=None, date_end=None, date_precision=None, time=None)
    long_text = " ".join(f"Mening nummer {i} om införandet av journalsystemet." for i in range(40))
    earlier = entry(long_text, entry_id="t.20160613.cccc", date_start="2016-06-13", date_end="2016-06-14")
    chunks = in_date_order(chunk_entries([later, undated, earlier], {"tidslinje": DOC}, 60, words))
    ids = [c.chunk_id for c in chunks]
    assert ids[0] == "t.0.bbbb#0" and ids[-1] == "t.20241112.aaaa#0"
    assert ids[1:-1] == [f"t.20160613.cccc#{i}" for i in range(len(ids) - 2)] and len(ids) > 3
