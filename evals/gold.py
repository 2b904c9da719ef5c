"""The known facts: BEIR-style queries and qrels plus the answer-check facts file."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, replace
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


def _query_line(fact: Fact) -> dict[str, object]:
    return {"_id": fact.query_id, "text": fact.question, "metadata": {
        "kind": fact.kind, "lang": fact.lang, "doc_ids": sorted({e.split(".")[0] for e in fact.gold_entry_ids}),
        "paraphrase": fact.paraphrase, "date_from": fact.date_from, "date_to": fact.date_to, "answer_type": fact.answer_type,
        "unanswerable_kind": fact.unanswerable_kind, "split": fact.split}}


def _fact_line(fact: Fact, note: str) -> dict[str, object]:
    return {"query_id": fact.query_id, "answers": list(fact.answers), "gold_entry_ids": list(fact.gold_entry_ids),
            "date": None, "expect_abstain": fact.expect_abstain, "changed": fact.changed, "evidence": fact.evidence,
            "note": note}


def write_facts(new: list[Fact], changed: list[Fact], note: str, folder: Path = GOLD_DIR) -> list[str]:
    """Add facts (numbered after the last ``q`` id) and replace changed ones (matched by query id),
    in all three gold files; returns the ids the new facts got."""
    queries = [json.loads(line) for line in (folder / "queries.jsonl").read_text(encoding="utf-8").splitlines() if line]
    facts = [json.loads(line) for line in (folder / "facts.jsonl").read_text(encoding="utf-8").splitlines() if line]
    last = max((int(q["_id"][1:]) for q in queries if q["_id"][1:].isdigit()), default=0)
    numbered = [replace(f, query_id=f"q{last + i:03d}") for i, f in enumerate(new, start=1)]
    replacing = {f.query_id: f for f in changed}
    queries = [_query_line(replacing[q["_id"]]) if q["_id"] in replacing else q for q in queries]
    facts = [_fact_line(replacing[f["query_id"]], note) if f["query_id"] in replacing else f for f in facts]
    queries += [_query_line(f) for f in numbered]
    facts += [_fact_line(f, note) for f in numbered]
    (folder / "queries.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in queries), encoding="utf-8")
    (folder / "facts.jsonl").write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    rows = [row for row in (folder / "qrels.tsv").read_text(encoding="utf-8").splitlines()[1:]
            if row and row.split("\t")[0] not in replacing]
    for fact in [*replacing.values(), *numbered]:
        rows += [f"{fact.query_id}\t{entry}\t{2 if i == 0 and len(fact.gold_entry_ids) > 1 else 1}"
                 for i, entry in enumerate(fact.gold_entry_ids)]
    (folder / "qrels.tsv").write_text("query-id\tcorpus-id\tscore\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return [f.query_id for f in numbered]
