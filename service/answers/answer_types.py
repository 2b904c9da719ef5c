"""Evidence of an answer's type in a sentence: clock times, dates, figures bound to the noun asked
about, amounts of money, bodies and persons (times, figures and money are found by ``figures``).

``type_match`` says how well a sentence (with its entry's date and time) can answer a question
of a given kind: 1 when it holds evidence of the right type, less when only weaker evidence is
there, 0 when none. A figure from the wrong noun ('49 kommunerna' for 'how many patients') is weak.
A name asked for needs a name (a person's, when a person is asked for); contact details and a
record's fields answer only a question for them (``can_answer``). Persons, companies and bodies
in a sentence are found by ``names``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from indexer.dates import date_mentions
from indexer.parsers.generic import is_fields
from indexer.records import DateMention, DateSource, Entry
from indexer.stores.bm25_store import head_tokens
from indexer.text.tables import CELLS
from service.answers.figures import AMOUNT_LIKE, TIME, bound_figure, figures, is_count, money_in, own_figures, times_in
from service.answers.names import (BODY_ASKED, COMPANY, MEMBERS_ASKED, actors_named, asks_for_company, body_evidence, company_evidence,
                                   names_asked_role, new_name, new_role, person_in)
from service.answers.questions import QuestionKind


# A day named relative to the text's own date ('tisdag morgon', 'i fredags', 'under måndagen', 'i morgon'):
# an answer to 'när' as much as a date is
WEEKDAY = re.compile(r"\b(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en|ens|s)?|monday|tuesday|wednesday|thursday|friday|"
                     r"saturday|sunday|i morgon|imorgon|i övermorgon|i går|igår|i förrgår|tomorrow|yesterday)\b", re.I)


dates_in = date_mentions  # the dates a sentence names, cached: candidate sentences recur


def is_statement(text: str) -> bool:
    """A sentence that says something: two words or more, most of them not capitalised (a line of
    names, or a name and a role, is not a statement, whatever it is about), and not a fragment of a slide caption
    ('...av en stor mängd data', 'Vi lägger nu ett pussel...')."""
    stripped = text.strip().strip("()").strip()
    if stripped.startswith(("...", "…")) or stripped.endswith(("...", "…")):
        return False
    if _NAME_AND_ROLE.match(stripped):
        return False
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) <= 0.5 * len(words)


# '- Karin Looström Muth, hälso- och sjukvårdsutvecklingsdirektör': a name and a role, a list's line
_NAME_AND_ROLE = re.compile(r"^[-–•*]?\s*[A-ZÅÄÖ][\wåäö]+(?:[ -][A-ZÅÄÖ][\wåäö]+){1,3},\s*[^.!?\n]{1,80}$")


# What a question asks for by name, and the form the answer has: a case number, a paragraph, an
# e-mail address, a phone number, a share.
ASKED_FORMS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (re.compile(r"\b(diarienummer|ärendenummer|dnr|case number|reference number|registration number)\b", re.I),
     re.compile(r"\b(?:RS|RF|RFK|Dnr|HSN)\s*\d{4}-\d+\b|\bdnr\b", re.I)),
    (re.compile(r"\b(paragraf|§|section number|which section)\b", re.I), re.compile(r"§\s*\d+")),
    (re.compile(r"\b(e-post|e-postadress|mejladress|e-mail|email)\b", re.I), re.compile(r"\b\S+@\S+\.\w+")),
    (re.compile(r"\b(telefonnummer|telefon|phone)\b", re.I), re.compile(r"\b0\d{1,3}[- ]?\d{2,3}[ ]?\d{2}[ ]?\d{2}\b|\+46")),
    (re.compile(r"\b(procent|andel|percent|share)\b", re.I), re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|procent|percent)")),
]


# A question about when a document itself was written ('Vid vilken tid sammanställdes rapporten?'):
# then the document's time of writing is the answer.
WRITTEN = re.compile(r"\b(?:sammanställ\w*|publicera\w*|skrevs|skrivits|utkom|daterad\w*|compiled|published|written|"
                     r"issued|dated)\b", re.I)

# A sentence that says the time asked for is not set: 'Någon tidpunkt för det är ännu inte bestämd'.
UNSETTLED_TIME = re.compile(
    r"\b(?:tidpunkt\w*|datum\w*|startdatum\w*|när)\b[^.]{0,60}\b(?:inte|ej)\b[^.]{0,20}\b(?:bestämd|bestämt|fastställd|"
    r"fastställt|klar|klart|beslutad|beslutat|satt|spikad|spikat)\b|\b(?:no|the) (?:date|time|timing)\b[^.]{0,40}\bnot\b"
    r"[^.]{0,15}\b(?:set|decided|fixed|agreed|known)\b|\bno date has been\b"
    # 'och något datum finns inte med', 'inget datum anges', 'without a date': none is given at all
    r"|\b(?:(?:något|någon)\s+(?:exakt\s+|nytt\s+)?(?:datum|tidpunkt|startdatum)\s+(?:finns|fanns|anges|angavs|nämns|nämndes)"
    r"\s+(?:inte|ej)|(?:inget|ingen)\s+(?:exakt\s+|nytt\s+)?(?:datum|tidpunkt|startdatum)\s+(?:finns|fanns|anges|angavs|nämns|"
    r"nämndes|ges|gavs))\b|\b(?:without|gives no|names no|with no) (?:an? )?(?:exact |new )?date\b|\bno (?:exact |new )?date "
    r"(?:is|was) (?:given|named|set|included)\b",
    re.IGNORECASE)
# A sentence that gives a reason: 'eftersom', 'på grund av', 'bedömningen att det inte är patientsäkert'.
REASON = re.compile(r"\b(?:eftersom|på grund av|pga\.?|med anledning av|till följd av|för att|då det|därför|orsak\w*|"
                    r"anledning\w*|skäl\w*|bedöm\w*|beror\w* på|berodde på|mot bakgrund av|bakgrunden|i syfte att|syftet|syftar|så att|"
                    r"motiv\w*|gjorde att|ledde till|medförde|resulterade i|bidrog till|bidragit till|bidrar till|because|due to|"
                    r"owing to|as a result|reason\w*|in order to|so that|given that|caused|led to|resulted in|contributed to|tack vare|"
                    r"i och med att|därav|därmed|följd(?:en|er|erna)?|thanks to|therefore|hence|which is why|as a consequence)\b|"
                    r", (?:då|since|as) ",  # 'lades till efter driftstörningen, då flera enheter saknade …'
                    re.I)


# characters: an entry this short tells one thing and is quoted whole; a longer one tells several
SHORT_ENTRY = 500


# Who leads or chaired something ('Vem ledde expertgruppen?', 'Who chaired Hypercare Executive?'): the
# body itself acting is no answer, its leader is
LEAD_ASKED = re.compile(r"^\s*(?:vem|who)\s+(?:ledde|leder|leds|har lett|hade lett|chaired|chairs|led|leads|headed|heads)\b",
                        re.I)
# … and who holds a role the question names ('Vem är vd för Oracle?', 'Who was the chair of …?'): only a person answers
ROLE_HOLDER_ASKED = re.compile(r"^\s*(?:vem|who)\s+(?:är|var|blev|is|was|became)\s+(?:the\s+)?(?:\w+\s+)?(?:vd|ordförande|"
                               r"\w*chef|\w*direktör|ledare|ceo|chair\w*|head|director|manager|leader|president)\b", re.I)
# … and who was appointed, hired or chosen ('Vem utsågs till observatör?', 'Which reviewer did she appoint?'): a
# person or a firm answers, not the role or the body that appoints ('en egen observatör', 'en extern granskare')
APPOINTEE_ASKED = re.compile(r"^\s*(?:vem|vilka)\s+(?:utsågs|har utsetts|hade utsetts|utnämndes|anställdes|valdes|rekryterades|"
                             r"anlitades)\b|^\s*who\s+(?:was|were|has been|had been)\s+(?:appointed|named|hired|chosen|selected|"
                             r"elected|engaged|recruited)\b|^\s*(?:which|what)\b[^?]{0,60}\bdid\b[^?]{0,80}"
                             r"\b(?:appoint|hire|choose|select|engage|recruit)\b", re.I)  # ('Vilken grupp valde …' asks who chose)
_LEADS = re.compile(r"\b(?:ordförande\w*|leds av|ledd av|leddes av|letts av|lett av|\w*ledare\w*|\w*chef(?:en)?|chair\w*|led by|headed by|head of|"
                    r"leder|ledde|leda)\b", re.I)


def asks_for_holder(question: str) -> bool:
    """Whether the question asks who leads something or holds a role ('Vem ledde …?', 'Vem är vd …?')."""
    return bool(LEAD_ASKED.search(question) or ROLE_HOLDER_ASKED.search(question))


# What a review or an inquiry concluded ('Vad kom granskningen fram till?', 'What did the review
# conclude?'): only a sentence that states a finding answers
# a finding asked for: 'Vad kom granskningen fram till?', 'Vilken samlad bedömning gjorde revisorerna?'
# (not 'the patient safety assessment' named as the question's subject)
CONCLUSION_ASKED = re.compile(r"\b(?:kom(?:mit)?\b.{0,80}\bfram till|slutsats\w*|vilken (?:\w+ )?bedömning|vad bedömde|"
                              r"hur bedömde|vilket (?:\w+ )?omdöme|conclu\w*|findings|what (?:\w+ ){0,2}assessment|"
                              r"(?:how|what) did .{1,80}\bassess|verdict|what did .{1,80}\bfind)\b", re.I)
CONCLUSION = re.compile(r"\b(?:konstater\w*|bedöm\w*|slutsats\w*|kom(?:mit)? fram till|visa[rdt]e?|fann|framgår|"
                        r"fastställ\w*|rekommender\w*|concluded?|conclusion|found|finds|showed|shows|recommend\w*|"
                        # an authority's closing of a case is its finding ('IVO avslutade ärendet utan ytterligare krav')
                        r"avslut\w* (?:ärendet|tillsynen|inspektionen)|utan (?:ytterligare )?(?:krav|åtgärd\w*|kritik|"
                        r"anmärkning\w*|sanktioner)|closed the case)\b", re.I)


# A question that asks for a name ('Vad hette planen …?', 'What is the name of …?'): of a person, a
# plan, a course or a system, so any name counts, 'Millennium' too.
NAME_ASKED = re.compile(r"\b(?:vad (?:heter|hette|kallas|kallades)|vilket namn|what (?:is|was) (?:the name of|\S+(?: \S+){0,4} "
                        r"called)|what (?:is|was) (?:his|her|their|its) name|vad är namnet på)\b", re.I)
_NAME_TOKEN = re.compile(r"(?<=[\s(\"'«])[A-ZÅÄÖ][\wåäöÅÄÖ.-]+|\b[\wåäö]+ \d+\.\d+\b|[\"«”][^\"«»”]{2,60}[\"»”]")
# A line of contact details: a phone number or an e-mail address
# who wrote a document ('Vem har skrivit rapporten?', 'Who prepared the memo?'): its record's author
# field answers ('Författare: Sofia Lindahl, utvärderingsansvarig'), a field no other question wants
WRITER_ASKED = re.compile(r"\b(?:vem|vilka|who)\b.{0,40}\b(?:skrev|skrivit|författade|författat|upprättade|upprättat|"
                          r"sammanställde|sammanställt|wrote|written|authored|drafted|prepared (?:the|this|that|it))\b"
                          r"|\b(?:författare\w*|author)\b", re.I)
WRITER_FIELD = re.compile(r"\b(?:författare|handläggare|upprättad av|framtagen av|sammanställd av|skriven av|author|"
                          r"prepared by|written by)\s*:", re.I)
CONTACT = re.compile(r"\b0\d{1,3}[- ]\d{2,3}[ ]?\d{2}[ ]?\d{2}\b|\+46[\d ]{8,}|\b[\w.+-]+@[\w-]+\.[\w.]+")
# … which answers only a question about whom to contact ('Vem är presskontakt?', 'Vilket telefonnummer …?')
CONTACT_ASKED = re.compile(r"\b(?:kontakt\w*|telefon\w*|e-post\w*|mejl\w*|mail\w*|e-mail|email|handläggare\w*|"
                           r"press(?:chef|kontakt|ansvarig|tjänst|sekreterare|talesperson)\w*|press (?:officer|contact|office)|"
                           r"head of press|upplysningar|contact\w*|phone|spokes\w*|reach|frågor om)\b", re.I)


def asked_form(question: str, sentence: str, terms: Sequence[str] = ()) -> float | None:
    """1 or 0 when the question asks for a form ('Vilket diarienummer …?', 'Vad hette planen …?')
    that the sentence has or lacks; None when it asks for none. ``terms``: the question's stems."""
    form = _asked(question)
    if form is None:
        return None
    if form == "name":
        return name_evidence(sentence, question, terms)
    return 1.0 if form.search(sentence) else 0.0


