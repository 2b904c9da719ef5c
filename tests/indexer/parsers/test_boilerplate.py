"""Page furniture is never evidence: link lists, buttons, cookies, breadcrumbs, page numbers."""

from __future__ import annotations

import pytest

from indexer.parsers.boilerplate import is_boilerplate, without_boilerplate


@pytest.mark.parametrize("line", [
    "- [Dagligen: Regional rapport](#)", "[Samlad information på Insidan](https://insidan.example)",
    "Dela", "Skriv ut", "Läs också:", "Start > Nyheter > Millennium", "Sida 2 av 4", "1 (2)",
    "Vi använder kakor (cookies) för att webbplatsen ska fungera. Läs mer om kakor.",
    "Senast uppdaterad 4 september 2025", "https://www.vgregion.se/millennium",
    "**Dela:** [Facebook](https://f.example) · [LinkedIn](https://l.example) · [E-post](mailto:?subject=M)",
    "Följ oss: Facebook | Instagram", "---", "<!-- TESTDATA: fiktivt pressmeddelande -->",
    # a publication's masthead and issue line, a byline's e-mail address
    "TIDNINGEN SJUHÄRAD", "VGR NEWS IN ENGLISH – WEEKLY SUMMARY FOR INTERNATIONAL READERS", "Issue 5/2026",
    "Nummer 4 2025", "henrik.almqvist@tidningensjuharad.example", "Ladda ned bild (JPG, 4,2 MB)",
])
def test_furniture(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "VGR har fredag 15 november fattat beslut om att tillfälligt pausa breddinförandet.",
    "Dela upp arbetet i tre etapper.",          # a sentence that starts like a button
    "Dela ut pengarna till alla",
    "**Beslut**",
    "Regionstyrelsen > regionfullmäktige",      # one separator is not a breadcrumb
    "- Håkan Sandahl, regiondirektör",
    "SÄS och NU", "VGR",                        # capitals, but not a publication's name
    "BORÅS. I tisdags startade journalsystemet på nytt.",
    "Kontakt: anna.berg@vgregion.example",       # a contact line answers 'Vem kan jag kontakta?'
    "Ladda ned appen för att följa ärendet, sade hon.",  # a sentence that starts like a link
])
def test_content(line: str) -> None:
    assert not is_boilerplate(line)


def test_without_boilerplate_keeps_the_content_lines() -> None:
    text = "Dela\nRegionstyrelsen beslutar.\n- [Läs mer](#)\nSida 1 av 2"
    assert without_boilerplate(text) == "Regionstyrelsen beslutar."
    assert without_boilerplate("- [A](#)\n- [B](#)") == ""


def test_a_long_line_of_names_is_judged_at_once() -> None:
    """No backtracking blow-up on a line that nearly looks like a share row."""
    import time

    started = time.perf_counter()
    assert not is_boilerplate("Dela " + "Namn " * 200 + ".")
    assert time.perf_counter() - started < 0.5
