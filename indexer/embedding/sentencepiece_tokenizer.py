"""The model folder's XLM-R tokenizer run by SentencePiece: `tokenizers`' token ids in a fifth of the memory.

`tokenizers` holds the 250 002-piece Unigram model of multilingual-e5 as a trie of ~282 MiB, the
largest part of a server after the ONNX session. SentencePiece holds the same pieces and scores in
~55 MiB and tokenizes faster. What `tokenizer.json` says is kept exactly:

- its normalizer (the precompiled character map, then runs of spaces to one) runs as `tokenizers`'
  own normalizer object (a few MiB): SentencePiece 0.2.3's check of a precompiled map rejects this
  one, so its own normalisation stays off (identity);
- its Metaspace pre-tokenizer prepends '▁' unless the text already starts with a space: the leading
  space is dropped before SentencePiece adds its own;
- special tokens written in the text ('<s>', '<mask>') are tokens, as `tokenizers` reads them;
- `<s> … </s>` around, truncated to the model's length.

The SentencePiece model and the map are made once from `tokenizer.json` into the folder's `onnx/`.
Equal ids on the corpus, the questions and every character of Unicode's planes 0–1 are tested
(`tests/indexer/embedding/test_sentencepiece_tokenizer.py`).
"""

from __future__ import annotations

import base64
import json
import os
import re
import tempfile
from pathlib import Path

SPM_FILE, CHARSMAP_FILE, RECORD_FILE = "tokenizer.spm", "tokenizer.charsmap", "tokenizer.spm.json"
SPACE = "\u2581"


class UnsupportedTokenizer(ValueError):
    """A tokenizer.json of another kind than XLM-R's Unigram with a precompiled map."""


def _read_spec(tokenizer: dict) -> tuple[list[list], bytes, list[dict]]:
    """Vocabulary with scores, the precompiled map and the special tokens, after checking that
    the tokenizer is the kind this module reproduces."""
    model, norm, pre = tokenizer.get("model") or {}, tokenizer.get("normalizer") or {}, tokenizer.get("pre_tokenizer") or {}
    steps = norm.get("normalizers", []) if norm.get("type") == "Sequence" else [norm]
    kinds = [s.get("type") for s in steps]
    if model.get("type") != "Unigram" or model.get("byte_fallback") or kinds not in (["Precompiled"], ["Precompiled", "Replace"]):
        raise UnsupportedTokenizer(f"modell {model.get('type')}, normaliserare {kinds}")
    if len(steps) == 2 and (steps[1].get("pattern") != {"Regex": " {2,}"} or steps[1].get("content") != " "):
        raise UnsupportedTokenizer(f"ersättning {steps[1]}")
    if pre.get("type") != "Metaspace" or pre.get("replacement") != SPACE or pre.get("prepend_scheme") != "always":
        raise UnsupportedTokenizer(f"förtokenisering {pre}")
    return model["vocab"], base64.b64decode(steps[0]["precompiled_charsmap"]), tokenizer.get("added_tokens", [])


def _model_proto(vocab: list[list], specials: list[dict], unk_id: int) -> bytes:
    """A SentencePiece Unigram model with the vocabulary in the same order (so ids are equal)."""
    from sentencepiece import sentencepiece_model_pb2 as pb

    kind = pb.ModelProto.SentencePiece
    special = {token["content"] for token in specials if token.get("special")}
    model = pb.ModelProto()
    for i, (piece, score) in enumerate(vocab):
        item = model.pieces.add()
        item.piece, item.score = piece, float(score)
        item.type = kind.UNKNOWN if i == unk_id else (kind.CONTROL if piece in special else kind.NORMAL)
    model.trainer_spec.model_type = pb.TrainerSpec.UNIGRAM
    model.trainer_spec.vocab_size = len(vocab)
    model.trainer_spec.unk_id = unk_id
    spec = model.normalizer_spec
    spec.name, spec.add_dummy_prefix, spec.remove_extra_whitespaces, spec.escape_whitespaces = "identity", True, False, True
    return model.SerializeToString()


