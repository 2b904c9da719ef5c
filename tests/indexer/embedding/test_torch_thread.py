"""The model thread: every call runs on one thread, whoever calls; results and errors come back."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from indexer.embedding.torch_thread import TorchThread


def test_calls_from_many_threads_run_on_one() -> None:
    model_thread = TorchThread("test-model")
    with ThreadPoolExecutor(8) as pool:
        names = list(pool.map(lambda _: model_thread.run(lambda: threading.current_thread().name), range(32)))
    assert set(names) == {"test-model"}


def test_result_and_error_reach_the_caller() -> None:
    model_thread = TorchThread()
    assert model_thread.run(pow, 2, 10) == 1024
    with pytest.raises(ZeroDivisionError):
        model_thread.run(lambda: 1 / 0)
    assert model_thread.run(sorted, [3, 1, 2], reverse=True) == [3, 2, 1]  # still serving after an error


def test_a_call_from_the_model_thread_itself_does_not_wait_for_itself() -> None:
    model_thread = TorchThread()
    assert model_thread.run(lambda: model_thread.run(lambda: "inner")) == "inner"


@pytest.mark.integration
def test_the_encoder_uses_the_model_thread(loaded_index) -> None:
    from indexer.embedding.torch_thread import MODEL_THREAD

    seen: list[str] = []
    encoder = loaded_index.encoder
    model = encoder.model if encoder.backend == "torch" else encoder.onnx  # whichever backend serves
    original = model.encode
    model.encode = lambda *a, **kw: seen.append(threading.current_thread().name) or original(*a, **kw)
    try:
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(loaded_index.encoder.encode_query, ["Millennium", "driftstart"]))
    finally:
        del model.encode
    assert seen == [MODEL_THREAD.name] * 2


def test_an_idle_model_thread_keeps_nothing_of_its_last_call() -> None:
    import gc
    import weakref

    class Model:
        def encode(self) -> str:
            return "vector"

    model_thread, model = TorchThread(), Model()
    assert model_thread.run(model.encode) == "vector"
    gone = weakref.ref(model)
    del model
    gc.collect()
    assert gone() is None
