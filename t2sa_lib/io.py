"""Files in and out: JSONL records with line-numbered errors, atomic writes, audio.

Every writer here goes through :func:`atomic_write_bytes`: the data lands in a
temporary file in the destination folder, is flushed to disk and then renamed
over the target, so a crash never leaves a half-written file where a good one
was.
"""
from __future__ import annotations

import json
import math
import os
import tempfile
import warnings
from fractions import Fraction
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import numpy as np

from .params import LANGS, ParamsError, SpatialParams


class RecordError(ValueError):
    """A JSONL file holds a bad line; the message starts with ``file:line:``."""


class AudioError(ValueError):
    """An audio file is missing, unreadable, empty or holds non-finite samples."""


# ---------------------------------------------------------------- atomic writes
def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file + fsync + rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def atomic_write_text(path: str | os.PathLike, text: str) -> Path:
    """Write UTF-8 text atomically."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: str | os.PathLike, obj: Any, indent: int = 2) -> Path:
    """Write ``obj`` as pretty JSON (UTF-8, keys in insertion order) atomically."""
    return atomic_write_text(path, json.dumps(obj, ensure_ascii=False, indent=indent) + "\n")


def dumps_jsonl(records: Iterable[Mapping]) -> str:
    """Records -> JSONL text (UTF-8 kept readable, one object per line)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def write_jsonl(path: str | os.PathLike, records: Iterable[Mapping]) -> Path:
    """Write records as JSONL atomically."""
    return atomic_write_text(path, dumps_jsonl(records))


