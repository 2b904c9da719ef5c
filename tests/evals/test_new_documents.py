"""New documents, as a maintainer adds them: `corpus add`, then the gated update with the facts
about them, refused until the changed facts are acknowledged, then promoted with the gold updated.
The figures go to evals/reports/new-documents.md (printed here, asserted against the gate's own
thresholds)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from evals.gold import GOLD_DIR, load_facts
from evals.update import run_update
from indexer.corpus.add import add_documents
from indexer.index.builder import build_index
from indexer.index.layout import IndexLayout
from service.retrieval.index import LoadedIndex
from tests.conftest import CORPUS_DIR, ROOT, settings_for

pytestmark = pytest.mark.integration

NEWDOCS = ROOT / "evals" / "newdocs"


def test_adding_the_new_documents(tmp_path: Path, capsys) -> None:
    settings = settings_for(tmp_path / "home")
    live = build_index(settings, progress=False)
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    shutil.copytree(CORPUS_DIR, corpus)
    shutil.copytree(GOLD_DIR, gold)
    add_documents(corpus, sorted((NEWDOCS / "documents").iterdir()))
    facts = NEWDOCS / "facts.jsonl"

    refused = run_update(settings, corpus, progress=False, facts_file=facts, gold_dir=gold)
    verdict = refused.verdict
    assert not refused.accepted and verdict.regressions == [] and verdict.threshold_failures == []
    assert "q114" in verdict.unacknowledged  # 'Vad hände i mars 2025?': the new documents answer it now
    assert IndexLayout(settings.index_root).live() == live.path  # refused: the live index is untouched

    accepted = run_update(settings, corpus, progress=False, facts_file=facts, gold_dir=gold, accept=set(verdict.changed))
    assert accepted.accepted and IndexLayout(settings.index_root).live() == accepted.build.path
    new = accepted.new_facts.splits
    assert new["alla"]["answer_accuracy"] >= 0.75 and new["alla"]["citation_precision"] >= 0.75
    recorded = {f.query_id: f for f in load_facts(gold)}
    assert len(recorded) == len(load_facts()) + 97 and recorded["q114"].changed and not recorded["q114"].expect_abstain

    index = LoadedIndex.load(settings)
    expected = {json.loads(line)["question"]: json.loads(line).get("entry_date") for line in facts.open(encoding="utf-8")}
    dated = [(f, expected[f.question]) for f in recorded.values() if expected.get(f.question) and f.gold_entry_ids]
    right = sum(any((index.entries[e].date_start or "").startswith(want) for e in f.gold_entry_ids) for f, want in dated)
    assert right / len(dated) >= 0.9
    with capsys.disabled():
        print(f"\nnya dokument: {len(dated)} fakta med eget datum, {right} rätt daterade; "
              f"svar rätt dev {new['dev']['answer_accuracy']:.3f} test {new['test']['answer_accuracy']:.3f} "
              f"alla {new['alla']['answer_accuracy']:.3f}; källprecision test {new['test']['citation_precision']:.3f}; "
              f"ändrade fakta {len(verdict.changed)}")


# (set, floor of its answerable facts' accuracy, titles granska infers as its author gave them). The share
# answered when a set was added: newdocs-blind 0.61 (session 27), newdocs-blind2 0.67 (29), newdocs-blind3
# 0.67 (30), newdocs-blind4 0.56 (31), newdocs-blind5 0.54 (32), newdocs-blind6 0.60 (33); a floor lies below
# today's figure (0.60-0.76), it is not the target
BLIND_SETS = [(ROOT / "evals" / "newdocs-blind", 0.55, 7), (ROOT / "evals" / "newdocs-blind2", 0.60, 8),
              (ROOT / "evals" / "newdocs-blind3", 0.60, 6), (ROOT / "evals" / "newdocs-blind4", 0.60, 7),
              (ROOT / "evals" / "newdocs-blind5", 0.55, 8), (ROOT / "evals" / "newdocs-blind6", 0.55, 6)]


@pytest.mark.parametrize(("blind", "floor", "titles"), BLIND_SETS, ids=[p.name for p, _, _ in BLIND_SETS])
def test_adding_a_blind_set_of_new_documents(blind: Path, floor: float, titles: int, tmp_path: Path, capsys) -> None:
    """A set written blind after earlier ones had shaped the parsers: every document gets the
    date its author gave it (and at least ``titles`` of them its title), the update breaks no known fact
    and no threshold, and its facts are answered at least as well as when the set was added (below the
    new-facts gate, so the update is refused until granska answers them better)."""
    settings = settings_for(tmp_path / "home")
    build_index(settings, progress=False)
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    shutil.copytree(CORPUS_DIR, corpus)
    shutil.copytree(GOLD_DIR, gold)
    added = add_documents(corpus, sorted((blind / "documents").iterdir()))
    expected = {d["file"]: d for d in map(json.loads, (blind / "documents.jsonl").open(encoding="utf-8"))}
    assert {p.source.name: p.document.date for p in added} == {name: d["expected_date"] for name, d in expected.items()}
    assert sum(p.document.title == expected[p.source.name]["expected_title"] for p in added) >= titles

    update = run_update(settings, corpus, progress=False, facts_file=blind / "facts.jsonl", gold_dir=gold)
    verdict = update.verdict
    assert verdict.regressions == [] and verdict.threshold_failures == []
    new = update.new_facts.splits
    with capsys.disabled():
        print(f"\nblinda nya dokument ({blind.name}): svar rätt dev {new['dev']['answer_accuracy']:.3f} test "
              f"{new['test']['answer_accuracy']:.3f} alla {new['alla']['answer_accuracy']:.3f}; källprecision "
              f"alla {new['alla']['citation_precision']:.3f}; avstår P/R {new['alla']['abstention_precision']:.2f}/"
              f"{new['alla']['abstention_recall']:.2f}; ändrade fakta {len(verdict.changed)}; "
              f"under grindens gränser: {'; '.join(verdict.new_fact_failures) or 'inga'}")
    assert new["alla"]["answer_accuracy"] >= floor
