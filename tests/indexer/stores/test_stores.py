"""Both stores on small real data: Chroma range filters on integer dates, BM25 with a mask."""

from __future__ import annotations

import numpy as np

from indexer.chunking import Chunk
from indexer.stores.bm25_store import BM25Store, tokenize
from indexer.stores.chroma_store import ChromaStore, open_client


def chunk(i: int, text: str, start: int, end: int) -> Chunk:
    return Chunk(f"e{i}#0", f"e{i}", "doc", 0, "rubrik", text, start, end, "")


CHUNKS = [
    chunk(0, "Regionstyrelsen beslutar om budget", 20241001, 20241001),
    chunk(1, "Millennium driftsätts", 20241112, 20241112),
    chunk(2, "Regionstyrelsen beslutar om upphandling", 20161122, 20161122),
    chunk(3, "Text utan datum om Regionstyrelsen", 0, 0),
]
VECTORS = np.eye(4, 8, dtype=np.float32)


def test_chroma_stores_vectors_and_date_metadata(tmp_path) -> None:
    store = ChromaStore(open_client(tmp_path / "chroma"), "test")
    store.add(CHUNKS, VECTORS)
    assert store.count() == 4
    everything = store.query(VECTORS[3], 10)
    assert everything[0] == ("e3#0", 1.0) and len(everything) == 4
    october = store.query(VECTORS[0], 10, {"$and": [{"date_end": {"$gte": 20241001}}, {"date_start": {"$lte": 20241031}}]})
    assert [cid for cid, _ in october] == ["e0#0"]


def test_bm25_stems_swedish_and_respects_a_mask(tmp_path) -> None:
    store = BM25Store.build(CHUNKS)
    store.save(tmp_path / "bm25")
    loaded = BM25Store.load(tmp_path / "bm25", len(CHUNKS))
    ranked = [pos for pos, _ in loaded.query("Vad beslutade regionstyrelsen?", 10)]
    assert set(ranked) == {0, 2, 3}
    mask = np.array([1, 1, 0, 0], dtype=np.float32)
    assert [pos for pos, _ in loaded.query("Vad beslutade regionstyrelsen?", 10, mask)] == [0]
    assert loaded.query("och det som", 10) == []  # only stop words


def test_tokenize_stems_drops_stop_words_and_adds_compound_parts() -> None:
    # 'Programstyrgruppen' is program|styr|gruppen: its parts are indexed after the text's own words.
    assert tokenize(["Vad hände med Programstyrgruppen och beslutet?"]) == [
        ["hand", "programstyrgrupp", "beslut", "program", "styr", "grupp"]]


def test_vowel_alternating_forms_share_a_stem() -> None:
    # 'driftsätts' (present passive) and 'driftsattes' (past passive) stem apart in plain Snowball.
    present, past = tokenize(["Millennium driftsätts.", "När driftsattes Millennium?"])
    assert "driftsat" in present and "driftsat" in past
