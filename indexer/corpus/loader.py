"""Load a corpus folder: check every manifest record against its file, then parse it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from granska.errors import CorpusError, GranskaError
from indexer.corpus.manifest import MANIFEST_NAME, load_manifest, sha256_of
from indexer.corpus.readers import SUPPORTED_SUFFIXES, read_text
from indexer.parsers import parse_document
from indexer.parsers.base import ParseResult
from indexer.records import Diagnostic, Entry
from indexer.text.glossary import GLOSSARY_NAME, Glossary


@dataclass(slots=True)
class Corpus:
    """A parsed corpus: one result per document, plus problems that belong to no document."""

    directory: Path
    results: list[ParseResult] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # doc_id → the decoded text entries' offsets index

    @property
    def entries(self) -> list[Entry]:
        """Every entry of every document, documents in manifest order."""
        return [e for r in self.results for e in r.entries]

    @property
    def all_diagnostics(self) -> list[Diagnostic]:
        """Corpus-level and per-document diagnostics together."""
        return [*self.diagnostics, *(d for r in self.results for d in r.diagnostics)]

    @property
    def errors(self) -> list[Diagnostic]:
        """Only the diagnostics that make the corpus unusable."""
        return [d for d in self.all_diagnostics if d.level == "error"]


def _error(exc: CorpusError) -> Diagnostic:
    return Diagnostic("error", exc.path or "", exc.line, exc.reason)


def load_corpus(directory: Path) -> Corpus:
    """Read and parse every document in the manifest.

    A manifest that cannot be read raises CorpusError. Problems with single documents (missing,
    empty, not UTF-8, changed since the manifest's sha256) become error diagnostics so that one
    run reports them all; those documents yield no entries.
    """
    corpus = Corpus(directory)
    documents = load_manifest(directory)
    manifest = directory / MANIFEST_NAME
    listed = {d.file for d in documents}
    for path in sorted(directory.iterdir()):
        if path.suffix.lower() in SUPPORTED_SUFFIXES and path.name not in listed:
            corpus.diagnostics.append(Diagnostic(
                "warning", str(path), None, "filen finns i korpusmappen men inte i manifestet: den läses inte"
            ))
    try:
        Glossary.load(directory / GLOSSARY_NAME)
    except CorpusError as exc:
        corpus.diagnostics.append(_error(exc))
    for doc in documents:
        path = directory / doc.file
        if not path.is_file():
            corpus.diagnostics.append(Diagnostic(
                "error", str(manifest), None, f"{doc.doc_id}: filen '{doc.file}' finns inte i {directory}"
            ))
            continue
        try:
            text = read_text(path)
        except CorpusError as exc:
            corpus.diagnostics.append(_error(exc))
            continue
        actual = sha256_of(path)
        if doc.sha256 is None:
            corpus.diagnostics.append(Diagnostic("warning", str(manifest), None, f"{doc.doc_id}: sha256 saknas (filens är {actual})"))
        elif doc.sha256 != actual:
            corpus.diagnostics.append(Diagnostic(
                "error", str(path), None,
                f"filens sha256 ({actual[:12]}…) stämmer inte med manifestets ({doc.sha256[:12]}…): "
                "filen har ändrats; uppdatera manifestet om ändringen är avsiktlig",
            ))
        try:
            corpus.results.append(parse_document(doc, text, str(path)))
            corpus.texts[doc.doc_id] = text
        except GranskaError as exc:
            corpus.diagnostics.append(Diagnostic("error", str(path), None, f"kan inte tolkas: {exc}"))
    return corpus
