"""Dates in questions, Swedish and English; expected periods worked out from the calendar."""

from __future__ import annotations

from datetime import date

import pytest

from service.retrieval.question_dates import DateFilter, parse_question_dates


def hint(month: int, day: int | None) -> int | None:
    """A corpus whose November and October entries are all in 2024."""
    return 2024 if month in (10, 11) else None


@pytest.mark.parametrize(
    ("question", "date_from", "date_to", "kind"),
    [
        ("Vad hände 12 november 2024?", date(2024, 11, 12), date(2024, 11, 12), "day"),
        ("Vad hände 2024-11-12?", date(2024, 11, 12), date(2024, 11, 12), "day"),
        ("What happened on November 12, 2024?", date(2024, 11, 12), date(2024, 11, 12), "day"),
        ("Vad hände den 15 november?", date(2024, 11, 15), date(2024, 11, 15), "day"),
        ("Vad beslutades i oktober 2024?", date(2024, 10, 1), date(2024, 10, 31), "period"),
        ("What was decided in October 2024?", date(2024, 10, 1), date(2024, 10, 31), "period"),
        ("Vad hände i februari 2024?", date(2024, 2, 1), date(2024, 2, 29), "period"),
        ("Vad hände under 2019?", date(2019, 1, 1), date(2019, 12, 31), "period"),
        ("Vad hände hösten 2024?", date(2024, 9, 1), date(2024, 11, 30), "period"),
        ("What happened in autumn 2024?", date(2024, 9, 1), date(2024, 11, 30), "period"),
        ("Vad hände mellan 12 och 15 november 2024?", date(2024, 11, 12), date(2024, 11, 15), "period"),
        ("Vad hände från maj till juni 2024?", date(2024, 5, 1), date(2024, 6, 30), "period"),
        ("Vad hände mellan 2019 och 2021?", date(2019, 1, 1), date(2021, 12, 31), "period"),
        ("Vad hände 17-19 oktober 2024?", date(2024, 10, 17), date(2024, 10, 19), "period"),
        ("Vad beslutades före 2017?", None, date(2016, 12, 31), "period"),
        ("What happened before 5 November 2024?", None, date(2024, 11, 4), "period"),
        ("Vad hände efter mars 2024?", date(2024, 4, 1), None, "period"),
        ("Vad har hänt sedan 1 november 2024?", date(2024, 11, 1), None, "period"),
        ("Vad hände i november?", date(2024, 11, 1), date(2024, 11, 30), "period"),
        ("Vad hände i oktober och november?", date(2024, 10, 1), date(2024, 11, 30), "period"),  # "och" joins a month
    ],
)
def test_question_dates(question: str, date_from: date | None, date_to: date | None, kind: str) -> None:
    found = parse_question_dates(question, hint)
    assert found is not None
    assert (found.date_from, found.date_to, found.kind, found.source) == (date_from, date_to, kind, "question")


@pytest.mark.parametrize(
    "question",
    [
        "När driftsattes Millennium?",
        "Vem är Mars?",  # a month word without a cue is not a date
        "Varför redovisas juni och juli i en gemensam rapport?",  # nor one joined to it by 'och'
        "Hur mycket reserverades, 1 400 miljoner kronor?",
        "Vad hände den 15 mars?",  # no year in the question and none in the corpus for March
        "Vad hände 31 februari 2024?",  # impossible date: no filter rather than a wrong one
    ],
)
def test_no_date(question: str) -> None:
    assert parse_question_dates(question, hint) is None


TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("question", "date_from", "date_to", "kind"),
    [
        ("Vad hände den 12/11 2024?", date(2024, 11, 12), date(2024, 11, 12), "day"),
        ("Vad hände 12/11-24?", date(2024, 11, 12), date(2024, 11, 12), "day"),      # two-digit year
        ("Vad beslutades 1/10-24?", date(2024, 10, 1), date(2024, 10, 1), "day"),
        ("Vad hände 12.11.2024?", date(2024, 11, 12), date(2024, 11, 12), "day"),
        ("Vad hände 12/11?", date(2024, 11, 12), date(2024, 11, 12), "day"),          # year from the corpus
        ("Vad hände den 12:e november 2024?", date(2024, 11, 12), date(2024, 11, 12), "day"),
        ("Vad hände förra veckan?", date(2026, 11, 16), date(2026, 11, 22), "period"),  # Monday–Sunday before
        ("What happened last month?", date(2026, 10, 1), date(2026, 10, 31), "period"),
        ("Vad hände i fjol?", date(2025, 1, 1), date(2025, 12, 31), "period"),
        ("Vad hände i våras?", date(2026, 3, 1), date(2026, 5, 31), "period"),        # this year's spring is over
        ("Vad hände i går?", date(2026, 11, 24), date(2026, 11, 24), "day"),
        ("Vad hände den 12:e?", date(2026, 11, 12), date(2026, 11, 12), "day"),       # no month: today's month
        ("Vad händer i morgon?", date(2026, 11, 26), date(2026, 11, 26), "day"),
        ("Vad beslutas på måndag?", date(2026, 11, 30), date(2026, 11, 30), "day"),    # the coming Monday
        ("What happens next Wednesday?", date(2026, 12, 2), date(2026, 12, 2), "day"),  # not today's Wednesday
        ("Vad händer nästa vecka?", date(2026, 11, 30), date(2026, 12, 6), "period"),
        ("Vad hände i veckan?", date(2026, 11, 23), date(2026, 11, 29), "period"),
    ],
)
def test_dates_as_people_write_them(question: str, date_from: date, date_to: date, kind: str) -> None:
    found = parse_question_dates(question, hint, TODAY)
    assert found is not None and (found.date_from, found.date_to, found.kind) == (date_from, date_to, kind)


@pytest.mark.parametrize("question", [
    "Varför bytte man journalsystem mitt i veckan?",     # midweek, not this week
    "Testas omkopplingen en gång i veckan?",             # how often, not this week
    "Hur många dagar i veckan är supporten öppen?",
])
def test_a_week_that_is_no_date(question: str) -> None:
    assert parse_question_dates(question, hint, TODAY) is None


def test_in_spring_before_spring_is_last_years() -> None:
    found = parse_question_dates("Vad hände i våras?", hint, date(2026, 2, 10))
    assert (found.date_from, found.date_to) == (date(2025, 3, 1), date(2025, 5, 31))


@pytest.mark.parametrize(("question", "unread"), [
    ("Vad hände den 35/11 2024?", ["35/11 2024"]),
    ("Vad hände 31 februari 2024?", ["31 februari 2024"]),
    ("Vad hände 12/13?", ["12/13"]),
])
def test_an_unreadable_date_is_reported_not_widened_to_its_year(question: str, unread: list[str]) -> None:
    from service.retrieval.question_dates import unread_dates

    assert parse_question_dates(question, hint, TODAY) is None and unread_dates(question, hint) == unread


@pytest.mark.parametrize("question", ["Erbjudandet var 1.5 M SEK.", "Arbetsinsatsen är 5-10 timmar.", "Kl. 13.00 samma dag"])
def test_figures_are_not_dates(question: str) -> None:
    assert parse_question_dates(question, hint, TODAY) is None


@pytest.mark.parametrize(("question", "of_document"), [
    ("När skulle nästa rapport lämnas enligt pressmeddelandet i juni 2025?", True),
    ("Vad planerades enligt den regionala rapporten den 17 november 2024?", True),
    ("What was planned according to the report of 11 October 2024?", True),
    ("What is the goal according to the March 2023 status report?", True),
    ("Till vilket datum gäller läsläget enligt regiondirektörens delegationsbeslut i december 2026?", True),
    ("Vilken dag hålls övningen enligt regionstyrelsens tidplan från mars 2027?", True),
    ("Vilket datum bedömdes kriteriet uppfyllt enligt beslutsunderlaget till regionstyrelsen i september 2029?", True),
    ("What did the report to the board in May 2028 recommend?", True),
    ("Vad hände i juni 2025?", False),
    ("Vad skickade regionen till Oracle i juni 2025?", False),  # sent then: no document's date
    ("Vad beslutades i juni 2025?", False),  # a verb: what was decided then
    ("Vad beslutade regionstyrelsen den 17 juni 2025?", False),
    # a second date is the event's: the filter stays the entries' own
    ("According to the March 2023 status report, what did the group work on in March?", False),
])
def test_a_date_that_dates_a_document(question: str, of_document: bool) -> None:
    found = parse_question_dates(question)
    assert found is not None and found.of_document is of_document


