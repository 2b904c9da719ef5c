"""Known facts about new documents, as a maintainer writes them for ``granska update --facts``.

One JSON object per line; the entry that states a fact is found by its ``evidence`` (the words
of the document, as a reader sees them), because entry ids exist only once the document is
indexed:

    {"question": "När lämnade expertgruppen sitt yttrande?", "answers": ["29 augusti 2025"],
     "doc_id": "nyhet-expertgruppen" | "doc_file": "nyhet-expertgruppen.txt",
     "evidence": "Yttrandet överlämnades till regiondirektören i fredags", "kind": "when", "lang": "sv"}

Optional: ``id`` (the author's own), ``query_id`` (replaces that known fact: its new answer),
``expect_abstain`` (then no evidence), ``paraphrase``, ``date_from``/``date_to``, ``split``.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from evals.gold import Fact
from granska.errors import InvalidInput
from indexer.records import Document, Entry
from service.answers.questions import KINDS as QUESTION_KINDS

# the answer types granska reads questions as (``why`` too), and a question the sources cannot answer
KINDS = (*QUESTION_KINDS, "unanswerable")


@dataclass(frozen=True, slots=True, kw_only=True)
class NewFact:
    """A fact about the documents of an update, before its entry is known."""

    line: int
    fact: Fact
    document: str | None  # doc_id or file name
    evidence: str
    replaces: str | None


CELL_GAP = 6
_WORD = re.compile(r"\w+")


def _normal(text: str) -> str:
    """Case-folded, hyphenated line breaks joined, table cell bars and white space folded: the
    words as a reader sees them."""
    return " ".join(re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text).replace(" | ", " ").split()).casefold()


def _words_in_order(wanted: str, text: str, max_gap: int = CELL_GAP) -> bool:
    """Whether the words of ``wanted`` (four or more) occur in ``text`` in order, at most
    ``max_gap`` words apart (a column's name between a row's cells), punctuation aside."""
    want, have = _WORD.findall(wanted), _WORD.findall(text)
    if len(want) < 4:
        return False
    for start in (i for i, word in enumerate(have) if word == want[0]):
        at = start
        for word in want[1:]:
            window = have[at + 1: at + 2 + max_gap]
            if word not in window:
                break
            at += 1 + window.index(word)
        else:
            return True
    return False


def load_new_facts(path: Path) -> list[NewFact]:
    """The facts of a --facts file; InvalidInput naming the line for a bad one."""
    out = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
            question, answers = str(data["question"]).strip(), [str(a) for a in data.get("answers", [])]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InvalidInput(f"{path}:{number}: rad med 'question' och 'answers' krävs ({exc})") from None
        abstain = bool(data.get("expect_abstain"))
        kind = "unanswerable" if abstain else str(data.get("kind", "what"))
        document = data.get("doc_id") or data.get("doc_file")
        evidence = str(data.get("evidence") or "")
        if not question or kind not in KINDS:
            raise InvalidInput(f"{path}:{number}: tom fråga eller okänd kind '{kind}'; tillåtna: {', '.join(KINDS)}")
        if not abstain and not (answers and document and evidence):
            raise InvalidInput(f"{path}:{number}: ett besvarbart faktum behöver answers, doc_id/doc_file och evidence")
        split = data.get("split") or ("dev" if int(hashlib.sha256(question.encode()).hexdigest(), 16) % 2 else "test")
        fact = Fact(query_id=str(data.get("query_id") or data.get("id") or f"ny{number}"), question=question, kind=kind,
                    lang=str(data.get("lang", "sv")), answers=tuple(answers), gold_entry_ids=(),
                    date_from=data.get("date_from"), date_to=data.get("date_to"), expect_abstain=abstain,
                    paraphrase=bool(data.get("paraphrase")), changed=False, split=split, evidence=evidence)
        out.append(NewFact(line=number, fact=fact, document=document, evidence=evidence, replaces=data.get("query_id")))
    return out


def resolve(new: list[NewFact], entries: dict[str, Entry], documents: dict[str, Document]) -> list[Fact]:
    """The facts with their gold entries: the entries of the named document whose text holds the
    evidence; InvalidInput naming the fact when the document or the evidence is not found."""
    by_file = {**{d.source_file: d.doc_id for d in documents.values()}, **{d.file: d.doc_id for d in documents.values()}}
    out = []
    for item in new:
        if item.fact.expect_abstain:
            out.append(item.fact)
            continue
        doc_id = item.document if item.document in documents else by_file.get(str(item.document))
        if doc_id is None:
            raise InvalidInput(f"faktum på rad {item.line}: dokumentet '{item.document}' finns inte i korpusen")
        wanted = _normal(item.evidence)
        texts = {e.entry_id: _normal(f"{e.section or ''}\n{e.text}") for e in entries.values() if e.doc_id == doc_id}
        gold = [entry_id for entry_id, text in texts.items() if wanted in text]
        if not gold:  # evidence across two entries: those that hold its first or last words
            head, tail = wanted[:60], wanted[-60:]
            gold = [entry_id for entry_id, text in texts.items() if head in text or tail in text]
        if not gold:  # a table row copied as it looks ('Närhälsan 9 250 000 …'), its cells named in the entry
            gold = [entry_id for entry_id, text in texts.items() if _words_in_order(wanted, text)]
        if not gold:
            raise InvalidInput(f"faktum på rad {item.line}: evidence finns inte i '{doc_id}': {item.evidence[:80]!r}")
        out.append(replace(item.fact, gold_entry_ids=tuple(gold)))
    return out
