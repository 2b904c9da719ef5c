"""PDF and DOCX text as a reader sees it (the new-document test set's files as fixtures)."""

from __future__ import annotations

from pathlib import Path

from indexer.corpus.docx_text import docx_metadata, read_docx
from indexer.corpus.pdf_text import dehyphenate, pdf_metadata, read_pdf
from tests.conftest import ROOT

DOCS = ROOT / "evals" / "newdocs" / "documents"
ARTICLE = DOCS / "vgrfokus-nummer-4-2025-ett-ar-efter-pausen.pdf"           # two columns, hyphenation
REPORT = DOCS / "rapport-uppfoljning-program-millennium-under-pausen-2025-12-09.pdf"
MINUTES = DOCS / "protokollsutdrag-regionstyrelsen-2025-06-17.docx"
BLIND3 = ROOT / "evals" / "newdocs-blind3" / "documents"
# an auditors' report whose paragraphs are numbered 1–17 in the left margin, in a smaller font
NUMBERED = BLIND3 / "revisionsrapport-uppfoljande-granskning-millennium-2027-11-23.pdf"
EVALUATION = BLIND3 / "rapport-utvardering-etapp-2-skaraborg-millennium-2027-12-03.pdf"  # '−' drawn in Symbol
# LibreOffice's export of a justified two-column report: words broken at hyphenation points are
# drawn in two runs, and a justified line's final hyphen is a run of its own
LIBREOFFICE_REPORT = Path(__file__).parent / "data" / "rapport-uppfoljning-millennium-2026-03-27.pdf"


def test_hyphenated_line_breaks() -> None:
    assert dehyphenate("arbetade på akut-", "mottagningen i Borås") == "arbetade på akutmottagningen i Borås"
    assert dehyphenate("Hälso-", "och sjukvård") == "Hälso- och sjukvård"        # a conjunction keeps the hyphen
    assert dehyphenate("rapporten,", "som lämnades") == "rapporten, som lämnades"
    assert dehyphenate("en ny IT-", "chef") == "en ny IT-chef"                     # after an abbreviation
    assert dehyphenate("fattar go/no-go-", "beslutet") == "fattar go/no-go-beslutet"


def test_a_word_drawn_in_two_runs_is_one_word() -> None:
    text = read_pdf(LIBREOFFICE_REPORT)
    for word in ("läkemedelsmodulen", "generalrepetitionen", "sjukhusdirektören", "incidenthanteringen",
                 "driftorganisationen", "go/no-go-beslutet"):
        assert word in text, word
    assert "journal systemet" not in text and "drift -" not in text


def test_a_two_column_article_reads_in_paragraphs_without_running_headers() -> None:
    text = read_pdf(ARTICLE)
    paragraphs = text.split("\n\n")
    assert "VGRfokus | Nummer 4 2025" not in text and "\n2\n" not in f"\n{text}\n"   # header and page number gone
    assert "akutmottagningen i Borås" in text and "det riktiga vårdinformationssystemet" in text
    assert any(p.startswith("Den 20 oktober 2025 öppnade den nya övningsmiljön") for p in paragraphs)
    # a paragraph that continues into the next column stays one paragraph
    assert any("integrationen med röntgensystemet har testats med 3 000 röntgensvar" in p for p in paragraphs)
    assert pdf_metadata(ARTICLE) == {"title": "Ett år efter pausen: SÄS rustar för en ny start", "date": "2025-11-10"}


def test_a_reports_running_footer_is_dropped() -> None:
    text = read_pdf(REPORT)
    assert "Sida 2 av" not in text and "Den 25 mars 2025 presenterades den externa granskningens rapport" in text


def test_a_paragraph_numbered_in_the_margin_is_one_paragraph_without_its_number() -> None:
    paragraphs = read_pdf(NUMBERED).split("\n\n")
    assert "Revisorskollegiet önskar regionstyrelsens svar på rekommendationerna senast den 29 februari 2028." in paragraphs
    assert any(p.startswith("Regionen upprättade den 28 april 2027 en egen förteckning") and p.endswith("212 poster.")
               for p in paragraphs)
    assert not any(p.startswith(("17 ", "10 ")) for p in paragraphs)


# an audit report whose headings are bold at nearly the body's size, with paragraphs set apart by a
# small gap and footnotes at the foot of the page, one breaking a paragraph across the page
FOOTNOTED = ROOT / "evals" / "newdocs-blind5" / "documents" / "granskningsrapport-avtalsuppfoljning-millennium-2029-04-24.pdf"


