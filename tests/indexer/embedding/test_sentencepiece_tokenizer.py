"""SentencePiece gives the token ids `tokenizers` gives from the model folder's tokenizer.json."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from tokenizers import Tokenizer

from granska.settings import DEFAULT_EMBED_MODEL
from indexer.embedding.encoder import Encoder
from indexer.embedding.sentencepiece_tokenizer import SentencePieceTokenizer, UnsupportedTokenizer, sentencepiece_files
from tests.conftest import MODELS_DIR, ROOT

pytestmark = pytest.mark.integration

EDGES = ["", "   ", " a", "a ", "a\n", "\n\nrubrik\n\n", "a  b\t\tc", "\u200b a \u200b", "a\u00a0b", "ﬁ ① Ｆｕｌｌ ½ ㎏",
         "<s> </s> <mask> <unk>", "x<mask>y", "한국어 日本語 العربية हिन्दी 😀", "Lång text. " * 300]


@pytest.fixture(scope="module")
def folder() -> Path:
    return Path(Encoder(DEFAULT_EMBED_MODEL, MODELS_DIR, backend="onnx").path)  # the materialised model folder


@pytest.fixture(scope="module")
def reference(folder) -> Tokenizer:  # noqa: ANN001
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=512)
    return tokenizer


def test_the_ids_of_the_corpus_questions_and_edge_cases_are_tokenizers_ids(folder, reference, corpus) -> None:  # noqa: ANN001
    ours = SentencePieceTokenizer(folder=folder, max_length=512)
    questions = [json.loads(line)["text"] for line in (ROOT / "evals" / "gold" / "queries.jsonl").open(encoding="utf-8")]
    entries = [entry.text for entry in corpus.entries]
    texts = [*entries, *questions, *(f"query: {q}" for q in questions), *(f"passage: {e}" for e in entries), *EDGES]
    different = [t for t in texts if ours.ids(t) != reference.encode(t).ids]
    assert len(texts) > 1000 and different == []


def test_every_character_of_planes_0_and_1_is_read_alike(folder, reference) -> None:  # noqa: ANN001
    ours = SentencePieceTokenizer(folder=folder, max_length=512)
    chars = [chr(c) for c in range(0x20, 0x2FFFF) if unicodedata.category(chr(c)) not in ("Cs", "Co", "Cn")]
    different = [c for c in chars if ours.ids(f"x{c}y {c}") != reference.encode(f"x{c}y {c}").ids]
    assert len(chars) > 100_000 and different == []


def test_untruncated_ids_count_every_token(folder) -> None:  # noqa: ANN001
    ours = SentencePieceTokenizer(folder=folder, max_length=512)
    long = "Regionstyrelsen beslutar. " * 200
    assert len(ours.ids(long)) == 512 and len(ours.ids(long, truncate=False)) > 600


def test_another_kind_of_tokenizer_is_refused_by_name(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "tokenizer.json").write_text(json.dumps({"model": {"type": "BPE"}, "normalizer": None}), encoding="utf-8")
    with pytest.raises(UnsupportedTokenizer, match="BPE"):
        sentencepiece_files(tmp_path)


def test_a_damaged_or_missing_file_is_made_again(folder, reference, tmp_path) -> None:  # noqa: ANN001
    import shutil

    copy = tmp_path / "model"
    copy.mkdir()
    shutil.copy2(folder / "tokenizer.json", copy / "tokenizer.json")
    spm_file, charsmap_file = sentencepiece_files(copy)
    text = "Regionstyrelsen beslutar den 19 november 2024."
    data = bytearray(spm_file.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte of a score or a piece: loads, but is not the model
    spm_file.write_bytes(bytes(data))
    assert SentencePieceTokenizer(folder=copy, max_length=512).ids(text) == reference.encode(text).ids
    charsmap_file.unlink()
    assert SentencePieceTokenizer(folder=copy, max_length=512).ids(text) == reference.encode(text).ids
    spm_file.write_bytes(b"not a model")
    (copy / "onnx" / "tokenizer.spm.json").unlink()  # no record either: still made again
    assert SentencePieceTokenizer(folder=copy, max_length=512).ids(text) == reference.encode(text).ids


def test_the_tokenizers_fallback_gives_the_same_ids(folder) -> None:  # noqa: ANN001
    """For a tokenizer.json of another kind, OnnxModel falls back to `tokenizers`: same contract."""
    from indexer.embedding.onnx_model import _TokenizersIds

    fallback, ours = _TokenizersIds(folder=folder, max_length=512), SentencePieceTokenizer(folder=folder, max_length=512)
    long = "Regionstyrelsen beslutar. " * 200
    for text in ("Vem beslutade om pausen?", " a ", long):
        assert fallback.ids(text) == ours.ids(text)
    assert fallback.ids(long, truncate=False) == ours.ids(long, truncate=False) and fallback.pad == ours.pad
