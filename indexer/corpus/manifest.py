"""The corpus manifest: ``manifest.jsonl``, one JSON record per document."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from granska.errors import CorpusError, DateParseError
from indexer.dates import parse_partial_iso
from indexer.records import DOCUMENT_KINDS, Document

MANIFEST_NAME = "manifest.jsonl"
REQUIRED = ("doc_id", "title", "kind", "source_file", "file")
DOC_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in blocks (a 470 MB model file is never held whole)."""
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def parse_record(raw: str, path: Path, line: int) -> Document:
    """Validate one manifest line; CorpusError names the manifest line and the bad field."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"ogiltig JSON: {exc.msg}", path, line) from None
    if not isinstance(data, dict):
        raise CorpusError("raden måste vara ett JSON-objekt", path, line)
    missing = [k for k in REQUIRED if not isinstance(data.get(k), str) or not data[k].strip()]
    if missing:
        raise CorpusError(f"fält saknas eller är tomma: {', '.join(missing)}", path, line)
    if not DOC_ID.match(data["doc_id"]):
        raise CorpusError(
            f"doc_id '{data['doc_id']}' är ogiltigt: använd a-z, 0-9 och bindestreck", path, line
        )
    if data["kind"] not in DOCUMENT_KINDS:
        raise CorpusError(
            f"kind '{data['kind']}' är okänd; tillåtna: {', '.join(DOCUMENT_KINDS)}", path, line
        )
    if data.get("date") is not None:
        try:
            parse_partial_iso(str(data["date"]))
        except DateParseError as exc:
            raise CorpusError(f"date: {exc}", path, line) from None
    if Path(data["file"]).name != data["file"]:
        raise CorpusError(f"file '{data['file']}' måste vara ett filnamn i korpusmappen", path, line)
    return Document(
        doc_id=data["doc_id"],
        title=data["title"],
        kind=data["kind"],
        date=data.get("date"),
        language=data.get("language") or "sv",
        source_file=data["source_file"],
        file=data["file"],
        sha256=data.get("sha256"),
    )


def load_manifest(corpus_dir: Path, *, allow_empty: bool = False) -> list[Document]:
    """All manifest records, validated; duplicate ids or files are errors, and so is a manifest
    without records unless ``allow_empty`` (a corpus being started)."""
    path = corpus_dir / MANIFEST_NAME
    if not path.is_file():
        raise CorpusError(f"manifestet saknas (väntade {MANIFEST_NAME} i {corpus_dir})", path)
    documents: list[Document] = []
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, int] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        doc = parse_record(raw, path, number)
        if doc.doc_id in seen_ids:
            raise CorpusError(f"doc_id '{doc.doc_id}' finns redan på rad {seen_ids[doc.doc_id]}", path, number)
        if doc.file in seen_files:
            raise CorpusError(f"filen '{doc.file}' finns redan på rad {seen_files[doc.file]}", path, number)
        seen_ids[doc.doc_id], seen_files[doc.file] = number, number
        documents.append(doc)
    if not documents and not allow_empty:
        raise CorpusError("manifestet listar inga dokument", path)
    return documents


def refresh_checksum(corpus_dir: Path, file_name: str) -> str:
    """Record a changed document's new sha256 in the manifest (a deliberate change); returns it."""
    path = corpus_dir / MANIFEST_NAME
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not any(row.get("file") == file_name for row in rows):
        raise CorpusError(f"'{file_name}' finns inte i manifestet", path)
    digest = sha256_of(corpus_dir / file_name)
    for row in rows:
        if row.get("file") == file_name:
            row["sha256"] = digest
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return digest
