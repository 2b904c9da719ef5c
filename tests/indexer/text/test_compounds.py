"""Swedish compounds split into known words (expected parts worked out by hand)."""

from __future__ import annotations

import pytest

from indexer.text.compounds import compound_parts


@pytest.mark.parametrize(("word", "parts"), [
    ("vårdinformationssystem", ("vård", "information", "system")),  # the linking s dropped
    ("Regionfullmäktige", ("region", "fullmäktige")),
    ("patientsäkerhet", ("patient", "säkerhet")),                     # not säker|het: -het is an ending
    ("verksamheter", ()),                                             # not verksam|heter: its plural too
    ("journalsystemet", ("journal", "systemet")),
    ("sjukhus", ()),                                                  # shorter than 8 letters
    ("upphandlingen", ()),                                            # 'upp' is a particle, not a part
    ("samverkan", ()),                                                # no split into common words
])
def test_compound_parts(word: str, parts: tuple[str, ...]) -> None:
    assert compound_parts(word) == parts
