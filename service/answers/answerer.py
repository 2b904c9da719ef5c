"""Question → cited answer: retrieve, pick the answering sentences, compose, or abstain.

Abstention: the service says 'Källorna besvarar inte frågan.' when no entry lies in the period
the question names, or when the best evidence is weak on both counts that were calibrated on the
known facts (``python -m evals.calibrate``): the share of the question's content words that the
top entries contain (IDF-weighted), and the dense similarity of the best chunk. The nearest
entries are then returned as related, never as the answer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date

from indexer.chunking import context_header
from service.answers.compose import ABSTAIN, Part, compose
from service.answers.evidence import EvidenceScorer, Sentence, figure_for
from service.answers.questions import kind as question_kind
from service.answers.questions import language
from service.answers.records import Answer, Citation
from service.retrieval.hybrid import Hit, HybridRetriever

# Calibrated on evals/gold (see evals/calibrate.py): abstain when both are below.
MIN_COVERAGE = 0.5
MIN_SIMILARITY = 0.856
MIN_SIMILARITY_EN = 0.80
EVIDENCE_DEPTH = 3


@dataclass(frozen=True, slots=True)
class Support:
    """How well the retrieved entries support an answer."""

    coverage: float
    similarity: float

    def as_dict(self) -> dict[str, float]:
        """The support figures, rounded, for reports."""
        return {"coverage": round(self.coverage, 4), "similarity": round(self.similarity, 4)}

    def weak(self, lang: str, min_coverage: float, min_similarity: float) -> bool:
        """True when the evidence is too weak to answer from."""
        if lang == "en":  # content words are matched as Swedish stems: only similarity counts
            return self.similarity < MIN_SIMILARITY_EN
        return self.coverage < min_coverage and self.similarity < min_similarity


class Answerer:
    """Answers questions from a loaded index; thresholds and sizes are set here."""

    def __init__(self, retriever: HybridRetriever, max_citations: int = 3,
                 min_coverage: float = MIN_COVERAGE, min_similarity: float = MIN_SIMILARITY):
        if not 1 <= max_citations <= 20:
            raise ValueError(f"max_citations måste vara 1–20, inte {max_citations}")
        self.retriever, self.max_citations = retriever, max_citations
        self.min_coverage, self.min_similarity = min_coverage, min_similarity
        index = retriever.index
        self.scorer = EvidenceScorer([
            f"{context_header(e, index.documents[e.doc_id])}\n{e.text}" for e in index.entries.values()
        ])

    def ask(self, question: str, top_k: int = 5, date_from: date | None = None, date_to: date | None = None,
            use_question_dates: bool = True) -> Answer:
        """The cited answer to ``question`` (or an abstention with related entries)."""
        started = time.perf_counter()
        lang, kind = language(question), question_kind(question)
        result = self.retriever.search(question, max(top_k, EVIDENCE_DEPTH), date_from, date_to, use_question_dates)
        hits = result.hits
        terms = self.scorer.content_terms(question)
        chosen = [(hit, *self._best(hit, terms, kind)) for hit in hits]
        support = Support(
            coverage=max((cov for _, _, cov in chosen[:EVIDENCE_DEPTH]), default=0.0),
            similarity=max((h.similarity or 0.0 for h in hits[:EVIDENCE_DEPTH]), default=0.0),
        )
        version = self.retriever.index.manifest.index_version
        timings = dict(result.timings_ms)
        if not hits or support.weak(lang, self.min_coverage, self.min_similarity):
            related = [self._citation(n, h, s) for n, (h, s, _) in enumerate(chosen[:top_k], start=1)]
            timings["total"] = (time.perf_counter() - started) * 1000
            return Answer(question, ABSTAIN[lang], True, [], related, result.date_filter, version, lang, timings,
                          support.as_dict())
        dates = result.date_filter
        listing = dates is not None and kind == "what"
        if listing and dates.kind == "day" and not self._generic(terms, dates.text):
            listing = False  # 'Vad beslutade X den 24 oktober 2024?' asks for one thing, not the day
        if listing and dates.kind == "day":  # that day's entries come first: list only those
            day = dates.date_from.isoformat()
            on_day = [c for c in chosen if c[0].entry.date_start and c[0].entry.date_start <= day <= (c[0].entry.date_end or day)]
            chosen, listing = (on_day, True) if on_day else (chosen, False)
        limit = top_k if listing else min(top_k, self.max_citations)
        cited = self._select(chosen, limit, listing)
        if listing:  # number the list's citations in the order they are read: by date
            cited.sort(key=lambda pair: (pair[0].entry.date_start or "9999", pair[0].entry.time or ""))
        citations = [self._citation(n, h, s) for n, (h, s) in enumerate(cited, start=1)]
        parts = [Part(c.n, c.quote, c.date_start, c.date_end, c.date_precision, c.time) for c in citations]
        figure = figure_for(citations[0].quote, terms) if kind == "how_many" else None
        text = compose(parts, kind, lang, listing, figure)
        timings["total"] = (time.perf_counter() - started) * 1000
        return Answer(question, text, False, citations, [], result.date_filter, version, lang, timings, support.as_dict())

    def _generic(self, terms: list[str], date_text: str) -> bool:
        """A 'what happened' question: at most one content word besides the date's words."""
        date_words = set(self.scorer.content_terms(date_text))
        return len([t for t in terms if t not in date_words]) <= 1

    def _best(self, hit: Hit, terms: list[str], kind) -> tuple[Sentence, float]:  # noqa: ANN001
        header = context_header(hit.entry, self.retriever.index.documents[hit.entry.doc_id])
        return self.scorer.best_sentence(terms, header, hit.entry.text, kind)

    def _select(self, chosen: list[tuple[Hit, Sentence, float]], limit: int, listing: bool) -> list[tuple[Hit, Sentence]]:
        """The first hit always; further hits only when their evidence is as strong (a fact that
        several entries state), or all of them for a listing."""
        if listing:
            return [(h, s) for h, s, _ in chosen[:limit]]
        best = chosen[0][2]
        picked = [(chosen[0][0], chosen[0][1])]
        for hit, sentence, coverage in chosen[1:]:
            if len(picked) >= limit:
                break
            if coverage >= max(0.6, best) and sentence.text not in {s.text for _, s in picked}:
                picked.append((hit, sentence))
        return picked

    def _citation(self, n: int, hit: Hit, sentence: Sentence) -> Citation:
        entry = hit.entry
        title = self.retriever.index.documents[entry.doc_id].title
        return Citation(n, entry.entry_id, entry.doc_id, title, entry.date_start, entry.date_end,
                        entry.date_precision, entry.time, entry.actor, sentence.text, entry.text, round(hit.score, 6))
