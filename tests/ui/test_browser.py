"""The UI in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from service.api.app import create_app
from tests.conftest import ROOT, LiveServer
from tests.ui.conftest import ARTIFACTS, field

pytestmark = pytest.mark.integration

def test_ask_see_a_dated_citation_and_export_it(page) -> None:  # noqa: ANN001
    field(page, "granska-question").fill("När driftsattes Millennium?")
    page.click("#granska-send")
    page.wait_for_selector("#granska-chat .granska-card")
    card = page.locator("#granska-chat .granska-card").first.inner_text()
    assert "12 november 2024 kl. 05:30" in card and "tidslinje.20241112.8ad76ce4" in card
    assert "Den 12 november 2024" in page.locator("#granska-chat .granska-answer").first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "fraga.png"), full_page=True)
    with page.expect_download() as download:
        page.click("#granska-export-csv")
    rows = list(csv.DictReader(open(download.value.path(), encoding="utf-8")))
    assert [(r["datum"], r["tid"], r["entry_id"]) for r in rows] == [("2024-11-12", "05:30", "tidslinje.20241112.8ad76ce4")]
    assert rows[0]["citat"] == "Millennium driftsätts." and rows[0]["index_version"]
    with page.expect_download() as download:
        page.click("#granska-export-md")
    assert "Millennium driftsätts." in Path(download.value.path()).read_text(encoding="utf-8")


def test_empty_question_gives_a_friendly_message(page) -> None:  # noqa: ANN001
    field(page, "granska-question").fill("   ")
    page.click("#granska-send")
    page.wait_for_selector("text=Frågan är tom")


def test_inferred_date_filter_is_shown_and_can_be_cleared(page) -> None:  # noqa: ANN001
    field(page, "granska-question").fill("Vad hände i oktober 2024?")
    page.click("#granska-send")
    page.wait_for_selector("#granska-filter:has-text('Datumfilter ur frågan: 2024-10-01 – 2024-10-31')")
    before = page.locator("#granska-chat .granska-filter").count()
    page.get_by_role("button", name="Ta bort datumfiltret ur frågan och fråga igen").click()
    page.wait_for_function("document.querySelectorAll('#granska-chat .granska-card').length > 0 && "
                           "document.querySelector('#granska-filter').innerText.trim() === ''")
    assert page.locator("#granska-chat .granska-filter").count() == before


def _ask(page, text: str, answers: int) -> None:  # noqa: ANN001
    field(page, "granska-question").fill(text)
    page.click("#granska-send")
    page.wait_for_function(f"document.querySelectorAll('#granska-chat .granska-answer, #granska-chat .granska-abstain')"
                           f".length === {answers}")


def test_a_three_turn_conversation_is_read_as_one(page) -> None:  # noqa: ANN001
    page.click("#granska-new-conversation")
    page.wait_for_function("document.querySelectorAll('#granska-chat .granska-answer, #granska-chat .granska-abstain')"
                           ".length === 0")
    _ask(page, "När pausades breddinförandet i södra området?", 1)
    assert page.locator("#granska-chat .granska-resolved").count() == 0
    _ask(page, "Vem beslutade det?", 2)
    resolved = page.locator("#granska-chat .granska-resolved").first.inner_text()
    assert resolved.startswith("Tolkat som: Vem beslutade det") and "pausades breddinförandet i södra området" in resolved
    _ask(page, "Vad hände sedan?", 3)
    assert page.locator("#granska-chat .granska-resolved").count() == 2
    assert page.locator("#granska-as-written").is_visible()
    with page.expect_download() as download:
        page.click("#granska-export-csv")
    rows = list(csv.DictReader(open(download.value.path(), encoding="utf-8")))
    assert any(r["fråga"] == "Vem beslutade det?" and "pausades" in r["tolkad som"] for r in rows)
    page.screenshot(path=str(ARTIFACTS / "samtal.png"), full_page=True)
    page.click("#granska-as-written")  # 'Vad hände sedan?' alone: there is nothing it can follow
    page.wait_for_function("document.querySelectorAll('#granska-chat .granska-answer, #granska-chat .granska-abstain')"
                           ".length === 4")
    assert "syftar på något tidigare" in page.locator("#granska-chat .granska-abstain").last.inner_text()
    assert page.locator("#granska-chat .granska-resolved").count() == 2
    page.click("#granska-new-conversation")
    page.wait_for_function("document.querySelectorAll('#granska-chat .granska-answer').length === 0")


def test_timeline_filtered_to_a_month(page) -> None:  # noqa: ANN001
    page.get_by_role("tab", name="Tidslinje").click()
    field(page, "timeline-from").fill("2024-10-01")
    field(page, "timeline-to").fill("2024-10-31")
    page.click("#timeline-show")
    page.wait_for_selector("#timeline-count:has-text('poster')")
    assert page.locator("#timeline-count").inner_text().startswith("42 poster")
    page.wait_for_selector("#timeline-table [data-testid='cell-0-0']")
    dates = page.locator("#timeline-table [role='gridcell'][data-col='0']").all_inner_texts()
    assert dates and all(d.strip().startswith("2024-10") for d in dates)
    page.locator("#timeline-table [data-testid='cell-1-4']").click()
    page.wait_for_selector("#timeline-detail .granska-card")
    detail = page.locator("#timeline-detail").inner_text()
    assert "Posten" in detail and ("Föregående post" in detail or "Nästa post" in detail)
    page.screenshot(path=str(ARTIFACTS / "tidslinje.png"), full_page=True)


def test_sources_tab_lists_the_documents(page) -> None:  # noqa: ANN001
    page.get_by_role("tab", name="Källor").click()
    page.wait_for_selector("#sources-version:has-text('Indexversion')")
    text = page.locator("#sources-table").inner_text()
    assert "Tidslinje över beslut och händelser" in text and "mötesunderlag" in text
    page.screenshot(path=str(ARTIFACTS / "kallor.png"), full_page=True)
    docs = ROOT / "docs" / "screenshots"
    if docs.is_dir():  # keep the README's screenshots current when run in a checkout
        for name in ("fraga.png", "tidslinje.png", "kallor.png"):
            if (ARTIFACTS / name).exists():
                shutil.copy(ARTIFACTS / name, docs / name)


KEY = "webbnyckel-1"


@pytest.fixture(scope="module")
def keyed_server(built_settings):
    settings = built_settings.model_copy(update={"api_keys": [KEY], "rate_limit_per_minute": 4, "max_question_chars": 60})
    with LiveServer(create_app(settings, warm_up=False)) as server:
        yield server


def test_with_keys_the_ui_needs_a_log_in_and_obeys_the_api_limits(keyed_server, browser) -> None:
    import httpx

    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.set_default_timeout(60_000)
    page.goto(keyed_server.url + "/", wait_until="domcontentloaded")
    assert "/login" in page.url
    page.fill("#nyckel", "fel-nyckel")
    page.click("button[type=submit]")
    page.wait_for_selector("text=Fel API-nyckel")
    page.fill("#nyckel", KEY)
    page.click("button[type=submit]")
    page.wait_for_selector("#granska-question")
    field(page, "granska-question").fill("När driftsattes Millennium?")
    page.click("#granska-send")
    page.wait_for_selector("#granska-chat .granska-card")
    assert "Den 12 november 2024" in page.locator("#granska-chat .granska-answer").first.inner_text()
    field(page, "granska-question").fill("Vilka beslut fattade regionstyrelsen om upphandlingen av kärnsystemet?")
    page.click("#granska-send")
    page.wait_for_selector("text=högst 60")
    with httpx.Client(base_url=keyed_server.url, timeout=60) as client:  # the same key's bucket: 4 a minute
        codes = [client.get("/v1/documents", headers={"Authorization": f"Bearer {KEY}"}).status_code for _ in range(4)]
    assert codes[-1] == 429 and codes[0] == 200
    field(page, "granska-question").fill("När driftsattes Millennium?")
    page.click("#granska-send")
    page.wait_for_selector("text=för många anrop")
    assert page.locator("#granska-chat .granska-answer").count() == 1
    page.goto(keyed_server.url + "/logout")
    assert "/login" in page.url
    page.close()
