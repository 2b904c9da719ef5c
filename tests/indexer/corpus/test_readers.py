"""Reading files: UTF-8 text, real PDF and DOCX parsers, and clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from granska.errors import CorpusError
from indexer.corpus.readers import markdown_title, read_text


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` in Helvetica, built by hand with a correct xref table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_utf8_text_and_markdown(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("\ufeff5 november 2014\r\nÄgarutskottet beslutar.\r\n", encoding="utf-8")
    assert read_text(tmp_path / "a.txt") == "5 november 2014\nÄgarutskottet beslutar.\n"
    (tmp_path / "b.md").write_text("# Rubrik\n\n**Ingress** med [en länk](https://x.example).\n\n- [Läs mer](#)", encoding="utf-8")
    # Markdown as a reader sees it; a line of only links stays (to be recognised as a link list)
    assert read_text(tmp_path / "b.md") == "Rubrik\n\nIngress med en länk.\n\n- [Läs mer](#)"
    (tmp_path / "c.md").write_text("Rubrik\n======\n\nText.", encoding="utf-8")  # a heading's underline is no text
    assert read_text(tmp_path / "c.md") == "Rubrik\n\nText."
    (tmp_path / "d.md").write_text("> Sidan gäller dig på NÄL.\n>\n> Vi fyller på.", encoding="utf-8")
    assert read_text(tmp_path / "d.md") == "Sidan gäller dig på NÄL.\n\nVi fyller på."  # a quoted block's marks


def test_pdf_is_read_with_a_parser(tmp_path: Path) -> None:
    path = tmp_path / "beslut.pdf"
    path.write_bytes(minimal_pdf("Regionstyrelsen beslutar 2024-11-28"))
    assert "Regionstyrelsen beslutar 2024-11-28" in read_text(path)


def test_docx_is_read_with_a_parser(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Lägesrapport")
    document.add_paragraph("Millennium driftsätts den 12 november 2024.")
    path = tmp_path / "rapport.docx"
    document.save(str(path))
    assert read_text(path) == "Lägesrapport\n\nMillennium driftsätts den 12 november 2024."


@pytest.mark.parametrize(
    ("name", "content", "message", "line"),
    [
        ("tom.txt", b"", "filen är tom", None),
        ("blank.txt", b"  \n\n", "filen är tom", None),
        ("latin1.txt", "rad ett\nRegionfullmäktige\n".encode("latin-1"), "inte giltig UTF-8", 2),
        ("trasig.pdf", b"%PDF-1.4 this is not a pdf", "PDF-filen kan inte tolkas", None),
        ("trasig.docx", b"PK not a zip", "DOCX-filen kan inte tolkas", None),
        ("bild.png", b"\x89PNG", "stöds inte", None),
    ],
)
def test_bad_files_name_the_file_and_problem(tmp_path: Path, name: str, content: bytes, message: str, line: int | None) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CorpusError) as info:
        read_text(path)
    assert message in str(info.value) and name in str(info.value)
    assert info.value.line == line


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="finns inte"):
        read_text(tmp_path / "saknas.txt")


def test_a_markdown_title_is_its_first_level_one_heading() -> None:
    article = "Insidan / Bloggar\n\nFyra veckor med Millennium\n===\n\n**Ulrika Sandén** · 10 nov 2027\n\n" + "Text. " * 40
    assert markdown_title(article) == "Fyra veckor med Millennium"
    assert markdown_title("# **Ny tidplan** för Millennium\n\n" + "Text. " * 40) == "Ny tidplan för Millennium"
    # a newsletter's masthead over its story's own heading is no title
    assert markdown_title("# The Health IT Letter\n\n*News.*\n\n## Top story\n\n" + "Text. " * 40) is None
    assert markdown_title("Bara text utan rubrik.") is None
