"""Hybrid retrieval: dense (Chroma) and BM25 lists fused by reciprocal rank, then dates applied.

A period (from the question or the request) filters before ranking: a date mask over the
chunks selects the rows that an exact cosine search and BM25 (as a weight mask) then rank, so
the cost follows the period, not the corpus; a question without a period uses Chroma's
approximate index. A single named day is not a filter: that day's entries are ranked first,
followed by the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import numpy as np

from granska.errors import GranskaError
from indexer.dates import date_int
from indexer.records import Entry
from service.retrieval.index import LoadedIndex
from service.retrieval.question_dates import DateFilter, parse_question_dates, unread_dates

Mode = Literal["hybrid", "bm25", "dense"]
MODES: tuple[Mode, ...] = ("hybrid", "bm25", "dense")


@dataclass(frozen=True, slots=True)
class Hit:
    """An entry found for a question, with its fused score and where each list ranked it."""

    entry: Entry
    score: float
    dense_rank: int | None
    bm25_rank: int | None
    chunk_id: str
    similarity: float | None = None
    bm25_score: float = 0.0


@dataclass(slots=True)
class SearchResult:
    """Ranked hits, the date filter that was applied, and how long the steps took."""

    hits: list[Hit]
    date_filter: DateFilter | None
    timings_ms: dict[str, float] = field(default_factory=dict)
    actor: str | None = None
    unread_dates: list[str] = field(default_factory=list)
    documents: frozenset[str] = frozenset()  # the documents the question names, whose entries alone were searched


def reciprocal_rank_fusion(rankings: list[list[str]], k: int = 60) -> list[tuple[str, float]]:
    """Fuse ranked id lists: score(d) = Σ 1 / (k + rank of d in each list), best first."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


# Up to this many chunks in an embedded store, dense search is an exact product over the vectors in
# memory (0.1 ms at 700 chunks, ~2 ms at 20 000) rather than a query to Chroma's approximate index
# (~1 ms at any size). An index on a Chroma server is always searched there: the store it was built for.
EXACT_DENSE_MAX = 20_000
READ_DATES_KEPT = 1024  # questions whose dates a retriever remembers


