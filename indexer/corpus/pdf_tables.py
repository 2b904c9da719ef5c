"""Tables in a PDF page: rows whose cells bind to their column headers.

A PDF draws a table as text runs in columns; read line by line, a row comes out as
'Företagshälsa Borås 96 94 5 0', and which figure is which column is lost. A table here is two
or more consecutive lines of three or more runs each, the runs starting in the same columns
(loosely: figures are right-aligned); a line on some of the columns continues the row above (a
cell's text wrapped). Its header is its first row, or the line just above it, when no cell of it
is a number. Each row becomes one line that names its columns, its cells apart as a .docx
table's are: 'Enhet: Företagshälsa Borås | Användare: 96 | Utbildade vid återstart: 94 | …'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.text.tables import named_row

MIN_COLUMNS = 3       # fewer is a label and its value, or a justified line drawn in pieces
MIN_ROWS = 2
ALIGN_SIZES = 2.5     # font sizes a cell may start off its column (right-aligned figures of different widths)
CHAR_WIDTH = 0.45     # a character's usual width in font sizes (an estimate: pypdf gives no run widths)
WRAP_SIZES = 1.6      # a wrapped cell's next line is at most this many font sizes below
HEADER_LINES = 3      # a header cell wraps over at most this many lines
_NUMBER = re.compile(r"[-−–]?\d[\d\s.,]*\s*(?:%|procent|kr|kronor|mnkr|tkr|st)?", re.IGNORECASE)


@dataclass(slots=True)
class Cell:
    """One text run of a line: where it starts and what it says."""

    x: float
    text: str


@dataclass(slots=True)
class PageLine:
    """One line of a page with its runs; ``table_row`` when it is a rewritten table row."""

    text: str
    x: float
    y: float
    size: float
    cells: list[Cell] = field(default_factory=list)
    table_row: bool = False
    font: str = ""  # the font most of its text is drawn in ('Helvetica-Bold' for a heading)


def _columns(line: PageLine) -> tuple[float, ...]:
    return tuple(c.x for c in line.cells)


def _aligned(line: PageLine, columns: tuple[float, ...]) -> bool:
    """Whether the line's runs start one in each column (a right-aligned figure starts a few
    characters left or right of the one above it, so columns are matched in order, loosely)."""
    tolerance = ALIGN_SIZES * max(line.size, 1)
    return len(line.cells) == len(columns) and all(abs(c.x - x) <= tolerance for c, x in zip(line.cells, columns))


def _column_of(x: float, columns: tuple[float, ...]) -> int:
    return min(range(len(columns)), key=lambda i: abs(columns[i] - x))


def _continues(line: PageLine, columns: tuple[float, ...]) -> bool:
    """Whether the line holds wrapped text of some of the columns' cells: each run starts in a
    column and is short enough to fit in it (a paragraph after the table runs across them)."""
    tolerance = ALIGN_SIZES * max(line.size, 1)
    if not 0 < len(line.cells) < len(columns):
        return False
    for cell in line.cells:
        column = _column_of(cell.x, columns)
        room = columns[column + 1] - cell.x if column + 1 < len(columns) else float("inf")
        if abs(columns[column] - cell.x) > tolerance or len(cell.text.strip()) * CHAR_WIDTH * line.size > room:
            return False
    return True


def _just_below(line: PageLine, above: PageLine) -> bool:
    """Whether the line is the next line of the same text (a wrapped cell), not a paragraph after."""
    return abs(line.size - above.size) <= 0.6 and 0 < above.y - line.y <= WRAP_SIZES * max(line.size, 1)


def _numeric(lines: list[PageLine]) -> bool:
    return any(_NUMBER.fullmatch(" ".join(c.text.split())) for line in lines for c in line.cells)


def bind_tables(lines: list[PageLine]) -> list[PageLine]:
    """The page's lines with each table's rows rewritten to name their columns (the header is
    the table's first row, or the line just above it, when no cell of it is a number); lines
    outside tables unchanged."""
    out: list[PageLine] = []
    i = 0
    while i < len(lines):
        rows = _rows(lines, i) if len(lines[i].cells) >= MIN_COLUMNS else []
        if len(rows) < MIN_ROWS:
            out.append(lines[i])
            i += 1
            continue
        i += sum(len(row) for row in rows)
        if not _numeric(rows[0]):
            header_lines, rows = rows[0], rows[1:]
        else:
            header_lines = _header_above(out, len(rows[0][0].cells))
        columns = _columns(rows[0][0])
        header = _texts_by_column(header_lines, _columns(header_lines[0]) if header_lines else columns)
        out.extend(_row(row, columns, header) for row in rows)
    return out


def _header_above(out: list[PageLine], width: int) -> list[PageLine]:
    """The header lines just above a table whose figures are aligned apart from their headers
    (removed from ``out``): a line of ``width`` cells with no number, and its wrapped lines."""
    for back in range(1, HEADER_LINES + 1):
        if back > len(out):
            break
        candidate = out[-back]
        wrapped = out[len(out) - back + 1:]
        if len(candidate.cells) == width and not _numeric(out[-back:]) and \
                all(_continues(line, _columns(candidate)) and _just_below(line, above)
                    for above, line in zip(out[-back:], wrapped)):
            header = out[-back:]
            del out[-back:]
            return header
    return []


def _rows(lines: list[PageLine], start: int) -> list[list[PageLine]]:
    """The table's rows from ``start``: a line aligned with the row above begins a row, a line on
    some of its columns (a cell's text wrapped) continues it."""
    rows: list[list[PageLine]] = []
    columns = _columns(lines[start])
    for line in lines[start:]:
        if _aligned(line, columns):
            rows.append([line])
            columns = _columns(line)
        elif rows and _continues(line, columns) and _just_below(line, rows[-1][-1]):
            rows[-1].append(line)
        else:
            break
    return rows


def _texts_by_column(lines: list[PageLine], columns: tuple[float, ...]) -> list[str]:
    """Each column's text over ``lines``, wrapped lines joined ('Utbildade vid' + 'återstart')."""
    parts: list[list[str]] = [[] for _ in columns]
    for line in lines:
        for cell in line.cells:
            parts[_column_of(cell.x, columns)].append(" ".join(cell.text.split()))
    return [" ".join(p) for p in parts]


def _row(lines: list[PageLine], columns: tuple[float, ...], header: list[str]) -> PageLine:
    """A row as 'Header: value | …' (the bare values where the table has no header)."""
    values = _texts_by_column(lines, columns)
    text = named_row(header, values)
    first = lines[0]
    return PageLine(text=text, x=first.x, y=lines[-1].y, size=first.size,
                    cells=first.cells, table_row=True)
