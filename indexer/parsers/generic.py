"""Documents without a fixed template (news, press releases, decisions, reports, articles): one
entry per paragraph, dated by the date the paragraph itself names.

- A paragraph (a blank-line-separated block) is an entry; a sentence inside it that opens with its
  own date starts a new entry (see ``paragraph_dates``). An entry is dated by the first date its
  first sentence names, resolved against the document's date ('i fredags', '27 augusti'),
  otherwise by the document's date at the document's precision.
- A stand-alone short line without closing punctuation is a heading: the section of what follows.
- A decision item ('§ 145 Lägesrapport …' as a heading) is one entry with everything up to the
  next item, dated by the meeting (the document's date) and decided by the body that the document
  title names ('Protokollsutdrag, Regionstyrelsen').
- A table (rows 'cell | cell', one per line, perhaps under a caption) is one entry; when its rows
  carry dates in their cells (not in the names of their columns), each row is its own entry (in a
  decision item too, with the item's body as actor).
Page furniture is dropped when the drafts are finalised (``boilerplate``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from indexer.actors import find_actors
from indexer.dates import DateSpan, parse_partial_iso
from indexer.parsers.base import BULLET, Draft, Line, ParseResult, join_lines, split_lines
from indexer.parsers.boilerplate import furniture_mask
from indexer.parsers.paragraph_dates import REASON_OPENER, continued_day, dated_pieces, sentence_date
from indexer.parsers.sections import is_heading_text, last_heading, nest, path_name
from indexer.records import DateSource, Diagnostic, Document
from indexer.text.tables import CELLS, table_parts

_COLUMN_NAME = re.compile(r" \| [^|:]*: ")
DECISION_ITEM = re.compile(r"^§\s*\d+\b")
# 'Tid: kl. 09:00–12:40', 'Plats: …', and a record's fields without a colon ('Diarienummer RS 2025-04417',
# 'Datum 2025-09-23'): content, not a heading
FIELD = re.compile(r"^[^\W\d][\w &/-]{0,30}:\s+\S|^(?:diarienummer|dnr|ärendenummer|ärende nr|datum|beslutsdatum|"
                   r"sammanträdesdatum|mötesdatum|referens|vår referens|er referens|case number|date)\.?\s+[^\n]{0,30}\d", re.I)
SIGNATURE = re.compile(r"^(?:vid protokollet|justerat|justeras|rätt utdraget|protokollet justeras)\b", re.IGNORECASE)
DECIDER_FIELD = re.compile(r"^(?:beslutsfattare|beslutande|beslut fattat av|beslutad av|decided by|decision maker)\s*:\s*(?P<who>.+)",
                           re.IGNORECASE)
DECIDER_LINES = 40    # the record's fields stand at the top
# 'Beslut', '8. Beslut', 'Styrelsens beslut', 'Regionstyrelsens beslut'; not 'Förslag till beslut'
DECISION_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:[^\W\d]+s\s+)?(?:beslut|beslutet)$|^(?:\d+\.?\s+)?decisions?$",
                              re.IGNORECASE)
QUESTION_HEADING = re.compile(r"^(?:\d{1,2}\.\s+)?[A-ZÅÄÖ][^?!.\n]{2,118}\?$")
SHORT_PARAGRAPH = 60  # characters: a shorter paragraph joins the next ('Ordförande:' / a name)


def parse_generic(document: Document, text: str, path: str) -> tuple[list[Draft], ParseResult]:
    """Drafts per paragraph (or decision item, or dated table row) of a document."""
    result = ParseResult(document)
    own = parse_partial_iso(document.date) if document.date else None
    if own is None:
        result.diagnostics.append(Diagnostic(
            "warning", path, None, "dokumentet har inget datum i manifestet: stycken utan eget datum blir odaterade"))
    anchor = own.start if own and own.precision == "day" else None
    decider = _decider(text, document.title)
    drafts: list[Draft] = []
    section: str | None = None
    outline: list[tuple[int, str]] = []  # the headings over the text, numbered ones first
    item: list[list[Line]] = []

    def flush_item() -> None:
        if item:
            lines = [ln for block in item for ln in block]
            drafts.append(Draft(lines=lines, text="\n".join(_block_text(b) for b in item), span=own,
                                date_source=DateSource.DOCUMENT if own else DateSource.NONE, section=section,
                                actor=decider))
            item.clear()

    blocks = _blocks(split_lines(text))
    alone = {join_lines(b).strip() for b in blocks if len(b) == 1}  # the lines that stand alone: headings
    for block in blocks:
        joined = join_lines(block)
        if len(block) == 1 and DECISION_ITEM.match(joined):
            flush_item()
            section = joined
            item.append(block)  # the item's text starts with its heading: '§ 146 Förlängd paus …' is quotable
            continue
        if SIGNATURE.match(joined):  # the protocol's signatures end the last decision item
            flush_item()
            section, outline = None, []
        if section is not None and DECISION_ITEM.match(section):
            rows = _dated_rows(block, own, anchor, section)
            if rows:  # an item's table of dated milestones: each row is an entry of its own, the item's too
                drafts += [replace(row, actor=decider) for row in rows]
            else:
                item.append(block)  # 'Diarienummer …', 'Beslut', 'Sammanfattning' and their text
            continue
        if len(block) >= 3 and all(QUESTION_HEADING.match(ln.text.strip()) and ln.text.strip() in alone for ln in block):
            continue  # a FAQ's list of its questions: each heads its answer below, the list tells nothing
        if len(block) == 1 and _heading(joined, document.title):
            outline = nest(outline, joined)
            section = path_name(outline)
            continue
        if (items := _item_rows(block, own, decider)):
            drafts += items
            continue
        before = drafts[-1] if drafts and drafts[-1].section == section else None  # a heading between starts anew
        pieces = _on_the_day_before(_paragraph_drafts(block, joined, own, anchor, section), before)
        if section is not None and DECISION_HEADING.match(last_heading(section)):
            pieces = [_decided(piece, own, decider) for piece in pieces]
        drafts += pieces
    flush_item()
    return _join_short(_join_lists(drafts)), result


def _decided(piece: Draft, meeting: DateSpan | None, decider: str | None) -> Draft:
    """A paragraph under a decision heading ('Styrelsens beslut', '8. Beslut') is decided at the meeting,
    whatever day it names ('… med start den 7 november', '… redovisa utfallet i februari 2029' are
    what was decided), and by the decider ('1. … hålls i läsläge' is the decider's)."""
    if meeting is not None and meeting.precision == "day":
        piece = replace(piece, span=meeting, date_source=DateSource.DOCUMENT)
    return replace(piece, actor=decider) if decider else piece


def _item_rows(block: list[Line], meeting: DateSpan | None, decider: str | None) -> list[Draft]:
    """A protocol written as a table, one decision item per row ('Paragraf: § 76 Dnr … | Ärende och
    beslut: …'): each row an entry of the meeting's day and the decider's, whatever days it names."""
    if not _is_table(block) or not all(DECISION_ITEM.match(_first_cell(ln.text)) for ln in block):
        return []
    return [Draft(lines=[ln], text=ln.text.strip(), span=meeting, date_source=DateSource.DOCUMENT if meeting else
                  DateSource.NONE, section=_first_cell(ln.text), actor=decider) for ln in block]


def _first_cell(row: str) -> str:
    """A table row's first cell without its column's name ('Paragraf: § 76 Dnr …' → '§ 76 Dnr …')."""
    return _cell_values(row).split(CELLS)[1].strip()


def _on_the_day_before(pieces: list[Draft], before: Draft | None) -> list[Draft]:
    """Pieces without a date of their own that go on with the day of the piece before them ('Kl.
    07.55 beslutade …' after 'Den 19 januari 2027 kl. 07.40 …'), dated by it; one that gives the reason of
    what the piece before told ('Orsaken var att …') has that piece's date, not the report's day of writing."""
    out: list[Draft] = []
    for piece in pieces:
        if before is not None and before.date_source == DateSource.ITEM and piece.date_source != DateSource.ITEM:
            day = continued_day(piece.text, before.span)
            if day is None and REASON_OPENER.match(piece.text.lstrip()):
                day = before.span
            if day is not None:
                piece = replace(piece, span=day, date_source=DateSource.ITEM)
        out.append(piece)
        before = piece
    return out


def _decider(text: str, title: str) -> str | None:
    """Who decides what the document decides: the body or role of its 'Beslutsfattare: …' field,
    else the one its title names ('Protokollsutdrag, Regionstyrelsen')."""
    for line in text.split("\n")[:DECIDER_LINES]:
        field_match = DECIDER_FIELD.match(line.strip())
        if field_match:
            named = find_actors(field_match["who"])
            if named:
                return named[0].canonical
    return next((m.canonical for m in find_actors(title)), None)


def _heading(text: str, title: str) -> bool:
    """A stand-alone heading line; a 'Label: value' line is content unless it is the document's title.
    A question standing alone ('7. När är generalrepetitionen?') heads its answer, as in a FAQ."""
    if QUESTION_HEADING.match(text):
        return True
    if DECISION_ITEM.match(text) or not is_heading_text(text):
        return False
    return not FIELD.match(text) or " ".join(text.split()).casefold() == " ".join(title.split()).casefold()


def _blocks(lines: list[Line]) -> list[list[Line]]:
    """Blank-line-separated blocks of the lines that are not page furniture (a breadcrumb or a
    'Dela | Skriv ut' line is dropped before it could be taken for a heading or joined to text)."""
    blocks: list[list[Line]] = [[]]
    for line, furniture in zip(lines, furniture_mask([ln.text for ln in lines]), strict=True):
        if line.blank or furniture:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(line)
    return [b for b in blocks if b]


def _is_table(block: list[Line]) -> bool:
    return table_parts([ln.text for ln in block]) is not None


def _cell_values(row: str) -> str:
    """A row's cells without the column names a PDF table's row is given ('Nov–dec 2024: 21 600
    000' → '21 600 000'): a date in a column's name dates every row alike, so it dates none."""
    return _COLUMN_NAME.sub(" | ", f" | {row}")


def _block_text(block: list[Line]) -> str:
    """A block's text: a paragraph's lines joined, a table's rows one per line."""
    return "\n".join(ln.text.strip() for ln in block) if _is_table(block) else join_lines(block)


def _dated_rows(block: list[Line], own: DateSpan | None, anchor: date | None, section: str | None) -> list[Draft]:
    """One draft per row of a table whose rows (most of them) carry dates; [] for anything else."""
    if not _is_table(block):
        return []
    rows = [(ln, sentence_date(_cell_values(ln.text), anchor)) for ln in block]
    if sum(span is not None for _, span in rows) < len(rows) // 2 + 1:
        return []
    if rows[0][1] is None and not re.search(r"\d", rows[0][0].text):
        rows = rows[1:]  # the header row ('Milstolpe | Datum | Ansvarig') is no event
    return [_draft([ln], ln.text.strip(), span or own, span is not None, section) for ln, span in rows]


def _paragraph_drafts(block: list[Line], joined: str, own: DateSpan | None, anchor: date | None,
                      section: str | None) -> list[Draft]:
    """One draft per dated piece of a paragraph; a table with dated rows, one per row."""
    if _is_table(block):
        return _dated_rows(block, own, anchor, section) or [_draft(block, _block_text(block), own, False, section)]
    return [_draft(block, piece.text, piece.span or own, piece.span is not None, section)
            for piece in dated_pieces(joined, anchor) if piece.text]


def _draft(lines: list[Line], text: str, span: DateSpan | None, own_date: bool, section: str | None) -> Draft:
    source = DateSource.ITEM if own_date else (DateSource.DOCUMENT if span else DateSource.NONE)
    return Draft(lines=lines, text=text, span=span, date_source=source, section=section)


def is_fields(text: str) -> bool:
    """Whether every line of a paragraph is a record's field ('Datum 2025-09-23', 'Handläggare: …');
    a table's row that names its columns ('Milstolpe: … | Datum: …') is none."""
    return all(FIELD.match(line.strip()) and CELLS not in line for line in text.split("\n"))


def _join_lists(drafts: list[Draft]) -> list[Draft]:
    """A list joins the paragraph that introduces it ('… på två villkor:' / '- att …' / '- att …'): one
    entry of the paragraph's date, its items one per line, so the list is quoted with what it lists. A list
    whose items carry dates of their own stays apart: each item is an entry of its day."""
    out: list[Draft] = []
    for i, draft in enumerate(drafts):
        previous = out[-1] if out else None
        whole = draft.date_source != DateSource.ITEM and not (i + 1 < len(drafts) and drafts[i + 1].lines == draft.lines)
        if previous is not None and whole and previous.section == draft.section and previous.text.rstrip().endswith(":") \
                and draft.lines and all(BULLET.match(ln.text) for ln in draft.lines):
            items = "\n".join(ln.text.strip() for ln in draft.lines)
            out[-1] = replace(previous, lines=[*previous.lines, *draft.lines], text=f"{previous.text}\n{items}")
        else:
            out.append(draft)
    return out


def _join_short(drafts: list[Draft]) -> list[Draft]:
    """A very short undated paragraph that is no sentence ('Kontakt:', a lone name) joins the next
    one in its section; a run of a record's fields (date, case number, officer, phone) is one."""
    out: list[Draft] = []
    for draft in drafts:
        previous = out[-1] if out else None
        fields = previous is not None and is_fields(previous.text) and is_fields(draft.text)
        if previous is not None and previous.section == draft.section and (fields or (
                len(previous.text) < SHORT_PARAGRAPH and previous.date_source != DateSource.ITEM and not draft.actor
                and not previous.text.rstrip().endswith((".", "!", "?")) and CELLS not in previous.text)):
            out[-1] = Draft(lines=[*previous.lines, *draft.lines], text=f"{previous.text}\n{draft.text}",
                            span=draft.span, date_source=draft.date_source, section=draft.section)
        else:
            out.append(draft)
    return out
