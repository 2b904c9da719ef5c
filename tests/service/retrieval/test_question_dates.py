"""Dates in questions, Swedish and English; expected periods worked out from the calendar."""

from __future__ import annotations

from datetime import date

import pytest

from service.retrieval.question_dates import parse_question_dates


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
        "Hur mycket reserverades, 1 400 miljoner kronor?",
        "Vad hände den 15 mars?",  # no year in the question and none in the corpus for March
        "Vad hände 31 februari 2024?",  # impossible date: no filter rather than a wrong one
    ],
)
def test_no_date(question: str) -> None:
    assert parse_question_dates(question, hint) is None
