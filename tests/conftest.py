"""Shared fixtures: the shipped corpus, parsed once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from indexer.corpus.loader import Corpus, load_corpus
from indexer.records import Entry

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The shipped corpus, parsed."""
    return load_corpus(CORPUS_DIR)


@pytest.fixture(scope="session")
def entries_by_doc(corpus: Corpus) -> dict[str, list[Entry]]:
    """Entries grouped by doc_id."""
    out: dict[str, list[Entry]] = {}
    for entry in corpus.entries:
        out.setdefault(entry.doc_id, []).append(entry)
    return out


@pytest.fixture()
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped corpus folder."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, target)
    return target
