"""DOCX → clean text: paragraphs and tables in the order the document has them.

Headings stay their own paragraph; a table becomes one line per row, cells joined by ' | ' and
named by their column when the table has a header row (a decision list: '§ 145 | Ärende:
Lägesrapport om Program Millennium | Diarienummer: RS 2025-03118 | …'). The core
properties give a title and a creation date for ``granska corpus add``.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx.oxml.ns import qn

from granska.errors import CorpusError
from indexer.text.tables import CELLS, named_row

PARAGRAPHS = " / "  # between a cell's paragraphs
HEADER_WORDS = 5  # a column's name is a label; a longer first-row cell is data
_FIGURE = re.compile(r"\d")


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
            rows = _table_rows(Table(child, document))
            if rows:
                blocks.append("\n".join(rows))
    return "\n\n".join(blocks)


def _table_rows(table) -> list[str]:  # noqa: ANN001 - a python-docx Table
    """One line per row, each cell named by its column ('Milstolpe: Generalrepetition | Datum:
    2026-03-21') when the first row is a header; the bare cells, ' | '-joined, when it is not."""
    rows = [list(dict.fromkeys(_cell_text(c.text) for c in row.cells)) for row in table.rows]  # merged cells repeat
    rows = [cells for cells in rows if any(cells)]
    if len(rows) > 2 and _is_header(table.rows[0], rows[0], rows[1:]):
        return [named_row(rows[0], cells) for cells in rows[1:]]
    return [CELLS.join(cells) for cells in rows]


def _cell_text(text: str) -> str:
    """A cell's paragraphs on one line, joined by ' / ' ('Plan för etapp 4 / Beslut / 1. Regionstyrelsen
    fastställer …'): a heading or a numbered point inside a cell still starts anew."""
    return PARAGRAPHS.join(" ".join(p.split()) for p in text.split("\n") if p.strip())


def _is_header(row, cells: list[str], rest: list[list[str]]) -> bool:  # noqa: ANN001 - a python-docx _Row
    """A first row of short labels without a figure ('Milstolpe | Datum | Ansvarig'), over rows
    that hold figures, or set in bold or marked as the table's header row."""
    if not all(cells) or any(_FIGURE.search(c) or len(c.split()) > HEADER_WORDS for c in cells):
        return False
    marked = row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
    bold = all(run.bold for cell in row.cells for p in cell.paragraphs for run in p.runs if run.text.strip())
    return marked or bold or any(_FIGURE.search(c) for cells in rest for c in cells)


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
