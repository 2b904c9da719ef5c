"""The ONNX backends: made once, remade when corrupt, equal to torch (fp32), no torch at query time,
and never mixed with another backend's index."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from granska.errors import ConfigError
from granska.settings import DEFAULT_EMBED_MODEL
from indexer.embedding.encoder import Encoder
from indexer.embedding.onnx_export import is_intact, onnx_file
from tests.conftest import MODELS_DIR, ROOT
from tests.indexer.embedding.test_encoder import SENTENCES

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def torch_encoder() -> Encoder:
    return Encoder(DEFAULT_EMBED_MODEL, MODELS_DIR)


@pytest.fixture(scope="module")
def onnx_encoder() -> Encoder:
    return Encoder(DEFAULT_EMBED_MODEL, MODELS_DIR, backend="onnx")


def test_fp32_onnx_gives_torchs_vectors_and_token_counts(torch_encoder: Encoder, onnx_encoder: Encoder) -> None:
    texts = [text for _, text in SENTENCES] + ["ett ord", "Lång text. " * 80]
    ours, theirs = onnx_encoder.encode_passages(texts), torch_encoder.encode_passages(texts)
    assert ours.shape == theirs.shape == (len(texts), 384)
    assert np.min(np.sum(ours * theirs, axis=1)) > 0.99999
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    query = "Vem beslutade om Go live?"
    assert float(onnx_encoder.encode_query(query) @ torch_encoder.encode_query(query)) > 0.99999
    assert [onnx_encoder.count_tokens(t) for t in texts] == [torch_encoder.count_tokens(t) for t in texts]
    assert (onnx_encoder.max_tokens, onnx_encoder.dimension) == (torch_encoder.max_tokens, torch_encoder.dimension)


def test_int8_is_close_but_not_exact(torch_encoder: Encoder) -> None:
    int8 = Encoder(DEFAULT_EMBED_MODEL, MODELS_DIR, backend="onnx-int8")
    texts = [text for _, text in SENTENCES]
    cosines = np.sum(int8.encode_passages(texts) * torch_encoder.encode_passages(texts), axis=1)
    assert 0.95 < float(cosines.min()) < 0.99999


def test_the_file_is_made_once_and_remade_when_corrupt(tmp_path: Path, onnx_encoder: Encoder) -> None:
    folder = tmp_path / "model"
    source = Path(onnx_encoder.path)
    shutil.copytree(source, folder, ignore=shutil.ignore_patterns("onnx"))
    made = onnx_file(folder, "onnx")
    record = json.loads(made.with_name(made.name + ".json").read_text(encoding="utf-8"))
    assert is_intact(made) and record["size"] == made.stat().st_size
    stamp = made.stat().st_mtime_ns
    assert onnx_file(folder, "onnx") == made and made.stat().st_mtime_ns == stamp  # not made again
    with made.open("r+b") as f:  # one byte flipped in the middle of the weights
        f.seek(made.stat().st_size // 2)
        byte = f.read(1)
        f.seek(-1, os.SEEK_CUR)
        f.write(bytes([byte[0] ^ 0xFF]))
    assert not is_intact(made)
    assert onnx_file(folder, "onnx") == made and is_intact(made)
    made.write_bytes(made.read_bytes()[:1000])  # half-written
    assert not is_intact(made)
    assert onnx_file(folder, "onnx") == made and is_intact(made)
    old = json.loads(made.with_name(made.name + ".json").read_text(encoding="utf-8")) | {"recipe": 1}
    made.with_name(made.name + ".json").write_text(json.dumps(old), encoding="utf-8")  # made the old way
    assert not is_intact(made)
    assert onnx_file(folder, "onnx") == made and is_intact(made)
    weights = folder / "model.safetensors"  # new weights in the folder: the file is stale
    os.utime(weights, ns=(weights.stat().st_atime_ns, weights.stat().st_mtime_ns + 1_000_000_000))
    stamp = made.stat().st_mtime_ns
    assert onnx_file(folder, "onnx") == made and made.stat().st_mtime_ns != stamp
    with pytest.raises(ConfigError, match="okänd ONNX-backend 'onnx-fp16'; tillåtna: onnx, onnx-int8"):
        onnx_file(folder, "onnx-fp16")


def test_the_fp32_file_runs_fused_attention(onnx_encoder: Encoder) -> None:
    import onnx

    made = onnx_file(Path(onnx_encoder.path), "onnx")
    ops = [node.op_type for node in onnx.load(str(made), load_external_data=False).graph.node]
    assert ops.count("Attention") == 12 and "EmbedLayerNormalization" in ops  # one per layer of e5-small


def test_an_unknown_backend_is_refused_with_the_allowed_ones() -> None:
    with pytest.raises(ConfigError, match="okänd backend 'cuda' för inbäddningen; tillåtna: torch, onnx, onnx-int8"):
        Encoder(DEFAULT_EMBED_MODEL, MODELS_DIR, backend="cuda")


def test_asking_with_onnx_never_imports_torch(onnx_encoder: Encoder) -> None:
    onnx_encoder.load()  # the file exists before the child process starts
    code = ("import sys; from indexer.embedding.encoder import Encoder; from granska.settings import DEFAULT_EMBED_MODEL;"
            f"e = Encoder(DEFAULT_EMBED_MODEL, __import__('pathlib').Path({str(MODELS_DIR)!r}), backend='onnx');"
            "v = e.encode_query('När driftsattes Millennium?'); e.count_tokens('x');"
            "print(len(v), 'torch' in sys.modules, 'sentence_transformers' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.stdout.split() == ["384", "False", "False"], done.stderr


def test_an_index_is_queried_only_with_its_own_backend(built_settings) -> None:  # noqa: ANN001
    from service.retrieval.index import LoadedIndex

    built = built_settings.embed_backend
    other = "onnx" if built == "torch" else "torch"
    with pytest.raises(ConfigError, match=f"byggdes med inbäddningen '{built}', men GRANSKA_EMBED_BACKEND är '{other}'"):
        LoadedIndex.load(built_settings.model_copy(update={"embed_backend": other}))


def test_a_build_with_another_backend_embeds_everything_again(tmp_path: Path, built_settings) -> None:  # noqa: ANN001
    from indexer.index.builder import build_index
    from indexer.index.layout import IndexLayout

    other = "onnx-int8" if built_settings.embed_backend != "onnx-int8" else "onnx"
    home = tmp_path / "home"
    shutil.copytree(built_settings.index_root, home / "index", symlinks=True)  # "current" is a relative link
    settings = built_settings.model_copy(update={"home": home, "models_dir": MODELS_DIR, "embed_backend": other})
    report = build_index(settings, progress=False)
    assert report.manifest.backend == other and report.reused == 0 and report.embedded == report.manifest.counts["chunks"]
    live = IndexLayout(settings.index_root).live()
    assert json.loads((live / "manifest.json").read_text(encoding="utf-8"))["backend"] == other
    if other == "torch":
        return
    # The whole service (API, UI, MCP server) on that index answers without importing torch.
    code = ("import sys; from fastapi.testclient import TestClient; from granska.settings import Settings;"
            "from service.api.app import create_app;"
            f"s = Settings(home={str(home)!r}, models_dir={str(MODELS_DIR)!r}, corpus_dir={str(settings.corpus_dir)!r},"
            f" embed_backend={other!r});"
            "c = TestClient(create_app(s)); c.__enter__();"
            "r = c.post('/v1/ask', json={'question': 'När driftsattes Millennium?'});"
            "print(r.status_code, r.json()['answer'][:20], 'torch' in sys.modules, 'sentence_transformers' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.stdout.split()[-3:] == ["2024", "False", "False"] and done.stdout.startswith("200 Den 12 november"), done.stderr[-2000:]
