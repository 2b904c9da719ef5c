"""What an answer opens with: the clock time for *vilken tid*, the figure bound to the noun for *hur
många*, the amount for *hur mycket*, and for *när* an earlier date its sentence names (the event's
date, not a report's) or, for a question about a plan, the later date it names."""

from __future__ import annotations

import re
from datetime import date

from indexer.dates import find_date_mentions
from indexer.records import Entry
from indexer.stores.bm25_store import token_set, word_tokens
from indexer.text.sentences import Sentence, sentences
from service.answers.answer_types import SHORT_ENTRY
from service.answers.candidates import Candidate, Question
from service.answers.compose import Part, lead_date
from service.answers.figures import MONEY, bound_figure, own_figures, times_in
from service.answers.terms import TermScorer
from service.retrieval.index import LoadedIndex

# A 'när' question about a plan or a deadline: its answer is a date after the entry's own.
PROSPECTIVE = re.compile(
    r"^\s*(?:och\s+)?(?:(?:när|vilket datum|vilken dag)\s+(?:ska|skall|skulle|planeras|planerades)|till (?:och med )?när|"
    r"senast när|when (?:will|shall|is\b.{0,60}\b(?:planned|scheduled|due)|was\b.{0,60}\b(?:planned|scheduled|due))|"
    r"by when|until when)\b", re.I)  # the main verb, not a clause: 'När beslutade X att Y ska …' is about the decision
AMOUNT_CONTEXT = 5  # words either side of an amount that tell what it is
_HOW_MANY = re.compile(r"\b(?:hur\s+många|how\s+many)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)


def lead(q: Question, best: Candidate, scorer: TermScorer, index: LoadedIndex) -> str | None:
    """What the answer opens with: the clock time, the figure bound to the noun, the amount, or
    for *när/when* an earlier date the sentence names (a report of 17 November that says 'fredag
    15 november fattat beslut': the event's date, not the report's; a later date is a plan), and
    for a question about a plan or a deadline ('När ska … senast?') the later date of the sentence
    that holds most of the question's words."""
    text = best.sentence.text
    if q.kind == "when":
        entry = best.hit.entry
        anchor = date.fromisoformat(entry.date_start) if entry.date_start else None
        if PROSPECTIVE.match(q.text):  # 'När ska … senast?', 'Till och med när …?': the date of the plan
            return planned_date(q, entry, text, scorer)
        if not _narrates(entry, index):  # a short entry of its own date is one event: its date is the answer
            return None
        named = find_date_mentions(text, anchor, anchor_is_day=entry.date_precision == "day")
        other = next((m for m in named if entry.date_start and m.date_end < entry.date_start), None)
        if other is not None:
            precision = "day" if other.date_start == other.date_end else "month"
            return lead_date(Part(n=0, quote="", date_start=other.date_start, date_end=other.date_end,
                                  precision=precision, time=None), q.lang)
        return None
    if q.kind == "what_time":
        return asked_time(q, text, index.own_time(best.hit.entry), scorer)
    if q.kind == "how_many":
        figure = bound_figure(text, scorer.counted_stems(q.text, q.terms), own_figures(q.text),
                              context=[t.stems for t in q.terms])
        noun = counted_noun(q.text, text) if figure else ""
        return f"{figure} {noun}" if noun else figure
    if q.kind == "how_much":
        return asked_amount(text, [t.stems for t in q.terms], q.text)
    return None


def asked_amount(text: str, context: list[frozenset[str]], question: str) -> str | None:
    """The amount the question asks for: of the sentence's amounts (not the question's own), the
    one whose words around it hold most of the question's terms ('… ryms inom de 420 miljoner
    kronor …, och efter etapp 1B beräknas 140,2 miljoner kronor av reservationen återstå' for 'Hur
    mycket beräknas återstå av reservationen?'), the first when they hold as many."""
    best: tuple[int, int, str] | None = None
    for match in MONEY.finditer(text):
        if match.group(0).casefold() in question.casefold():  # the question's own amount is no answer
            continue
        around = token_set(" ".join(text[:match.start()].split()[-AMOUNT_CONTEXT:] + text[match.end():].split()[:AMOUNT_CONTEXT]))
        held = sum(bool(stems & around) for stems in context)
        if best is None or held > best[0]:
            best = (held, -match.start(), match.group(0))
    return best[2] if best else None


def counted_noun(question: str, sentence: str) -> str:
    """The words after *hur många* / *how many* that the sentence has too, up to the first it
    lacks or a function word: what the figure counts ('öppna ärenden' of 'Hur många öppna ärenden
    hade …?'), for the lead '5 öppna ärenden'; '' when the sentence words it otherwise."""
    asked = _HOW_MANY.search(question)
    if asked is None:
        return ""
    have = set(word_tokens(sentence))
    kept: list[str] = []
    for word in asked[1].split():
        stems = word_tokens(word)
        if not stems or not set(stems) <= have:
            break
        kept.append(word)
    return " ".join(kept)


def _narrates(entry: Entry, index: LoadedIndex) -> bool:
    """Whether an entry can tell of days before its own: one dated by its document (a report of 17
    November that says 'fredag 15 november fattat beslut') or a long one (a decision's background).
    A short entry with a date of its own is one event ('Ägarutskottet föreslår … tjänsteutlåtande
    daterat 2024-05-07' was proposed on the entry's day, not on the document's)."""
    document = index.documents.get(entry.doc_id)
    dated_by_document = bool(document and document.date and (entry.date_start or "").startswith(document.date))
    return dated_by_document or len(entry.text) > SHORT_ENTRY


def asked_time(q: Question, text: str, own: str | None, scorer: TermScorer) -> str | None:
    """The clock time asked for: the entry's own (an event's time the record stamps it with), unless
    that time is one the text itself names beside others; then the time of the sentence that holds
    most of the question's words ('kl. 10:00 samlades regionstyrelsen … fattades beslutet kl. 13:40'
    is 13:40 for 'Hur dags klubbades beslutet?'), the first one when they hold as many."""
    named = times_in(text)
    if own and (own not in named or len(set(named)) == 1):
        return own
    timed = [(scorer.coverage(q.terms, s.text), -s.start, times_in(s.text)) for s in sentences(text) or [Sentence(text, 0)]]
    timed = [t for t in timed if t[2]]
    return max(timed)[2][0] if timed else own


def planned_date(q: Question, entry: Entry, text: str, scorer: TermScorer) -> str | None:
    """The first date after the entry's own in the sentence of ``text`` that holds most of the
    question's words, as a lead ('Den 17 mars 2026', 'Hösten 2026'); None when no sentence has one."""
    anchor = date.fromisoformat(entry.date_start) if entry.date_start else None
    planned = []  # (coverage, position, first later date) of each sentence that names a later date
    for sentence in sentences(text) or [Sentence(text, 0)]:
        named = find_date_mentions(sentence.text, anchor, anchor_is_day=entry.date_precision == "day")
        later = next((m for m in named if not entry.date_end or m.date_start > entry.date_end), None)
        if later is not None:
            planned.append((scorer.coverage(q.terms, sentence.text), -sentence.start, later))
    if not planned or max(planned)[0] <= 0:
        return None
    later = max(planned)[2]
    if later.date_start[:7] != later.date_end[:7] and q.lang == "sv":  # 'hösten 2026' as written
        return later.text[:1].upper() + later.text[1:]
    return lead_date(Part(n=0, quote="", date_start=later.date_start, date_end=later.date_end,
                          precision="day" if later.date_start == later.date_end else "month", time=None), q.lang)
