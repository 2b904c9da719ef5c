"""The question's content words, as the corpus writes them, and how much of them a text supports.

A question term is a Swedish stem with its alternatives: the stems of the corpus words the
glossary maps it to (an English word, or an everyday Swedish one) and of its compound parts. A
text supports a term when it contains one of them (IDF-weighted, so rare words count most).
A *salient* term is a rare one (it says what the question is about); a salient term the corpus
never mentions ('semesterschema', 'Norway') is strong evidence that the sources cannot answer.
"""

from __future__ import annotations

import bisect
import difflib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from indexer.actors import find_actors
from indexer.dates import MONTHS, WEEKDAYS
from indexer.records import Document, Entry
from indexer.stores.bm25_store import FOLD, token_set, tokenize, word_tokens
from indexer.text.compounds import compound_parts
from indexer.text.frequency import zipf
from indexer.text.glossary import Glossary
from service.answers.names import INNER_CAPITALISED

# Question and function words that say nothing about the content (Swedish and English).
QUESTION_WORDS = frozenset(
    "vem vems vad när hur vilka vilken vilket varför organ många mycket stor stort hög lång datum dag år tid klockslag "
    "tidpunkt belopp summa antal gång gången gjorde görs gör fick får hände händer hänt skedde ske sker enligt "
    "what who whom whose when how many much which did does do was were of is are in on to for and the a an date day "
    "time year happen happened happens according by at from with that this it its as be been has have had there their "
    "they about into after before why any some all".split()
)
SALIENT_MAX_SHARE = 0.12  # a term in at most this share of the entries is salient
# a verb and its particle ('lagts till', 'sköts upp', 'stängdes av'): together one word of the texts. Only
# forms that are surely verbs, a passive or a past ('… i slutet av maj' is no particle verb)
PARTICLE_VERB = re.compile(r"\b(?P<verb>[^\W\d_]{2,}(?:s|de|te))\s+(?P<particle>till|upp|in|ut|av|bort|fram|ner|ned|om|över|på)\b",
                           re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Term:
    """One content word of a question and the stems that count as it in a text. An English word
    that neither the glossary nor the corpus knows is kept as ``untranslated``: no Swedish text
    can contain it, so it counts only as a word the sources do not use."""

    word: str
    stems: frozenset[str]
    untranslated: bool = False
    inflected: bool = False  # ``stems`` holds the corpus's other forms of the word (``InflectionFamilies``)


# a publication named as the source: one to four capitalised words after 'enligt' or 'according to'
# ('enligt Tidningen Viskan', 'according to the Nordic eHealth Briefing'), that only its own names hold
# … or as the one told ('berättade för Läckö-Posten', 'told the Nordic eHealth Briefing'); a word
# that says what it is may come first ('enligt nyhetsbrevet EHR Europe Monitor', 'the newsletter …')
PUBLICATION = re.compile(r"\b(?i:enligt|according to|as reported by|reported by|told|said to|(?:berättade|berättar|sa|sade|"
                         r"säger|uppgav|uppger)\s+(?:för|till))\s+(?:the\s+)?(?:[a-zåäö]+\s+)?"
                         r"(?P<name>(?:[A-ZÅÄÖ]|e[A-Z])[\w-]+(?:\s+(?:[A-ZÅÄÖ]|e[A-Z])[\w-]+){0,3})")
# a source named by what it is: the words after 'enligt' up to a comma, all of them in one document's names
SOURCE = re.compile(r"\b(?i:enligt|according to)\s+(?:the\s+)?(?P<phrase>[^,.?!;]{3,80})")
SOURCE_WORDS = 6
PUBLICATION_DOCUMENTS = 2  # more documents than this is a body or a place, not one publication
MASTHEAD = 120  # characters of a document's first entry that name it
MIN_HEAD_PART, MIN_TAIL_PART = 4, 4  # an unseen compound's parts, each a word the corpus uses


def document_names(documents: Iterable[Document]) -> dict[str, str]:
    """Each document's own names, for ``TermScorer``'s sources: its id (the file's name) and title."""
    return {d.doc_id: f"{d.doc_id} {d.title}" for d in documents}


def mastheads(entries: Iterable[Entry]) -> dict[str, str]:
    """Each document's masthead, for ``TermScorer``: its first entry's opening words ('NORDIC
    eHEALTH BRIEFING Weekly newsletter …'), which name a publication its title may not."""
    first: dict[str, str] = {}
    for entry in entries:
        first.setdefault(entry.doc_id, entry.text[:MASTHEAD])
    return first


def _holding(stems: frozenset[str], names: dict[str, frozenset[str]]) -> frozenset[str]:
    """The documents whose names hold every stem, when they are one or two (more is a body or a
    place, not one source); none otherwise."""
    docs = frozenset(d for d, tokens in names.items() if stems <= tokens)
    return docs if stems and len(docs) <= PUBLICATION_DOCUMENTS else frozenset()


def matches(term: str, words: frozenset[str]) -> bool:
    """Whether a stem occurs among ``words``, exactly or as a near-identical stem (≥ 5 letters,
    same first three letters, length within one, edit similarity ≥ 0.85: 'upphörd' ~ 'upphör',
    not 'driftsat' ~ 'driftstart')."""
    if term in words:
        return True
    if len(term) < 5:
        return False
    return _near(term, words)


@lru_cache(maxsize=100_000)
def _near(term: str, words: frozenset[str]) -> bool:
    """The fuzzy half of ``matches``, cached: the same stems meet the same sentences' word sets
    for every question about them (a frozenset keeps its hash, so the key is cheap)."""
    return any(abs(len(word) - len(term)) <= 1 and difflib.SequenceMatcher(None, term, word).ratio() >= 0.85
               for word in _by_prefix(words).get(term[:3], ()))


@lru_cache(maxsize=20_000)
def _by_prefix(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """A text's words by their first three letters (a near-identical stem shares them)."""
    out: dict[str, list[str]] = {}
    for word in words:
        out.setdefault(word[:3], []).append(word)
    return {prefix: tuple(group) for prefix, group in out.items()}


@lru_cache(maxsize=1)
def question_stems() -> frozenset[str]:
    """The stems of the question and function words."""
    return _question_stems()


@lru_cache(maxsize=1)
def _question_stems() -> frozenset[str]:
    return frozenset(t for tokens in tokenize(sorted(QUESTION_WORDS)) for t in tokens)


class TermScorer:
    """IDF weights from the indexed texts; question terms through the glossary."""

    def __init__(self, documents: list[str], glossary: Glossary, sources: dict[str, str] | None = None,
                 mastheads: dict[str, str] | None = None):
        """``documents``: the indexed texts; ``sources``: each document's id → its own names (title,
        file name: 'vgrfokus-nummer-4-2025'), which name the source without being its text;
        ``mastheads``: each document's opening words, which can name a publication too."""
        tokens = tokenize(documents) if documents else []
        self.n = len(tokens)
        self.df = Counter(t for ts in tokens for t in set(ts))
        self.glossary = glossary
        self.forms = InflectionFamilies(documents)
        self._weights: dict[Term, float] = {}
        self._vocabulary: list[str] | None = None
        self._text_vocabulary: list[str] | None = None
        sources, mastheads = sources or {}, mastheads or {}
        self._sources = {doc_id: frozenset(tokenize([f"{name} {mastheads.get(doc_id, '')}"])[0])
                         for doc_id, name in sources.items()}
        self._titles = {doc_id: frozenset(word_tokens(name.replace("-", " ").casefold())) for doc_id, name in sources.items()}
        self._documents = documents
        self._names: frozenset[str] | None = None

    def idf(self, term: str) -> float:
        """Inverse document frequency; unseen terms weigh the most."""
        return math.log((self.n + 1) / (self.df.get(term, 0) + 0.5))

    def known(self, stem: str) -> bool:
        """Whether the corpus uses the stem at all."""
        return stem in self.df

    def terms(self, question: str, lang: str) -> list[Term]:
        """The question's content terms. Glossary phrases become one term each (their corpus
        words as alternatives); other words are terms of their own, except, in an English
        question, words the corpus never uses (they are read through the glossary instead)."""
        out: list[Term] = []
        rest = question
        for phrase, words in self.glossary.matches(question):
            alternatives = frozenset(t for w in words for t in tokenize([w])[0]) | frozenset(tokenize([phrase])[0])
            if alternatives - _question_stems():
                out.append(Term(phrase, alternatives - _question_stems()))
            rest = re.sub(rf"(?i)(?<!\w){re.escape(phrase)}(?!\w)", " ", rest)
        families = self.forms.of_words(rest) if lang == "sv" else {}
        for stem in dict.fromkeys(tokenize([rest])[0]):
            if stem in _question_stems() or any(stem in t.stems for t in out):
                continue
            untranslated = lang == "en" and not self.known(stem) and not _looks_like_a_name(stem, question)
            forms = families.get(stem, frozenset())
            parts = () if untranslated or self.known(stem) or forms else self._known_parts(stem)
            if parts:  # 'Sjuhäradskommunernas', which no text writes: 'Sjuhärads' and 'kommunerna', which they do
                out.extend(Term(part, frozenset({part})) for part in parts if not any(part in t.stems for t in out))
                continue
            out.append(Term(stem, frozenset({stem}) | forms, untranslated, inflected=bool(forms)))
        return self._with_particles(out, rest, families) if lang == "sv" else out

    def _with_particles(self, terms: list[Term], question: str, families: dict[str, frozenset[str]]) -> list[Term]:
        """A particle verb ('har lagts till', 'sköts upp') is also the word its particle and verb make
        together ('tillägg', 'uppskjuten'): the texts name what was done by the compound."""
        extra: dict[str, set[str]] = {}
        for found in PARTICLE_VERB.finditer(question):
            verb = word_tokens(found["verb"].casefold())
            particle = found["particle"].casefold().translate(FOLD)
            for stem in (set(verb) | set(families.get(verb[0], ()))) if verb else ():
                joined = re.sub(r"(.)\1\1", r"\1\1", particle + stem)  # 'till' + 'lagg': 'tillagg'
                if self.known(joined):
                    extra.setdefault(verb[0], set()).add(joined)
        return [replace(t, stems=t.stems | extra[t.word]) if t.word in extra else t for t in terms]

    def _known_parts(self, stem: str) -> tuple[str, ...]:
        """An unseen compound's two parts that the corpus uses, linking 's' dropped ('sjuharadskommun'
        → 'sjuharad', 'kommun'), the split whose rarer part is most common; () when there is none."""
        best: tuple[int, tuple[str, ...]] = (0, ())
        for cut in range(MIN_HEAD_PART, len(stem) - MIN_TAIL_PART + 1):
            head, tail = stem[:cut], stem[cut:]
            if not self.known(head) and head.endswith("s") and self.known(head[:-1]):
                head = head[:-1]
            if self.known(head) and self.known(tail):
                best = max(best, (min(self.df[head], self.df[tail]), (head, tail)))
        return best[1]

    def unknown_names(self, question: str, lang: str) -> tuple[str, ...]:
        """Names the question gives that no indexed text uses in any form ('Vad sa Läkemedelsverket
        …?', 'Hur påverkades Folktandvården …?'): the sources cannot say what such a body did.
        A capitalised word inside the question counts, not an acronym ('EHR' may be the records'
        'vårdinformationssystem'), a month, weekday or holiday, an English word in an English
        question ('Swedish', 'Steering') or a word of a glossary phrase; its stem must begin no word of the corpus."""
        glossed = {w for phrase, _ in self.glossary.matches(question) for w in phrase.casefold().split()}
        names = []
        for m in INNER_CAPITALISED.finditer(question):
            word = m.group(0)
            if word.isupper() or word.casefold() in _DATE_WORDS or word.casefold() in glossed:
                continue
            if lang == "en" and _everyday_english(word):
                continue
            stems = word_tokens(word.casefold())
            if stems and not self._begins_a_word(stems[0]) and not self._built_on_a_name(word.casefold()):
                names.append(word)
        return tuple(names)

    def documents_named(self, question: str) -> dict[str, frozenset[str]]:
        """The documents a question names by a name that only their own names hold, by the word
        that names them ('according to VGRfokus': a file 'vgrfokus-nummer-4-2025' whose text never
        says 'VGRfokus')."""
        named: dict[str, frozenset[str]] = {}
        for m in INNER_CAPITALISED.finditer(question):
            stems = word_tokens(m.group(0).casefold())
            if m.group(0).isupper() or not stems or self._in_text(stems[0]):
                continue
            docs = frozenset(d for d, tokens in self._sources.items() if any(t.startswith(stems[0]) for t in tokens))
            if docs:
                named[m.group(0)] = docs
        for m in SOURCE.finditer(question):  # 'enligt regiondirektörens delegationsbeslut om förlängt läsläge'
            words = [w for w in re.findall(r"[\w-]+", m["phrase"]) if not w.isdigit() and w.casefold() not in _DATE_WORDS]
            stems = frozenset(word_tokens(" ".join(words[:SOURCE_WORDS]).casefold()))
            docs = _holding(stems, self._titles) if len(stems) >= 2 else frozenset()
            if docs:
                named[m["phrase"]] = docs
        for m in PUBLICATION.finditer(question):  # 'according to the Nordic eHealth Briefing': its masthead
            name = m["name"]
            docs = _holding(frozenset(word_tokens(name.casefold())), self._sources)
            if docs and not find_actors(name) and not any(name in found or found in name for found in named):
                named[name] = docs
        return named

    def _in_text(self, stem: str) -> bool:
        """Whether some token of the indexed texts starts with the stem."""
        if self._text_vocabulary is None:
            self._text_vocabulary = sorted(self.df)
        i = bisect.bisect_left(self._text_vocabulary, stem)
        return i < len(self._text_vocabulary) and self._text_vocabulary[i].startswith(stem)

    def _begins_a_word(self, stem: str) -> bool:
        """Whether some token of the corpus or of its sources' names starts with the stem
        ('alvsborg' → 'alvsborgs', 'vgrfokus' → the file 'vgrfokus-nummer-4-2025')."""
        if self._vocabulary is None:
            self._vocabulary = sorted(set(self.df) | {t for tokens in self._sources.values() for t in tokens})
        i = bisect.bisect_left(self._vocabulary, stem)
        return i < len(self._vocabulary) and self._vocabulary[i].startswith(stem)

    def _built_on_a_name(self, word: str) -> bool:
        """Whether the word begins with a name the corpus uses ('Millenniumfrågan'): a compound of
        a known name, not a new one ('Läkemedelsverket' begins with a common noun)."""
        if self._names is None:
            self._names = frozenset(part.casefold() for text in self._documents
                                    for m in INNER_CAPITALISED.finditer(text) for part in m.group(0).split("-"))
        return any(word[:n] in self._names for n in range(4, len(word)))

    def salient(self, terms: list[Term]) -> list[Term]:
        """The rare terms a text can contain: what the question is about."""
        limit = SALIENT_MAX_SHARE * self.n
        return [t for t in terms if not t.untranslated and min(self.df.get(s, 0) for s in t.stems) <= limit]

    def unseen(self, terms: list[Term]) -> list[Term]:
        """Terms no indexed text contains in any of their forms (untranslated English words too)."""
        return [t for t in terms if not any(self.known(s) for s in t.stems) and not t.word.isdigit()]

    def searchable(self, terms: list[Term]) -> list[Term]:
        """The terms a Swedish text can contain (untranslated English words left out)."""
        return [t for t in terms if not t.untranslated]

    def weight(self, term: Term) -> float:
        """A term weighs as its most common form (a glossary term is not rarer than its words)."""
        weight = self._weights.get(term)
        if weight is None:
            if len(self._weights) > 100_000:  # terms of arbitrary questions: keep the cache bounded
                self._weights.clear()
            known = [self.idf(s) for s in term.stems if self.known(s)]
            # a word's inflected forms are one word: it weighs as its most common form
            weight = self._weights[term] = min(known) if term.inflected and known else max(self.idf(s) for s in term.stems)
        return weight

    def coverage(self, terms: list[Term], text: str) -> float:
        """IDF-weighted share of ``terms`` that the text supports (0–1); untranslated words are left out."""
        return self.coverer(terms)(text)

    def coverer(self, terms: list[Term]) -> Callable[[str], float]:
        """``coverage`` of these terms as a function of the text, their weights worked out once (a
        question's terms meet every sentence of its candidates)."""
        weighted = [(self.weight(t), t.stems) for t in self.searchable(terms)]
        total = sum(w for w, _ in weighted)
        if not weighted or not total:
            return lambda text: 0.0

        def cover(text: str) -> float:
            present = token_set(text)
            return sum(w for w, stems in weighted if any(matches(s, present) for s in stems)) / total

        return cover

    def counted_stems(self, question: str, terms: list[Term]) -> list[str]:
        """The stems a figure can be counted in for a how-many question: its terms' stems, but not
        those of the names it gives ('Hur många anställda har Västra Götalandsregionen?' is not
        answered by '49 kommunerna i Västra Götaland'), nor a date's ('… efter driftstoppet den 23 maj'
        does not count what the 23 May costs)."""
        words = [w for m in INNER_CAPITALISED.finditer(question) for w in m.group(0).casefold().split()]
        # a name's compound parts too ('Götaland': 'göta', 'land')
        named = {s for w in words for part in (w, *compound_parts(w)) for s in word_tokens(part)}
        counted = [t for t in terms if not (t.stems & named) and not t.word.isdigit() and t.word not in _DATE_WORDS]
        return self.stems(counted) if counted else self.stems(terms)

    def stems(self, terms: list[Term]) -> list[str]:
        """Every stem of the terms (for matching figures to the thing asked about)."""
        return [s for t in terms for s in sorted(t.stems)]


class InflectionFamilies:
    """The corpus's forms of one word whose stems differ: a strong verb's ('ledde' – 'letts', 'tog' –
    'tagits', 'beslöt' – 'beslutade'), which Snowball cannot join. Words are joined by their lemma
    (simplemma, Swedish; a lemma's own lemma too: 'letts' → 'lett' → 'leda'), and a verb's action
    noun by the root they share ('kosta' – 'kostnaderna', ``_roots``)."""

    def __init__(self, documents: list[str]):
        self._by_lemma: dict[str, set[str]] = {}
        self._by_root: dict[str, set[str]] = {}
        words = {w.casefold() for text in documents for w in _WORDS.findall(text)}
        # a compound's parts are words of the corpus too ('konsekvensanalys' has 'konsekvens', whose
        # stem differs from that of 'konsekvenserna')
        for word in words | {part for w in words for part in compound_parts(w)}:
            stems = word_tokens(word)
            if stems and len(stems[0]) >= 4:  # 'led', 'tas': as a compound's part they match anything
                self._by_lemma.setdefault(_lemma(word), set()).add(stems[0])
                for root in _roots(_lemma(word)):
                    self._by_root.setdefault(root, set()).add(stems[0])

    def of_words(self, text: str) -> dict[str, frozenset[str]]:
        """For each word of the text, its stem → the stems of the corpus's other forms of it."""
        out: dict[str, frozenset[str]] = {}
        for word in _WORDS.findall(text):
            stems = word_tokens(word.casefold())
            lemma = _lemma(word.casefold())
            family = self._by_lemma.get(lemma, set()).union(*(self._by_root.get(r, set()) for r in _roots(lemma)))
            if stems and family - {stems[0]}:
                out[stems[0]] = frozenset(family - {stems[0]})
        return out


_WORDS = re.compile(r"[^\W\d_]{2,}")
# a verb and the noun of its action share a root: 'kosta' – 'kostnad', 'utbilda' – 'utbildning',
# 'samordna' – 'samordning', 'planera' – 'planering', 'förbereda' – 'förberedelse'
_DERIVED = (("ering", 3), ("ning", 4), ("ning", 3), ("nad", 3), ("else", 4))
ROOT_MIN = 4


def _roots(lemma: str) -> tuple[str, ...]:
    """The roots a verb's lemma ('kosta') and its action noun's ('kostnad') may share."""
    roots = [lemma[:-cut] for suffix, cut in _DERIVED if lemma.endswith(suffix)]
    if lemma.endswith("a"):
        roots.append(lemma[:-1])
    return tuple(r for r in roots if len(r) >= ROOT_MIN)


@lru_cache(maxsize=200_000)
def _lemma(word: str) -> str:
    import simplemma

    lemma = simplemma.lemmatize(word, lang="sv")
    return simplemma.lemmatize(lemma, lang="sv") if lemma != word else lemma


def _looks_like_a_name(stem: str, question: str) -> bool:
    """A capitalised word, an acronym or a figure in the question (kept even if the corpus lacks it)."""
    return stem.isdigit() or any(w[:1].isupper() and w.casefold().startswith(stem[:4]) for w in question.split()[1:])


# words that date a question, not name what it asks about
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"monday", "tuesday", "wednesday", "thursday", "friday",
                                                        "saturday", "sunday", "april", "september", "november",
                                                        "december", "midsummer", "midsommar", "christmas", "jul",
                                                        "easter", "påsk", "advent", "whitsun", "pingst"}


def _everyday_english(word: str) -> bool:
    """An English word of any use ('Swedish', 'Steering', 'Procurement', 'Rollout'), capitalised or
    not: an English question capitalises the words of a body's or a meeting's title ('the
    Programme Steering Group'), which the Swedish records name in Swedish. The names this leaves
    are proper names ('Läkemedelsverket', 'Vårdförbundet', 'Longstocking')."""
    return zipf(word, "en") >= 2.5
