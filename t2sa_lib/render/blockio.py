"""Audio files in and out block by block, so a render's memory does not grow with the file.

:func:`read_mono_blocks` reads any file libsndfile reads as float32 mono
blocks; :class:`BlockWriter` writes blocks to a temporary file next to the
output and renames it over the output only when every block is written
(atomic: a failed render leaves the old file as it was). The output keeps the
mode of the file it replaces, or the umask's mode for a new one.
Formats as :data:`t2sa_lib.files.AUDIO_FORMATS`: ``.wav`` 32-bit float, ``.flac`` 24-bit.
"""
from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path
from typing import Iterator

import numpy as np

from ..files import AUDIO_FORMATS, AudioError, _target_mode


def check_output_path(path) -> tuple[str, str]:
    """(libsndfile format, subtype) for an output path, or AudioError naming the allowed ones.

    Call it before rendering: an unsupported suffix (``.mp3``) is refused at once.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in AUDIO_FORMATS:
        raise AudioError(f"{path}: unknown audio format {suffix!r} (use "
                         f"{' or '.join(AUDIO_FORMATS)})")
    if path.is_dir():
        raise AudioError(f"{path}: is a folder, not an output file")
    return AUDIO_FORMATS[suffix]


def audio_info(path) -> tuple[int, int, int]:
    """(frames, sample rate in Hz, channels) of an audio file, or AudioError."""
    import soundfile as sf

    path = Path(path)
    if not path.is_file():
        raise AudioError(f"{path}: no such audio file")
    try:
        info = sf.info(str(path))
    except Exception as e:  # libsndfile raises its own types for garbage input
        raise AudioError(f"{path}: cannot read audio ({e})") from None
    if info.frames <= 0:
        raise AudioError(f"{path}: the audio file is empty (0 samples)")
    return int(info.frames), int(info.samplerate), int(info.channels)


def read_mono_blocks(path, block: int) -> Iterator[np.ndarray]:
    """Yield the file as float32 mono blocks of ``block`` samples (the last may be shorter).

    Several channels are averaged (with one warning); NaN or Inf samples
    raise AudioError naming the file and the sample.
    """
    path = Path(path)
    frames, _, channels = audio_info(path)
    if channels > 1:
        warnings.warn(f"{path}: {channels} channels downmixed to mono", stacklevel=2)
    raw = _mono_float_wav_offset(path, frames) if channels == 1 else None
    blocks = _raw_blocks(path, raw, frames, block) if raw is not None \
        else _soundfile_blocks(path, channels, block)
    pos = 0
    for x in blocks:
        if not np.all(np.isfinite(x)):
            bad = pos + int(np.argmin(np.isfinite(x)))
            raise AudioError(f"{path}: the audio holds NaN or Inf samples (sample {bad})")
        pos += len(x)
        yield x


def _soundfile_blocks(path: Path, channels: int, block: int) -> Iterator[np.ndarray]:
    import soundfile as sf

    with sf.SoundFile(str(path)) as f:
        while True:
            x = f.read(block, dtype="float32", always_2d=True)
            if len(x) == 0:
                return
            yield np.ascontiguousarray(x[:, 0] if channels == 1
                                       else x.mean(axis=1, dtype=np.float32))


def _mono_float_wav_offset(path: Path, frames: int) -> int | None:
    """Byte offset of the samples of a mono 32-bit float RIFF WAV, else None.

    Such a file's data are the samples themselves, read without libsndfile's
    conversion buffers; anything else (PCM, RF64, several channels) goes
    through soundfile.
    """
    import struct

    with open(path, "rb") as f:
        head = f.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:] != b"WAVE":
            return None
        fmt_ok = False
        while True:
            chunk = f.read(8)
            if len(chunk) < 8:
                return None
            tag, size = struct.unpack("<4sI", chunk)
            if tag == b"fmt ":
                body = f.read(size + size % 2)
                code, ch, _, _, _, bits = struct.unpack("<HHIIHH", body[:16])
                fmt_ok = code == 3 and ch == 1 and bits == 32
            elif tag == b"data":
                ok = fmt_ok and size >= 4 * frames
                return f.tell() if ok else None
            else:
                f.seek(size + size % 2, 1)


def _raw_blocks(path: Path, offset: int, frames: int, block: int) -> Iterator[np.ndarray]:
    with open(path, "rb") as f:
        f.seek(offset)
        for start in range(0, frames, block):
            x = np.fromfile(f, dtype="<f4", count=min(block, frames - start))
            if len(x) == 0:
                return
            yield x.astype(np.float32, copy=False)


class FloatWavWriter:
    """A 32-bit float WAV (or RF64) written straight from numpy, sizes patched on close.

    libsndfile converts float samples in small buffers (0.6 s for 600 s of
    stereo here); the data of a float WAV is the samples' little-endian bytes,
    so they are written as they are. The header is libsndfile's for FLOAT
    (format tag 3, a ``fact`` chunk; RF64 adds ``ds64``), and soundfile reads it.
    """

    def __init__(self, path, sr: int, channels: int, rf64: bool = False):
        self.sr, self.channels, self.rf64, self.frames = int(sr), int(channels), rf64, 0
        self._f = open(path, "wb")
        self._f.write(self._header())

    def _header(self) -> bytes:
        import struct

        data = 4 * self.channels * self.frames
        fmt = struct.pack("<4sIHHIIHH", b"fmt ", 16, 3, self.channels, self.sr,
                          4 * self.channels * self.sr, 4 * self.channels, 32)
        if not self.rf64:
            return (struct.pack("<4sI4s", b"RIFF", 4 + 24 + 12 + 8 + data, b"WAVE") + fmt
                    + struct.pack("<4sII4sI", b"fact", 4, self.frames, b"data", data))
        riff = 4 + 36 + 24 + 12 + 8 + data
        return (struct.pack("<4sI4s", b"RF64", 0xFFFFFFFF, b"WAVE")
                + struct.pack("<4sIQQQI", b"ds64", 28, riff, data, self.frames, 0) + fmt
                + struct.pack("<4sII4sI", b"fact", 4, 0xFFFFFFFF, b"data", 0xFFFFFFFF))

    def write(self, y: np.ndarray) -> None:
        """Append (m, C) samples."""
        self._f.write(np.ascontiguousarray(y, dtype="<f4").data)
        self.frames += len(y)

    def close(self) -> None:
        if self._f.closed:
            return
        self._f.seek(0)
        self._f.write(self._header())
        self._f.close()


class BlockWriter:
    """Write (m, C) float32 blocks to ``path`` atomically.

    ``frames`` (the expected length) lets a WAV over 4 GiB become RF64.
    Use as a context manager: on a clean exit the temporary file is flushed,
    fsynced, given the old file's mode (or ``0o666 & ~umask``) and renamed
    over ``path``; on an exception it is removed and ``path`` is untouched.
    Errors name ``path``, never the temporary file. Samples beyond full scale
    are refused for FLAC (24-bit would clip them); float WAV keeps them.
    """

    #: RIFF sizes are 32-bit: a longer WAV is written as RF64 (same .wav name; libsndfile,
    #: sox, ffmpeg and DAWs read it), e.g. an hour of HOA3 (11 GB).
    WAV_LIMIT_BYTES = 2 ** 32 - 2 ** 16

    def __init__(self, path, sr: int, channels: int, frames: int | None = None):
        self.path = Path(path)
        self.fmt, self.subtype = check_output_path(self.path)
        self.sr, self.channels = int(sr), int(channels)
        if self.fmt == "WAV" and frames is not None \
                and 4 * int(frames) * self.channels > self.WAV_LIMIT_BYTES:
            self.fmt = "RF64"
        self.frames = 0
        self._tmp = None
        self._file = None

    def __enter__(self) -> "BlockWriter":
        import soundfile as sf

        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                         dir=self.path.parent)
        os.close(fd)
        try:
            if self.subtype == "FLOAT":
                self._file = FloatWavWriter(self._tmp, self.sr, self.channels,
                                            rf64=self.fmt == "RF64")
            else:
                self._file = sf.SoundFile(self._tmp, "w", self.sr, self.channels,
                                          self.subtype, format=self.fmt)
        except Exception as e:
            os.unlink(self._tmp)
            raise AudioError(f"{self.path}: cannot write audio ({e})") from None
        return self

    def write(self, y: np.ndarray) -> None:
        """Append a block ``y`` (m, C) float32."""
        if not np.all(np.isfinite(y)):
            raise AudioError(f"{self.path}: refusing to write NaN or Inf samples")
        if self.subtype.startswith("PCM") and y.size and float(np.max(np.abs(y))) > 1.0:
            raise AudioError(f"{self.path}: peak {float(np.max(np.abs(y))):.3f} exceeds full "
                             f"scale; {self.subtype} would clip (use --limit, lower gain_db, "
                             f"or write float WAV)")
        self._file.write(y)
        self.frames += len(y)

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self._file.close()
            if exc_type is None:
                self._commit()
        finally:
            if os.path.exists(self._tmp):
                os.unlink(self._tmp)

    def _commit(self) -> None:
        mode = _target_mode(self.path)
        with open(self._tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(self._tmp, mode)
        os.replace(self._tmp, self.path)
