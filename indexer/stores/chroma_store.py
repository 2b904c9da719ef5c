"""The vector store: a Chroma collection, embedded (persistent folder) or on a `chroma run` server.

Embeddings are always passed in: Chroma's default embedding function would download a model.
Dates are stored as integers YYYYMMDD in the metadata, for filters by other tools.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from granska.errors import ConfigError, StoreUnavailable
from indexer.chunking import Chunk

ADD_BATCH = 512


def open_client(path: Path | None = None, url: str | None = None) -> Any:
    """A Chroma client: HTTP when ``url`` is given, else a persistent client on ``path``."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if url:
        parsed = urlparse(url)
        if not parsed.hostname:
            raise ConfigError(f"GRANSKA_CHROMA_URL '{url}' saknar värdnamn")
        port = parsed.port or (443 if parsed.scheme == "https" else 8000)
        try:
            return chromadb.HttpClient(host=parsed.hostname, port=port, ssl=parsed.scheme == "https", settings=settings)
        except Exception as exc:  # chromadb raises several types for a server that is down
            raise StoreUnavailable(f"Chroma-servern på {url} svarar inte: {exc}") from None
    if path is None:
        raise ConfigError("varken sökväg eller URL till Chroma angavs")
    return chromadb.PersistentClient(path=str(path), settings=settings)


class ChromaStore:
    """One collection of chunk vectors with their date, document and actor metadata."""

    def __init__(self, client: Any, collection: str):
        self.client = client
        self.name = collection
        self._size: int | None = None  # cached count for queries (a collection is never changed once built)
        try:
            self.collection = client.get_or_create_collection(
                name=collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
            )
        except Exception as exc:
            raise StoreUnavailable(f"Chroma-samlingen '{collection}' kan inte öppnas: {exc}") from None

    def add(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        """Store chunks with their vectors (in batches)."""
        for start in range(0, len(chunks), ADD_BATCH):
            batch = chunks[start:start + ADD_BATCH]
            self.collection.add(
                ids=[c.chunk_id for c in batch],
                embeddings=vectors[start:start + ADD_BATCH].tolist(),
                documents=[c.embed_text for c in batch],
                metadatas=[
                    {"entry_id": c.entry_id, "doc_id": c.doc_id, "actor": c.actor,
                     "date_start": c.date_start, "date_end": c.date_end}
                    for c in batch
                ],
            )

    def count(self) -> int:
        """Number of stored chunks; StoreUnavailable when the store does not answer."""
        try:
            return int(self.collection.count())
        except Exception as exc:  # chromadb raises transport errors of several types
            raise StoreUnavailable(f"Chroma svarar inte: {exc}") from None

    def query(self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        """Nearest chunks as (chunk_id, cosine similarity), best first."""
        if self._size is None:
            self._size = self.count()
        try:
            result = self.collection.query(
                query_embeddings=[vector.tolist()], n_results=max(1, min(n, self._size)),
                where=where, include=["distances"],
            )
        except Exception as exc:
            raise StoreUnavailable(f"sökning i Chroma misslyckades: {exc}") from None
        ids, distances = result["ids"][0], result["distances"][0]
        return [(chunk_id, 1.0 - float(d)) for chunk_id, d in zip(ids, distances, strict=True)]
