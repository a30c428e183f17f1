"""Deterministic rendering of a mono sound at :class:`~t2sa_lib.params.SpatialParams`.

What a render is made of (direct sound, spread, distance, room) is described
in :mod:`.filters`. Nothing is normalised: level, distance and DRR cues
survive into the file. A moving source (``motion``) has its direct filter
follow :func:`.trajectory.params_at`, crossfaded from block to block
(:func:`.stream.moving_block`); its room tail stays where it started. Every
render runs through :class:`.stream.StreamRenderer`, chunk by chunk, so the
whole-array result here and the file-to-file ``t2sa render`` are the same
samples.

Output layout: ``(n_samples, C)`` float32, channel 0 = left for binaural and
stereo, AmbiX ACN/SN3D for ``foa`` (4 channels) and ``hoa3`` (16).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from ..files import db_to_lin

from .convolve import OverlapAddConvolver
from .filters import (FORMATS, MAX_SPREAD_COPIES, SPREAD_POINT_DEG, SR_RANGE,  # noqa: F401
                      as_params, check_alloc, check_format, check_mono, decorrelators,
                      direct_filter, impulse_response, resolve_hrtf, room_filter, room_scale,
                      room_tail, spread_azimuths)
from .stream import StreamRenderer
from .trajectory import params_at

LIMIT_THRESHOLD_DBFS = -1.0


@dataclass
class RenderResult:
    """A render: ``audio`` (n, C) float32 at ``sr`` Hz in format ``fmt``.

    ``peak_dbfs`` is -inf for a silent render (write it to JSON as null).
    """

    audio: np.ndarray
    sr: int
    fmt: str
    peak_dbfs: float
    limited: bool = False
    metadata: dict = field(default_factory=dict)


def soft_limit(x: np.ndarray, threshold_dbfs: float = LIMIT_THRESHOLD_DBFS) -> np.ndarray:
    """Leave samples below the threshold alone; bend those above smoothly toward 0 dBFS."""
    t = db_to_lin(threshold_dbfs)
    a = np.abs(x)
    over = a > t
    y = x.copy()
    y[over] = np.sign(x[over]) * (t + (1.0 - t) * np.tanh((a[over] - t) / (1.0 - t)))
    return y


class PeakLimiter:
    """Track the peak of a render block by block, soft-limiting in place if asked.

    The limiter is memoryless (sample by sample), so limiting block by block
    equals limiting the whole render.
    """

    def __init__(self, limit: bool):
        self.limit, self.raw, self.peak, self.limited = bool(limit), 0.0, 0.0, False

    def __call__(self, y: np.ndarray) -> np.ndarray:
        """Update with block ``y`` (limited in place when needed); returns ``y``."""
        raw = _peak(y)
        self.raw = max(self.raw, raw)
        if self.limit and raw > db_to_lin(LIMIT_THRESHOLD_DBFS):
            y[...] = soft_limit(y)
            self.limited = True
            raw = _peak(y)
        self.peak = max(self.peak, raw)
        return y

    @property
    def raw_dbfs(self) -> float:
        return _db(self.raw)

    @property
    def peak_dbfs(self) -> float:
        return _db(self.peak)


def _peak(y: np.ndarray) -> float:
    # Two reductions without the temporary that np.abs(y) would write.
    return max(float(y.max()), -float(y.min())) if y.size else 0.0


def _db(peak: float) -> float:
    return 20.0 * math.log10(peak) if peak > 0 else -math.inf


def peak_dbfs(x: np.ndarray) -> float:
    """Peak level in dBFS, -inf for silence."""
    return _db(float(np.max(np.abs(x))) if x.size else 0.0)


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
    stream = StreamRenderer(p, sr, len(x), fmt, h, seed, near_field, tail)
    y = np.zeros(check_alloc((stream.length, stream.channels), "the render"), np.float32)
    meter = PeakLimiter(limit)
    step = stream.chunk
    # A chunk's output is final once processed (the renderer keeps the overlap),
    # so it is metered while still in cache.
    for start in range(0, len(x), step):
        stop = min(len(x), start + step)
        stream.process(x[start:stop], y[start:stop])
        meter(y[start:stop])
    for start in range(len(x), stream.length, step):
        stream.flush(y[start:start + step])
        meter(y[start:start + step])
    meta = {"format": fmt, "sr": sr, "hrtf": h.name if h else None, "seed": seed,
            "near_field": near_field, "params": p.to_record(),
            "peak_dbfs_before_limit": meter.raw_dbfs}
    return RenderResult(y, sr, fmt, meter.peak_dbfs, meter.limited, meta)


def render_scene(sources, sr: int, fmt: str = "binaural", hrtf="kemar", seed: int = 0,
                 limit: bool = False, near_field: bool = False) -> RenderResult:
    """Mix several sources, each ``(mono, params)``, into one render.

    Sources may differ in length; the mix is as long as the longest render.
    Each source has its own direct sound, source ``i`` with seed ``seed + 1000
    * i`` (its decorrelators). The sources are in one room: those with the
    same ``wet_mix`` share one tail, that of the first of them (its seed),
    each feeding it at its own level, ``drr_db`` below its own direct sound.
    A tail is noise with a set decay drawn from the seed, so sharing it
    changes no source's room level or decay, only which draw of the noise it
    gets (only sources playing the very same signal would tell: their tails
    now add in phase); it costs one tail and one long convolution per
    distinct wet mix instead of one per source. The static sources' direct
    sounds are one convolution with several inputs. A one-source scene is
    :func:`render` of that source (to float rounding).
    """
    sources = list(sources)
    if not sources:
        raise ValueError("a scene needs at least one source")
    check_format(fmt)
    h = resolve_hrtf(fmt, hrtf, sr)
    xs = [check_mono(m, sr) for m, _ in sources]
    ps = [as_params(p) for _, p in sources]
    seeds = [seed + 1000 * i for i in range(len(sources))]
    rooms = _scene_rooms(xs, ps, seeds, fmt, sr, h)
    moving = [(x, StreamRenderer(p, sr, len(x), fmt, h, s, near_field, room=False))
              for x, p, s in zip(xs, ps, seeds) if p.is_moving]
    static = [(x, direct_filter(p, fmt, sr, h, s, near_field))
              for x, p, s in zip(xs, ps, seeds) if not p.is_moving]
    length = max([stream.length for _, stream in moving]
                 + [len(x) + f.shape[1] - 1 for x, f in static]
                 + [len(feed) + tail.shape[1] - 1 for tail, feed in rooms])
    y = np.zeros(check_alloc((length, FORMATS[fmt]), "the scene"), np.float32)
    for x, stream in moving:
        for start in range(0, len(x), stream.chunk):
            stop = min(len(x), start + stream.chunk)
            stream.process(x[start:stop], y[start:stop])
        stream.flush(y[len(x):stream.length])
    if static:
        _convolve_into(np.stack([f for _, f in static]), [x for x, _ in static], y)
    for tail, feed in rooms:
        _convolve_into(tail[None], [feed], y)
    meter = PeakLimiter(limit)
    meter(y)
    return RenderResult(y, sr, fmt, meter.peak_dbfs, meter.limited,
                        {"format": fmt, "sr": sr, "n_sources": len(sources),
                         "peak_dbfs_before_limit": meter.raw_dbfs})


def _scene_rooms(xs, ps, seeds, fmt: str, sr: int, h) -> list[tuple[np.ndarray, np.ndarray]]:
    """The rooms of a scene: per distinct ``wet_mix``, the unscaled tail (C, L) of its first
    source and the sum of its sources' inputs, each scaled as :func:`room_filter` scales
    a single source's tail (a moving source's room is that of its start)."""
    rooms: dict[float, tuple[np.ndarray, list]] = {}
    for x, p, s in zip(xs, ps, seeds):
        start = params_at(p, 0.0)
        if p.wet_mix not in rooms:
            rooms[p.wet_mix] = (room_tail(start, fmt, sr, h, s), [])
        tail, feeds = rooms[p.wet_mix]
        feeds.append((x, room_scale(start, fmt, sr, h, tail, s)))
    out = []
    for tail, feeds in rooms.values():
        feed = np.zeros(max(len(x) for x, _ in feeds), np.float32)
        for x, scale in feeds:
            feed[:len(x)] += np.float32(scale) * x
        out.append((tail, feed))
    return out


def _convolve_into(h: np.ndarray, xs: list, y: np.ndarray) -> None:
    """Add the sum over ``k`` of ``xs[k]`` convolved with ``h[k]`` (K, C, L) into ``y``.

    One overlap-add with K inputs: each input is transformed once and the
    outputs once for all, instead of once per input.
    """
    n = max(len(x) for x in xs)
    x = np.zeros((n, len(xs)), np.float32)
    for k, xk in enumerate(xs):
        x[:len(xk), k] = xk
    conv = OverlapAddConvolver(h)
    conv.process(x.T, y[:n])
    conv.flush(y[n:n + conv.length - 1])
