"""Headings and sections for documents without a fixed template (decks, unknown documents).

A heading is a line standing alone (a one-line block), short, not a bullet, not ending in
sentence punctuation (a slide caption ending in an ellipsis counts as a heading). Headings
that follow each other without text between them form a path ('Expertgruppens uppdrag /
Politiskt beslut i Regionstyrelsen'). Two or more blank lines separate slides or pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.parsers.base import BULLET, Line

MAX_HEADING = 120
FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|txt)$", re.IGNORECASE)
SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-ZÅÄÖ])")  # '2.3 ', '5 ', '4. ' before a capital
PAGE_NUMBER = re.compile(r"^\d+\s*\(\d+\)$")
# The number of an outline's heading: '2.3 Störningar' (level 2), '5 Leverantören', 'Ärende 5 Begäran om …'
OUTLINE_NUMBER = re.compile(r"^(?:(?:ärende|punkt|kapitel|avsnitt|bilaga|del|section|chapter|item)\s+)?"
                            r"(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=[A-ZÅÄÖ])", re.IGNORECASE)
PATH_SEPARATOR = " / "


def is_heading_text(text: str) -> bool:
    """Whether a stand-alone line reads as a heading rather than as text, also a numbered one
    ('2.3 Störningar', '5 Leverantören')."""
    text = SECTION_NUMBER.sub("", text.strip(), count=1)
    if not 0 < len(text) <= MAX_HEADING or BULLET.match(text) or FILE_NAME.search(text):
        return False
    if text.endswith(("...", "…")):
        return text[0].isupper()
    return text[0].isupper() and not re.search(r"[.,;:!?)\]]$", text)


def nest(outline: list[tuple[int, str]], heading: str) -> list[tuple[int, str]]:
    """The heading path after ``heading``: a numbered heading ('2.3 …', 'Ärende 5 …') takes its place
    in the numbered outline (under '2 …', beside 'Ärende 4 …'); an unnumbered one ('Reservation',
    'Styrelsens beslut') is the last step under the numbered heading it follows, so that what stands
    under it keeps the item it belongs to. Level 0 marks an unnumbered heading."""
    number = OUTLINE_NUMBER.match(heading)
    numbered = [(level, name) for level, name in outline if level > 0]
    if number is None:
        return [*numbered, (0, heading)]
    level = number[1].count(".") + 1
    return [*((lv, name) for lv, name in numbered if lv < level), (level, heading)]


def path_name(outline: list[tuple[int, str]]) -> str | None:
    """An outline's headings joined with ' / ' (None for none)."""
    return PATH_SEPARATOR.join(name for _, name in outline) or None


def last_heading(section: str | None) -> str:
    """The innermost heading of a section's path ('' for none)."""
    return (section or "").rsplit(PATH_SEPARATOR, 1)[-1]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def segments(lines: list[Line], min_blank: int = 2, titles: frozenset[str] = frozenset()) -> list[list[Line]]:
    """Split at runs of ``min_blank`` or more blank lines (slide or page breaks) and before a
    stand-alone line that is one of the known slide ``titles`` (e.g. from the agenda)."""
    out: list[list[Line]] = [[]]
    blank_run = 0
    for i, line in enumerate(lines):
        if line.blank:
            blank_run += 1
            out[-1].append(line)
            continue
        title = _key(line.text) in titles and _standalone(lines, i)
        if (blank_run >= min_blank or title) and any(not ln.blank for ln in out[-1]):
            out.append([])
        blank_run = 0
        out[-1].append(line)
    return [seg for seg in out if any(not ln.blank for ln in seg)]


def is_list_only(segment: list[Line]) -> bool:
    """A slide of names or bullet points: no line ends a sentence of five words or more."""
    return not any(
        re.search(r"[.!?]$", ln.text.strip()) and len(ln.text.split()) >= 5 for ln in segment
    )


def leading_headings(segment: list[Line]) -> tuple[list[str], list[Line]]:
    """Split a slide into the stand-alone headings at its top and the lines after them."""
    headings: list[str] = []
    for i, line in enumerate(segment):
        if line.blank:
            continue
        if _standalone(segment, i) and is_heading_text(line.text):
            headings.append(" ".join(line.text.split()))
            continue
        return headings, segment[i:]
    return headings, []


@dataclass(slots=True)
class Section:
    """A heading path and the lines of text under it."""

    path: list[str]
    lines: list[Line] = field(default_factory=list)

    @property
    def name(self) -> str | None:
        """The path joined with ' / ' (None for text before any heading)."""
        return " / ".join(self.path) or None


def _standalone(lines: list[Line], i: int) -> bool:
    before = i == 0 or lines[i - 1].blank
    after = i + 1 == len(lines) or lines[i + 1].blank
    return before and after


def sectionize(lines: list[Line], pending: list[str], current: list[str]) -> tuple[list[Section], list[str], list[str]]:
    """Sections of a run of lines. ``pending`` holds headings still waiting for text and
    ``current`` the path of the section text continues under; both are returned updated so
    that a heading on one slide can title the text of the next."""
    sections: list[Section] = []
    for i, line in enumerate(lines):
        if line.blank:
            if sections:
                sections[-1].lines.append(line)
            continue
        if _standalone(lines, i) and is_heading_text(line.text):
            pending = [*pending, " ".join(line.text.split())]
            continue
        if pending:
            current, pending = pending, []
            sections.append(Section(list(current)))
        elif not sections:
            sections.append(Section(list(current)))
        sections[-1].lines.append(line)
    return sections, pending, current
