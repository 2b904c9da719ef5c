"""Numbered members of a series: a question about etapp 3 is not answered from a text about etapp 2."""

from __future__ import annotations

from service.answers.series import about_another_member, asked_members, series_nouns

TEXTS = ["Utvärdering av etapp 2 av återstarten.", "Etapp 1 av återstarten gällde Regionhälsan.",
         "Under vecka 42, som mest, fanns 68 specialister.", "Vecka 38, cykel 5.",
         "Kostnaden var drygt 450 miljoner kronor.", "Kostnaden var drygt 70 miljoner kronor.",
         "Planen för etapp 3 omfattar NU-sjukvården."]


def test_a_series_is_a_word_the_corpus_numbers_in_more_than_one_way() -> None:
    # 'drygt 450 miljoner' counts something: 'drygt' names no series; 'cykel' is numbered once; 'etapp 3
    # omfattar' is not read to learn (a word after the figure could make it a count)
    assert series_nouns(TEXTS) == {"etapp", "vecka"}


def test_a_text_about_another_member_does_not_answer() -> None:
    nouns = series_nouns(TEXTS)
    asked = asked_members("Vilket datum ska etapp 3 av återstarten genomföras?", nouns)
    assert asked == {("etapp", "3")}
    assert about_another_member(asked, "Utvärdering av etapp 2 av återstarten\nRegionstyrelsen beslutade den 7 september.")
    assert not about_another_member(asked, "Utvärdering av etapp 2\nEtapp 3 omfattar NU-sjukvården.")  # names it too
    assert not about_another_member(asked, "Regionstyrelsen beslutade den 7 september.")  # names no member at all
    assert asked_members("Hur många användare fick behörighet den 12 oktober?", nouns) == frozenset()
