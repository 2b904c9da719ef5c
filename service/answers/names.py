"""Names in a sentence: persons, companies, bodies and roles, for answers to *vem/who* and to
questions that ask for a company ('Vilket företag …?').

A person is two or three capitalised words that are no organisation's or programme's words; a
company is a name with its legal form ('Kvadrant Granskning AB') or a capitalised word that is no
body the corpus knows, no abbreviation and no everyday word; a body is one of the canonical actors.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.actors import find_actors
from indexer.stores.bm25_store import head_tokens, token_set
from indexer.text.frequency import zipf
from service.answers.questions import QuestionKind

# A capitalised word inside a text, not one opening it or a sentence of it ('… enligt VGRfokus',
# 'konsultföretaget Kvadrant Granskning AB'): a name, not a sentence's first word
INNER_CAPITALISED = re.compile(r"(?<=[\s(\"'«])(?<![.!?:]\s)[A-ZÅÄÖ][\wåäöÅÄÖé-]{2,}")
_PERSON = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?){1,2}\b")


@lru_cache(maxsize=20_000)
def actors_named(text: str) -> frozenset[str]:
    """The canonical bodies and roles a text names (cached: candidate sentences recur)."""
    return frozenset(m.canonical for m in find_actors(text))


_NOT_NAMES = frozenset({"ab", "svenska", "sverige", "region", "regionen", "västra", "götaland", "götalandsregionen",
                        "program", "millennium", "oracle", "cerner", "södra", "norra", "östra", "älvsborgs", "sjukhus",
                        "the", "och", "go", "live", "production", "team", "executive", "hypercare", "end", "test"})


def person_in(text: str, besides: str = "") -> str | None:
    """The first person the text names: two or three capitalised words (at a sentence's start only
    three, or two with a role after a comma: 'Lena Bergqvist, presschef') none of which is a word
    of an organisation's or programme's name ('Oracle Svenska AB'), and not a person ``besides``
    names ('… förutom Birgitta Hallén?' is not answered by her)."""
    named = besides.casefold()
    for m in _PERSON.finditer(text):
        words = [w.casefold() for w in re.split(r"[\s-]+", m.group(0))]
        apposition = _APPOSITION.match(text, m.end()) is not None  # 'Lena Bergqvist, presschef, …' opening a line
        if (m.start() > 0 or len(words) == 3 or apposition) and not any(w in _NOT_NAMES for w in words) \
                and not _common_english(words[-1]) and m.group(0).casefold() not in named:
            return m.group(0)
    return None


_APPOSITION = re.compile(r",\s*[a-zåäö]")


def _common_english(word: str) -> bool:
    """A common English word ('Service', 'Network'): the end of a product's name, not a surname."""
    return zipf(word, "en") >= 4.5


# A person by role ('Förhandlingsavdelningens chef', 'En händelsespecifik expert', 'ordföranden'): an
# answer to 'who' even without a name
_ROLE = re.compile(r"\b\w*(?:chef|chefen|expert|experten|direktör|direktören|ordförande|ordföranden|handläggare|"
                   r"handläggaren|samordnare|samordnaren|ledamot|ledamöter|ledamoten|ledare|ledaren|ansvarig|ansvariga|"
                   r"konsult|konsulten|granskare|granskarna|revisor|revisorer|revisorerna|presschef|talesperson|"
                   r"tjänsteman|tjänstemannen|tjänstemän|tjänstemännen|official|officials|"
                   r"manager|director|chair|chairman|expert|officer|consultant|auditor|auditors)\b", re.I)


# a body by what it is, also one the corpus has no canonical name for ('revisorskollegiet', 'Vårdnämnden')
_BODY = re.compile(r"\b\w+(?:kollegiet|kollegium|styrelsen|nämnden|fullmäktige|utskottet|beredningen|rådet|förbundet|"
                   r"myndigheten|inspektionen|verket|kontoret|revisionen|kansliet|sekretariatet)\b", re.I)


# a body is asked for ('Till vilken instans överlämnades rapporten?', 'Which body decided …?'): a person is no answer
BODY_ASKED = re.compile(r"\b(?:vilken|vilket|vilka|which|what)\s+(?:\w+\s+)?(?:instans|instanser|organ|nämnd|myndighet|"
                        r"body|bodies|authority|committee)\b", re.I)


# persons are asked for ('Vilka ledamöter står bakom motionen?', 'Which members voted against?'): a body is no answer
MEMBERS_ASKED = re.compile(r"\b(?:vilken|vilka|which)\s+(?:av\s+|of\s+the\s+)?(?:\w+\s+)?(?:ledamot|ledamöter|ledamöterna|"
                           r"person|personer|personerna|politiker|politikerna|tjänsteman|tjänstemän|tjänstemännen|"
                           r"member|members|people|politician|politicians)\b", re.I)


