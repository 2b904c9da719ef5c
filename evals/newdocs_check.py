"""Check a set of new documents and its facts (``facts.jsonl``, ``documents.jsonl``, ``documents/``)
against the documents' extracted text, as each blind set's author did before handing it over.

Usage: ``python -m evals.newdocs_check evals/newdocs-blind5``

Extraction: .txt/.md as is; .html visible text (tags stripped; head, script and style dropped);
.docx paragraphs and table rows (python-docx, cells joined by a space); .pdf pypdf text of
every page. Before comparing, soft hyphens are removed, hyphenated line breaks are joined
("förvaltnings-\\norganisationen" -> "förvaltningsorganisationen") and whitespace is collapsed.
The extraction is deliberately not granska's own: the facts are checked against the documents,
not against what the indexer makes of them.

Checks: every evidence string occurs in its document; every answer string occurs in the
evidence or is the ISO/written form of the fact's entry_date; ids are numbered in order from
the first ('n6001', 'n6002', …); kinds, langs, splits (alternating dev/test within each kind,
first dev) and abstain rules are well formed; each document of documents.jsonl exists, has a
known kind_hint and a title, and its file name ends with its expected_date; every document is
listed. Exit status 1 on any problem.
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


def check(root: Path) -> int:
    """Print the set's figures and every problem; the number of problems."""
    raw = {p.name: extract(p) for p in sorted((root / "documents").iterdir()) if p.is_file()}
    facts = [json.loads(line) for line in open(root / "facts.jsonl", encoding="utf-8") if line.strip()]
    docs = [json.loads(line) for line in open(root / "documents.jsonl", encoding="utf-8") if line.strip()]
    problems = [*_fact_problems(facts, raw), *_document_problems(docs, root / "documents", set(raw)),
                *_split_problems(facts)]
    _print_figures(facts, raw)
    for problem in problems:
        print(problem)
    print("problems:", len(problems))
    return len(problems)


def _fact_problems(facts: list[dict], raw: dict[str, str]) -> list[str]:
    """Ids in order, well-formed kinds and abstentions, evidence in its document, answers in their evidence."""
    texts = {k: norm(v) for k, v in raw.items()}
    plain = {k: norm_plain(v) for k, v in raw.items()}
    problems, crossing, seen = [], [], set()
    prefix = facts[0]["id"][:-3] if facts else ""
    for i, f in enumerate(facts, start=1):
        fid = f["id"]
        if fid != f"{prefix}{i:03d}":
            problems.append(f"{fid} ID OUT OF ORDER, expected {prefix}{i:03d}")
        if fid in seen:
            problems.append(f"{fid} BAD OR DUPLICATE ID")
        seen.add(fid)
        if f["kind"] not in KINDS or f["split"] not in ("dev", "test") or f["lang"] not in ("sv", "en"):
            problems.append(f"{fid} BAD kind/split/lang")
        if f["expect_abstain"]:
            if not (f["doc_file"] is None and f["evidence"] == "" and f["answers"] == [] and f["kind"] == "unanswerable"):
                problems.append(f"{fid} BAD ABSTAIN FACT")
            continue
        doc = f["doc_file"]
        if doc not in texts:
            problems.append(f"{fid} MISSING DOC {doc}")
            continue
        ev = norm(f["evidence"])
        if ev not in texts[doc]:
            problems.append(f"{fid} EVIDENCE NOT FOUND in {doc} :: {ev}")
        elif ev not in plain[doc]:
            crossing.append(fid)
        forms = {x.lower() for x in date_forms(f["entry_date"])}
        problems += [f"{fid} ANSWER NEITHER IN EVIDENCE NOR A FORM OF entry_date: {a}"
                     for a in f["answers"] if a.lower() not in ev.lower() and a.lower() not in forms]
        if not f["answers"]:
            problems.append(f"{fid} NO ANSWERS")
    print("  evidence crossing a hyphenated line break:", crossing)
    return problems


def _document_problems(docs: list[dict], folder: Path, files: set[str]) -> list[str]:
    """Each listed document exists, is named by its date, has a known kind_hint and a title; all are listed."""
    problems = []
    for d in docs:
        if not (folder / d["file"]).exists():
            problems.append(f"documents.jsonl: missing file {d['file']}")
        elif not d["file"].rsplit(".", 1)[0].endswith(d["expected_date"]):
            problems.append(f"documents.jsonl: date not in file name {d['file']}")
        if d.get("kind_hint") not in KIND_HINTS:
            problems.append(f"documents.jsonl: bad kind_hint {d['file']} {d.get('kind_hint')}")
        if not d.get("expected_title"):
            problems.append(f"documents.jsonl: no expected_title {d['file']}")
    unlisted = files - {d["file"] for d in docs}
    if unlisted:
        problems.append(f"documents not in documents.jsonl: {sorted(unlisted)}")
    return problems


def _split_problems(facts: list[dict]) -> list[str]:
    """Within each kind the splits alternate, dev first."""
    problems, seen = [], Counter()
    for f in facts:
        want = "dev" if seen[f["kind"]] % 2 == 0 else "test"
        seen[f["kind"]] += 1
        if f["split"] != want:
            problems.append(f"{f['id']} SPLIT DOES NOT ALTERNATE within kind {f['kind']}")
    return problems


def _print_figures(facts: list[dict], raw: dict[str, str]) -> None:
    c = Counter((f["kind"], f["split"]) for f in facts)
    print(f"facts: {len(facts)}  documents: {len(raw)}")
    for k in sorted({k for k, _ in c}):
        print(f"  {k:13s} dev {c[(k, 'dev')]:2d}  test {c[(k, 'test')]:2d}")
    print("  paraphrase:", sum(f["paraphrase"] for f in facts), " lang en:", sum(f["lang"] == "en" for f in facts),
          " expect_abstain:", sum(f["expect_abstain"] for f in facts))
    print("  lang:", dict(Counter(f["lang"] for f in facts)), " split:", dict(Counter(f["split"] for f in facts)))
    print("  per document:")
    for doc, n in sorted(Counter(f["doc_file"] for f in facts if f["doc_file"]).items()):
        print(f"    {n:2d}  {doc}")


if __name__ == "__main__":
    if len(sys.argv) != 2 or not (Path(sys.argv[1]) / "facts.jsonl").is_file():
        sys.exit("usage: python -m evals.newdocs_check SET_FOLDER (a folder with facts.jsonl, documents.jsonl, documents/)")
    sys.exit(1 if check(Path(sys.argv[1])) else 0)