def test_bold_headings_footnotes_and_their_marks_are_told_apart_from_the_text() -> None:
    paragraphs = read_pdf(FOOTNOTED).split("\n\n")
    assert "2.1 Bakgrund" in paragraphs and "3.2 Viten" in paragraphs  # a bold heading is no paragraph's opening
    assert any(p.endswith("svar senast den 30 juni 2029.") and "2.1" not in p for p in paragraphs)
    assert any(p.startswith("Vitesvillkoren följs upp") and p.endswith("4,35 miljoner kronor.") for p in paragraphs)  # no '.1'
    assert any("den 18 november 2028 och den 10 februari 2029" in p for p in paragraphs)  # not '20286'
    # each footnote is a paragraph; the one the notes broke is whole again
    assert any(p.startswith("2 Tilläggsavtal 1 undertecknades den 29 januari 2026") for p in paragraphs)
    assert any(p.endswith("Programdirektören har sakgranskat rapporten.") for p in paragraphs)


def test_a_table_cell_drawn_in_two_fonts_stays_in_its_row() -> None:
    text = read_pdf(EVALUATION)
    assert "Kostnadspost: Utbildning och övningsmiljö | Budget: 96,0 | Utfall t.o.m. 30 nov: 101,2 | Prognos: 102,5 | " \
           "Avvikelse: −6,5\nKostnadspost: Teknisk förvaltning och integrationer | Budget: 58,3" in text


def test_docx_paragraphs_and_tables_in_document_order() -> None:
    text = read_docx(MINUTES)
    order = [text.index(s) for s in ("Beslutslista", "§ 145 | Ärende: Lägesrapport om Program Millennium | Diarienummer: RS 2025-03118",
                                     "§ 146 Förlängd paus för breddinförandet av Millennium")]
    assert order == sorted(order)
    assert docx_metadata(MINUTES) == {"title": "Protokollsutdrag, Regionstyrelsen, sammanträde 2025-06-17", "date": "2025-06-19"}


def _table_docx(path: Path, rows: list[list[str]], bold_header: bool = False) -> Path:
    import docx

    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, row in zip(rows, table.rows):
        for text, cell in zip(cells, row.cells):
            cell.paragraphs[0].add_run(text).bold = bold_header and cells is rows[0]
    document.save(str(path))
    return path


def test_a_docx_tables_rows_name_their_columns_under_a_header_row(tmp_path: Path) -> None:
    figures = [["Enhet", "Användare", "Öppna ärenden"], ["Borås", "96", "5"], ["Kinna", "31", "2"]]
    assert read_docx(_table_docx(tmp_path / "a.docx", figures)).splitlines() == [
        "Enhet: Borås | Användare: 96 | Öppna ärenden: 5", "Enhet: Kinna | Användare: 31 | Öppna ärenden: 2"]
    people = [["Namn", "Roll"], ["Anna Berg", "Ordförande"], ["Per Ek", "Sekreterare"]]
    assert read_docx(_table_docx(tmp_path / "b.docx", people)).splitlines() == [  # no figure, no bold: no header
        "Namn | Roll", "Anna Berg | Ordförande", "Per Ek | Sekreterare"]
    assert read_docx(_table_docx(tmp_path / "c.docx", people, bold_header=True)).splitlines() == [
        "Namn: Anna Berg | Roll: Ordförande", "Namn: Per Ek | Roll: Sekreterare"]
    dated = [["Generalrepetition", "2026-03-21"], ["Återstart", "2026-04-14"], ["Utvärdering", "2026-05-19"]]
    assert read_docx(_table_docx(tmp_path / "d.docx", dated)).splitlines() == [  # a first row with a figure is data
        "Generalrepetition | 2026-03-21", "Återstart | 2026-04-14", "Utvärdering | 2026-05-19"]


def test_a_docx_cells_paragraphs_stay_apart_on_its_row(tmp_path: Path) -> None:
    """A protocol in a table: the cell's title, its 'Beslut' and its numbered points are paragraphs, and
    the row's sentences split before each point ('… / Beslut / 1. Regionstyrelsen fastställer …')."""
    import docx

    from indexer.text.sentences import sentences

    document = docx.Document()
    row = document.add_table(rows=1, cols=2).rows[0]
    row.cells[0].paragraphs[0].add_run("§ 76")
    row.cells[1].paragraphs[0].add_run("Plan för etapp 4")
    for text in ("Beslut", "1. Regionstyrelsen fastställer planen.", "2. Återstarten planeras till november."):
        row.cells[1].add_paragraph(text)
    document.save(str(tmp_path / "p.docx"))
    line = read_docx(tmp_path / "p.docx")
    assert line == "§ 76 | Plan för etapp 4 / Beslut / 1. Regionstyrelsen fastställer planen. / 2. Återstarten planeras till november."
    assert [s.text for s in sentences(line)] == ["§ 76 | Plan för etapp 4 / Beslut", "Regionstyrelsen fastställer planen.",
                                                 "Återstarten planeras till november."]


def test_unreadable_files_are_named(tmp_path: Path) -> None:
    import pytest

    from granska.errors import CorpusError

    for name in ("trasig.pdf", "trasig.docx"):
        path = tmp_path / name
        path.write_bytes(b"inte alls en riktig fil")
        with pytest.raises(CorpusError, match=name):
            (read_pdf if name.endswith(".pdf") else read_docx)(path)
