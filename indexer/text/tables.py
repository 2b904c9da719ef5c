"""A table in text: rows 'cell | cell', one per line, under at most one caption line. Readers
write tables so (.docx, .html, and a PDF's rows naming their columns); the generic parser keeps
one as an entry, and the answerer reads its rows as its sentences."""

from __future__ import annotations

CELLS = " | "


def named_row(header: list[str], values: list[str]) -> str:
    """A row whose cells name their columns: 'Enhet: Företagshälsa Borås | Användare: 96'. A cell
    under no name, or one that already begins with it ('§ 145' under '§'), stays as it is."""
    named = (v if not h or v.casefold().startswith(h.casefold()) else f"{h}: {v}"
             for h, v in zip([*header, *[""] * (len(values) - len(header))], values) if v)
    return CELLS.join(named)


def table_parts(lines: list[str]) -> tuple[str, list[str]] | None:
    """(caption, rows) when the lines are a table: two rows or more, under at most one caption
    line ('Tabell 1. Merkostnader … (kronor)'; '' when there is none); None for anything else."""
    caption, rows = "", lines
    if len(lines) > 2 and CELLS not in lines[0]:
        caption, rows = lines[0], lines[1:]
    if len(rows) > 1 and all(CELLS in line for line in rows):
        return caption, rows
    return None