def asked_pattern(question: str) -> re.Pattern[str] | None:
    """The pattern of the form a question asks for (a case number, an e-mail address, …), if any."""
    form = _asked(question)
    return form if isinstance(form, re.Pattern) else None


def held_form(question: str, kind: QuestionKind) -> re.Pattern[str] | None:
    """The pattern an answer holds when the question asks for a form, a clock time ('Hur dags …?'),
    a company ('Vilket företag …?') or who led something: entries that hold it are few, and worth
    considering."""
    if kind == "what_time":
        return TIME
    if asks_for_company(question, kind):
        return COMPANY
    if LEAD_ASKED.search(question):  # 'Vem ledde utvärderingen?': 'Utvärderingen har letts av …' may share one word with it
        return _LEADS
    return asked_pattern(question)


@lru_cache(maxsize=4096)
def _asked(question: str) -> re.Pattern[str] | str | None:
    """The form a question asks for ('name' for a name), read once per question."""
    for asks, form in ASKED_FORMS:
        if asks.search(question):
            return form
    return "name" if NAME_ASKED.search(question) else None


_NAMING = re.compile(r"\b(?:heter|hette|kallas|kallades|kallad|kallat|benämns|med namnet|named|called|known as)\s+[\"«”]?"
                     r"[A-ZÅÄÖ0-9]")


