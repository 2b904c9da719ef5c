"""The front door: every route of the app (FastAPI's and the UI's Gradio routes) is in the
policy table of docs/security.md, and every route the table marks 'nyckel' refuses a request
without a valid key; files outside the UI's export folder are never served."""

from __future__ import annotations

import fnmatch
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx
import pytest

from service.api.app import create_app
from service.api.front_door import every_route, is_open
from tests.conftest import MODELS_DIR, ROOT, LiveServer

pytestmark = pytest.mark.integration

KEY = "nyckel-for-dorren"
SECRET = "hemligt-innehåll-som-aldrig-får-visas"


def policy_table() -> list[tuple[list[str], str]]:
    """(patterns, who) for every row of the route table in docs/security.md, in order."""
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    block = text.split("<!-- routes:start -->")[1].split("<!-- routes:end -->")[0]
    rows = []
    for line in block.strip().splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows.append((re.findall(r"`([^`]+)`", cells[0]), cells[1]))
    return rows


def row_for(path: str, table: list[tuple[list[str], str]]) -> str | None:
    """'alla' or 'nyckel' for the first row with a pattern matching the path, None if none does."""
    for patterns, who in table:
        if any(fnmatch.fnmatchcase(path, p) for p in patterns):
            return who
    return None


def concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "x", path)


@pytest.fixture(scope="module")
def keyed(built_settings):
    settings = built_settings.model_copy(update={"api_keys": [KEY]})
    app = create_app(settings, warm_up=False)
    with LiveServer(app) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        yield app, client


def test_every_route_is_in_the_table_and_the_key_check_covers_it(keyed) -> None:
    app, client = keyed
    table = policy_table()
    routes = sorted(set(every_route(app.routes)))
    assert len(routes) > 60 and any(p.startswith("/gradio_api/") for p, _ in routes)
    uncovered = [p for p, _ in routes if row_for(p, table) is None]
    assert uncovered == [], f"routes missing from docs/security.md: {uncovered}"
    for path, methods in routes:
        who = row_for(path, table)
        assert (who == "alla") == is_open(path), (path, who)
        if who == "alla":
            continue
        for method in sorted(methods - {"HEAD"}):
            r = client.request("GET" if method == "WEBSOCKET" else method, concrete(path), json={} if method != "GET" else None)
            assert r.status_code == 401, (method, path, r.status_code)
            assert r.headers["www-authenticate"] == "Bearer" and r.json()["error"]["code"] == "unauthorized"


def test_gradio_api_and_ui_need_a_key_or_a_log_in(keyed) -> None:
    _, client = keyed
    assert client.post("/gradio_api/call/ask", json={"data": ["När driftsattes Millennium?"]}).status_code == 401
    assert client.get("/gradio_api/call/ask/abc123").status_code == 401
    assert client.get("/gradio_api/info").status_code == 401
    assert client.post("/gradio_api/queue/join", json={"fn_index": 0, "data": [], "session_hash": "x"}).status_code == 401
    page = client.get("/", headers={"accept": "text/html"})
    assert page.status_code == 303 and page.headers["location"] == "/login?next=%2F"
    assert "API-nyckel" in client.get("/login").text
    wrong = client.post("/login", data={"key": "gissning", "next": "/"})
    assert wrong.status_code == 401 and "Fel API-nyckel" in wrong.text and "granska_session" not in wrong.cookies
    assert client.get("/gradio_api/info", headers={"Authorization": f"Bearer {KEY}"}).status_code == 200
    with httpx.Client(base_url=str(client.base_url), timeout=60) as browser:
        logged_in = browser.post("/login", data={"key": KEY, "next": "//evil.example/"})
        assert logged_in.status_code == 303 and logged_in.headers["location"] == "/"  # no open redirect
        assert browser.get("/gradio_api/info").status_code == 200
        assert browser.get("/", headers={"accept": "text/html"}).status_code == 200
        browser.get("/logout")
        assert browser.get("/gradio_api/info").status_code == 401
    assert client.get("/healthz").status_code == 200 and client.get("/readyz").status_code == 200


