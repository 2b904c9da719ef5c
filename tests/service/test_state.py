"""A running service picks up a newly promoted index without a restart."""

from __future__ import annotations

import pytest

from indexer.index.builder import build_index
from service.state import ServiceState
from tests.conftest import settings_for
from tests.helpers import edit_document

pytestmark = pytest.mark.integration


def test_promoted_index_is_picked_up(tmp_path, corpus_copy) -> None:
    settings = settings_for(tmp_path / "home", corpus_copy)
    first = build_index(settings, progress=False)
    state = ServiceState(settings)
    before = state.current()
    assert before.path == first.path
    assert state.current() is before  # nothing changed: the same loaded index
    edit_document(corpus_copy, "regional-rapport-2024-10-11.txt", "Tidplanen för VGR:s verksamheter kommer inte",
                   "Tidplanen för VGR:s verksamheter ska inte")
    second = build_index(settings, progress=False)
    after = state.current()
    assert after.path == second.path != before.path
    assert after.index.encoder is before.index.encoder  # the model is reused, not reloaded
    hits = after.retriever.search("Tidplanen för VGR:s verksamheter ska inte påverkas", k=3).hits
    assert any("ska inte" in h.entry.text for h in hits)
