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
        text = decode_utf8(data, path)
        if suffix == ".md":
            text = markdown_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise CorpusError("filen innehåller ingen text", path)
    return text


_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_LINE_MARKS = re.compile(r"^#{1,6}\s+|^>[ \t]?", re.MULTILINE)  # a heading's marks, a quoted block's
_INLINE_LINK = re.compile(r"\[([^\]]+)\]\((?:[^)]*)\)")


def markdown_to_text(text: str) -> str:
    """Markdown as a reader sees it: no heading or quote marks, no emphasis stars; a link inside a sentence
    becomes its words (a line that is only links stays, to be recognised as a link list)."""
    text = _LINE_MARKS.sub("", _EMPHASIS.sub(r"\2", text))
    lines = []
    for line in text.split("\n"):
        if _SETEXT_H1.match(line) and line.strip():  # a heading's underline is no text
            continue
        only_links = _INLINE_LINK.sub("", line).strip(" -*•|,") == "" and "](" in line
        lines.append(line if only_links else _INLINE_LINK.sub(r"\1", line))
    return "\n".join(lines)


_SETEXT_H1 = re.compile(r"^=+\s*$")
_LEVEL = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
LONG_PARAGRAPH = 200  # characters: a paragraph this long is an article's text, not a masthead's tagline


def markdown_title(text: str) -> str | None:
    """The Markdown's first level-1 heading ('# …' or a line over '===') when the text starts under
    it; None when a level-2 heading comes first before a long paragraph (a newsletter's
    masthead over its story's '## …')."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    title = None
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else ""
        level = _LEVEL.match(line)
        depth = len(level[1]) if level else 1 if line and _SETEXT_H1.match(below) else 0
        if title is None and depth == 1:
            title = _EMPHASIS.sub(r"\2", level[2] if level else line)
        elif title is not None and depth >= 2:
            return None
        elif title is not None and len(line) >= LONG_PARAGRAPH:
            return title
    return title


def decode_utf8(data: bytes, path: Path) -> str:
    """The bytes as UTF-8; CorpusError with the line of the first bad byte."""
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
