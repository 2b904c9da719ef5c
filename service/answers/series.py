"""Numbered members of a series ('etapp 2', 'vecka 42', 'cykel 5'): a question about one member is
not answered by a text about another ('Vilket datum ska etapp 3 genomföras?' is not answered from
the evaluation of etapp 2)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from indexer.dates import MONTHS
from indexer.stores.bm25_store import stopwords

# a word and the identifier after it, followed by nothing that makes the figure a count ('etapp 2 av
# återstarten', 'vecka 42.', 'cykel 5)'; not 'drygt 450 miljoner', 'varav 11 bedömdes')
_MEMBER = re.compile(r"\b(?P<noun>[^\W\d_]{3,})\s+(?P<id>\d{1,3}[A-Za-z]?)\b(?![.,:]\d)"
                     r"(?=\s*(?:$|[.,;:!?)–-]|(?P<next>[^\W\d_]+)))")
MIN_MEMBERS = 2  # a word is a series' name when the corpus numbers it at least this many ways
_COMMON = frozenset(stopwords()) | frozenset(MONTHS) | {"den", "the", "kl", "klockan", "nr", "nummer", "sida", "page"}


def _members(text: str, strict: bool = False) -> Iterable[tuple[str, str]]:
    """(noun, identifier) for each numbered member the text names; ``strict``: only where no word
    after the figure could make it a count (to learn which words name a series)."""
    for m in _MEMBER.finditer(text):
        noun = m["noun"].casefold()
        if noun in _COMMON or (strict and m["next"] and m["next"].casefold() not in _COMMON):
            continue
        yield noun, m["id"].upper()


def series_nouns(texts: Iterable[str]) -> frozenset[str]:
    """The words the texts number in more than one way ('etapp' 1, 2, 3; 'vecka' 38, 42)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for noun, ident in _members(text, strict=True):
            seen[noun].add(ident)
    return frozenset(noun for noun, ids in seen.items() if len(ids) >= MIN_MEMBERS)


def asked_members(question: str, nouns: frozenset[str]) -> frozenset[tuple[str, str]]:
    """The members of known series that a question names ('etapp 3')."""
    return frozenset((noun, ident) for noun, ident in _members(question) if noun in nouns)


def about_another_member(asked: frozenset[tuple[str, str]], text: str) -> bool:
    """Whether a text names an asked series only by other members ('etapp 2' and never 'etapp 3')."""
    named = set(_members(text))
    return any(any(noun == n for n, _ in named) and (noun, ident) not in named for noun, ident in asked)
