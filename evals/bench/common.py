"""Small measuring helpers shared by the benchmarks."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path


def percentiles(values: list[float]) -> dict[str, float]:
    """p50/p95/p99 (nearest rank) and the mean of a list of milliseconds."""
    if not values:
        return {"p50": 0.0, "p95": 0.0, "p99": 0.0, "mean": 0.0}
    ordered = sorted(values)

    def rank(p: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(p * len(ordered)) - 1))]

    return {"p50": round(statistics.median(ordered), 2), "p95": round(rank(0.95), 2),
            "p99": round(rank(0.99), 2), "mean": round(statistics.fmean(ordered), 2)}


def timed(fn: Callable[[], object]) -> tuple[object, float]:
    """(result, milliseconds)."""
    started = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - started) * 1000


def ask_beside_floor(answerer, encoder, questions: list[str], rounds: int) -> tuple[list[float], list[float]]:  # noqa: ANN001
    """Milliseconds of ``ask`` and of one bare query embedding per question and round.

    One untimed round first: the model's first pass at a new input length is slower, and
    whichever of the two is timed first for a question would otherwise pay for it."""
    for q in questions:
        answerer.ask(q)
    asks, floor = [], []
    for _ in range(rounds):
        for q in questions:
            floor.append(timed(lambda q=q: encoder.encode_query(q))[1])
            asks.append(timed(lambda q=q: answerer.ask(q))[1])
    return asks, floor


def ask_with_history(answerer, questions: list[str], rounds: int) -> tuple[list[float], list[float]]:  # noqa: ANN001
    """Milliseconds of ``ask`` alone and of the same question after one earlier turn (the previous
    question with its cited entry), interleaved: what reading a conversation costs."""
    from service.answers.followups import turn_of

    turns = [turn_of(answerer.ask(q)) for q in questions]  # also the untimed warm-up round
    alone, after = [], []
    for _ in range(rounds):
        for i, q in enumerate(questions):
            alone.append(timed(lambda q=q: answerer.ask(q))[1])
            after.append(timed(lambda q=q, i=i: answerer.ask(q, history=[turns[i - 1]]))[1])
    return alone, after


def rss_mb(pid: int | None = None) -> dict[str, float]:
    """Current and peak resident memory of a process in MiB (from /proc)."""
    status = Path(f"/proc/{pid or os.getpid()}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    kib = lambda key: int(fields[key].split()[0]) / 1024  # noqa: E731
    return {"rss_mb": round(kib("VmRSS"), 1), "peak_rss_mb": round(kib("VmHWM"), 1)}


def machine() -> dict[str, object]:
    """What the figures were measured on."""
    import platform

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem / 1024 / 1024, 1),
            "python": platform.python_version(), "platform": platform.platform()}
