"""What a question asks for: its language, the type of answer it wants, the bodies it names.

The answer type decides what evidence can answer: a *när/when* question needs a date, a *vilken
tid/what time* question a clock time, *hur många/how many* a figure bound to the thing asked
about, *hur mycket/how much* an amount of money, *vem/vilket organ/who* a body or a person,
*varför/why* a stated reason.
"""

from __future__ import annotations

import re
from typing import Literal

from indexer.stores.bm25_store import tokenize

# Verbs and nouns that say a decision was made or something happened, and nothing about what:
# 'Vad beslutade X 2024?' asks for a list, 'När fattades det beslutet?' only points back.
GENERIC = frozenset(tokenize(["beslut beslutade besluten beslutades beslutar fattade fattat decisions decided decide "
                              "decision happened hände hänt händer skedde gjorde take took tog"])[0])

QuestionKind = Literal["when", "what_time", "how_many", "how_much", "who", "why", "what"]
KINDS: tuple[QuestionKind, ...] = ("when", "what_time", "how_many", "how_much", "who", "why", "what")

_EN = re.compile(r"\b(what|when|who|which|how|did|was|were|the|is|are|of|does|do|has|have|why|after|before|"
                 r"tell|me|more|about|next|then|that|it|and|please)\b", re.I)
_SV = re.compile(r"\b(vad|när|vem|vilka|vilken|vilket|hur|och|det|är|som|av|för|den|har|om|var|varför|efter|innan)\b", re.I)
_BODY_NOUNS_SV = ("grupp|person|personer|myndighet|instans|organ|organisation|förening|leverantör|företag|aktör|nämnd|"
                  "styrelse|funktion|stab|roll|region|sjukhus|förvaltning|kommun|förbund|part|representant|bolag|konsultbolag|"
                  "konsultföretag|konsultfirma|firma|byrå|vårdcentral|klinik|avdelning|verksamhet|universitet|"
                  # people named by their office ('Vilka ledamöter reserverade sig …?')
                  "ledamot|ledamöter|ledamöterna|politiker|politikerna|företrädare|tjänsteman|tjänstemän|ordförande|"
                  "revisor|revisorer|revisorerna|direktör|chef|chefer|granskare|observatör|expert|experter|konsult|konsulter|"
                  "jurist|jurister|förhandlare|utredare|talesperson|ledare")
_BODY_NOUNS_EN = ("body|bodies|group|person|people|organisation|organization|association|company|supplier|vendor|committee|"
                  "board|council|authority|hospital|union|role|function|team|region|municipality|party|firm|consultancy|"
                  "clinic|department|agency|university|member|members|politician|politicians|official|officials|director|"
                  "manager|managers|chair|auditor|auditors|reviewer|reviewers|observer|observers|expert|experts|consultant|"
                  "consultants|lawyer|lawyers|negotiator|negotiators|evaluator|investigator|inspector|spokesperson|leader|"
                  "chairman|chairperson")
# 'Vilka ingår i …', 'Vilka reserverade sig …': a finite verb straight after *vilka* has persons as its
# subject. Listed, not guessed by ending: '-er/-ar' is as often a plural noun ('Vilka åtgärder'). A past
# tense in '-ade' is also a participle ('Vilka beslutade åtgärder', 'Vilka säkerhetsrelaterade funktioner'):
# it is a verb only before what follows a verb ('sig', 'mot', 'att', 'den 30 september', '?')
_WHO_VERBS_SV = ("ingår|ingick|deltar|deltog|sa|sade|sitter|satt|leder|ledde|står|stod|fick|får|skrev|skriver|tog|tar|"
                 "gav|ger|ansvarar|arbetar|representerar|beslutar|röstar|svarar|godkände|valde|äger|ägde|sköter|skötte|"
                 "utsågs|utses|stöder|stödde|kräver|krävde|vill|ville|"
                 r"(?:ansvarade|arbetade|representerade|beslutade|reserverade|röstade|skickade|svarade|kritiserade|varnade|"
                 r"undertecknade)(?=\s+(?:sig|mot|emot|för|att|om|den|det|de|i|på|vid|med)\b|\s*\?)")
