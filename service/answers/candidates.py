"""Candidate answers: every sentence of the top entries, with the features that say how well it
answers the question. The answerer ranks them with ``SupportModel.rank``; calibration fits that
ranking (and the support model) on the dev facts from exactly these features."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from indexer.chunking import context_header
from indexer.parsers.paragraph_dates import REASON_OPENER
from indexer.stores.bm25_store import token_set
from indexer.text.sentences import Sentence, list_blocks, sentences
from indexer.text.tables import CELLS, table_parts
from service.answers.answer_types import REASON, SHORT_ENTRY, actors_named, can_answer, is_statement, type_match
from service.answers.figures import figures, own_figures
from service.answers.questions import QuestionKind
from service.answers.series import about_another_member
from service.answers.terms import Term, TermScorer
from service.retrieval.hybrid import Hit
from service.retrieval.index import LoadedIndex

MIN_WORDS = 3  # a shorter 'sentence' ('Internt', a lone name) is a heading or a label, not an answer
LONG_LIST = 900    # characters: a list this long is quoted item by item, shorter ones whole


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    """A question as the answerer reads it."""

    text: str
    lang: str
    kind: QuestionKind
    terms: list[Term]
    salient: list[Term]
    unseen: list[Term]
    actor: str | None = None
    named: frozenset[str] | None = None  # every body the question names (through the glossary too)
    plural: bool = False         # asks for several things ('Vilka …', 'Which … are')
    vector: np.ndarray | None = field(default=None, repr=False)
    term_weight: float = 0.0     # IDF sum of the terms
    unseen_weight: float = 0.0   # IDF share of the terms that no indexed text contains
    unknown_names: tuple[str, ...] = ()  # names no indexed text uses ('Läkemedelsverket'): the sources are silent
    documents: frozenset[str] = frozenset()  # the documents it names by their own name ('enligt VGRfokus')
    searched: str = ""  # what word search looks for: the text without the words that name its sources
    members: frozenset[tuple[str, str]] = frozenset()  # numbered members of a series it names ('etapp', '3')


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """One sentence of a retrieved entry, and how well it answers."""

    hit: Hit
    rank: int
    sentence: Sentence
    features: dict[str, float]
    score: float = 0.0


def candidates(index: LoadedIndex, scorer: TermScorer, question: Question, hits: list[Hit]) -> list[Candidate]:
    """Every usable sentence of the hits, with its features (unscored). A sentence is judged by its
    entry's embedding similarity: sentence embeddings were measured and added nothing
    (``evals/reports/ablation.md``)."""
    out: list[Candidate] = []
    top = hits[0].score if hits else 1.0
    top_bm25 = max((h.bm25_score for h in hits), default=0.0) or 1.0
    stems = scorer.stems(question.terms)
    typed = scorer.counted_stems(question.text, question.terms) if question.kind == "how_many" else stems
    key = max(question.salient, key=scorer.weight, default=None)  # the rarest word: what the question is about
    cover = scorer.coverer(question.terms)
    cover_salient = scorer.coverer(question.salient) if question.salient else (lambda text: 1.0)
    cover_key = scorer.coverer([key]) if key is not None else (lambda text: 1.0)
    if question.kind == "why":
        hits = _with_reasons_after(index, hits)
    for rank, hit in enumerate(hits, start=1):
        entry = hit.entry
        header = context_header(entry, index.documents[entry.doc_id])
        if question.members and about_another_member(question.members, f"{header}\n{entry.text}"):
            continue  # the evaluation of etapp 2 does not answer for etapp 3
        entry_coverage = cover(f"{header}\n{entry.text}")
        salient_entry = cover_salient(f"{header}\n{entry.text}")
        key_term = cover_key(f"{header}\n{entry.text}")
        dense_entry = hit.similarity if hit.similarity is not None else (
            index.chunk_similarity(question.vector, hit.chunk_id) if question.vector is not None else 0.0)
        table = table_parts(entry.text.split("\n"))
        caption = table[0] if table else ""
        parts = table_lines(entry.text) if table else sentences(entry.text)
        if len(entry.text) <= SHORT_ENTRY or len(parts) < 2:
            parts = [Sentence(entry.text, 0)]
        else:  # a line of one or two words ('Beslut', 'Sammanfattning') is a heading inside the entry
            parts = _with_antecedents(entry.text, [s for s in parts if len(s.text.split()) >= MIN_WORDS] or parts)
            if question.kind == "why":
                parts = _with_reasons(entry.text, parts)
        head = row_head(entry.text, parts)
        for position, sentence in enumerate(_with_lists(entry.text, parts)):
            if not can_answer(question.text, question.kind, sentence.text):
                continue
            words = len(sentence.text.split())
            if caption and CELLS in sentence.text:  # a table's row is about what its caption names
                context = f"{header}\n{caption}"
            elif head and sentence.start > 0:
                context = f"{header}\n{head}"
            elif question.kind == "why" and REASON.search(sentence.text) and points_back(
                    sentence.text, entry.text[:sentence.start]):  # the reason of what the entry told before
                context = f"{header}\n{entry.text[:sentence.end]}"
            elif question.kind == "why" and not entry.text[:sentence.start].strip() and explains_before(sentence.text):
                told = index.before(entry)  # 'Skälet är …' opens a paragraph: the reason of the one before
                context = f"{header}\n{told.text if told else ''}"
            else:
                context = header
            block = 1.0 if "\n" in sentence.text and sentence.text != entry.text else 0.0
            features = {
                "dense_entry": dense_entry,
                "coverage": cover(f"{context}\n{sentence.text}"),
                "entry_coverage": entry_coverage,
                "salient_cover": cover_salient(f"{context}\n{sentence.text}"),
                "salient_entry": salient_entry,
                "type": type_match(question.kind, sentence.text, entry, typed, question.text, question.named,
                                   document_time=index.own_time(entry) != entry.time,
                                   writing_day=question.kind == "when" and index.writing_day(entry)),
                "rank_inv": 1.0 / rank,
                "rrf": hit.score / top if top else 0.0,
                "bm25_rel": hit.bm25_score / top_bm25,  # word match against the best entry's
                "short": 1.0 if words < MIN_WORDS else 0.0,
                "statement": 1.0 if is_statement(sentence.text) else 0.0,
                "block": block,
                "block_plural": block if question.plural else 0.0,
                "first": 1.0 if position == 0 else 0.0,
                "actor_match": 1.0 if question.actor and (entry.actor == question.actor
                                                          or question.actor in actors_named(sentence.text)) else 0.0,
                "bm25_found": 1.0 if hit.bm25_rank is not None else 0.0,
                "key_term": key_term,
            }
            if question.kind == "how_much" and caption and CELLS in sentence.text and \
                    row_amounts(sentence.text, caption, question.text):
                features["type"] = 1.0  # '… | Totalt: 41 750 000' under 'Merkostnader … (kronor)'
            out.append(Candidate(hit=hit, rank=rank, sentence=sentence, features=features))
    return out


# A table whose caption or header states its currency ('Kostnader, miljoner kronor', '(kronor)', 'Mnkr'):
# the figures of its rows are amounts of money though no row says so
CURRENCY_UNIT = re.compile(r"\b(?:kronor|kr|mnkr|mkr|mdkr|tkr|msek|sek|tsek|euro|eur)\b", re.IGNORECASE)


def row_amounts(row: str, caption: str, question: str) -> bool:
    """Whether a table row holds an amount of money the question does not: a figure of a table
    whose caption names its currency."""
    own = own_figures(question)
    return bool(CURRENCY_UNIT.search(caption)) and any(f not in own for f, _, _ in figures(row))


def row_head(text: str, parts: list[Sentence]) -> str:
    """The first sentence of an entry that is one table row told in several ('Paragraf: § 76 … | Ärende
    och beslut: Plan för etapp 4 … / Beslut' before '1. Regionstyrelsen fastställer …'): its first cells
    name what the later sentences are about. '' for any other entry."""
    return parts[0].text if CELLS in text and "\n" not in text.strip() and len(parts) > 1 else ""


def table_lines(text: str) -> list[Sentence]:
    """A table's lines (its caption, each row) as the sentences it is read in: a row is one
    statement, its cells are no sentences, and rows run together are many."""
    out, start = [], 0
    for line in text.split("\n"):
        out.append(Sentence(line, start))
        start += len(line) + 1
    return out


# A sentence that opens by pointing back ('Det kan tex innebära att …', 'This means …') says what
# the sentence before it names: it is quoted with that sentence
_ANAPHOR = re.compile(r"^(?:Det|Detta|Dessa|De|Den|Denna|Där|Då|This|These|It|They|That)\b")


def _with_antecedents(text: str, parts: list[Sentence]) -> list[Sentence]:
    """The sentences, each one that opens with a pointing word joined to the one before it (one
    span of the entry's text, so the quote stays verbatim)."""
    out: list[Sentence] = []
    for sentence in parts:
        if out and _ANAPHOR.match(sentence.text) and "\n" not in text[out[-1].start:sentence.end]:
            out[-1] = Sentence(text[out[-1].start:sentence.end], out[-1].start)
        else:
            out.append(sentence)
    return out


def _with_reasons(text: str, parts: list[Sentence]) -> list[Sentence]:
    """The sentences, and each one that states what happened joined to the next when that one
    gives the reason ('… är undantagna från kraven. Avsteget görs för att …'): a why-question's
    answer, quoted as one span."""
    joined = [Sentence(text[first.start:then.end], first.start) for first, then in zip(parts, parts[1:])
              if REASON.search(then.text) and not REASON.search(first.text) and "\n" not in text[first.start:then.end]]
    return sorted(parts + joined, key=lambda s: (s.start, len(s.text)))


def _with_reasons_after(index: LoadedIndex, hits: list[Hit]) -> list[Hit]:
    """The hits, each followed by the paragraph after it when that one gives its reason ('Behovet
    har inte minskat …' / 'Skälet är framför allt att …'): it names little of what it explains, so
    it is seldom found by itself, and it ranks with what it explains."""
    found = {h.entry.entry_id for h in hits}
    out = []
    for hit in hits:
        out.append(hit)
        told = index.after(hit.entry)
        if told is not None and told.entry_id not in found and explains_before(told.text):
            found.add(told.entry_id)
            out.append(Hit(told, hit.score, None, None, f"{told.entry_id}#0", hit.similarity))
    return out


def explains_before(text: str) -> bool:
    """Whether a paragraph opens with the reason of the one before: 'Skälet är …', or a first
    sentence that points back and gives a reason ('De sa att …, eftersom det var då …')."""
    first = sentences(text)[0].text if text.strip() else ""
    return bool(REASON_OPENER.match(text) or (_ANAPHOR.match(first) and REASON.search(first)))


def points_back(sentence: str, before: str) -> bool:
    """Whether a sentence opens with what the text before it named: 'Detta …', or a definite noun
    whose stem that text holds ('Avsteget görs för att …' after '§ 120 Tillfälligt avsteg …')."""
    words = sentence.split(maxsplit=1)
    if not words or not words[0][:1].isupper():
        return False
    first = words[0].strip(",.:;").lower()
    if first in ("detta", "denna", "dessa"):
        return True
    stems = token_set(first)
    return first.endswith(("et", "en", "na")) and bool(stems) and stems <= token_set(before)


def _with_lists(text: str, parts: list[Sentence]) -> list[Sentence]:
    """The sentences, and each (not too long) list as a whole beside its items: 'Vilka …?' is
    answered by the list, a precise question by one item."""
    blocks = [b for b in list_blocks(text) if len(b.text) <= LONG_LIST and b.text != text
              and any(b.start <= s.start < b.end for s in parts)]
    return sorted(parts + blocks, key=lambda s: s.start)
