"""Evidence: verbatim sentences, figures that are not dates, question words."""

from __future__ import annotations

import pytest

from service.answers.evidence import EvidenceScorer, figure_for, matches, numbers, sentences
from service.answers.questions import kind, language


def test_sentences_are_verbatim_and_respect_abbreviations() -> None:
    text = ("Ordförande redogör för att driftstart sker tisdagen den 12 november kl. 04:00 och "
            "generalrepetition genomförs vecka 38. Nästa mening! \n- punkt ett\n- punkt två")
    found = sentences(text)
    assert [s.text for s in found] == [
        "Ordförande redogör för att driftstart sker tisdagen den 12 november kl. 04:00 och generalrepetition genomförs vecka 38.",
        "Nästa mening!", "punkt ett", "punkt två",
    ]
    assert all(text[s.start:s.start + len(s.text)] == s.text for s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leverantören presenterar totalt 253 antal öppnade incidenter, varav 126 skapade", ["253", "126"]),
        ("reservera 1 400 miljoner kronor i det egna kapitalet", ["1 400"]),
        ("uppmanas logga in före 11 november. 1221 slutanvändare har loggat in", ["1221"]),
        ("kl. 13:00 den 2024-11-12 under 2016 och 19/9", []),
        ("kompensation på 1.5 M SEK för ett år", ["1.5"]),
    ],
)
def test_numbers_are_figures_not_dates(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected


def test_the_figure_next_to_the_asked_thing() -> None:
    scorer = EvidenceScorer(["x"])
    terms = scorer.content_terms("Hur många slutanvändare hade loggat in?")
    text = "Slutanvändare uppmanas logga in före 11 november. 1221 slutanvändare har för tillfället loggat in. Totalt 144 öppna aktiviteter."
    assert figure_for(text, terms) == "1221"


def test_inflected_stems_match_neighbours_only() -> None:
    assert matches("upphörd", {"upphör"})
    assert not matches("driftsat", {"driftstart"})


@pytest.mark.parametrize(
    ("question", "lang", "kind_"),
    [
        ("När driftsattes Millennium?", "sv", "when"),
        ("Hur många incidenter var öppna?", "sv", "how_many"),
        ("Vem beslutade om upphandlingen?", "sv", "who"),
        ("Vilket organ beslutade om budgeten?", "sv", "who"),
        ("Vad hände i oktober 2024?", "sv", "what"),
        ("When did Millennium go live?", "en", "when"),
        ("How many incidents were open?", "en", "how_many"),
        ("Who decided on the procurement?", "en", "who"),
    ],
)
def test_question_language_and_kind(question: str, lang: str, kind_: str) -> None:
    assert (language(question), kind(question)) == (lang, kind_)
