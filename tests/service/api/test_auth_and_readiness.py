"""API keys on /v1 (health stays open), and readiness without an index."""

from __future__ import annotations

import httpx
import pytest

from service.api.app import create_app
from tests.conftest import LiveServer, settings_for

pytestmark = pytest.mark.integration


def test_keys_guard_every_v1_route(built_settings) -> None:
    settings = built_settings.model_copy(update={"api_keys": "hemlig-1, hemlig-2"})
    with LiveServer(create_app(settings)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        routes = [("post", "/v1/ask", {"json": {"question": "När driftsattes Millennium?"}}),
                  ("get", "/v1/search", {"params": {"q": "Millennium"}}), ("get", "/v1/timeline", {}),
                  ("get", "/v1/documents", {}), ("get", "/v1/entries/tidslinje.20241112.8ad76ce4", {})]
        for method, path, kwargs in routes:
            for headers in ({}, {"Authorization": "Bearer fel"}, {"Authorization": "hemlig-1"}):
                r = getattr(client, method)(path, headers=headers, **kwargs)
                assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer", (path, headers)
            ok = getattr(client, method)(path, headers={"Authorization": "Bearer hemlig-2"}, **kwargs)
            assert ok.status_code == 200, (path, ok.text)
        assert client.get("/healthz").status_code == 200 and client.get("/readyz").status_code == 200


def test_not_ready_without_an_index(tmp_path) -> None:
    settings = settings_for(tmp_path / "tom")
    with LiveServer(create_app(settings)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 503 and "granska index" in ready.json()["error"]["message"]
        asked = client.post("/v1/ask", json={"question": "När?"})
        assert asked.status_code == 503 and "inte redo" in asked.json()["error"]["message"]
        assert client.get("/healthz").status_code == 200