# The name of a person is asked for ('Vad hette konsulten?', 'What is the name of the chair?')
_PERSON_ASKED = re.compile(r"\b(?:\w*(?:konsult|ordförande|chef|direktör|vd|ledare|förhandlare|handläggare|sköterska|läkare|"
                           r"ansvarig|talesperson|minister|manager|ombud|representant|person)(?:en|n|et|s|:n|er|erna|na)?|"
                           r"consultant|chair\w*|director|manager|negotiator|officer|nurse|doctor|spokes\w*|person|lead)\b", re.I)


def name_evidence(sentence: str, question: str, terms: Sequence[str] = ()) -> float:
    """How surely the sentence gives the name a question asks for: 1 after a naming verb
    ('Utbildningen heter Millennium grund 2.0', 'en plan som kallas Get-to-Green'); 0.6 for a name
    the question does not hold (a capitalised word after the sentence's first, a versioned or
    quoted name) beside one of the question's words (``terms``: 'ordföranden Anna Berg'); else 0."""
    if _PERSON_ASKED.search(question):  # 'Vad hette konsulten?': a person's name, not the firm's
        return 1.0 if person_in(sentence, besides=question) else 0.0
    if _NAMING.search(sentence):
        return 1.0
    own = question.casefold()
    for m in _NAME_TOKEN.finditer(sentence):
        if m.group(0).strip("\"'«»”").casefold() in own:
            continue
        beside = head_tokens(" ".join(sentence[:m.start()].split()[-3:] + sentence[m.end():].split()[:3]))
        if any(t in beside for t in terms):
            return 0.6
    return 0.0


