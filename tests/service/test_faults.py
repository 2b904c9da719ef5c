"""Faults: the Chroma server stopping and returning, kill -9 during an update, a data directory
that cannot be written. The served index must stay the old one and keep answering."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import httpx
import numpy as np
import pytest

from granska.errors import GranskaError
from granska.errors import IndexWriteError
from indexer.index.builder import build_index
from indexer.index.layout import IndexLayout
from service.api.app import create_app
from tests.conftest import MODELS_DIR, ChromaServer, LiveServer, settings_for
from tests.evals.test_eval_and_update import TIMELINE
from tests.helpers import edit_document, kill_while_building

pytestmark = pytest.mark.integration

QUESTION = {"question": "När driftsattes Millennium?"}


def test_chroma_outage_gives_503_and_recovers_without_restart(tmp_path) -> None:
    chroma = ChromaServer(tmp_path / "chroma").start()
    try:
        settings = settings_for(tmp_path / "home", chroma_url=chroma.url)
        build_index(settings, progress=False)
        with LiveServer(create_app(settings, ui=False)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
            assert client.post("/v1/ask", json=QUESTION).status_code == 200
            chroma.stop()
            ready = client.get("/readyz")
            assert ready.status_code == 503 and "Chroma" in ready.json()["error"]["message"]
            down = client.post("/v1/ask", json=QUESTION)
            assert down.status_code == 503 and "vektorlagret svarar inte" in down.json()["error"]["message"]
            assert client.get("/healthz").status_code == 200
            chroma.start()
            assert client.get("/readyz").status_code == 200
            assert client.post("/v1/ask", json=QUESTION).json()["answer"].startswith("Den 12 november 2024")
    finally:
        chroma.stop()


def test_kill_during_update_leaves_the_served_index(tmp_path, corpus_copy) -> None:
    home = tmp_path / "home"
    settings = settings_for(home, corpus_copy)
    old = build_index(settings, progress=False)
    with LiveServer(create_app(settings, ui=False)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        before = client.post("/v1/ask", json=QUESTION).json()
        edit_document(corpus_copy, TIMELINE, "kl. 05:30 12 november 2024\nMillennium driftsätts.", "kl. 05:30 13 november 2024\nMillennium driftsätts.")
        kill_while_building(["update", str(corpus_copy)], home)
        assert IndexLayout(home / "index").live() == old.path
        after = client.post("/v1/ask", json=QUESTION).json()
        assert after["answer"] == before["answer"] and after["index_version"] == before["index_version"]


def test_unwritable_data_directory_is_a_clear_error(tmp_path) -> None:
    blocker = tmp_path / "fil"
    blocker.write_text("inte en mapp")
    env = {**os.environ, "GRANSKA_HOME": str(blocker / "home"), "GRANSKA_MODELS_DIR": str(MODELS_DIR)}
    result = subprocess.run([sys.executable, "-m", "granska.cli", "index"], env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert "fel:" in result.stderr and "kunde inte skrivas" in result.stderr and "Traceback" not in result.stderr


def test_disk_full_during_a_build_keeps_the_live_index(tmp_path, corpus_copy, monkeypatch) -> None:
    settings = settings_for(tmp_path / "home", corpus_copy)
    live = build_index(settings, progress=False)

    def full(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "home" / "index"))

    monkeypatch.setattr(np, "save", full)
    with pytest.raises(IndexWriteError, match="No space left on device") as info:
        build_index(settings, force=True, progress=False)
    assert isinstance(info.value, GranskaError) and "det aktiva indexet är orört" in str(info.value)
    assert IndexLayout(settings.index_root).live() == live.path
    assert not list((Path(settings.index_root) / "versions").glob(".build-*"))
