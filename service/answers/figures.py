"""Figures, clock times and amounts of money in a text, and the figure a question's noun is counted
in ('Hur många incidenter …?' is answered by '253 incidenter', not by '49 kommunerna')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer.dates import MONTHS
from indexer.stores.bm25_store import head_tokens, token_set

HOUR_WORDS = {"ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
              "tio": 10, "elva": 11, "tolv": 12}
# A clock time: 'kl. 13.00', '13:00', 'kl 9', 'klockan nio', 'klockan halv tio' (09:30), '10:30 a.m.'
TIME = re.compile(
    r"(?<![\d.,:])(?:kl\.?\s*|klockan\s+)?(?P<h1>[01]?\d|2[0-3]):(?P<m1>[0-5]\d)(?![\d:])"
    r"|\b(?:kl\.?|klockan)\s*(?P<h2>[01]?\d|2[0-3])\.(?P<m2>[0-5]\d)\b"
    r"|\b(?:kl\.?|klockan)\s*(?P<h3>[01]?\d|2[0-3])\b(?![.:,]\d)"
    r"|\b(?:kl\.?|klockan)\s+(?P<half>halv\s+)?(?P<word>" + "|".join(HOUR_WORDS) + r")\b"
    r"|\b(?P<h5>1[0-2]|0?[1-9])(?::(?P<m5>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m\b)",
    re.I)
_NUMBER = re.compile(r"\b\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?\b|\b\d+(?:[.,]\d+)?(?:\s*-\s*\d+)?\b")
_NOT_FIGURES = re.compile(
    r"\b(?:18|19|20)\d{2}:\d+\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}/\d{1,2}(?:[ -]\d{2,4})?\b"
    r"|\b\d{1,2}(?:\s*(?:-|–|och)\s*\d{1,2})?\s+(?:" + "|".join(MONTHS) + r")\b|\b(?:RS|RF|Dnr)\s*\d{4}-\d+\b"
    # a number that names its item ('etapp 3', 'Rekommendation 2:', 'Tabell 1') counts nothing
    r"|\b(?:vecka|v\.|week|cykel|cycle|kvartal|etapp|gateway|fas|nr|§|rekommendation|tabell|bilaga|figur|kapitel|"
    r"avsnitt|iakttagelse|fråga|bild|sida|recommendation|table|figure|appendix|chapter|section|slide|page)\s*\d+(?:\.\d+)?\b"
    r"|\b\d+(?::e|:a)\b"
    # a statute's chapters and sections ('21 kap. 3 §', '§ 212'); its number ('sekretesslagen (2009:400)')
    # is the first alternative, so that its year is not read alone
    r"|\b\d+\s*kap\b\.?|\b\d+\s*[a-z]?\s*§|§\s*\d+",
    re.IGNORECASE,
)
# a sum without its currency ('41 750 000' in a table) or a share; not a count of something named
# after it ('17 100 medarbetare'): a figure that counts a noun is no amount
AMOUNT_LIKE = re.compile(r"(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{4,})(?!\s*[^\W\d_])|\d+(?:[.,]\d+)?\s*(?:%|procent|percent)", re.I)
MONEY = re.compile(
    r"\b\d{1,3}(?:[ \u00a0]\d{3})*(?:[.,]\d+)?\s*(?:mnkr|mkr|mdkr|tkr|kr|kronor|miljoner|miljarder|msek|m sek|sek|mn|mdr)\b"
    r"|\b\d+(?:[.,]\d+)?(?:mnkr|mkr|mdkr|tkr|kr|msek)\b|\b\d+(?:[.,]\d+)?\s*M\s*SEK\b"
    # as English writes it: the currency first ('SEK 135 million', 'EUR 2.5m', '€40 million')
    r"|(?:\b(?:SEK|EUR|USD|NOK|DKK)|[€$£])\s?\d{1,3}(?:[ ,\u00a0]\d{3})*(?:\.\d+)?(?:\s*(?:million|billion|bn|m)\b)?"
    r"|\b\d+(?:[.,]\d+)?\s*(?:million|billion)\s+(?:kronor|crowns|euros?|dollars?)\b",
    re.IGNORECASE,
)
NUMBER_WORDS = frozenset({"två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tjugo",
                          "trettio", "fyrtio", "femtio", "hundra", "tusen", "dubbelt", "two", "three", "four", "five",
                          "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred", "thousand"})
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def times_in(text: str) -> list[str]:
    """Clock times in a text as 'HH:MM' ('kl. 13.00' → '13:00', 'klockan nio' → '09:00', '2 p.m.' → '14:00')."""
    return [_clock(m) for m in TIME.finditer(text)]


def _clock(m: re.Match[str]) -> str:
    """One match of ``TIME`` as 'HH:MM'."""
    if m["word"]:
        hour = HOUR_WORDS[m["word"].casefold()]
        return f"{hour - 1:02d}:30" if m["half"] else f"{hour:02d}:00"  # 'halv tio' is half past nine
    if m["ampm"]:
        hour = int(m["h5"]) % 12 + (12 if m["ampm"][0].lower() == "p" else 0)
        return f"{hour:02d}:{m['m5'] or '00'}"
    if m["h1"]:
        return f"{int(m['h1']):02d}:{m['m1']}"
    if m["h2"]:
        return f"{int(m['h2']):02d}:{m['m2']}"
    return f"{int(m['h3']):02d}:00"  # 'kl 9


def figures(text: str) -> list[tuple[str, int, int]]:
    """Figures in a text as (figure, start, end): not dates, years, times, case numbers or weeks."""
    cleaned = _NOT_FIGURES.sub(lambda m: " " * len(m.group(0)), text)
    return [(m.group(0), m.start(), m.end()) for m in _NUMBER.finditer(cleaned)]


HEAD_MIN = 4  # letters of a stem that may end an unsplit compound ('coach' in 'millenniumcoach')


_CLAUSE_END = re.compile(r"[.!?;]\s|\s\|\s")  # a sentence's end, or a table cell's
LABEL_WORDS = 6
# a preposition after the figure starts what the counted thing is placed by: 'fyra dagar före
# driftstoppet' counts days, not stoppages ('av' is partitive: '241 av 318 användare')
_PLACING = frozenset({"före", "efter", "inför", "under", "sedan", "inom", "på", "i", "vid", "från", "till", "mot",
                      "hos", "med", "utan", "per", "before", "after", "since", "within", "during", "from", "until"})


# a decimal counts only in a larger unit or a share ('1,2 miljoner invånare', '95,3 procent')
_SCALE = re.compile(r"\s*(?:miljon\w*|miljard\w*|tusen\w*|mnkr|mdkr|million\w*|billion\w*|thousand\w*|procent\w*|"
                    r"percent|%)", re.I)


def is_count(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` can count things: not negative ('−2,7'), and not a
    decimal ('2,7'; '1,200' is English thousands) unless a larger unit or a share follows it."""
    if text[max(0, start - 1):start] in ("−", "-", "–") and not text[max(0, start - 2):start - 1].isalnum():
        return False
    decimal = re.search(r"[.,](?:\d{1,2}|\d{4,})$", text[start:end])  # '1,200' (English thousands) counts
    return not decimal or bool(_SCALE.match(text, end))


