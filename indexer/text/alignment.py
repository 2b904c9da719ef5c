"""Where a stretch of an entry's text stands in its document.

An entry's ``text`` is its document span (``char_start``:``char_end``) with the layout removed:
whitespace runs joined, hyphenated line breaks mended and, for OCR-damaged sources, letters
repaired (``for`` → ``för``). So offsets in the entry's text are not offsets in the document; this
module maps them by aligning the two texts' non-whitespace characters, compared without case and
diacritics, with difflib.
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

# Below this share of the quote's characters found in the document span, the quote is not
# located there (a different text, not the same one with its layout changed).
MIN_MATCHED = 0.8


@lru_cache(maxsize=4096)
def _folded(text: str) -> tuple[str, tuple[int, ...]]:
    """The text's non-whitespace characters without case or diacritics, and each one's offset."""
    chars, offsets = [], []
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        base = unicodedata.normalize("NFKD", ch.casefold())
        chars.append(base[0] if base else ch)
        offsets.append(i)
    return "".join(chars), tuple(offsets)


@lru_cache(maxsize=2048)
def _matching_blocks(a: str, b: str) -> tuple:
    """difflib's matching blocks of two folded texts; an OCR-repaired entry takes ~12 ms to align,
    so each entry is aligned once per process, not once per citation."""
    return tuple(SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def document_offsets(entry_text: str, span: str, span_start: int, start: int, end: int) -> tuple[int, int] | None:
    """The document offsets of ``entry_text[start:end]``, given the entry's document ``span``
    (which begins at ``span_start`` in the document); None when it cannot be located there."""
    if not 0 <= start < end <= len(entry_text):
        return None
    a, a_pos = _folded(entry_text)
    b, b_pos = _folded(span)
    first = next((k for k, pos in enumerate(a_pos) if pos >= start), None)
    last = next((k for k in range(len(a_pos) - 1, -1, -1) if a_pos[k] < end), None)
    if first is None or last is None or last < first:
        return None
    shift = b.find(a)
    if shift >= 0:  # only the layout differs (most entries; the span may also hold a date line first)
        return span_start + b_pos[first + shift], span_start + b_pos[last + shift] + 1
    mapped: dict[int, int] = {}
    for block in _matching_blocks(a, b):
        for k in range(max(block.a, first), min(block.a + block.size, last + 1)):
            mapped[k] = block.b + k - block.a
    if len(mapped) < MIN_MATCHED * (last - first + 1):
        return None
    lo, hi = mapped[min(mapped)], mapped[max(mapped)]
    return span_start + b_pos[lo], span_start + b_pos[hi] + 1