# ---------------------------------------------------------------- JSONL reading
def iter_jsonl(path: str | os.PathLike) -> Iterator[tuple[int, dict]]:
    """Yield ``(line_number, object)`` for each non-blank line of a JSONL file.

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    RecordError
        For a line that is not a JSON object, naming file and line.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise RecordError(f"{path}:{lineno}: malformed JSON ({e.msg} at column "
                                  f"{e.colno})") from None
            if not isinstance(obj, dict):
                raise RecordError(f"{path}:{lineno}: expected a JSON object, got "
                                  f"{type(obj).__name__}")
            yield lineno, obj


def validate_record(rec: Mapping, where: str = "", require_text: bool = True,
                    require_params: bool = True) -> SpatialParams | None:
    """Check one dataset record; return its parameters (or None if not required).

    Checks ``text`` (non-empty string), ``lang`` (one of :data:`LANGS`, if
    present or if ``require_text``) and the spatial fields of the paper's schema.
    """
    pre = f"{where}: " if where else ""
    if require_text:
        text = rec.get("text")
        if text is None:
            raise RecordError(f"{pre}missing field 'text'")
        if not isinstance(text, str):
            raise RecordError(f"{pre}field 'text' must be a string, got {type(text).__name__}")
        if not text.strip():
            raise RecordError(f"{pre}field 'text' is empty")
        if "lang" not in rec:
            raise RecordError(f"{pre}missing field 'lang' (one of {', '.join(LANGS)})")
    if "lang" in rec and rec["lang"] not in LANGS:
        raise RecordError(f"{pre}field 'lang' = {rec['lang']!r} is not a known language "
                          f"(one of {', '.join(LANGS)})")
    if not require_params:
        return None
    try:
        return SpatialParams.from_record(rec, where)
    except ParamsError as e:
        raise RecordError(str(e)) from None


def read_records(path: str | os.PathLike, require_params: bool = True) -> list[dict]:
    """Read and validate a dataset JSONL file; every line must be a good record.

    Returns the raw dicts (validated). Errors name ``file:line`` and the field.
    """
    out = []
    for lineno, rec in iter_jsonl(path):
        validate_record(rec, f"{path}:{lineno}", require_params=require_params)
        out.append(rec)
    return out



def read_params_file(path: str | os.PathLike) -> tuple[SpatialParams, str | None]:
    """One record of the schema from a JSON file (an object, or a list of exactly one).

    Returns the parameters and the record's ``text`` (None if absent). Errors name
    the file, and the line for malformed JSON.
    """
    path = Path(path)
    try:
        rec = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: no such parameter file") from None
    except json.JSONDecodeError as e:
        raise ValueError(f"{path}:{e.lineno}: malformed JSON ({e.msg})") from None
    if isinstance(rec, list):
        if len(rec) != 1:
            raise ValueError(f"{path}: expected one record, found a list of {len(rec)}")
        rec = rec[0]
    if not isinstance(rec, dict):
        raise ValueError(f"{path}: expected a JSON object with the schema's fields")
    return SpatialParams.from_record(rec, where=str(path)), rec.get("text")

# ---------------------------------------------------------------- audio
def resample(x: np.ndarray, sr_in: int, sr_out: int) -> np.ndarray:
    """Polyphase resampling along axis 0 (deterministic, no external state)."""
    if sr_in == sr_out:
        return x
    from scipy.signal import resample_poly

    frac = Fraction(int(sr_out), int(sr_in)).limit_denominator(10000)
    return resample_poly(x, frac.numerator, frac.denominator, axis=0).astype(np.float32)


def read_audio(path: str | os.PathLike, sr: int | None = None, mono: bool = True
               ) -> tuple[np.ndarray, int]:
    """Read an audio file as float32, optionally resampled and downmixed.

    Parameters
    ----------
    path : path
        Any format libsndfile reads (WAV, FLAC, OGG, ...).
    sr : int, optional
        Target sample rate in Hz; the file's own rate if None.
    mono : bool
        Downmix several channels to one by averaging (with a warning).

    Returns
    -------
    (samples, sample_rate)
        ``samples`` has shape (n,) if mono else (n, channels).

    Raises
    ------
    AudioError
        Missing, unreadable, empty file or NaN/Inf samples.
    """
    import soundfile as sf

    path = Path(path)
    if not path.exists():
        raise AudioError(f"{path}: no such audio file")
    try:
        x, file_sr = sf.read(str(path), dtype="float32", always_2d=True)
    except Exception as e:  # libsndfile raises its own types for garbage input
        raise AudioError(f"{path}: cannot read audio ({e})") from None
    if x.shape[0] == 0:
        raise AudioError(f"{path}: the audio file is empty (0 samples)")
    if not np.all(np.isfinite(x)):
        raise AudioError(f"{path}: the audio holds NaN or Inf samples")
    if mono:
        if x.shape[1] > 1:
            warnings.warn(f"{path}: {x.shape[1]} channels downmixed to mono", stacklevel=2)
        x = x.mean(axis=1)
    if sr is not None and sr != file_sr:
        x = resample(x, file_sr, sr)
        file_sr = sr
    return np.ascontiguousarray(x, dtype=np.float32), int(file_sr)


AUDIO_FORMATS = {".wav": ("WAV", "FLOAT"), ".flac": ("FLAC", "PCM_24")}


def write_audio(path: str | os.PathLike, x: np.ndarray, sr: int,
                subtype: str | None = None) -> Path:
    """Write audio atomically; format from the suffix (.wav float32, .flac 24-bit).

    Samples outside [-1, 1] are refused for FLAC (it would clip silently); WAV
    is written as 32-bit float and keeps them.
    """
    import io as _io

    import soundfile as sf

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in AUDIO_FORMATS:
        raise AudioError(f"{path}: unknown audio format {suffix!r} (use .wav or .flac)")
    x = np.asarray(x, dtype=np.float32)
    if not np.all(np.isfinite(x)):
        raise AudioError(f"{path}: refusing to write NaN or Inf samples")
    fmt, default_subtype = AUDIO_FORMATS[suffix]
    subtype = subtype or default_subtype
    if subtype.startswith("PCM") and x.size and float(np.max(np.abs(x))) > 1.0:
        raise AudioError(f"{path}: peak {float(np.max(np.abs(x))):.3f} exceeds full scale; "
                         f"{subtype} would clip (normalise, limit, or write float WAV)")
    buf = _io.BytesIO()
    sf.write(buf, x, int(sr), format=fmt, subtype=subtype)
    return atomic_write_bytes(path, buf.getvalue())


def db_to_lin(db: float) -> float:
    """Amplitude factor of a level in dB."""
    return 10.0 ** (db / 20.0)


def lin_to_db(x: float, floor: float = 1e-12) -> float:
    """Level in dB of an amplitude factor (floored to avoid -inf)."""
    return 20.0 * math.log10(max(abs(x), floor))
