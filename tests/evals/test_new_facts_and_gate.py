"""Facts about new documents (resolved by their evidence) and the update gate's three groups."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.gate import judge_update
from evals.gold import Fact
from evals.metrics import CitedAnswer, Outcome
from evals.new_facts import load_new_facts, resolve
from evals.runner import SystemResult
from granska.errors import InvalidInput
from indexer.records import Document, Entry


def entry(entry_id: str, text: str, section: str | None = None) -> Entry:
    return Entry(entry_id=entry_id, doc_id=entry_id.split(".")[0], ordinal=1, date_start="2025-06-17",
                 date_end="2025-06-17", time=None, date_precision="day", actor=None, section=section, text=text,
                 text_original=None, char_start=0, char_end=len(text))


DOCS = {"ny": Document(doc_id="ny", title="Ny", kind="nyhet", date="2025-06-17", language="sv", source_file="Ny fil.docx",
                       file="ny.docx", sha256=None)}
ENTRIES = {e.entry_id: e for e in (entry("ny.20250617.aaaaaaaa", "Återstart på Regionhälsan | 2026-04-14 | Regionhälsan"),
                                   entry("ny.20250617.bbbbbbbb", "Beslut\nPausen förlängs.", "§ 146 Förlängd paus"),
                                   entry("ny.20250617.cccccccc", "Enhet: Borås; Användare: 96; Öppna ärenden: 5; varav allvarliga: 0."),
                                   entry("ny.20250617.dddddddd", "Enhet: Kinna; Användare: 96; Öppna ärenden: 5."))}


def write(tmp_path: Path, *rows: dict) -> Path:
    path = tmp_path / "fakta.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_evidence_finds_the_entry_across_table_bars_cells_sections_and_file_names(tmp_path: Path) -> None:
    path = write(tmp_path,
                 {"question": "När återstartar Regionhälsan?", "answers": ["2026-04-14"], "doc_file": "Ny fil.docx",
                  "evidence": "Återstart på Regionhälsan 2026-04-14 Regionhälsan", "kind": "when"},
                 {"question": "Under vilken paragraf förlängdes pausen?", "answers": ["§ 146"], "doc_id": "ny",
                  "evidence": "§ 146 Förlängd paus"},
                 {"question": "Vem leder förhandlingen?", "expect_abstain": True},
                 # a PDF table's row as it looks; the entry names the columns between the cells
                 {"question": "Hur många öppna ärenden hade Borås?", "answers": ["5"], "doc_id": "ny",
                  "evidence": "Borås 96 5 0"},
                 {"question": "Hur många öppna ärenden hade Kinna?", "answers": ["5"], "doc_id": "ny",
                  "evidence": "Enhet Kinna Användare 96 5"})
    facts = resolve(load_new_facts(path), ENTRIES, DOCS)
    assert [f.gold_entry_ids for f in facts] == [("ny.20250617.aaaaaaaa",), ("ny.20250617.bbbbbbbb",), (),
                                                 ("ny.20250617.cccccccc",), ("ny.20250617.dddddddd",)]
    assert facts[2].kind == "unanswerable" and {f.split for f in facts} <= {"dev", "test"}


def test_a_fact_whose_evidence_is_not_there_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, {"question": "?", "answers": ["x"], "doc_id": "ny", "evidence": "finns inte någonstans"})
    with pytest.raises(InvalidInput, match="rad 1: evidence finns inte i 'ny'"):
        resolve(load_new_facts(path), ENTRIES, DOCS)
    with pytest.raises(InvalidInput, match="fakta.jsonl:1: .*answers, doc_id/doc_file och evidence"):
        load_new_facts(write(tmp_path, {"question": "Utan svar?", "answers": []}))
    with pytest.raises(InvalidInput, match="okänd kind 'orsak'; tillåtna: when, .*why, what, unanswerable"):
        load_new_facts(write(tmp_path, {"question": "Varför?", "answers": ["x"], "doc_id": "ny", "evidence": "x",
                                        "kind": "orsak"}))


def test_every_kind_granska_answers_is_a_kind_of_fact(tmp_path: Path) -> None:
    why = {"question": "Varför förlängdes pausen?", "answers": ["x"], "doc_id": "ny", "evidence": "x", "kind": "why"}
    assert load_new_facts(write(tmp_path, why))[0].fact.kind == "why"


def outcome(query_id: str, passed: bool, cited: list[str] = (), ranked: list[str] = (), changed: bool = False) -> Outcome:
    fact = Fact(query_id=query_id, question="?", kind="what", lang="sv", answers=("x",), gold_entry_ids=(), date_from=None,
                date_to=None, expect_abstain=False, paraphrase=False, changed=changed, split="test")
    answer = CitedAnswer("x", False, tuple((c, "q", "t", None, None) for c in cited), tuple(ranked), 0.0)
    return Outcome(fact, answer, passed, 0, 0, True)


def test_the_three_groups() -> None:
    staged = SystemResult(name="granska", splits={"test": {"answer_accuracy": 1.0}, "alla": {}}, by_kind={}, outcomes=[
        outcome("q1", True),                                        # still passes
        outcome("q2", False, cited=["ny.20250617.aaaaaaaa"]),        # answered from the new document: changed
        outcome("q3", False, ranked=["tidslinje.20241112.x", "ny.20250617.bbbbbbbb"]),  # the new document ranks: changed
        outcome("q4", False, cited=["tidslinje.20241112.x"], ranked=["tidslinje.20241112.x"]),  # nothing new: regression
        outcome("q5", False, changed=True),                         # marked changed in the gold
    ])
    live = {"q1": True, "q2": True, "q3": True, "q4": True, "q5": True}
    thresholds = {"min": {"answer_accuracy": 0.5}, "max": {}, "new_facts": {}}
    new_entries = {"ny.20250617.aaaaaaaa", "ny.20250617.bbbbbbbb"}
    verdict = judge_update(live, staged, thresholds, new_entries=new_entries, accept={"q2"})
    assert verdict.regressions == ["q4"] and verdict.changed == ["q2", "q3", "q5"]
    assert verdict.acknowledged == ["q2", "q5"] and verdict.unacknowledged == ["q3"] and not verdict.accepted
    fine = judge_update({**live, "q4": False}, staged, thresholds, new_entries=new_entries, accept={"q2", "q3"})
    assert fine.accepted and fine.regressions == []


def test_a_flip_in_a_near_tie_is_borderline_not_a_regression() -> None:
    """q6's new answer won the ranker by 0.03 (an IDF shift turned a tie); q7's by 0.3 (a verdict)."""
    fact = outcome("q6", False).fact
    tied = Outcome(fact, CitedAnswer("x", False, (), (), 0.0, 0.4, 0.03), False, 0, 0, True)
    clear = Outcome(outcome("q7", False).fact, CitedAnswer("x", False, (), (), 0.0, 0.4, 0.3), False, 0, 0, True)
    staged = SystemResult(name="granska", splits={"test": {"answer_accuracy": 1.0}, "alla": {}}, by_kind={},
                          outcomes=[tied, clear])
    thresholds = {"min": {"answer_accuracy": 0.5}, "max": {}, "new_facts": {}}
    verdict = judge_update({"q6": True, "q7": True}, staged, thresholds)
    assert verdict.borderline == ["q6"] and verdict.regressions == ["q7"]


def test_words_whose_reading_the_new_entries_change() -> None:
    """A word only the new entries use, or one they use in as many entries as the old ones
    ('2027': 1 old entry, 2 new), changes how a question with it is read; one they use less, not."""
    from types import SimpleNamespace

    from evals.update import _new_words

    texts = {"old1": "Budgeten för 2027 godkändes av regionstyrelsen.", "old2": "Regionstyrelsen beslutade om pausen.",
             "old3": "Regionstyrelsen tillsatte en granskning.", "new1": "Återstarten sker i oktober 2027.",
             "new2": "Under 2027 ansluter Skaraborg; regionstyrelsen beslutar i mars."}
    index = SimpleNamespace(entries={k: SimpleNamespace(entry_id=k, text=t) for k, t in texts.items()})
    words = _new_words(index, {"new1", "new2"})
    assert {"2027", "skaraborg", "aterstart"} <= words
    assert "regionstyr" not in words  # 1 new entry against 3 old ones