@lru_cache(maxsize=4096)
def _asks_contact(question: str) -> bool:
    return bool(CONTACT_ASKED.search(question))


def answers_contact(question: str, sentence: str) -> bool:
    """False for contact details (a name, a role, a phone number, an e-mail address: nothing that is a
    statement besides them) when the question asks nothing about contacts: a press release's
    contact block is not an answer to what the release says."""
    asked = asked_pattern(question)
    if not CONTACT.search(sentence) or _asks_contact(question) or (asked is not None and asked.search(sentence)):
        return True  # a decision's header block also holds its case number: 'Vilket diarienummer …?'
    return is_statement(CONTACT.sub(" ", sentence))


def is_record_fields(text: str) -> bool:
    """Whether every line of the text is a record's field and no statement ('Diarienummer RS
    2025-02987', 'Datum 2025-09-23', 'Handläggare: Johanna Wik'; not 'Beslut: Regionstyrelsen
    beslutar att …', nor a table's row that names its columns, 'Enhet: Kinna | Användare: 31 | …')."""
    if all(line.count(CELLS) >= 2 for line in text.split("\n")):
        return False
    return is_fields(text) and not any(is_statement(line) for line in text.split("\n"))


# a numbered item: a stage, a gateway, a cycle, a version, a section ('etapp 1B', 'Gateway 4.5b', '§ 146')
NUMBERED = re.compile(r"\b(etapp|etappen|gateway|cykel|cykeln|fas|fasen|steg|version|delleverans|stage|phase|cycle|§)"
                      r"\s*(\d+(?:[.,]\d+)?[a-zA-Z]?)\b", re.I)


