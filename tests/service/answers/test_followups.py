"""Follow-up reading by rules: what a question takes from the turns before it (no index needed)."""

from __future__ import annotations

from datetime import date

import pytest

from evals.gold import load_facts
from service.answers.followups import Turn, reading, resolve

PAUSE = Turn(question="När pausades breddinförandet i södra området?",
             entry_ids=("regional-rapport-2024-11-17.20241117.3560d189", "tidslinje.20241115.2def5eb7"))
FINANCING = Turn(question="Vad beslutade regionfullmäktige i april 2017 om finansieringen av FVM?",
                 entry_ids=("tidslinje.20170404.04db1082",), date_from=date(2017, 4, 1), date_to=date(2017, 4, 30))


@pytest.mark.parametrize(("question", "expected"), [
    ("Och i oktober samma år?", "Vad beslutade regionfullmäktige om finansieringen av FVM i oktober 2017?"),
    ("Och 2018?", "Vad beslutade regionfullmäktige om finansieringen av FVM i 2018?"),
    ("Samma sak för den 3 maj?", "Vad beslutade regionfullmäktige om finansieringen av FVM den 3 maj 2017?"),
])
def test_a_new_period_replaces_the_old_one(question: str, expected: str) -> None:
    resolution = resolve(question, [FINANCING])
    assert resolution is not None and resolution.kind == "period"
    assert resolution.question == expected
    assert resolution.topic == ("beslutade", "regionfullmäktige", "finansieringen", "FVM")


@pytest.mark.parametrize("question", ["Vem beslutade det?", "Varför?", "Who decided that?", "När fattades det beslutet?",
                                      "Vilken befattning har hon?", "Vad hände med journalsystemen efter det?"])
def test_a_reference_carries_the_topic_and_the_first_cited_entry(question: str) -> None:
    resolution = resolve(question, [PAUSE])
    assert resolution is not None and resolution.kind == "reference"
    assert resolution.question == f"{question.rstrip('?')} – pausades breddinförandet i södra området?"
    assert resolution.entry_id == PAUSE.entry_ids[0] and resolution.anchors == PAUSE.entry_ids


@pytest.mark.parametrize(("question", "bare"), [
    ("När hände det?", True), ("Who decided that?", True), ("När fattades det beslutet?", True),
    ("Vem tog det beslutet?", True), ("Vilken befattning har hon?", False), ("När svarade regiondirektören på det?", False),
])
def test_a_bare_reference_has_no_words_of_its_own(question: str, bare: bool) -> None:
    resolution = resolve(question, [PAUSE])
    assert resolution is not None and resolution.kind == "reference" and resolution.bare is bare


@pytest.mark.parametrize(("question", "expected"), [
    ("Hur mycket tid förväntas det ta?", "reference"), ("Hur lång tid skulle det ta?", "reference"),
    ("Fick de något svar?", "reference"), ("Har de svarat?", "reference"),  # a yes/no question opens with its verb
    ("Fick de nya systemen godkänt?", None),  # 'de' as an article
    ("Hur mycket längre skulle det dröja att få en gemensam vårdinformationsmiljö om regionen köpte ett annat system?", None),
    ("Vad innebar det nya avtalet med leverantören för regionens ekonomi?", None),
])
def test_det_as_the_subject_of_a_verb_points_back(question: str, expected: str | None) -> None:
    assert reading(question) == expected


@pytest.mark.parametrize(("question", "kind"), [
    ("Vad hände sedan?", "next"), ("What happened next?", "next"), ("Och därefter?", "next"),
    ("Och innan dess?", "before"), ("What happened before that?", "before"),
    ("Berätta mer", "more"), ("Tell me more", "more"),
])
def test_navigation_starts_from_the_last_answer_that_cited_something(question: str, kind: str) -> None:
    abstained = Turn(question="Vad tyckte patienterna?")
    resolution = resolve(question, [PAUSE, abstained])
    assert resolution is not None and resolution.kind == kind and resolution.entry_id == PAUSE.entry_ids[0]


def test_a_chain_of_follow_ups_keeps_the_first_topic() -> None:
    second = Turn(question="Vem beslutade det?", resolved_question="Vem beslutade det – pausades breddinförandet i södra området?",
                  entry_ids=("tidslinje.20241115.2def5eb7",))
    resolution = resolve("Och varför?", [PAUSE, second])
    assert resolution is not None
    assert resolution.question == "Och varför – pausades breddinförandet i södra området?"
    assert resolution.entry_id == "tidslinje.20241115.2def5eb7"


@pytest.mark.parametrize("question", ["När driftsattes Millennium?", "Vad hände i oktober 2024?",
                                      "Vad kom den externa granskningen av Millennium-införandet fram till?",
                                      "How many players does an ice hockey team have on the ice at the same time?"])
def test_a_standalone_question_is_never_rewritten(question: str) -> None:
    assert reading(question) is None and resolve(question, [PAUSE]) is None


