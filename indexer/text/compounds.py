"""Swedish compounds split into known words: 'vårdinformationssystem' → vård, information, system.

Swedish writes compounds as one word, so a question that says 'informationssystem för vården'
shares no word with a text that says 'vårdinformationssystem'. Word search therefore indexes a
compound's parts beside the compound itself. A split is accepted only when every part is a common
Swedish word (wordfreq Zipf ≥ ``MIN_PART_ZIPF``, at least 3 letters), optionally joined by the
linking 's' ('informations|system'); among the splits, the one whose rarest part is most common wins.
"""

from __future__ import annotations

from functools import lru_cache

from indexer.text.frequency import zipf

MIN_WORD = 8          # shorter words are not split
MIN_PART = 3          # shortest last part ('sjuk|hus')
MIN_HEAD = 4          # shortest part before another ('vård|…', not 'sam|…')
SHORT_PART_ZIPF = 4.5  # a 3-letter last part must be this common ('hus', not 'let')
MIN_PART_ZIPF = 3.2   # a part must be at least this common in Swedish (wordfreq's Zipf scale)
MAX_PARTS = 3
# Verb particles and derivational endings are words too, but never the parts of a compound:
# 'upp|handling', 'under|laget', 'säker|het', 'verksam|heter' would only add noise.
NOT_HEADS = frozenset({"upp", "ut", "in", "av", "på", "över", "under", "till", "för", "om", "mot", "efter", "fram", "bort", "genom"})
NOT_TAILS = frozenset({"het", "heten", "heter", "heterna", "ning", "ningen", "else", "elsen", "skap", "skapet", "dom", "domen", "lig", "ligt",
                       "liga", "bar", "bart", "sam", "samt", "ande", "ende", "are", "aren", "tion", "ion"})


@lru_cache(maxsize=100_000)
def _best(word: str, parts_left: int) -> tuple[float, tuple[str, ...]] | None:
    """(rarest part's Zipf, parts) of the best split of ``word`` into at most ``parts_left`` parts."""
    best: tuple[float, tuple[str, ...]] | None = None
    score = zipf(word, "sv")
    short_ok = len(word) > MIN_PART or score >= SHORT_PART_ZIPF
    if len(word) >= MIN_PART and short_ok and word not in NOT_TAILS and score >= MIN_PART_ZIPF:
        best = (score, (word,))
    if parts_left < 2:
        return best
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if head in NOT_HEADS or head in NOT_TAILS or len(head) < MIN_HEAD:
            continue
        head_score = zipf(head, "sv")
        if head_score < MIN_PART_ZIPF and head.endswith("s") and len(head) > MIN_PART:
            head_score = zipf(head[:-1], "sv")  # the linking s: 'informations|system'
        if head_score < MIN_PART_ZIPF:
            continue
        rest = _best(tail, parts_left - 1)
        if rest is None:
            continue
        candidate = (min(head_score, rest[0]), (head.removesuffix("s") if zipf(head, "sv") < MIN_PART_ZIPF else head, *rest[1]))
        # fewer parts win unless the longer split's rarest part is clearly more common
        if len(candidate[1]) > 1 and (best is None or len(best[1]) == 1
                                      or candidate[0] - 0.5 * len(candidate[1]) > best[0] - 0.5 * len(best[1])):
            best = candidate
    return best


def compound_parts(word: str) -> tuple[str, ...]:
    """The parts of a compound (lower-case), or () when the word is short or no split is found."""
    w = word.casefold()
    if len(w) < MIN_WORD or not w.isalpha():
        return ()
    found = _best(w, MAX_PARTS)
    return found[1] if found and len(found[1]) > 1 else ()