def probes(tmp_file: Path) -> list[str]:
    """Requests for a file outside the export folder through every file-serving route Gradio has."""
    t = str(tmp_file)
    up = "..%2F" * 8
    return [
        f"/gradio_api/file={t}", f"/gradio_api/file/{t}", f"/gradio_api/file={t.replace('/', '%2F')}",
        "/gradio_api/file=/etc/passwd", "/gradio_api/file/etc/passwd", f"/gradio_api/file=../../../../../..{t}",
        f"/gradio_api/file=%2e%2e/%2e%2e/%2e%2e/%2e%2e{t}", f"/gradio_api/file=.granska/exports/../../../../../..{t}",
        f"/gradio_api/file=%252e%252e%252f%252e%252e%252f{t}", "/gradio_api/file=pyproject.toml",
        "/gradio_api/file=corpus/manifest.jsonl", f"/static/{up}{t}", f"/assets/{up}{t}", f"/svelte/{up}{t}",
        f"/gradio_api/proxy=file://{t}", f"/gradio_api/custom_component/x/y/z/{up}{t}",
        f"/gradio_api/run-history/records/x/y/assets/{up}{t}", f"/gradio_api/stream/x/y/z/playlist-file?path={t}",
    ]


@pytest.mark.parametrize("keys", [[], [KEY]], ids=["utan-nycklar", "med-nyckel"])
def test_no_file_outside_the_exports_is_served(built_settings, keys) -> None:
    secret = Path(tempfile.mkdtemp()) / "hemlig.txt"
    secret.write_text(SECRET, encoding="utf-8")
    settings = built_settings.model_copy(update={"api_keys": keys})
    with LiveServer(create_app(settings, warm_up=False)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        if keys:
            assert all(client.get(p).status_code == 401 for p in probes(secret))
            client.post("/login", data={"key": KEY, "next": "/"})
        for path in probes(secret):
            r = client.get(path)
            assert r.status_code in (400, 403, 404, 422), (path, r.status_code)
            assert SECRET not in r.text and "root:" not in r.text and "[project]" not in r.text, path


def test_question_limit_comes_from_the_settings(built_settings) -> None:
    settings = built_settings.model_copy(update={"max_question_chars": 40})
    long_question = "När beslutade regionstyrelsen om upphandlingen av kärnsystemet?"  # 63 characters
    with LiveServer(create_app(settings, warm_up=False, ui=False)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        asked = client.post("/v1/ask", json={"question": long_question})
        assert asked.status_code == 422 and "högst 40" in asked.json()["error"]["message"]
        searched = client.get("/v1/search", params={"q": long_question})
        assert searched.status_code == 422 and "högst 40" in searched.json()["error"]["message"]
        chatted = client.post("/v1/chat/completions", json={"model": "granska", "messages": [{"role": "user", "content": long_question}]})
        assert chatted.status_code == 422 and "högst 40" in chatted.json()["error"]["message"]
        assert client.post("/v1/ask", json={"question": "När driftsattes Millennium?"}).status_code == 200
    env = {"GRANSKA_HOME": str(built_settings.home), "GRANSKA_MODELS_DIR": str(MODELS_DIR), "GRANSKA_MAX_QUESTION_CHARS": "40",
           "PATH": "/usr/bin:/bin"}
    cli = subprocess.run([sys.executable, "-m", "granska.cli", "ask", long_question], env=env, capture_output=True, text=True)
    assert cli.returncode == 2 and "högst 40" in cli.stderr + cli.stdout


def test_openapi_declares_the_bearer_scheme(keyed) -> None:
    _, client = keyed
    schema = client.get("/openapi.json").json()
    assert schema["components"]["securitySchemes"]["HTTPBearer"] == {
        "type": "http", "scheme": "bearer", "description": schema["components"]["securitySchemes"]["HTTPBearer"]["description"]}
    for path in ("/v1/ask", "/v1/search", "/v1/timeline", "/v1/documents", "/v1/entries/{entry_id}"):
        operation = next(iter(schema["paths"][path].values()))
        assert operation["security"] == [{"HTTPBearer": []}], path
