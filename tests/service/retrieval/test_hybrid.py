"""Hybrid, date-aware retrieval over the real index (real model, real Chroma, BM25)."""

from __future__ import annotations

from datetime import date

import pytest

from service.retrieval.hybrid import HybridRetriever

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def retriever(loaded_index) -> HybridRetriever:
    return HybridRetriever(loaded_index)


def test_a_named_month_returns_only_that_month(retriever: HybridRetriever) -> None:
    result = retriever.search("Vad beslutades i oktober 2024?", k=20)
    assert result.date_filter is not None and result.date_filter.kind == "period"
    assert len(result.hits) == 20
    for hit in result.hits:
        assert "2024-10-01" <= hit.entry.date_start and hit.entry.date_end <= "2024-10-31" or (
            hit.entry.date_start <= "2024-10-31" and hit.entry.date_end >= "2024-10-01"
        )


def test_a_named_day_puts_that_days_entries_first(retriever: HybridRetriever) -> None:
    # The timeline has five items dated 12 november 2024 (kl. 03:00, 05:30, 13:00, 14:00, 14:00).
    result = retriever.search("Vad hände den 12 november 2024?", k=8)
    days = [h.entry.date_start for h in result.hits]
    assert days[:5] == ["2024-11-12"] * 5
    assert "2024-11-12" not in days[5:]
    assert {h.entry.time for h in result.hits[:5]} == {"03:00", "05:30", "13:00", "14:00"}


def test_explicit_dates_override_the_question(retriever: HybridRetriever) -> None:
    result = retriever.search("Vad hände i oktober 2024?", k=10, date_from=date(2019, 1, 1), date_to=date(2019, 12, 31))
    assert result.date_filter.source == "request"
    assert result.hits and all(h.entry.date_start.startswith("2019") for h in result.hits)


@pytest.mark.parametrize(
    ("question", "expected_start"),
    [
        ("Vem bedömde att det inte var patientsäkert att fortsätta driftsättningen?", "Regionchefsläkaren bedömer att det inte är patientsäkert"),
        ("När beslutade Regionstyrelsen att Oracle svenska AB blir leverantör?", "Regionstyrelsen beslutar att Oracle svenska AB blir leverantör"),
        ("Who decided that Oracle would supply the core system?", "Regionstyrelsen beslutar att Oracle svenska AB blir leverantör"),
        ("Vem utsågs att leda den samordnade hanteringen?", "1. Regiondirektören utser Karin Looström Muth"),
        ("Hur många incidenter rapporterades på Södra Älvsborgs sjukhus den 13 november 2024?", "Leverantören presenterar för Hypercare Executive att 295 öppna incidenter"),
    ],
)
def test_known_answers_rank_in_the_top_three(retriever: HybridRetriever, question: str, expected_start: str) -> None:
    texts = [h.entry.text for h in retriever.search(question, k=3).hits]
    assert any(t.startswith(expected_start) for t in texts), texts


def test_single_list_modes(loaded_index) -> None:
    for mode in ("bm25", "dense"):
        hits = HybridRetriever(loaded_index, mode=mode).search("Millennium driftsätts", k=5).hits
        assert hits and all((h.bm25_rank is None) == (mode == "dense") for h in hits)


def test_bad_configuration_is_named(loaded_index) -> None:
    from granska.errors import GranskaError

    with pytest.raises(GranskaError, match="okänt sökläge 'fuzzy'"):
        HybridRetriever(loaded_index, mode="fuzzy")  # type: ignore[arg-type]


def test_exact_search_inside_a_period_matches_the_store(loaded_index) -> None:
    # Inside a period the exact search over the prefiltered rows ranks like Chroma would.
    vector = loaded_index.encoder.encode_query("Regionchefsläkaren bedömer patientsäkerheten")
    mask = loaded_index.date_mask(20241101, 20241130)
    exact = loaded_index.dense_in_period(vector, mask, 5)
    everything = loaded_index.chroma.query(vector, len(loaded_index.chunk_ids))
    in_november = [(cid, s) for cid, s in everything if mask[loaded_index.chunk_ids.index(cid)]][:5]
    assert [c for c, _ in exact] == [c for c, _ in in_november]
    assert all(abs(a - b) < 1e-4 for (_, a), (_, b) in zip(exact, in_november))


