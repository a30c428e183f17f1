"""Corpus builder: (sentence, parameters, spatial audio) examples at scale.

A corpus is a folder::

    DIR/audio/<item_id>.flac      rendered audio (or .wav)
    DIR/items/<item_id>.json      per-item metadata, written after its audio (done marker)
    DIR/failures/<item_id>.json   the error of an item that could not be made
    DIR/metadata.jsonl            all finished items, sorted by index (rewritten at the end)
    DIR/metadata.parquet          the same table for dataframe tools

Items come from a manifest (one JSON object per line: ``sound``, ``text`` and/or
``params``, optional ``format``, ``hrtf``, ``seconds``, ``id``) or are drawn
from the dataset generator (``--generate N --sounds FOLDER``). Every item is
deterministic from the corpus seed and its index: the same command writes the
same bytes, whichever machine or worker renders it. Rerunning resumes: an item
whose marker exists and whose audio still has the recorded checksum is skipped.

Work runs in chunks (one model load per worker, sentences predicted in
batches) on local worker processes, or on an existing Dask distributed cluster
with ``scheduler=ADDRESS``.

A static clip is rendered by :mod:`.clip` (one FFT convolution, batched with
the other clips of its window of ``WINDOW`` items, FLAC level 0, no fsync: a resume re-checks checksums instead) with its room tail's noise
from a per-worker :mod:`.tailbank` of ``tail_bank`` realisations picked by the
clip's seed; ``tail_bank=0`` gives every clip its own tail as ``render`` does.
Moving sources go through ``render``. ``reference=True`` renders every clip
with ``render`` instead, the baseline the benchmark measures in the same run.
Rows record ``tail_bank`` and ``tail_slot``.
"""
from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import re
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..files import (atomic_write_json, atomic_write_text, dumps_json, dumps_jsonl, iter_jsonl,
                     read_audio, write_audio)
from ..params import SpatialParams

BUILTIN_PREFIX = "builtin:"
DEFAULT_SR = 48000
DEFAULT_SECONDS = 4.0
CHUNK = 32
#: Room-tail noises per (format, HRTF, rate) shared in a worker (0 = each clip its own).
DEFAULT_TAIL_BANK = 8


@dataclass(frozen=True)
class Item:
    """One example to make. ``params`` is a record of the paper's schema or None."""

    index: int
    item_id: str
    sound: str
    text: str | None
    params: dict | None
    fmt: str
    hrtf: str
    seconds: float
    seed: int

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def item_seed(corpus_seed: int, index: int) -> int:
    """A per-item seed that depends only on the corpus seed and the item's index."""
    h = hashlib.sha256(f"{corpus_seed}:{index}".encode()).digest()
    return int.from_bytes(h[:4], "little")


def _item_id(index: int, payload: dict) -> str:
    digest = hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False)
                            .encode()).hexdigest()[:10]
    return f"{index:07d}-{digest}"


def _make_item(index, sound, text, params, fmt, hrtf, seconds, seed, given_id=None) -> Item:
    payload = {"sound": sound, "text": text, "params": params, "format": fmt, "hrtf": hrtf,
               "seconds": seconds, "seed": seed}
    return Item(index, given_id or _item_id(index, payload), sound, text, params, fmt, hrtf,
                float(seconds), seed)


#: An item id is a file name stem: letters, digits, '_', '-', '.', not starting with '.'.
_ID_RE = re.compile(r"[\w\-.]{1,128}")
#: Longest clip of one item, seconds (the CLI's --seconds cap; checked before allocating).
MAX_SECONDS = 600.0


def check_item_id(value, where: str) -> str:
    """A manifest ``id`` that is safe as a file name inside the corpus folder."""
    if not isinstance(value, str) or not _ID_RE.fullmatch(value) or value.startswith(".") \
            or ".." in value:
        raise ValueError(f"{where}: field 'id' = {str(value)[:60]!r} must be 1-128 letters, "
                         f"digits, '_', '-' or '.' (no path separators, no '..', not starting "
                         f"with '.')")
    return value


