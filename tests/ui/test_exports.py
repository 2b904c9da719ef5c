"""The UI's export folder: per session, old sessions removed, no way out of the folder."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from ui.exports import ExportFolder


def test_exports_live_in_one_folder_per_session_and_old_ones_go(tmp_path: Path) -> None:
    folder = ExportFolder(tmp_path / "exports", max_age_seconds=3600)
    [csv] = folder.write("abc123", {"granska-citat.csv": "fråga\n"})
    assert csv == (tmp_path / "exports" / "abc123" / "granska-citat.csv").resolve() and csv.read_text(encoding="utf-8") == "fråga\n"
    old = tmp_path / "exports" / "gammal"
    old.mkdir()
    stamp = time.time() - 7200
    os.utime(old, (stamp, stamp))
    folder.write("abc123", {"granska-citat.md": b"# x\n"})
    assert not old.exists() and sorted(p.name for p in csv.parent.iterdir()) == ["granska-citat.csv", "granska-citat.md"]


@pytest.mark.parametrize("session", ["../ut", "", "a/b", "x" * 65])
def test_a_session_name_cannot_leave_the_folder(tmp_path: Path, session: str) -> None:
    with pytest.raises(ValueError, match="ogiltig session"):
        ExportFolder(tmp_path).write(session, {"a.csv": "x"})


def test_a_file_name_cannot_leave_the_session_folder(tmp_path: Path) -> None:
    [path] = ExportFolder(tmp_path).write("s1", {"../../ut.csv": "x"})
    assert path.parent == (tmp_path / "s1").resolve()
