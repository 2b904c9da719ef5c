"""Readiness without an index."""

from __future__ import annotations

import httpx
import pytest

from service.api.app import create_app
from tests.conftest import LiveServer, settings_for

pytestmark = pytest.mark.integration


def test_not_ready_without_an_index(tmp_path) -> None:
    settings = settings_for(tmp_path / "tom")
    with LiveServer(create_app(settings)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 503 and "granska index" in ready.json()["error"]["message"]
        asked = client.post("/v1/ask", json={"question": "När?"})
        assert asked.status_code == 503 and "inte redo" in asked.json()["error"]["message"]
        assert client.get("/healthz").status_code == 200
