"""Files in and out: JSONL records with line-numbered errors, atomic writes, audio.

Every writer here goes through :func:`atomic_write_bytes`: the data lands in a
temporary file in the destination folder, is flushed to disk and then renamed
over the target, so a crash never leaves a half-written file where a good one
was.
"""
from __future__ import annotations

import contextlib
import json
import math
import os
import stat
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
def _umask() -> int:
    # The umask can only be read by setting it; set it back at once.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _target_mode(path: Path) -> int:
    """The mode a rewritten file should have: the old file's, else what the umask allows."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _named(e: OSError, path: Path) -> OSError:
    """The same kind of error, naming the destination instead of the temp file."""
    err = type(e)(f"{path}: cannot write ({e.strerror or e})")
    err.errno = e.errno
    return err


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file + fsync + rename).

    A new file gets the mode ``open()`` would give it (0666 less the umask); a
    replaced file keeps its mode. Errors name ``path``, not the hidden temp file.
    """
    with _atomic_file(path, binary=True) as f:
        f.write(data)
    return Path(path)


@contextlib.contextmanager
def atomic_open_text(path: str | os.PathLike) -> Iterator[Any]:
    """A UTF-8 text file to write bit by bit that appears at ``path`` only when complete.

    Same guarantees as :func:`atomic_write_bytes` (mode kept, temp file removed on
    error, errors name ``path``), for output too large to hold in memory.
    """
    with _atomic_file(path, binary=False) as f:
        yield f


@contextlib.contextmanager
def _atomic_file(path: str | os.PathLike, binary: bool) -> Iterator[Any]:
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(f"{path}: is a folder, not a file to write")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = _target_mode(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except FileExistsError:
        raise NotADirectoryError(f"{path}: a parent of this path is a file, not a "
                                 f"folder") from None
    except OSError as e:
        raise _named(e, path) from None
    f = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8")
    try:
        yield f                       # errors of the caller's own work pass unchanged
    except BaseException:
        f.close()
        os.unlink(tmp)
        raise
    try:
        with f:
            f.flush()
            os.fchmod(f.fileno(), mode)
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise _named(e, path) from None


def _finite(obj: Any) -> Any:
    """``obj`` with every NaN or infinite float replaced by None (JSON's null)."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, Mapping):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def dumps_json(obj: Any, indent: int | None = None) -> str:
    """Strict JSON text (UTF-8 kept readable): NaN and +-Infinity, which are not
    JSON and which strict parsers refuse, are written as ``null``."""
    try:
        return json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError:
        return json.dumps(_finite(obj), ensure_ascii=False, indent=indent, allow_nan=False)


def atomic_write_text(path: str | os.PathLike, text: str) -> Path:
    """Write UTF-8 text atomically."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: str | os.PathLike, obj: Any, indent: int = 2) -> Path:
    """Write ``obj`` as pretty JSON (UTF-8, keys in insertion order) atomically."""
    return atomic_write_text(path, dumps_json(obj, indent=indent) + "\n")


def dumps_jsonl(records: Iterable[Mapping]) -> str:
    """Records -> JSONL text (UTF-8 kept readable, one object per line)."""
    return "".join(dumps_json(r) + "\n" for r in records)


def write_jsonl(path: str | os.PathLike, records: Iterable[Mapping]) -> Path:
    """Write records as JSONL atomically."""
    return atomic_write_text(path, dumps_jsonl(records))


# ---------------------------------------------------------------- JSONL reading
def loads_strict(text: str | bytes, where: str) -> Any:
    """``json.loads`` with every failure turned into one :class:`RecordError` line.

    Refuses NaN/Infinity (not JSON), nesting deep enough to exhaust the
    interpreter's stack, and integers too long to convert.
    """
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as e:
        at = f"line {e.lineno} column {e.colno}" if e.lineno > 1 else f"column {e.colno}"
        raise RecordError(f"{where}: malformed JSON ({e.msg} at {at})") from None
    except RecursionError:
        raise RecordError(f"{where}: JSON nested too deeply") from None
    except ValueError as e:          # e.g. an integer beyond Python's digit limit
        raise RecordError(f"{where}: unreadable JSON value ({e})") from None


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def iter_jsonl(path: str | os.PathLike) -> Iterator[tuple[int, dict]]:
    """Yield ``(line_number, object)`` for each non-blank line of a JSONL file.

    The file is read line by line (memory does not grow with it); UTF-8 with
    or without a byte-order mark is accepted.

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    RecordError
        For a line that is not UTF-8 or not a JSON object, naming file and line.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    if path.is_dir():
        raise IsADirectoryError(f"{path}: is a folder, not a JSONL file")
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                raise RecordError(f"{path}:{lineno}: not UTF-8 text (byte {e.start + 1} of "
                                  f"the line); save the file as UTF-8") from None
            if not line.strip():
                continue
            obj = loads_strict(line, f"{path}:{lineno}")
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



def read_json_file(path: str | os.PathLike, what: str = "JSON file") -> Any:
    """A strict JSON document from a UTF-8 file (a BOM is accepted); errors name the file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: no such {what}") from None
    except IsADirectoryError:
        raise IsADirectoryError(f"{path}: is a folder, not a {what}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(f"{path}: not UTF-8 text (byte {e.start + 1})") from None
    return loads_strict(text, str(path))


def read_params_file(path: str | os.PathLike) -> tuple[SpatialParams, str | None]:
    """One record of the schema from a JSON file (an object, or a list of exactly one).

    Returns the parameters and the record's ``text`` (None if absent). Errors name
    the file, and the line for malformed JSON.
    """
    rec = read_json_file(path, "parameter file")
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
