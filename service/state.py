"""The serving state: the loaded index and answerer, swapped in when a new index is promoted.

Every request asks ``current()``; it compares the live pointer with the loaded version (one
``realpath``) and, when a build or an update has promoted a new index, loads it (reusing the
embedding model) and swaps it in. A running ``granska serve`` therefore picks up a promoted
index without a restart, and never serves a half-built one.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from granska.errors import GranskaError, IndexMissing, NotReady
from granska.settings import Settings
from indexer.embedding.encoder import Encoder
from indexer.index.layout import IndexLayout
from service.answers.answerer import Answerer
from service.retrieval.hybrid import HybridRetriever
from service.retrieval.index import LoadedIndex


log = logging.getLogger("granska.state")


@dataclass(frozen=True, slots=True)
class Serving:
    """One loaded index with what answers from it."""

    path: Path
    index: LoadedIndex
    retriever: HybridRetriever
    answerer: Answerer


class ServiceState:
    """Holds the serving index; thread-safe, reloads on promotion."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.layout = IndexLayout(settings.index_root)
        self._lock = threading.Lock()
        self._serving: Serving | None = None
        self._encoder: Encoder | None = None

    def current(self) -> Serving:
        """The serving index, (re)loaded if the live pointer moved; NotReady with the reason."""
        try:
            live = self.layout.live()
        except IndexMissing as exc:
            raise NotReady(str(exc)) from None
        serving = self._serving
        if serving is not None and serving.path == live:
            return serving
        with self._lock:
            if self._serving is None or self._serving.path != live:
                self._serving = self._load(live)
            return self._serving

    def _load(self, live: Path) -> Serving:
        index = LoadedIndex.load(self.settings, encoder=self._encoder, path=live)
        if self._encoder is None or self._encoder.name != index.manifest.model:
            self._encoder = index.encoder
        retriever = HybridRetriever(index)
        return Serving(live, index, retriever, Answerer(retriever))

    def warm_up(self) -> None:
        """Load the index and model and answer one question (no-op when there is no index yet)."""
        try:
            self.current().answerer.ask("Millennium")
        except GranskaError as exc:
            log.warning("uppvärmningen misslyckades: %s", exc)
        _release_freed_memory()

    def readiness(self) -> tuple[bool, str]:
        """(ready, reason): an index is loaded and its vector store answers."""
        try:
            serving = self.current()
            serving.index.chroma.count()
        except GranskaError as exc:
            return False, str(exc)
        return True, serving.index.manifest.index_version


def _release_freed_memory() -> None:
    """Hand the memory freed after loading back to the system (glibc's malloc_trim): loading the
    model and the index peaks ~300 MiB above what serving needs, and glibc keeps freed heap pages
    unless asked. A no-op off glibc."""
    import ctypes
    import ctypes.util

    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
