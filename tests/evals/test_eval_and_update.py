"""The known-facts evaluation on the shipped corpus, and gated corpus updates."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.conversations import check_conversations
from evals.gate import check_thresholds, load_thresholds
from evals.runner import run_eval
from evals.update import run_update
from indexer.index.builder import build_index
from indexer.index.layout import IndexLayout
from tests.conftest import CORPUS_DIR, settings_for
from tests.helpers import edit_document

pytestmark = pytest.mark.integration

TIMELINE = "tidslinje-millennium-2013-2024.txt"


def test_shipped_corpus_meets_the_thresholds_and_beats_the_baselines(loaded_index) -> None:
    report = run_eval(loaded_index, CORPUS_DIR)
    by_name = {s.name: s.metrics for s in report.systems}
    assert list(by_name) == ["granska", "BM25", "dense", "naiv llama-index"]
    assert check_thresholds(report.granska, load_thresholds()) == []
    assert by_name["granska"]["mrr@10"] > max(by_name["BM25"]["mrr@10"], by_name["dense"]["mrr@10"])
    assert by_name["granska"]["mrr@10"] > 2 * by_name["naiv llama-index"]["mrr@10"]
    assert set(report.granska.splits) == {"dev", "test", "alla"} and report.granska.metrics is report.granska.splits["test"]
    assert set(report.granska.by_kind["test"]) >= {"when", "what_time", "who", "how_many", "how_much", "what", "unanswerable",
                                                  "engelska", "parafras"}
    conversations = report.conversations
    assert conversations is not None and check_conversations(conversations, load_thresholds()) == []
    assert conversations.standalone_changed == [] and conversations.standalone_checked == report.facts
    assert conversations.splits["dev"]["n"] + conversations.splits["test"]["n"] == conversations.splits["alla"]["n"] >= 40


@pytest.fixture()
def live(tmp_path: Path):
    """A home with the shipped corpus indexed and live."""
    settings = settings_for(tmp_path / "home")
    return settings, build_index(settings, progress=False)


@pytest.mark.parametrize(
    ("old", "new", "group"),
    [
        # the entry is gone and nothing new explains the lost answer: a regression
        ("kl. 05:30 12 november 2024\nMillennium driftsätts.\n", "", "regressions"),
        # the source now says 13 November: a changed fact, refused until the maintainer acknowledges it
        ("kl. 05:30 12 november 2024\nMillennium driftsätts.", "kl. 05:30 13 november 2024\nMillennium driftsätts.", "unacknowledged"),
    ],
    ids=["entry-removed", "date-changed"],
)
def test_an_update_that_loses_a_fact_is_refused(live, corpus_copy: Path, old: str, new: str, group: str) -> None:
    settings, first = live
    edit_document(corpus_copy, TIMELINE, old, new)
    result = run_update(settings, corpus_copy, progress=False)
    assert not result.accepted and "q001" in getattr(result.verdict, group)
    [row] = [r for r in result.side_by_side(["q001"])]
    assert row[2].startswith("Den 12 november 2024") and not row[3].startswith("Den 12 november 2024")
    layout = IndexLayout(settings.index_root)
    assert layout.live() == first.path and not result.build.path.exists()


def test_an_update_that_keeps_every_fact_is_promoted(live, corpus_copy: Path) -> None:
    settings, first = live
    # an entry no known fact is about (an edit to one that is can rightly change its answer)
    edit_document(corpus_copy, "regional-rapport-2024-11-17.txt", "regionala rapporter utifrån aktuellt läge.",
                  "regionala rapporter utifrån det aktuella läget.")
    result = run_update(settings, corpus_copy, progress=False)
    assert result.accepted and result.verdict.regressions == [] and result.verdict.threshold_failures == []
    assert IndexLayout(settings.index_root).live() == result.build.path != first.path


def test_an_unchanged_corpus_is_nothing_to_do(live) -> None:
    settings, first = live
    result = run_update(settings, CORPUS_DIR, progress=False)
    assert result.unchanged and result.accepted and IndexLayout(settings.index_root).live() == first.path


def test_a_broken_corpus_is_refused_naming_the_file(live, corpus_copy: Path) -> None:
    from granska.errors import CorpusError

    settings, first = live
    (corpus_copy / "regional-rapport-2024-11-17.txt").write_bytes(b"\xff trasig")
    with pytest.raises(CorpusError, match="regional-rapport-2024-11-17.txt"):
        run_update(settings, corpus_copy, progress=False)
    assert IndexLayout(settings.index_root).live() == first.path


def test_update_command_exits_non_zero_and_shows_before_and_after(live, corpus_copy: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from granska.cli import app
    from granska.settings import get_settings

    settings, first = live
    edit_document(corpus_copy, TIMELINE, "kl. 05:30 12 november 2024\nMillennium driftsätts.\n", "")
    monkeypatch.setenv("GRANSKA_HOME", str(settings.home))
    monkeypatch.setenv("GRANSKA_MODELS_DIR", str(settings.model_cache))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["update", str(corpus_copy)])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1
    assert "q001" in result.stdout and "Före (aktivt index)" in result.stdout and "avvisades" in result.stdout
    assert IndexLayout(settings.index_root).live() == first.path