def test_an_unfiltered_question_searches_the_vectors_exactly_as_the_store_ranks(loaded_index) -> None:
    """Below EXACT_DENSE_MAX chunks of an embedded store, the dense list is the in-memory product:
    the same chunks, in the same order, as Chroma's own query."""
    from service.retrieval.hybrid import EXACT_DENSE_MAX

    assert loaded_index.manifest.store == "embedded" and len(loaded_index.chunk_ids) <= EXACT_DENSE_MAX
    retriever = HybridRetriever(loaded_index, mode="dense")
    vector = loaded_index.encoder.encode_query("Vem beslutade att pausa breddinförandet?")
    hits = retriever.search("Vem beslutade att pausa breddinförandet?", 10, use_question_dates=False, vector=vector).hits
    store = [cid.rsplit("#", 1)[0] for cid, _ in loaded_index.chroma.query(vector, 50)]
    assert [h.entry.entry_id for h in hits] == list(dict.fromkeys(store))[:10]


def test_index_stores_chunks_in_date_order(loaded_index) -> None:
    # A period is then one block of rows, scored through a view instead of a copy.
    assert all(a <= b for a, b in zip(loaded_index.chunk_start, loaded_index.chunk_start[1:]))


@pytest.mark.parametrize("rows", ["block", "scattered"])
def test_exact_search_scores_any_set_of_rows_alike(loaded_index, rows) -> None:
    import numpy as np

    vector = loaded_index.encoder.encode_query("Regionstyrelsen beslutar om leverantör")
    if rows == "block":  # a month: consecutive rows (the view path)
        mask = loaded_index.date_mask(20241001, 20241031)
    else:  # the first and the last dated chunk only: far apart (the gather path)
        dated = np.flatnonzero(loaded_index.chunk_start > 0)
        mask = np.zeros(len(loaded_index.chunk_ids), dtype=np.float32)
        mask[[dated[0], dated[-1]]] = 1
    expected = sorted(((float(loaded_index.vectors[i] @ vector), loaded_index.chunk_ids[i])
                       for i in np.flatnonzero(mask)), reverse=True)[:5]
    found = loaded_index.dense_in_period(vector, mask, 5)
    assert [c for c, _ in found] == [c for _, c in expected]
    assert all(abs(a - b) < 1e-5 for (_, a), (b, _) in zip(found, expected))


def test_a_loaded_index_leaves_the_cores_to_torch(built_settings) -> None:
    # numpy's BLAS workers spin after each product and slowed the next query embedding. Checked in
    # a process of its own, as the service loads it: this test process has run other tests that
    # bring in and set other thread pools (calibration's scikit-learn brings scipy's own OpenBLAS).
    import json
    import subprocess
    import sys

    script = (
        "import json, sys\n"
        "from threadpoolctl import threadpool_info\n"
        "from granska.settings import Settings\n"
        "from service.retrieval.index import LoadedIndex\n"
        "index = LoadedIndex.load(Settings(home=sys.argv[1], models_dir=sys.argv[2], corpus_dir=sys.argv[3]))\n"
        "print(json.dumps([(p['num_threads'], p['filepath']) for p in threadpool_info() if p['user_api'] == 'blas']))\n"
    )
    ran = subprocess.run([sys.executable, "-c", script, str(built_settings.home), str(built_settings.models_dir),
                          str(built_settings.corpus_dir)], capture_output=True, text=True, timeout=300, check=True)
    blas = json.loads(ran.stdout.strip().splitlines()[-1])
    assert blas and all(n == 1 for n, _ in blas), blas


