"""Evidence: the sentences of the retrieved entries that answer the question, scored.

A sentence's score is the IDF-weighted share of the question's content words (Swedish stems)
it contains, with the entry's context header counted too (so a question naming the date or the
actor is matched by an entry that does not repeat them). Quotes are exact substrings of the
entry's text, so a citation can always be found again in its source.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from indexer.dates import MONTHS
from indexer.stores.bm25_store import token_set, tokenize
from service.answers.questions import QuestionKind

_END = re.compile(r"[.!?]+(?=\s|$)|\n")
_BULLET = re.compile(r"^(?:[-–•*]\s+)")
# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = frozenset({"kl", "t.ex", "bl.a", "s.k", "dvs", "tex", "nr", "ca", "m.m", "etc", "jfr", "resp", "fr.o.m", "t.o.m", "st"})
_NUMBER = re.compile(r"\b\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?\b|\b\d+(?:[.,]\d+)?\b")
# Question words and function words that say nothing about the content (stemmed like the text).
_QUESTION_WORDS = (
    "vem vad när hur vilka vilken vilket organ många mycket stor hög lång datum dag år "
    "what who when how many much which did was were of is are in on to for and the a an date day"
)


SHORT_ENTRY = 300  # characters: an entry this short is quoted whole


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an entry: its exact text and where it starts in the entry."""

    text: str
    start: int


def sentences(text: str) -> list[Sentence]:
    """The sentences (and list items, without their bullet) of a text, each an exact substring
    with its offset. A period after an abbreviation ('kl.', 't.ex.') does not end a sentence."""
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        before = text[start:m.start()].split()
        if m.group(0).startswith(".") and before and before[-1].lower().rstrip(".") in ABBREVIATIONS:
            continue
        _add(out, text, start, m.end() if m.group(0) != "\n" else m.start())
        start = m.end()
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    raw = text[start:end]
    stripped = raw.strip()
    bullet = _BULLET.match(stripped)
    if bullet:
        stripped = stripped[bullet.end():]
    if len(stripped) >= 3:
        out.append(Sentence(stripped, start + raw.index(stripped)))


_NOT_FIGURES = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}/\d{1,2}\b"
    r"|\b\d{1,2}(?:\s*(?:-|–|och)\s*\d{1,2})?\s+(?:" + "|".join(MONTHS) + r")\b",
    re.IGNORECASE,
)


def numbers(text: str) -> list[str]:
    """Figures in a text ('1 400', '253', '1.5'), not dates, years or times of day."""
    cleaned = _NOT_FIGURES.sub(lambda m: " " * len(m.group(0)), text)
    return [m.group(0) for m in _NUMBER.finditer(cleaned)]


def figure_for(text: str, terms: list[str]) -> str | None:
    """The figure a 'how many' question asks for: the first one followed (within three words)
    by one of the question's content words, else the first figure."""
    found = numbers(text)
    cleaned = _NOT_FIGURES.sub(lambda m: " " * len(m.group(0)), text)
    for m in _NUMBER.finditer(cleaned):
        following = token_set(" ".join(cleaned[m.end():].split()[:3]))
        if any(matches(t, following) for t in terms):
            return m.group(0)
    return found[0] if found else None


def matches(term: str, words: set[str] | frozenset[str]) -> bool:
    """Whether a stem occurs among ``words``, exactly or as a near-identical stem (≥ 5 letters,
    same first three letters, length within one, edit similarity ≥ 0.85: 'upphörd' ~ 'upphör',
    not 'driftsat' ~ 'driftstart')."""
    if term in words:
        return True
    if len(term) < 5:
        return False
    return any(
        abs(len(word) - len(term)) <= 1 and term[:3] == word[:3]
        and difflib.SequenceMatcher(None, term, word).ratio() >= 0.85
        for word in words
    )


@lru_cache(maxsize=1)
def question_words() -> frozenset[str]:
    """The stems of question and function words."""
    return frozenset(t for tokens in tokenize(_QUESTION_WORDS.split()) for t in tokens)


class EvidenceScorer:
    """Scores sentences against a question with IDF weights from the indexed texts."""

    def __init__(self, documents: list[str]):
        tokens = tokenize(documents) if documents else []
        self.n = len(tokens)
        self.df = Counter(t for ts in tokens for t in set(ts))

    def idf(self, term: str) -> float:
        """Inverse document frequency; unseen terms weigh the most."""
        return math.log((self.n + 1) / (self.df.get(term, 0) + 0.5))

    def content_terms(self, question: str) -> list[str]:
        """The question's content stems, in order, without question words."""
        return [t for t in dict.fromkeys(tokenize([question])[0]) if t not in question_words()]

    def coverage(self, terms: list[str], text: str) -> float:
        """IDF-weighted share of ``terms`` found in ``text`` (0–1); a stem also matches its
        inflected neighbours ('driftsat' ~ 'driftsät'), which Snowball stems apart."""
        if not terms:
            return 0.0
        present = token_set(text)
        total = sum(self.idf(t) for t in terms)
        return sum(self.idf(t) for t in terms if matches(t, present)) / total

    def best_sentence(self, terms: list[str], header: str, text: str, kind: QuestionKind) -> tuple[Sentence, float]:
        """The entry's sentence that best answers: most covered terms (header included); for a
        'how many' question, sentences with a figure first. A short entry is quoted whole."""
        entry_coverage = self.coverage(terms, f"{header}\n{text}")
        if len(text) <= SHORT_ENTRY and "\n" not in text and (kind != "how_many" or numbers(text)):
            return Sentence(text, 0), entry_coverage
        candidates = sentences(text) or [Sentence(text, 0)]
        scored = []
        for position, sentence in enumerate(candidates):
            score = self.coverage(terms, f"{header}\n{sentence.text}")
            if kind == "how_many" and not numbers(sentence.text):
                score -= 0.5
            scored.append((score - 0.01 * position, sentence))
        score, sentence = max(scored, key=lambda pair: pair[0])
        return sentence, entry_coverage
