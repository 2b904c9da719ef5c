"""Follow-up questions without a language model: what a question takes from the conversation.

The client sends the previous turns (question, cited entry ids, date filter); the service stays
stateless. A question is read as a follow-up only when it cannot stand alone:

- **navigation** ('Vad hände sedan?', 'Och innan dess?', 'What happened next?'): the entries after
  (before) the previous answer's first cited entry in date order;
- **more** ('Berätta mer', 'Mer om det', 'Tell me more'): that entry whole, with its neighbours;
- **a new period** ('Och 2023?', 'Och i oktober?', 'Samma sak för december?', 'And in 2017?'): the
  previous question with its period replaced (a bare month takes the previous period's year);
- **a reference** ('Vem beslutade det?', 'Varför?', 'När fattades det beslutet?', 'Who decided
  that?'): the question with the previous question's topic, the entries the previous answer cited
  considered beside the hits. A *bare* reference, with no words of its own ('När hände det?',
  'Who decided that?'), asks about the entry cited first: when that entry holds what is asked (its
  date, a body or person, a clock time), it is the answer;
- **a thing just talked about** ('Vad kostade uppdraget?', 'Hur stort var skadeståndskravet?'): a
  short question about a thing in its definite form, with history only, read as a reference;
- **the same day** ('Vad hände mer samma dag?', 'Varför blev starten försenad den morgonen?',
  'What else happened that day?'): the question asked of the day of the entry cited first; **a
  response** ('Hur svarade leverantören?', 'How did the supplier respond?'): of that day and after.

A question with words of its own and no back-reference is never rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from indexer.actors import find_actors
from indexer.dates import MONTHS
from indexer.stores.bm25_store import tokenize, word_tokens
from service.answers.questions import GENERIC, language

if TYPE_CHECKING:
    from service.answers.records import Answer

MAX_TURNS = 10
NO_CONTEXT = {
    "sv": "Frågan syftar på något tidigare i samtalet, men det finns inget tidigare samtal. "
          "Ställ den med ämnet utskrivet.",
    "en": "The question refers to something asked before, but there is no earlier conversation. "
          "Ask it with its subject written out.",
}
NAVIGATION = {
    "next": re.compile(r"\b(?:vad hände (?:sedan|därefter|efter det|senare|sen)|och (?:sedan|sen|därefter|efter det)|"
                       r"(?:vad|what) (?:happened|came) (?:next|after(?: that)?|then)|and (?:then|after that|next)|"
                       r"vad hände (?:härnäst|näst)|vad var nästa steg|what was the next step)\b", re.I),
    "before": re.compile(r"\b(?:och innan dess|vad hände (?:innan|före) (?:dess|det)|innan dess|före det|"
                         r"(?:what happened )?before (?:that|then)|and before that|vad hände dessförinnan)\b", re.I),
    "more": re.compile(r"\b(?:berätta mer|mer om (?:det|detta|den)|mer information|berätta om det|tell me more|"
                       r"more about (?:that|it|this)|more details|go on|fortsätt)\b", re.I),
}
_CONNECTOR = re.compile(r"^\s*(?:och|men|samma (?:sak|fråga)(?: för)?|hur (?:är|var) det med|and|but|what about|how about|"
                        r"same (?:for|question for)|likewise for)\b[\s,:]*", re.I)
_REFERENCE = re.compile(r"\b(?:det|detta|dessa|dem|denne|denna|den|hon|han|de|deras|dess|där|då|"
                        r"that|this|it|its|them|they|their|those|there|then|she|he|her|him)\b\s*[?.!]*\s*$|"
                        r"\b(?:det|detta|dessa|that|this|those) (?:beslutet|beslut|mötet|arbetet|systemet|decision|meeting)\b"
                        r"|\b(?:med|med dem|with) (?:dem|them)\b", re.I)
# Words that point back wherever they stand ('When was that decided?', 'Vilken befattning har hon?'); the
# Swedish 'det'/'den' point back only at the end (elsewhere they are mostly articles: 'det nya systemet').
_POINTING = re.compile(r"\b(?:that|it|them|they|those|she|he|her|him|dem|hon|han|dessa|detta|denne|dess|deras)\b", re.I)
# A person or group named before ('Vilken befattning har hon?', 'Who represents them?', 'När ska de
# återkoppla?'), 'det' doing something ('Hur lång tid tog det?'), a thing named before ('den morgonen', 'det beslutet', 'that day', 'as a result'):
# these point back even in a question with several words of its own.
_PERSONAL = re.compile(r"\b(?:them|they|their|she|her|he|him|his|hon|han|henne|honom|hans|hennes|dem|deras|denne)\b|"
                       r"^\s*(?:\w+\s+){0,3}?(?:ska|skulle|har|hade|kan|kunde|gjorde|fick|ville|måste|svarade|beslutade)\s+de\b"
                       r"(?!\s+[a-zåäö]+[ae]\s+[a-zåäö]+(?:na|en)\b)|"  # not the article: 'Fick de nya systemen …'
                       # 'det' as the subject of a verb, not an article ('Hur lång tid förväntas det ta?', 'När kommer det att ske?')
                       r"\b(?:det|den)\s+(?:att\s+)?(?:ta|tagit|bli|blivit|vara|varit|kosta|kostat|gå|gått|dröja|dröjt|"
                       r"hända|hänt|handla|pågå|pågått|ske|skett)\b", re.I)
_SINGULAR_PERSON = re.compile(r"\b(?:she|her|he|him|his|hon|han|henne|honom|hans|hennes|denne)\b", re.I)
_DEMONSTRATIVE = re.compile(
    # not a name ('enligt det Ägarutskottet fick höra': what the committee heard)
    r"\b(?:den|det|de|denna|detta|dessa)\s+(?!\d)(?-i:(?![A-ZÅÄÖ]))[a-zåäö]{3,}(?:en|et|na)\b(?!\s+[a-zåäö]+(?:en|et|na|n|s|år|dag)\b)|"
    r"\b(?:that|those|these)\s+(?:day|morning|evening|night|week|month|year|decision|decisions|meeting|letter|"
    r"report|time|date|company|supplier|system|contract|claim|agreement|document|risk|risks|incident|incidents|"
    r"hospital|unit|person|consultant|group|body|plan|problem|problems|change|event|step)\b|"
    r"\b(?:as a result|because of (?:that|this|it)|i samband med (?:vad|det|detta)|med anledning av (?:det|detta)|"
    r"på grund av (?:det|detta)|till följd av (?:det|detta)|by whom|för vem|av vem)\b", re.I)
# The day of what was cited ('Varför blev starten försenad den morgonen?', 'Vad hände mer samma dag?',
# 'Who else met that day?'): the follow-up is asked of that day.
_SAME_DAY = re.compile(r"\b(?:den|samma|that|the same)\s+(?:dag|dagen|morgon|morgonen|förmiddagen|eftermiddagen|kväll|"
                       r"kvällen|natten|day|morning|afternoon|evening|night)\b", re.I)
# A response to what was cited ('Hur svarade leverantören?', 'Hur reagerade kommunerna?', 'How did
# the supplier respond?'): the topic asked of that day and after.
_RESPONSE = re.compile(r"^\s*(?:och\s+|and\s+)?(?:(?:hur|vad)\s+(?:svarade|reagerade|sa|sade|tyckte|invände|kommenterade)"
                       r"(?:\s+(?!om\b|på\b|kring\b)\S+){1,3}|(?:how|what)\s+did(?:\s+(?!about\b|on\b|of\b)\S+){1,3}\s+(?:respond|react|reply|answer|say|think))"
                       r"\s*(?:på det|to (?:that|this|it))?\s*[?.!]*\s*$", re.I)
_BARE = re.compile(r"^\s*(?:och\s+)?(?:varför|hur|när|vem|vilka|why|how|when|who|vad innebar det|what did (?:it|that) mean)"
                   r"\s*(?:då|then)?\s*[?.!]*\s*$", re.I)
_WH = re.compile(r"^\s*(?:(?:vilken|vilket|vilka|which|what)\s+(?!\w+s\b)(?=\w+\s+(?:did|does|do|was|were|is|are|has|have|had)\b)\w+\s+|"
                 # 'Vilket datum beslutade …': the asked-for date is no part of the topic
                 r"(?:vilket|vilken|vilka)\s+(?:datum|dag|år|månad|vecka|tidpunkt|klockslag)\b|"
                 r"när|vem|vad|vilken|vilket|vilka|hur (?:många|mycket)?|varför|when|who|what|which|how (?:many|much)?|"
                 r"why)\b\s*(?:(?:did|does|do|was|were|is|are|has|have|had)\b\s*)?", re.I)
_PARTS = "början|mitten|slutet|beginning|middle|end|early|mid|late"
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATEISH = re.compile(rf"\b(?:(?:{_PARTS})\s+(?:av\s+|of\s+)?(?:{_MONTH_WORDS})(?:\s+\d{{4}})?|\d{{1,2}}(?::e|e|st|nd|rd|th)?\s+(?:{_MONTH_WORDS})(?:\s+\d{{4}})?|(?:{_MONTH_WORDS})\s+\d{{1,2}}"
                      rf"(?:,?\s+\d{{4}})?|(?:{_MONTH_WORDS})(?:\s+\d{{4}})?|\d{{4}}|\d{{1,2}}/\d{{1,2}}(?:[ -]\d{{2,4}})?|"
                      r"hösten|våren|sommaren|vintern|i år|i fjol|autumn|spring|summer|winter|samma år|the same year)\b", re.I)
_FILLER = frozenset(t for ts in tokenize(["och då i under för samma sak fråga år månad and in for same question year then "
                                          "vad hände what happened om about mer annat else also också dag day"]) for t in ts)


@dataclass(frozen=True, slots=True, kw_only=True)
class Turn:
    """A previous turn as the client sends it back: the question, the entries cited, the period."""

    question: str
    entry_ids: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    resolved_question: str | None = None

    @property
    def standalone(self) -> str:
        """The turn's question as it was answered."""
        return self.resolved_question or self.question


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolution:
    """What a follow-up takes from the conversation; ``question`` is the standalone question."""

    kind: str  # 'period' | 'reference' | 'next' | 'before' | 'more'
    question: str
    topic: tuple[str, ...] = ()
    entry_id: str | None = None
    anchors: tuple[str, ...] = field(default=())
    focus: str = ""  # a reference's own words ('Vem svarade på det?'): they choose the sentence, the topic the entries
    person: bool = False  # 'hon', 'han', 'she', 'he': a person named in the cited entries, not the topic
    bare: bool = False  # a reference with no words of its own: 'När hände det?', 'Who decided that?'
    dated: str = ""  # 'day': asked of the cited entry's day ('samma dag'); 'since': of that day and after ('Hur svarade de?')
    day: date | None = None  # that day, once known (``at``)

    def about(self, name: str) -> "Resolution":
        """The same follow-up about a person named in the entries it refers to."""
        base = self.question.split(" – ", 1)[0]
        # the answer must name the person too: 'befattning' alone is a word the records never use
        focus = f"{self.focus} {name}" if self.focus else ""
        return replace(self, question=f"{base} – {name}?", topic=tuple(name.split()), focus=focus)

    def at(self, day: date, words: str) -> "Resolution":
        """The same follow-up asked of a day or from it on (``words``: 'den 12 november 2024',
        'från och med den 13 maj 2024'), its topic without other dates."""
        base, _, topic = self.question.partition(" – ")
        topic = "" if self.bare else _undated(topic.rstrip(" ?.!"))  # 'Vad hände mer samma dag?' is about the day
        # the day is what the question is about: the entry cited for another question is no anchor
        return replace(self, question=f"{base} {words}" + (f" – {topic}?" if topic else "?"), day=day, anchors=())