def other_item(question: str, sentence: str) -> bool:
    """Whether the sentence is about another numbered item than the one the question names ('Etapp
    1A kostade 33,8 miljoner kronor' does not say what 'etapp 1B' costs)."""
    asked = {(m[1].casefold()[:5], m[2].casefold()) for m in NUMBERED.finditer(question)}
    if not asked:
        return False
    named = {(m[1].casefold()[:5], m[2].casefold()) for m in NUMBERED.finditer(sentence)}
    return bool(named) and not named & asked and {label for label, _ in named} & {label for label, _ in asked} != set()


# labels with blanks to fill in and nothing else: a form to sign, no statement
_BLANK_FORM = re.compile(r"(?:[^\W\d_][\w ]{0,30}:\s*(?:_{2,}\s*)?)+|(?:_{2,}\s*)+", re.IGNORECASE)


# a line of names only ('Jenny Erholm Anna Liljeberg Anna Öhman'): who took part, nothing else
_NAMES_ONLY = re.compile(r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){2,}")
# a question for things by their noun ('Vilka punkter fanns …', 'Which items were …'), not for people
_THINGS_ASKED = re.compile(r"^\W*(?:vilka|vilken|vilket|which|what)\s+[^\W\d_]+\s+(?:fanns|finns|var|är|ingick|ingår|"
                           r"stod|står|togs|tas|were|are|was|is)\b", re.IGNORECASE)


def can_answer(question: str, kind: QuestionKind, sentence: str) -> bool:
    """Whether a candidate sentence can answer at all: not one about another numbered item,
    contact details only a question about contacts, a record's fields only a question for what they
    hold (a case number, a date), and never a blank form ('Datum: Namn: _____ Underskrift: _____')."""
    if other_item(question, sentence) or ("__" in sentence and _BLANK_FORM.fullmatch(sentence.strip())):
        return False
    if _THINGS_ASKED.match(question) and _NAMES_ONLY.fullmatch(sentence.strip()):
        return False  # 'Jenny Erholm Anna Liljeberg' says who took part, not which points were on the agenda
    if is_record_fields(sentence):
        return (asked_form(question, sentence) == 1.0 or _asks_contact(question) or asks_for_writer(question, sentence)
                or (kind == "when" and bool(dates_in(sentence, None))) or (kind == "who" and names_asked_role(question, sentence)))
    return answers_contact(question, sentence)


