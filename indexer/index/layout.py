"""Where index versions live on disk, and the atomic pointer to the live one.

    <home>/index/current            symlink → versions/<index_version>
    <home>/index/versions/<v>/       manifest.json, documents.json, entries.jsonl, chunks.jsonl,
                                     vectors.npy, bm25/, chroma/ (embedded store only)
    <home>/index/versions/.build-*   a build in progress (removed if found stale)

A reader follows ``current``; a build writes a new version folder and then replaces the
symlink with ``os.replace``, which is atomic: readers see the old index or the new, never a mix.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from granska.errors import GranskaError, IndexMissing

MANIFEST = "manifest.json"
TEXTS = "texts.json"  # the documents' decoded texts, which the entries' char offsets index


class IndexLayout:
    """Paths of the index folder and the operations that keep it consistent."""

    def __init__(self, root: Path):
        self.root = root
        self.versions = root / "versions"
        self.current = root / "current"

    def live(self) -> Path:
        """The live version folder; IndexMissing when nothing was built yet."""
        if not (self.current.is_symlink() or self.current.exists()) or not (self.current / MANIFEST).is_file():
            raise IndexMissing(f"inget index finns i {self.root}; kör 'granska index'")
        return self.current.resolve()

    def live_or_none(self) -> Path | None:
        """The live version folder, or None."""
        try:
            return self.live()
        except IndexMissing:
            return None

    @contextmanager
    def building(self) -> Iterator[Path]:
        """A fresh build folder, under an exclusive lock; stale builds from killed runs are removed.
        The folder is deleted unless it was promoted."""
        self.versions.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise GranskaError(f"ett annat bygge pågår redan i {self.root}") from None
            for stale in self.versions.glob(".build-*"):
                shutil.rmtree(stale, ignore_errors=True)
            folder = Path(tempfile.mkdtemp(prefix=".build-", dir=self.versions))
            try:
                yield folder
            finally:
                shutil.rmtree(folder, ignore_errors=True)

    def finalize(self, build: Path, version: str) -> Path:
        """Move a finished build to ``versions/<version>`` (staged: not serving yet)."""
        target = self.versions / version
        if target.exists():
            target = Path(tempfile.mkdtemp(prefix=f"{version}-", dir=self.versions))
            target.rmdir()
        os.rename(build, target)
        _fsync_dir(self.versions)
        return target

    def point_to(self, target: Path) -> None:
        """Make ``target`` the live version by replacing the ``current`` symlink atomically."""
        pointer = self.root / f".current-{os.getpid()}"
        if pointer.is_symlink() or pointer.exists():
            pointer.unlink()
        pointer.symlink_to(Path("versions") / target.name)
        os.replace(pointer, self.current)
        _fsync_dir(self.root)

    def discard(self, target: Path) -> None:
        """Delete a staged version that was not promoted (never the live one)."""
        if target != self.live_or_none() and target.parent == self.versions:
            shutil.rmtree(target, ignore_errors=True)

    def prune(self, keep: int = 2) -> list[Path]:
        """Delete old versions, keeping the live one and the ``keep - 1`` newest others."""
        live = self.live_or_none()
        others = sorted(
            (p for p in self.versions.iterdir() if p.is_dir() and not p.name.startswith(".") and p != live),
            key=lambda p: p.stat().st_mtime, reverse=True,
        )
        removed = others[max(0, keep - 1):]
        for path in removed:
            shutil.rmtree(path, ignore_errors=True)
        return removed


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