def test_a_documents_date_admits_all_its_entries(loaded_index, retriever: HybridRetriever) -> None:
    """The March 2023 status report (dated 2023-03) plans April: its April entries are outside March
    by their own date, inside it by their document's."""
    rows = [i for i, e in enumerate(loaded_index.chunk_entry)
            if e.startswith("lagesrapport-2023-03.") and loaded_index.entries[e].date_start == "2023-04-01"]
    assert rows
    assert not loaded_index.date_mask(20230301, 20230331)[rows].any()
    assert loaded_index.date_mask(20230301, 20230331, documents=True)[rows].all()
    assert not loaded_index.date_mask(20241001, 20241031, documents=True)[rows].any()
    result = retriever.search("Vad planerades för april enligt lägesrapporten från mars 2023?", k=10)
    assert result.date_filter is not None and result.date_filter.of_document
    assert any(h.entry.date_start == "2023-04-01" for h in result.hits)


def test_a_named_source_restricts_the_search_to_its_documents(retriever: HybridRetriever) -> None:
    """'… enligt VGRfokus': only the entries of the documents so named are searched, whatever
    other documents say about the same thing; with a date filter too."""
    result = retriever.search("Vad sades om utbildning?", 8, documents=frozenset({"lagesrapport-2023-03"}))
    assert result.hits and {h.entry.doc_id for h in result.hits} == {"lagesrapport-2023-03"}
    assert result.documents == frozenset({"lagesrapport-2023-03"})
    dated = retriever.search("Vad hände i november 2024?", 8, documents=frozenset({"tidslinje"}))
    assert dated.hits and all(h.entry.doc_id == "tidslinje" and h.entry.date_start.startswith("2024-11") for h in dated.hits)
    assert {h.entry.doc_id for h in retriever.search("Vad sades om utbildning?", 8).hits} != {"lagesrapport-2023-03"}


def test_a_news_items_undated_paragraphs_can_tell_of_the_days_before_it(loaded_index) -> None:
    """A news item's quotes and background are dated by its publication: a question about
    September admits a news item of 11 October (published within REPORTED_WITHIN days after),
    not one about August; so does a report written after what it tells. A daily regional report's
    undated paragraphs stay of its own date."""
    from dataclasses import replace

    doc_id = "regional-rapport-2024-10-11"
    rows = [i for i, e in enumerate(loaded_index.chunk_entry) if e.startswith(f"{doc_id}.")
            and loaded_index.entries[e].date_start == "2024-10-11"]
    assert rows
    assert not loaded_index.date_mask(20240901, 20240930)[rows].any()  # a daily report: of its own date only
    as_report = replace(loaded_index, documents={**loaded_index.documents,
                                                 doc_id: replace(loaded_index.documents[doc_id], kind="rapport")})
    assert as_report.date_mask(20240901, 20240930)[rows].all()
    assert not as_report.date_mask(20240801, 20240831)[rows].any()
    # written within the month after the period (26 days), not 36 days after it
    assert as_report.date_mask(20240901, 20240915)[rows].all()
    assert not as_report.date_mask(20240801, 20240905)[rows].any()
    as_news = replace(loaded_index, documents={**loaded_index.documents,
                                               doc_id: replace(loaded_index.documents[doc_id], kind="nyhet")})
    assert as_news.date_mask(20240901, 20240930)[rows].all()
    assert not as_news.date_mask(20240801, 20240831)[rows].any()
    assert as_news.date_mask(20241001, 20241031)[rows].all()  # and of course of its own month


def test_a_text_dated_by_its_writing_is_admitted_for_a_period_it_names(loaded_index) -> None:
    """The May 2025 deck's undated paragraph names 'den 2 april' and 'november 2024': a question
    about April 2025 may be answered by it (``mentioned``), one about March 2025 not; an entry
    dated by its own item is of its own date only."""
    from indexer.records import DateSource

    entry_id = "samordningsgrupp-2025-05-28.20250528.b194a48b"
    rows = [i for i, e in enumerate(loaded_index.chunk_entry) if e == entry_id]
    assert rows and loaded_index.entries[entry_id].date_source == DateSource.DOCUMENT
    assert not loaded_index.date_mask(20250401, 20250430)[rows].any()
    assert loaded_index.date_mask(20250401, 20250430, mentioned=True)[rows].all()
    assert loaded_index.date_mask(20241101, 20241130, mentioned=True)[rows].all()
    assert not loaded_index.date_mask(20250301, 20250331, mentioned=True)[rows].any()
    items = [i for i, e in enumerate(loaded_index.chunk_entry) if loaded_index.entries[e].date_source == DateSource.ITEM]
    assert not (loaded_index.date_mask(20250401, 20250430, mentioned=True)[items]
                > loaded_index.date_mask(20250401, 20250430)[items]).any()