def asks_for_writer(question: str, sentence: str) -> bool:
    """Whether the question asks who wrote a document and the sentence holds its author field."""
    return bool(WRITER_ASKED.search(question) and WRITER_FIELD.search(sentence))


WHEN_PERIOD = 0.8  # a when-answer that names only a month, week or year (a day is 1.0)
# 'Senast när …?', 'By when …?': a deadline is asked, and a day that is none ('behandlades den 23 april') is no answer
DEADLINE_ASKED = re.compile(r"\b(?:senast|till och med|fram till) (?:när|vilket datum|vilken dag)\b|\b(?:by|until) (?:when|what date)\b|"
                            r"\bdeadline\b", re.I)
DEADLINE = re.compile(r"\bsenast\b|\bno later than\b|\bby\b|\bdeadline\b|\btill och med\b|\bsista\b|\bföre\b|"
                      r"\binnan\b|\bbefore\b", re.I)
NO_DEADLINE = 0.5
# 'När ska …', 'Vilket datum kommer …', 'When will …', 'On what date is … scheduled': a planned event is asked,
# and the day a text was written or a statement made ('I går lämnade hon sitt förslag') is not its date
PLAN_ASKED = re.compile(r"^\W*(?:till och med |senast |fram till )?(?:när|vilket datum|vilken dag|vilken vecka|vilken månad)\s+"
                        r"(?:ska|skall|skulle|kommer|planeras|beräknas|väntas)\b|^\W*(?:when|on what date|what date|on which day|"
                        r"which day)\b[^?]*\b(?:will|scheduled|planned|expected|due to)\b", re.I)
