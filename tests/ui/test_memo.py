"""'Exportera PM': the memo's content, its DOCX and Markdown, and the DOCX opened by LibreOffice."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document as DocxDocument

from indexer.records import Entry
from tests.ui.test_render_and_export import CITATION, response
from ui.memo import conversation_memo, timeline_memo_of, to_docx, to_markdown

SECOND = CITATION.model_copy(update={"n": 2, "entry_id": "tidslinje.20241113.00000000", "date_start": "2024-11-13",
                                     "date_end": "2024-11-13", "time": None, "actor": "Regiondirektören",
                                     "quote": "Regiondirektören informerar.", "text": "Regiondirektören informerar."})
TODAY = date(2026, 11, 25)


def two_turns():  # noqa: ANN201
    first = response()
    follow_up = response(question="Och dagen efter?", resolved_question="Vad hände den 13 november 2024?",
                         answer="Den 13 november 2024 informerar regiondirektören [1], och driftsättningen nämns [2].",
                         citations=[SECOND.model_copy(update={"n": 1}), CITATION.model_copy(update={"n": 2})])
    return [first, follow_up]


def test_markers_are_renumbered_into_one_source_list() -> None:
    memo = conversation_memo(two_turns(), today=TODAY)
    # The first answer's [1] is source 1; the follow-up's [1] is new (source 2), its [2] is source 1 again.
    assert [s.entry_id for s in memo.sources] == ["tidslinje.20241112.8ad76ce4", "tidslinje.20241113.00000000"]
    assert memo.sections[0].claims == ["Den 12 november 2024 kl. 05:30: Millennium driftsätts. [1]"]
    assert memo.sections[1].heading == "Vad hände den 13 november 2024?"
    assert memo.sections[1].note == "Ställd som: Och dagen efter?"
    assert memo.sections[1].claims == ["Den 13 november 2024 informerar regiondirektören [2], och driftsättningen nämns [1]."]


def test_markdown_and_docx_carry_every_source_field() -> None:
    memo = conversation_memo(two_turns(), today=TODAY)
    markdown = to_markdown(memo)
    assert "index abc123" in markdown and "2026-11-25" in markdown
    assert "1. 12 november 2024 kl. 05:30. Tidslinje. ”Millennium driftsätts.” (post tidslinje.20241112.8ad76ce4)" in markdown
    assert "2. 13 november 2024, Regiondirektören. Tidslinje. ”Regiondirektören informerar.”" in markdown
    text = "\n".join(p.text for p in DocxDocument(io.BytesIO(to_docx(memo))).paragraphs)
    assert "Vad hände den 13 november 2024?" in text and "[2] 13 november 2024, Regiondirektören" in text
    assert "index abc123" in text


def test_an_abstention_is_said_and_cites_nothing() -> None:
    memo = conversation_memo([response(answer="Källorna besvarar inte frågan.", abstained=True, citations=[])], today=TODAY)
    assert memo.sources == [] and memo.sections[0].claims[0].startswith("Källorna svarar inte på frågan.")


def entry(day: str, text: str, n: int) -> Entry:
    return Entry(entry_id=f"tidslinje.{day.replace('-', '')}.0000000{n}", doc_id="tidslinje", ordinal=n, date_start=day,
                 date_end=day, time=None, date_precision="day", actor="VGR", section=None, text=text, text_original=None,
                 char_start=0, char_end=len(text))


def test_a_timeline_selection_is_one_dated_claim_per_entry() -> None:
    entries = [entry("2024-10-01", "Första.", 1), entry("2024-10-02", "Andra.", 2)]
    memo = timeline_memo_of(entries, {"tidslinje": "Tidslinje"}, period="2024-10-01 – 2024-10-31", index_version="v1",
                            today=TODAY)
    assert memo.sections[0].heading == "Tidslinje 2024-10-01 – 2024-10-31" and memo.sections[0].note == "2 poster"
    assert memo.sections[0].claims == ["1 oktober 2024 – VGR: Första. [1]", "2 oktober 2024 – VGR: Andra. [2]"]


@pytest.mark.integration
def test_libreoffice_opens_the_memo_and_its_pdf_has_the_quotes(tmp_path: Path) -> None:
    from pypdf import PdfReader

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice saknas: make test installerar Debians libreoffice-writer")
    path = tmp_path / "granska-pm.docx"
    path.write_bytes(to_docx(conversation_memo(two_turns(), today=TODAY)))
    done = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                           "--outdir", str(tmp_path), str(path)], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    # LibreOffice's one remark about this machine (no Java runtime) says nothing about the document.
    remarks = [line for line in (done.stdout + done.stderr).lower().splitlines()
               if ("warn" in line or "error" in line) and "javaldx" not in line]
    assert remarks == []
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(tmp_path / "granska-pm.pdf").pages).split())
    assert "Millennium driftsätts." in text and "Regiondirektören informerar." in text
    assert "tidslinje.20241112.8ad76ce4" in text
