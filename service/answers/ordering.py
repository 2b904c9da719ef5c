"""Which candidates come first, whatever the ranker says: for a question that names one day, that
day's; for a question whose answer needs evidence of one type (a reason, a form, a name, a clock
time, a role's holder, a finding, a decision), those that hold it. And the ranker's order read:
its score on a candidate, the best candidate per entry, the lead of the chosen over the next."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from service.answers.answer_types import (CONCLUSION_ASKED, LEAD_ASKED, NAME_ASKED, WRITER_ASKED, asked_pattern,
                                         asks_for_holder, asks_for_writer, dates_in)
from service.answers.names import asks_for_company
from service.answers.candidates import Candidate, Question
from service.answers.support import NO_ASKED_TYPE
from service.retrieval.question_dates import DateFilter


# What a body decided ('Vad beslutade regionfullmäktige om motionen?'): the sentence that states a decision
# ('Regionfullmäktige remitterar motionen …'), not the proposal it was about, answers
DECISION_ASKED = re.compile(r"\b(?:vad (?:beslutade|beslöt|beslutar|beslutades|har .{1,60} beslutat)|"
                            r"vilket beslut (?:fattade|tog|fattades)|what did .{1,80}\bdecide|what was decided)\b", re.I)
DECIDED = re.compile(r"\b(?:beslutar|beslutade|beslutades|beslöt|beslutat|godkänner|godkände|godkändes|fastställer|"
                     r"fastställde|fastställdes|anvisar|anvisade|anvisades|remitterar|remitterade|remitterades|"
                     r"återremitterar|återremitterade|antar|antog|antogs|bifaller|biföll|bifölls|avslår|avslog|avslogs|"
                     r"uppdrar|uppdrog|beviljar|beviljade|beviljades|decided|decides|approved|approves|adopted|"
                     r"referred|granted)\b", re.I)
# … and a decision verb after a proposal's ('föreslår att regionstyrelsen fastställer …') is proposed, not decided
PROPOSED = re.compile(r"\b(?:föresl\w*|förslag\w*|yrka\w*|yrkande\w*|propos\w*|recommend\w*|rekommender\w*)\b", re.I)


def states_decision(sentence: str) -> bool:
    """Whether the sentence states a decision: a decision verb with no proposal before it."""
    return any(not PROPOSED.search(sentence[:m.start()]) for m in DECIDED.finditer(sentence))


RELEVANT_SHARE = 0.5  # of the best candidate's coverage of the question's words: a sentence about the question


def day_first(ranked: list[Candidate], period: DateFilter | None) -> list[Candidate]:
    """For a question that names one day ('… on 12 November 2024?'), the candidates that are of that
    day: their entry's date covers it or the sentence names it ('fredag 15 november' in a report of
    the 17th). Retrieval ranks the day's entries first but keeps the days around it; an answer must
    not come from them when the day itself has candidates."""
    if period is None or period.kind != "day" or period.date_from is None:
        return ranked
    day = period.date_from.isoformat()

    def of_day(c: Candidate) -> bool:
        entry = c.hit.entry
        if entry.date_start and entry.date_start <= day <= (entry.date_end or entry.date_start):
            return True
        anchor = date.fromisoformat(entry.date_start) if entry.date_start else None
        return any(m.date_start <= day <= m.date_end for m in dates_in(c.sentence.text, anchor))

    return sorted(ranked, key=lambda c: not of_day(c))  # stable: the ranker's order within each group


def typed_first(question: Question, ranked: list[Candidate]) -> list[Candidate]:
    """The candidates that hold what is asked before the others, when nothing else can answer:
    for *varför/why* those that state a reason ('på grund av tekniska problem'; the event itself,
    however close to the question's words, does not say why), for a form ('Vilket diarienummer
    …?', 'What e-mail address …?') those that hold one (without it the answer is abstained), and
    for a name ('Vad heter utbildningen?') those that give it after a naming verb ('Utbildningen
    heter …') before those where a name only stands near the question's words. For a clock time,
    a role's holder ('Vem är vd …?') or a finding ('Vad kom granskningen fram till?'), any evidence
    of it comes before none (a type score of 0 would abstain); for *när/when* a sentence with a date
    before one whose only date is its report's writing (that would abstain too); for what a body
    decided, the sentence that states a decision before the proposal it was about."""
    if asks_for_company(question.text, question.kind):
        # a company's name with its legal form ('Oracle Svenska AB') before one that may be a company's
        return sorted(ranked, key=lambda c: -c.features["type"])
    if question.kind == "who" and WRITER_ASKED.search(question.text):
        # who wrote a document: its author field first, the ranker's order after it
        return sorted(ranked, key=lambda c: not asks_for_writer(question.text, c.sentence.text))
    if LEAD_ASKED.search(question.text):
        # who leads: a person said to lead ('Tomas Rydén, verksamhetschef för akutmottagningen'), then
        # any person, then a sentence that only says who leads; without any of them none can answer
        return sorted(ranked, key=lambda c: -c.features["type"])
    if question.kind == "when":
        # a date to give before none: a sentence whose only date is its report's writing cannot answer
        return sorted(ranked, key=lambda c: c.features["type"] <= NO_ASKED_TYPE)
    if question.kind == "what" and CONCLUSION_ASKED.search(question.text):
        # a finding about the question before none; a finding about something else does not answer
        return _relevant_first(ranked, lambda c: c.features["type"] > 0.0)
    if question.kind == "what_time" or asks_for_holder(question.text):
        # a clock time, the person who holds or held a role: without one a candidate cannot answer
        return sorted(ranked, key=lambda c: c.features["type"] == 0.0)
    if question.kind == "what" and DECISION_ASKED.search(question.text):
        # what was decided: a sentence about the question that states the decision before the proposal it concerns
        return _relevant_first(ranked, lambda c: states_decision(c.sentence.text))
    if question.kind != "why" and asked_pattern(question.text) is None and not NAME_ASKED.search(question.text):
        return ranked
    if question.kind == "why":
        # a reason is promoted only from a sentence about the question: a reason for something else
        # ('… skjuta upp återstarten … om regionchefsläkaren …') must not outrank the event without one
        return _relevant_first(ranked, lambda c: c.features["type"] >= 1.0)
    return sorted(ranked, key=lambda c: c.features["type"] < 1.0)  # stable, as above


def _relevant_first(ranked: list[Candidate], holds: Callable[[Candidate], bool]) -> list[Candidate]:
    """The candidates that hold what is asked and are about the question (coverage at least
    RELEVANT_SHARE of the best's) first, the ranker's order within each group."""
    about = RELEVANT_SHARE * max((c.features["coverage"] for c in ranked), default=0.0)
    return sorted(ranked, key=lambda c: not (holds(c) and c.features["coverage"] >= about))


NO_RIVAL = 99.0  # rank_gap of an answer no other sentence competed with


def rank_gap(ranked: list[Candidate]) -> float:
    """How far the chosen sentence's ranker score is above the best other sentence's: near 0, a
    tie that any change to the word statistics can turn (negative when a rule, not the ranker,
    put it first; NO_RIVAL without another sentence)."""
    rivals = [c.score for c in ranked[1:] if c.sentence.text != ranked[0].sentence.text]
    return ranked[0].score - max(rivals) if rivals else NO_RIVAL


def scored(c: Candidate, score: float) -> Candidate:
    """The candidate with the ranker's score."""
    return Candidate(hit=c.hit, rank=c.rank, sentence=c.sentence, features=c.features, score=score)


def per_entry(ranked: list[Candidate]) -> list[Candidate]:
    """The best candidate of each entry, best first."""
    seen: set[str] = set()
    return [c for c in ranked if not (c.hit.entry.entry_id in seen or seen.add(c.hit.entry.entry_id))]
