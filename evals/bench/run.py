"""``granska bench``: run the benchmarks, print the figures, write them as JSON (and a PNG)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from evals.bench.common import machine
from granska.settings import Settings


def scale_curve(settings: Settings, sizes: list[int], out: Path) -> list[dict]:
    """Each size in its own process (clean memory figures), then the plot."""
    from evals.bench.scale import plot

    results = []
    for size in sizes:
        target = out / f"scale-{size}.json"
        subprocess.run([sys.executable, "-m", "evals.bench.scale", "--size", str(size), "--out", str(target),
                        "--models", str(settings.model_cache), "--corpus", str(settings.corpus_dir)], check=True)
        results.append(json.loads(target.read_text(encoding="utf-8")))
    (out / "scale.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    plot(results, out / "scale.png")
    return results


def run_benchmarks(settings: Settings, out: Path, http: bool, scale: list[int]) -> dict[str, object]:
    """All selected benchmarks; the results are written to ``out/bench.json``."""
    from evals.bench.inprocess import builds, cold_start, latency

    out.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {"measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                  "machine": machine()}
    results["cold_start"] = cold_start(settings)
    results["builds"] = builds(settings)
    results["latency"] = latency(settings)
    if http:
        from evals.bench.http import http_bench

        results["http"] = http_bench(settings)
    if scale:
        results["scale"] = scale_curve(settings, scale, out)
    (out / "bench.json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return results
