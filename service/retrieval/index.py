"""A built index, loaded for searching: entries, chunks, both stores and the encoder."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

import numpy as np

from granska.errors import ConfigError
from granska.settings import Settings
from indexer.dates import DateMention, date_int, find_date_mentions, parse_partial_iso
from indexer.embedding.encoder import Encoder
from indexer.index.builder import IndexManifest, read_manifest
from indexer.index.layout import TEXTS, IndexLayout
from indexer.records import DateSource, Document, Entry
from indexer.stores.bm25_store import BM25Store
from indexer.stores.chroma_store import ChromaStore, open_client
from indexer.text.alignment import document_offsets
from indexer.text.glossary import GLOSSARY_NAME, Glossary

# days after a period in which a text dated by its publication may tell of it (a report of 20 June on a May survey)
REPORTED_WITHIN = 31
# days after a period in which a report or news item, every paragraph of it, may tell of the period
# when the question's kind admits texts that name it (its period may date a source, not the answer)
TELLS_WITHIN = 45
NEWS_KINDS = ("nyhet", "pressmeddelande", "artikel")  # texts that tell of what happened just before them
REPORT_KINDS = ("rapport", "dokument")  # texts written after what they tell, dated by their writing
TELLING_KINDS = NEWS_KINDS + REPORT_KINDS  # texts that tell of what happened before their writing


def one_blas_thread() -> None:
    """Keep numpy's BLAS to one thread in a process that answers questions. Torch's threads
    already use every core for the query embedding; OpenBLAS's workers spin after each
    product over the vectors and take those cores from it (at 100 000 entries that made the
    next embedding up to 7 times slower: ask p95 116 ms against 28 ms with one BLAS thread)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


