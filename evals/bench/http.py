"""HTTP benchmark: ``granska serve`` on localhost under 1, 4, 8 and 16 concurrent clients."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time

import httpx

from evals.bench.common import percentiles, rss_mb
from evals.gold import load_facts
from granska.settings import Settings


class ServerProcess:
    """``granska serve`` in a child process on a free localhost port."""

    def __init__(self, settings: Settings, extra_env: dict[str, str] | None = None):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "GRANSKA_HOME": str(settings.home), "GRANSKA_MODELS_DIR": str(settings.model_cache),
                    "GRANSKA_CORPUS_DIR": str(settings.corpus_dir), **(extra_env or {})}
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> "ServerProcess":
        self.process = subprocess.Popen(
            [sys.executable, "-m", "granska.cli", "serve", "--port", str(self.port)], env=self.env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/readyz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if self.process.poll() is not None:
                raise RuntimeError("granska serve avslutades innan den blev redo")
            time.sleep(0.25)
        raise RuntimeError("granska serve blev inte redo inom 180 s")

    def __exit__(self, *exc: object) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


async def _load(url: str, questions: list[str], clients: int, requests: int) -> dict[str, object]:
    latencies: list[float] = []
    errors = 0
    queue = [questions[i % len(questions)] for i in range(requests)]

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal errors
        while queue:
            question = queue.pop()
            started = time.perf_counter()
            try:
                r = await http.post("/v1/ask", json={"question": question})
                if r.status_code != 200:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            latencies.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=url, timeout=60) as http:
        await asyncio.gather(*(client(http) for _ in range(clients)))
    elapsed = time.perf_counter() - started
    stats = percentiles(latencies)
    return {"clients": clients, "requests": requests, "errors": errors, "throughput_rps": round(requests / elapsed, 1),
            **{f"{k}_ms": v for k, v in stats.items()}, "p95_over_p50": round(stats["p95"] / stats["p50"], 2)}


def http_bench(settings: Settings, levels: tuple[int, ...] = (1, 4, 8, 16), per_client: int = 12,
               extra_env: dict[str, str] | None = None) -> dict[str, object]:
    """Latency and throughput per concurrency level, and the server's memory."""
    questions = [f.question for f in load_facts()]
    with ServerProcess(settings, extra_env) as server:
        assert server.process is not None
        asyncio.run(_load(server.url, questions, 2, 20))  # warm the server up
        results = [asyncio.run(_load(server.url, questions, n, max(24, n * per_client))) for n in levels]
        memory = rss_mb(server.process.pid)
    return {"levels": results, "server_memory": memory}


def soak(url: str, seconds: float, clients: int) -> dict[str, object]:
    """Keep ``clients`` asking for ``seconds``; count errors."""
    questions = [f.question for f in load_facts()]

    async def run() -> dict[str, object]:
        latencies: list[float] = []
        errors = 0
        deadline = time.monotonic() + seconds

        async def client(http: httpx.AsyncClient, offset: int) -> None:
            nonlocal errors
            i = offset
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    r = await http.post("/v1/ask", json={"question": questions[i % len(questions)]})
                    errors += r.status_code != 200
                except httpx.HTTPError:
                    errors += 1
                latencies.append((time.perf_counter() - started) * 1000)
                i += clients

        async with httpx.AsyncClient(base_url=url, timeout=60) as http:
            await asyncio.gather(*(client(http, n) for n in range(clients)))
        return {"requests": len(latencies), "errors": errors, **{f"{k}_ms": v for k, v in percentiles(latencies).items()}}

    return asyncio.run(run())
