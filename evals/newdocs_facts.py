"""A blind set's ``facts.jsonl`` and ``documents.jsonl``, written from its author's fact tuples
(kind, lang, paraphrase, doc_file, question, answers, evidence, entry_date, note): ids numbered in
order under the set's prefix, splits alternating dev/test within each kind (dev first), unanswerable
facts expecting an abstention. Each set's ``gen/make_facts.py`` holds its facts and calls this."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path


def fact_records(facts: list[tuple], prefix: str) -> list[dict]:
    """The ``--facts`` records of the tuples, in their order."""
    seen: Counter[str] = Counter()
    out = []
    for i, (kind, lang, para, doc, question, answers, evidence, entry, note) in enumerate(facts, start=1):
        split = "dev" if seen[kind] % 2 == 0 else "test"
        seen[kind] += 1
        out.append({"id": f"{prefix}{i:03d}", "question": question, "answers": answers, "doc_file": doc,
                    "evidence": evidence, "kind": kind, "lang": lang, "paraphrase": para,
                    "expect_abstain": kind == "unanswerable", "date_from": None, "date_to": None,
                    "entry_date": entry, "split": split, "note": note})
    return out


def write_set(root: Path, facts: list[tuple], documents: list[dict], prefix: str) -> None:
    """Write ``root/facts.jsonl`` and ``root/documents.jsonl``, one JSON object per line."""
    records = fact_records(facts, prefix)
    for name, rows in (("facts.jsonl", records), ("documents.jsonl", documents)):
        with open(root / name, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    print(len(records), "facts;", len(documents), "documents;", dict(Counter(r["split"] for r in records)))
