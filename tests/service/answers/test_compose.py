"""Composing answer texts: the date or figure leads, periods become a dated list."""

from __future__ import annotations

from service.answers.compose import ABSTAIN, Part, compose

DRIFT = Part(1, "Millennium driftsätts.", "2024-11-12", "2024-11-12", "day", "05:30")
PAUSE = Part(2, "VGR beslutar att partiellt avbryta pilotdriftstestet.", "2024-11-15", "2024-11-15", "day", None)
MARCH = Part(1, "Under mars har vi avslutat cykel 4.", "2023-03-01", "2023-03-31", "month", None)


def test_when_leads_with_the_date() -> None:
    assert compose([DRIFT], "when", "sv", False) == "Den 12 november 2024 kl. 05:30: Millennium driftsätts. [1]"
    assert compose([MARCH], "when", "sv", False) == "I mars 2023: Under mars har vi avslutat cykel 4. [1]"
    assert compose([DRIFT], "when", "en", False) == "On 12 November 2024 at 05:30: Millennium driftsätts. [1]"


def test_how_many_leads_with_the_figure() -> None:
    part = Part(1, "Totalt 253 antal öppnade incidenter.", "2024-11-07", "2024-11-07", "day", None)
    assert compose([part], "how_many", "sv", False, figure="253") == "253: Totalt 253 antal öppnade incidenter. [1]"


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
