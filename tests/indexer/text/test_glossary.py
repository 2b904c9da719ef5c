"""The domain glossary: parsing, errors naming the line, longest-match lookup."""

from __future__ import annotations

from pathlib import Path

import pytest

from granska.errors import CorpusError
from indexer.text.glossary import Glossary

TEXT = "# ordlista\nrollout\tinförande, breddinförande\nregional board\tregionstyrelsen\nboard\tstyrelse\ngo-live\tdriftstart\n"


def test_longest_terms_first_and_hyphens_as_spaces() -> None:
    glossary = Glossary.parse(TEXT)
    assert glossary.matches("When did the Regional Board approve the go live and the rollout?") == [
        ("regional board", ("regionstyrelsen",)), ("go live", ("driftstart",)), ("rollout", ("införande", "breddinförande"))]
    assert glossary.corpus_words("nothing here") == ""


def test_a_malformed_line_is_named() -> None:
    with pytest.raises(CorpusError, match=r"ordlista.tsv:2: .*term<TAB>ord"):
        Glossary.parse("ok\tbra\nsaknar tab\n", "ordlista.tsv")


def test_missing_file_is_an_empty_glossary(tmp_path: Path) -> None:
    assert Glossary.load(tmp_path / "glossary.tsv").terms == {}


def test_the_shipped_glossary_maps_only_to_words_the_corpus_uses(corpus) -> None:
    from tests.conftest import CORPUS_DIR

    glossary = Glossary.load(CORPUS_DIR / "glossary.tsv")
    # the source files as written, and the entries as parsed (repaired OCR, section names)
    sources = [p.read_text(encoding="utf-8") for p in CORPUS_DIR.glob("*.txt")]
    text = " ".join([*sources, *(f"{e.section or ''} {e.text}" for e in corpus.entries)]).casefold()
    missing = sorted({w for words in glossary.terms.values() for w in words if w.casefold() not in text})
    assert len(glossary.terms) >= 200 and missing == [], missing[:20]


def test_a_term_matches_its_inflected_forms() -> None:
    """'nödbromsen' is the term 'nödbroms'; 'the reviews' the term 'review'; a longer word is not."""
    glossary = Glossary.parse("nödbroms\tpausa, avbryta\nreview\tgranskning\nrisk\trisk, risker\n")
    assert glossary.matches("När drog regionen i nödbromsen?") == [("nödbromsen", ("pausa", "avbryta"))]
    assert glossary.matches("Which reviews were made?") == [("reviews", ("granskning",))]
    assert glossary.matches("Vilka riskanalyser gjordes?") == []  # a compound is no inflection
    assert glossary.corpus_words("Riskerna ökade") == "risk risker"
    # no one-letter endings: an English term would become a Swedish word ('programme' + 't')
    programme = Glossary.parse("millennium programme\tProgram Millennium\n")
    assert programme.matches("Vad hände i Millennium-programmet?") == []
