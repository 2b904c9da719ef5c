"""The known facts: BEIR-style queries and qrels plus the answer-check facts file."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent / "gold"
SPLITS = ("dev", "test")


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """One known fact: the question, what a right answer contains, and the entries that say it."""

    query_id: str
    question: str
    kind: str
    lang: str
    answers: tuple[str, ...]
    gold_entry_ids: tuple[str, ...]
    date_from: str | None
    date_to: str | None
    expect_abstain: bool
    paraphrase: bool
    changed: bool
    split: str = "dev"
    answer_type: str = "text"
    unanswerable_kind: str | None = None
    evidence: str = ""


def load_qrels(folder: Path = GOLD_DIR) -> dict[str, dict[str, int]]:
    """query id → {entry id: relevance} from ``qrels.tsv``."""
    qrels: dict[str, dict[str, int]] = {}
    with (folder / "qrels.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            qrels.setdefault(row["query-id"], {})[row["corpus-id"]] = int(row["score"])
    return qrels


def load_facts(folder: Path = GOLD_DIR) -> list[Fact]:
    """All facts, in query order."""
    queries = {}
    for line in (folder / "queries.jsonl").open(encoding="utf-8"):
        q = json.loads(line)
        queries[q["_id"]] = q
    facts = []
    for line in (folder / "facts.jsonl").open(encoding="utf-8"):
        f = json.loads(line)
        q = queries[f["query_id"]]
        meta = q.get("metadata", {})
        facts.append(Fact(
            query_id=f["query_id"], question=q["text"], kind=meta.get("kind", "what"), lang=meta.get("lang", "sv"),
            answers=tuple(f["answers"]), gold_entry_ids=tuple(f["gold_entry_ids"]),
            date_from=meta.get("date_from"), date_to=meta.get("date_to"),
            expect_abstain=bool(f["expect_abstain"]), paraphrase=bool(meta.get("paraphrase")),
            changed=bool(f.get("changed")), split=meta.get("split", "dev"), answer_type=meta.get("answer_type", "text"),
            unanswerable_kind=meta.get("unanswerable_kind"), evidence=f.get("evidence", ""),
        ))
    return facts