def test_a_years_accounts_are_no_date() -> None:
    """'2016 års överskott' is the surplus of 2016, decided on in 2017: no filter from it."""
    assert parse_question_dates("När lämnades förslag till reservationer av 2016 års överskott?") is None


def test_a_number_in_a_series_is_no_year() -> None:
    """'granskningsrapport 2029:04', 'SOU 2024:12' name a document of a series, not a period."""
    assert parse_question_dates("Hur antogs yttrandet över granskningsrapport 2029:04?") is None
    found = parse_question_dates("Vad sa SOU 2024:12 om journalsystem i mars 2025?")
    assert found is not None and (found.date_from, found.date_to) == (date(2025, 3, 1), date(2025, 3, 31))
    assert parse_question_dates("Vad beslutades 2016 om överskottet?").date_from == date(2016, 1, 1)


def test_only_a_bare_year_is_read_as_a_possible_label() -> None:
    def period(start: date, end: date, text: str, source: str = "question") -> DateFilter:
        return DateFilter(start, end, "period", source, text)  # type: ignore[arg-type]

    assert period(date(2026, 1, 1), date(2026, 12, 31), "2026").names_a_year()
    assert period(date(2026, 1, 1), date(2026, 12, 31), "för 2026").names_a_year()
    assert not period(date(2026, 1, 1), date(2026, 12, 31), "2026", "request").names_a_year()  # asked for
    assert not period(date(2026, 4, 1), date(2026, 4, 30), "april 2026").names_a_year()
    assert not period(date(2025, 9, 1), date(2026, 5, 31), "hösten 2025 till våren 2026").names_a_year()


def test_a_sentence_names_a_period_by_its_year_or_a_date_within_it() -> None:
    """'undantas … under perioden 21 september–1 november 2026' names the autumn of 2026 (a decision
    of June about the autumn); 'budgeten för 2026' names the year 2026 only by the year."""
    june = date(2026, 6, 10)
    autumn = DateFilter(date(2026, 9, 1), date(2026, 11, 30), "period", "question", "hösten 2026")
    assert autumn.named_in("Vårdcentralerna undantas under perioden 21 september–1 november 2026.", june)
    assert autumn.named_in("Telefontiderna kortas till och med den 1 november.", june)  # the year read from the entry's
    assert not autumn.named_in("Vårdcentralerna undantas från kraven.", june)
    year = DateFilter(date(2026, 1, 1), date(2026, 12, 31), "period", "question", "2026")
    assert year.named_in("Budgeten för 2026 fastställs.", june)
    assert not year.named_in("Beslutet fattades den 10 juni.", june)  # a date of the year is no naming of it


def test_after_an_event_of_a_period_is_that_period_and_later() -> None:
    """'efter driftstörningen i januari 2027': the date names the event; what came of it (a
    decision in March) is asked, so the filter is open after the period's start."""
    found = parse_question_dates("Vad ska regiondirektören förhandla om efter driftstörningen i januari 2027?")
    assert (found.date_from, found.date_to, found.text) == (date(2027, 1, 1), None, "efter driftstörningen i januari 2027")
    after = parse_question_dates("Vad hände efter november 2024?")  # a bare period: after it
    assert (after.date_from, after.date_to) == (date(2024, 12, 1), None)
    during = parse_question_dates("Vad beslutade regionstyrelsen i maj 2022?")
    assert (during.date_from, during.date_to) == (date(2022, 5, 1), date(2022, 5, 31))


@pytest.mark.parametrize("question", [
    "Varför förnyades inte certifikatet före driftstörningen den 19 januari 2027, enligt händelseanalysen?",
    "Hur ofta ska listorna skrivas ut enligt utredningen av avbrottet i journalsystemet i januari 2027?",
    "According to the incident analysis of the outage on 19 January 2027, what did the wards switch to?",
])
def test_a_document_about_an_event_of_the_date_is_read_then_or_later(question: str) -> None:
    """The date is the event's; the document that tells of it, and its findings, come then or later."""
    found = parse_question_dates(question)
    assert found.date_to is None and found.date_from.year == 2027 and found.text.endswith("och senare")


def test_a_documents_own_date_stays_its_filter() -> None:
    found = parse_question_dates("Vad skulle prövas enligt planeringen för april 2023?")
    assert (found.date_from, found.date_to) == (date(2023, 4, 1), date(2023, 4, 30))
