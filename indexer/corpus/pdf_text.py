"""PDF → clean text: paragraphs from the layout, running headers and footers and page numbers
dropped, hyphenated line breaks re-joined ('vård-' + 'informationssystemet').

pypdf gives each text run with its position. Lines are runs at one height; a paragraph ends
where the gap to the next line is clearly larger than the usual line spacing or the font size
changes (a heading). A line that is repeated near the top or bottom of most pages (digits aside)
is a running header or footer. Two-column pages come out column by column (the order the PDF
draws them); a paragraph that continues into the next column is kept together.
"""

from __future__ import annotations

import logging
import re
import statistics
from collections import Counter
from pathlib import Path

from granska.errors import CorpusError
from indexer.corpus.pdf_tables import Cell, PageLine, bind_tables

EDGE = 0.09            # share of the page height at top and bottom where running headers and footers live
LOOK_BACK = 4          # lines back in drawing order where a run may continue a line (a table's wrapped header)
GAP_FACTOR = 1.3       # a gap this many times the usual line spacing ends a paragraph
_PAGE_NUMBER = re.compile(r"^(?:sida\s+)?\d{1,3}(?:\s*(?:av|/|\()\s*\d{1,3}\)?)?$|^page\s+\d+(?:\s+of\s+\d+)?$", re.I)
_CAPTION = re.compile(r"^(?:tabell|table|tab\.)\s*\d", re.IGNORECASE)
SAME_X = 0.5  # points: a run that starts where the line's last one did continues it (a glyph of another font)
_MARGIN_NUMBER = re.compile(r"^\s*\d{1,3}\.?\s*$")
MARGIN_GAP = 12.0  # points between a paragraph's number in the margin and its text
_FOOTNOTE = re.compile(r"^\d{1,2}\s+\S")  # a footnote's line opens with its number ('2 Tilläggsavtal 1 …')
HEADING_WORDS = 12  # a bold line longer than this is emphasised text, not a heading
_CONJUNCTIONS = frozenset({"och", "eller", "samt", "respektive", "and", "or"})


def _page_lines(page) -> tuple[list[PageLine], float]:  # noqa: ANN001 - a pypdf page
    """The page's lines in drawing order (a table's rows naming their columns), and the page height."""
    runs: list[tuple[float, float, float, str, str]] = []

    def visit(text, cm, tm, font, size) -> None:  # noqa: ANN001
        if text.strip():
            name = str((font or {}).get("/BaseFont", "")).lstrip("/")
            runs.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], float(size or 0) * abs(cm[3] or 1), text, name))

    plain = page.extract_text(visitor_text=visit)  # pypdf's own text of the page, spaced by the gaps it measured
    lines: list[PageLine] = []
    for x, y, size, text, font in runs:
        for i, piece in enumerate(text.split("\n")):
            if not piece.strip():
                continue
            same = _same_line(lines, x, y, size) if i == 0 else None
            if same is not None and _note_mark(piece, size, same):
                continue  # a footnote's mark ('kronor.¹'): not a figure of the text ('november 2028⁶')
            if same is not None and len(piece.strip()) > len(same.text):
                same.size, same.font = size, font  # a line is as large as most of its text (not a margin's small '1')
            if same is not None and abs(x - same.cells[-1].x) < SAME_X:  # one cell drawn in two fonts ('−' + '6,5')
                same.text = _join_runs(same.text, piece, plain)
                same.cells[-1] = Cell(same.cells[-1].x, _join_runs(same.cells[-1].text, piece, plain))
            elif same is not None:
                same.text = _join_runs(same.text, piece, plain)
                same.cells.append(Cell(x, piece))
            else:
                lines.append(PageLine(text=" ".join(piece.split()), x=x, y=y, size=size, cells=[Cell(x, piece)], font=font))
    return [_without_margin_number(line) for line in bind_tables(lines)], float(page.mediabox.height)