def check_seconds(value, where: str, name: str = "seconds") -> float:
    """A clip length in (0, MAX_SECONDS] seconds."""
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    try:
        v = float(value) if ok else math.nan
    except OverflowError:
        v = math.inf
    if not (math.isfinite(v) and 0 < v <= MAX_SECONDS):
        raise ValueError(f"{where}: field '{name}' must be a number in (0, {MAX_SECONDS:g}] s, "
                         f"got {str(value)[:40]}")
    return v


def _string_field(obj: dict, key: str, default, where: str, choices=None):
    v = obj.get(key, default)
    if not isinstance(v, str) or not v.strip():
        raise ValueError(f"{where}: field '{key}' must be a non-empty string, got "
                         f"{type(v).__name__} {str(v)[:40]}")
    if choices is not None and v not in choices:
        raise ValueError(f"{where}: field '{key}' = {v!r} is not one of {', '.join(choices)}")
    return v


def _manifest_item(obj: dict, where: str, index: int, corpus_seed: int, fmt: str, hrtf: str,
                   seconds: float) -> Item:
    from ..render import FORMATS

    if "sound" not in obj:
        raise ValueError(f"{where}: missing field 'sound' (a file or builtin:NAME)")
    sound = _string_field(obj, "sound", None, where)
    text = obj.get("text")
    if text is None and obj.get("params") is None:
        raise ValueError(f"{where}: needs 'text' and/or 'params'")
    if text is not None and (not isinstance(text, str) or not text.strip()):
        raise ValueError(f"{where}: field 'text' must be a non-empty string")
    if obj.get("params") is not None:
        SpatialParams.from_record(obj["params"], where)       # validate early
    f = _string_field(obj, "format", fmt, where, FORMATS)
    h = _string_field(obj, "hrtf", hrtf, where)
    secs = check_seconds(obj.get("seconds", seconds), where)
    given = check_item_id(obj["id"], where) if "id" in obj else None
    return _make_item(index, sound, text, obj.get("params"), f, h, secs,
                      item_seed(corpus_seed, index), given)


def items_from_manifest(path: Path, corpus_seed: int, fmt: str, hrtf: str,
                        seconds: float) -> list[Item]:
    """Read and check a manifest; errors name the file and line.

    Every field is checked before anything is made: ids are safe file names and
    unique (a duplicate names both lines), ``seconds`` lies in (0, MAX_SECONDS].
    """
    items, lines = [], {}
    for lineno, obj in iter_jsonl(path):
        where = f"{path}:{lineno}"
        it = _manifest_item(obj, where, len(items), corpus_seed, fmt, hrtf, seconds)
        if it.item_id in lines:
            raise ValueError(f"{where}: id {it.item_id!r} repeats line {lines[it.item_id]}; "
                             f"ids must be unique")
        lines[it.item_id] = lineno
        items.append(it)
    if not items:
        raise ValueError(f"{path}: the manifest holds no items")
    return items


def items_from_generator(n: int, sounds: Path, corpus_seed: int, fmt: str, hrtf: str,
                         seconds: float) -> list[Item]:
    """``n`` sentences from the dataset generator, each with a sound from ``sounds``."""
    from ..data.generator import generate

    files = sorted(p for p in Path(sounds).iterdir()
                   if p.suffix.lower() in (".wav", ".flac", ".ogg")) if Path(sounds).is_dir() else []
    if not files:
        raise ValueError(f"{sounds}: no .wav/.flac/.ogg files here (or not a folder)")
    recs = generate(n, seed=corpus_seed)[:n] if n > 0 else []
    rng = np.random.default_rng(corpus_seed)
    return [_make_item(i, str(files[int(rng.integers(len(files)))]), r["text"], None, fmt, hrtf,
                       seconds, item_seed(corpus_seed, i)) for i, r in enumerate(recs)]


# ------------------------------------------------------------------ one chunk of work
_MODEL = {}


