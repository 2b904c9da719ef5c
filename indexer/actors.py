"""Who decides or acts in an entry, under one canonical name per body.

The sources misspell the long compound names of the programme's groups in many ways
("Kontrakthaneringsstyvgrupp", "Programstyvergrupp", "Kontraktstyrningsgrupp"). A word is
taken as a variant of a canonical group name when it shares the first four letters and is
close by edit similarity (difflib ratio ≥ 0.8); fixed phrases are matched exactly.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

# Canonical name → phrases (regular expressions, case-insensitive) that name the body.
PHRASES: dict[str, tuple[str, ...]] = {
    "Regionfullmäktige": (r"regionfullmäktige",),
    "Regionstyrelsens digitaliseringsberedning": (r"regionstyrelsens? digitaliseringsberedning",),
    "Regionstyrelsen": (r"regionstyrelsen",),
    "Ägarutskottet": (r"[äå]garutskottet",),
    "Regiondirektören": (r"regiondirektör(?:en)?",),
    "Regionchefsläkaren": (r"regionchefsläkare(?:n)?",),
    "Hälso- och sjukvårdsutvecklingsdirektören": (r"hälso- och sjukvårdsutvecklingsdirektör(?:en)?",),
    "Hälso- och sjukvårdens digitaliseringsdirektör": (r"hälso- och sjukvårdens digitaliseringsdirektör",),
    "Hypercare Executive": (r"hypercare executive(?: sync)?",),
    "Regional särskild organisation": (r"regional särskild ?organisation", r"\bRSO\b"),
    "Go Live Production team": (r"go live production team",),
    "Programchef Millennium": (r"programchef(?: för)? millennium",),
    "Program Millennium": (r"program millennium",),
    "Leverantören": (r"leverantör(?:en|ens)?\b", r"representanter från leverantören"),
    "Avtalsgrupp Millennium": (r"avtalsgrupp(?:en)?(?: millennium)?",),
    "Styrgrupp för hälso- och sjukvårdens digitalisering": (
        r"sty[rv]grupp för hälso- och sjukvårdens digitalisering",
    ),
    "Södra Älvsborgs sjukhus": (r"(?:styrelsen för )?södra älvsborgs sjukhus(?: styrelse)?",),
    "Närhälsan": (r"närhälsan",),
    "Kommunerna": (r"kommunerna",),
    "Läkarföreningen": (r"(?:vgr:s )?läkarföreningen", r"läkarförbundet"),
    "Barnläkarföreningen": (r"barnläkarföreningen",),
    "Facklig referensgrupp Millennium": (r"facklig referensgrupp millennium",),
    "EU-domstolen": (r"eu-domstolen",),
    "VGR": (r"\bVGR\b", r"västra götalandsregionen"),
}

# Canonical group names whose misspelt variants are recognised by similarity.
FUZZY_HEADS: dict[str, str] = {
    "kontraktshanteringsstyrgrupp": "Kontraktshanteringsstyrgrupp Millennium",
    "programstyrgrupp": "Programstyrgrupp Millennium",
    "programledningsgrupp": "Programledningsgrupp Millennium",
}
FUZZY_MIN_RATIO = 0.8
_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉé]+")
_PASSIVE_FORUM = re.compile(r"(?:presenteras|redovisas|rapporteras|föredras|lyfts|meddelas) (?:för|till) (.+?)(?:[.,]|$)", re.IGNORECASE)
_COMPILED = [(name, re.compile(p, re.IGNORECASE)) for name, ps in PHRASES.items() for p in ps]


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor named at a character offset."""

    start: int
    canonical: str


def canonical_group(word: str) -> str | None:
    """Map a (possibly misspelt, possibly definite or genitive) group word to its canonical name."""
    w = word.casefold()
    for suffix in ("ens", "en", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 12:
            stem = w[: -len(suffix)]
            if any(stem[:4] == head[:4] and _ratio(stem, head) >= FUZZY_MIN_RATIO for head in FUZZY_HEADS):
                w = stem
                break
    best, best_ratio = None, FUZZY_MIN_RATIO
    for head, canonical in FUZZY_HEADS.items():
        if w[:4] != head[:4]:
            continue
        ratio = _ratio(w, head)
        if ratio >= best_ratio:
            best, best_ratio = canonical, ratio
    return best


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def find_actors(text: str) -> list[Mention]:
    """All actor mentions in ``text``, in order of appearance (earliest first)."""
    mentions: list[Mention] = []
    for word in _WORD.finditer(text):
        canonical = canonical_group(word.group(0))
        if canonical:
            mentions.append(Mention(word.start(), canonical))
    for name, pattern in _COMPILED:
        for m in pattern.finditer(text):
            mentions.append(Mention(m.start(), name))
    # At one offset prefer the longest phrase's name (e.g. the beredning over Regionstyrelsen).
    mentions.sort(key=lambda m: (m.start, -len(m.canonical)))
    return mentions


def first_sentence(text: str) -> str:
    """The text up to the first sentence end (or the whole text)."""
    m = re.search(r"(?<!^\d)(?<!^\d\d)[.!?](?:\s|$)", text)
    return text[: m.end()] if m else text


# A body named right after one of these is spoken to or about, not the one acting:
# 'En interpellation skickas till Regionstyrelsen', 'mandat till regionstyrelsen', 'brev från läkarföreningen'.
_NOT_SUBJECT = re.compile(r"\b(?:till|för|från|av|med|hos|mot|om|inom|åt|to|for|from|by|with)\s+(?:\w+\s+){0,2}$",
                          re.IGNORECASE)


def detect_actor(text: str) -> str | None:
    """The body that decides or acts: the first actor named in the first sentence that is not the
    object of a preposition ('skickas till Regionstyrelsen'), else the forum something 'presenteras
    för', else None."""
    sentence = first_sentence(text)
    mentions = [m for m in find_actors(sentence) if not _NOT_SUBJECT.search(sentence[:m.start])]
    if mentions:
        return mentions[0].canonical
    forum = _PASSIVE_FORUM.search(text)
    if forum:
        named = find_actors(forum.group(1))
        if named:
            return named[0].canonical
    return named_person(text)


_NAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?: [A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2}"
_SAYS = re.compile(rf"\b(?:säger|sa|said|says|enligt)\s+(?P<name>{_NAME})(?:,\s*(?P<role>[a-zåäö][^.,;:\n\"”]{{2,60}}))?")
_ROLE_FIELD = re.compile(rf"^(?P<role>ordförande|vice ordförande|sekreterare|handläggare|kontakt|presskontakt|talesperson|"
                         rf"föredragande|justerare)\s*:\s*(?P<name>{_NAME})", re.IGNORECASE | re.MULTILINE)


def named_person(text: str) -> str | None:
    """A person the text names with a role, as 'Name, role' ('– …, säger Anna Svensson, regionråd';
    'Ordförande: Per Holm'), or the name alone when no role is given; None when there is none."""
    if m := _ROLE_FIELD.search(text):
        return f"{m['name']}, {m['role'].lower()}"
    if m := _SAYS.search(text):
        return f"{m['name']}, {m['role'].strip()}" if m["role"] else m["name"]
    return None
