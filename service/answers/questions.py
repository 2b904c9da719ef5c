"""What kind of question is asked, and in which language."""

from __future__ import annotations

import re
from typing import Literal

QuestionKind = Literal["when", "how_many", "who", "what"]

_EN = re.compile(r"\b(what|when|who|which|how|did|was|were|the|is|are|of|does|do)\b", re.I)
_SV = re.compile(r"\b(vad|när|vem|vilka|vilken|vilket|hur|och|det|är|som|av|för|den|har|om)\b", re.I)
_KINDS: list[tuple[QuestionKind, re.Pattern[str]]] = [
    ("how_many", re.compile(r"\b(hur (många|mycket|stor[at]?|hög[at]?|lång[at]?)|antal(et)?|how (many|much|long)|what (number|amount))\b", re.I)),
    ("when", re.compile(r"\b(när|vilket datum|vilken dag|what date|which day|when)\b", re.I)),
    ("who", re.compile(r"\b(vem|vilka personer|vilket organ|vilken (grupp|person|myndighet)|who|which (body|group|person))\b", re.I)),
]


def language(question: str) -> Literal["sv", "en"]:
    """'en' when English function words outnumber Swedish ones, else 'sv'."""
    if re.search(r"[åäöÅÄÖ]", question):
        return "sv"
    return "en" if len(_EN.findall(question)) > len(_SV.findall(question)) else "sv"


def kind(question: str) -> QuestionKind:
    """The question's kind: when / how_many / who / what."""
    for name, pattern in _KINDS:
        if pattern.search(question):
            return name
    return "what"