def _model(ckpt):
    """The worker's model, loaded once per process."""
    key = str(ckpt)
    if key not in _MODEL:
        from ..infer import T2SInfer

        _MODEL[key] = T2SInfer(ckpt)
    return _MODEL[key]


def _source(item: Item, sr: int, cache: bool = True) -> np.ndarray:
    """The item's dry mono source, float32, exactly ``seconds * sr`` samples."""
    from ..render import make_test_sound

    if item.sound.startswith(BUILTIN_PREFIX):
        return make_test_sound(item.sound[len(BUILTIN_PREFIX):], sr, item.seconds, item.seed)
    n = int(round(check_seconds(item.seconds, item.item_id) * sr))
    x = _decoded(item.sound, sr) if cache else read_audio(item.sound, sr=sr)[0]
    return np.pad(x, (0, max(0, n - len(x))))[:n]


#: Decoded source files kept per worker (a generated corpus reuses a few sounds).
_DECODED: "dict[tuple, np.ndarray]" = {}
_DECODED_BUDGET = 256 << 20
_DECODED_LOCK = threading.Lock()


def _decoded(path: str, sr: int) -> np.ndarray:
    """``read_audio(path, sr)`` samples, cached per worker (read-only).

    Keyed by the file's size and modification time, so an edited file is read
    again; the oldest entries go once the cache holds more than 256 MB.
    """
    st = os.stat(path) if os.path.exists(path) else None
    key = (str(path), int(sr), st and st.st_size, st and st.st_mtime_ns)
    with _DECODED_LOCK:                         # a Dask worker may run chunks in threads
        x = _DECODED.pop(key, None)
    if x is None:
        x, _ = read_audio(path, sr=sr)
        x.setflags(write=False)
    with _DECODED_LOCK:
        _DECODED[key] = x                       # (re)inserted last: most recently used
        while sum(a.nbytes for a in _DECODED.values()) > _DECODED_BUDGET and len(_DECODED) > 1:
            _DECODED.pop(next(iter(_DECODED)))
    return x


@functools.lru_cache(maxsize=16)
def _resolved_root(out: str) -> Path:
    """The corpus folder with links resolved: what every item path must lie inside.

    Kept per process: if the folder is swapped for a link later, the items'
    own resolved paths leave this root and are refused.
    """
    return Path(out).resolve()


def item_path(out: Path, sub: str, item_id: str, ext: str) -> Path:
    """``out/sub/<item_id><ext>``, proven to lie inside ``out`` (links resolved).

    Raises
    ------
    ValueError
        If the path would leave ``out`` (ids are checked on reading; this is
        the last guard before any file is written or removed).
    """
    path = Path(out) / sub / f"{item_id}{ext}"
    if _resolved_root(str(out)) not in path.resolve().parents:
        raise ValueError(f"item id {item_id!r}: {path} lies outside the corpus folder {out}")
    return path


def _read_marker(path: Path) -> dict | None:
    """A finished item's marker, or None if missing, unreadable or not a JSON object."""
    try:
        row = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    return row if isinstance(row, dict) else None


def _sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _predict(items: list[Item], ckpt) -> dict:
    """Parameters for the items without given ones: {index: record or the Exception}."""
    need_model = [it for it in items if it.params is None]
    predicted = {}
    if need_model:
        try:
            preds = _model(ckpt).predict([it.text for it in need_model])
            predicted = {it.index: p for it, p in zip(need_model, preds)}
        except Exception:               # a bad sentence in the batch: predict one by one
            for it in need_model:
                try:
                    predicted[it.index] = _model(ckpt).predict([it.text])[0]
                except Exception as e:
                    predicted[it.index] = e
    return predicted


#: The tail bank of each size, one per worker process (see :mod:`.tailbank`).
_BANKS: "dict[int, object]" = {}


def _bank(size: int):
    """The worker's tail bank of ``size`` realisations, or None for per-clip tails."""
    from .tailbank import TailBank

    if not size:
        return None
    return _BANKS.setdefault(size, TailBank(size))      # setdefault: atomic under threads


