"""Scale-out: the index built into a `chroma run` server and two services sharing it."""

from __future__ import annotations

import pytest

from indexer.index.builder import build_index
from service.state import ServiceState
from tests.conftest import settings_for

pytestmark = pytest.mark.integration


def test_build_and_ask_against_a_chroma_server(tmp_path, chroma_server) -> None:
    settings = settings_for(tmp_path / "home", chroma_url=chroma_server.url)
    report = build_index(settings, progress=False)
    assert report.manifest.store == "server" and report.manifest.collection == f"granska-{report.manifest.index_version}"
    from indexer.stores.chroma_store import open_client

    client = open_client(None, chroma_server.url)
    assert client.get_collection(report.manifest.collection).count() == report.manifest.counts["chunks"]
    # two serving processes (here: two states) share the server and answer alike
    first, second = ServiceState(settings), ServiceState(settings)
    answers = [s.current().answerer.ask("När driftsattes Millennium?").text for s in (first, second)]
    assert answers[0] == answers[1] and answers[0].startswith("Den 12 november 2024 kl. 05:30")
    assert first.readiness() == (True, report.manifest.index_version)
