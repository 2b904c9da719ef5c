"""The backend comparison's inputs and its command line."""

from __future__ import annotations

import subprocess
import sys

from evals.bench.backends import agreement_texts
from tests.conftest import CORPUS_DIR, ROOT


def test_vectors_are_compared_on_at_least_200_passages_and_questions() -> None:
    texts = agreement_texts(CORPUS_DIR)
    passages = [t for t in texts if t.startswith("passage: ")]
    queries = [t for t in texts if t.startswith("query: ")]
    assert len(texts) >= 200 and len(passages) >= 100 and len(queries) >= 100 and len(set(texts)) == len(texts)


def test_an_unknown_backend_is_refused_before_anything_runs() -> None:
    done = subprocess.run([sys.executable, "-m", "granska.cli", "bench", "--no-in-process", "--no-http", "--backends", "torch,gpu"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2 and "okänd backend gpu; tillåtna: torch, onnx, onnx-int8" in done.stderr
