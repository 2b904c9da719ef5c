"""Turn a document file into text: plain text and Markdown as UTF-8, PDF, DOCX and HTML by parser."""

from __future__ import annotations

import re
from pathlib import Path

from granska.errors import CorpusError

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")


def read_text(path: Path) -> str:
    """The document's text with Unix newlines; CorpusError names the file when it cannot be read,
    is empty, or is not valid UTF-8 (with the line of the first bad byte)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise CorpusError(
            f"filtypen '{suffix or '(ingen)'}' stöds inte; tillåtna: {', '.join(SUPPORTED_SUFFIXES)}", path
        )
    if not path.is_file():
        raise CorpusError("filen finns inte", path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"filen kan inte läsas: {exc.strerror}", path) from None
    if not data.strip():
        raise CorpusError("filen är tom", path)
    if suffix == ".pdf":
        text = _read_pdf(path)
    elif suffix == ".docx":
        text = _read_docx(path)
    elif suffix in (".html", ".htm"):
        text = _read_html(path)
    else:
        text = _decode_utf8(data, path)
        if suffix == ".md":
            text = markdown_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise CorpusError("filen innehåller ingen text", path)
    return text


_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_INLINE_LINK = re.compile(r"\[([^\]]+)\]\((?:[^)]*)\)")


def markdown_to_text(text: str) -> str:
    """Markdown as a reader sees it: no heading marks or emphasis stars; a link inside a sentence
    becomes its words (a line that is only links stays, to be recognised as a link list)."""
    text = _HEADING.sub("", _EMPHASIS.sub(r"\2", text))
    lines = []
    for line in text.split("\n"):
        only_links = _INLINE_LINK.sub("", line).strip(" -*•|,") == "" and "](" in line
        lines.append(line if only_links else _INLINE_LINK.sub(r"\1", line))
    return "\n".join(lines)


def _decode_utf8(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            f"filen är inte giltig UTF-8 (byte 0x{data[exc.start]:02x} vid position {exc.start}); "
            "spara den som UTF-8",
            path,
            line,
        ) from None


def _read_pdf(path: Path) -> str:
    from indexer.corpus.pdf_text import read_pdf

    return read_pdf(path)


def _read_docx(path: Path) -> str:
    from indexer.corpus.docx_text import read_docx

    return read_docx(path)


def _read_html(path: Path) -> str:
    from indexer.corpus.html_text import read_html

    return read_html(path)
