"""One long-lived thread for every model call in the process.

Torch's CPU threads come from OpenMP (libgomp), which gives each calling thread its own team
of workers and keeps it while that thread lives. A web server calls the model from a pool of
threads, so the teams add up; once libgomp manages more threads than there are cores it stops
letting idle workers spin between operations, and every layer then waits for a wake-up. On
this 2-core machine that made a query embedding inside `granska serve` 28 ms instead of 17.
Calling the model from one thread keeps one team.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

T = TypeVar("T")


class TorchThread:
    """Runs submitted calls one at a time on a single daemon thread (a daemon, so that Ctrl-C
    during a long embedding ends the program instead of waiting for the thread)."""

    def __init__(self, name: str = "granska-torch"):
        self.name = name
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def run(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """``fn(*args, **kwargs)`` on the model thread; its result, or its exception re-raised."""
        if threading.current_thread() is self._thread:
            return fn(*args, **kwargs)
        self._start()
        future: Future = Future()
        self._jobs.put((future, fn, args, kwargs))
        return future.result()

    def _start(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        while True:
            future, fn, args, kwargs = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller, who re-raises it
                future.set_exception(exc)
            # An idle thread must not keep the last call alive: its model, texts and vectors.
            del future, fn, args, kwargs


MODEL_THREAD = TorchThread()
