"""The filters of a render: direct sound, room, and the checks every renderer shares.

Both the whole-array renderer (:mod:`.spatial`) and the block renderers
(:mod:`.stream`) build their FIRs here, so neither imports the other.

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

Channel layout of a filter: channel 0 = left (binaural, stereo); AmbiX
ACN/SN3D for ``foa`` (4 channels) and ``hoa3`` (16).
"""
from __future__ import annotations

import math
import os
from functools import lru_cache
from typing import Mapping

import numpy as np

from ..params import SpatialParams
from ..files import db_to_lin
from .ambisonics import sh_gains
from .convolve import DelayMix
from .distance import air_absorption_fir, distance_gain, near_field_gains
from .hrtf import HRTF, load_hrtf
from .room import HOA_TAIL_NOISES, drr_scale, hoa_tail, reference_energy, reverb_tail

FORMATS: dict[str, int] = {"binaural": 2, "stereo": 2, "foa": 4, "hoa3": 16}
SPREAD_POINT_DEG = 10.0
MAX_SPREAD_COPIES = 9
SR_RANGE = (8000, 192000)


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    return fmt


def check_rate(sr) -> int:
    """``sr`` as an int in :data:`SR_RANGE` Hz, or a ValueError naming the range."""
    if isinstance(sr, bool) or not isinstance(sr, (int, np.integer)) \
            or not SR_RANGE[0] <= sr <= SR_RANGE[1]:
        raise ValueError(f"sample rate {sr!r} must be an integer in {SR_RANGE} Hz")
    return int(sr)


def check_mono(x, sr: int) -> np.ndarray:
    """The input as a finite 1-D float32 array, or a ValueError saying what is wrong."""
    check_rate(sr)
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