def turn_of(answer: "Answer") -> Turn:
    """What a client sends back of an answer as the next question's history (the CLI's chat and
    the evaluation build it here; the UI and API clients send the same fields)."""
    period = answer.date_filter
    return Turn(question=answer.question, resolved_question=answer.resolved_question,
                entry_ids=tuple(c.entry_id for c in answer.citations),
                date_from=period.date_from if period else None, date_to=period.date_to if period else None)


def _content(text: str) -> list[str]:
    """Content stems of a text's words (a compound counts once), without filler, question words
    and dates."""
    from service.answers.terms import question_stems

    stems = word_tokens(_DATEISH.sub(" ", text))
    return [s for s in dict.fromkeys(stems) if s not in question_stems() and s not in _FILLER and not s.isdigit()]


def _topic_words(text: str) -> tuple[str, ...]:
    """The words of a text that carry its topic, as written ('pausades', 'breddinförandet', …)."""
    wanted = set(_content(text))
    words = re.findall(r"\w[\w-]*", _DATEISH.sub(" ", text))
    return tuple(dict.fromkeys(w for w in words if set(tokenize([w])[0]) & wanted))


def _topic(previous: Turn) -> str:
    """The previous question without its question word: 'pausades breddinförandet i södra området'."""
    return _WH.sub("", previous.standalone).rstrip(" ?.!")


