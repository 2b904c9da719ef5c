"""The blind sets' fact writer: ids in order, splits alternating within a kind, and each set's committed
facts.jsonl exactly what its author's gen/make_facts.py writes."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

from evals.newdocs_facts import fact_records

ROOT = Path(__file__).resolve().parents[2]
SETS = [("newdocs-blind", "m", "DOCS"), ("newdocs-blind2", "n3", "DOCUMENTS"), ("newdocs-blind3", "n4", "DOCUMENTS"),
        ("newdocs-blind4", "n5", "DOCUMENTS"), ("newdocs-blind5", "n6", "DOCUMENTS"),
        ("newdocs-blind6", "n7", "DOCUMENTS")]


def test_ids_follow_the_order_and_splits_alternate_within_each_kind() -> None:
    facts = [("when", "sv", False, "a.txt", "När?", ["1 maj"], "Den 1 maj …", "2028-05-01", ""),
             ("who", "en", True, "a.txt", "Who?", ["Anna"], "Anna said …", None, ""),
             ("when", "sv", False, "a.txt", "När då?", ["2 maj"], "Den 2 maj …", "2028-05-02", ""),
             ("unanswerable", "sv", False, None, "Varför?", [], "", None, "not in the documents")]
    records = fact_records(facts, prefix="n7")
    assert [(r["id"], r["kind"], r["split"]) for r in records] == [
        ("n7001", "when", "dev"), ("n7002", "who", "dev"), ("n7003", "when", "test"), ("n7004", "unanswerable", "dev")]
    assert [r["expect_abstain"] for r in records] == [False, False, False, True]


@pytest.mark.parametrize(("folder", "prefix", "documents"), SETS, ids=[s for s, _, _ in SETS])
def test_a_sets_committed_facts_are_what_its_generator_writes(folder: str, prefix: str, documents: str) -> None:
    script = runpy.run_path(str(ROOT / "evals" / folder / "gen" / "make_facts.py"), run_name="facts")
    committed = [json.loads(line) for line in (ROOT / "evals" / folder / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    listed = [json.loads(line) for line in (ROOT / "evals" / folder / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert fact_records(script["FACTS"], prefix) == committed
    assert script[documents] == listed
