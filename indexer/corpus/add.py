"""``granska corpus add`` and ``remove``: a maintainer adds documents without writing manifest lines.

For each file granska reads the text (a file it cannot read is refused), proposes a title (the
DOCX or PDF title, a Markdown '# ' heading, else the first heading-like line) and a date (a
dateline near the top such as 'Publicerad 3 september 2025', 'Datum: 2025-12-09' or a line that is
only a date; else a date in the title; else a short line near the top that names a day ('Rapport
till regionstyrelsen, 27 mars 2026'); else a date in the file name; else the DOCX/PDF creation
date), guesses the kind, derives a doc_id from the file name, computes the checksum, copies the
file and writes the manifest line.
Then the whole corpus is checked; on any error nothing is left changed.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from granska.errors import CorpusError
from indexer.corpus.loader import load_corpus
from indexer.corpus.manifest import MANIFEST_NAME, load_manifest, sha256_of
from indexer.corpus.readers import SUPPORTED_SUFFIXES, decode_utf8, markdown_title, read_text
from indexer.dates import MONTHS, DateParseError, parse_partial_iso
from indexer.parsers.boilerplate import is_boilerplate
from indexer.parsers.sections import is_heading_text
from indexer.records import DOCUMENT_KINDS, Document

TOP_LINES = 15  # a dateline is looked for among the first lines with text
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SV_DAY = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
_DATELINE = re.compile(r"^(?:publicerad|publicerat|datum|date|published|pressmeddelande)\b|^\S+\s*·", re.IGNORECASE)
# a byline or credit is not a headline: 'Av Erik Nordvall, Vårdnytt', 'Framtagen av: Programkontoret'
_BYLINE = re.compile(r"^(?:av|text|foto|bild|by|skribent|författare|reporter|framtagen av|upprättad av|"
                     r"prepared by|written by)\b\s*:?", re.IGNORECASE)
HEADER_WORDS = 8  # a short line near the top naming a day ('Rapport till regionstyrelsen, 27 mars 2026') dates the document
_QUOTES = "\"'“”„«»‘’"
# a byline's contact line is not the text's first line: 'henrik.almqvist@tidningensjuharad.example'
_CONTACT = re.compile(r"^(?:\S+@\S+|https?://\S+|(?:tel|telefon|phone|mobil)\b.*)$", re.IGNORECASE)
# names run together by middle dots: a letterhead or a site's path, not a headline
# ('Västra Götalandsregionen · Koncernkontoret · Program Millennium')
_LETTERHEAD = re.compile(r"\S\s+·\s+\S")
_NOT_DATELINE = re.compile(r"^(?:senast uppdaterad|uppdaterad|last updated|justerat)\b", re.IGNORECASE)
_TITLE_LABEL = re.compile(r"^(?:rubrik|titel|title|headline)\s*:\s*(?=\S)", re.IGNORECASE)
_EN_WORDS = re.compile(r"\b(the|and|of|to|in|is|was|with|for|that|on)\b", re.IGNORECASE)
_SV_WORDS = re.compile(r"\b(och|att|det|som|för|på|är|med|av|en|till)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Proposal:
    """What ``add`` inferred for one file (and how), before anything is written."""

    source: Path
    document: Document
    title_from: str
    date_from: str


def first_date(text: str) -> str | None:
    """The first day date in a text ('2025-06-17', '2 april 2025') as ISO, or None."""
    found = []
    if m := _ISO.search(text):
        found.append((m.start(), f"{m[1]}-{m[2]}-{m[3]}"))
    if m := _SV_DAY.search(text):
        found.append((m.start(), f"{m[3]}-{MONTHS[m[2].lower()]:02d}-{int(m[1]):02d}"))
    return min(found)[1] if found else None


def _top_lines(text: str) -> list[str]:
    """The first lines with text, white space folded and Markdown emphasis around them dropped
    ('*Publicerad 8 september 2026 · …*' is a dateline), a title's label too ('Rubrik: Sahlgrenska …')."""
    lines = [_TITLE_LABEL.sub("", " ".join(line.split()).strip("*_").strip())
             for line in text.splitlines() if line.strip("*_ \t")]
    return lines[:TOP_LINES]


def _heading_like(line: str) -> bool:
    """A heading, also one that opens with a quotation ('"Det här är en helt annan start" – Millennium …')."""
    return is_heading_text(line.lstrip(_QUOTES))