def bound_figure(text: str, terms: list[str], exclude: frozenset[str] = frozenset(),
                 context: Sequence[frozenset[str]] = ()) -> str | None:
    """The figure that the question's thing is counted in: one with a content stem among the three
    words after it (or the two before it, 'incidenter: 253', or a table cell's column name, 'Öppna
    ärenden 12 maj: 5'); number words ('fem
    sjukhusförvaltningar') count when bound. Of several, the one whose words beside it, then
    around it, hold most of the ``context`` terms (each a question term's stems: '186 incidenter
    på Närhälsan' for 'Hur många incidenter hade Närhälsan …?', 'totalt 14 risker inom området
    styrning' for '… risker fanns totalt inom området styrning …'), the first when they hold as
    many. Figures in ``exclude`` (the question's own: '… de senaste 24 timmarna') do not count, nor
    does a figure that is no count: '−2,7' under a budget's column 'Avvikelse' is not 2.7 deviations."""
    numeric = [f for f in figures(text) if is_count(text, f[1], f[2])]
    words = [(m.group(0), m.start(), m.end()) for m in _NUMBER_WORD.finditer(text)]
    bound = []
    for figure, start, end in sorted(numeric + words, key=lambda f: f[1]):
        if figure.casefold() in exclude:
            continue
        # the words beside the figure, within its own sentence ('… från 17 kliniker. Under …' does not bind 17)
        after = _CLAUSE_END.split(text[end:], maxsplit=1)[0].split()
        placed = next((i for i, w in enumerate(after[:3]) if i and w.casefold() in _PLACING), 3)
        cell = _CLAUSE_END.split(text[:start])[-1]
        before = cell.split()
        # a table's cell names its column before the figure ('Öppna ärenden 12 maj: 5'): the name is what it counts
        near_before = before if cell.rstrip().endswith(":") and len(before) <= LABEL_WORDS else before[-2:]
        beside = " ".join(near_before + after[:3])
        heads = head_tokens(" ".join(after[:placed])) | head_tokens(" ".join(near_before))
        # a compound the splitter does not know is still counted by its head ('180 Millenniumcoacher' are coaches)
        if any(t in heads or (len(t) >= HEAD_MIN and any(h.endswith(t) for h in heads)) for t in terms):
            near, around = token_set(beside), token_set(" ".join(before[-4:] + after[:6]))
            bound.append((sum(bool(stems & near) for stems in context), sum(bool(stems & around) for stems in context),
                          -start, figure))
    return max(bound)[-1] if bound else None


def own_figures(question: str) -> frozenset[str]:
    """The figures a question gives itself ('… de senaste 24 timmarna'): never its answer."""
    return frozenset(f for f, _, _ in figures(question))


def money_in(text: str) -> list[str]:
    """Amounts of money ('1 400 miljoner kronor', '100mnkr', '1.5 M SEK', 'SEK 135 million')."""
    return [m.group(0) for m in MONEY.finditer(text)]