def sentencepiece_files(folder: Path, remake: bool = False) -> tuple[Path, Path]:
    """The SentencePiece model and the character map in ``folder/onnx/``, made from the folder's
    tokenizer.json when missing, older than it or ``remake`` (UnsupportedTokenizer for another kind)."""
    source = Path(folder) / "tokenizer.json"
    target = Path(folder) / "onnx"
    spm_file, charsmap_file, record = target / SPM_FILE, target / CHARSMAP_FILE, target / RECORD_FILE
    if not remake and _recorded(record, source, spm_file, charsmap_file):
        return spm_file, charsmap_file
    data = json.loads(source.read_text(encoding="utf-8"))
    vocab, charsmap, specials = _read_spec(data)
    target.mkdir(parents=True, exist_ok=True)
    for path, content in ((charsmap_file, charsmap), (spm_file, _model_proto(vocab, specials, data["model"]["unk_id"]))):
        handle, temporary = tempfile.mkstemp(dir=target, prefix=".tmp-")
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, path)  # whole files only: a crash leaves the old file or none
    record.write_text(json.dumps(_stamp(source, spm_file, charsmap_file)), encoding="utf-8")  # the record last
    return spm_file, charsmap_file


def _stamp(source: Path, *made: Path) -> dict[str, object]:
    from indexer.corpus.manifest import sha256_of

    return {"source": [source.stat().st_size, source.stat().st_mtime_ns], **{f.name: sha256_of(f) for f in made}}


def _recorded(record: Path, source: Path, *made: Path) -> bool:
    """The files exist, were made from this tokenizer.json, and are byte for byte what was made
    (a damaged file is made again, not used)."""
    try:
        return all(f.is_file() for f in made) and json.loads(record.read_text(encoding="utf-8")) == _stamp(source, *made)
    except (OSError, ValueError):
        return False


class SentencePieceTokenizer:
    """Token ids as the folder's tokenizer.json gives them, from SentencePiece."""

    def __init__(self, *, folder: Path, max_length: int):
        if max_length < 3:
            raise ValueError(f"max_length måste vara minst 3, inte {max_length}")
        self.max_length = max_length
        try:
            self._sp, self._normalizer = _load(*sentencepiece_files(folder))
        except UnsupportedTokenizer:
            raise
        except Exception:  # noqa: BLE001 - a file that does not load (whatever the library raises): made again, once
            self._sp, self._normalizer = _load(*sentencepiece_files(folder, remake=True))
        control = [self._sp.id_to_piece(i) for i in range(self._sp.get_piece_size())
                   if self._sp.is_control(i) or self._sp.is_unknown(i)]
        self._special = re.compile("(" + "|".join(re.escape(p) for p in sorted(control, key=len, reverse=True)) + ")")
        self.bos, self.eos, self.pad = (self._sp.piece_to_id(p) for p in ("<s>", "</s>", "<pad>"))
        self._space = self._sp.piece_to_id(SPACE)

    def ids(self, text: str, truncate: bool = True) -> list[int]:
        """``<s>`` + the text's pieces + ``</s>``, at most ``max_length`` ids when ``truncate``."""
        pieces: list[int] = []
        for n, part in enumerate(self._special.split(text)):
            if n % 2:
                pieces.append(self._sp.piece_to_id(part))
            elif part:
                pieces.extend(self._plain(part))
        if truncate:
            pieces = pieces[:self.max_length - 2]
        return [self.bos, *pieces, self.eos]

    def _plain(self, text: str) -> list[int]:
        normalized = self._normalizer.normalize_str(text)
        if normalized.startswith(" "):  # Metaspace: a text that starts with a space gets no second '▁'
            normalized = normalized[1:]
            if not normalized:
                return [self._space]
        return self._sp.encode(normalized) if normalized else []


def _load(spm_file: Path, charsmap_file: Path):  # noqa: ANN202 - (SentencePieceProcessor, tokenizers normalizer)
    import sentencepiece
    from tokenizers import Regex, normalizers

    processor = sentencepiece.SentencePieceProcessor(model_file=str(spm_file))
    normalizer = normalizers.Sequence([normalizers.Precompiled(charsmap_file.read_bytes()),
                                       normalizers.Replace(Regex(" {2,}"), " ")])
    normalizer.normalize_str("Å ﬁ")  # a damaged map fails here, not at the first question
    return processor, normalizer
