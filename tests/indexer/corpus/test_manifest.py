"""The manifest and the corpus loader: every problem named with its file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from granska.errors import CorpusError
from indexer.corpus.loader import load_corpus
from indexer.corpus.manifest import MANIFEST_NAME, load_manifest


def test_shipped_manifest(corpus_copy: Path) -> None:
    documents = load_manifest(corpus_copy)
    assert [d.kind for d in documents] == ["tidslinje", "lägesrapport", "regional rapport", "mötesunderlag", "regional rapport"]
    assert [d.source_file[:3] for d in documents] == ["000", "001", "002", "003", "004"]
    assert all(len(d.sha256 or "") == 64 for d in documents)


def _append(corpus_dir: Path, record: dict | str) -> int:
    manifest = corpus_dir / MANIFEST_NAME
    lines = manifest.read_text(encoding="utf-8").splitlines()
    lines.append(record if isinstance(record, str) else json.dumps(record, ensure_ascii=False))
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


RECORD = {"doc_id": "ny", "title": "Ny", "kind": "dokument", "date": "2024-12-01", "language": "sv",
          "source_file": "ny.txt", "file": "ny.txt", "sha256": None}


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ("{not json", "ogiltig JSON"),
        ({**RECORD, "kind": "roman"}, "kind 'roman' är okänd"),
        ({**RECORD, "doc_id": "Ny Fil"}, "doc_id 'Ny Fil' är ogiltigt"),
        ({**RECORD, "date": "2024-13-01"}, "date:"),
        ({**RECORD, "title": ""}, "title"),
        ({**RECORD, "doc_id": "tidslinje"}, "finns redan"),
        ({**RECORD, "file": "../utanför.txt"}, "måste vara ett filnamn"),
    ],
)
def test_bad_manifest_lines(corpus_copy: Path, record, message: str) -> None:
    line = _append(corpus_copy, record)
    with pytest.raises(CorpusError) as info:
        load_manifest(corpus_copy)
    assert message in str(info.value)
    assert info.value.line == line and str(info.value).startswith(str(corpus_copy / MANIFEST_NAME))


def test_a_line_pointing_nowhere_is_an_error(corpus_copy: Path) -> None:
    _append(corpus_copy, RECORD)
    corpus = load_corpus(corpus_copy)
    assert any("ny: filen 'ny.txt' finns inte" in d.message for d in corpus.errors)
    assert len(corpus.results) == 5  # the other documents are still parsed


def test_changed_file_and_unlisted_file(corpus_copy: Path) -> None:
    with (corpus_copy / "regional-rapport-2024-10-11.txt").open("a", encoding="utf-8") as f:
        f.write("\nTillägg.\n")
    (corpus_copy / "okänd.txt").write_text("text", encoding="utf-8")
    corpus = load_corpus(corpus_copy)
    assert [d.path.endswith("regional-rapport-2024-10-11.txt") and "sha256" in d.message for d in corpus.errors] == [True]
    assert any(d.path.endswith("okänd.txt") and d.level == "warning" for d in corpus.all_diagnostics)


def test_a_new_document_is_added_by_a_file_and_a_manifest_line(corpus_copy: Path) -> None:
    (corpus_copy / "ny.txt").write_text("Beslut\n\nRegionstyrelsen beslutar om något.\n", encoding="utf-8")
    _append(corpus_copy, RECORD)
    corpus = load_corpus(corpus_copy)
    assert corpus.errors == []
    [entry] = [e for e in corpus.entries if e.doc_id == "ny"]
    assert (entry.section, entry.date_start, entry.actor) == ("Beslut", "2024-12-01", "Regionstyrelsen")


def test_refresh_checksum_records_a_deliberate_change(corpus_copy: Path) -> None:
    from indexer.corpus.manifest import refresh_checksum

    path = corpus_copy / "regional-rapport-2024-10-11.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nTillägg.\n", encoding="utf-8")
    assert load_corpus(corpus_copy).errors  # the manifest no longer matches
    digest = refresh_checksum(corpus_copy, path.name)
    assert len(digest) == 64 and load_corpus(corpus_copy).errors == []
    with pytest.raises(CorpusError, match="finns inte i manifestet"):
        refresh_checksum(corpus_copy, "saknas.txt")
