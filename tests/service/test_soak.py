"""A two-minute soak at 16 concurrent clients against `granska serve`: no errors, flat memory."""

from __future__ import annotations

import pytest

from evals.bench.common import rss_mb
from evals.bench.http import ServerProcess, soak

pytestmark = pytest.mark.integration

SOAK_SECONDS = 120
CLIENTS = 16


def test_soak(built_settings, capsys) -> None:
    with ServerProcess(built_settings) as server:
        soak(server.url, 10, 4)  # warm up, then measure from a settled state
        start = rss_mb(server.process.pid)
        result = soak(server.url, SOAK_SECONDS, CLIENTS)
        end = rss_mb(server.process.pid)
    with capsys.disabled():
        print(f"\nsoak {SOAK_SECONDS}s × {CLIENTS} klienter: {result['requests']} anrop, {result['errors']} fel, "
              f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms; RSS start {start['rss_mb']} MiB, "
              f"slut {end['rss_mb']} MiB, topp {end['peak_rss_mb']} MiB")
    assert result["errors"] == 0 and result["requests"] > 100
    assert end["rss_mb"] <= start["rss_mb"] * 1.15 + 30
