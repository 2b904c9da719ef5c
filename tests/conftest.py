"""Shared fixtures: the shipped corpus, parsed once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from indexer.corpus.loader import Corpus, load_corpus
from indexer.records import Entry

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The shipped corpus, parsed."""
    return load_corpus(CORPUS_DIR)


@pytest.fixture(scope="session")
def entries_by_doc(corpus: Corpus) -> dict[str, list[Entry]]:
    """Entries grouped by doc_id."""
    out: dict[str, list[Entry]] = {}
    for entry in corpus.entries:
        out.setdefault(entry.doc_id, []).append(entry)
    return out


@pytest.fixture()
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped corpus folder."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, target)
    return target


MODELS_DIR = ROOT / ".granska" / "models"  # the materialised model is shared by all tests (built once)


def settings_for(home: Path, corpus_dir: Path = CORPUS_DIR, **overrides):
    """Settings for an isolated data directory that still shares the materialised model."""
    from granska.settings import Settings

    return Settings(home=home, models_dir=MODELS_DIR, corpus_dir=corpus_dir, **overrides)


@pytest.fixture(scope="session")
def built_settings(tmp_path_factory: pytest.TempPathFactory):
    """Settings whose home holds an index built from the shipped corpus."""
    from indexer.index.builder import build_index

    settings = settings_for(tmp_path_factory.mktemp("home"))
    build_index(settings, progress=False)
    return settings


@pytest.fixture(scope="session")
def loaded_index(built_settings):
    """The shipped corpus's index, loaded (real model, real Chroma)."""
    from service.retrieval.index import LoadedIndex

    return LoadedIndex.load(built_settings)


class LiveServer:
    """A real uvicorn server on a free localhost port, in a background thread."""

    def __init__(self, app):  # noqa: ANN001
        import socket
        import threading

        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        import time

        self.thread.start()
        deadline = time.monotonic() + 120
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


@pytest.fixture(scope="session")
def live_api(built_settings):
    """The API over real HTTP on localhost, serving the shipped corpus's index."""
    from service.api.app import create_app

    with LiveServer(create_app(built_settings)) as server:
        yield server


class ChromaServer:
    """A real `chroma run` on a free localhost port, storing in ``path``; can be stopped and
    started again on the same port (to test outages)."""

    def __init__(self, path: Path):
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.path = path
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self) -> "ChromaServer":
        import subprocess
        import sys
        import time

        import httpx

        binary = Path(sys.executable).parent / "chroma"
        self.process = subprocess.Popen([str(binary), "run", "--path", str(self.path), "--host", "127.0.0.1",
                                         "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("chroma run did not start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory):
    """`chroma run` on localhost for the session."""
    server = ChromaServer(tmp_path_factory.mktemp("chroma")).start()
    yield server
    server.stop()