class HybridRetriever:
    """Searches a loaded index; configuration here, the question in ``search``."""

    def __init__(self, index: LoadedIndex, candidates: int = 50, rrf_k: int = 60, mode: Mode = "hybrid",
                 expand: bool = True, today: Callable[[], date] = date.today):
        if candidates < 1:
            raise GranskaError(f"candidates måste vara minst 1, inte {candidates}")
        if mode not in MODES:
            raise GranskaError(f"okänt sökläge '{mode}'; tillåtna: {', '.join(MODES)}")
        self.index, self.candidates, self.rrf_k, self.mode = index, candidates, rrf_k, mode
        self.expand, self.today = expand, today
        self._read_dates: dict[tuple[str, date], DateFilter | None] = {}

    def date_filter(self, question: str, date_from: date | None, date_to: date | None,
                    use_question_dates: bool = True) -> DateFilter | None:
        """Explicit bounds override what the question implies (which can also be switched off)."""
        if date_from or date_to:
            return DateFilter(date_from, date_to, "period", "request")
        if not use_question_dates:
            return None
        key = (question, self.today())
        if key not in self._read_dates:  # answering reads a question's dates twice (to rank and to search)
            if len(self._read_dates) >= READ_DATES_KEPT:
                self._read_dates.clear()
            self._read_dates[key] = parse_question_dates(question, self.index.year_hint, key[1])
        return self._read_dates[key]

    def word_query(self, question: str) -> str:
        """What word search looks for: the question and the corpus words its glossary terms map to."""
        return f"{question} {self.index.glossary.corpus_words(question)}" if self.expand else question

    def search(self, question: str, k: int = 5, date_from: date | None = None, date_to: date | None = None,
               use_question_dates: bool = True, actor: str | None = None,
               vector: np.ndarray | None = None, documents: frozenset[str] = frozenset(),
               searched: str | None = None, mentioned: bool = True) -> SearchResult:
        """The ``k`` best entries for the question within its date filter (and of ``actor`` only,
        of ``documents`` only, when given). ``vector`` is the question's embedding when the caller
        already has it; ``searched`` the words to search for when they are not all of the question's
        (the words that name the ``documents`` filter hold no answer). With ``mentioned``, a period the
        question names also admits the texts that name a date within it though dated by their writing
        after it (a report of May on the restart in April)."""
        started = time.perf_counter()
        dates = self.date_filter(question, date_from, date_to, use_question_dates)
        if vector is None and self.mode != "bm25":
            vector = self.index.encoder.encode_query(question)
        embedded = time.perf_counter()
        words = self.word_query(searched or question)
        if dates is None:
            hits = self._ranked(words, vector, None, None, actor, within=documents)
        elif dates.kind == "period":
            lo, hi = date_int(_iso(dates.date_from), None), date_int(_iso(dates.date_to), None)
            hits = self._ranked(words, vector, lo, hi, actor, dates.of_document, documents,
                                mentioned=mentioned and dates.source == "question")
        else:
            day = date_int(_iso(dates.date_from))
            hits = self._by_day_tier(self._ranked(words, vector, day, day, actor, dates.of_document, documents,
                                                  named=True), day, dates.of_document)
            seen = {h.entry.entry_id for h in hits}
            hits += [h for h in self._ranked(words, vector, None, None, actor, within=documents)
                     if h.entry.entry_id not in seen]
        done = time.perf_counter()
        timings = {"embed": (embedded - started) * 1000, "retrieve": (done - embedded) * 1000}
        unread = unread_dates(question, self.index.year_hint) if use_question_dates and not (date_from or date_to) else []
        return SearchResult(hits[:k], dates, timings, actor, unread, documents)

    def _by_day_tier(self, hits: list[Hit], day: int, documents: bool) -> list[Hit]:
        """A day's hits, its own entries first, then those that name it as past, then those of texts
        published just after it (each group in its ranked order)."""
        own = self.index.date_mask(day, day, documents, told=False)
        named = self.index.date_mask(day, day, documents, named=True, told=False)

        def tier(hit: Hit) -> int:
            row = self.index.chunk_rows[hit.chunk_id]
            return 0 if own[row] else 1 if named[row] else 2

        return sorted(hits, key=tier)

    def _mask(self, lo: int | None, hi: int | None, actor: str | None, documents: bool = False,
              within: frozenset[str] = frozenset(), named: bool = False, told: bool = True,
              mentioned: bool = False) -> np.ndarray | None:
        mask = self.index.date_mask(lo, hi, documents, named, told, mentioned)
        for narrower in ((self.index.actor_mask(actor) if actor else None),
                         (self.index.document_mask(within) if within else None)):
            if narrower is not None:
                mask = narrower if mask is None else mask * narrower
        return mask

    def _ranked(self, question: str, vector: np.ndarray | None, lo: int | None, hi: int | None,
                actor: str | None = None, documents: bool = False, within: frozenset[str] = frozenset(),
                named: bool = False, told: bool = True, mentioned: bool = False) -> list[Hit]:
        index = self.index
        dense: list[str] = []
        bm25: list[str] = []
        similarity: dict[str, float] = {}
        mask = self._mask(lo, hi, actor, documents, within, named, told, mentioned)
        if vector is not None:
            if mask is None and (index.manifest.store != "embedded" or len(index.chunk_ids) > EXACT_DENSE_MAX):
                similarity = dict(index.chroma.query(vector, self.candidates))
            else:
                everything = np.ones(len(index.chunk_ids), dtype=np.float32) if mask is None else mask
                similarity = dict(index.dense_in_period(vector, everything, self.candidates))
            dense = list(similarity)
        bm25_scores: dict[str, float] = {}
        if self.mode != "dense":
            bm25_scores = {index.chunk_ids[pos]: score for pos, score in index.bm25.query(question, self.candidates, mask)}
            bm25 = list(bm25_scores)
        lists = [lst for lst, use in ((dense, self.mode != "bm25"), (bm25, self.mode != "dense")) if use]
        dense_rank = {cid: r for r, cid in enumerate(dense, start=1)}
        bm25_rank = {cid: r for r, cid in enumerate(bm25, start=1)}
        hits: list[Hit] = []
        seen: set[str] = set()
        for chunk_id, score in reciprocal_rank_fusion(lists, self.rrf_k):
            entry_id = chunk_id.rsplit("#", 1)[0]
            if entry_id in seen:
                continue
            seen.add(entry_id)
            hits.append(Hit(index.entries[entry_id], score, dense_rank.get(chunk_id), bm25_rank.get(chunk_id),
                            chunk_id, similarity.get(chunk_id), bm25_scores.get(chunk_id, 0.0)))
        return hits


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
