"""The per-document summary behind ``granska corpus check``."""

from __future__ import annotations

from dataclasses import dataclass

from indexer.corpus.loader import Corpus


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """What a maintainer needs to see about one document before indexing it."""

    doc_id: str
    kind: str
    entries: int
    dated: int
    undated: int
    date_from: str | None
    date_to: str | None
    repaired_tokens: int
    duplicates: int
    left_out: int
    warnings: int
    errors: int


def summarize(corpus: Corpus) -> list[DocumentSummary]:
    """One summary per parsed document, in manifest order."""
    out = []
    for result in corpus.results:
        entries = result.entries
        dated = [e for e in entries if e.date_start]
        path_diags = [d for d in corpus.all_diagnostics if d.path.endswith(result.document.file)]
        out.append(DocumentSummary(
            doc_id=result.document.doc_id,
            kind=result.document.kind,
            entries=len(entries),
            dated=len(dated),
            undated=len(entries) - len(dated),
            date_from=min((e.date_start for e in dated), default=None),
            date_to=max((e.date_end for e in dated if e.date_end), default=None),
            repaired_tokens=result.repaired_tokens,
            duplicates=result.duplicates,
            left_out=result.left_out,
            warnings=sum(d.level == "warning" for d in path_diags),
            errors=sum(d.level == "error" for d in path_diags),
        ))
    return out
