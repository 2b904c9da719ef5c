"""``granska index``: parse the corpus, chunk, embed what changed, write both stores, swap.

The new index is written into a build folder beside the live one. Vectors of chunks whose
embedded text is unchanged are copied from the live index (matched by content hash), so a
rebuild of an unchanged corpus embeds nothing, and an unchanged index is not rebuilt at all.
Only when every file is written does the ``current`` pointer move (see ``layout``): a crash or
kill at any point before leaves the previous index serving.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from granska.errors import CorpusError, IndexWriteError
from granska.settings import Settings
from indexer.chunking import CHUNKING_VERSION, Chunk, chunk_entries, in_date_order
from indexer.corpus.loader import Corpus, load_corpus
from indexer.embedding.encoder import Encoder
from indexer.index.layout import MANIFEST, TEXTS, IndexLayout
from indexer.records import Document
from indexer.stores.bm25_store import TOKENIZER_VERSION, BM25Store
from indexer.stores.chroma_store import ChromaStore, open_client
from indexer.text.glossary import GLOSSARY_NAME, Glossary

EMBED_BATCH_PROGRESS = 64


@dataclass(frozen=True, slots=True)
class IndexManifest:
    """What an index was built from; ``index_version`` is the hash of everything but timings."""

    index_version: str
    corpus_hash: str
    model: str
    dimension: int
    chunking: dict[str, int]
    counts: dict[str, int]
    store: str
    collection: str
    built_at: str
    build_seconds: float
    backend: str = "torch"  # how the vectors were made (indexes from before backends were torch's)


@dataclass(frozen=True, slots=True)
class BuildReport:
    """The outcome of one ``granska index`` run."""

    manifest: IndexManifest
    path: Path
    embedded: int
    reused: int
    unchanged: bool


def corpus_hash(corpus: Corpus) -> str:
    """Hash of the parsed corpus: documents and every entry field (so parser changes count too)."""
    digest = hashlib.sha256()
    for result in corpus.results:
        digest.update(json.dumps(asdict(result.document), sort_keys=True, ensure_ascii=False).encode())
        for entry in result.entries:
            digest.update(json.dumps(entry.to_dict(), sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def version_of(fields: dict[str, object]) -> str:
    """A short hash identifying an index's content."""
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()[:16]


def read_manifest(folder: Path) -> IndexManifest:
    """The manifest of a built index folder."""
    return IndexManifest(**json.loads((folder / MANIFEST).read_text(encoding="utf-8")))


def _write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _reusable_vectors(live: Path | None, encoder: Encoder) -> dict[str, np.ndarray]:
    """content_hash → vector from the live index (empty when there is none, it is unreadable, or its
    vectors were made by another model or backend: vectors of two backends are never mixed)."""
    if live is None:
        return {}
    try:
        manifest = read_manifest(live)
        if (manifest.model, manifest.backend) != (encoder.name, encoder.backend):
            return {}
        vectors = np.load(live / "vectors.npy")
        hashes = [json.loads(line)["content_hash"] for line in (live / "chunks.jsonl").open(encoding="utf-8")]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return dict(zip(hashes, vectors, strict=False))


def embed_chunks(encoder: Encoder, chunks: list[Chunk], reuse: dict[str, np.ndarray], progress: bool) -> tuple[np.ndarray, int]:
    """Vectors for all chunks, computing only those whose content is not in ``reuse``."""
    missing = [i for i, c in enumerate(chunks) if c.content_hash not in reuse]
    vectors = np.zeros((len(chunks), encoder.dimension), dtype=np.float32)
    for i, chunk in enumerate(chunks):
        if chunk.content_hash in reuse:
            vectors[i] = reuse[chunk.content_hash]
    if missing:
        vectors[missing] = encoder.encode_passages([chunks[i].embed_text for i in missing], progress=progress)
    return vectors, len(missing)


