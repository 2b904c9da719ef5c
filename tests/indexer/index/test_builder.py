"""``granska index`` with the real model and real Chroma: reuse, refusal, and a kill midway."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from granska.errors import CorpusError
from indexer.index.builder import build_index, read_manifest
from indexer.index.layout import IndexLayout
from tests.conftest import MODELS_DIR, settings_for

pytestmark = pytest.mark.integration


def _edit_document(corpus_dir: Path, file_name: str, old: str, new: str) -> None:
    """Change a document and record its new checksum, as a maintainer would."""
    path = corpus_dir / file_name
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    manifest = corpus_dir / "manifest.jsonl"
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        if row["file"] == file_name:
            row["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    manifest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_rebuilding_reuses_vectors(tmp_path: Path, corpus_copy: Path) -> None:
    settings = settings_for(tmp_path / "home", corpus_copy)
    first = build_index(settings, progress=False)
    assert first.embedded == first.manifest.counts["chunks"] >= 310 and first.reused == 0
    again = build_index(settings, progress=False)
    assert again.unchanged and again.embedded == 0
    assert again.manifest.index_version == first.manifest.index_version
    forced = build_index(settings, force=True, progress=False)
    assert forced.embedded == 0 and forced.reused == forced.manifest.counts["chunks"]

    _edit_document(corpus_copy, "regional-rapport-2024-11-17.txt", "Prestandan i Millennium rapporteras som ok.",
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

    # Smaller chunks change every chunk, so the rebuild must embed everything: time to kill it.
    env = {**os.environ, "GRANSKA_HOME": str(home), "GRANSKA_MODELS_DIR": str(MODELS_DIR),
           "GRANSKA_CORPUS_DIR": str(corpus_copy), "GRANSKA_CHUNK_MAX_TOKENS": "64"}
    process = subprocess.Popen([sys.executable, "-m", "granska.cli", "index"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    versions = home / "index" / "versions"
    deadline = time.monotonic() + 120
    while not list(versions.glob(".build-*")) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the build finished before it could be killed"
    time.sleep(1.0)  # well into embedding
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)

    layout = IndexLayout(home / "index")
    assert layout.live() == old.path
    assert read_manifest(layout.live()).index_version == old.manifest.index_version
    after = [h.entry.entry_id for h in HybridRetriever(LoadedIndex.load(settings)).search("När driftsattes Millennium?").hits]
    assert after == before
    # The next build cleans up the killed one and succeeds.
    rebuilt = build_index(settings_for(home, corpus_copy, chunk_max_tokens=64), progress=False)
    assert not rebuilt.unchanged and not list(versions.glob(".build-*"))
