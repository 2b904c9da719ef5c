"""The granskare's workbench in real headless Chromium: the timeline chart, the document view,
the cited memo, keyboard use and contrast (axe-core), screenshots at 1280 and 390 pixels."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from indexer.records import Entry
from tests.conftest import ROOT
from tests.ui.conftest import ARTIFACTS, field
from ui.timeline_chart import timeline_figure

pytestmark = pytest.mark.integration

SCREENSHOTS = ROOT / "docs" / "screenshots"
REPEATED = "regional-rapport-2024-10-11.20241011.c4fb8329"  # "Millennium" occurs twice in its text


def shoot(page, name: str, full_page: bool = True) -> None:  # noqa: ANN001
    """A screenshot into test-artifacts/ (and docs/screenshots/ with GRANSKA_UPDATE_SCREENSHOTS=1)."""
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    if os.environ.get("GRANSKA_UPDATE_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, SCREENSHOTS / path.name)


def base(page) -> str:  # noqa: ANN001
    return re.match(r"https?://[^/]+", page.url).group(0)


def show_period(page, start: str, end: str) -> str:  # noqa: ANN001
    page.get_by_role("tab", name="Tidslinje").click()
    field(page, "timeline-from").fill(start)
    field(page, "timeline-to").fill(end)
    page.click("#timeline-show")
    page.wait_for_selector("#timeline-chart .js-plotly-plot .scatterlayer .point")
    page.wait_for_function("/^\\d+ poster/.test(document.querySelector('#timeline-count').innerText)")
    # the page's script binds the chart's events within half a second of each drawing
    page.wait_for_function("(() => { const p = document.querySelector('#timeline-chart .js-plotly-plot');"
                           " return p && p._ev && p._ev.listeners('plotly_click').length > 0; })()")
    return page.locator("#timeline-count").inner_text()


def ensure_answer(page) -> None:  # noqa: ANN001
    """The Fråga tab with at least one cited answer in the conversation."""
    page.get_by_role("tab", name="Fråga").click()
    if not page.locator("#granska-chat .granska-card").count():
        field(page, "granska-question").fill("När driftsattes Millennium?")
        page.click("#granska-send")
        page.wait_for_selector("#granska-chat .granska-card")
    # the tab fades in: measure colours only once nothing above the card is translucent
    page.wait_for_function("(() => { for (let e = document.querySelector('#granska-chat .granska-card'); e; e = e.parentElement)"
                           " if (getComputedStyle(e).opacity !== '1') return false; return true; })()")


def in_view(page, selector: str) -> bool:  # noqa: ANN001
    return page.evaluate("(sel) => { const r = document.querySelector(sel).getBoundingClientRect();"
                         " return r.top >= 0 && r.bottom <= window.innerHeight; }", selector)


def test_a_stretch_selected_on_the_chart_narrows_the_table(page) -> None:  # noqa: ANN001
    before = show_period(page, "2024-01-01", "2024-12-31")
    assert before.startswith("159 poster")
    shoot(page, "tidslinje-1280")
    box = page.locator("#timeline-chart .nsewdrag").first.bounding_box()
    y = box["y"] + box["height"] * 0.4
    page.mouse.move(box["x"] + box["width"] * 0.70, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.85, y, steps=10)
    page.mouse.up()
    page.wait_for_function("(before) => { const t = document.querySelector('#timeline-count').innerText;"
                           " return /^\\d+ poster/.test(t) && t !== before; }", arg=before)
    start, end = field(page, "timeline-from").input_value(), field(page, "timeline-to").input_value()
    assert "2024-01-01" < start < end < "2024-12-31"
    count = int(page.locator("#timeline-count").inner_text().split()[0])
    dates = page.locator("#timeline-table [role='gridcell'][data-col='0']").all_inner_texts()
    assert 0 < count < 159 and dates and all(start <= d.strip() <= end for d in dates)


def test_a_marker_clicked_opens_its_entry_in_context(page) -> None:  # noqa: ANN001
    show_period(page, "2024-11-12", "2024-11-12")
    page.locator("#timeline-chart .scatterlayer .point").first.click(force=True)
    page.wait_for_selector("#timeline-detail .granska-card")
    detail = page.locator("#timeline-detail").inner_text()
    assert "Posten" in detail and "12 november 2024" in detail and "Visa i dokumentet" in detail


def test_a_citation_opens_its_document_scrolled_to_the_highlighted_quote(page) -> None:  # noqa: ANN001
    page.get_by_role("tab", name="Fråga").click()
    field(page, "granska-question").fill("När driftsattes Millennium?")
    page.click("#granska-send")
    page.wait_for_selector("#granska-chat .granska-card .granska-doclink")
    with page.expect_popup() as popup:
        page.locator("#granska-chat .granska-card .granska-doclink").first.click()
    document = popup.value
    document.wait_for_selector("#granska-quote")
    assert document.locator("#granska-quote").inner_text() == "Millennium driftsätts."
    assert document.locator("section.marked").get_attribute("data-entry-id") == "tidslinje.20241112.8ad76ce4"
    assert document.evaluate("window.scrollY") > 1000 and in_view(document, "#granska-quote")
    shoot(document, "dokument-1280", full_page=False)
    document.close()


def test_a_quote_that_occurs_twice_is_highlighted_where_it_stands(page, browser) -> None:  # noqa: ANN001
    text = page.request.get(f"{base(page)}/v1/entries/{REPEATED}").json()["entry"]["text"]
    first = text.find("Millennium")
    second = text.find("Millennium", first + 1)
    assert 0 <= first < second
    document = browser.new_page(viewport={"width": 1280, "height": 900})
    document.goto(f"{base(page)}/dokument/regional-rapport-2024-10-11?entry={REPEATED}&start={second}&end={second + 10}")
    before = document.evaluate("(() => { const m = document.getElementById('granska-quote'); const r = document.createRange();"
                               " r.setStart(m.closest('section').querySelector('.entry-meta').nextSibling, 0);"
                               " r.setEndBefore(m); return r.toString(); })()")
    assert document.locator("#granska-quote").inner_text() == "Millennium"
    assert before.split() == text[:second].split()  # the second occurrence, not the first
    assert in_view(document, "#granska-quote")
    document.close()


def test_an_ocr_repaired_entry_has_its_original_one_click_away(page, browser) -> None:  # noqa: ANN001
    document = browser.new_page(viewport={"width": 1280, "height": 900})
    document.goto(f"{base(page)}/dokument/lagesrapport-2023-03?entry=lagesrapport-2023-03.20230301.ada624f4&start=0&end=40")
    assert document.locator("#granska-quote").inner_text() == "Under perioden har SIDU fortsatt arbetet"
    assert not document.locator("#granska-quote-original").is_visible()
    document.click("section.marked details summary")
    assert document.locator("#granska-quote-original").is_visible()
    assert "bestallning" in document.locator("section.marked details pre").inner_text()  # the OCR's own letters
    document.close()


def test_the_memo_downloads_and_libreoffice_reads_its_quotes(page, tmp_path: Path) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    ensure_answer(page)
    with page.expect_download() as download:
        page.click("#granska-memo-docx")
    memo = tmp_path / "granska-pm.docx"
    shutil.copy(download.value.path(), memo)
    done = subprocess.run([shutil.which("soffice") or "soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(memo)], capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "granska-pm.pdf").pages).split())
    assert "När driftsattes Millennium?" in text and "Millennium driftsätts." in text
    assert "tidslinje.20241112.8ad76ce4" in text and "index " in text
    with page.expect_download() as download:
        page.click("#granska-memo-md")
    assert "”Millennium driftsätts.” (post tidslinje.20241112.8ad76ce4)" in Path(download.value.path()).read_text(encoding="utf-8")


def test_the_timeline_selection_becomes_a_memo(page) -> None:  # noqa: ANN001
    show_period(page, "2024-11-12", "2024-11-12")
    with page.expect_download() as download:
        page.click("#timeline-memo-md")
    memo = Path(download.value.path()).read_text(encoding="utf-8")
    assert "## Tidslinje 2024-11-12 – 2024-11-12" in memo and "*5 poster*" in memo
    assert "Millennium driftsätts." in memo and "(post tidslinje.20241112.8ad76ce4)" in memo


def test_enter_asks_and_tab_reaches_every_control(page) -> None:  # noqa: ANN001
    page.get_by_role("tab", name="Fråga").click()
    page.click("#granska-new-conversation")
    page.wait_for_selector("#granska-chat .granska-card", state="detached")  # it also empties the question box
    question = field(page, "granska-question")
    question.fill("Vem beslutade om Go live?")
    question.press("Enter")
    page.wait_for_selector("#granska-chat .granska-answer, #granska-chat .granska-abstain")
    reached = set()
    page.locator("h1, .prose").first.click()
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("(() => { const e = document.activeElement; const box = e.closest('[id]');"
                                  " return box ? box.id : e.tagName; })()"))
    assert {"granska-question", "granska-send", "granska-from", "granska-to", "granska-new-conversation",
            "granska-export-csv", "granska-memo-docx", "granska-memo-md"} <= reached, reached


def test_cards_and_chart_pass_wcag_aa_contrast(page) -> None:  # noqa: ANN001
    """axe-core's colour-contrast rule (WCAG 2 AA, 1.4.3) on the answer's cards, the chart and
    the entry detail; the other WCAG A/AA findings there are written to test-artifacts/axe.json."""
    from axe_playwright_python.sync_playwright import Axe

    ensure_answer(page)
    wcag = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}}
    cards = Axe().run(page, context="#granska-chat", options=wcag)
    show_period(page, "2024-10-01", "2024-11-30")
    page.locator("#timeline-chart .scatterlayer .point").first.click(force=True)
    page.wait_for_selector("#timeline-detail .granska-card")
    chart = Axe().run(page, context={"include": [["#timeline-chart"], ["#timeline-detail"]]}, options=wcag)
    findings = {"cards": cards.response["violations"], "chart": chart.response["violations"]}
    (ARTIFACTS / "axe.json").write_text(json.dumps(findings, ensure_ascii=False, indent=1), encoding="utf-8")
    contrast = [node["html"] for found in findings.values() for v in found if v["id"] == "color-contrast" for node in v["nodes"]]
    assert contrast == []
    checked = [p for r in (cards, chart) for p in r.response["passes"] if p["id"] == "color-contrast"]
    assert sum(len(p["nodes"]) for p in checked) >= 10  # the rule did look at the cards' and the chart's text


def test_screenshots_at_390_pixels(page) -> None:  # noqa: ANN001
    page.set_viewport_size({"width": 390, "height": 860})
    try:
        show_period(page, "2024-10-01", "2024-11-30")
        shoot(page, "tidslinje-390")
        ensure_answer(page)
        shoot(page, "fraga-390")
    finally:
        page.set_viewport_size({"width": 1280, "height": 1000})
    page.get_by_role("tab", name="Fråga").click()
    shoot(page, "fraga-1280")


def test_the_document_view_at_390_pixels(page, browser) -> None:  # noqa: ANN001
    document = browser.new_page(viewport={"width": 390, "height": 860})
    document.goto(f"{base(page)}/dokument/regional-rapport-2024-10-11?entry={REPEATED}&start=0&end=40")
    assert in_view(document, "#granska-quote")
    assert document.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    shoot(document, "dokument-390", full_page=False)
    document.close()


def test_a_100_000_entry_span_renders_as_a_chart(browser, tmp_path: Path) -> None:  # noqa: ANN001
    """Times (logs, does not assert) the chart of 100 000 synthetic entries over 2013–2024."""
    import plotly

    start, actors = date(2013, 1, 1), [f"Aktör {i}" for i in range(12)] + [None]
    entries = [Entry(entry_id=f"s.{i:08x}", doc_id="s", ordinal=i, date_start=(d := (start + timedelta(days=i * 4383 // 100_000)).isoformat()),
                     date_end=d, time=None, date_precision="day", actor=actors[i % len(actors)], section=None,
                     text="Syntetisk post om Millennium.", text_original=None, char_start=0, char_end=29)
               for i in range(100_000)]
    began = time.perf_counter()
    figure_json = timeline_figure(entries).to_json()
    built_ms = (time.perf_counter() - began) * 1000
    script = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.set_content('<div id="chart" style="width:1200px"></div>')
    page.add_script_tag(path=str(script))
    rendered_ms = page.evaluate("""async (figure) => {
        const spec = JSON.parse(figure); const t0 = performance.now();
        await Plotly.newPlot('chart', spec.data, spec.layout); return performance.now() - t0; }""", figure_json)
    markers = page.locator("#chart .scatterlayer .point").count()
    page.close()
    line = (f"100 000 synthetic entries 2013–2024: figure built in {built_ms:.0f} ms, rendered in Chromium in "
            f"{rendered_ms:.0f} ms, {markers} markers")
    print(line)
    (ARTIFACTS / "chart-100k.txt").write_text(line + "\n", encoding="utf-8")
    assert 0 < markers < 2000  # drawn per lane and month, not per entry