@dataclass
class LoadedIndex:
    """Everything a query needs, read once from an index version folder."""

    path: Path
    manifest: IndexManifest
    documents: dict[str, Document]
    entries: dict[str, Entry]
    chunk_ids: list[str]
    chunk_entry: list[str]
    chunk_start: np.ndarray
    chunk_end: np.ndarray
    bm25: BM25Store
    chroma: ChromaStore
    encoder: Encoder
    vectors: np.ndarray
    chunk_actor: np.ndarray
    glossary: Glossary

    @classmethod
    def load(cls, settings: Settings, encoder: Encoder | None = None, path: Path | None = None) -> "LoadedIndex":
        """Load the live index (or the one at ``path``); IndexMissing when none was built."""
        one_blas_thread()
        folder = path or IndexLayout(settings.index_root).live()
        manifest = read_manifest(folder)
        documents = {d["doc_id"]: Document(**d) for d in json.loads((folder / "documents.json").read_text(encoding="utf-8"))}
        entries = {}
        for line in (folder / "entries.jsonl").open(encoding="utf-8"):
            entry = Entry.from_dict(json.loads(line))
            entries[entry.entry_id] = entry
        chunks = [json.loads(line) for line in (folder / "chunks.jsonl").open(encoding="utf-8")]
        client = open_client(folder / "chroma" if manifest.store == "embedded" else None, settings.chroma_url)
        if manifest.backend != (encoder.backend if encoder else settings.embed_backend):
            raise ConfigError(
                f"indexet {manifest.index_version} byggdes med inbäddningen '{manifest.backend}', men "
                f"GRANSKA_EMBED_BACKEND är '{encoder.backend if encoder else settings.embed_backend}': frågor och "
                f"vektorer blandas inte; bygg om indexet (granska index) eller sätt GRANSKA_EMBED_BACKEND={manifest.backend}")
        encoder = encoder or Encoder(manifest.model, settings.model_cache, settings.embed_batch_size, manifest.backend)
        return cls(
            path=folder, manifest=manifest, documents=documents, entries=entries,
            chunk_ids=[c["chunk_id"] for c in chunks], chunk_entry=[c["entry_id"] for c in chunks],
            chunk_start=np.array([c["date_start"] for c in chunks], dtype=np.int64),
            chunk_end=np.array([c["date_end"] for c in chunks], dtype=np.int64),
            bm25=BM25Store.load(folder / "bm25", len(chunks)),
            chroma=ChromaStore(client, manifest.collection),
            encoder=encoder,
            vectors=np.load(folder / "vectors.npy"),
            chunk_actor=np.array([c["actor"] for c in chunks], dtype=object),
            glossary=Glossary.load(folder / GLOSSARY_NAME),
        )

    @cached_property
    def _years(self) -> dict[tuple[int, int | None], int]:
        """(month, day or None) → the year with most day-dated entries then (computed once)."""
        counts: dict[tuple[int, int | None], Counter] = {}
        for e in self.entries.values():
            if e.date_start and e.date_precision == "day":
                year, month, day = int(e.date_start[:4]), int(e.date_start[5:7]), int(e.date_start[8:10])
                counts.setdefault((month, day), Counter())[year] += 1
                counts.setdefault((month, None), Counter())[year] += 1
        return {key: counter.most_common(1)[0][0] for key, counter in counts.items()}

    @cached_property
    def _document_times(self) -> dict[str, str]:
        """Documents whose entries (two or more) all carry one time: a report's 'Sammanställd …
        klockan 15:20', the time the document was written, not of what its entries tell."""
        times: dict[str, list[str | None]] = {}
        for entry in self.entries.values():
            times.setdefault(entry.doc_id, []).append(entry.time)
        return {doc: t[0] for doc, t in times.items() if len(t) > 1 and t[0] is not None and len(set(t)) == 1}

    def own_time(self, entry: Entry) -> str | None:
        """The entry's time of day when it is the entry's own (an event's), None when it is only
        its document's time of writing."""
        return None if self._document_times.get(entry.doc_id) == entry.time else entry.time

    @cached_property
    def _by_position(self) -> dict[tuple[str, int], Entry]:
        return {(e.doc_id, e.ordinal): e for e in self.entries.values()}

    def before(self, entry: Entry) -> Entry | None:
        """The entry just before this one in its document's text, if any."""
        return self._by_position.get((entry.doc_id, entry.ordinal - 1))

    def after(self, entry: Entry) -> Entry | None:
        """The entry just after this one in its document's text, if any."""
        return self._by_position.get((entry.doc_id, entry.ordinal + 1))

    def writing_day(self, entry: Entry) -> bool:
        """Whether the entry's date is only the day its report or news item was written (a paragraph
        that names no date of its own): no answer to when what it tells happened ('Det var tuffast
        med läkemedelsautomaterna, säger chefläkaren' in an article of the 16th, on what stopped on
        the 14th). A decision's date is that of what it decides."""
        document = self.documents[entry.doc_id]
        return entry.date_source == DateSource.DOCUMENT and document.kind in TELLING_KINDS

    def year_hint(self, month: int | None, day: int | None) -> int | None:
        """The corpus year with most dated entries on that day (or in that month) of the year."""
        return self._years.get((month, day)) if month is not None else None

    def dense_in_period(self, vector: np.ndarray, mask: np.ndarray, n: int) -> list[tuple[str, float]]:
        """Exact cosine search over the chunks inside a period: the date prefilter selects the
        rows first, so the cost follows the period's size, not the corpus's (an approximate
        index with a metadata filter degrades on large corpora)."""
        rows = np.flatnonzero(mask)
        if rows.size == 0:
            return []
        scores = self._scores(vector, rows)
        top = np.argsort(-scores)[:n] if rows.size <= n else np.argpartition(-scores, n)[:n]
        top = top[np.argsort(-scores[top])]
        return [(self.chunk_ids[rows[i]], float(scores[i])) for i in top]

    def _scores(self, vector: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Cosine of ``vector`` with the given rows. Chunks are stored in date order, so a
        period's rows are mostly one block: scoring the block through a view avoids copying a
        wide period's vectors (a copy of 68 000 rows, scored, took 68 ms per search at 100 000 chunks)."""
        first, last = int(rows[0]), int(rows[-1])
        if last - first + 1 <= 2 * rows.size:
            return (self.vectors[first:last + 1] @ vector)[rows - first]
        return self.vectors[rows] @ vector

    @cached_property
    def texts(self) -> dict[str, str]:
        """doc id → the document's decoded text, which the entries' ``char_start``/``char_end``
        index (read on first use; empty for an index built before the texts were kept)."""
        path = self.path / TEXTS
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def quote_in_document(self, entry: Entry, start: int, end: int) -> tuple[int, int] | None:
        """The document offsets of ``entry.text[start:end]``; None when the document's text is
        not kept or the quote cannot be located in the entry's span."""
        text = self.texts.get(entry.doc_id)
        if text is None:
            return None
        return document_offsets(entry.text, text[entry.char_start:entry.char_end], entry.char_start, start, end)

    @cached_property
    def chunk_rows(self) -> dict[str, int]:
        """chunk id → its row in ``vectors``."""
        return {chunk_id: row for row, chunk_id in enumerate(self.chunk_ids)}

    def chunk_similarity(self, vector: np.ndarray, chunk_id: str) -> float:
        """Cosine of ``vector`` with one chunk's vector."""
        return float(self.vectors[self.chunk_rows[chunk_id]] @ vector)

    def actor_mask(self, actor: str) -> np.ndarray:
        """1 for chunks whose entry's actor is ``actor``, else 0."""
        return (self.chunk_actor == actor).astype(np.float32)

    def document_mask(self, doc_ids: frozenset[str]) -> np.ndarray:
        """1 for chunks of the documents ``doc_ids``, else 0."""
        return np.isin(self._chunk_docs, list(doc_ids)).astype(np.float32)

    @cached_property
    def _chunk_docs(self) -> np.ndarray:
        """Each chunk's document id (worked out once, not per question)."""
        return np.array([self.entries[e].doc_id for e in self.chunk_entry], dtype=object)

    def date_mask(self, date_from: int | None, date_to: int | None, documents: bool = False,
                  named: bool = False, told: bool = True, mentioned: bool = False) -> np.ndarray | None:
        """1 for chunks overlapping the period, else 0 (None when the period is open on both sides);
        with ``documents``, also the chunks of every document dated in the period; with ``named``,
        also those whose text names a day in it; with ``told``, also those dated only by a text
        published just after it; with ``mentioned``, also those dated by their document whose text
        names a date or month within it, and every paragraph of a report or news item written in it or
        within ``TELLS_WITHIN`` days after it."""
        if date_from is None and date_to is None:
            return None
        mask = _overlapping(self.chunk_start, self.chunk_end, date_from, date_to)
        if mentioned:
            rows, starts, ends = self._mentioned_periods
            lo, hi = date_from if date_from is not None else 0, date_to if date_to is not None else 99999999
            mask[rows[(starts >= lo) & (ends <= hi)]] = True
        if documents:
            mask |= _overlapping(*self._document_dates, date_from, date_to)
        if mentioned and date_from is not None:  # a report or news item written in or after it may tell of it
            until = _days_after(date_to, TELLS_WITHIN) if date_to is not None else None
            mask |= _overlapping(*self._document_dates, date_from, until) & self._telling
        if named and date_from is not None and date_to is not None:
            rows, days = self._named_days
            mask[rows[(days >= date_from) & (days <= date_to)]] = True
        if told and date_to is not None:  # a text published just after the period can tell of it
            told = self._dated_by_document
            soon = _days_after(date_to, REPORTED_WITHIN)
            mask |= (told > date_to) & (told <= soon)
        return mask.astype(np.float32)

    @cached_property
    def _telling(self) -> np.ndarray:
        """True for the chunks of news items, press releases and reports: texts that tell of what
        happened before them, every paragraph of them (a decision or a timeline is of its own dates)."""
        return np.array([self.documents[self.entries[e].doc_id].kind in TELLING_KINDS for e in self.chunk_entry], dtype=bool)

    @cached_property
    def _mentions(self) -> list[tuple[int, Entry, DateMention]]:
        """(chunk position, its entry, a date mention) for every date each chunk's entry names,
        anchored at the entry's own day: read once for both masks below."""
        found: list[tuple[int, Entry, DateMention]] = []
        for position, entry_id in enumerate(self.chunk_entry):
            entry = self.entries[entry_id]
            anchor = date.fromisoformat(entry.date_start) if entry.date_start and len(entry.date_start) == 10 else None
            found.extend((position, entry, mention) for mention in find_date_mentions(entry.text, anchor))
        return found

    @cached_property
    def _mentioned_periods(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(chunk positions, start ints, end ints): each date or month that a chunk's entry names when
        the entry is dated by its document or a part of it, not by its own item: a text written after
        what it tells ('Vid återstarten i april 2026 hade 309 …' in a report of 19 May). An item
        dated by itself (a decision, a timeline event) is of its own date; the dates it names are
        plans or background."""
        kept = [(p, m) for p, entry, m in self._mentions if entry.date_source != DateSource.ITEM]
        return (np.array([p for p, _ in kept], dtype=np.int64),
                np.array([date_int(m.date_start) for _, m in kept], dtype=np.int64),
                np.array([date_int(m.date_end or m.date_start) for _, m in kept], dtype=np.int64))

    @cached_property
    def _named_days(self) -> tuple[np.ndarray, np.ndarray]:
        """(chunk positions, day ints): each day a chunk's entry names in its text as past, also one
        that is not its date ('… avhjälpt måndagen den 18 oktober kl. 11.30' in a paragraph of the
        14th, in a report of 3 December). A day after the text was written is a plan ('målet är att
        påbörja planen 30 september' on the 25th), not what happened. Worked out on the first
        question that names a day."""
        def written(entry: Entry) -> str:
            return self.documents[entry.doc_id].date or entry.date_end or entry.date_start or ""

        kept = [(p, m) for p, entry, m in self._mentions
                if m.date_start == m.date_end and len(m.date_start) == 10 and m.date_start <= written(entry)]
        return (np.array([p for p, _ in kept], dtype=np.int64),
                np.array([date_int(m.date_start) for _, m in kept], dtype=np.int64))

    @cached_property
    def _dated_by_document(self) -> np.ndarray:
        """Each chunk's document's date (an int) when it is a news item, a press release or a report
        and the entry has no date but the document's (its quotes and background, dated by its
        publication; a report's table of costs 'to 30 November', dated by its writing on
        3 December), else 0."""
        def told(entry: Entry) -> int:
            document = self.documents[entry.doc_id]
            published = document.date if document.kind in TELLING_KINDS else None
            return date_int(published) if published and len(published) == 10 and entry.date_start == published else 0

        return np.array([told(self.entries[entry_id]) for entry_id in self.chunk_entry], dtype=np.int64)

    @cached_property
    def _document_dates(self) -> tuple[np.ndarray, np.ndarray]:
        """Each chunk's document's date, as the ints of its first and last day."""
        spans = {doc_id: _period(d.date) for doc_id, d in self.documents.items()}
        pairs = [spans[self.entries[e].doc_id] for e in self.chunk_entry]
        return np.array([p[0] for p in pairs], dtype=np.int64), np.array([p[1] for p in pairs], dtype=np.int64)


def _days_after(value: int, days: int) -> int:
    """20260131, 14 → 20260214; the last day there is (9999-12-31) when the sum passes it."""
    day = date(value // 10000, value // 100 % 100, value % 100)
    return date_int((day + timedelta(days=days)).isoformat()) if day < date.max - timedelta(days=days) else 99991231


def _overlapping(start: np.ndarray, end: np.ndarray, date_from: int | None, date_to: int | None) -> np.ndarray:
    """Which dated periods (ints, 0 for undated) overlap the period; either bound may be open."""
    mask = start > 0
    if date_from is not None:
        mask &= end >= date_from
    if date_to is not None:
        mask &= start <= date_to
    return mask


def _period(value: str | None) -> tuple[int, int]:
    """A manifest date ('2025-06-18', '2025-06', '2025') as the ints of its first and last day; (0, 0) undated."""
    if not value:
        return 0, 0
    span = parse_partial_iso(value)
    return date_int(span.start.isoformat()), date_int(span.end.isoformat())
