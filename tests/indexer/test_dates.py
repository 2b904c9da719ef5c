"""The date grammar, with values worked out by hand from the calendar."""

from __future__ import annotations

from datetime import date

import pytest

from granska.errors import DateParseError
from indexer.dates import (
    find_date_mentions, nearest_weekday, nearest_year, parse_date_heading, parse_partial_iso, season_span,
)


@pytest.mark.parametrize(
    ("line", "start", "end", "time"),
    [
        ("5 november 2014", date(2014, 11, 5), date(2014, 11, 5), None),
        ("13-14 juni 2016", date(2016, 6, 13), date(2016, 6, 14), None),
        ("17-19 oktober 2024", date(2024, 10, 17), date(2024, 10, 19), None),
        ("kl. 13:00 11 november 2024", date(2024, 11, 11), date(2024, 11, 11), "13:00"),
        ("kl. 05:30 12 november 2024", date(2024, 11, 12), date(2024, 11, 12), "05:30"),
        ("September 27 2024", date(2024, 9, 27), date(2024, 9, 27), None),
        ("  1 januari 2021 ", date(2021, 1, 1), date(2021, 1, 1), None),
    ],
)
def test_heading_forms(line: str, start: date, end: date, time: str | None) -> None:
    span = parse_date_heading(line)
    assert span is not None
    assert (span.start, span.end, span.time, span.precision) == (start, end, time, "day")


@pytest.mark.parametrize("line", ["31 februari 2024", "5 novmber 2014", "kl. 25:00 11 november 2024", "19-17 oktober 2024"])
def test_date_shaped_but_invalid_lines_raise(line: str) -> None:
    with pytest.raises(DateParseError):
        parse_date_heading(line)


@pytest.mark.parametrize("line", ["Centrala händelser", "Millennium driftsätts.", "RS 2024-05699", "2024"])
def test_text_lines_are_not_dates(line: str) -> None:
    assert parse_date_heading(line) is None


def test_partial_iso() -> None:
    assert parse_partial_iso("2023-03").start == date(2023, 3, 1)
    assert parse_partial_iso("2023-03").end == date(2023, 3, 31)
    assert parse_partial_iso("2024-02").end == date(2024, 2, 29)  # leap year
    assert parse_partial_iso("2024").precision == "year"
    with pytest.raises(DateParseError):
        parse_partial_iso("2024-13")


def test_seasons_span_their_months() -> None:
    autumn = season_span(2024, "hösten")
    assert (autumn.start, autumn.end) == (date(2024, 9, 1), date(2024, 11, 30))
    winter = season_span(2024, "vintern")
    assert (winter.start, winter.end) == (date(2024, 12, 1), date(2025, 2, 28))


def test_year_and_weekday_resolution_against_a_report_date() -> None:
    sunday = date(2024, 11, 17)
    assert nearest_weekday(4, sunday) == date(2024, 11, 15)  # fredag: two days back
    assert nearest_weekday(0, sunday) == date(2024, 11, 18)  # måndag: tomorrow
    assert nearest_weekday(6, sunday) == sunday
    assert nearest_year(2, 18, date(2024, 11, 5)) == 2025  # '18 februari' said in November 2024
    assert nearest_year(4, 2, date(2025, 5, 28)) == 2025


def _pairs(text: str, anchor: date | None, day: bool = True) -> list[tuple[str, str, str]]:
    return [(m.text, m.date_start, m.date_end) for m in find_date_mentions(text, anchor, anchor_is_day=day)]


def test_mentions_in_the_november_report() -> None:
    anchor = date(2024, 11, 17)
    text = ("VGR har fredag 15 november fattat beslut. Under helgen 16-17 november planerades. "
            "Under den 18 och 19 november ställs vård in. Återstart tisdag morgon.")
    assert _pairs(text, anchor) == [
        ("15 november", "2024-11-15", "2024-11-15"),
        ("16-17 november", "2024-11-16", "2024-11-17"),
        ("den 18 och 19 november", "2024-11-18", "2024-11-18"),
        ("den 18 och 19 november", "2024-11-19", "2024-11-19"),
        ("tisdag", "2024-11-19", "2024-11-19"),
    ]


