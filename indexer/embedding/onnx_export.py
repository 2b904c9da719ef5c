"""The ONNX files of a sentence-transformers folder, made once and kept beside it.

``onnx_file(folder, backend)`` returns ``folder/onnx/model.onnx`` or ``model_qint8.onnx``. Both
start from one export with torch's TorchScript exporter (opset 17, dynamic batch and sequence axes)
of the transformer with its plain ("eager") attention, whose pattern onnxruntime recognises:
``model.onnx`` is that graph with onnxruntime's transformer fusions (one Attention operator per
layer, fused embedding and layer norms; 13 % faster per query than the SDPA export in BENCHMARKS.md's A/B, same vectors),
``model_qint8.onnx`` its dynamic int8 quantisation (the quantiser does not take fused graphs).
Each file has a record beside it with its size, SHA-256, the weights it was made from and the
recipe; a file whose bytes or recipe do not match its record (or has none) is made again, so a
corrupt, half-written or outdated file is never loaded. Making the files needs torch; using them
does not.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from granska.errors import ConfigError
from indexer.corpus.manifest import sha256_of

ONNX_DIR = "onnx"
FILES = {"onnx": "model.onnx", "onnx-int8": "model_qint8.onnx"}
OPSET = 17
# Bumped when the way a file is made changes, so that files made the old way are made again.
RECIPE = 2


def _record(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def weights_stamp(folder: Path) -> dict[str, list[int]]:
    """The folder's weight files by size and modification time: a file made from other weights is stale."""
    return {f.name: [f.stat().st_size, f.stat().st_mtime_ns] for f in sorted(Path(folder).glob("*"))
            if f.suffix in (".safetensors", ".bin") and f.is_file()}


def is_intact(path: Path, weights: dict[str, list[int]] | None = None) -> bool:
    """The file exists, its size and SHA-256 are those recorded when it was made, and (when
    ``weights`` is given) it was made from those weights."""
    record = _record(path)
    if not path.is_file() or not record.is_file():
        return False
    try:
        expected = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if expected.get("recipe") != RECIPE or (weights is not None and expected.get("weights") != weights):
        return False
    return expected.get("size") == path.stat().st_size and expected.get("sha256") == sha256_of(path)


def _keep(made: Path, target: Path, started: float, source: str) -> Path:
    """Move a finished file into place and record its size, digest and weights (the record last)."""
    os.replace(made, target)
    record = {"size": target.stat().st_size, "sha256": sha256_of(target), "source": source, "opset": OPSET, "recipe": RECIPE,
              "weights": weights_stamp(target.parent.parent), "seconds": round(time.perf_counter() - started, 1)}
    _record(target).write_text(json.dumps(record, indent=1), encoding="utf-8")
    return target


def onnx_file(folder: Path, backend: str) -> Path:
    """The backend's ONNX file in ``folder/onnx/``, made first if it is missing or corrupt."""
    if backend not in FILES:
        raise ConfigError(f"okänd ONNX-backend '{backend}'; tillåtna: {', '.join(FILES)}")
    target = Path(folder) / ONNX_DIR / FILES[backend]
    if is_intact(target, weights_stamp(folder)):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".export-") as work:
        plain = _export(Path(folder), Path(work) / "plain.onnx")
        made = Path(work) / "made.onnx"
        if backend == "onnx-int8":
            source = _quantize(plain, made)
        else:
            source = _fuse(Path(folder), plain, made)
        return _keep(made, target, started, source)


def _export(folder: Path, target: Path) -> Path:
    """The folder's transformer as ONNX at ``target``, with eager attention (needs torch)."""
    try:
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise ConfigError(f"ONNX-filen {target} saknas eller är skadad och torch finns inte här för att göra den; "
                          "kör 'granska index' en gång i en miljö med torch, eller välj GRANSKA_EMBED_BACKEND=torch") from None
    print(f"Exporterar {folder.name} till ONNX (en gång, ~15 s) …", file=sys.stderr, flush=True)
    model = SentenceTransformer(str(folder), device="cpu", model_kwargs={"attn_implementation": "eager"})
    model = model[0].auto_model.eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask):  # noqa: ANN001, ANN202
            return self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    example = (torch.ones((1, 8), dtype=torch.long), torch.ones((1, 8), dtype=torch.long))
    axes = {"batch": 0, "sequence": 1}
    with torch.no_grad():
        torch.onnx.export(LastHiddenState(), example, str(target), input_names=["input_ids", "attention_mask"],
                          output_names=["last_hidden_state"], opset_version=OPSET, dynamo=False,
                          dynamic_axes={name: {v: k for k, v in axes.items()}
                                        for name in ("input_ids", "attention_mask", "last_hidden_state")})
    return target


def _fuse(folder: Path, plain: Path, target: Path) -> str:
    """onnxruntime's BERT fusions of ``plain`` written to ``target``; what was done, for the record."""
    from onnxruntime.transformers.optimizer import optimize_model

    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    fused = optimize_model(str(plain), model_type="bert", num_heads=int(config["num_attention_heads"]),
                           hidden_size=int(config["hidden_size"]), opt_level=0)
    fused.save_model_to_file(str(target))
    counts = {op: n for op, n in fused.get_fused_operator_statistics().items() if n}
    return f"torch.onnx.export (eager attention) + onnxruntime.transformers.optimize_model(bert): {counts}"


def _quantize(plain: Path, target: Path) -> str:
    """onnxruntime's dynamic int8 quantisation of ``plain`` written to ``target``."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    print(f"Kvantiserar {plain.name} till int8 (en gång) …", file=sys.stderr, flush=True)
    quantize_dynamic(str(plain), str(target), weight_type=QuantType.QInt8)
    return "torch.onnx.export (eager attention) + onnxruntime.quantization.quantize_dynamic(QInt8)"
