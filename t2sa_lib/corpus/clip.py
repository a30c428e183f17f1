"""One corpus clip, fast: render a static source, encode FLAC, write without fsync.

The corpus path differs from :func:`t2sa_lib.render.render` in three ways,
each measured (``benchmarks/bench_corpus.py``):

* the room tail's noise comes from a per-worker :class:`.tailbank.TailBank`
  (the clip's own envelope, a shared noise), instead of being synthesised
  per clip;
* the clip is one FFT convolution at the full output length (a 4 s clip plus
  its tail fits one transform), instead of overlap-add blocks plus a flush
  pass of zeros, and clips of the same transform length share batched
  transforms (:func:`convolve_many`), the same bits at half the cost a row;
* the direct filter is designed once and reused for the DRR reference when
  the source is a point (``spread_deg`` <= 10).

The output has the length, layout, level law, DRR and soft limiter of
``render(..., limit=True)``; moving sources go through ``render`` itself.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import numpy as np
import scipy.fft as sfft

#: FLAC compression level (libFLAC 0-8 as soundfile's 0.0-1.0). Level 0 measured
#: ~35 % faster to encode than libsndfile's default for +6.6 % bytes on a wet clip.
FLAC_LEVEL = 0.0
#: Longest source rendered in one transform (~44 s at 48 kHz); longer ones go
#: through ``render``, which convolves in blocks, so the transforms stay small.
MAX_ONE_FFT_SAMPLES = 1 << 21
#: 24-bit full scale as libsndfile 1.2 converts float to FLAC: x * 2**23, rounded to
#: nearest, clipped to the 24-bit range (checked sample for sample against it).
_FULL_SCALE_24 = np.float32(1 << 23)


def render_clip(x: np.ndarray, sr: int, p, fmt: str, hrtf, hrtf_key: str, seed: int,
                bank) -> tuple[np.ndarray, float]:
    """Render a static source with a bank tail, soft-limited like ``render(limit=True)``.

    One clip of :func:`clip_filter`, :func:`convolve_many` and :func:`finish_clip`;
    the corpus runs those three on several clips at a time.

    Parameters
    ----------
    x : array (n,) float32
        The dry mono source.
    sr, p, fmt, hrtf, hrtf_key, seed, bank
        As :func:`clip_filter`.

    Returns
    -------
    audio : array (n + L - 1, C) float32
        ``L`` is the filter length (direct sound or pre-delay plus tail). A
        transposed view of a (C, n + L - 1) array: :func:`encode_audio` makes
        the interleaved copy while converting to integers, one pass fewer.
    peak_dbfs : float
        Peak after limiting, dBFS (-inf for silence).
    """
    ir = clip_filter(sr, p, fmt, hrtf, hrtf_key, seed, bank)
    return finish_clip(_convolve(x, ir))


def clip_filter(sr: int, p, fmt: str, hrtf, hrtf_key: str, seed: int, bank) -> np.ndarray:
    """The whole FIR (C, L) float32 of a static clip: direct sound plus room tail.

    Parameters
    ----------
    sr : int
        Sample rate, Hz.
    p : SpatialParams
        Static parameters (no ``motion``).
    fmt : {"binaural", "stereo", "foa", "hoa3"}
    hrtf : HRTF or None
        Loaded HRTF (binaural), from the render package's cache.
    hrtf_key : str
        The name the HRTF was asked for (keys the bank).
    seed : int
        The clip's seed: fixes the decorrelators and picks the bank's tail.
    bank : TailBank or None
        None: synthesise the clip's own tail (``room_tail``, as ``render`` does).
    """
    from ..render.filters import SPREAD_POINT_DEG, direct_filter
    from ..render.room import drr_scale, reference_energy

    direct = direct_filter(p, fmt, sr, hrtf, seed)
    # The DRR is measured against the point source, as room_scale does.
    point = direct if p.spread_deg <= SPREAD_POINT_DEG else direct_filter(
        p.replace(spread_deg=SPREAD_POINT_DEG), fmt, sr, hrtf, seed)
    if bank is None:            # the clip's own tail, exactly as render() makes it
        from ..render.filters import room_tail

        tail, pre = room_tail(p, fmt, sr, hrtf, seed).astype(np.float32), 0
    else:
        tail, pre = bank.tail(fmt, hrtf, hrtf_key, sr, p.wet_mix, seed)
    scale = drr_scale(tail, reference_energy(point, fmt), p.drr_db, fmt)
    length = max(direct.shape[1], pre + tail.shape[1])
    ir = np.zeros((direct.shape[0], length), np.float32)
    ir[:, pre:pre + tail.shape[1]] = tail
    ir[:, pre:pre + tail.shape[1]] *= np.float32(scale)
    ir[:, :direct.shape[1]] += direct
    return ir


def finish_clip(y: np.ndarray) -> tuple[np.ndarray, float]:
    """Soft-limit a convolved clip (C, m) in place; its (m, C) view and peak (dBFS)."""
    from ..render.spatial import PeakLimiter

    meter = PeakLimiter(True)
    meter(y)
    return y.T, meter.peak_dbfs


#: Rows (sources plus filter channels) transformed in one call. pocketfft runs
#: 4 rows at a time in SIMD lanes (measured at 2**18 float32 on one core:
#: 0.7-0.9 ms a row in a batch of 4 or more, 1.2-2.2 ms alone) and gives every
#: row the same bits either way, so batching changes speed, never a clip.
BATCH_ROWS = 12


def convolve_many(xs: list, irs: list):
    """Yield ``(i, y)``: the full convolution y (C, n + L - 1) float32 of source ``xs[i]``
    (n,) with filter ``irs[i]`` (C, L), a batch of clips at a time.

    Clips whose transform length and channel count agree share batched
    transforms; each clip's length is :func:`fft_length` of its own output,
    so its samples do not depend on which clips it was batched with. Only one
    batch's outputs are alive at a time if the caller drops each ``y``.
    """
    groups: dict[tuple, list] = {}
    for i, (x, ir) in enumerate(zip(xs, irs)):
        key = (fft_length(len(x) + ir.shape[1] - 1), ir.shape[0])
        groups.setdefault(key, []).append(i)
    for (n_fft, channels), idx in groups.items():
        step = max(1, BATCH_ROWS // (channels + 1))
        for k in range(0, len(idx), step):
            part = idx[k:k + step]
            yield from zip(part, _convolve_batch([xs[i] for i in part],
                                                 [irs[i] for i in part], n_fft))


def _convolve_batch(xs: list, irs: list, n_fft: int) -> list:
    """One transform length for all: each source's spectrum times its filter's.

    The rows are allocated zero-padded to ``n_fft``, so the transform does not
    pad them again in a copy (~0.7 ms a clip less, the same bits).
    """
    rows = np.zeros((len(xs), 1 + irs[0].shape[0], n_fft), np.float32)
    for r, x, ir in zip(rows, xs, irs):
        r[0, :len(x)] = x
        r[1:, :ir.shape[1]] = ir
    spec = sfft.rfft(rows, n_fft, axis=-1)
    del rows
    spec[:, 1:] *= spec[:, :1]
    y = sfft.irfft(spec[:, 1:], n_fft, axis=-1, overwrite_x=True)
    return [y[i, :, :len(x) + ir.shape[1] - 1] for i, (x, ir) in enumerate(zip(xs, irs))]


def _convolve(x: np.ndarray, ir: np.ndarray) -> np.ndarray:
    """Full convolution (C, n + L - 1) float32 of mono ``x`` with ``ir`` (C, L), one FFT.

    One transform at the output length beats overlap-add here: a corpus clip
    and its tail fit in one block, so blocks only add a flush pass.
    """
    return next(convolve_many([x], [ir]))[1]


def fft_length(n: int) -> int:
    """The transform length for an ``n``-sample linear convolution: the smallest
    ``2**k``, ``3 * 2**k`` or ``5 * 2**k`` >= ``n``.

    A fixed rule, never a per-machine measurement, because the length changes the
    float rounding and so the clip's bytes. Measured (scipy.fft float32, 2 rows,
    rfft + irfft, one core): 262144 took 5.3 ms (20 ns a sample) where
    ``next_fast_len``'s 245760 and 253125 took 9.4-9.7 ms (38 ns); above 2**18
    every size costs ~35 ns a sample, so the coarse grid loses little there.
    """
    best = 1 << max(0, int(n) - 1).bit_length()
    for odd in (3, 5):
        k = max(0, -(-int(n) // odd) - 1).bit_length()      # smallest odd * 2**k >= n
        best = min(best, odd << k)
    return best


def encode_audio(audio: np.ndarray, sr: int, ext: str) -> bytes:
    """The file bytes of a clip: 24-bit FLAC (level :data:`FLAC_LEVEL`) or float32 WAV.

    FLAC samples are rounded to 24 bits here as libsndfile would round them,
    because handing libsndfile integers skips its slower float path; the
    samples written are the same.

    Raises
    ------
    ValueError
        NaN or Inf samples, or a FLAC clip beyond full scale (it would clip).
    """
    import io

    import soundfile as sf

    buf = io.BytesIO()
    peak = float(np.max(np.abs(audio))) if audio.size else 0.0
    if not np.isfinite(peak):
        raise ValueError("refusing to write NaN or Inf samples")
    if ext == ".wav":           # float WAV keeps samples beyond full scale
        sf.write(buf, np.ascontiguousarray(audio), int(sr), format="WAV", subtype="FLOAT")
        return buf.getvalue()
    if peak > 1.0:
        raise ValueError(f"peak {peak:.3f} exceeds full scale; 24-bit FLAC would clip")
    # Scale in the samples' own memory order (contiguous either way), then interleave
    # once while casting to integers: ~0.4 ms a 4 s stereo clip less than a strided pass.
    scaled = np.multiply(audio.T, _FULL_SCALE_24)
    np.rint(scaled, out=scaled)
    if peak * (1 << 23) > (1 << 23) - 1:            # only a peak at full scale needs it
        np.clip(scaled, -(1 << 23), (1 << 23) - 1, out=scaled)
    pcm = np.empty(audio.shape, np.int32)
    np.copyto(pcm, scaled.T, casting="unsafe")
    pcm <<= 8               # libsndfile takes 24-bit FLAC samples from int32's top bytes
    sf.write(buf, pcm, int(sr), format="FLAC", subtype="PCM_24", compression_level=FLAC_LEVEL)
    return buf.getvalue()


def write_replace(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temp file and rename, without fsync.

    A corpus does not need fsync: a reader never sees a half-written file
    (the rename is atomic), and after a power cut a resume re-checks every
    audio file against its marker's sha256 and redoes what does not match,
    so a lost or torn file costs one clip, never a wrong one. Two fsyncs
    per clip were ~7 ms of a ~50 ms clip.
    """
    path = Path(path)
    # O_EXCL with mode 0666: the kernel applies the umask, as open() would, with
    # no process-wide umask juggling (Dask may run chunks in threads).
    tmp = path.parent / f".{path.name}.{uuid.uuid4().hex}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