def test_mentions_iso_numeric_month_and_season() -> None:
    anchor = date(2024, 8, 22)
    text = "senast 2024-10-21 klockan 12:00, Full Dress Rehearsal 19/9, i maj 2021 och hösten 2024; RS 2024-05699, § 129."
    assert _pairs(text, anchor) == [
        ("2024-10-21", "2024-10-21", "2024-10-21"),
        ("19/9", "2024-09-19", "2024-09-19"),
        ("maj 2021", "2021-05-01", "2021-05-31"),
        ("hösten 2024", "2024-09-01", "2024-11-30"),
    ]


def test_yearless_dates_need_an_anchor() -> None:
    assert _pairs("driftstart den 12 november", None) == []
    assert _pairs("driftstart den 12 november", date(2024, 10, 22)) == [
        ("den 12 november", "2024-11-12", "2024-11-12")
    ]


def test_weekdays_only_against_a_day_anchor() -> None:
    assert _pairs("på måndag", date(2023, 3, 1), day=False) == []


def test_a_period_from_one_date_to_another_is_one_mention() -> None:
    anchor = date(2025, 11, 18)
    assert _pairs("Utbildningen pågick från den 12 januari till den 6 mars 2026.", anchor) == [
        ("från den 12 januari till den 6 mars 2026", "2026-01-12", "2026-03-06")]
    assert _pairs("stängt från den 20 december till den 10 januari", anchor) == [   # over the new year
        ("från den 20 december till den 10 januari", "2025-12-20", "2026-01-10")]
    assert _pairs("mellan 12 och 15 november 2024", anchor) == [("12 och 15 november 2024", "2024-11-12", "2024-11-15")]
    assert _pairs("den 12 och 15 november 2024", anchor) == [            # two days, not a period
        ("den 12 och 15 november 2024", "2024-11-12", "2024-11-12"),
        ("den 12 och 15 november 2024", "2024-11-15", "2024-11-15")]


def test_a_period_of_whole_months_is_one_mention() -> None:
    anchor = date(2025, 9, 23)
    assert _pairs("för perioden oktober–december 2025", anchor) == [("oktober–december 2025", "2025-10-01", "2025-12-31")]
    assert _pairs("från november till februari 2026", anchor) == [   # over the new year
        ("från november till februari 2026", "2025-11-01", "2026-02-28")]
    assert _pairs("september 2025–februari 2026", anchor) == [("september 2025–februari 2026", "2025-09-01", "2026-02-28")]
    assert _pairs("mellan mars och maj 2024", anchor) == [("mellan mars och maj 2024", "2024-03-01", "2024-05-31")]
    assert _pairs("i juni och augusti 2024", None) == [("augusti 2024", "2024-08-01", "2024-08-31")]  # two months


def test_a_month_without_a_year_is_placed_by_the_text_or_its_date() -> None:
    anchor = date(2025, 11, 18)  # an article of 18 November 2025
    assert _pairs("I oktober genomfördes integrationstester.", anchor) == [("I oktober", "2025-10-01", "2025-10-31")]
    assert _pairs("in October the tests ran", anchor) == [("in October", "2025-10-01", "2025-10-31")]
    assert _pairs("i maj 2024 och i juni", anchor) == [("maj 2024", "2024-05-01", "2024-05-31"),
                                                       ("i juni", "2024-06-01", "2024-06-30")]
    assert _pairs("I oktober genomfördes integrationstester.", None) == []
    assert _pairs("i 5 maj", anchor) == [("5 maj", "2026-05-05", "2026-05-05")]   # a day, not the month


def test_an_english_month_and_day_without_a_year_is_placed_by_the_anchor() -> None:
    assert _pairs("The agreement was signed on Aug. 21.", date(2029, 8, 23)) == [("Aug. 21", "2029-08-21", "2029-08-21")]
    assert _pairs("The agreement was signed on Aug. 21.", None) == []
    assert _pairs("signed on August 21, 2029", None) == [("August 21, 2029", "2029-08-21", "2029-08-21")]
