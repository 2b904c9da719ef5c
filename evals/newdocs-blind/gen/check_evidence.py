"""Check that every evidence string occurs verbatim in its document's text.

Text extraction (shared with the later sets, ``evals/newdocs_check.py``): .txt/.md raw, .html
visible text (tags stripped), .docx paragraphs and table cells (python-docx), .pdf pypdf.
Comparison after joining hyphenated line breaks and collapsing whitespace. Also reports whether an answer string occurs in the evidence.
"""
import json
import sys
from pathlib import Path

from evals.newdocs_check import extract, norm  # the same extraction as the later sets

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "documents"


def main():
    texts = {p.name: norm(extract(p)) for p in DOCS.iterdir() if p.is_file()}
    bad = 0
    for line in open(ROOT / "facts.jsonl", encoding="utf-8"):
        f = json.loads(line)
        if f["expect_abstain"]:
            assert f["doc_file"] is None and f["evidence"] == "" and f["answers"] == []
            continue
        doc = f["doc_file"]
        if doc not in texts:
            print(f["id"], "MISSING DOC", doc)
            bad += 1
            continue
        ev = norm(f["evidence"])
        if ev not in texts[doc]:
            print(f["id"], "EVIDENCE NOT FOUND in", doc, "::", ev)
            bad += 1
        in_ev = any(a.lower() in ev.lower() for a in f["answers"])
        in_doc = any(a.lower() in texts[doc].lower() for a in f["answers"])
        if not in_ev:
            print(f["id"], "note: no answer string in evidence", "(in doc)" if in_doc else "(not in doc)",
                  f["answers"][:2])
    # document dates in file names
    for line in open(ROOT / "documents.jsonl", encoding="utf-8"):
        d = json.loads(line)
        assert (DOCS / d["file"]).exists(), d["file"]
        assert d["file"].rsplit(".", 1)[0].endswith(d["expected_date"]), d["file"]
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
