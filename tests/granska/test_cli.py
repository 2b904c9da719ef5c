"""The command line: corpus check and entries, including the exit code on errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from granska.cli import app
from indexer.records import ENTRY_FIELDS

runner = CliRunner()


def test_check_passes_on_the_shipped_corpus() -> None:
    result = runner.invoke(app, ["corpus", "check"])
    assert result.exit_code == 0, result.output
    assert "tidslinje" in result.output and "308 poster i 5 dokument, 0 fel." in result.output


def test_check_fails_and_names_the_file(corpus_copy: Path) -> None:
    (corpus_copy / "regional-rapport-2024-11-17.txt").write_bytes("Sammanstalld: 2024-11-17\nVästra".encode("latin-1"))
    result = runner.invoke(app, ["corpus", "check", "--corpus", str(corpus_copy)])
    assert result.exit_code == 1
    assert "regional-rapport-2024-11-17.txt:2" in result.output and "UTF-8" in result.output


def test_entries_json_has_exactly_the_contract_fields() -> None:
    result = runner.invoke(app, ["corpus", "entries", "--json"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 308
    assert all(tuple(row) == ENTRY_FIELDS for row in rows)
    assert len({row["entry_id"] for row in rows}) == 308
    assert {row["date_precision"] for row in rows} <= {"day", "month", "year", "none"}


@pytest.mark.integration
def test_index_and_search_commands(built_settings, monkeypatch) -> None:
    from granska.settings import get_settings

    for name, value in (("GRANSKA_HOME", built_settings.home), ("GRANSKA_MODELS_DIR", built_settings.model_cache)):
        monkeypatch.setenv(name, str(value))
    get_settings.cache_clear()
    try:
        indexed = runner.invoke(app, ["index"])
        assert indexed.exit_code == 0 and "Indexet är aktuellt" in indexed.output
        result = runner.invoke(app, ["search", "Vad hände i oktober 2024?", "--k", "4", "--json"])
        assert result.exit_code == 0, result.output
        hits = json.loads(result.stdout)["hits"]
        assert len(hits) == 4 and all(h["date_start"].startswith("2024-10") for h in hits)
        bad = runner.invoke(app, ["search", "x", "--from", "2024-12-01", "--to", "2024-01-01"])
        assert bad.exit_code != 0 and "--from" in bad.output
    finally:
        get_settings.cache_clear()


@pytest.mark.integration
def test_chat_keeps_the_history_and_starts_over(built_settings, monkeypatch) -> None:
    from granska.settings import get_settings

    for name, value in (("GRANSKA_HOME", built_settings.home), ("GRANSKA_MODELS_DIR", built_settings.model_cache)):
        monkeypatch.setenv(name, str(value))
    get_settings.cache_clear()
    lines = "När pausades breddinförandet i södra området?\nVem beslutade det?\n/ny\nVem beslutade det?\n/slut\n"
    try:
        result = runner.invoke(app, ["chat"], input=lines)
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert result.output.count("Tolkat som: Vem beslutade det – pausades breddinförandet i södra området?") == 1
    assert "Nytt samtal." in result.output and "inget tidigare samtal" in result.output


@pytest.mark.integration
def test_ask_against_a_running_server(live_api, monkeypatch) -> None:
    """--server (or GRANSKA_SERVER) asks the server: the same answer, no model loaded here."""
    from granska.settings import get_settings

    get_settings.cache_clear()
    try:
        result = runner.invoke(app, ["ask", "När driftsattes Millennium?", "--server", live_api.url])
        assert result.exit_code == 0, result.output
        assert result.output.startswith("Den 12 november 2024 kl. 05:30") and "tidslinje.20241112.8ad76ce4" in result.output
        monkeypatch.setenv("GRANSKA_SERVER", live_api.url)
        get_settings.cache_clear()
        as_json = runner.invoke(app, ["ask", "När driftsattes Millennium?", "--json"])
        assert json.loads(as_json.stdout)["citations"][0]["entry_id"] == "tidslinje.20241112.8ad76ce4"
        chat = runner.invoke(app, ["chat"], input="När pausades breddinförandet i södra området?\nVem beslutade det?\n")
        assert "Tolkat som: Vem beslutade det" in chat.output
    finally:
        get_settings.cache_clear()


def test_ask_against_a_server_that_is_down() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "granska.cli", "ask", "När?", "--server", "http://127.0.0.1:9"],
                            capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 1 and "svarar inte" in result.stderr
