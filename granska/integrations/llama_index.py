"""granska as a llama-index retriever: ``GranskaRetriever`` returns granska's dated entries as
``NodeWithScore``s, so a ``RetrieverQueryEngine`` or an agent can use granska's hybrid, date-aware
search (questions naming a period are filtered to it).

In this process (``GranskaRetriever.local()``, the model is loaded here) or against a running
server (``GranskaRetriever.remote("http://localhost:8000", api_key=...)``, through ``/v1/search``).
Each node's text is the entry; its metadata carries the entry id, dates, time, actor, document
and the index version.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from granska.errors import InvalidInput
from service.api.schemas import HitOut, SearchResponse

Search = Callable[[str, date | None, date | None, int], SearchResponse]


class GranskaRetriever(BaseRetriever):
    """A llama-index retriever over granska's entries; ``k`` entries per query (1–50), optionally
    within ``date_from``..``date_to``."""

    def __init__(self, *, search: Search, k: int = 5, date_from: date | None = None, date_to: date | None = None):
        if not 1 <= k <= 50:
            raise InvalidInput(f"k måste vara 1–50 (fick {k})")
        if date_from and date_to and date_from > date_to:
            raise InvalidInput(f"date_from ({date_from}) ligger efter date_to ({date_to})")
        super().__init__()
        self._search, self._k, self._period = search, k, (date_from, date_to)

    @classmethod
    def local(cls, settings=None, **kwargs) -> "GranskaRetriever":  # noqa: ANN001, ANN003 - Settings, the options above
        """Over the index of this machine (``GRANSKA_HOME``), in this process."""
        from granska.settings import get_settings
        from service import operations
        from service.state import ServiceState

        settings = settings or get_settings()
        serving = ServiceState(settings).current()

        def search(q: str, lo: date | None, hi: date | None, k: int) -> SearchResponse:
            return operations.search(serving, q, lo, hi, k, max_question_chars=settings.max_question_chars)

        return cls(search=search, **kwargs)

    @classmethod
    def remote(cls, base_url: str, api_key: str | None = None, **kwargs) -> "GranskaRetriever":  # noqa: ANN003
        """Over a running granska's ``/v1/search``."""
        from granska.client import GranskaClient

        client = GranskaClient(base_url=base_url, api_key=api_key)
        return cls(search=lambda q, lo, hi, k: client.search(q, date_from=lo, date_to=hi, k=k), **kwargs)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        found = self._search(query_bundle.query_str, *self._period, self._k)
        return [NodeWithScore(node=node_of(hit, found.index_version), score=hit.score) for hit in found.hits]


def node_of(hit: HitOut, index_version: str) -> TextNode:
    """An entry as a llama-index node (its id is the entry id)."""
    metadata = {"entry_id": hit.entry_id, "date_start": hit.date_start, "date_end": hit.date_end, "time": hit.time,
                "actor": hit.actor, "doc_id": hit.doc_id, "doc_title": hit.doc_title, "url": hit.url,
                "index_version": index_version}
    return TextNode(id_=hit.entry_id, text=hit.text, metadata={k: v for k, v in metadata.items() if v is not None},
                    excluded_embed_metadata_keys=list(metadata))
