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
    from indexer.text.tables import table_parts
    from service.answers.candidates import table_lines

    table = ("Tabell 1. Merkostnader (kronor)\nFörvaltning: Närhälsan | Totalt: 41 750 000\n"
             "Förvaltning: Regionhälsan | Totalt: 12 500 000")
    assert [s.text for s in table_lines(table)] == table.split("\n")
    assert all(table[s.start:s.end] == s.text for s in table_lines(table))
    assert table_parts(table.split("\n")) == ("Tabell 1. Merkostnader (kronor)", table.split("\n")[1:])
    prose = "Beslut\nDet beslutades att pausa införandet."
    assert table_parts(prose.split("\n")) is None


def test_a_table_rows_first_cells_head_its_later_sentences() -> None:
    from service.answers.candidates import row_head

    row = ("Paragraf: § 76 | Ärende och beslut: Plan för etapp 4 / Beslut / 1. Regionstyrelsen fastställer planen för "
           "etapp 4, som omfattar Kungälvs sjukhus. / 2. Återstarten planeras till november.")
    assert row_head(row, sentences(row)) == "Paragraf: § 76 | Ärende och beslut: Plan för etapp 4 / Beslut"
    table = "Förvaltning: Närhälsan | Totalt: 41 750 000\nFörvaltning: Regionhälsan | Totalt: 12 500 000"
    prose = "Regionstyrelsen fastställer planen. Återstarten planeras till november."
    assert row_head(table, sentences(table)) == "" and row_head(prose, sentences(prose)) == ""  # rows, no row


def test_a_sentence_that_opens_with_what_was_named_before_points_back() -> None:
    from service.answers.candidates import points_back

    heading = "§ 120 Tillfälligt avsteg från kraven för vårdcentralerna\nBeslut\n"
    assert points_back("Avsteget görs för att vårdcentralerna inte ska få avdrag.", heading)
    assert points_back("Detta görs för att undvika köer.", heading)
    assert not points_back("Samtidigt pågår arbete för att lösa problemen.", heading)  # no noun named before
    assert not points_back("Pausen görs för att vinna tid.", heading)  # 'paus' was not named before it


def test_the_paragraph_after_a_hit_that_gives_its_reason_is_a_candidate_too() -> None:
    from types import SimpleNamespace

    from service.answers.candidates import _with_reasons_after
    from service.retrieval.hybrid import Hit

    told = SimpleNamespace(entry_id="d.2", text="Behovet har inte minskat i den takt som programmet räknade med.")
    reason = SimpleNamespace(entry_id="d.3", text="Skälet är att överföringen av äldre handlingar har försenats.")
    other = SimpleNamespace(entry_id="d.4", text="Kostnaden är 7,9 miljoner kronor.")
    index = SimpleNamespace(after=lambda entry: {"d.2": reason, "d.3": other}.get(entry.entry_id))
    hits = _with_reasons_after(index, [Hit(told, 0.03, 1, 1, "d.2#0", 0.9), Hit(other, 0.02, 2, 2, "d.4#0", 0.8)])
    # 'Skälet är …' joins right after what it explains (it ranks with it); d.4 opens with no reason
    assert [h.entry.entry_id for h in hits] == ["d.2", "d.3", "d.4"]
    assert [h.entry.entry_id for h in _with_reasons_after(index, [Hit(reason, 0.03, 1, 1, "d.3#0", 0.9)])] == ["d.3"]


def test_a_paragraph_explains_the_one_before_by_its_opening() -> None:
    from service.answers.candidates import explains_before

    assert explains_before("Skälet är framför allt att överföringen har försenats. Mer text.")
    # a first sentence that points back and gives a reason: a quote's 'De sa att …, eftersom …'
    assert explains_before("De sa att den tredje veckan var tuffare, eftersom stödet då drogs ned. Det tar vi med oss.")
    assert not explains_before("De sa att den tredje veckan var tuffare. Eftersom stödet drogs ned blev det svårt.")
    assert not explains_before("Coacherna stannade en vecka till, eftersom kollegorna rådde det.")  # points back to nothing
    assert not explains_before("")


def test_a_tables_currency_in_its_caption_makes_its_figures_amounts() -> None:
    from service.answers.candidates import row_amounts

    row = "Kostnadspost: Utbildning | Budget: 96,0 | Utfall t.o.m. 30 nov: 101,2"
    assert row_amounts(row, "Tabell 2. Kostnader för etapp 2, miljoner kronor", "Hur mycket kostade utbildningen?")
    assert not row_amounts(row, "Tabell 2. Användare per etapp", "Hur mycket kostade utbildningen?")
    assert not row_amounts("Kostnadspost: Utbildning | Budget: 96,0", "Kostnader (kronor)", "Var budgeten 96,0?")
