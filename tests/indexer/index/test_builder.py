"""``granska index`` with the real model and real Chroma: reuse, refusal, and a kill midway."""

from __future__ import annotations

from pathlib import Path

import pytest

from granska.errors import CorpusError
from indexer.index.builder import build_index, read_manifest
from indexer.index.layout import IndexLayout
from tests.conftest import settings_for
from tests.helpers import edit_document, kill_while_building

pytestmark = pytest.mark.integration


def test_rebuilding_reuses_vectors(tmp_path: Path, corpus_copy: Path) -> None:
    settings = settings_for(tmp_path / "home", corpus_copy)
    first = build_index(settings, progress=False)
    assert first.embedded == first.manifest.counts["chunks"] >= 308 and first.reused == 0
    again = build_index(settings, progress=False)
    assert again.unchanged and again.embedded == 0
    assert again.manifest.index_version == first.manifest.index_version
    forced = build_index(settings, force=True, progress=False)
    assert forced.embedded == 0 and forced.reused == forced.manifest.counts["chunks"]

    edit_document(corpus_copy, "regional-rapport-2024-11-17.txt", "Prestandan i Millennium rapporteras som ok.",
                   "Prestandan i Millennium rapporteras som god.")
    changed = build_index(settings, progress=False)
    assert changed.embedded == 1 and changed.manifest.index_version != first.manifest.index_version
    assert IndexLayout(settings.index_root).live() == changed.path


def test_a_corpus_with_errors_is_refused_and_the_live_index_stays(tmp_path: Path, corpus_copy: Path) -> None:
    settings = settings_for(tmp_path / "home", corpus_copy)
    live = build_index(settings, progress=False).path
    (corpus_copy / "regional-rapport-2024-10-11.txt").write_bytes(b"\xff\xfe trasig")
    with pytest.raises(CorpusError, match="regional-rapport-2024-10-11.txt"):
        build_index(settings, progress=False)
    assert IndexLayout(settings.index_root).live() == live


def test_killing_index_midway_leaves_the_old_index(tmp_path: Path, corpus_copy: Path) -> None:
    from service.retrieval.hybrid import HybridRetriever
    from service.retrieval.index import LoadedIndex

    home = tmp_path / "home"
    settings = settings_for(home, corpus_copy)
    old = build_index(settings, progress=False)
    before = [h.entry.entry_id for h in HybridRetriever(LoadedIndex.load(settings)).search("När driftsattes Millennium?").hits]

    kill_while_building(["index"], home, corpus_copy)

    layout = IndexLayout(home / "index")
    assert layout.live() == old.path
    assert read_manifest(layout.live()).index_version == old.manifest.index_version
    after = [h.entry.entry_id for h in HybridRetriever(LoadedIndex.load(settings)).search("När driftsattes Millennium?").hits]
    assert after == before
    # The next build cleans up the killed one and succeeds.
    rebuilt = build_index(settings_for(home, corpus_copy, chunk_max_tokens=64), progress=False)
    assert not rebuilt.unchanged and not list((home / "index" / "versions").glob(".build-*"))