def _subject(turn: Turn) -> str:
    """What a turn was about, without the wording of earlier follow-ups: the topic in a resolved
    'Vad hände sedan (…)' or 'Vem beslutade det – …', else the question's topic."""
    resolved = turn.resolved_question or ""
    if resolved.endswith(")") and " (" in resolved:
        return resolved[resolved.index(" (") + 2:-1]
    if " – " in resolved:
        return resolved.split(" – ", 1)[1].rstrip(" ?.!")
    return _topic(turn)


def reading(question: str) -> str | None:
    """How a question leans on what came before ('next', 'before', 'more', 'period', 'reference'),
    or None when it stands alone; the same with or without a history."""
    for kind, pattern in NAVIGATION.items():
        if pattern.search(question) and len(_content(pattern.sub(" ", question))) <= 1:
            return kind
    own = _content(_CONNECTOR.sub("", question))
    connected = bool(_CONNECTOR.match(question)) or question.rstrip(" ?").casefold().endswith(" då")
    if _DATEISH.search(question) and not own and (connected or _only_dates(question)):
        return "period"
    if ((_REFERENCE.search(question) and len(own) <= 3) or _BARE.match(question)
            or ((connected or _POINTING.search(question)) and len(own) <= 2)
            or ((_PERSONAL.search(question) or _DEMONSTRATIVE.search(question) or _SAME_DAY.search(question))
                and len(own) <= 4) or _RESPONSE.match(question)):
        return "reference"
    return None


