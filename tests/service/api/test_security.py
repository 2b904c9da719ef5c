"""Security: keys on every /v1 route of the OpenAPI schema, rate limits, CORS, error bodies, logs."""

from __future__ import annotations

import logging

import httpx
import pytest

from service.api.app import create_app
from tests.conftest import LiveServer

pytestmark = pytest.mark.integration

KEYS = ("hemlig-nyckel-1", "hemlig-nyckel-2")
ENTRY = "tidslinje.20241112.8ad76ce4"


def requests_for_schema(schema: dict) -> list[tuple[str, str, dict]]:
    """One valid request for every operation under /v1 in the OpenAPI schema."""
    out = []
    for path, operations in schema["paths"].items():
        if not path.startswith("/v1/"):
            continue
        for method in operations:
            url = path.replace("{entry_id}", ENTRY).replace("{model_id}", "granska").replace("{doc_id}", "tidslinje")
            kwargs: dict = {}
            if method == "post" and path == "/v1/chat/completions":
                kwargs["json"] = {"model": "granska", "messages": [{"role": "user", "content": "När driftsattes Millennium?"}]}
            elif method == "post":
                kwargs["json"] = {"question": "När driftsattes Millennium?"}
            if "q" in {p["name"] for p in operations[method].get("parameters", [])}:
                kwargs["params"] = {"q": "Millennium"}
            out.append((method, url, kwargs))
    return out


@pytest.fixture(scope="module")
def keyed(built_settings):
    settings = built_settings.model_copy(update={"api_keys": list(KEYS), "rate_limit_per_minute": 600})
    with LiveServer(create_app(settings)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


def test_no_v1_route_answers_without_a_valid_key(keyed: httpx.Client) -> None:
    routes = requests_for_schema(keyed.get("/openapi.json").json())
    assert {path for _, path, _ in routes} >= {"/v1/ask", "/v1/search", "/v1/timeline", "/v1/documents", f"/v1/entries/{ENTRY}",
                                               "/v1/chat/completions", "/v1/models", "/v1/models/granska", "/v1/documents/tidslinje"}
    for method, path, kwargs in routes:
        for headers in ({}, {"Authorization": "Bearer fel-nyckel"}, {"Authorization": KEYS[0]},
                        {"Authorization": f"Basic {KEYS[0]}"}, {"Authorization": f"Bearer {KEYS[0]}x"}):
            r = getattr(keyed, method)(path, headers=headers, **kwargs)
            assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer", (method, path, headers)
            assert KEYS[0] not in r.text
        ok = getattr(keyed, method)(path, headers={"Authorization": f"Bearer {KEYS[1]}"}, **kwargs)
        assert ok.status_code == 200, (method, path, ok.text)
    assert keyed.get("/v1/finns-inte").status_code == 401  # unknown /v1 paths are guarded too
    assert keyed.get("/healthz").status_code == 200 and keyed.get("/readyz").status_code == 200


def test_rate_limit_per_key(built_settings) -> None:
    settings = built_settings.model_copy(update={"api_keys": list(KEYS), "rate_limit_per_minute": 3})
    with LiveServer(create_app(settings, warm_up=False)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        first = {"Authorization": f"Bearer {KEYS[0]}"}
        codes = [client.get("/v1/documents", headers=first).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        limited = client.get("/v1/documents", headers=first)
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
        assert "för många anrop" in limited.json()["error"]["message"]
        other = client.get("/v1/documents", headers={"Authorization": f"Bearer {KEYS[1]}"})
        assert other.status_code == 200  # the other key has its own budget


def test_cors_is_off_unless_configured(built_settings, live_api) -> None:
    origin = {"Origin": "https://example.org"}
    with httpx.Client(base_url=live_api.url, timeout=60) as client:
        assert "access-control-allow-origin" not in client.get("/v1/documents", headers=origin).headers
    settings = built_settings.model_copy(update={"cors_origins": ["https://example.org"]})
    with LiveServer(create_app(settings, warm_up=False)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        allowed = client.get("/v1/documents", headers=origin)
        assert allowed.headers["access-control-allow-origin"] == "https://example.org"
        other = client.get("/v1/documents", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def test_internal_errors_have_no_stack_trace(built_settings, monkeypatch) -> None:
    from service.answers.answerer import Answerer

    def explode(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("hemlig intern detalj /etc/passwd")

    monkeypatch.setattr(Answerer, "ask", explode)
    with LiveServer(create_app(built_settings, warm_up=False)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        r = client.post("/v1/ask", json={"question": "När?"})
        assert r.status_code == 500 and r.json()["error"]["message"] == "ett internt fel inträffade; försök igen"
        assert "Traceback" not in r.text and "hemlig intern detalj" not in r.text and "RuntimeError" not in r.text
        assert client.get("/healthz").status_code == 200


def test_logs_carry_no_api_keys(keyed: httpx.Client, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    keyed.get("/v1/documents", headers={"Authorization": f"Bearer {KEYS[0]}"})
    keyed.get("/v1/documents", headers={"Authorization": "Bearer gissad-nyckel"})
    keyed.post("/v1/ask", json={"question": "x"}, headers={"Authorization": f"Bearer {KEYS[1]}"})
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert caplog.records and all(k not in text for k in (*KEYS, "gissad-nyckel"))
