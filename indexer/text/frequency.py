"""How common a word is in a language (wordfreq's Zipf scale: 0 unknown, 3 rare, 6 very common)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """The word's Zipf frequency in ``lang`` ('sv', 'en'), cached: the same words recur."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)