def memory_limit_bytes() -> int:
    """Half the machine's physical memory: the most one render array may take."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2
    except (ValueError, OSError, AttributeError):
        return 8 << 30


def check_alloc(shape, what: str, itemsize: int = 4) -> tuple:
    """Refuse, before allocating, an array that could not fit in memory.

    Raises ValueError naming ``what``, its size and the limit
    (:func:`memory_limit_bytes`), instead of numpy's MemoryError halfway through.
    """
    n = itemsize * math.prod(int(s) for s in shape)
    if n > memory_limit_bytes():
        raise ValueError(f"{what} would need {n / 2 ** 30:.1f} GiB (shape {tuple(shape)}), "
                         f"more than {memory_limit_bytes() / 2 ** 30:.1f} GiB; render long "
                         f"files file to file (`t2sa render` streams in blocks)")
    return tuple(shape)


def as_params(params) -> SpatialParams:
    if isinstance(params, SpatialParams):
        return params
    if isinstance(params, Mapping):
        return SpatialParams.from_record(params)
    raise ValueError(f"params must be SpatialParams or a record dict, not {type(params).__name__}")


def resolve_hrtf(fmt: str, hrtf, sr: int) -> HRTF | None:
    # The binaural room tail and direct sound need the HRTF; other formats do not.
    return load_hrtf(hrtf, sr) if fmt == "binaural" else None


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
    """The direct-sound FIR (C, L) float64 for static parameters ``p``.

    ``L`` depends only on ``sr`` and the HRIR length, never on ``p``, so
    filters of successive blocks of a moving source line up. ``near_field``
    adds the per-ear parallax level cue (binaural only).
    """
    gains, firs = direct_parts(p, fmt, sr, hrtf, seed, near_field)
    return firs if gains is None else gains @ firs


def direct_parts(p: SpatialParams, fmt: str, sr: int, hrtf: HRTF | None, seed: int = 0,
                 near_field: bool = False) -> tuple[np.ndarray | None, np.ndarray]:
    """The direct filter as ``(gains (C, K), firs (K, L))``: filter = gains @ firs.

    Outside binaural every copy of a spread source is one mono FIR (air
    absorption, level, decorrelator) panned or encoded by a gain per channel,
    so K copies need K convolutions instead of C (HOA3: 1 or up to 9 instead
    of 16). Binaural returns ``(None, filter (2, L))``. The parts are
    :func:`copy_firs` at :func:`direct_level` and, per copy, :func:`copy_hrirs`
    or :func:`copy_gains`.
    """
    azs = spread_azimuths(p.az_deg, p.spread_deg)
    firs = copy_firs(len(azs), sr, seed, p.dist_m) * direct_level(p.gain_db, p.dist_m, len(azs))
    if fmt != "binaural":
        return copy_gains(azs, p.el_deg, fmt), firs
    irs = copy_hrirs(azs, p.el_deg, hrtf)
    if near_field:
        irs *= copy_near_field(azs, p.el_deg, p.dist_m)[:, :, None]
    if len(azs) == 1:
        # np.convolve of the air FIR alone: the decorrelator slot is a unit impulse.
        n_air = len(air_absorption_fir(p.dist_m, sr))
        out = np.zeros((2, firs.shape[1] + irs.shape[-1] - 1))
        for ear in range(2):
            out[ear, :n_air + irs.shape[-1] - 1] = np.convolve(firs[0, :n_air], irs[0, ear])
        return None, out
    from scipy.signal import fftconvolve

    return None, fftconvolve(firs[:, None, :], irs, axes=-1).sum(axis=0)


def direct_level(gain_db: float, dist_m: float, copies: int) -> float:
    """Amplitude of each of ``copies`` copies of a direct sound: the gain, the 1/r law,
    and the energy shared evenly between the copies."""
    return db_to_lin(gain_db) * distance_gain(dist_m) / math.sqrt(copies)


def copy_firs(copies: int, sr: int, seed: int, dist_m: float) -> np.ndarray:
    """The unit-level mono FIRs (copies, L) of a source's copies, float64 (read-only).

    The air absorption of ``dist_m``, through each copy's decorrelator when
    there are several; ``L`` depends on ``sr`` only. Fixed by the distance
    rounded to 1 cm, like the air FIR.
    """
    return _copy_firs(copies, sr, seed, int(round(float(dist_m) * 100.0)))


@lru_cache(maxsize=256)
def _copy_firs(copies: int, sr: int, seed: int, dist_cm: int) -> np.ndarray:
    from scipy.signal import fftconvolve

    air = air_absorption_fir(dist_cm / 100.0, sr)
    n = decorrelators(copies, sr, seed).shape[1] + len(air) - 1
    out = np.zeros((copies, n))
    if copies == 1:    # the decorrelator is a unit impulse: skip it
        out[0, :len(air)] = air
    else:
        out[:] = fftconvolve(decorrelators(copies, sr, seed), air[None, :], axes=-1)
    out.setflags(write=False)
    return out


def copy_hrirs(azs: np.ndarray, el_deg: float, hrtf: HRTF) -> np.ndarray:
    """The interpolated HRIRs (K, 2, N) float64 of copies at azimuths ``azs``."""
    return np.stack([hrtf.hrir(az, el_deg) for az in azs]).astype(np.float64)


def copy_near_field(azs: np.ndarray, el_deg: float, dist_m: float) -> np.ndarray:
    """Per-copy, per-ear near-field level factors (K, 2) (:func:`.distance.near_field_gains`)."""
    return np.stack([near_field_gains(az, el_deg, dist_m) for az in azs])


def copy_gains(azs: np.ndarray, el_deg: float, fmt: str) -> np.ndarray:
    """Per-channel gains (..., C, K) of copies at azimuths ``azs`` (..., K): constant-power
    panning (stereo) or AmbiX encoding (FOA, HOA3)."""
    azs = np.asarray(azs, float)
    if fmt == "stereo":
        pan = (np.sin(np.radians(azs)) + 1.0) * math.pi / 4.0
        return np.stack([np.cos(pan), np.sin(pan)], axis=-2)
    order = 1 if fmt == "foa" else 3
    return np.swapaxes(sh_gains(azs, el_deg, order), -1, -2)


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


def room_mix(p: SpatialParams, fmt: str, sr: int, seed: int = 0) -> DelayMix | None:
    """The room FIR of ``p`` as a delay mix (HOA3, :func:`.room.hoa_tail`), else None."""
    if FORMATS[fmt] <= HOA_TAIL_NOISES:
        return None
    tail = hoa_tail(FORMATS[fmt], sr, p.wet_mix, seed + 1)
    # The level is set on W (reference_energy), so only W is built.
    return tail.scaled(room_scale(p, fmt, sr, None, tail.fir(channels=1), seed))


def static_mix(p: SpatialParams, fmt: str, sr: int, seed: int = 0, room: bool = True
               ) -> DelayMix | None:
    """The static FIR of ``p`` (direct sound, and room if asked) as one delay mix whose
    mono FIRs are the copies' and the room's noises (HOA3), else None."""
    if FORMATS[fmt] <= HOA_TAIL_NOISES:
        return None
    gains, firs = direct_parts(p, fmt, sr, None, seed)
    k = len(firs)
    direct = DelayMix(firs.astype(np.float32), np.arange(k), np.zeros(k, int),
                      gains.T.astype(np.float32))
    return direct.plus(room_mix(p, fmt, sr, seed)) if room else direct


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
