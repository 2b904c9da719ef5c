"""The scale curve: synthetic corpora of 1k, 10k and 100k entries (sentences of the real corpus
recombined, dates spread over 2013–2024), each indexed and queried in its own process.

Run one size: ``python -m evals.bench.scale --size 10000 --out result.json``."""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from evals.bench.common import ask_beside_floor, percentiles, rss_mb, timed
from indexer.dates import MONTH_NAMES_SV

START, END = date(2013, 1, 1), date(2024, 12, 31)


def synthetic_timeline(sentences: list[str], size: int, seed: int = 7) -> str:
    """A timeline file of ``size`` items, each 1–3 corpus sentences on a random day."""
    rng = random.Random(seed)
    span = (END - START).days
    items = []
    for _ in range(size):
        day = START + timedelta(days=rng.randrange(span + 1))
        body = " ".join(rng.sample(sentences, rng.randint(1, 3)))
        items.append(f"{day.day} {MONTH_NAMES_SV[day.month - 1]} {day.year}\n{body}\n")
    return "\n".join(items)


def corpus_sentences(corpus_dir: Path) -> list[str]:
    """Every sentence of the shipped corpus's entries (at least 30 characters)."""
    from indexer.corpus.loader import load_corpus
    from indexer.text.sentences import sentences

    return sorted({s.text for e in load_corpus(corpus_dir).entries for s in sentences(e.text) if len(s.text) >= 30})


def write_corpus(folder: Path, text: str) -> None:
    """One synthetic timeline document and its manifest."""
    folder.mkdir(parents=True)
    path = folder / "syntetisk-tidslinje.txt"
    path.write_text(text, encoding="utf-8")
    record = {"doc_id": "syntetisk", "title": "Syntetisk tidslinje", "kind": "tidslinje", "date": None, "language": "sv",
              "source_file": path.name, "file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
    (folder / "manifest.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")


def measure_size(size: int, models_dir: Path, corpus_dir: Path) -> dict[str, object]:
    """Index a synthetic corpus of ``size`` entries and query it with the known facts' questions."""
    from evals.gold import load_facts
    from granska.settings import Settings
    from indexer.index.builder import build_index
    from service.state import ServiceState

    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        write_corpus(corpus, synthetic_timeline(corpus_sentences(corpus_dir), size))
        settings = Settings(home=Path(scratch) / "home", models_dir=models_dir, corpus_dir=corpus)
        report, build_ms = timed(lambda: build_index(settings, progress=size >= 10_000))
        serving, load_ms = timed(lambda: ServiceState(settings).current())
        questions = [f.question for f in load_facts()]
        asks, floor = ask_beside_floor(serving.answerer, serving.index.encoder, questions, rounds=2)
        return {"entries": report.manifest.counts["entries"], "chunks": report.manifest.counts["chunks"],
                "index_s": round(build_ms / 1000, 1), "load_s": round(load_ms / 1000, 1),
                "ask_ms": percentiles(asks), "embedding_floor_ms": percentiles(floor), "memory": rss_mb()}


def plot(results: list[dict], path: Path) -> None:
    """Index time, ask latency and memory against corpus size (log x), as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["entries"] for r in results]
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.8))
    axes[0].plot(sizes, [r["index_s"] for r in results], "o-")
    axes[0].set(title="Indexering (s)", xscale="log", xlabel="poster")
    axes[1].plot(sizes, [r["ask_ms"]["p50"] for r in results], "o-", label="ask p50")
    axes[1].plot(sizes, [r["ask_ms"]["p95"] for r in results], "o--", label="ask p95")
    axes[1].plot(sizes, [r["embedding_floor_ms"]["p50"] for r in results], "x:", label="inbäddning p50 (golv)")
    axes[1].set(title="Frågelatens (ms)", xscale="log", xlabel="poster")
    axes[1].legend()
    axes[2].plot(sizes, [r["memory"]["peak_rss_mb"] for r in results], "o-")
    axes[2].set(title="Toppminne RSS (MiB)", xscale="log", xlabel="poster")
    for axis in axes:
        axis.set_ylim(bottom=0)  # from zero: small changes must look small
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    """Measure one size and write its JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--models", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    args = parser.parse_args()
    args.out.write_text(json.dumps(measure_size(args.size, args.models, args.corpus), indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
