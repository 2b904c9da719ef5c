"""Check that every evidence string occurs verbatim in its document's text.

Text extraction: .txt/.md raw, .html visible text (tags stripped), .docx paragraphs and
table cells (python-docx), .pdf pypdf. Comparison after joining hyphenated line breaks
and collapsing whitespace. Also reports whether an answer string occurs in the evidence.
"""
import html.parser
import json
import re
import sys
from pathlib import Path

import docx
import pypdf

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "documents"


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in ("p", "div", "li", "h1", "h2", "br", "blockquote", "tr", "td"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def extract(path: Path) -> str:
    suf = path.suffix.lower()
    if suf in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if suf == ".html":
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return "".join(p.parts)
    if suf == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if suf == ".pdf":
        return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(str(path)).pages)
    raise ValueError(path)


def norm(s: str) -> str:
    s = s.replace("\u00ad", "")
    s = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", s)  # join hyphenated line breaks
    return re.sub(r"\s+", " ", s).strip()


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
