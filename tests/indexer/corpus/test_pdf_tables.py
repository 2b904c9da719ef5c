"""A PDF table's rows name their columns: lines of runs in the same columns, a wrapped header."""

from __future__ import annotations

from pathlib import Path

from indexer.corpus.pdf_tables import Cell, PageLine, bind_tables
from indexer.corpus.pdf_text import read_pdf
from tests.conftest import ROOT

# LibreOffice's export of a .docx table (Table Grid, wrapped header and row labels)
LIBREOFFICE_TABLE = Path(__file__).parent / "data" / "tabell-utbildning-2026-02-03.pdf"
# reportlab's table with right-aligned figures and its header above them, left-aligned
REPORT = ROOT / "evals" / "newdocs" / "documents" / "rapport-uppfoljning-program-millennium-under-pausen-2025-12-09.pdf"


def line(y: float, *cells: tuple[float, str], size: float = 9.0) -> PageLine:
    """A line of runs at height y."""
    return PageLine(text=" ".join(t for _, t in cells), x=cells[0][0], y=y, size=size,
                    cells=[Cell(x, t) for x, t in cells])


def test_rows_name_their_columns_and_a_wrapped_header_is_joined() -> None:
    lines = [
        line(650, (68, "Tabell 1. Öppna ärenden per enhet"), size=9.5),
        line(633, (74, "Enhet"), (250, "Användare"), (386, "Öppna ärenden")),
        line(622, (386, "12 maj")),
        line(605, (74, "Företagshälsa Borås"), (250, "96"), (386, "5")),
        line(588, (74, "Företagshälsa Kinna"), (250, "31"), (386, "2")),
        line(560, (68, "Den 12 maj 2026 fanns 16 öppna ärenden."), size=10.5),
    ]
    out = bind_tables(lines)
    assert [ln.text for ln in out] == [
        "Tabell 1. Öppna ärenden per enhet",
        "Enhet: Företagshälsa Borås | Användare: 96 | Öppna ärenden 12 maj: 5",
        "Enhet: Företagshälsa Kinna | Användare: 31 | Öppna ärenden 12 maj: 2",
        "Den 12 maj 2026 fanns 16 öppna ärenden.",
    ]
    assert [ln.table_row for ln in out] == [False, True, True, False]


def test_lines_that_are_not_a_table_stay_as_they_are() -> None:
    two_columns = [line(600, (74, "Datum:"), (200, "2026-05-19")), line(585, (74, "Författare:"), (200, "Sofia Lindahl"))]
    one_row = [line(600, (74, "a"), (150, "b"), (300, "c")), line(560, (74, "En mening efter."))]
    assert bind_tables(two_columns) == two_columns          # two columns: a label and its value
    assert bind_tables(one_row) == one_row                  # one line of three runs is no table


def test_a_table_without_a_header_keeps_its_cells_apart() -> None:
    out = bind_tables([line(605, (74, "Borås"), (250, "96"), (386, "5")), line(588, (74, "Kinna"), (250, "31"), (386, "2"))])
    assert [ln.text for ln in out] == ["Borås | 96 | 5", "Kinna | 31 | 2"]


def test_right_aligned_figures_under_a_left_aligned_header() -> None:
    """A table is one block under its caption, a row per line; the paragraph after it is apart."""
    paragraphs = read_pdf(REPORT).split("\n\n")
    table = next(p for p in paragraphs if p.startswith("Tabell 1. Merkostnader"))
    assert table.split("\n")[2] == "Förvaltning: Närhälsan | Nov–dec 2024: 9 250 000 | Jan–nov 2025: 32 500 000 | Totalt: 41 750 000"
    assert len(table.split("\n")) == 6                      # the caption and five rows
    assert "Förvaltning: Regionhälsan | Öppna ärenden: 9 | varav allvarliga: 0" in "\n".join(paragraphs)
    assert any(p.startswith("Utfallet för januari–november 2025 är 221 400 000 kronor") for p in paragraphs)


def test_a_libreoffice_table_with_wrapped_cells() -> None:
    """Without a caption the rows are a block of their own; a wrapped row label is one cell."""
    paragraphs = read_pdf(LIBREOFFICE_TABLE).split("\n\n")
    assert paragraphs[2].split("\n") == [
        "Förvaltning: Skaraborgs sjukhus | Målgrupp: 4 210 | Utbildade 30 januari: 3 985 | Andel (procent): 95",
        "Förvaltning: Närhälsan Skaraborg | Målgrupp: 1 020 | Utbildade 30 januari: 1 002 | Andel (procent): 98",
        "Förvaltning: Regionhälsan Skaraborg | Målgrupp: 310 | Utbildade 30 januari: 288 | Andel (procent): 93",
        "Förvaltning: Totalt | Målgrupp: 5 540 | Utbildade 30 januari: 5 275 | Andel (procent): 95",
    ]
    assert paragraphs[-1] == "Målet om 95 procent nåddes därmed för förvaltningarna sammantaget den 30 januari 2026."
