"""Actor detection and the normalisation of misspelt group names."""

from __future__ import annotations

import pytest

from indexer.actors import canonical_group, detect_actor

KONTRAKT = "Kontraktshanteringsstyrgrupp Millennium"


@pytest.mark.parametrize(
    ("word", "canonical"),
    [
        ("Kontrakthanteringsstyrgrupp", KONTRAKT),
        ("Kontrakthaneringsstyvgrupp", KONTRAKT),
        ("Kontraktstyrningsgrupp", KONTRAKT),
        ("Kontakthanteringsstyrgrupp", KONTRAKT),
        ("Konthanteringsstyrgrupp", KONTRAKT),
        ("Kontrakthanteringsstygrupp", KONTRAKT),
        ("Kontrakthanteringsstyrgruppen", KONTRAKT),
        ("Programstyvergrupp", "Programstyrgrupp Millennium"),
        ("Programstygrupp", "Programstyrgrupp Millennium"),
        ("Programledningsgrupp", "Programledningsgrupp Millennium"),
        ("Programledningsgruppen", "Programledningsgrupp Millennium"),
        ("Programmet", None),
        ("Kontraktet", None),
    ],
)
def test_group_variants(word: str, canonical: str | None) -> None:
    assert canonical_group(word) == canonical


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Regionstyrelsen beslutar att Oracle svenska AB blir leverantör till kärnsystemet.", "Regionstyrelsen"),
        ("Programstyvergrupp Millennium godkänner det officiella beslutet.", "Programstyrgrupp Millennium"),
        ("Kontrakthaneringsstyvgrupp Millennium beslutar om att deadline ska vara i augusti.", KONTRAKT),
        ("Information om status presenteras för Regionstyrelsens digitaliseringsberedning.",
         "Regionstyrelsens digitaliseringsberedning"),
        ("Regionchefsläkaren bedömer att det inte är patientsäkert.", "Regionchefsläkaren"),
        ("Hypercare Executive sync kommunicerar att slutanvändare uppmanas logga in.", "Hypercare Executive"),
        ("Representanter från leverantören lyfter till Programstyrgrupp Millennium att …", "Leverantören"),
        ("1. Regiondirektören utser Karin Looström Muth att leda arbetet.", "Regiondirektören"),
        ("Millennium driftsätts.", None),
        ("En interpellation skickas till Regionstyrelsen som ifrågasätter om Regionen är redo.", None),  # a recipient
        ("Regionfullmäktige ger mandat till regionstyrelsen att fatta beslut.", "Regionfullmäktige"),
    ],
)
def test_detect_actor(text: str, actor: str | None) -> None:
    assert detect_actor(text) == actor