def infer_title(text: str, suffix: str, metadata: dict[str, str]) -> tuple[str | None, str]:
    """(title, where it came from)."""
    if metadata.get("title"):
        return metadata["title"], "rubrik (#)" if suffix == ".md" else "dokumentets egenskaper"
    lines = _top_lines(text)
    content = [line for line in lines if not is_boilerplate(line)]
    headings = [i for i, line in enumerate(content)
                if _heading_like(line) and len(line.split()) >= 3 and not _DATELINE.match(line) and not line.isupper()
                and not _LETTERHEAD.search(line)
                and first_date(line) is None and not _BYLINE.match(line)]
    # the headline is the heading that the text starts under, datelines and bylines between them
    # aside (a site name above it is followed by a dateline)
    for i in headings:
        following = [line for line in content[i + 1:] if not (_DATELINE.match(line) or _BYLINE.match(line)
                                                              or _CONTACT.match(line))]
        if following and len(following[0]) >= 60 and following[0].rstrip()[-1:] in ".!?":
            return content[i], "rubriken över texten"
    return (content[headings[0]], "första rubriken") if headings else (None, "")


def infer_date(text: str, title: str | None, metadata: dict[str, str], file_name: str = "") -> tuple[str | None, str]:
    """(ISO date, where it came from)."""
    for line in _top_lines(text):
        if _NOT_DATELINE.match(line):
            continue
        found = first_date(line)
        if found and (_DATELINE.match(line) or first_date(line) and len(line.split()) <= 4):
            return found, f"datumrad '{_short(line)}'"
    if title and (found := first_date(title)):
        return found, "titeln"
    for line in _top_lines(text):  # before a PDF's creation date, which is often the day it was converted
        if len(line.split()) <= HEADER_WORDS and not line.rstrip().endswith(".") and not _NOT_DATELINE.match(line) \
                and (found := first_date(line)):
            return found, f"datum överst '{_short(line)}'"
    if found := first_date(file_name):  # a maintainer's own name for the file ('faq-2026-09-08.md')
        return found, "filnamnet"
    if metadata.get("date"):
        return metadata["date"], "dokumentets egenskaper"
    return None, ""


def _short(line: str, limit: int = 80) -> str:
    return line if len(line) <= limit else f"{line[:limit - 1]}…"


_DECISION_LINE = re.compile(r"\w*beslut|protokoll\w*|tjänsteutlåtande|beslutsunderlag")  # 'DELEGATIONSBESLUT' on a line


def infer_kind(text: str, title: str | None, suffix: str) -> str:
    """A kind from the content: a press release, a decision (§ items), a report, else news/document."""
    top = " ".join(_top_lines(text)).casefold()
    if "pressmeddelande" in top or "press release" in top:
        return "pressmeddelande"
    if re.search(r"^§\s*\d+", text, re.MULTILINE) or re.search(r"\b(?:protokoll|beslut)", (title or "").casefold()) \
            or any(_DECISION_LINE.fullmatch(line.casefold()) for line in _top_lines(text)):
        return "beslut"
    if "rapport" in (title or "").casefold() or "rapport" in top[:200]:
        return "rapport"
    return "nyhet" if suffix in (".txt", ".md", ".html", ".htm") else "dokument"


def _language(text: str) -> str:
    return "en" if len(_EN_WORDS.findall(text)) > len(_SV_WORDS.findall(text)) else "sv"


def _metadata(path: Path) -> dict[str, str]:
    if path.suffix.lower() == ".pdf":
        from indexer.corpus.pdf_text import pdf_metadata

        return pdf_metadata(path)
    if path.suffix.lower() == ".docx":
        from indexer.corpus.docx_text import docx_metadata

        return docx_metadata(path)
    if path.suffix.lower() in (".html", ".htm"):
        from indexer.corpus.html_text import html_metadata

        return html_metadata(path)
    if path.suffix.lower() == ".md":
        title = markdown_title(decode_utf8(path.read_bytes(), path))
        return {"title": title} if title else {}
    return {}


MAX_SLUG = 64
_DATE_TAIL = re.compile(r"-\d{4}(?:-\d{2}){0,2}$")