_KINDS: list[tuple[QuestionKind, re.Pattern[str]]] = [
    ("what_time", re.compile(
        r"\b(vilken tid(?:punkt)?(?! av året)|vilket klockslag|vilka klockslag|mellan vilka tider|between what times|hur dags|klockan hur mycket|när på (?:dagen|dygnet|morgonen|"
        r"kvällen|natten|eftermiddagen)|what time|at what time|which time|what hour)\b", re.I)),
    ("how_much", re.compile(
        r"\b(hur mycket(?! (?:tid|arbete|arbetstid)\b)|vilket belopp|vilken summa|hur stor(?:t|a)? (?:summa|belopp|kostnad|budget|ersättning|skadestånd)|"
        r"hur stor(?:t|a)? (?:var|är|blev|blir) (?:\w+ ){0,2}\w*(?:summan|beloppet|kostnaden|kostnaderna|budgeten|ersättningen|skadeståndet|"
        r"skadeståndskravet|vitet|avgiften|priset|anslaget)\b|"
        r"vad kostade|vad kostar|vad (?:[\wåäö-]+ ){1,8}kosta(?:r|de)?|hur mycket pengar|i (?:kronor|miljoner kronor|miljarder kronor|sek)|in (?:kronor|sek)|how much(?! (?:time|work)\b)|what amount|which amount|what sum|what did .{1,40} cost)\b", re.I)),
    ("why", re.compile(r"\b(varför|av vilken anledning|av vilket skäl|vad var (?:skälet|anledningen|orsaken)|"
                       r"vad berodde .{1,40} på|vad orsakade|vad ledde till|hur kom det sig|vad låg bakom|why|for what reason|"
                       r"what was the reason|what caused|what led to|how come|what was behind)\b", re.I)),
    ("how_many", re.compile(r"\b(hur många|antal(?:et)?|how many|what number of|the number of)\b", re.I)),
    ("when", re.compile(
        r"\b(när|vilket datum|vilken dag|vilket år|vilken månad|vilken vecka|what date|which date|which day|on what day|"
        r"what year|which year|which month|when)\b", re.I)),
    ("who", re.compile(
        rf"\b(vem|vems|vad (?:heter|hette|hét)|vilka (?:personer|organ|aktörer|grupper)|vilke[nt] (?:[a-zåäö-]+ )?(?:{_BODY_NOUNS_SV})|"
        rf"vilka (?:[a-zåäö-]+ )?(?:{_BODY_NOUNS_SV})|vilka (?:{_WHO_VERBS_SV})|who|whom|whose|what (?:is|was) the name of|"
        rf"which (?:[a-z-]+ )?(?:{_BODY_NOUNS_EN}))\b", re.I)),
]


def language(question: str) -> Literal["sv", "en"]:
    """'en' when English function words outnumber Swedish ones, else 'sv'."""
    if re.search(r"[åäöÅÄÖ]", question) and not re.search(r"\b(what|when|who|which|how)\b", question, re.I):
        return "sv"
    return "en" if len(_EN.findall(question)) > len(_SV.findall(question)) else "sv"


def kind(question: str) -> QuestionKind:
    """The answer type the question wants: the kind whose cue comes first in it ('Vilken
    organisation … om när de skulle ansluta sig?' asks who; its *när* opens a clause), the
    earlier-listed kind when two cues start at the same word."""
    main = _LEADING_CLAUSE.sub("", question, count=1)  # 'När läget stämdes av …, hur många …?' asks how many
    return _first_cue(main) or _first_cue(question) or "what"


def _first_cue(text: str) -> QuestionKind | None:
    """The kind whose cue starts first in the text (the earlier-listed one at the same place)."""
    found = [(m.start(), order, name) for order, (name, pattern) in enumerate(_KINDS)
             if (m := next((m for m in pattern.finditer(text) if not _clause_when(text, m)), None))]
    return min(found)[2] if found else None


# A question that opens with its own question word ('Vad ville man …', 'What did the supplier
# say …') and goes on with a bare 'när/when' has a clause there, not a cue: '… när man fördjupade
# strategin?' says which occasion, it does not ask for a date
_OPENS_ASKING = re.compile(r"^\W*(?:(?:och|men|and|but)\s+)?(?:vad|hur|vilken|vilket|vilka|what|how|which|where)\b", re.I)


def _clause_when(text: str, cue: re.Match[str]) -> bool:
    """Whether a cue is a bare 'när/when' after the question's own opening question word."""
    return cue.group(0).casefold() in ("när", "when") and cue.start() > 0 and bool(_OPENS_ASKING.match(text))


# A clause before the question proper: 'När läget stämdes av den 4 november, hur många …?'
_LEADING_CLAUSE = re.compile(r"^\s*(?:när|då|efter att|innan|sedan|when|after|before|once)\b[^,?]*,\s*", re.I)


_PLURAL = re.compile(r"\b(vilka|vad ingår|vilka är|which (?:\w+ ){0,3}(?:are|were|did)|what are|what were|list|name the)\b"
                     r"|\bwhich \w+s\b", re.I)


def asks_for_several(question: str) -> bool:
    """Whether the question asks for several things ('Vilka punkter …', 'Which regions …')."""
    return bool(_PLURAL.search(question))
