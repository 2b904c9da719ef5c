"""granska corpus add / remove: inferred title, date and kind; bad files refused; nothing half-done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from granska.cli import app
from granska.errors import CorpusError
from indexer.corpus.add import add_documents, infer_date, infer_kind, infer_title, remove_document, slug
from indexer.corpus.loader import load_corpus
from indexer.corpus.manifest import load_manifest
from tests.conftest import ROOT

NEWDOCS = ROOT / "evals" / "newdocs"
NEWS = """Insidan – intranät för Västra Götalandsregionen
Start > Nyheter > Millennium

Publicerad 3 september 2025

Expertgruppen: Starta om Millennium stegvis

Den externa expertgruppen har lämnat sitt yttrande om handlingsalternativen för journalsystemet Millennium.

Senast uppdaterad 4 september 2025
"""


def test_every_test_document_gets_its_title_and_date(corpus_copy: Path) -> None:
    expected = {json.loads(line)["file"]: json.loads(line) for line in (NEWDOCS / "documents.jsonl").open(encoding="utf-8")}
    added = add_documents(corpus_copy, sorted((NEWDOCS / "documents").iterdir()))
    assert len(added) == 11 and load_corpus(corpus_copy).errors == []
    for proposal in added:
        want = expected[proposal.source.name]
        assert (proposal.document.title, proposal.document.date) == (want["expected_title"], want["expected_date"])
    kinds = {p.source.name: p.document.kind for p in added}
    assert kinds["protokollsutdrag-regionstyrelsen-2025-06-17.docx"] == "beslut"
    assert kinds["pressmeddelande-pausen-forlangs-omforhandling-oracle-2025-06-18.txt"] == "pressmeddelande"
    assert {p.document.language for p in added if "press-summary-en" in p.source.name} == {"en"}


def test_a_maintainers_files_get_their_headline_and_the_date_they_state(corpus_copy: Path) -> None:
    """Files a maintainer made with everyday tools (a LibreOffice PDF whose creation date is the day
    it was converted; a news text with a byline under the headline)."""
    data = Path(__file__).parent / "data"
    added = {p.source.name: p.document for p in add_documents(corpus_copy, sorted(data.iterdir()))}
    news = added["nyhet-millennium-testprogram-skaraborg-2025-11-18.txt"]
    assert news.title.startswith("Millennium: förstärkt testprogram klart") and news.date == "2025-11-18"
    report = added["rapport-uppfoljning-millennium-2026-03-27.pdf"]
    assert (report.title, report.date) == ("Uppföljningsrapport Program Millennium", "2026-03-27")
    page = added["nyhet-vardnytt-skaraborg-driftstart-2026-01-20.html"]  # a saved web page
    assert (page.title, page.date, page.kind) == ("Ny driftstart för Millennium på Skaraborgs Sjukhus i april",
                                                  "2026-01-20", "nyhet")
    release = added["pressmeddelande-ny-tidplan-millennium-2026-02-10.md"]
    assert (release.title, release.date, release.kind) == (
        "Regionfullmäktige godkänner ny tidplan för Millennium", "2026-02-10", "pressmeddelande")


def test_a_quoted_headline_over_a_byline_with_an_e_mail_address_and_an_emphasised_dateline() -> None:
    paper = ("TIDNINGEN SJUHÄRAD\nNyheter | Borås | Sjukvård\nFredag 25 september 2026\n\n"
             "\"Det här är en helt annan start\" – Millennium rullar igen på SÄS\n\nAv Henrik Almqvist\n"
             "henrik.almqvist@tidningensjuharad.example\n\nBORÅS. I tisdags kl. 05.30 startade journalsystemet "
             "Millennium på nytt på Södra Älvsborgs sjukhus och på Närhälsans vårdcentraler.\n")
    title, _ = infer_title(paper, ".txt", {})
    assert title == "\"Det här är en helt annan start\" – Millennium rullar igen på SÄS"
    assert infer_date(paper, title, {})[0] == "2026-09-25"
    # a letterhead of names joined by middle dots is no headline; a hard-wrapped first paragraph follows the title
    release = ("PRESSMEDDELANDE\nVästra Götalandsregionen · Koncernkontoret · Program Millennium\n"
               "Publicerat 2029-01-19 kl. 13.15\n\nRegionen kräver vite av Oracle efter avbrottet\n\n"
               "Västra Götalandsregionen kräver att Oracle Svenska AB betalar vite\nefter tisdagens avbrott.\n")
    assert infer_title(release, ".txt", {})[0] == "Regionen kräver vite av Oracle efter avbrottet"
    transcript = ("ÄLVRADION – NYHETERNA\nSändning: tisdag 11 december 2029 kl. 07.10\n\n"
                  "Rubrik: Sahlgrenska får vänta längre på Millennium\n\n[00:00:05] PROGRAMLEDARE: Sahlgrenska "
                  "Universitetssjukhuset får vänta längre på Millennium än de andra sjukhusen i regionen.\n")
    assert infer_title(transcript, ".txt", {})[0] == "Sahlgrenska får vänta längre på Millennium"  # not its label
    faq = "Frågor och svar om återstarten\n\n*Publicerad 8 september 2026 · Gäller medarbetare på SÄS*\n\nHär samlar vi frågorna.\n"
    assert infer_date(faq, "Frågor och svar om återstarten", {})[0] == "2026-09-08"


def test_a_date_in_the_file_name_comes_before_the_files_creation_date() -> None:
    undated = "Frågor och svar om återstarten\n\nHär samlar vi de vanligaste frågorna inför återstarten.\n"
    assert infer_date(undated, None, {"date": "2026-09-10"}, "faq-aterstarten-2026-09-08.md") == ("2026-09-08", "filnamnet")
    assert infer_date(undated, None, {"date": "2026-09-10"}, "faq-aterstarten.md")[0] == "2026-09-10"
    assert infer_date(undated, None, {}, "faq-aterstarten.md") == (None, "")


def test_a_long_file_name_is_cut_between_words_and_keeps_its_date() -> None:
    name = "presentation-programrapport-millennium-regionstyrelsen-2028-08-22"  # 65 characters
    assert slug(name) == "presentation-programrapport-millennium-2028-08-22"
    assert slug("Åtgärdsplan för Östra området 2025") == "atgardsplan-for-ostra-omradet-2025"
    assert len(slug("x" * 80)) == 64


def test_the_command_prints_what_it_inferred_and_remove_takes_it_back(corpus_copy: Path, tmp_path: Path) -> None:
    news = tmp_path / "Nyhet om expertgruppen.txt"
    news.write_text(NEWS, encoding="utf-8")
    runner = CliRunner()
    added = runner.invoke(app, ["corpus", "add", str(news), "--corpus", str(corpus_copy)])
    assert added.exit_code == 0, added.output
    assert "nyhet-om-expertgruppen" in added.output and "Expertgruppen: Starta om Millennium stegvis" in added.output
    assert "2025-09-03" in added.output and "Publicerad 3 september 2025" in added.output  # where the date came from
    [doc] = [d for d in load_manifest(corpus_copy) if d.doc_id == "nyhet-om-expertgruppen"]
    assert (corpus_copy / doc.file).read_bytes() == news.read_bytes() and doc.source_file == news.name
    again = runner.invoke(app, ["corpus", "add", str(news), "--corpus", str(corpus_copy)])
    assert isinstance(again.exception, CorpusError) and "kopia av dokumentet 'nyhet-om-expertgruppen'" in str(again.exception)
    removed = runner.invoke(app, ["corpus", "remove", "nyhet-om-expertgruppen", "--corpus", str(corpus_copy)])
    assert removed.exit_code == 0 and not (corpus_copy / doc.file).exists()
    assert "nyhet-om-expertgruppen" not in {d.doc_id for d in load_manifest(corpus_copy)}


@pytest.mark.parametrize(("name", "content", "message"), [
    ("tom.txt", b"   \n", "filen är tom"),
    ("latin1.txt", "Västra Götaland".encode("latin-1"), "inte giltig UTF-8"),
    ("trasig.pdf", b"%PDF-1.4 inte en pdf", "PDF-filen kan inte tolkas"),
    ("trasig.docx", b"PK inte en docx", "DOCX-filen kan inte tolkas"),
    ("bild.png", b"\x89PNG", "stöds inte"),
])
def test_a_bad_file_is_refused_and_nothing_changes(corpus_copy: Path, tmp_path: Path, name: str, content: bytes,
                                                   message: str) -> None:
    before = {p.name: p.read_bytes() for p in corpus_copy.iterdir()}
    good, bad = tmp_path / "bra.txt", tmp_path / name
    good.write_text(NEWS, encoding="utf-8")
    bad.write_bytes(content)
    with pytest.raises(CorpusError, match=message):
        add_documents(corpus_copy, [good, bad])  # all or nothing: the good one is not added either
    assert {p.name: p.read_bytes() for p in corpus_copy.iterdir()} == before


def test_remove_an_unknown_document(corpus_copy: Path) -> None:
    with pytest.raises(CorpusError, match="finns inte"):
        remove_document(corpus_copy, "finns-inte")


def test_a_bad_date_option_is_refused_before_anything_is_written(corpus_copy: Path) -> None:
    manifest = corpus_copy / "manifest.jsonl"
    before = (manifest.read_bytes(), manifest.stat().st_mtime_ns)
    news = Path(__file__).parent / "data" / "nyhet-millennium-testprogram-skaraborg-2025-11-18.txt"
    with pytest.raises(CorpusError, match=r"--date: ogiltig månad i '2025-13-45'"):
        add_documents(corpus_copy, [news], date="2025-13-45")
    assert (manifest.read_bytes(), manifest.stat().st_mtime_ns) == before


def test_a_new_corpus_starts_with_add(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    corpus = tmp_path / "ny-korpus"
    corpus.mkdir()
    news = Path(__file__).parent / "data" / "nyhet-millennium-testprogram-skaraborg-2025-11-18.txt"
    added = add_documents(corpus, [news])
    assert [d.doc_id for d in load_manifest(corpus)] == [added[0].document.doc_id]
    empty = tmp_path / "tom"
    empty.mkdir()
    from types import SimpleNamespace

    import indexer.corpus.add as add_module

    monkeypatch.setattr(add_module, "load_corpus", lambda _: SimpleNamespace(errors=["trasig"]))  # the check fails
    with pytest.raises(CorpusError, match="inget lades till"):
        add_documents(empty, [news])
    assert list(empty.iterdir()) == []                      # a failed first add leaves no manifest and no file behind
    with pytest.raises(CorpusError, match="finns inte"):
        add_documents(tmp_path / "saknas", [news])


def test_a_decision_is_known_by_its_top_line() -> None:
    assert infer_kind("Koncernkontoret\n\nDELEGATIONSBESLUT\n\nDatum: 2026-12-03\n", "Förlängt läsläge", ".docx") == "beslut"
    assert infer_kind("TJÄNSTEUTLÅTANDE\n\nDatum: 2026-08-11\n", "Etapp 1B", ".docx") == "beslut"
    assert infer_kind("Nyheter\n\nRegionen beslutade i går att …\n", "Paus", ".txt") == "nyhet"