# a day before the text's own: 'i går', 'i fredags', 'yesterday', 'last Tuesday'
PAST_DAY = re.compile(r"\bi (?:går|förrgår)\b|\bigår\b|\bi (?:mån|tis|ons|tors|fre|lör|sön)dags\b|\byesterday\b|\blast "
                      r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b", re.I)


def planned_date(sentence: str, named: Sequence[DateMention], anchor: date | None) -> float:
    """How well a sentence dates a planned event when its entry's date is only when it was written
    or said: a day or a coming weekday it names (1.0), a month, week or year (``WHEN_PERIOD``); a
    date before the text's own, a past day ('i går') or none at all is no answer (0.2). A sentence
    that says the time is not set answers too: that there is none yet."""
    if UNSETTLED_TIME.search(sentence):
        return 1.0
    coming = [m for m in named if anchor is None or m.date_end >= anchor.isoformat()]
    if any(m.date_start == m.date_end for m in coming) or (WEEKDAY.search(PAST_DAY.sub("", sentence)) and not named):
        return 1.0
    return WHEN_PERIOD if coming else 0.2


def type_match(kind: QuestionKind, sentence: str, entry: Entry, terms: list[str], question: str = "",
               asked: frozenset[str] | None = None, document_time: bool = False, writing_day: bool = False) -> float:
    """How well a sentence of an entry can answer a question of ``kind`` (0–1): evidence of the
    asked type that the question does not already hold ('Who wrote to the regional board?' is
    not answered by a sentence whose only body is the regional board). ``asked`` is the bodies
    the question names, its glossary's corpus words included ('the regional board' is
    Regionstyrelsen); by default those its own words name. ``document_time``: the entry's time of
    day is only its document's time of writing, not of what it tells; ``writing_day``: its date is
    only its report's day of writing."""
    own = question.casefold()
    form = asked_form(question, sentence, terms) if question else None
    if form is not None:
        return form
    if kind == "what_time":  # an entry stamped with its time records an event; a time in the text is often a plan
        about_document = document_time and not WRITTEN.search(question)
        return 1.0 if entry.time and not about_document else (0.7 if [t for t in times_in(sentence) if t not in own] else 0.0)
    if kind == "when":
        anchor = date.fromisoformat(entry.date_start) if entry.date_start else None
        named = dates_in(sentence, anchor)
        if DEADLINE_ASKED.search(question) and not DEADLINE.search(sentence):
            return NO_DEADLINE if named else 0.2
        if entry.date_source != DateSource.ITEM and PLAN_ASKED.search(question):
            return planned_date(sentence, named, anchor)
        if WEEKDAY.search(sentence) or any(m.date_start == m.date_end for m in named):
            return 1.0
        if named:  # a month, a week, a year: a date, less exact than a day
            return WHEN_PERIOD
        if writing_day:  # a report's paragraph is dated by the report: not when what it tells happened
            return 0.2
        if sentence != entry.text and len(entry.text) > SHORT_ENTRY:  # one sentence of many: the entry's date
            return 0.5 if entry.date_precision == "day" else 0.2  # is the whole text's, not surely this event's
        return {"day": 0.8, "month": 0.5}.get(entry.date_precision, 0.2)
    if kind == "how_many":
        if bound_figure(sentence, terms, own_figures(question)):
            return 1.0
        # a figure not bound to the asked noun may still count it; a decimal or a negative one counts nothing
        return 0.3 if [f for f, start, end in figures(sentence) if f not in own and is_count(sentence, start, end)] else 0.0
    if kind == "how_much":
        if [m for m in money_in(sentence) if m.casefold() not in own]:
            return 1.0
        # without a currency, a share ('30 procent') or a sum in a table ('41 750 000') may be the amount; a
        # small figure counts something else ('med 120 användare'): what it cost is not said
        return 0.3 if [f for f, _, end in figures(sentence) if AMOUNT_LIKE.match(f"{f}{sentence[end:end + 9]}")] else 0.0
    if kind == "why":  # a sentence that gives no reason tells what happened, not why
        return 1.0 if REASON.search(sentence) else 0.0
    if kind == "what" and CONCLUSION_ASKED.search(question):  # 'Vad kom granskningen fram till?'
        return 1.0 if CONCLUSION.search(sentence) else 0.0  # that a review was ordered is no finding
    if kind == "who":
        if asks_for_writer(question, sentence):  # 'Författare: Sofia Lindahl' for 'Vem har skrivit rapporten?'
            return 1.0
        if not _asks_contact(question):  # 'Handläggare: Maria Engström Telefon: …' did not do what is asked
            sentence = "\n".join(line for line in sentence.split("\n") if not CONTACT.search(line)) or sentence
        if asks_for_company(question, kind):
            return company_evidence(sentence, question)
        if ROLE_HOLDER_ASKED.search(question):  # 'Vem är vd för Oracle?': the role is named, its holder is asked
            return 1.0 if person_in(sentence, besides=question) else 0.0
        if LEAD_ASKED.search(question):  # 'Who chaired Hypercare Executive?': a person said to lead, a person, who leads
            person, leads = person_in(sentence, besides=question), bool(_LEADS.search(sentence))
            return 1.0 if person and leads else 0.8 if person else 0.7 if leads else 0.0
        asked = actors_named(question) if asked is None else asked
        if APPOINTEE_ASKED.search(question):
            return 1.0 if person_in(sentence, besides=question) else 0.7 if new_name(sentence, own, asked) else 0.0
        if MEMBERS_ASKED.search(question):  # a body that did it is not the members asked for
            return 1.0 if person_in(sentence, besides=question) else 0.7 if new_role(sentence, own) else 0.0
        if BODY_ASKED.search(question):
            return body_evidence(sentence, question, asked)
        if actors_named(sentence) - asked or person_in(sentence, besides=question):
            return 1.0
        if new_name(sentence, own, asked) or new_role(sentence, own):  # 'Oracle', 'Kvadrant AB', 'en expert'
            return 0.7
        return 0.3 if entry.actor and entry.actor not in asked else 0.0
    return 1.0
