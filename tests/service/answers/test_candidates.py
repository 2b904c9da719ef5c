"""Candidate sentences: a sentence that points back is quoted with the sentence it points to."""

from __future__ import annotations

from indexer.text.sentences import sentences
from service.answers.candidates import _with_antecedents, _with_reasons

TEXT = ("Förutom arbetsflödestester förbereds även End-to-end tester. Det kan tex innebära att testa en "
        "patients resa genom flera av vårdens olika avdelningar. Arbetet fortsätter i april.")


def test_a_sentence_that_points_back_is_joined_to_the_one_before() -> None:
    joined = _with_antecedents(TEXT, sentences(TEXT))
    assert [s.text for s in joined] == [
        "Förutom arbetsflödestester förbereds även End-to-end tester. Det kan tex innebära att testa en "
        "patients resa genom flera av vårdens olika avdelningar.",
        "Arbetet fortsätter i april."]
    assert all(TEXT[s.start:s.end] == s.text for s in joined)  # still one verbatim span each


def test_a_new_line_keeps_sentences_apart() -> None:
    text = "Beslut\nDet beslutades att pausa införandet."
    assert [s.text for s in _with_antecedents(text, sentences(text))] == [s.text for s in sentences(text)]


def test_a_tables_rows_are_its_sentences_under_its_caption() -> None:
    from service.answers.candidates import table_caption, table_lines

    table = ("Tabell 1. Merkostnader (kronor)\nFörvaltning: Närhälsan | Totalt: 41 750 000\n"
             "Förvaltning: Regionhälsan | Totalt: 12 500 000")
    assert [s.text for s in table_lines(table)] == table.split("\n")
    assert all(table[s.start:s.end] == s.text for s in table_lines(table))
    assert table_caption(table) == "Tabell 1. Merkostnader (kronor)"
    prose = "Beslut\nDet beslutades att pausa införandet."
    assert table_lines(prose) == [] and table_caption(prose) == ""


def test_a_reason_given_in_the_next_sentence_is_quoted_with_what_it_explains() -> None:
    """For a why-question, '… undantas från kraven. Avsteget görs för att …' is a candidate as one
    span beside its two sentences; a sentence that gives its own reason is not joined."""
    text = ("Vårdcentralerna undantas från kraven på telefontillgänglighet. Avsteget görs för att de inte ska "
            "få avdrag i ersättningen. Pausen förlängs eftersom felen kvarstår. Beslutet gäller till och med maj.")
    joined = [s.text for s in _with_reasons(text, sentences(text))]
    assert joined[:3] == ["Vårdcentralerna undantas från kraven på telefontillgänglighet.",
                          "Vårdcentralerna undantas från kraven på telefontillgänglighet. Avsteget görs för att de "
                          "inte ska få avdrag i ersättningen.",
                          "Avsteget görs för att de inte ska få avdrag i ersättningen."]
    assert len(joined) == len(sentences(text)) + 1
    assert all(text[s.start:s.end] == s.text for s in _with_reasons(text, sentences(text)))