#: Items prepared together, so clips of one transform length can share batched FFTs.
WINDOW = 16


@dataclass
class _Clip:
    """One item on its way: its source and filter until convolved, then its audio."""

    item: Item
    params: SpatialParams
    slot: int | None
    x: np.ndarray | None = None
    ir: np.ndarray | None = None
    audio: np.ndarray | None = None
    peak: float = -math.inf


#: Samples of builtin test sounds synthesised in one batch (float64: 32 MB).
SOURCE_BATCH_SAMPLES = 1 << 22


def _sources(items: list[Item], sr: int, reference: bool) -> dict:
    """Each item's dry source (see :func:`_source`), or the Exception making it.

    Builtin test sounds of one name and length are synthesised together
    (``make_test_sounds``: the same samples, shared transforms).
    """
    import warnings

    from ..render.sounds import make_test_sounds

    out, groups = {}, {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for it in items:
            if it.sound.startswith(BUILTIN_PREFIX) and not reference:
                groups.setdefault((it.sound[len(BUILTIN_PREFIX):], it.seconds), []).append(it)
                continue
            try:
                out[it.index] = _source(it, sr, cache=not reference)
            except Exception as e:
                out[it.index] = e
    for (name, seconds), its in groups.items():
        step = max(1, SOURCE_BATCH_SAMPLES // max(1, round(sr * seconds)))
        for k in range(0, len(its), step):
            part = its[k:k + step]
            try:
                rows = make_test_sounds(name, sr, seconds, [it.seed for it in part])
                out.update((it.index, x) for it, x in zip(part, rows))
            except Exception as e:
                out.update((it.index, e) for it in part)
    return out


def _prepare(it: Item, x: np.ndarray, params: SpatialParams, sr: int, tail_bank: int,
             reference: bool) -> _Clip:
    """An item's source ``x`` and filter (static clips), or its finished audio.

    ``reference`` renders with ``render`` per clip at libsndfile's default FLAC
    level: the baseline the benchmark measures beside the corpus path in one run.
    Moving sources and sources longer than ``MAX_ONE_FFT_SAMPLES`` are
    rendered by ``render`` (their own tail, convolved in blocks: small transforms).
    """
    import warnings

    from ..render import render
    from ..render.filters import resolve_hrtf
    from .clip import MAX_ONE_FFT_SAMPLES, clip_filter

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if reference or params.is_moving or len(x) > MAX_ONE_FFT_SAMPLES:
            res = render(x, sr, params, fmt=it.fmt, hrtf=it.hrtf, limit=True, seed=it.seed)
            return _Clip(it, params, None, audio=res.audio, peak=float(res.peak_dbfs))
        bank = _bank(tail_bank)
        ir = clip_filter(sr, params, it.fmt, resolve_hrtf(it.fmt, it.hrtf, sr), it.hrtf,
                         it.seed, bank)
    return _Clip(it, params, None if bank is None else bank.slot(it.seed), x=x, ir=ir)


def _write_row(clip: _Clip, out: Path, sr: int, audio_ext: str, tail_bank: int,
               reference: bool) -> dict:
    """Write and record one item's audio; returns its metadata row (also its marker)."""
    from .clip import encode_audio, write_replace

    it, params, audio, peak, slot = clip.item, clip.params, clip.audio, clip.peak, clip.slot
    audio_path = item_path(out, "audio", it.item_id, audio_ext)
    if reference:                  # libsndfile's default FLAC level, fsync, checksum re-read
        write_audio(audio_path, audio, sr)
        digest = _sha256(audio_path)
    else:
        data = encode_audio(audio, sr, audio_ext)
        write_replace(audio_path, data)
        digest = hashlib.sha256(data).hexdigest()
    row = {"index": it.index, "id": it.item_id, "text": it.text,
           "lang": _lang(it.text), "sound": it.sound, "format": it.fmt, "hrtf": it.hrtf,
           "sample_rate": sr, "seed": it.seed, "seconds": it.seconds,
           "channels": int(audio.shape[1]),
           "params_source": "given" if it.params is not None else "predicted",
           **params.to_record(), "az_deg": round(params.az_deg, 3),
           "el_deg": round(params.el_deg, 3),
           "peak_dbfs": round(peak, 3) if math.isfinite(peak) else None,
           "tail_bank": 0 if slot is None else tail_bank, "tail_slot": slot,
           "audio": str(audio_path.relative_to(out)),
           "sha256": digest}
    marker = item_path(out, "items", it.item_id, ".json")
    if reference:
        atomic_write_json(marker, row)
    else:
        write_replace(marker, (dumps_json(row, indent=2) + "\n").encode("utf-8"))
    return row


def _failed(it: Item, e: Exception, out: Path) -> dict:
    """Record an item's error in ``failures/``; its status dict."""
    err = {"index": it.index, "id": it.item_id, "sound": it.sound, "text": it.text,
           "error": f"{type(e).__name__}: {e}",
           "where": traceback.format_exception_only(type(e), e)[-1].strip()}
    atomic_write_json(item_path(out, "failures", it.item_id, ".json"), err)
    return {"index": it.index, "ok": False, "error": err["error"]}


def _finish(clip: _Clip, out: Path, *job) -> dict:
    """Write a made item (``job``: sr, audio_ext, tail_bank, reference); its status dict."""
    try:
        row = _write_row(clip, out, *job)
        fail = item_path(out, "failures", clip.item.item_id, ".json")
        if fail.exists():
            fail.unlink()
        return {"index": clip.item.index, "ok": True, "row": row}
    except Exception as e:
        return _failed(clip.item, e, out)


def _run_window(items: list[Item], predicted: dict, out: Path, sr: int, audio_ext: str,
                tail_bank: int, reference: bool) -> list[dict]:
    """Make a few items, the static clips' convolutions batched; a status dict each."""
    from .clip import convolve_many, finish_clip

    status, clips = {}, []
    sources = _sources(items, sr, reference)
    for it in items:
        try:
            rec = it.params if it.params is not None else predicted[it.index]
            for given in (rec, sources[it.index]):
                if isinstance(given, Exception):
                    raise given
            clips.append(_prepare(it, sources.pop(it.index), SpatialParams.from_record(rec),
                                  sr, tail_bank, reference))
        except Exception as e:
            status[it.index] = _failed(it, e, out)
    job = (sr, audio_ext, tail_bank, reference)
    for c in clips:
        if c.audio is not None:
            status[c.item.index] = _finish(c, out, *job)
    todo = [c for c in clips if c.audio is None]
    try:
        for i, y in convolve_many([c.x for c in todo], [c.ir for c in todo]):
            c = todo[i]
            c.audio, c.peak = finish_clip(y)
            c.x = c.ir = None
            status[c.item.index] = _finish(c, out, *job)
            c.audio = None
    except Exception as e:          # e.g. out of memory: the clips not yet written fail
        for c in todo:
            if c.item.index not in status:
                status[c.item.index] = _failed(c.item, e, out)
    return [status[it.index] for it in items]


def run_chunk(items: list[Item], out: str, sr: int, ckpt, audio_ext: str,
              tail_bank: int = DEFAULT_TAIL_BANK, reference: bool = False) -> list[dict]:
    """Render a chunk of items (predicting their sentences in one batch).

    Parameters
    ----------
    items, out, sr, ckpt, audio_ext
        As :func:`build_corpus`.
    tail_bank : int
        Room-tail noises shared per (format, HRTF, rate) in this worker, the
        clip's seed picking one (:mod:`.tailbank`); 0 = every clip its own.
    reference : bool
        Render every clip the reference way, for benchmarks (see :func:`_prepare`).

    Returns one status dict per item: ``{"index", "ok", "row" | "error",
    "worker_rss_mb"}`` (the worker process's peak resident memory so far). Never
    raises for a bad item: its error is recorded and the chunk goes on.
    """
    import resource

    out = Path(out)
    predicted = _predict(items, ckpt)
    results = []
    for k in range(0, len(items), WINDOW):
        results += _run_window(items[k:k + WINDOW], predicted, out, sr, audio_ext, tail_bank,
                               reference)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # Linux: KiB
    return [{**r, "worker_rss_mb": round(rss_mb, 1)} for r in results]


def _lang(text):
    if not text:
        return None
    return "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in text) else "en"


def is_done(item: Item, out: Path) -> bool:
    """True when the item's marker exists and its audio still matches the checksum."""
    row = _read_marker(item_path(out, "items", item.item_id, ".json"))
    if (row is None or row.get("index") != item.index or not isinstance(row.get("audio"), str)
            or not isinstance(row.get("sha256"), str)):
        return False
    audio = out / row["audio"]
    if Path(out).resolve() not in audio.resolve().parents:      # a tampered marker
        return False
    try:
        return _sha256(audio) == row["sha256"]
    except OSError:
        return False


# ------------------------------------------------------------------ the whole run
#: Channels a FLAC stream can hold (the format's limit).
FLAC_MAX_CHANNELS = 8


def build_corpus(items: list[Item], out: Path, sr: int = DEFAULT_SR, workers: int | None = None,
                 scheduler: str | None = None, ckpt=None, audio_ext: str = ".flac",
                 chunk: int = CHUNK, log=print, tail_bank: int = DEFAULT_TAIL_BANK,
                 reference: bool = False) -> dict:
    """Make every item not already done; write the metadata table; return a summary.

    ``tail_bank`` room-tail noises are shared per (format, HRTF, rate) in each
    worker, the clip's seed picking one (0: every clip synthesises its own);
    ``reference`` renders every clip with ``render`` (the benchmarks' baseline).
    Either way the bytes depend only on the items and these settings, not on
    the workers.
    """
    from tqdm.auto import tqdm

    from ..render.filters import FORMATS

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"{out}: --out must be a folder, and this is a file")
    too_wide = [it for it in items if audio_ext == ".flac" and FORMATS[it.fmt] > FLAC_MAX_CHANNELS]
    if too_wide:
        raise ValueError(f"item {too_wide[0].item_id} (and {len(too_wide) - 1} more): format "
                         f"{too_wide[0].fmt} has {FORMATS[too_wide[0].fmt]} channels, FLAC holds at "
                         f"most {FLAC_MAX_CHANNELS}; write WAV (--wav) for it")
    for sub in ("audio", "items", "failures"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    todo = [it for it in items if not is_done(it, out)]
    skipped = len(items) - len(todo)
    chunks = [todo[i:i + chunk] for i in range(0, len(todo), chunk)]
    log(f"corpus: {len(items)} items, {skipped} already done, {len(todo)} to make "
        f"in {len(chunks)} chunks" + (f" on Dask at {scheduler}" if scheduler else
                                      f" with {workers or os.cpu_count()} local workers"))
    t0 = time.perf_counter()
    failed = 0
    peak_rss = 0.0
    bar = tqdm(total=len(todo), unit="clip", file=sys.stderr, disable=not todo)
    job = (str(out), sr, ckpt, audio_ext, int(tail_bank), bool(reference))
    arrivals = []
    for results in _execute(chunks, job, workers, scheduler):
        arrivals.append((time.perf_counter(), sum(r["ok"] for r in results)))
        failed += sum(not r["ok"] for r in results)
        peak_rss = max([peak_rss] + [r["worker_rss_mb"] for r in results])
        bar.update(len(results))
    bar.close()
    wall = time.perf_counter() - t0
    rows = write_metadata(items, out)
    summary = {"items": len(items), "made": len(todo) - failed, "skipped": skipped,
               "failed": sum(item_path(out, "failures", it.item_id, ".json").exists()
                             for it in items),
               "seconds": round(wall, 2),
               "clips_per_second": round((len(todo) - failed) / wall, 2) if todo and wall > 0 else None,
               "steady_clips_per_second": None if scheduler else _steady_rate(
                   arrivals, 1 if workers == 1 else workers or os.cpu_count() or 1),
               "peak_worker_rss_mb": peak_rss or None, "metadata_rows": len(rows)}
    log("corpus: " + json.dumps(summary))
    return summary


def _steady_rate(arrivals: list[tuple[float, int]], workers: int) -> float | None:
    """Clips/s once every worker has finished its first chunk (started, imported,
    HRTF loaded, tail bank filling), from the chunks' arrival (time s, clips made);
    None when too few chunks follow that point to say."""
    if len(arrivals) < 3 * workers:
        return None
    (t_warm, _), rest = arrivals[workers - 1], arrivals[workers:]
    dt = rest[-1][0] - t_warm
    return round(sum(n for _, n in rest) / dt, 2) if dt > 0 else None


def _execute(chunks, job: tuple, workers, scheduler):
    """Yield each chunk's results as it finishes (local processes or Dask).

    ``job`` is :func:`run_chunk`'s arguments after the items.
    """
    if not chunks:
        return
    if scheduler:
        from dask.distributed import Client, as_completed

        with Client(scheduler, timeout="20s") as client:
            futures = [client.submit(run_chunk, c, *job, pure=False) for c in chunks]
            for fut in as_completed(futures):
                yield fut.result()
        return
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        for c in chunks:
            yield run_chunk(c, *job)
        return
    yield from _execute_local(chunks, job, workers)


def _execute_local(chunks, job: tuple, workers: int):
    """Yield each chunk's results: ``workers - 1`` spawned processes, and this one.

    This process renders chunks too instead of waiting: it has started and
    imported already, so a run pays one worker's start-up fewer (~1.3 s:
    interpreter, imports, HRTF, tail bank). Each spawned process keeps one
    slot queued so it never waits for this one; once nothing is left to hand
    out, this process takes back a queued chunk that has not started.
    """
    import multiprocessing as mp
    from collections import deque
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    todo, inflight = deque(chunks), set()
    pool = ProcessPoolExecutor(workers - 1, mp_context=mp.get_context("spawn"),
                               initializer=_one_thread)
    try:
        while todo or inflight:
            while todo and len(inflight) < 2 * (workers - 1):
                inflight.add(pool.submit(run_chunk, todo.popleft(), *job))
            finished, _ = wait(inflight, timeout=0 if todo else None,
                               return_when=FIRST_COMPLETED)
            for fut in finished:
                inflight.discard(fut)
                yield fut.result()
            if todo:
                yield run_chunk(todo.popleft(), *job)
    finally:
        # On Ctrl-C stop at once: queued chunks are dropped (a rerun resumes them).
        pool.shutdown(wait=True, cancel_futures=True)


def _one_thread() -> None:
    """A spawned worker is one core: numeric libraries get one thread each.

    The environment covers libraries loaded later (torch reads it on import);
    threadpoolctl the BLAS that numpy has loaded already. Dask's nanny sets
    the same variables for its workers.
    """
    from threadpoolctl import threadpool_limits

    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    threadpool_limits(1)


def write_metadata(items: list[Item], out: Path) -> list[dict]:
    """Collect the finished items' markers into metadata.jsonl and .parquet (atomic)."""
    rows = []
    for it in items:
        row = _read_marker(item_path(out, "items", it.item_id, ".json"))
        if row is not None and row.get("index") == it.index:
            rows.append(row)
    rows.sort(key=lambda r: r["index"])
    atomic_write_text(out / "metadata.jsonl", dumps_jsonl(rows))
    _write_parquet(rows, out / "metadata.parquet")
    return rows


def _write_parquet(rows: list[dict], path: Path) -> None:
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..files import atomic_write_bytes

    flat = [{**{k: v for k, v in r.items() if k not in ("az_sc", "room_depth", "motion")},
             "az_sin": r["az_sc"][0], "az_cos": r["az_sc"][1], "drr_db": r["room_depth"]["drr_db"],
             "motion": json.dumps(r.get("motion")) if r.get("motion") else None} for r in rows]
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(flat), buf)
    atomic_write_bytes(path, buf.getvalue())
