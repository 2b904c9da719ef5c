"""Helpers shared by tests that change a corpus or kill a running command."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from indexer.corpus.manifest import refresh_checksum
from tests.conftest import MODELS_DIR


def edit_document(corpus_dir: Path, file_name: str, old: str, new: str) -> None:
    """Change a document and record its new checksum in the manifest, as a maintainer would."""
    path = corpus_dir / file_name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file_name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    refresh_checksum(corpus_dir, file_name)


def kill_while_building(args: list[str], home: Path, corpus_dir: Path | None = None) -> None:
    """Run ``granska <args>`` and ``kill -9`` it a second into its build.

    Chunks of 64 tokens change every chunk, so the build must re-embed everything: time enough
    to be killed midway. Fails if the command ends before it could be killed."""
    env = {**os.environ, "GRANSKA_HOME": str(home), "GRANSKA_MODELS_DIR": str(MODELS_DIR), "GRANSKA_CHUNK_MAX_TOKENS": "64"}
    if corpus_dir is not None:
        env["GRANSKA_CORPUS_DIR"] = str(corpus_dir)
    process = subprocess.Popen([sys.executable, "-m", "granska.cli", *args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    versions = home / "index" / "versions"
    deadline = time.monotonic() + 120
    while not list(versions.glob(".build-*")) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the command ended before it could be killed"
    time.sleep(1.0)  # well into embedding
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
