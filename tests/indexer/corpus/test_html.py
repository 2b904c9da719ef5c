"""HTML → clean text: a saved news page reads as its article, without the site around it."""

from __future__ import annotations

from pathlib import Path

from indexer.corpus.html_text import html_metadata, read_html

PAGE = Path(__file__).parent / "data" / "nyhet-vardnytt-skaraborg-driftstart-2026-01-20.html"


def test_the_article_without_scripts_navigation_cookies_asides_or_footer() -> None:
    text = read_html(PAGE)
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Ny driftstart för Millennium på Skaraborgs Sjukhus i april"
    # a link inside a sentence is its words, with the sentence's own spacing
    assert ("Regionstyrelsen beslutade den 14 januari 2026 att Skaraborgs Sjukhus ska starta med journalsystemet "
            "Millennium den 13 april 2026. Beslutet fattades efter att testprogrammet godkänts av programstyrgruppen.") \
        in paragraphs
    assert "- Driftstart: 13 april 2026 klockan 06:00\n- Berörda verksamheter: Skaraborgs Sjukhus och 12 vårdcentraler" \
        in paragraphs
    assert "Vecka | Aktivitet\nv. 12 | Generalrepetition\nv. 15 | Driftstart" in paragraphs
    for gone in ("dataLayer", "spårning", "kakor", "Om oss", "Läs också", "Pausen förlängs", "Senast uppdaterad",
                 "redaktionell", "display"):
        assert gone not in text


def test_title_and_date_from_the_pages_metadata(tmp_path: Path) -> None:
    assert html_metadata(PAGE) == {"title": "Ny driftstart för Millennium på Skaraborgs Sjukhus i april",
                                   "date": "2026-01-20"}
    bare = tmp_path / "bare.html"
    bare.write_text("<html><body><h1>Rubrik  här</h1><p>Text.</p><time datetime='2025-03-02'>2 mars</time></body></html>",
                    encoding="utf-8")
    assert html_metadata(bare) == {"title": "Rubrik här", "date": "2025-03-02"}
    assert read_html(bare) == "Rubrik här\n\nText.\n\n2 mars"  # text after a block is a paragraph of its own
    # a share title cut short: the headline it begins is the title
    cut = tmp_path / "cut.html"
    cut.write_text("<html><head><meta property='og:title' content='Första veckan: ”Lugnt”'></head><body>"
                   "<h1>Första veckan: ”Lugnt” – men remisserna fastnade</h1><p>Text.</p></body></html>", encoding="utf-8")
    assert html_metadata(cut)["title"] == "Första veckan: ”Lugnt” – men remisserna fastnade"


def test_a_declared_charset_is_read(tmp_path: Path) -> None:
    latin = tmp_path / "latin.html"
    latin.write_bytes("<html><head><meta charset='iso-8859-1'></head><body><p>Regionstyrelsen beslutade i går.</p>"
                      "</body></html>".encode("iso-8859-1"))
    assert read_html(latin) == "Regionstyrelsen beslutade i går."


def test_a_pages_paragraphs_become_entries_dated_by_what_they_state() -> None:
    """The page goes through the same parser as any news text: the decision's paragraph is of its
    own day and body, the fact box of the start's day and hour, the rest of the page's date."""
    from indexer.corpus.readers import read_text
    from indexer.parsers import parse_document
    from indexer.records import Document

    document = Document(doc_id="vardnytt", title="Ny driftstart för Millennium på Skaraborgs Sjukhus i april", kind="nyhet",
                        date="2026-01-20", language="sv", source_file=PAGE.name, file=PAGE.name, sha256=None)
    entries = parse_document(document, read_text(PAGE), str(PAGE)).entries
    decision = next(e for e in entries if e.text.startswith("Regionstyrelsen beslutade"))
    assert (decision.date_start, decision.actor) == ("2026-01-14", "Regionstyrelsen")
    start = next(e for e in entries if "klockan 06:00" in e.text)
    assert (start.date_start, start.time) == ("2026-04-13", "06:00")
    assert not any(e.text.startswith(("Ny driftstart", "Av Sara Lindh", "Dela")) for e in entries)


def test_page_furniture_named_by_class_is_dropped_without_an_article(tmp_path: Path) -> None:
    """A page without <article> or <main>: blocks whose class or id names a cookie banner, a menu,
    share links or a footer are no text of it."""
    page = tmp_path / "plain.html"
    page.write_text(
        "<html><body><div class='cookie-banner'>Vi använder kakor.</div><div id='main-menu'><a>Start</a> | <a>Nyheter</a>"
        "</div><h1>Pausen förlängs</h1><div class='text'><p>Regionstyrelsen beslutade i går att förlänga pausen.</p></div>"
        "<div class='share'>Dela: <a>X</a></div><div class='site_footer'>462 80 Vänersborg</div></body></html>",
        encoding="utf-8")
    assert read_html(page) == "Pausen förlängs\n\nRegionstyrelsen beslutade i går att förlänga pausen."
