"""Deterministic rendering of a mono sound at :class:`~t2sa_lib.params.SpatialParams`.

Every static render is one linear filter: the mono input convolved with a
``(C, L)`` FIR that is the sum of

* the *direct sound* (:func:`direct_filter`): gain ``gain_db``, the 1/r
  distance law (0 dB at 1 m, so +4.4 dB at 0.6 m and -15.6 dB at 6 m), and the
  direction: an HRIR (binaural), constant-power panning (stereo) or AmbiX
  encoding gains (FOA, HOA3). A spread wider than 10 degrees becomes up to 9
  decorrelated copies fanned evenly across ``az +- spread/2``, each through
  its own flat-magnitude random-phase all-pass, so the energy stays that of
  the point source while the interaural coherence drops;
* the *room* (:mod:`.room`): a tail whose length follows ``wet_mix`` and whose
  energy is exactly ``drr_db`` below the direct sound's.

Nothing is normalised: level, distance and DRR cues survive into the file. A
moving source (``motion``) is rendered block by block with the direct filter
following :func:`.trajectory.params_at` and crossfaded between blocks
(:class:`.stream.BlockRenderer`); its room tail stays where it started.

Output layout: ``(n_samples, C)`` float32, channel 0 = left for binaural and
stereo, AmbiX ACN/SN3D for ``foa`` (4 channels) and ``hoa3`` (16).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping

import numpy as np

from ..params import SpatialParams
from .ambisonics import sh_gains
from .hrtf import HRTF, load_hrtf
from .room import drr_scale, reference_energy, reverb_tail

FORMATS: dict[str, int] = {"binaural": 2, "stereo": 2, "foa": 4, "hoa3": 16}
SPREAD_POINT_DEG = 10.0
MAX_SPREAD_COPIES = 9
LIMIT_THRESHOLD_DBFS = -1.0
SR_RANGE = (8000, 192000)


@dataclass
class RenderResult:
    """A render: ``audio`` (n, C) float32 at ``sr`` Hz in format ``fmt``."""

    audio: np.ndarray
    sr: int
    fmt: str
    peak_dbfs: float
    limited: bool = False
    metadata: dict = field(default_factory=dict)


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    return fmt


def check_mono(x, sr: int) -> np.ndarray:
    """The input as a finite 1-D float32 array, or a ValueError saying what is wrong."""
    if isinstance(sr, bool) or not isinstance(sr, (int, np.integer)) \
            or not SR_RANGE[0] <= sr <= SR_RANGE[1]:
        raise ValueError(f"sample rate {sr!r} must be an integer in {SR_RANGE} Hz")
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == 2 and x.shape[1] == 1:
        x = x[:, 0]
    if x.ndim != 1:
        raise ValueError(f"input must be mono (n,) or (n, 1); got shape {x.shape}")
    if x.size == 0:
        raise ValueError("input has no samples")
    if not np.all(np.isfinite(x)):
        raise ValueError("input contains NaN or Inf samples")
    return x


def as_params(params) -> SpatialParams:
    if isinstance(params, SpatialParams):
        return params
    if isinstance(params, Mapping):
        return SpatialParams.from_record(params)
    raise ValueError(f"params must be SpatialParams or a record dict, not {type(params).__name__}")


def distance_gain(dist_m: float) -> float:
    """Amplitude of the direct sound relative to 1 m (inverse-distance law)."""
    return 1.0 / float(dist_m)


def spread_azimuths(az_deg: float, spread_deg: float) -> np.ndarray:
    """Azimuths (deg) of the copies that make up a source of width ``spread_deg``."""
    if spread_deg <= SPREAD_POINT_DEG:
        return np.array([az_deg])
    k = min(MAX_SPREAD_COPIES, int(math.ceil(spread_deg / 15.0)) + 1)
    return az_deg + np.linspace(-spread_deg / 2.0, spread_deg / 2.0, k)


def decorrelators(k: int, sr: int, seed: int) -> np.ndarray:
    """``k`` unit-energy FIRs (k, L): flat magnitude, random phase, ~6 ms long.

    With ``k == 1`` the single filter is a unit impulse (no decorrelation).
    """
    n = 2 * int(round(0.003 * sr))
    out = np.zeros((k, n))
    if k == 1:
        out[0, 0] = 1.0
        return out
    rng = np.random.default_rng([seed, k])
    phase = rng.uniform(-np.pi, np.pi, (k, n // 2 + 1))
    phase[:, 0] = 0.0
    phase[:, -1] = 0.0
    h = np.fft.irfft(np.exp(1j * phase), n=n, axis=1)
    h *= np.hanning(n + 2)[1:-1] ** 0.5
    return h / np.linalg.norm(h, axis=1, keepdims=True)


def direct_filter(p: SpatialParams, fmt: str, sr: int, hrtf: HRTF | None, seed: int = 0
                  ) -> np.ndarray:
    """The direct-sound FIR (C, L) for static parameters ``p``.

    ``L`` depends only on ``sr`` and the HRIR length, never on ``p``, so
    filters of successive blocks of a moving source line up.
    """
    azs = spread_azimuths(p.az_deg, p.spread_deg)
    dec = decorrelators(len(azs), sr, seed)
    n_ir = hrtf.ir.shape[-1] if fmt == "binaural" else 1
    out = np.zeros((FORMATS[fmt], dec.shape[1] + n_ir - 1))
    for k, az in enumerate(azs):
        if fmt == "binaural":
            ir = hrtf.hrir(az, p.el_deg).astype(np.float64)
            for ear in range(2):
                out[ear] += np.convolve(dec[k], ir[ear])
        else:
            if fmt == "stereo":
                pan = (math.sin(math.radians(az)) + 1.0) * math.pi / 4.0
                g = np.array([math.cos(pan), math.sin(pan)])
            else:
                g = sh_gains(az, p.el_deg, 1 if fmt == "foa" else 3)
            out[:, :dec.shape[1]] += g[:, None] * dec[k][None, :]
    level = 10.0 ** (p.gain_db / 20.0) * distance_gain(p.dist_m) / math.sqrt(len(azs))
    return out * level


def room_tail(p: SpatialParams, fmt: str, sr: int, hrtf: HRTF | None, seed: int = 0
              ) -> np.ndarray:
    """The unscaled room tail (C, L) of ``p`` (it depends on ``wet_mix`` only)."""
    return reverb_tail(FORMATS[fmt], fmt, sr, p.wet_mix, seed + 1, hrtf)


def room_scale(p: SpatialParams, fmt: str, sr: int, hrtf: HRTF | None, tail: np.ndarray,
               seed: int = 0) -> float:
    """The factor putting ``tail`` ``drr_db`` below the (point-source) direct sound of ``p``."""
    direct = direct_filter(p.replace(spread_deg=min(p.spread_deg, SPREAD_POINT_DEG)), fmt, sr,
                           hrtf, seed)
    return drr_scale(tail, reference_energy(direct, fmt), p.drr_db, fmt)


def room_filter(p: SpatialParams, fmt: str, sr: int, hrtf: HRTF | None, seed: int = 0
                ) -> np.ndarray:
    """The room FIR (C, L) of ``p``: ``drr_db`` below its direct sound."""
    tail = room_tail(p, fmt, sr, hrtf, seed)
    return tail * room_scale(p, fmt, sr, hrtf, tail, seed)


def impulse_response(p: SpatialParams, fmt: str, sr: int, hrtf: HRTF | None, seed: int = 0
                     ) -> np.ndarray:
    """The whole static FIR (C, L): direct sound plus room."""
    d, r = direct_filter(p, fmt, sr, hrtf, seed), room_filter(p, fmt, sr, hrtf, seed)
    out = np.zeros((d.shape[0], max(d.shape[1], r.shape[1])))
    out[:, :d.shape[1]] += d
    out[:, :r.shape[1]] += r
    return out


def soft_limit(x: np.ndarray, threshold_dbfs: float = LIMIT_THRESHOLD_DBFS) -> np.ndarray:
    """Leave samples below the threshold alone; bend those above smoothly toward 0 dBFS."""
    t = 10.0 ** (threshold_dbfs / 20.0)
    a = np.abs(x)
    over = a > t
    y = x.copy()
    y[over] = np.sign(x[over]) * (t + (1.0 - t) * np.tanh((a[over] - t) / (1.0 - t)))
    return y


def _apply_limit(y: np.ndarray, limit: bool) -> tuple[np.ndarray, float, bool]:
    """(output, peak before limiting in dBFS, whether the limiter acted)."""
    raw_peak = peak_dbfs(y)
    limited = bool(limit and raw_peak > LIMIT_THRESHOLD_DBFS)
    return (soft_limit(y) if limited else y), raw_peak, limited


def peak_dbfs(x: np.ndarray) -> float:
    peak = float(np.max(np.abs(x))) if x.size else 0.0
    return 20.0 * math.log10(peak) if peak > 0 else -math.inf


def resolve_hrtf(fmt: str, hrtf, sr: int) -> HRTF | None:
    # The binaural room tail and direct sound need the HRTF; other formats do not.
    return load_hrtf(hrtf, sr) if fmt == "binaural" else None


def render(mono, sr: int, params, fmt: str = "binaural", hrtf="kemar", seed: int = 0,
           limit: bool = False, tail: bool = True) -> RenderResult:
    """Place a mono sound at ``params`` and return the spatial render.

    Parameters
    ----------
    mono : array (n,) or (n, 1)
        The dry source, any level (it is not normalised).
    sr : int
        Sample rate in Hz; HRTFs are resampled to it.
    params : SpatialParams or dict
        A record of the paper's schema is accepted too.
    fmt : {"binaural", "stereo", "foa", "hoa3"}
    hrtf : str or path or HRTF
        Built-in name (kemar, ku100, sonicom1, sonicom2) or a SOFA file; binaural only.
    seed : int
        Fixes the decorrelators and the room noise: same inputs, same samples.
    limit : bool
        Soft-limit peaks above -1 dBFS (off by default: the level is a cue).
    tail : bool
        Keep the filter's tail (the reverberation after the input ends); else
        the output has the input's length.
    """
    check_format(fmt)
    x = check_mono(mono, sr)
    p = as_params(params)
    h = resolve_hrtf(fmt, hrtf, sr)
    if p.is_moving:
        from .stream import render_moving

        y = render_moving(x, sr, p, fmt, h, seed)
    else:
        from scipy.signal import oaconvolve

        ir = impulse_response(p, fmt, sr, h, seed)
        y = oaconvolve(x[None, :].astype(np.float64), ir, axes=-1).T
    if not tail:
        y = y[:len(x)]
    y, raw_peak, limited = _apply_limit(np.ascontiguousarray(y, dtype=np.float32), limit)
    meta = {"format": fmt, "sr": sr, "hrtf": h.name if h else None, "seed": seed,
            "params": p.to_record(), "peak_dbfs_before_limit": raw_peak}
    return RenderResult(y, sr, fmt, peak_dbfs(y), limited, meta)


def render_scene(sources, sr: int, fmt: str = "binaural", hrtf="kemar", seed: int = 0,
                 limit: bool = False) -> RenderResult:
    """Mix several sources, each ``(mono, params)``, into one render.

    Sources may differ in length; the mix is as long as the longest render.
    Source ``i`` uses seed ``seed + 1000 * i`` so their rooms are decorrelated.
    """
    sources = list(sources)
    if not sources:
        raise ValueError("a scene needs at least one source")
    parts = [render(m, sr, p, fmt, hrtf, seed + 1000 * i).audio
             for i, (m, p) in enumerate(sources)]
    y = np.zeros((max(len(a) for a in parts), FORMATS[fmt]), np.float32)
    for a in parts:
        y[:len(a)] += a
    y, raw_peak, limited = _apply_limit(y, limit)
    return RenderResult(y, sr, fmt, peak_dbfs(y), limited,
                        {"format": fmt, "sr": sr, "n_sources": len(sources),
                         "peak_dbfs_before_limit": raw_peak})