def build_index(settings: Settings, corpus_dir: Path | None = None, force: bool = False, progress: bool = True,
                promote: bool = True) -> BuildReport:
    """Build (or confirm) the index for the corpus; CorpusError when the corpus has errors.

    With ``promote=False`` the new version is only staged beside the live one (for an update
    that must pass the evaluation first); ``promote_staged`` or ``discard_staged`` then decides.
    """
    started = time.perf_counter()
    corpus = load_corpus(corpus_dir or settings.corpus_dir)
    if corpus.errors:
        listing = "; ".join(str(d) for d in corpus.errors[:5])
        raise CorpusError(f"korpusen har {len(corpus.errors)} fel, indexet byggs inte: {listing}")
    encoder = Encoder(settings.embed_model, settings.model_cache, settings.embed_batch_size, settings.embed_backend)
    max_tokens = min(settings.chunk_max_tokens, encoder.max_tokens)
    documents = {r.document.doc_id: r.document for r in corpus.results}
    chunks = in_date_order(chunk_entries(corpus.entries, documents, max_tokens, encoder.count_tokens))
    glossary = Glossary.load((corpus_dir or settings.corpus_dir) / GLOSSARY_NAME)
    store = "server" if settings.chroma_url else "embedded"
    fields: dict[str, object] = {
        "corpus_hash": corpus_hash(corpus), "model": encoder.name, "backend": encoder.backend,
        "dimension": encoder.dimension,
        "chunking": {"version": CHUNKING_VERSION, "max_tokens": max_tokens, "tokenizer": TOKENIZER_VERSION},
        "counts": {"documents": len(documents), "entries": len(corpus.entries), "chunks": len(chunks)},
        "store": store,
        "glossary": hashlib.sha256(glossary.to_text().encode()).hexdigest()[:16],
    }
    version = version_of(fields)
    layout = IndexLayout(settings.index_root)
    live = layout.live_or_none()
    # An index from before the documents' texts were kept is rebuilt (the document view needs them).
    if live is not None and not force and read_manifest(live).index_version == version and (live / TEXTS).exists():
        return BuildReport(read_manifest(live), live, embedded=0, reused=len(chunks), unchanged=True)
    plan = _Plan(encoder=encoder, chunks=chunks, corpus=corpus, documents=documents, fields=fields, version=version,
                 store=store, live=live, started=started, glossary=glossary)
    try:
        return _write(settings, layout, plan, progress, promote)
    except OSError as exc:
        where = exc.filename or settings.index_root
        raise IndexWriteError(
            f"indexet kunde inte skrivas till {where}: {exc.strerror or exc} "
            "(full disk eller skrivskyddad datamapp? ange en annan med GRANSKA_HOME); det aktiva indexet är orört"
        ) from None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Plan:
    """What a build writes: worked out before anything touches the disk."""

    encoder: Encoder
    chunks: list[Chunk]
    corpus: Corpus
    documents: dict[str, Document]
    fields: dict[str, object]
    version: str
    store: str
    live: Path | None
    started: float
    glossary: Glossary


def _write(settings: Settings, layout: IndexLayout, plan: _Plan, progress: bool, promote: bool) -> BuildReport:
    """Write a new index version beside the live one (see ``build_index``)."""
    encoder, chunks, documents, fields, version, store = (
        plan.encoder, plan.chunks, plan.documents, plan.fields, plan.version, plan.store)
    with layout.building() as build:
        vectors, embedded = embed_chunks(encoder, chunks, _reusable_vectors(plan.live, encoder), progress)
        (build / GLOSSARY_NAME).write_text(plan.glossary.to_text(), encoding="utf-8")
        (build / "documents.json").write_text(
            json.dumps([asdict(d) for d in documents.values()], ensure_ascii=False, indent=1), encoding="utf-8"
        )
        _write_jsonl(build / "entries.jsonl", [e.to_dict() for e in plan.corpus.entries])
        (build / TEXTS).write_text(json.dumps(plan.corpus.texts, ensure_ascii=False), encoding="utf-8")
        _write_jsonl(build / "chunks.jsonl", [{**c.to_dict(), "content_hash": c.content_hash} for c in chunks])
        np.save(build / "vectors.npy", vectors)
        BM25Store.build(chunks).save(build / "bm25")
        collection = f"granska-{version}" if store == "server" else "chunks"
        client = open_client(build / "chroma" if store == "embedded" else None, settings.chroma_url)
        if store == "server" and collection in {c.name for c in client.list_collections()}:
            client.delete_collection(collection)
        ChromaStore(client, collection).add(chunks, vectors)
        manifest = IndexManifest(
            index_version=version, corpus_hash=str(fields["corpus_hash"]), model=encoder.name,
            dimension=encoder.dimension, chunking=fields["chunking"], counts=fields["counts"],  # type: ignore[arg-type]
            store=store, collection=collection,
            built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            build_seconds=round(time.perf_counter() - plan.started, 2), backend=encoder.backend,
        )
        with (build / MANIFEST).open("w", encoding="utf-8") as f:
            json.dump(asdict(manifest), f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        staged = layout.finalize(build, version)
    report = BuildReport(manifest, staged, embedded=embedded, reused=len(chunks) - embedded, unchanged=False)
    if promote:
        promote_staged(settings, report)
    return report


def promote_staged(settings: Settings, report: BuildReport) -> None:
    """Make a staged version live and prune old versions (and their server collections)."""
    layout = IndexLayout(settings.index_root)
    layout.point_to(report.path)
    removed = layout.prune()
    if settings.chroma_url:
        _drop_collections(open_client(None, settings.chroma_url), removed, keep=report.manifest.collection)


def discard_staged(settings: Settings, report: BuildReport) -> None:
    """Delete a staged version that was refused (and its server collection)."""
    IndexLayout(settings.index_root).discard(report.path)
    if settings.chroma_url and not report.unchanged:
        client = open_client(None, settings.chroma_url)
        if report.manifest.collection in {c.name for c in client.list_collections()}:
            client.delete_collection(report.manifest.collection)


def _drop_collections(client, removed: list[Path], keep: str) -> None:  # noqa: ANN001 - chromadb client
    """Delete the server collections of pruned versions (never the live one's)."""
    names = {c.name for c in client.list_collections()}
    for path in removed:
        name = f"granska-{path.name.split('-')[0]}"
        if name in names and name != keep:
            client.delete_collection(name)