def test_a_report_written_after_a_period_is_admitted_whole_for_it(loaded_index) -> None:
    """A question's period may date a source or a context, not its answer ('enligt rapporten om
    augusti'): a report or news item written in the period or within TELLS_WITHIN days after it is
    admitted whole when the question admits texts that name the period (``mentioned``). A daily
    regional report, a decision, a timeline: not."""
    from dataclasses import replace

    doc_id = "regional-rapport-2024-10-11"
    rows = [i for i, e in enumerate(loaded_index.chunk_entry) if e.startswith(f"{doc_id}.")]
    assert rows
    august = (20240801, 20240831)  # the report was written 41 days after it
    assert not loaded_index.date_mask(*august, mentioned=True)[rows].any()  # a daily report is of its own day
    as_report = replace(loaded_index, documents={**loaded_index.documents,
                                                 doc_id: replace(loaded_index.documents[doc_id], kind="rapport")})
    assert as_report.date_mask(*august, mentioned=True)[rows].all()
    assert not as_report.date_mask(*august)[rows].any()  # only for a question that admits texts naming it
    assert not as_report.date_mask(20240801, 20240820, mentioned=True)[rows].any()  # 52 days after it


def test_an_undated_paragraph_of_a_report_or_news_item_is_dated_by_its_writing(loaded_index) -> None:
    """Its date is when the text was written, no answer to when what it tells happened; a meeting's
    material and a decision are of their own day (the May 2025 deck's undated paragraph)."""
    from dataclasses import replace

    doc_id = "samordningsgrupp-2025-05-28"
    entry = loaded_index.entries[f"{doc_id}.20250528.b194a48b"]
    assert entry.date_source.value == "document" and not loaded_index.writing_day(entry)
    for kind, expected in (("rapport", True), ("nyhet", True), ("pressmeddelande", True), ("beslut", False)):
        as_kind = replace(loaded_index, documents={**loaded_index.documents,
                                                   doc_id: replace(loaded_index.documents[doc_id], kind=kind)})
        assert as_kind.writing_day(entry) is expected, kind


def test_a_period_ending_at_the_last_day_there_is_still_filters(loaded_index) -> None:
    """A period that ends on 9999-12-31 (or near it) cannot add REPORTED_WITHIN days past it;
    the mask is still worked out instead of an OverflowError (a 500 found by Schemathesis)."""
    everything_dated = loaded_index.date_mask(20000101, 99991231)
    assert everything_dated is not None and everything_dated.sum() > 0
    assert (loaded_index.date_mask(99991225, 99991231) == 0).all()


def test_a_day_admits_the_entries_that_name_it_as_past(loaded_index) -> None:
    """For one day, the entries whose text names it after it happened count too ('VGR har fredag
    15 november fattat beslut …' in the report of the 17th); a day named ahead of it is a plan
    ('målet att påbörja planen 30 september' on the 25th) and does not."""
    def added(day: int) -> set[str]:
        plain, named = loaded_index.date_mask(day, day), loaded_index.date_mask(day, day, named=True)
        return {loaded_index.chunk_entry[i] for i in (named > plain).nonzero()[0]}

    assert "regional-rapport-2024-11-17.20241117.3560d189" in added(20241115)
    assert "tidslinje.20240925.050aa603" not in added(20240930)
    assert "tidslinje.20240925.050aa603" in {loaded_index.chunk_entry[i] for i in
                                             loaded_index.date_mask(20240925, 20240925).nonzero()[0]}
