"""DOCX → clean text: paragraphs and tables in the order the document has them.

Headings stay their own paragraph; a table becomes one line per row, cells joined by ' | '
(a decision list: '§ 145 | Lägesrapport om Program Millennium | RS 2025-03118 | …'). The core
properties give a title and a creation date for ``granska corpus add``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from granska.errors import CorpusError


def _open(path: Path):  # noqa: ANN202 - a python-docx Document
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise CorpusError(f"DOCX-filen kan inte tolkas: {exc}", path) from None


def read_docx(path: Path) -> str:
    """The document's paragraphs and table rows, separated by blank lines."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = _open(path)
    blocks: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = " ".join(Paragraph(child, document).text.split())
            if text:
                blocks.append(text)
        elif tag == "tbl":
            rows = []
            for row in Table(child, document).rows:
                cells = list(dict.fromkeys(" ".join(c.text.split()) for c in row.cells))  # merged cells repeat
                if any(cells):
                    rows.append(" | ".join(cells))
            if rows:
                blocks.append("\n".join(rows))
    return "\n\n".join(blocks)


def docx_metadata(path: Path) -> dict[str, str]:
    """Title and creation date ('YYYY-MM-DD') from the DOCX core properties, where set."""
    try:
        props = _open(path).core_properties
    except CorpusError:
        return {}
    out = {}
    if props.title and props.title.strip():
        out["title"] = props.title.strip()
    if props.created is not None:
        out["date"] = props.created.date().isoformat()
    return out
