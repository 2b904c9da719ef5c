"""Benchmark helpers: percentiles by nearest rank, and ask timed beside the floor after a warm-up."""

from __future__ import annotations

from evals.bench.common import ask_beside_floor, percentiles


def test_percentiles_by_nearest_rank() -> None:
    # 1..20 ms: median 10.5, p95 = 19th value, p99 = 20th value, mean 10.5.
    assert percentiles([float(v) for v in range(20, 0, -1)]) == {"p50": 10.5, "p95": 19.0, "p99": 20.0, "mean": 10.5}
    assert percentiles([]) == {"p50": 0.0, "p95": 0.0, "p99": 0.0, "mean": 0.0}


def test_every_question_is_warmed_up_before_anything_is_timed() -> None:
    calls: list[str] = []

    class Fake:
        def ask(self, q: str) -> None:
            calls.append(f"ask {q}")

        def encode_query(self, q: str) -> None:
            calls.append(f"embed {q}")

    fake = Fake()
    asks, floor = ask_beside_floor(fake, fake, ["a", "b"], rounds=2)
    assert calls[:2] == ["ask a", "ask b"]  # the untimed round
    assert calls[2:] == ["embed a", "ask a", "embed b", "ask b"] * 2
    assert len(asks) == len(floor) == 4 and all(ms >= 0 for ms in asks + floor)
