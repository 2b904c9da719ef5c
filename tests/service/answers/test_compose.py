"""Composing answer texts: what was asked leads, periods become a dated list."""

from __future__ import annotations

from service.answers.compose import ABSTAIN, Part, compose, empty_period

DRIFT = Part(n=1, quote="Millennium driftsätts.", date_start="2024-11-12", date_end="2024-11-12", precision="day", time="05:30")
PAUSE = Part(n=2, quote="VGR beslutar att partiellt avbryta pilotdriftstestet.", date_start="2024-11-15",
             date_end="2024-11-15", precision="day", time=None)
MARCH = Part(n=1, quote="Under mars har vi avslutat cykel 4.", date_start="2023-03-01", date_end="2023-03-31",
             precision="month", time=None)


def test_when_leads_with_the_date() -> None:
    assert compose([DRIFT], "when", "sv", False) == "Den 12 november 2024 kl. 05:30: Millennium driftsätts. [1]"
    assert compose([MARCH], "when", "sv", False) == "I mars 2023: Under mars har vi avslutat cykel 4. [1]"
    assert compose([DRIFT], "when", "en", False) == "On 12 November 2024 at 05:30: Millennium driftsätts. [1]"
    # a date the sentence names (the event's) leads instead of the entry's
    assert compose([MARCH], "when", "sv", False, lead="Den 2 april 2023").startswith("Den 2 april 2023: Under mars")


def test_what_time_leads_with_the_clock() -> None:
    assert compose([DRIFT], "what_time", "sv", False, lead="05:30") == "Kl. 05:30 den 12 november 2024: Millennium driftsätts. [1]"
    assert compose([DRIFT], "what_time", "en", False) == "At 05:30 on 12 November 2024: Millennium driftsätts. [1]"


def test_figures_and_amounts_lead() -> None:
    part = Part(n=1, quote="Totalt 253 antal öppnade incidenter.", date_start="2024-11-07", date_end="2024-11-07",
                precision="day", time=None)
    assert compose([part], "how_many", "sv", False, lead="253") == "253: Totalt 253 antal öppnade incidenter. [1]"


def test_a_period_is_a_chronological_list() -> None:
    text = compose([PAUSE, DRIFT], "what", "sv", True)
    assert text.splitlines() == [
        "I datumordning:",
        "- 12 november 2024 kl. 05:30 — Millennium driftsätts. [1]",
        "- 15 november 2024 — VGR beslutar att partiellt avbryta pilotdriftstestet. [2]",
    ]
    assert compose([DRIFT], "what", "en", True).splitlines()[0] == "In date order:"


def test_nothing_to_cite_is_an_abstention() -> None:
    assert compose([], "what", "sv", False) == ABSTAIN["sv"] == "Källorna besvarar inte frågan."
    assert compose([], "what", "en", False) == "The sources do not answer this."
    assert empty_period("sv", "förra veckan (16–22 november 2026)") == "Källorna har inga poster från förra veckan (16–22 november 2026)."
    assert empty_period("sv", "november 2024", "Regionstyrelsen") == "Källorna har inga poster om Regionstyrelsen från november 2024."
    assert empty_period("en", "November 2024", "Regionstyrelsen") == "The sources have no entries of Regionstyrelsen from November 2024."


def test_a_period_in_words_reads_at_the_ends_of_the_calendar() -> None:
    """A request's period may end on the last day there is (9999-12-31: no day after it to test
    for a whole month) or be open at its start ('no entries from the time up to …')."""
    from datetime import date

    from service.answers.compose import period_words
    from service.retrieval.question_dates import DateFilter

    december = DateFilter(date(9999, 12, 1), date(9999, 12, 31), "period", "request")
    assert period_words(december, "sv") == "december 9999"
    up_to = DateFilter(None, date(2013, 1, 1), "period", "request")
    assert empty_period("sv", period_words(up_to, "sv")) == "Källorna har inga poster från tiden fram till 2013-01-01."
    assert empty_period("en", period_words(up_to, "en")) == "The sources have no entries from the time up to 2013-01-01."
