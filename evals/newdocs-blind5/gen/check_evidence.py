"""Check facts.jsonl and documents.jsonl of newdocs-blind5 (ids n6001–n6060) against the documents' extracted text.

Extraction: .txt/.md as is; .html visible text (tags stripped; head, script and style dropped);
.docx paragraphs and table rows (python-docx, cells joined by a space); .pdf pypdf text of
every page. Before comparing, soft hyphens are removed, hyphenated line breaks are joined
("förvaltnings-\\norganisationen" -> "förvaltningsorganisationen") and whitespace is collapsed.

Checks: every evidence string occurs in its document; every answer string occurs in the
evidence or is the ISO/written form of the fact's entry_date; ids (n6001–n6060, in order),
kinds, langs, splits (alternating dev/test within each kind, first dev) and abstain rules are
well formed; there are exactly 60 facts; each document of documents.jsonl exists, has a
known kind_hint and its file name ends with its expected_date; every document is listed.
Exit status 1 on any problem.
"""
import datetime as dt
import html.parser
import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx
import pypdf

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "documents"
MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
KINDS = {"when", "what", "who", "how_many", "how_much", "what_time", "why", "unanswerable"}
KIND_HINTS = {"nyhet", "pressmeddelande", "beslut", "rapport", "artikel"}


class _Visible(html.parser.HTMLParser):
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "br", "blockquote", "tr", "td", "th",
             "section", "header", "footer", "nav", "aside", "ul", "ol", "button"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def extract(path: Path) -> str:
    suf = path.suffix.lower()
    if suf in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if suf == ".html":
        v = _Visible()
        v.feed(path.read_text(encoding="utf-8"))
        return "".join(v.parts)
    if suf == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if suf == ".pdf":
        return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(str(path)).pages)
    raise ValueError(f"unknown document type: {path}")


def norm(s: str) -> str:
    s = s.replace("\u00ad", "")
    s = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1\2", s)
    return re.sub(r"\s+", " ", s).strip()


def date_forms(entry):
    """ISO and written forms (sv, en) of a day or month entry_date."""
    if not entry:
        return set()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry):
        d = dt.date.fromisoformat(entry)
        return {entry, f"{d.day} {MONTHS_SV[d.month - 1]} {d.year}", f"{d.day} {MONTHS_SV[d.month - 1]}",
                f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]}"}
    if re.fullmatch(r"\d{4}-\d{2}", entry):
        y, m = map(int, entry.split("-"))
        return {entry, f"{MONTHS_SV[m - 1]} {y}", f"{MONTHS_EN[m - 1]} {y}"}
    return {entry}


def norm_plain(s: str) -> str:
    """Like norm() but without joining hyphenated line breaks (to report evidence that crosses one)."""
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def main():
    raw = {p.name: extract(p) for p in sorted(DOCS.iterdir()) if p.is_file()}
    texts = {k: norm(v) for k, v in raw.items()}
    plain = {k: norm_plain(v) for k, v in raw.items()}
    crossing = []
    problems = 0
    facts = [json.loads(line) for line in open(ROOT / "facts.jsonl", encoding="utf-8") if line.strip()]
    seen = set()
    if len(facts) != 60:
        print("EXPECTED 60 FACTS, GOT", len(facts)); problems += 1
    for i, f in enumerate(facts, start=1):
        if f["id"] != f"n6{i:03d}":
            print(f["id"], "ID OUT OF ORDER, expected", f"n6{i:03d}"); problems += 1
        fid = f["id"]
        if fid in seen or not re.fullmatch(r"n6\d{3}", fid):
            print(fid, "BAD OR DUPLICATE ID"); problems += 1
        seen.add(fid)
        if f["kind"] not in KINDS or f["split"] not in ("dev", "test") or f["lang"] not in ("sv", "en"):
            print(fid, "BAD kind/split/lang"); problems += 1
        if f["expect_abstain"]:
            if not (f["doc_file"] is None and f["evidence"] == "" and f["answers"] == []
                    and f["kind"] == "unanswerable"):
                print(fid, "BAD ABSTAIN FACT"); problems += 1
            continue
        doc = f["doc_file"]
        if doc not in texts:
            print(fid, "MISSING DOC", doc); problems += 1
            continue
        ev = norm(f["evidence"])
        if ev not in texts[doc]:
            print(fid, "EVIDENCE NOT FOUND in", doc, "::", ev); problems += 1
        elif ev not in plain[doc]:
            crossing.append(fid)
        forms = {x.lower() for x in date_forms(f["entry_date"])}
        for a in f["answers"]:
            if a.lower() not in ev.lower() and a.lower() not in forms:
                print(fid, "ANSWER NEITHER IN EVIDENCE NOR A FORM OF entry_date:", a); problems += 1
        if not f["answers"]:
            print(fid, "NO ANSWERS"); problems += 1
    docs = [json.loads(line) for line in open(ROOT / "documents.jsonl", encoding="utf-8") if line.strip()]
    for d in docs:
        if not (DOCS / d["file"]).exists():
            print("documents.jsonl: missing file", d["file"]); problems += 1
        elif not d["file"].rsplit(".", 1)[0].endswith(d["expected_date"]):
            print("documents.jsonl: date not in file name", d["file"]); problems += 1
        if d.get("kind_hint") not in KIND_HINTS:
            print("documents.jsonl: bad kind_hint", d["file"], d.get("kind_hint")); problems += 1
        if not d.get("expected_title"):
            print("documents.jsonl: no expected_title", d["file"]); problems += 1
    unlisted = set(texts) - {d["file"] for d in docs}
    if unlisted:
        print("documents not in documents.jsonl:", sorted(unlisted)); problems += 1

    c = Counter((f["kind"], f["split"]) for f in facts)
    print(f"facts: {len(facts)}  documents: {len(texts)}")
    for k in sorted({k for k, _ in c}):
        print(f"  {k:13s} dev {c[(k, 'dev')]:2d}  test {c[(k, 'test')]:2d}")
    print("  paraphrase:", sum(f["paraphrase"] for f in facts),
          " lang en:", sum(f["lang"] == "en" for f in facts),
          " expect_abstain:", sum(f["expect_abstain"] for f in facts))
    print("  lang:", dict(Counter(f["lang"] for f in facts)), " split:", dict(Counter(f["split"] for f in facts)))
    print("  per document:")
    for doc, n in sorted(Counter(f["doc_file"] for f in facts if f["doc_file"]).items()):
        print(f"    {n:2d}  {doc}")
    print("  evidence crossing a hyphenated line break:", crossing)
    splits = {}
    for f in facts:
        want = "dev" if splits.get(f["kind"], 0) % 2 == 0 else "test"
        splits[f["kind"]] = splits.get(f["kind"], 0) + 1
        if f["split"] != want:
            print(f["id"], "SPLIT DOES NOT ALTERNATE within kind", f["kind"]); problems += 1
    print("problems:", problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