def body_evidence(sentence: str, question: str, asked: frozenset[str]) -> float:
    """How well a sentence names a body the question asks for: a body the corpus knows or one
    named by what it is ('revisorskollegiet'), not one the question names itself."""
    return 1.0 if actors_named(sentence) - asked or _new_body(sentence, question) else 0.0


def names_asked_role(question: str, sentence: str) -> bool:
    """Whether a record's field names a person in the role the question asks for ('Vid protokollet:
    Sara Engdahl, sekreterare' for 'Vem var sekreterare och förde protokollet?')."""
    asked = token_set(question)  # a compound's head is its role: 'utvärderingsansvarig' is no 'utvärdering'
    return any(person_in(line) and head_tokens(line) & asked for line in sentence.split("\n"))


def new_role(sentence: str, question: str) -> bool:
    """A role or a body the sentence names and the question does not ('chef', 'expert',
    'ordförande', 'revisorskollegiet')."""
    return any(m.group(0).casefold() not in question for m in _ROLE.finditer(sentence)) or _new_body(sentence, question)


def _new_body(sentence: str, question: str) -> bool:
    """A body named by what it is that the corpus has no canonical name for (a known one is an
    actor, judged against the bodies the question names) and the question does not name."""
    return any(m.group(0).casefold() not in question.casefold() and not actors_named(m.group(0))
               for m in _BODY.finditer(sentence))


# a capitalised word inside a sentence: not its first, nor the first of a sentence after it ('… datahallarna.
# Observatören utses …')
_INNER_CAPITAL = re.compile(r"(?<![.!?:]\s)(?<![.!?:]\s\s)(?<=[ \t(])[A-ZÅÄÖ][\wåäöÅÄÖ-]{2,}")


def new_name(sentence: str, question: str, asked: frozenset[str] = frozenset()) -> bool:
    """A capitalised word inside the sentence (not its first) that the question does not use,
    by its own words or by the bodies it names (``asked``), and that is no role ('IT-driftchefen')."""
    words = _INNER_CAPITAL.findall(sentence)
    return any(w.casefold() not in question and w.casefold() not in _NOT_NAMES and not _ROLE.fullmatch(w.split("-")[-1])
               and not (actors_named(w) and actors_named(w) <= asked) for w in words)


# A company is asked for ('Vilket företag vann upphandlingen?', 'Which consulting firm carried out …?'):
# only a sentence that names one answers, best by its legal form ('Kvadrant Granskning AB')
COMPANY_ASKED = re.compile(r"\b(?:vilke[nt]|vilka|which|what)\s+(?:\w+\s+)?(?:\w*företag\w*|\w*bolag\w*|\w*firma\w*|"
                           r"leverantör\w*|compan(?:y|ies)|firms?|vendors?|suppliers?|contractors?)\b", re.I)
COMPANY = re.compile(r"\b[A-ZÅÄÖ][\w&.-]*(?:\s+[\w&.-]+){0,2}\s+(?:AB|Inc|Ltd|Oy|ASA|AS|GmbH|LLC|Corp|Corporation)\b")
_NOT_FIRMS = _NOT_NAMES - {"oracle", "cerner"}


def asks_for_company(question: str, kind: QuestionKind) -> bool:
    """Whether a who-question asks for a company ('Vilket företag …?', 'Which consulting firm …?')."""
    return kind == "who" and bool(COMPANY_ASKED.search(question))


def company_evidence(sentence: str, question: str) -> float:
    """How surely the sentence names a company the question does not: 1 for a name with its legal
    form ('Oracle Svenska AB', 'Kvadrant Granskning AB'), 0.7 for another capitalised word inside
    the sentence that is no body the corpus knows ('Cerner', 'BearingPoint'), else 0."""
    own = question.casefold()
    if any(m.group(0).casefold() not in own for m in COMPANY.finditer(sentence)):
        return 1.0
    words = (m.group(0) for m in INNER_CAPITALISED.finditer(sentence))
    return 0.7 if any(_firm_like(w) and w.casefold() not in own for w in words) else 0.0


@lru_cache(maxsize=20_000)
def _firm_like(word: str) -> bool:
    """A capitalised word that can be a company's name: not an abbreviation ('SÄS'), not a body
    the corpus knows, not a word of the region's own names, not an everyday Swedish word."""
    return (not word.isupper() and word.casefold() not in _NOT_FIRMS and not actors_named(word)
            and zipf(word, "sv") < 3.0)