def _without_margin_number(line: PageLine) -> PageLine:
    """A line opened by a paragraph's number in the margin ('17' left of 'Revisorskollegiet
    önskar …') as its text alone: the number is the paragraph's place, not a figure it states."""
    if line.table_row or len(line.cells) < 2 or not _MARGIN_NUMBER.match(line.cells[0].text):
        return line
    number, first = line.cells[0], line.cells[1]
    if not first.text.strip()[:1].isupper() or first.x - number.x < MARGIN_GAP:
        return line
    rest = line.cells[1:]
    words = " ".join(" ".join(c.text for c in rest).split())
    return PageLine(text=words, x=first.x, y=line.y, size=line.size, cells=rest, font=line.font)


def _note_mark(piece: str, size: float, line: PageLine) -> bool:
    """A footnote's mark: one or two digits in a smaller font right after a line's text."""
    return piece.strip().isdigit() and len(piece.strip()) <= 2 and size < 0.85 * line.size and not line.table_row


def _same_line(lines: list[PageLine], x: float, y: float, size: float) -> PageLine | None:
    """The line a run at (x, y) continues: one at its height, left of it, among the last few
    lines drawn when those are all close by (a table draws a header's cells column by column,
    each wrapped cell's lines before the next cell's)."""
    for line in reversed(lines[-LOOK_BACK:]):
        if abs(line.y - y) < 1.0:
            return line if x > line.cells[-1].x - SAME_X else None
        if abs(line.y - y) > 3 * max(size, 1):
            return None
    return None


def _join_runs(left: str, right: str, plain: str) -> str:
    """Two text runs of one line. A word the PDF draws in two runs ('incident' + 'hanteringen',
    broken at a hyphenation point; 'drift' + a justified line's final '-') is one word where
    pypdf's own text of the page (which measures the gap between runs) has it as one."""
    if left.endswith(" ") or right.startswith(" "):
        return " ".join(f"{left}{right}".split())
    tail, head = left.rsplit(" ", 1)[-1], right.split(" ", 1)[0]
    joined = f"{left}{right}" if f"{tail}{head}" in plain else f"{left} {right}"
    return " ".join(joined.split())


