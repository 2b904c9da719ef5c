"""The blind sets' shared checker: every set as handed over passes; a fact whose evidence the document
does not hold, or whose id breaks the order, is a problem named by its id."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from evals.newdocs_check import check

ROOT = Path(__file__).resolve().parents[2]
CHECKED = [ROOT / "evals" / f"newdocs-blind{n}" for n in (2, 3, 4, 5, 6)]


@pytest.mark.parametrize("folder", CHECKED, ids=[p.name for p in CHECKED])
def test_each_blind_set_passes_its_authors_checks(folder: Path, capsys) -> None:
    assert check(folder) == 0
    assert "facts: 60  documents: 8" in capsys.readouterr().out


def test_a_changed_evidence_and_a_skipped_id_are_problems(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "set"
    shutil.copytree(ROOT / "evals" / "newdocs-blind5", folder, ignore=shutil.ignore_patterns("gen"))
    facts = [json.loads(line) for line in (folder / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    answerable = next(f for f in facts if not f["expect_abstain"])
    answerable["evidence"] = answerable["evidence"] + " och detta står inte i dokumentet"
    facts[-1]["id"] = facts[-1]["id"][:-3] + "099"
    (folder / "facts.jsonl").write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    assert check(folder) == 2
    out = capsys.readouterr().out
    assert f"{answerable['id']} EVIDENCE NOT FOUND" in out and f"{facts[-1]['id']} ID OUT OF ORDER" in out
