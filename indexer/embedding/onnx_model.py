"""A sentence-transformers folder run by onnxruntime and tokenizers: no torch at query time.

The model is the ONNX export of the folder's transformer (``onnx_export.onnx_file``); mean pooling
over the attention mask and L2 normalisation follow in numpy, as the folder's ``1_Pooling`` and
``2_Normalize`` modules do. Texts are batched longest first so a batch pads little.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path

import numpy as np
from tqdm import tqdm


class OnnxModel:
    """Embeds texts with an ONNX file and the folder's ``tokenizer.json``."""

    def __init__(self, *, folder: Path, file: Path):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        config = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        self.max_seq_length = int(config["max_seq_length"])
        self.dimension = int(json.loads((folder / "config.json").read_text(encoding="utf-8"))["hidden_size"])
        self.folder = folder
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=self.max_seq_length)
        pad = json.loads((folder / "special_tokens_map.json").read_text(encoding="utf-8")).get("pad_token", "<pad>")
        pad = pad["content"] if isinstance(pad, dict) else pad
        self.tokenizer.enable_padding(pad_id=self.tokenizer.token_to_id(pad) or 0, pad_token=pad)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.enable_cpu_mem_arena = False  # the arena keeps the largest batch's buffers for ever
        self.session = ort.InferenceSession(str(file), options, providers=["CPUExecutionProvider"])

    @cached_property
    def counter(self):  # noqa: ANN201 - a tokenizers.Tokenizer
        """The tokenizer without truncation, for counting; loaded on first use (0.8 s that only an
        index build needs, not a server)."""
        from tokenizers import Tokenizer

        return Tokenizer.from_file(str(self.folder / "tokenizer.json"))

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text``, special tokens included, without truncation."""
        return len(self.counter.encode(text).ids)

    def encode(self, texts: list[str], batch_size: int, progress: bool = False) -> np.ndarray:
        """L2-normalised mean-pooled vectors, one row per text, in the order given."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        for start in tqdm(range(0, len(texts), batch_size), desc="Inbäddning (ONNX)", unit="sats", disable=not progress):
            rows = order[start:start + batch_size]
            encoded = self.tokenizer.encode_batch([texts[i] for i in rows])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out[rows] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return out
