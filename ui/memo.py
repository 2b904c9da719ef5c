"""'Exportera PM': a cited memo in Swedish, as DOCX (python-docx) and Markdown.

A memo is a list of sections, each a heading (the question as it was answered, or the timeline's
period) with claims, and every claim points by number to a source in one numbered list: date,
time, actor, document, the verbatim quote and the entry id. The index version and the export
date close the head of the memo, so a reader can trace each sentence to its dated entry.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from docx import Document as DocxDocument
from docx.shared import Pt

from indexer.dates import format_swedish
from indexer.records import Entry
from service.api.schemas import AskResponse, CitationOut

MAX_TIMELINE_ENTRIES = 500


@dataclass(frozen=True, slots=True, kw_only=True)
class MemoSource:
    """One numbered source of the memo."""

    n: int
    when: str
    actor: str | None
    document: str
    quote: str
    entry_id: str

    def line(self) -> str:
        """The source as one line of the source list."""
        actor = f", {self.actor}" if self.actor else ""
        return f"{self.when}{actor}. {self.document}. ”{self.quote}” (post {self.entry_id})"


@dataclass(slots=True, kw_only=True)
class MemoSection:
    """A heading, an optional line under it, and its claims (text with [n] source markers)."""

    heading: str
    note: str = ""
    claims: list[str] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class Memo:
    """The memo's content, independent of its file format."""

    title: str
    index_version: str
    exported: date
    sections: list[MemoSection] = field(default_factory=list)
    sources: list[MemoSource] = field(default_factory=list)

    def cite(self, *, when: str, actor: str | None, document: str, quote: str, entry_id: str) -> int:
        """The source's number (an entry quoted the same way twice gets one number)."""
        for s in self.sources:
            if s.entry_id == entry_id and s.quote == quote:
                return s.n
        self.sources.append(MemoSource(n=len(self.sources) + 1, when=when, actor=actor, document=document,
                                       quote=quote, entry_id=entry_id))
        return len(self.sources)

    def head(self) -> str:
        """The line under the title."""
        return (f"Exporterad ur granska {self.exported.isoformat()} · index {self.index_version} · "
                f"varje påstående har en numrerad källa med datum, aktör, dokument, citat och post-id.")


def _when(c: CitationOut) -> str:
    return format_swedish(c.date_start, c.date_end, c.date_precision, c.time) if c.date_start else "odaterad"


def conversation_memo(responses: Sequence[AskResponse], *, today: date) -> Memo:
    """One section per question: the question it was answered as, the answer with its markers
    renumbered into the memo's source list (an abstention says so and cites nothing)."""
    memo = Memo(title="PM: frågor och svar ur granska", index_version=responses[-1].index_version if responses else "–",
                exported=today)
    for r in responses:
        section = MemoSection(heading=r.resolved_question or r.question,
                              note=f"Ställd som: {r.question}" if r.resolved_question else "")
        numbers = {c.n: memo.cite(when=_when(c), actor=c.actor, document=c.doc_title, quote=c.quote,
                                  entry_id=c.entry_id) for c in r.citations}
        text = re.sub(r"\[(\d+)\]", lambda m: f"[{numbers.get(int(m.group(1)), m.group(1))}]", r.answer)
        section.claims = [line for line in (x.strip() for x in text.splitlines()) if line]
        if r.abstained:
            section.claims = [f"Källorna svarar inte på frågan. ({r.answer.strip()})"]
        memo.sections.append(section)
    return memo


def timeline_memo_of(entries: Sequence[Entry], titles: dict[str, str], *, period: str, index_version: str,
                     today: date) -> Memo:
    """The timeline's selection as one section: each entry a dated claim citing itself."""
    memo = Memo(title="PM: tidslinje ur granska", index_version=index_version, exported=today)
    shown = entries[:MAX_TIMELINE_ENTRIES]
    note = f"{len(entries)} poster" + (f", de första {MAX_TIMELINE_ENTRIES} med" if len(entries) > len(shown) else "")
    section = MemoSection(heading=f"Tidslinje {period}", note=note)
    for e in shown:
        when = format_swedish(e.date_start, e.date_end, e.date_precision, e.time) if e.date_start else "odaterad"
        n = memo.cite(when=when, actor=e.actor, document=titles.get(e.doc_id, e.doc_id), quote=e.text,
                      entry_id=e.entry_id)
        first = e.text if len(e.text) <= 200 else e.text[:199] + "…"
        section.claims.append(f"{when}{' – ' + e.actor if e.actor else ''}: {first} [{n}]")
    memo.sections.append(section)
    return memo


def to_markdown(memo: Memo) -> str:
    """The memo as Markdown."""
    lines = [f"# {memo.title}", "", f"*{memo.head()}*", ""]
    for s in memo.sections:
        lines += [f"## {s.heading}", ""] + ([f"*{s.note}*", ""] if s.note else [])
        lines += [claim + "\n" for claim in s.claims]
    lines += ["## Källor", ""] + [f"{s.n}. {s.line()}" for s in memo.sources]
    return "\n".join(lines) + "\n"


def to_docx(memo: Memo) -> bytes:
    """The memo as a Word document (opens in LibreOffice and Word; Swedish language set)."""
    doc = DocxDocument()
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Calibri", Pt(11)
    doc.core_properties.title, doc.core_properties.language = memo.title, "sv-SE"
    doc.core_properties.author = "granska"
    doc.add_heading(memo.title, level=1)
    doc.add_paragraph().add_run(memo.head()).italic = True
    for s in memo.sections:
        doc.add_heading(s.heading, level=2)
        if s.note:
            doc.add_paragraph().add_run(s.note).italic = True
        for claim in s.claims:
            doc.add_paragraph(claim)
    doc.add_heading("Källor", level=2)
    for s in memo.sources:
        doc.add_paragraph(f"[{s.n}] {s.line()}")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
