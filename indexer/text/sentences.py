"""Sentences of an entry, each an exact substring with its offset (the unit an answer quotes).

The indexer embeds every sentence (for choosing the answering sentence) and the answerer quotes
them, so both split with this one function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# a sentence ends at its punctuation, a line's end, or where a table cell's next paragraph is a numbered
# point ('… Beslut / 1. Regionstyrelsen fastställer …')
_END = re.compile(r"[.!?]+(?=\s|$)|\n|\s/\s(?=\d{1,2}[.)]\s)")
_BULLET = re.compile(r"^(?:[-–•*/]\s+)")  # a bullet, or the ' / ' before a table cell's next paragraph
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*]\s+|\d{1,2}[.)]\s+)")
# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = frozenset({"kl", "t.ex", "bl.a", "s.k", "dvs", "tex", "nr", "ca", "m.m", "etc", "jfr", "resp",
                           "fr.o.m", "t.o.m", "st", "p.g.a", "pga", "o.s.v", "osv", "mr", "dr",
                           # an English release's dates and times: 'Aug. 23, 2029', 'Sept. 1', '10:30 a.m. CEST'
                           "jan", "feb", "aug", "sept", "oct", "nov", "dec", "a.m", "p.m"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an entry: its exact text and where it starts in the entry."""

    text: str
    start: int

    @property
    def end(self) -> int:
        """Offset just after the sentence in the entry's text."""
        return self.start + len(self.text)


def sentences(text: str) -> list[Sentence]:
    """The sentences (and list items, without their bullet) of a text, each an exact substring
    with its offset. A period after an abbreviation ('kl.', 't.ex.') does not end a sentence."""
    return list(_split(text))


@lru_cache(maxsize=20_000)
def _split(text: str) -> tuple[Sentence, ...]:  # cached: an entry's sentences are read for every question about it
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        before = text[start:m.start()].split()
        if m.group(0).startswith(".") and before and before[-1].lower().rstrip(".") in ABBREVIATIONS:
            continue
        _add(out, text, start, m.end() if m.group(0)[0] in ".!?" else m.start())
        start = m.end()
    _add(out, text, start, len(text))
    return tuple(out)


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    raw = text[start:end]
    stripped = raw.strip()
    bullet = _BULLET.match(stripped)
    if bullet:
        stripped = stripped[bullet.end():]
    if len(stripped) >= 3:
        out.append(Sentence(stripped, start + raw.index(stripped)))


def list_blocks(text: str) -> list[Sentence]:
    """Each list in the text as one span: the line that introduces it (ending in ':') and its
    items ('I uppdraget ingår att:\n- …\n- …'). Quoting a list whole keeps its items together."""
    out: list[Sentence] = []
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    i = 0
    while i < len(lines):
        if not _LIST_ITEM.match(lines[i][1]):
            i += 1
            continue
        first = i - 1 if i > 0 and lines[i - 1][1].rstrip().endswith(":") else i
        j = i
        while j + 1 < len(lines) and (_LIST_ITEM.match(lines[j + 1][1]) or lines[j + 1][1].startswith(" ")):
            j += 1
        start, end = lines[first][0], lines[j][0] + len(lines[j][1])
        block = text[start:end].strip()
        if block:
            out.append(Sentence(block, start + text[start:end].index(block)))
        i = j + 1
    return out
