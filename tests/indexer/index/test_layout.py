"""The on-disk lifecycle: builds beside the live index, atomic promotion, cleanup."""

from __future__ import annotations

from pathlib import Path

import pytest

from granska.errors import IndexMissing
from indexer.index.layout import MANIFEST, IndexLayout


def finished(folder: Path, label: str) -> None:
    (folder / MANIFEST).write_text(label, encoding="utf-8")


def test_no_index_yet(tmp_path: Path) -> None:
    layout = IndexLayout(tmp_path / "index")
    assert layout.live_or_none() is None
    with pytest.raises(IndexMissing, match="granska index"):
        layout.live()


def test_promote_switches_current_and_prune_keeps_the_previous(tmp_path: Path) -> None:
    layout = IndexLayout(tmp_path / "index")
    for version in ("v1", "v2", "v3"):
        with layout.building() as build:
            finished(build, version)
            layout.point_to(layout.finalize(build, version))
        layout.prune()
    assert (layout.live() / MANIFEST).read_text() == "v3"
    assert sorted(p.name for p in layout.versions.iterdir()) == ["v2", "v3"]
    assert layout.current.is_symlink()


def test_a_failed_build_leaves_the_live_index(tmp_path: Path) -> None:
    layout = IndexLayout(tmp_path / "index")
    with layout.building() as build:
        finished(build, "v1")
        layout.point_to(layout.finalize(build, "v1"))
    with pytest.raises(RuntimeError), layout.building() as build:
        finished(build, "v2")
        raise RuntimeError("embedding failed")
    assert (layout.live() / MANIFEST).read_text() == "v1"
    assert not list(layout.versions.glob(".build-*"))


def test_stale_builds_of_killed_runs_are_removed(tmp_path: Path) -> None:
    layout = IndexLayout(tmp_path / "index")
    stale = layout.versions / ".build-killed"
    stale.mkdir(parents=True)
    with layout.building() as build:
        assert not stale.exists() and build.is_dir()


def test_one_build_at_a_time(tmp_path: Path) -> None:
    from granska.errors import GranskaError

    layout = IndexLayout(tmp_path / "index")
    with layout.building(), pytest.raises(GranskaError, match="annat bygge"), layout.building():
        pass