# A noun in its definite form ('uppdraget', 'konsulten', 'skadeståndskravet'): in a short question
# in a conversation, the thing just talked about
ELLIPTIC_WORDS = 6  # 'Vilket datum ska breddinförandet återupptas?' is five
_DEFINITE = re.compile(r"\b[a-zåäö]{3,}(?:et|en|na)\b")


def _elliptic(question: str) -> bool:
    """'Vad kostade uppdraget?', 'Hur stort var skadeståndskravet?': a short question (six words and
    two content words at most, no figure, no name) about a thing in its definite form that is not a body or
    role ('regiondirektören' is one whoever asks). Asked in a conversation, it is about what was
    just talked about; asked first, it stands alone (``reading`` leaves it)."""
    if re.search(r"\d", question) or re.search(r"(?<=\s)[A-ZÅÄÖ]", question.strip()):
        return False
    if len(question.split()) > ELLIPTIC_WORDS or len(_content(_CONNECTOR.sub("", question))) > 2:
        return False
    actors = {m.start for m in find_actors(question)}
    return any(m.start() not in actors for m in _DEFINITE.finditer(question.casefold()))


def resolve(question: str, history: list[Turn]) -> Resolution | None:
    """How the question depends on the conversation, or None when it stands alone (or there is no
    conversation: see ``reading``)."""
    kind = reading(question)
    if kind is None and history and _elliptic(question):
        kind = "reference"
    if kind is None or not history:
        return None
    previous = history[-1]
    cited = next((turn for turn in reversed(history) if turn.entry_ids), None)  # the last answer that cited something
    anchor = cited.entry_ids[0] if cited else None
    anchors = cited.entry_ids if cited else ()
    if kind in NAVIGATION and cited is not None:
        return Resolution(kind=kind, question=f"{question.rstrip(' ?.!')} ({_subject(cited)})", entry_id=anchor,
                          anchors=anchors, topic=_topic_words(_subject(cited)))
    if kind == "period":  # the question asked last, not a 'Berätta mer' or 'Vad hände sedan?' after it
        asked = next((t for t in reversed(history) if reading(t.question) not in NAVIGATION), previous)
        return _new_period(question, asked)
    topic = _subject(previous)
    if _DATEISH.search(question):  # 'Och vad planerades för april?': the topic without its period, the year carried
        topic = _undated(topic)
        if not re.search(r"\b\d{4}\b", question) and previous.date_from is not None:
            topic = f"{topic} {previous.date_from.year}"
    return Resolution(kind="reference", question=f"{question.rstrip(' ?.!')} – {topic}?", topic=_topic_words(topic),
                      entry_id=anchor, anchors=anchors, focus=question, person=bool(_SINGULAR_PERSON.search(question)),
                      bare=not [s for s in _content(question) if s not in GENERIC],
                      dated="day" if _SAME_DAY.search(question) else "since" if _RESPONSE.match(question) else "")


