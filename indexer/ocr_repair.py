"""Repair OCR text that lost å, ä and ö, ranking candidate spellings by Swedish word frequency.

The March 2023 status report was scanned by an OCR that turned å/ä/ö into look-alikes
('&r' = är, 'férankras' = förankras, 'Vastra' = Västra, 'I6per' = löper). For every token we
generate the spellings its characters could stand for (a confusion table), score each by
Swedish word frequency (wordfreq, Zipf scale), splitting compounds into known parts where the
whole word is unknown, and take the best when it beats the token as written by a margin. The
margin is small for tokens with characters Swedish words never contain ('&', 'é', a digit
inside letters) and larger for tokens that are already plausible words ('var' stays 'var').
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import lru_cache

# What an OCR look-alike may stand for (besides itself).
CONFUSIONS: dict[str, tuple[str, ...]] = {
    "é’]": ("å",), "d&": ("ä",), "dé": ("ö",), "éa": ("ä",), "oé": ("ö",), "éo": ("ö",),
    "d6": ("ö",), "ad": ("å",), "li": ("ll",),
    "&": ("ä", "å"), "@": ("ä",), "%": ("å",), "é": ("ö", "ä", "å", "e"),
    "6": ("ö",), "3": ("å",), "d": ("å", "ä", "ö"), "a": ("å", "ä"),
    "o": ("ö",), "i": ("ä",), "O": ("Ö",), "A": ("Å", "Ä"), "I": ("l",),
}
# The cost of reading a unit another way: small, so that evidence decides, except for
# confusions this OCR rarely makes, which need stronger evidence ('hinder' is not 'händer').
SUBSTITUTION_COST = 0.05
RARE_CONFUSIONS: dict[tuple[str, str], float] = {("i", "ä"): 0.5, ("li", "ll"): 0.5}
_UNITS = sorted(CONFUSIONS, key=len, reverse=True)
HARD_JUNK = re.compile(r"[&@%é’\]]|[A-Za-zåäö][36]|[36][a-zåäö]")
TOKEN = re.compile(r"(?:[A-Za-zÅÄÖåäöÉé&@%36]|’\])+")
PROTECTED = re.compile(r"\S+@\S+|https?://\S+|mailto:\S+|www\.\S+")
MAX_CANDIDATES = 50_000
MIN_PART = 4
SPLIT_PENALTY = 1.0
UNKNOWN_WORD_PENALTY = 1.0
MARGIN_JUNK = 0.0
MARGIN_PLAIN = 1.0
# A plain token that is no known word (nor compound) may still be a name or a rare word: a
# reading must at least look like a plausible compound to replace it.
UNKNOWN_PLAIN_SCORE = -0.9


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("sv", wordlist="large")


def zipf(word: str) -> float:
    """Zipf frequency of a lower-case Swedish word (0 for unknown words)."""
    freq = _frequencies().get(word)
    return math.log10(freq) + 9 if freq else 0.0


@lru_cache(maxsize=200_000)
def word_score(word: str) -> float:
    """How Swedish a word looks: its Zipf frequency if known; for an unknown compound, the
    weakest of its known parts (≥ 4 letters, a linking -s allowed) less a penalty per part;
    minus infinity for a word that is neither."""
    known = zipf(word)
    if known > 0:
        return known
    n = len(word)
    best = [-math.inf] * (n + 1)
    best[0] = math.inf
    for end in range(MIN_PART, n + 1):
        for start in range(0, end - MIN_PART + 1):
            if best[start] == -math.inf or (start == 0 and end == n):
                continue
            part = word[start:end]
            score = zipf(part) or (zipf(part[:-1]) if part.endswith("s") else 0.0)
            if score == 0:
                continue
            penalty = SPLIT_PENALTY if start > 0 else 0.0
            best[end] = max(best[end], min(best[start], score) - penalty)
    return best[n] - UNKNOWN_WORD_PENALTY  # -inf when no split into known parts exists


@lru_cache(maxsize=None)
def _options(unit: str) -> tuple[tuple[str, float], ...]:
    """(reading, cost) pairs for a look-alike unit: as written (free), its own readings, and
    for a multi-character unit the readings of its characters one by one ('dé' → 'dä')."""
    options: dict[str, float] = {unit: 0.0}
    for reading in CONFUSIONS.get(unit, ()):
        options.setdefault(reading, RARE_CONFUSIONS.get((unit, reading), SUBSTITUTION_COST))
    if len(unit) > 1:
        for combo in itertools.product(*(_options(c) for c in unit)):
            reading = "".join(r for r, _ in combo)
            options.setdefault(reading, sum(c for _, c in combo))
    return tuple(options.items())


def _units(token: str) -> list[tuple[tuple[str, float], ...]]:
    """The (reading, cost) options of each look-alike unit of the token, in order."""
    units: list[tuple[tuple[str, float], ...]] = []
    i = 0
    while i < len(token):
        unit = next((u for u in _UNITS if token.startswith(u, i)), token[i])
        units.append(_options(unit))
        i += len(unit)
    return units


def _restore_case(candidate: str, token: str) -> str:
    if token.isupper() and len(token) > 1:
        return candidate.upper()
    if token[:1].isupper() and not (token[0] == "I" and candidate[0] == "l"):
        return candidate[:1].upper() + candidate[1:]
    return candidate


@lru_cache(maxsize=100_000)
def repair_token(token: str) -> str:
    """The most likely Swedish spelling of one OCR token (the token itself if nothing is better)."""
    if len(token) < 2 or token.isdigit():
        return token
    units = _units(token)
    if math.prod(len(u) for u in units) > MAX_CANDIDATES:
        return token
    written = token.lower()
    junk = HARD_JUNK.search(token) is not None
    if junk:
        threshold = -math.inf
    elif (written_score := word_score(written)) > -math.inf:
        threshold = written_score + MARGIN_PLAIN
    else:
        threshold = UNKNOWN_PLAIN_SCORE
    best, best_score = token, threshold
    for combo in itertools.product(*units):
        candidate = "".join(reading for reading, _ in combo).lower()
        if candidate == written or not candidate.isalpha():
            continue
        score = word_score(candidate) - sum(cost for _, cost in combo)
        if score > best_score:
            best, best_score = candidate, score
    return token if best is token else _restore_case(best, token)


@dataclass(frozen=True, slots=True)
class Repair:
    """The repaired text and the (original, repaired) token pairs that changed."""

    text: str
    changes: tuple[tuple[str, str], ...]


def repair_text(text: str) -> Repair:
    """Repair every token of ``text`` except e-mail addresses and links."""
    protected = [(m.start(), m.end()) for m in PROTECTED.finditer(text)]
    changes: list[tuple[str, str]] = []

    def fix(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in protected):
            return m.group(0)
        fixed = repair_token(m.group(0))
        if fixed != m.group(0):
            changes.append((m.group(0), fixed))
        return fixed

    return Repair(TOKEN.sub(fix, text), tuple(changes))