def test_no_known_fact_reads_as_a_follow_up() -> None:
    """The single-turn known facts all stand alone (the eval checks their answers too)."""
    assert [f.query_id for f in load_facts() if reading(f.question)] == []


def test_without_history_nothing_is_resolved() -> None:
    assert reading("Vem beslutade det?") == "reference" and resolve("Vem beslutade det?", []) is None


def test_a_new_period_after_navigation_asks_the_question_before_it() -> None:
    more = Turn(question="Berätta mer", resolved_question="Berätta mer (pausades breddinförandet i södra området)",
                entry_ids=PAUSE.entry_ids)
    resolution = resolve("Och i oktober?", [PAUSE, more])
    assert resolution is not None and resolution.kind == "period"
    assert resolution.question.startswith("När pausades breddinförandet i södra området i oktober")
    assert "Berätta" not in resolution.topic


@pytest.mark.parametrize(("question", "bare"), [
    ("Vad hände mer samma dag?", True), ("What else happened that day?", True),
    ("Varför blev starten senare än planerat den morgonen?", False),
])
def test_a_day_pointed_back_to_is_asked_of_that_day(question: str, bare: bool) -> None:
    resolution = resolve(question, [PAUSE])
    assert resolution is not None and resolution.dated == "day" and resolution.bare == bare
    on_day = resolution.at(date(2024, 11, 15), "den 15 november 2024")
    topic = "" if bare else " – pausades breddinförandet i södra området"
    assert on_day.question == f"{question.rstrip('?')} den 15 november 2024{topic}?"
    assert on_day.day == date(2024, 11, 15) and on_day.anchors == ()  # the day is asked about, not the entry
    assert not resolve("Vilken dag pausades breddinförandet i södra området?", [PAUSE])  # a question of its own


@pytest.mark.parametrize("question", ["Hur svarade leverantören?", "Och hur reagerade kommunerna?",
                                      "How did the supplier respond?", "What did the regional board say to that?"])
def test_a_response_is_asked_of_the_cited_day_and_after(question: str) -> None:
    assert reading(question) == "reference"
    resolution = resolve(question, [FINANCING])
    assert resolution is not None and resolution.dated == "since"
    since = resolution.at(date(2017, 4, 4), "från och med den 4 april 2017")
    assert since.question == f"{question.rstrip('?')} från och med den 4 april 2017 – beslutade regionfullmäktige om finansieringen av FVM?"
    assert reading("Hur svarade leverantören på kravet om skadestånd i maj 2024?") is None  # a question of its own


@pytest.mark.parametrize("question", ["Vad kostade uppdraget?", "Hur stort var skadeståndskravet?", "Vad hette konsulten?"])
def test_a_short_question_about_the_thing_just_talked_about_is_a_reference(question: str) -> None:
    """A definite noun and nothing else specific: in a conversation it is the thing just talked
    about; asked first it stands alone (no 'there is no earlier conversation' for it)."""
    assert reading(question) is None
    resolution = resolve(question, [PAUSE])
    assert resolution is not None and resolution.kind == "reference"
    assert resolution.question == f"{question.rstrip('?')} – pausades breddinförandet i södra området?"


@pytest.mark.parametrize("question", ["Hur hög lön har regiondirektören?", "Vad är huvudstaden i Kanada?",
                                      "Hur många patienter skadades?", "Vad kostade systemet 2017?",
                                      "Vilket år landade människan för första gången på månen?"])
def test_a_definite_noun_with_a_body_a_name_or_a_figure_stands_alone(question: str) -> None:
    assert resolve(question, [PAUSE]) is None


def test_no_known_fact_is_read_as_a_follow_up_after_a_conversation() -> None:
    assert [f.query_id for f in load_facts() if resolve(f.question, [PAUSE])] == []


def test_a_question_about_a_person_must_be_answered_about_them() -> None:
    """'Vilken befattning har hon?' about Karin Looström Muth: the answer must name her, not only
    hold the follow-up's own word ('befattning', which the records never use)."""
    resolution = resolve("Vilken befattning har hon?", [PAUSE])
    assert resolution is not None and resolution.person and resolution.focus
    about = resolution.about("Karin Looström Muth")
    assert about.question == "Vilken befattning har hon – Karin Looström Muth?"
    assert "Karin Looström Muth" in about.focus and about.focus.startswith(resolution.focus)


def test_the_asked_for_date_is_no_part_of_the_topic() -> None:
    """'Vilket datum beslutade regionstyrelsen …' carries 'beslutade regionstyrelsen …', not 'datum'."""
    asked = Turn(question="Vilket datum beslutade regionstyrelsen att arbetet ska granskas?", entry_ids=PAUSE.entry_ids)
    resolution = resolve("Vem beslutade det?", [asked])
    assert resolution is not None
    assert resolution.question == "Vem beslutade det – beslutade regionstyrelsen att arbetet ska granskas?"