def _undated(text: str) -> str:
    """A text without its date words and the prepositions they leave behind."""
    stripped = _DATEISH.sub(" ", text)
    return " ".join(re.sub(r"\b(?:i|under|på|den|in|on|during)\s+(?=\s|$)", " ", stripped).split())


def _only_dates(question: str) -> bool:
    """'2023?', 'I oktober?', 'Den 14:e november?': nothing but a date and its preposition."""
    rest = _DATEISH.sub(" ", question)
    return not re.sub(r"\b(?:i|under|på|den|in|on|during|the|:e|e)\b|[\s?.!,:\d]", "", rest, flags=re.I)


def _new_period(question: str, previous: Turn) -> Resolution:
    """The previous question asked of another period: its date words replaced by the new ones."""
    new_dates = " ".join(m.group(0) for m in _DATEISH.finditer(_CONNECTOR.sub("", question)))
    new_dates = re.sub(r"\b(?:samma år|the same year)\b", str(previous.date_from.year) if previous.date_from else "", new_dates).strip()
    if not re.search(r"\b\d{4}\b", new_dates) and previous.date_from is not None:
        new_dates = f"{new_dates} {previous.date_from.year}"  # 'Och i oktober?' after 'i april 2017'
    base = _topic(previous)
    stripped = _undated(base)
    wh = _WH.match(previous.standalone)
    opening = wh.group(0).strip() if wh else ""
    english = language(previous.standalone) == "en"
    text = " ".join(f"{opening} {stripped} {_preposition(new_dates, english)} {new_dates}".split())
    return Resolution(kind="period", question=f"{text[:1].upper()}{text[1:]}?", topic=_topic_words(stripped))


def _preposition(dates: str, english: bool) -> str:
    """'den' before a day, 'i' before a month or year ('on'/'in' in English)."""
    if re.match(r"\d{1,2}(?::e|e|st|nd|rd|th)?\s", dates):
        return "on" if english else "den"
    return "in" if english else "i"
