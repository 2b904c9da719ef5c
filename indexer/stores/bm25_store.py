"""The word store: BM25 (bm25s) over the chunks, Swedish Snowball stemming and stop words."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from indexer.chunking import Chunk
from indexer.text.compounds import compound_parts

# Bump when tokenization changes: stored indexes must then be rebuilt (it is part of index_version).
TOKENIZER_VERSION = 4  # 3: compound parts indexed beside the compound; 4: no "-heter" part
_LONG_WORD = re.compile(r"[^\W\d_]{8,}")
FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o"})  # how stems are spelt: without å, ä, ö


class FoldingStemmer:
    """Swedish Snowball on words with å/ä/ö folded to a/a/o, so that vowel-alternating forms
    share a stem ('driftsätts' and 'driftsattes' → 'driftsat', 'sätta' and 'satte' → 'satt')."""

    def __init__(self) -> None:
        import Stemmer

        self._snowball = Stemmer.Stemmer("swedish")

    def stemWords(self, words: list[str]) -> list[str]:  # noqa: N802 - the name bm25s looks for
        """Stems of the words, in order."""
        return self._snowball.stemWords([w.translate(FOLD) for w in words])


_stemmer: FoldingStemmer | None = None


def _swedish_stemmer() -> FoldingStemmer:
    global _stemmer
    if _stemmer is None:
        _stemmer = FoldingStemmer()
    return _stemmer


@lru_cache(maxsize=1)
def stopwords() -> list[str]:
    """Swedish stop words (stopwordsiso), without the words that carry meaning in this corpus."""
    import stopwordsiso

    keep = {"beslut", "dag", "år"}
    return sorted(set(stopwordsiso.stopwords("sv")) - keep)


@lru_cache(maxsize=50_000)
def token_set(text: str) -> frozenset[str]:
    """The distinct tokens of one text (cached: entries and their sentences are scored often)."""
    return frozenset(tokenize([text])[0])


def with_compound_parts(text: str) -> str:
    """The text followed by the parts of its compounds ('vårdinformationssystem' adds 'vård
    information system'), so that word search matches a compound and its parts written apart."""
    parts = [part for m in _LONG_WORD.finditer(text) for part in compound_parts(m.group(0))]
    return f"{text} {' '.join(parts)}" if parts else text


def tokenize(texts: list[str]) -> list[list[str]]:
    """Lower-cased, stop-word-free, stemmed word tokens, compound parts included."""
    return _stemmed([with_compound_parts(t) for t in texts])


def word_tokens(text: str) -> list[str]:
    """The stemmed tokens of the text's own words, without compound parts (for counting words)."""
    return _stemmed([text])[0]


def head_tokens(text: str) -> frozenset[str]:
    """The tokens of a text's words and of each compound's head, its last part, only: what the
    words are ('patientresor' are journeys, not patients; 'säkerhetsincidenter' are incidents)."""
    heads = [compound_parts(m.group(0))[-1:] for m in _LONG_WORD.finditer(text)]
    return frozenset(_stemmed([" ".join([text, *(h for part in heads for h in part)])])[0])


def _stemmed(texts: list[str]) -> list[list[str]]:
    """bm25s's tokenization (its word pattern, lower case, stop words out, then stems), done here
    because ``bm25s.tokenize`` rebuilds its stop-word set and a progress bar for every text: a
    third of a millisecond per call on the ask path, which tokenizes several texts per question."""
    stop, stem = _stopword_set(), _swedish_stemmer().stemWords
    words = [[w for w in _WORD(text.lower()) if w not in stop] for text in texts]
    unique = list(dict.fromkeys(w for ws in words for w in ws))
    stems = dict(zip(unique, stem(unique), strict=True))
    return [[stems[w] for w in ws] for ws in words]


_WORD = re.compile(r"(?u)\b\w\w+\b").findall  # bm25s's default token pattern


@lru_cache(maxsize=1)
def _stopword_set() -> frozenset[str]:
    return frozenset(stopwords())


class BM25Store:
    """A BM25 index whose document order is the order of the chunks it was built from."""

    def __init__(self, retriever, size: int):  # noqa: ANN001 - bm25s.BM25
        self.retriever = retriever
        self.size = size

    @classmethod
    def build(cls, chunks: list[Chunk]) -> "BM25Store":
        """Index the chunks' embedded text (header + text)."""
        import bm25s

        retriever = bm25s.BM25()
        retriever.index(tokenize([c.embed_text for c in chunks]), show_progress=False)
        return cls(retriever, len(chunks))

    def save(self, folder: Path) -> None:
        """Write the index to ``folder``."""
        self.retriever.save(str(folder))

    @classmethod
    def load(cls, folder: Path, size: int) -> "BM25Store":
        """Read an index written by ``save``."""
        import bm25s

        return cls(bm25s.BM25.load(str(folder)), size)

    def query(self, text: str, n: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Best chunks as (position, score), best first; ``mask`` (0/1 per chunk) restricts them."""
        tokens = tokenize([text])
        if not tokens[0] or self.size == 0:
            return []
        n = min(n, self.size if mask is None else int(mask.sum()))
        if n <= 0:
            return []
        docs, scores = self.retriever.retrieve(tokens, k=n, show_progress=False, weight_mask=mask)
        return [(int(d), float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]
