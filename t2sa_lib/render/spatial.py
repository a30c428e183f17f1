"""Deterministic rendering of a mono sound at :class:`~t2sa_lib.params.SpatialParams`.

Every static render is one linear filter: the mono input convolved with a
``(C, L)`` FIR that is the sum of

* the *direct sound* (:func:`direct_filter`): gain ``gain_db``, the 1/r
  distance law (0 dB at 1 m, so +4.4 dB at 0.6 m and -15.6 dB at 6 m), air
  absorption beyond 1 m (ISO 9613-1; -1.8 dB at 16 kHz at 6 m), optionally
  the near-field parallax between the ears (:mod:`.distance`), and the
  direction: an HRIR interpolated between the three nearest measurements
  (binaural), constant-power panning (stereo) or AmbiX encoding gains
  (FOA, HOA3). A spread wider than 10 degrees becomes up to 9
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
from functools import lru_cache
from typing import Mapping

import numpy as np

from ..params import SpatialParams
from .ambisonics import sh_gains
from .convolve import fft_convolve
from .distance import air_absorption_fir, distance_gain, near_field_gains
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


def spread_azimuths(az_deg: float, spread_deg: float) -> np.ndarray:
    """Azimuths (deg) of the copies that make up a source of width ``spread_deg``."""
    if spread_deg <= SPREAD_POINT_DEG:
        return np.array([az_deg])
    k = min(MAX_SPREAD_COPIES, int(math.ceil(spread_deg / 15.0)) + 1)
    return az_deg + np.linspace(-spread_deg / 2.0, spread_deg / 2.0, k)


@lru_cache(maxsize=64)
def decorrelators(k: int, sr: int, seed: int) -> np.ndarray:
    """``k`` unit-energy FIRs (k, L): flat magnitude, random phase, ~6 ms long (read-only).

    With ``k == 1`` the single filter is a unit impulse (no decorrelation).
    """
    n = 2 * int(round(0.003 * sr))
    out = np.zeros((k, n))
    if k == 1:
        out[0, 0] = 1.0
    else:
        rng = np.random.default_rng([seed, k])
        phase = rng.uniform(-np.pi, np.pi, (k, n // 2 + 1))
        phase[:, 0] = 0.0
        phase[:, -1] = 0.0
        h = np.fft.irfft(np.exp(1j * phase), n=n, axis=1)
        h *= np.hanning(n + 2)[1:-1] ** 0.5
        out = h / np.linalg.norm(h, axis=1, keepdims=True)
    out.setflags(write=False)
    return out


def direct_filter(p: SpatialParams, fmt: str, sr: int, hrtf: HRTF | None, seed: int = 0,
                  near_field: bool = False) -> np.ndarray:
    """The direct-sound FIR (C, L) for static parameters ``p``.

    ``L`` depends only on ``sr`` and the HRIR length, never on ``p``, so
    filters of successive blocks of a moving source line up. ``near_field``
    adds the per-ear parallax level cue (binaural only).
    """
    from scipy.signal import fftconvolve

    azs = spread_azimuths(p.az_deg, p.spread_deg)
    level = 10.0 ** (p.gain_db / 20.0) * distance_gain(p.dist_m) / math.sqrt(len(azs))
    air = air_absorption_fir(p.dist_m, sr) * level
    dec = decorrelators(len(azs), sr, seed)
    n_dec = dec.shape[1] + len(air) - 1
    point = len(azs) == 1    # the decorrelator is a unit impulse: skip it
    dec = air[None, :] if point else fftconvolve(dec, air[None, :], axes=-1)
    if fmt == "binaural":
        irs = np.stack([hrtf.hrir(az, p.el_deg) for az in azs]).astype(np.float64)
        if near_field:
            irs *= np.stack([near_field_gains(az, p.el_deg, p.dist_m) for az in azs])[:, :, None]
        out = np.zeros((2, n_dec + irs.shape[-1] - 1))
        if point:
            for ear in range(2):
                out[ear, :len(air) + irs.shape[-1] - 1] = np.convolve(air, irs[0, ear])
        else:
            out[:] = fftconvolve(dec[:, None, :], irs, axes=-1).sum(axis=0)
        return out
    if fmt == "stereo":
        pan = (np.sin(np.radians(azs)) + 1.0) * math.pi / 4.0
        gains = np.stack([np.cos(pan), np.sin(pan)], axis=1)
    else:
        gains = np.stack([sh_gains(az, p.el_deg, 1 if fmt == "foa" else 3) for az in azs])
    out = np.zeros((gains.shape[1], n_dec))
    out[:, :dec.shape[1]] = gains.T @ dec
    return out


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


def impulse_response(p: SpatialParams, fmt: str, sr: int, hrtf: HRTF | None, seed: int = 0,
                     near_field: bool = False) -> np.ndarray:
    """The whole static FIR (C, L): direct sound plus room."""
    d = direct_filter(p, fmt, sr, hrtf, seed, near_field)
    r = room_filter(p, fmt, sr, hrtf, seed)
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
           limit: bool = False, tail: bool = True, near_field: bool = False) -> RenderResult:
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
    near_field : bool
        Add the near-field interaural level cue of sources inside ~1 m (binaural).
    """
    check_format(fmt)
    x = check_mono(mono, sr)
    p = as_params(params)
    h = resolve_hrtf(fmt, hrtf, sr)
    if p.is_moving:
        from .stream import render_moving

        y = render_moving(x, sr, p, fmt, h, seed, near_field)
    else:
        y = fft_convolve(x, impulse_response(p, fmt, sr, h, seed, near_field))
    if not tail:
        y = y[:, :len(x)]
    y, raw_peak, limited = _apply_limit(np.ascontiguousarray(y.T), limit)
    meta = {"format": fmt, "sr": sr, "hrtf": h.name if h else None, "seed": seed,
            "near_field": near_field, "params": p.to_record(),
            "peak_dbfs_before_limit": raw_peak}
    return RenderResult(y, sr, fmt, peak_dbfs(y), limited, meta)


def render_scene(sources, sr: int, fmt: str = "binaural", hrtf="kemar", seed: int = 0,
                 limit: bool = False, near_field: bool = False) -> RenderResult:
    """Mix several sources, each ``(mono, params)``, into one render.

    Sources may differ in length; the mix is as long as the longest render.
    Source ``i`` uses seed ``seed + 1000 * i`` so their rooms are decorrelated.
    """
    sources = list(sources)
    if not sources:
        raise ValueError("a scene needs at least one source")
    parts = [render(m, sr, p, fmt, hrtf, seed + 1000 * i, near_field=near_field).audio
             for i, (m, p) in enumerate(sources)]
    y = np.zeros((max(len(a) for a in parts), FORMATS[fmt]), np.float32)
    for a in parts:
        y[:len(a)] += a
    y, raw_peak, limited = _apply_limit(y, limit)
    return RenderResult(y, sr, fmt, peak_dbfs(y), limited,
                        {"format": fmt, "sr": sr, "n_sources": len(sources),
                         "peak_dbfs_before_limit": raw_peak})
