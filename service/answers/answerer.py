"""Question → cited answer: read the question, retrieve, rank candidate sentences, answer or abstain.

1. The question is read: language, the answer type it wants, its content terms (through the
   glossary), the body it names.
2. Retrieval within the question's period (and, for "what did <body> do/decide" questions, only
   that body's entries).
3. Every sentence of the top entries is a candidate; the ranker of the support model orders them
   by meaning, the question's words and the answer's type.
4. The support model gives the probability that the best candidate answers; below its threshold
   granska says 'Källorna besvarar inte frågan.' and lists the nearest entries as related.
A question about a period (or a body's doings) with nothing more specific gets a dated list.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from indexer.actors import find_actors
from indexer.chunking import context_header
from indexer.records import Entry
from indexer.stores.bm25_store import tokenize
from service.answers.answer_types import UNSETTLED_TIME, held_form, person_in
from service.answers.candidates import Candidate, Question, candidates
from service.answers.compose import (ABSTAIN, Part, compose, empty_period, format_date, never_mentioned, not_settled,
                                     period_words)
from service.answers.leads import lead as lead_for
from service.answers.ordering import day_first, per_entry, rank_gap, scored, typed_first
from service.answers.followups import NO_CONTEXT, Resolution, Turn, reading, resolve
from service.answers.navigation import next_entries, with_neighbours
from service.answers.answer_types import is_statement
from service.answers.questions import GENERIC, asks_for_several, language
from service.answers.questions import kind as question_kind
from service.answers.records import Answer, Citation
from service.answers.support import SupportModel, support_features
from indexer.text.glossary import Glossary
from service.answers.series import asked_members, series_nouns
from service.answers.terms import TermScorer, document_names, mastheads, question_stems as _question_stems
from service.retrieval.hybrid import Hit, HybridRetriever, SearchResult
from service.retrieval.index import LoadedIndex
from service.retrieval.question_dates import DateFilter
from service.timeline import overlaps

DEPTH = 8  # entries whose sentences are candidates
FORM_DEPTH = 4  # entries holding an asked form (a case number, an e-mail address) considered beside them
# A bare follow-up ('När hände det?') of these kinds is answered by the entry it refers to when that
# entry's best sentence holds the asked type at least this well (answer_types.type_match: a
# day- or month-dated entry for 'när', a body or person for 'vem', a clock time for 'vilken tid').
SETTLED_KINDS = ("when", "who", "what_time")
DATED_KINDS = ("when", "what_time")  # their answer is a date or a time: one outside the period asked is wrong
SETTLED_TYPE = 0.5


@dataclass(frozen=True, slots=True, kw_only=True)
class Consideration:
    """What the answerer weighed for one question: the reading, the search, the ranked candidates."""

    question: Question
    result: SearchResult
    ranked: list[Candidate]
    listing: bool


class Answerer:
    """Answers questions from a loaded index; sizes and the support model are set here."""

    def __init__(self, retriever: HybridRetriever, max_citations: int = 2, model: SupportModel | None = None, *,
                 use_actor_filter: bool = True, use_glossary: bool = True):
        """The switches turn single mechanisms off, for measuring what each adds (``evals.ablation``)."""
        if not 1 <= max_citations <= 20:
            raise ValueError(f"max_citations måste vara 1–20, inte {max_citations}")
        self.retriever, self.max_citations, self.use_actor_filter = retriever, max_citations, use_actor_filter
        self.model = model or SupportModel.load()
        self._forms: dict[str, list[Entry]] = {}  # an asked form's pattern → the entries that hold it
        index = retriever.index
        texts = [f"{context_header(e, index.documents[e.doc_id])}\n{e.text}" for e in index.entries.values()]
        self.scorer = TermScorer(texts, index.glossary if use_glossary else Glossary(),
                                 sources=document_names(index.documents.values()), mastheads=mastheads(index.entries.values()))
        self.series = series_nouns(texts)  # 'etapp', 'vecka': a question about one member is not answered by another

    def read(self, text: str) -> Question:
        """The question as the answerer reads it (without its embedding)."""
        lang = language(text)
        sources = self.scorer.documents_named(text)  # 'enligt VGRfokus': a filter, not a word the text holds
        searched = re.sub("|".join(map(re.escape, sources)), " ", text) if sources else text
        terms = self.scorer.terms(searched, lang)
        named = find_actors(f"{text} {self.retriever.index.glossary.corpus_words(text)}")
        unseen = self.scorer.unseen(terms)
        total = sum(self.scorer.weight(t) for t in terms)
        return Question(text=text, lang=lang, kind=question_kind(text), terms=terms, salient=self.scorer.salient(terms),
                        unseen=unseen, actor=named[0].canonical if named else None,
                        named=frozenset(m.canonical for m in named), plural=asks_for_several(text),
                        term_weight=total,
                        unseen_weight=sum(self.scorer.weight(t) for t in unseen) / total if total else 0.0,
                        unknown_names=self.scorer.unknown_names(text, lang),
                        documents=frozenset().union(*sources.values()), searched=searched,
                        members=asked_members(text, self.series))

    def consider(self, text: str, top_k: int = 5, date_from: date | None = None, date_to: date | None = None,
                 use_question_dates: bool = True, use_question_actor: bool = True,
                 anchors: tuple[str, ...] = (), focus: str = "", vector: np.ndarray | None = None) -> Consideration:
        """Read, retrieve and rank: everything but the decision to answer. ``anchors`` (the entries
        a follow-up refers to) are considered beside the hits; ``focus`` (a follow-up's own words)
        says which of the question's words the answer must hold."""
        index = self.retriever.index
        vector = index.encoder.encode_query(text) if vector is None else vector
        question = self._focused(replace(self.read(text), vector=vector), focus)
        dates = self.retriever.date_filter(text, date_from, date_to, use_question_dates)
        listing = self._listing(question, dates is not None)
        actor = question.actor if listing and use_question_actor and self.use_actor_filter else None
        depth = max(3 * top_k, DEPTH) if listing else DEPTH  # a list picks statements from more entries
        result = self.retriever.search(text, max(top_k, depth), date_from, date_to, use_question_dates, actor=actor,
                                       vector=vector, documents=question.documents if use_question_actor else frozenset(),
                                       searched=question.searched if use_question_actor else None,
                                       mentioned=question.kind not in DATED_KINDS)  # a date answers by its own period
        period = result.date_filter
        anchors = tuple(a for a in anchors if a in index.entries and (
            period is None or overlaps(index.entries[a], period.date_from, period.date_to)))
        anchors += self._holding_form(question, period, vector) if not listing else ()
        considered = _anchored(result.hits[:depth], anchors, index) if anchors else result.hits[:depth]
        pool = candidates(index, self.scorer, question, considered)
        ranked = sorted((scored(c, self.model.rank(c.features)) for c in pool), key=lambda c: -c.score)
        ranked = typed_first(question, day_first(ranked, period))
        return Consideration(question=question, result=result, ranked=ranked, listing=listing and bool(result.hits))

    def _holding_form(self, question: Question, period: DateFilter | None, vector: np.ndarray) -> tuple[str, ...]:
        """For a question that asks for a form ('Vilket diarienummer …?', 'What e-mail address …?',
        'Hur dags …?', 'Vilket företag …?'), the entries of its period that hold one, closest in meaning first: such
        entries are few, and retrieval by the question's other words can miss them."""
        form = held_form(question.text, question.kind)
        if form is None:
            return ()
        index = self.retriever.index
        holding = self._forms.get(form.pattern)
        if holding is None:
            holding = self._forms[form.pattern] = [e for e in index.entries.values() if form.search(e.text)]
        within = [e for e in holding if period is None or overlaps(e, period.date_from, period.date_to)]
        closest = sorted(within, key=lambda e: -index.chunk_similarity(vector, f"{e.entry_id}#0"))
        return tuple(e.entry_id for e in closest[:FORM_DEPTH])

    def ask(self, text: str, top_k: int = 5, date_from: date | None = None, date_to: date | None = None,
            use_question_dates: bool = True, use_question_actor: bool = True, history: list[Turn] | None = None,
            ) -> Answer:
        """The cited answer to the question (or an abstention with related entries); with the
        conversation's ``history``, a follow-up is answered as the question it stands for."""
        followup = resolve(text, history or [])
        if followup is None and not history and reading(text) is not None:
            return self._without_context(text)
        if followup is None:
            return self._ask(text, top_k, date_from, date_to, use_question_dates, use_question_actor)
        if followup.person:
            followup = self._about_person(followup)
        if followup.dated and not (date_from or date_to):
            followup = self._at_cited_day(followup)
            date_from = followup.day  # the day meant, not a day to start from (or from it on, for a response)
            date_to = followup.day if followup.dated == "day" else None
        if followup.kind in ("next", "before", "more") and followup.entry_id in self.retriever.index.entries:
            answer = self._navigate(text, followup, top_k)
        else:
            settle = followup.entry_id if followup.bare and question_kind(text) in SETTLED_KINDS else None
            answer = self._ask(followup.question, top_k, date_from, date_to, use_question_dates, use_question_actor,
                               anchors=followup.anchors, focus=followup.focus, settle=settle)
            answer.question = text
        answer.resolved_question, answer.carried = followup.question, _carried(followup, answer)
        return answer

    def _ask(self, text: str, top_k: int, date_from: date | None, date_to: date | None, use_question_dates: bool,
             use_question_actor: bool, anchors: tuple[str, ...] = (), focus: str = "", settle: str | None = None,
             ) -> Answer:
        started = time.perf_counter()
        seen = self.consider(text, top_k, date_from, date_to, use_question_dates, use_question_actor, anchors, focus)
        q, result = seen.question, seen.result
        answer = Answer(question=text, text=ABSTAIN[q.lang], abstained=True, citations=[], related=[],
                        date_filter=result.date_filter, index_version=self.retriever.index.manifest.index_version,
                        language=q.lang, kind=q.kind, actor_filter=result.actor, unread_dates=result.unread_dates,
                        source_filter=tuple(sorted(result.documents)),
                        timings_ms=dict(result.timings_ms))
        if q.unknown_names:  # 'Vad sa Läkemedelsverket …?': no source names it, so none can say
            answer.text = never_mentioned(q.lang, q.unknown_names)
            answer.related = [self._citation(n, c) for n, c in enumerate(per_entry(seen.ranked)[:top_k], start=1)]
        elif not result.hits and result.date_filter is not None:
            answer.text = empty_period(q.lang, period_words(result.date_filter, q.lang), result.actor)
        elif seen.listing:
            self._list(answer, seen, top_k)
        elif seen.ranked and not (settle and self._settle(answer, seen, settle)):
            self._answer_or_abstain(answer, seen, top_k)
        if answer.abstained and not seen.listing and result.date_filter is not None and (
                result.date_filter.names_a_year() or (result.date_filter.source == "question" and q.kind not in DATED_KINDS)):
            self._by_period_named(answer, seen, top_k, anchors, focus)
        answer.timings_ms["total"] = (time.perf_counter() - started) * 1000
        return answer

    def _by_period_named(self, answer: Answer, dated: Consideration, top_k: int, anchors: tuple[str, ...],
                         focus: str) -> None:
        """A period can name what a thing is for, not when it happened ('budgeten för 2026', decided
        in 2025; 'undantas under hösten', decided in June): when nothing of that period answers,
        the sentences that name it (its year, or a date within it) may. Not for a question for a date
        or a time other than a year's ('Vilket datum i juni …?'): the answer would be dated outside it."""
        text = answer.question
        period = dated.result.date_filter
        seen = self.consider(text, top_k, use_question_dates=False, anchors=anchors, focus=focus,
                             vector=dated.question.vector)
        naming = [c for c in seen.ranked if period.named_in(  # type: ignore[union-attr] - the caller checked it
            c.hit.entry.text, date.fromisoformat(c.hit.entry.date_start) if c.hit.entry.date_start else None)]
        if not naming:
            return
        trial = Answer(question=text, text=answer.text, abstained=True, citations=[], related=[], date_filter=None,
                       index_version=answer.index_version, language=answer.language, kind=answer.kind)
        self._answer_or_abstain(trial, replace(seen, ranked=naming), top_k)
        if not trial.abstained:
            answer.text, answer.citations, answer.abstained, answer.support = (trial.text, trial.citations, False,
                                                                               {**trial.support, "period_named": 1.0})
            answer.date_filter = None

    def _focused(self, question: Question, focus: str) -> Question:
        """A resolved follow-up ('Vem svarade på det – leverantören hävdade force majeure…?') is
        judged by the follow-up's own words, when it has any beyond 'beslutade' or 'hände': the
        carried topic finds the entries, but the answer must hold what is asked now."""
        if not focus:
            return question
        own = self.read(focus)
        terms = [t for t in own.terms if not t.stems <= GENERIC]
        if not self.scorer.searchable(terms):
            return question
        return replace(question, terms=terms, salient=self.scorer.salient(terms) or self.scorer.searchable(terms),
                       unseen=[t for t in own.unseen if t in terms], term_weight=own.term_weight,
                       unseen_weight=own.unseen_weight)

    def _about_person(self, followup: Resolution) -> Resolution:
        """'Vilken befattning har hon?': about the first person the referred-to entries name, if any."""
        entries = self.retriever.index.entries
        names = (person_in(entries[a].text) for a in followup.anchors if a in entries)
        name = next((n for n in names if n), None)
        return followup.about(name) if name else followup

    def _at_cited_day(self, followup: Resolution) -> Resolution:
        """'… samma dag?', 'Hur svarade leverantören?': asked of the day of the entry cited first
        (or from it on), when it has one day."""
        entry = self.retriever.index.entries.get(followup.entry_id or "")
        if entry is None or entry.date_precision != "day" or (entry.date_end or entry.date_start) != entry.date_start:
            return followup
        lang = language(followup.question)
        day = format_date(Part(n=0, quote="", date_start=entry.date_start, date_end=None, precision="day", time=None),
                          lang, with_time=False)
        words = {("day", "sv"): f"den {day}", ("day", "en"): f"on {day}",
                 ("since", "sv"): f"från och med den {day}", ("since", "en"): f"from {day} on"}[(followup.dated, lang)]
        return followup.at(date.fromisoformat(entry.date_start), words)

    def _without_context(self, text: str) -> Answer:
        """'Vem beslutade det?' as a first question: what 'det' is cannot be known, so no answer."""
        lang = language(text)
        return Answer(question=text, text=NO_CONTEXT[lang], abstained=True, citations=[], related=[], date_filter=None,
                      index_version=self.retriever.index.manifest.index_version, language=lang)

    def _navigate(self, text: str, followup: Resolution, top_k: int) -> Answer:
        """'Vad hände sedan?', 'Och innan dess?', 'Berätta mer': entries beside the previous answer's."""
        started = time.perf_counter()
        index, anchor = self.retriever.index, followup.entry_id or ""
        lang = language(text)
        if followup.kind == "more":
            chosen = with_neighbours(index.entries, anchor)
        else:
            chosen = next_entries(index.entries, anchor, forward=followup.kind == "next", limit=top_k)
        answer = Answer(question=text, text=ABSTAIN[lang], abstained=True, citations=[], related=[], date_filter=None,
                        index_version=index.manifest.index_version, language=lang)
        if chosen:
            answer.citations = [self._whole(n, e) for n, e in enumerate(chosen, start=1)]
            answer.text = compose([_part(c) for c in answer.citations], "what", lang, listing=True)
            answer.abstained = False
        answer.timings_ms["total"] = (time.perf_counter() - started) * 1000
        return answer

    def _whole(self, n: int, entry: Entry) -> Citation:
        return self._cite(n, entry, 0, len(entry.text), 0.0)

    def _cite(self, n: int, entry: Entry, start: int, end: int, score: float) -> Citation:
        """Citation ``n``: ``entry.text[start:end]``, with where it stands in the document."""
        index = self.retriever.index
        in_document = index.quote_in_document(entry, start, end) or (None, None)
        return Citation(n=n, entry_id=entry.entry_id, doc_id=entry.doc_id, doc_title=index.documents[entry.doc_id].title,
                        date_start=entry.date_start, date_end=entry.date_end, date_precision=entry.date_precision,
                        time=entry.time, actor=entry.actor, quote=entry.text[start:end], quote_start=start,
                        quote_end=end, text=entry.text, score=round(score, 6),
                        doc_quote_start=in_document[0], doc_quote_end=in_document[1])

    def _listing(self, question: Question, dated: bool) -> bool:
        """A question about a period ('Vad hände i oktober 2024?') or a body's doings ('Vad beslutade
        regionstyrelsen?') that asks nothing more specific: at most one other content word with a
        period, none without."""
        if question.kind != "what" or not (dated or question.actor):
            return False
        ignored = GENERIC | _question_stems() | (set(tokenize([question.actor])[0]) if question.actor else set())
        specific = [w for w in dict.fromkeys(tokenize([question.text])[0])
                    if w not in ignored and not w.isdigit() and not _date_word(w)]
        return len(specific) <= (1 if dated else 0)

    def _list(self, answer: Answer, seen: Consideration, top_k: int) -> None:
        """A dated list of the period's (or the body's) entries, each by a sentence that says something
        (not a line of names); for a named day, only that day's."""
        best = per_entry([c for c in seen.ranked if is_statement(c.sentence.text) and not c.features["block"]])
        day = seen.result.date_filter
        if day is not None and day.kind == "day" and day.date_from is not None:
            iso = day.date_from.isoformat()
            on_day = [c for c in best if (c.hit.entry.date_start or "") <= iso <= (c.hit.entry.date_end or "")]
            best = on_day or best
        chosen = best[:top_k]
        if not chosen:
            return
        chosen.sort(key=lambda c: (c.hit.entry.date_start or "9999", c.hit.entry.time or ""))
        answer.citations = [self._citation(n, c) for n, c in enumerate(chosen, start=1)]
        parts = [_part(c) for c in answer.citations]
        answer.text, answer.abstained = compose(parts, "what", seen.question.lang, listing=True), False

    def _settle(self, answer: Answer, seen: Consideration, entry_id: str) -> bool:
        """Answer a bare follow-up by the entry it refers to, if that entry holds what is asked:
        'När fattades det beslutet?' is the date of the decision just cited, whatever else matches."""
        own = next((c for c in seen.ranked if c.hit.entry.entry_id == entry_id), None)
        if own is None or own.features["type"] < SETTLED_TYPE:
            return False
        answer.support = {"settled": 1.0}  # no support model: the conversation chose the entry
        self._give(answer, seen.question, [own])
        return True

    def _answer_or_abstain(self, answer: Answer, seen: Consideration, top_k: int) -> None:
        q = seen.question
        ranked = seen.ranked
        features = support_features(q, ranked)
        probability = self.model.probability(features)
        answer.support = {"probability": round(probability, 4), **{k: round(v, 4) for k, v in features.items()},
                          "rank_gap": round(rank_gap(ranked), 4)}
        abstains = self.model.abstains(probability, features)
        if abstains or (q.kind in DATED_KINDS and UNSETTLED_TIME.search(ranked[0].sentence.text)):
            if not abstains:  # the best source says the time is not set: its entry's date is no answer
                answer.text = not_settled(q.lang)
            answer.related = [self._citation(n, c) for n, c in enumerate(per_entry(ranked)[:top_k], start=1)]
            return
        cited = [ranked[0]]
        for c in per_entry(ranked)[1:]:
            if len(cited) >= min(top_k, self.max_citations) or q.kind not in ("what", "who"):
                break
            if c.score >= ranked[0].score - 0.25 and c.features["type"] >= 1.0 and c.sentence.text != cited[0].sentence.text:
                cited.append(c)
        self._give(answer, q, cited)

    def _give(self, answer: Answer, q: Question, cited: list[Candidate]) -> None:
        """The answer made of ``cited`` (best first): their citations, led by what was asked."""
        answer.citations = [self._citation(n, c) for n, c in enumerate(cited, start=1)]
        lead = lead_for(q, cited[0], self.scorer, self.retriever.index)
        answer.text = compose([_part(c) for c in answer.citations], q.kind, q.lang, listing=False, lead=lead)
        answer.abstained = False

    def _citation(self, n: int, c: Candidate) -> Citation:
        return self._cite(n, c.hit.entry, c.sentence.start, c.sentence.end, c.hit.score)


def _anchored(hits: list[Hit], anchors: tuple[str, ...], index: LoadedIndex) -> list[Hit]:
    """The hits, and after them the entries a follow-up refers to that retrieval did not find: the
    earlier answer's entries are considered, but the question's own words rank them (measured on
    the dev conversations: forcing them first answered 'When did the director reply to that?' with
    the letter replied to)."""
    found = {h.entry.entry_id for h in hits}
    low = hits[-1].score if hits else 0.0
    return [*hits, *(Hit(index.entries[a], low, None, None, f"{a}#0", None)
                     for a in anchors if a in index.entries and a not in found)]


def _carried(followup: Resolution, answer: Answer) -> dict[str, object]:
    """What a follow-up took from the conversation, for the response: the topic words, the entry
    referred to, and for a new period ('Och 2023?') the period the answer was filtered to."""
    period = (None, None)
    if followup.kind == "period" and answer.date_filter is not None:
        period = (answer.date_filter.date_from, answer.date_filter.date_to)
    return {"kind": followup.kind, "topic": list(followup.topic), "entry_id": followup.entry_id,
            "date_from": period[0].isoformat() if period[0] else None, "date_to": period[1].isoformat() if period[1] else None}


def _part(c: Citation) -> Part:
    return Part(n=c.n, quote=c.quote, date_start=c.date_start, date_end=c.date_end, precision=c.date_precision, time=c.time)


def _date_word(word: str) -> bool:
    from indexer.dates import MONTHS

    return word.rstrip(".") in MONTHS or word in ("år", "ar", "dag", "vecka", "veck", "månad", "host", "hösten", "vår", "var")
