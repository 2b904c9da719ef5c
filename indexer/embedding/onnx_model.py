"""A sentence-transformers folder run by onnxruntime: no torch at query time.

The model is the ONNX export of the folder's transformer (``onnx_export.onnx_file``); mean pooling
over the attention mask and L2 normalisation follow in numpy, as the folder's ``1_Pooling`` and
``2_Normalize`` modules do. Texts are batched longest first so a batch pads little. Token ids come
from SentencePiece when the folder's tokenizer is XLM-R's Unigram (``sentencepiece_tokenizer``: the
same ids, 55 instead of 282 MiB), else from `tokenizers`.
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

        from indexer.embedding.sentencepiece_tokenizer import SentencePieceTokenizer, UnsupportedTokenizer

        config = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        self.max_seq_length = int(config["max_seq_length"])
        self.dimension = int(json.loads((folder / "config.json").read_text(encoding="utf-8"))["hidden_size"])
        self.folder = folder
        try:
            self.tokenizer: SentencePieceTokenizer | _TokenizersIds = SentencePieceTokenizer(
                folder=folder, max_length=self.max_seq_length)
        except UnsupportedTokenizer:
            self.tokenizer = _TokenizersIds(folder=folder, max_length=self.max_seq_length)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.enable_cpu_mem_arena = False  # the arena keeps the largest batch's buffers for ever
        self.session = ort.InferenceSession(str(file), options, providers=["CPUExecutionProvider"])

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text``, special tokens included, without truncation."""
        return len(self.tokenizer.ids(text, truncate=False))

    def encode(self, texts: list[str], batch_size: int, progress: bool = False) -> np.ndarray:
        """L2-normalised mean-pooled vectors, one row per text, in the order given."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        for start in tqdm(range(0, len(texts), batch_size), desc="Inbäddning (ONNX)", unit="sats", disable=not progress):
            rows = order[start:start + batch_size]
            encoded = [self.tokenizer.ids(texts[i]) for i in rows]
            width = max(len(e) for e in encoded)
            ids = np.full((len(rows), width), self.tokenizer.pad, dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for row, e in enumerate(encoded):
                ids[row, :len(e)], mask[row, :len(e)] = e, 1
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out[rows] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return out


class _TokenizersIds:
    """Token ids from the folder's tokenizer.json by `tokenizers` (any tokenizer kind)."""

    def __init__(self, *, folder: Path, max_length: int):
        from tokenizers import Tokenizer

        self.folder, self.max_length = folder, max_length
        self._truncating = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._truncating.enable_truncation(max_length=max_length)
        pad = json.loads((folder / "special_tokens_map.json").read_text(encoding="utf-8")).get("pad_token", "<pad>")
        self.pad = self._truncating.token_to_id(pad["content"] if isinstance(pad, dict) else pad) or 0

    @cached_property
    def _counting(self):  # noqa: ANN202 - a tokenizers.Tokenizer without truncation, loaded when counting
        from tokenizers import Tokenizer

        return Tokenizer.from_file(str(self.folder / "tokenizer.json"))

    def ids(self, text: str, truncate: bool = True) -> list[int]:
        """The text's ids with the special tokens, at most ``max_length`` when ``truncate``."""
        return (self._truncating if truncate else self._counting).encode(text).ids
