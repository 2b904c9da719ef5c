"""``granska bench``: run the benchmarks, print the figures, write them as JSON (and a PNG)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from evals.bench.common import machine
from granska.settings import Settings


def scale_curve(settings: Settings, sizes: list[int], out: Path, resume: bool = False) -> list[dict]:
    """Each size in its own process (clean memory figures), then the plot; with ``resume``,
    sizes already measured in ``out`` are read back instead of measured again."""
    from evals.bench.scale import plot

    results = []
    for size in sizes:
        target = out / f"scale-{size}.json"
        if resume and target.exists():
            results.append(json.loads(target.read_text(encoding="utf-8")))
            continue
        subprocess.run([sys.executable, "-m", "evals.bench.scale", "--size", str(size), "--out", str(target),
                        "--models", str(settings.model_cache), "--corpus", str(settings.corpus_dir)], check=True)
        results.append(json.loads(target.read_text(encoding="utf-8")))
    (out / "scale.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    plot(results, out / "scale.png")
    return results


def run_benchmarks(settings: Settings, out: Path, http: bool, scale: list[int], in_process: bool = True,
                   resume: bool = False, backends: list[str] | None = None, synthetic: int = 0) -> dict[str, object]:
    """The selected benchmarks; ``out/bench.json`` is rewritten after each one, so an interrupted
    run keeps what it measured."""
    from evals.bench.inprocess import builds, cold_start, latency

    out.mkdir(parents=True, exist_ok=True)
    target = out / "bench.json"
    results: dict[str, object] = json.loads(target.read_text(encoding="utf-8")) if resume and target.exists() else {}
    results.update({"measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": machine()})
    steps = []
    if in_process:
        steps += [("cold_start", cold_start), ("builds", builds), ("latency", latency)]
    if http:
        from evals.bench.http import http_bench

        steps.append(("http", http_bench))
    if scale:
        steps.append(("scale", lambda s: scale_curve(s, scale, out, resume)))
    if backends:
        from evals.bench.backends import compare_backends

        steps.append(("backends", lambda s: compare_backends(s, backends, out, synthetic, http)))
    for name, step in steps:
        results[name] = step(settings)
        target.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return results
