"""The systems an evaluation compares: granska (hybrid, BM25-only, dense-only) and a naive
llama-index pipeline (whole documents, SentenceSplitter defaults, same model, no dates, no
abstention)."""

from __future__ import annotations

import time
from typing import Protocol

import numpy as np

from evals.metrics import CitedAnswer
from service.answers.answerer import Answerer
from service.retrieval.hybrid import HybridRetriever, Mode
from service.retrieval.index import LoadedIndex

RANK_DEPTH = 10


class System(Protocol):
    """Anything that answers a question with citations and a ranking of entries."""

    name: str

    def answer(self, question: str) -> CitedAnswer: ...


class GranskaSystem:
    """granska's own pipeline, with a retrieval mode."""

    def __init__(self, index: LoadedIndex, mode: Mode = "hybrid", name: str | None = None):
        self.name = name or {"hybrid": "granska", "bm25": "BM25", "dense": "dense"}[mode]
        self.retriever = HybridRetriever(index, mode=mode)
        self.answerer = Answerer(self.retriever)

    def answer(self, question: str) -> CitedAnswer:
        started = time.perf_counter()
        answer = self.answerer.ask(question)
        latency = (time.perf_counter() - started) * 1000
        ranking = tuple(h.entry.entry_id for h in self.retriever.search(question, RANK_DEPTH).hits)
        citations = tuple((c.entry_id, c.quote, c.text, c.date_start, c.date_end) for c in answer.citations)
        probability = answer.support.get("probability")
        margin = None if probability is None else probability - self.answerer.model.threshold
        return CitedAnswer(answer.text, answer.abstained, citations, ranking, latency, margin,
                           answer.support.get("rank_gap"))


class NaiveLlamaIndexSystem:
    """Whole documents split by llama-index's ``SentenceSplitter`` with its defaults (1024
    tokens, 200 overlap), embedded with the same model, searched densely; the answer is the best
    chunk, cited as such; no dates, no abstention. A chunk is credited with the entries it
    overlaps (for the ranking metrics)."""

    name = "naiv llama-index"

    def __init__(self, index: LoadedIndex, corpus_dir):  # noqa: ANN001 - Path
        from llama_index.core import Document
        from llama_index.core.node_parser import SentenceSplitter

        from indexer.corpus.readers import read_text

        splitter = SentenceSplitter()
        self.encoder = index.encoder
        self.chunks: list[tuple[str, tuple[str, ...]]] = []
        for doc in index.documents.values():
            text = read_text(corpus_dir / doc.file)
            spans = [e for e in index.entries.values() if e.doc_id == doc.doc_id]
            for node in splitter.get_nodes_from_documents([Document(text=text)]):
                start, end = node.start_char_idx or 0, node.end_char_idx or len(text)
                overlapping = tuple(e.entry_id for e in spans if e.char_start < end and e.char_end > start)
                self.chunks.append((node.get_content(), overlapping))
        self.vectors = self.encoder.encode_passages([c for c, _ in self.chunks])

    def answer(self, question: str) -> CitedAnswer:
        started = time.perf_counter()
        order = np.argsort(-(self.vectors @ self.encoder.encode_query(question)))
        latency = (time.perf_counter() - started) * 1000
        ranking: list[str] = []
        for i in order:
            ranking += [e for e in self.chunks[i][1] if e not in ranking]
            if len(ranking) >= RANK_DEPTH:
                break
        best, entries = self.chunks[order[0]]
        citations = tuple((e, best, best, None, None) for e in entries[:1])
        return CitedAnswer(f"{best} [1]", False, citations, tuple(ranking[:RANK_DEPTH]), latency)
