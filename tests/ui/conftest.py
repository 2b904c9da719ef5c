"""Browser fixtures: Debian's Chromium driven by Playwright (no browser is downloaded), and the
UI served over real HTTP."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.api.app import create_app
from tests.conftest import ROOT, LiveServer

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} saknas: installera Debians chromium (make test gör det)")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def page(built_settings, browser):
    with LiveServer(create_app(built_settings)) as server:
        page = browser.new_page(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
        page.set_default_timeout(60_000)
        page.goto(server.url + "/", wait_until="domcontentloaded")
        page.wait_for_selector("#granska-question")
        yield page
        page.close()


def field(page, elem_id: str):  # noqa: ANN001, ANN201
    return page.locator(f"#{elem_id} textarea, #{elem_id} input").first


