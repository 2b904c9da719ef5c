"""The domain glossary (``corpus/glossary.tsv``): the words people use → the words the records use.

One line per term, tab-separated: ``term<TAB>corpus word, corpus word, …`` (``#`` starts a
comment). Terms are English ('rollout') or everyday Swedish ('utrullning'); the corpus words
are Swedish as the documents write them ('införande, breddinförande'). Word search and the
answer's support check read a question through it, so an English question meets the Swedish
records. Maintainers extend it by adding lines; ``granska corpus check`` validates it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from granska.errors import CorpusError

GLOSSARY_NAME = "glossary.tsv"


# A term's Swedish (and English plural) endings: 'nödbroms' matches 'nödbromsen', 'review' 'reviews'.
# No one-letter endings: 'millennium programme' + 't' would be the Swedish 'Millennium-programmet'
# and name a body ('Program Millennium') that the question does not ask about.
INFLECTION = r"(?:en|et|na|er|ar|or|erna|arna|orna|ens|ets|s|es)?"


@dataclass(frozen=True)
class Glossary:
    """Terms and their corpus words; matching is case-insensitive, whole words, longest first."""

    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        alternatives = "|".join(re.escape(t) for t in sorted(self.terms, key=len, reverse=True))
        object.__setattr__(self, "_pattern", re.compile(rf"(?<!\w)({alternatives}){INFLECTION}(?!\w)") if alternatives else None)

    @classmethod
    def parse(cls, text: str, path: Path | str = GLOSSARY_NAME) -> "Glossary":
        """Read the TSV text; CorpusError naming the line for a malformed one."""
        terms: dict[str, tuple[str, ...]] = {}
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
            if not line.strip():
                continue
            term, tab, words = line.partition("\t")
            corpus_words = tuple(w.strip() for w in words.split(",") if w.strip())
            if not tab or not term.strip() or not corpus_words:
                raise CorpusError("rad i ordlistan måste vara 'term<TAB>ord, ord'", path, number)
            key = _normal(term)
            terms[key] = tuple(dict.fromkeys((*terms.get(key, ()), *corpus_words)))
        return cls(terms)

    @classmethod
    def load(cls, path: Path) -> "Glossary":
        """The glossary at ``path``; an empty one when there is no such file."""
        return cls.parse(path.read_text(encoding="utf-8"), path) if path.is_file() else cls()

    def to_text(self) -> str:
        """The TSV form (as stored beside an index)."""
        return "".join(f"{term}\t{', '.join(words)}\n" for term, words in sorted(self.terms.items()))

    def matches(self, text: str) -> list[tuple[str, tuple[str, ...]]]:
        """(the text's words, corpus words) for every glossary term in the text, inflected too
        ('nödbromsen' is 'nödbroms'), longest terms first, no overlaps."""
        pattern = getattr(self, "_pattern")
        if pattern is None:
            return []
        low = _normal(text)
        return list({m.group(0): (m.group(0), self.terms[m.group(1)]) for m in pattern.finditer(low)}.values())

    def corpus_words(self, text: str) -> str:
        """The corpus words of every term in the text, space-separated ('' when none)."""
        return " ".join(w for _, words in self.matches(text) for w in words)


def _normal(text: str) -> str:
    """Case-folded, hyphens as spaces ('Go-live' = 'go live'), white space folded."""
    return " ".join(text.casefold().replace("-", " ").split())
