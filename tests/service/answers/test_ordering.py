"""The order candidates are offered in, before the ranker's scores decide."""

from __future__ import annotations

from types import SimpleNamespace

from service.answers.ordering import states_decision, typed_first


def test_a_when_question_offers_a_dated_sentence_before_one_dated_only_by_its_report() -> None:
    question = SimpleNamespace(text="När lämnade specialisterna Skövde?", kind="when")
    writing = SimpleNamespace(features={"type": 0.2}, name="the report's paragraph, dated by its writing")
    dated = SimpleNamespace(features={"type": 1.0}, name="'… den 9 november 2027'")
    month = SimpleNamespace(features={"type": 0.8}, name="'… i april 2027'")
    assert [c.name for c in typed_first(question, [writing, month, dated])] == [month.name, dated.name, writing.name]


def candidate(text: str, coverage: float) -> SimpleNamespace:
    """A candidate sentence with the features ordering reads."""
    return SimpleNamespace(sentence=SimpleNamespace(text=text), features={"type": 1.0, "coverage": coverage})


def test_what_a_body_decided_is_the_sentence_that_states_the_decision() -> None:
    question = SimpleNamespace(text="Vad beslutade regionfullmäktige om motionen om en oberoende granskning?", kind="what")
    proposal = candidate("Birgitta Ahlqvist och Tomas Rydén föreslår i en motion att en oberoende granskning genomförs.", 1.0)
    decided = candidate("Regionfullmäktige remitterar motionen till regionstyrelsen för beredning.", 0.9)
    elsewhere = candidate("Regionstyrelsen godkände budgeten för 2028.", 0.3)  # a decision about something else
    assert not states_decision("Programmet föreslår att regionfullmäktige remitterar motionen.")  # proposed
    ordered = typed_first(question, [proposal, elsewhere, decided])
    assert [c.sentence.text for c in ordered] == [decided.sentence.text, proposal.sentence.text, elsewhere.sentence.text]
    asked_what = SimpleNamespace(text="Vad föreslog motionen?", kind="what")  # no decision asked: the ranker's order
    assert typed_first(asked_what, [proposal, decided]) == [proposal, decided]


def test_a_finding_about_something_else_does_not_come_first() -> None:
    question = SimpleNamespace(text="Vad kom IVO fram till när ärendet om sjukhuset avslutades?", kind="what")
    about = SimpleNamespace(sentence=SimpleNamespace(text="IVO:s ärende om sjukhuset pågår."),
                            features={"type": 0.0, "coverage": 0.5})
    finding = SimpleNamespace(sentence=SimpleNamespace(text="IVO konstaterar att ärendet om sjukhuset är avslutat."),
                              features={"type": 1.0, "coverage": 0.5})
    elsewhere = SimpleNamespace(sentence=SimpleNamespace(text="Enkäten visar att andelen positiva ökar."),
                                features={"type": 1.0, "coverage": 0.1})
    assert typed_first(question, [elsewhere, about, finding]) == [finding, elsewhere, about]
    assert typed_first(question, [about, elsewhere]) == [about, elsewhere]  # no finding about it: the ranker's order