def slug(name: str) -> str:
    """A doc_id or file stem from a file name: a-z, 0-9 and hyphens (å/ä → a, ö → o), at most
    MAX_SLUG characters. A long name is cut between words and keeps its trailing date
    ('presentation-programrapport-millennium-2028-08-22', not '…-regionstyrelsen-2028-08-2')."""
    folded = name.casefold().translate(str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"}))
    whole = re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", folded)).strip("-")
    if len(whole) <= MAX_SLUG:
        return whole or "dokument"
    tail = m.group(0) if (m := _DATE_TAIL.search(whole)) else ""
    room = MAX_SLUG - len(tail)
    head = whole[:room] if whole[room] == "-" else whole[:room].rpartition("-")[0] or whole[:room]
    return head.strip("-") + tail


def propose(path: Path, existing: list[Document], corpus_dir: Path, *, kind: str | None = None,
            title: str | None = None, date: str | None = None) -> Proposal:
    """What adding ``path`` would write; CorpusError for a file that cannot be added."""
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise CorpusError(f"filtypen '{path.suffix or '(ingen)'}' stöds inte; tillåtna: {', '.join(SUPPORTED_SUFFIXES)}", path)
    text = read_text(path)
    digest = sha256_of(path)
    same = next((d for d in existing if d.sha256 == digest), None)
    if same is not None:
        raise CorpusError(f"filen är en kopia av dokumentet '{same.doc_id}' som redan finns i korpusen", path)
    if kind is not None and kind not in DOCUMENT_KINDS:
        raise CorpusError(f"--kind '{kind}' är okänd; tillåtna: {', '.join(DOCUMENT_KINDS)}", path)
    if date is not None:  # checked before anything is written, in the words of the option
        try:
            parse_partial_iso(date)
        except DateParseError as exc:
            raise CorpusError(f"--date: {exc}", path) from None
    metadata = _metadata(path)
    inferred_title, title_from = (title, "angiven") if title else infer_title(text, path.suffix.lower(), metadata)
    inferred_date, date_from = (date, "angivet") if date else infer_date(text, inferred_title, metadata, path.name)
    taken_ids = {d.doc_id for d in existing}
    taken_files = {d.file for d in existing} | {p.name for p in corpus_dir.iterdir()}
    base = slug(path.stem)
    doc_id, file_name = base, f"{base}{path.suffix.lower()}"
    n = 2
    while doc_id in taken_ids or file_name in taken_files:  # a second document of the same name: '…-2', '…-3'
        doc_id = f"{base[:MAX_SLUG - len(str(n)) - 1].rstrip('-')}-{n}"
        file_name = f"{doc_id}{path.suffix.lower()}"
        n += 1
    document = Document(doc_id=doc_id, title=inferred_title or path.stem, kind=kind or infer_kind(text, inferred_title, path.suffix.lower()),
                        date=inferred_date, language=_language(text), source_file=path.name, file=file_name, sha256=digest)
    return Proposal(source=path, document=document, title_from=title_from or "filnamnet", date_from=date_from or "–")


def add_documents(corpus_dir: Path, paths: list[Path], *, kind: str | None = None, title: str | None = None,
                  date: str | None = None) -> list[Proposal]:
    """Copy the files in and write their manifest lines; all or nothing (CorpusError names the file)."""
    if (title or date) and len(paths) > 1:
        raise CorpusError("--title och --date gäller ett dokument i taget")
    existing = _documents_so_far(corpus_dir)
    proposals: list[Proposal] = []
    for path in paths:
        proposal = propose(path, [*existing, *(p.document for p in proposals)], corpus_dir, kind=kind, title=title, date=date)
        proposals.append(proposal)
    manifest = corpus_dir / MANIFEST_NAME
    existed = manifest.is_file()
    before = manifest.read_text(encoding="utf-8") if existed else ""
    try:
        for proposal in proposals:
            shutil.copyfile(proposal.source, corpus_dir / proposal.document.file)
        lines = "".join(json.dumps(asdict(p.document), ensure_ascii=False) + "\n" for p in proposals)
        manifest.write_text((before.rstrip("\n") + "\n" if before.strip() else before) + lines, encoding="utf-8")
        errors = load_corpus(corpus_dir).errors
        if errors:
            raise CorpusError("korpusen fick fel, inget lades till: " + "; ".join(str(d) for d in errors[:3]))
    except BaseException:
        if existed:
            manifest.write_text(before, encoding="utf-8")
        else:
            manifest.unlink(missing_ok=True)
        for proposal in proposals:
            (corpus_dir / proposal.document.file).unlink(missing_ok=True)
        raise
    return proposals


def _documents_so_far(corpus_dir: Path) -> list[Document]:
    """The corpus's documents; none for a new corpus (a folder without a manifest, or an empty one)."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"korpusmappen {corpus_dir} finns inte")
    if not (corpus_dir / MANIFEST_NAME).is_file():
        return []
    return load_manifest(corpus_dir, allow_empty=True)


def remove_document(corpus_dir: Path, doc_id: str) -> Document:
    """Remove a document's file and manifest line; CorpusError for an unknown doc_id."""
    manifest = corpus_dir / MANIFEST_NAME
    documents = load_manifest(corpus_dir)
    found = next((d for d in documents if d.doc_id == doc_id), None)
    if found is None:
        raise CorpusError(f"dokumentet '{doc_id}' finns inte; finns: {', '.join(d.doc_id for d in documents)}", manifest)
    if len(documents) == 1:
        raise CorpusError("det sista dokumentet kan inte tas bort: en korpus behöver minst ett dokument", manifest)
    kept = [line for line in manifest.read_text(encoding="utf-8").splitlines()
            if not (line.strip() and not line.lstrip().startswith("#") and json.loads(line).get("doc_id") == doc_id)]
    manifest.write_text("\n".join(kept) + "\n", encoding="utf-8")
    (corpus_dir / found.file).unlink(missing_ok=True)
    return found