def _furniture(pages: list[tuple[list[PageLine], float]]) -> set[str]:
    """Texts (digits folded) of lines near the top or bottom edge on at least half of the pages."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines, height in pages:
        edge = {_fold(ln.text) for ln in lines if ln.y > height * (1 - EDGE) or ln.y < height * EDGE}
        seen.update(edge)
    return {text for text, n in seen.items() if n >= max(2, len(pages) // 2)}


def _fold(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).casefold())


def dehyphenate(first: str, second: str) -> str:
    """Join two lines of one paragraph: a word broken with a hyphen ('akut-' / 'mottagningen') is
    joined without it; 'Hälso-' / 'och sjukvård' keeps its hyphen, and so does a compound after an
    abbreviation or a hyphenated word ('IT-' / 'chefen', 'go/no-go-' / 'beslutet')."""
    if re.search(r"[^\W\d_]-$", first) and second[:1].islower() and second.split()[0].casefold() not in _CONJUNCTIONS:
        word = first.rsplit(" ", 1)[-1][:-1]
        if re.search(r"[-/\d]", word) or (len(word) > 1 and word.isupper()):  # 'IT-' / 'chef', 'go/no-go-' / 'beslutet'
            return first + second
        return first[:-1] + second
    return f"{first} {second}"


def _paragraphs(lines: list[PageLine]) -> list[str]:
    spacing = [a.y - b.y for a, b in zip(lines, lines[1:]) if 0 < a.y - b.y < 3 * max(a.size, 1)]
    # the spacing of a paragraph's lines: the lower quartile, as short paragraphs make gaps common
    usual = statistics.quantiles(spacing, n=4)[0] if len(spacing) >= 4 else statistics.median(spacing) if spacing else 14.0
    body = _body_size(lines)
    paragraphs: list[str] = []
    notes: set[int] = set()  # the paragraphs that are footnotes
    previous: PageLine | None = None
    for line in lines:
        new_column = previous is not None and (line.y > previous.y + 1 or abs(line.x - previous.x) > 100)
        if line.table_row and previous is not None and (previous.table_row or _CAPTION.match(paragraphs[-1])):
            paragraphs[-1] += f"\n{line.text}"  # a table is one block under its caption, a row per line
            previous = line
            continue
        starts = (
            previous is None
            or line.table_row or previous.table_row
            or abs(line.size - previous.size) > 0.6
            or (line.font != previous.font and bool(line.font and previous.font) and _heading_font(line, previous))
            # a title's lines stand further apart than the body's: the gap is judged by the font too
            or (not new_column and previous.y - line.y > GAP_FACTOR * max(usual, 1.2 * line.size))
            or (new_column and re.search(r"[.!?:”\"]$", previous.text) is not None and line.text[:1].isupper())
        )
        note = line.size < body - 0.6 and _FOOTNOTE.match(line.text) is not None
        if starts or note:
            paragraphs.append(line.text)
            if note:
                notes.add(len(paragraphs) - 1)
        else:
            paragraphs[-1] = dehyphenate(paragraphs[-1], line.text)
        previous = line
    return _notes_aside(paragraphs, notes)


def _body_size(lines: list[PageLine]) -> float:
    """The font size most of the text is set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _notes_aside(paragraphs: list[str], notes: set[int]) -> list[str]:
    """A paragraph broken by a page's footnotes ('Programdirektören har' / notes / 'sakgranskat
    rapporten.') is joined again; the notes stay, each a paragraph of its own, after it."""
    out: list[str] = []
    pending: list[str] = []
    for i, text in enumerate(paragraphs):
        if i in notes:
            pending.append(text)
            continue
        if pending and out and text[:1].islower():
            out[-1] = dehyphenate(out[-1], text)
            out += pending
        else:
            out += [*pending, text]
        pending = []
    return out + pending


def _heading_font(line: PageLine, previous: PageLine) -> bool:
    """Whether a change of font between two lines is a heading's edge ('2.1 Bakgrund' in bold over
    body text, or the body after it), not a word set apart inside a paragraph."""
    return any(_bold(a) and not _bold(b) and len(a.text.split()) <= HEADING_WORDS
               for a, b in ((line, previous), (previous, line)))


def _bold(line: PageLine) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold", line.font, re.IGNORECASE))


def read_pdf(path: Path) -> str:
    """The PDF's text as paragraphs separated by blank lines; CorpusError when it cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # a broken file gets granska's one message, not pypdf's warnings before it
    try:
        reader = PdfReader(path)
        pages = [_page_lines(page) for page in reader.pages]
    except (PdfReadError, ValueError, OSError, KeyError, TypeError) as exc:
        raise CorpusError(f"PDF-filen kan inte tolkas: {exc}", path) from None
    finally:
        quiet.setLevel(level)
    furniture = _furniture(pages)
    kept = [[ln for ln in lines if _fold(ln.text) not in furniture and not _PAGE_NUMBER.match(ln.text.strip())]
            for lines, _ in pages]
    return "\n\n".join(p for p in _paragraphs([ln for page in kept for ln in page]))


def pdf_metadata(path: Path) -> dict[str, str]:
    """Title and creation date ('YYYY-MM-DD') from the PDF's own metadata, where set."""
    from pypdf import PdfReader

    try:
        info = PdfReader(path).metadata or {}
    except Exception:  # noqa: BLE001 - metadata is only a hint; a broken file is reported by read_pdf
        return {}
    out = {}
    if info.get("/Title"):
        out["title"] = str(info["/Title"]).strip()
    created = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(info.get("/CreationDate", "")))
    if created:
        out["date"] = f"{created[1]}-{created[2]}-{created[3]}"
    return out
