"""Rendering in blocks: whole files with bounded memory, and a real-time block renderer.

:class:`StreamRenderer` renders a mono signal of known length chunk by chunk
(a static source through one overlap-add FIR; a moving source's direct sound
through a filter crossfaded every :func:`moving_block` samples plus the start
position's room). Its output is the same whatever the chunk sizes, so the
whole-array :func:`~t2sa_lib.render.render` and the file-to-file ``t2sa
render`` give the same samples; memory is a few chunks, not the file.

:class:`BlockRenderer` is the real-time renderer: fixed short blocks, latency
one block, parameters changeable any time.
"""
from __future__ import annotations

import math
from typing import Iterable, Iterator

import numpy as np
import scipy.fft as sfft

from ..params import SpatialParams
from .convolve import CrossfadedConvolver, CrossfadingFIR, DelayMixConvolver, \
    OverlapAddConvolver, PartitionedConvolver
from .filters import (FORMATS, as_params, check_format, check_rate, copy_firs, copy_gains,
                      copy_hrirs, copy_near_field, direct_filter, direct_level, direct_parts,
                      impulse_response, resolve_hrtf, room_filter, room_mix, room_scale,
                      room_tail, spread_azimuths, static_mix)
from .hrtf import HRTF
from .trajectory import params_at, position_at

#: Shortest and longest block (samples) over which a moving source's direct
#: filter is crossfaded from one position to the next (10.7 and 85 ms at 48 kHz).
MOVING_BLOCK, MAX_MOVING_BLOCK = 512, 4096
#: Most the level of a source may change with its distance from one block's
#: filter to the next in blocks longer than MOVING_BLOCK: half the smallest
#: level change listeners detect (about 1 dB).
MAX_STEP_DB = 0.5
#: Input samples per chunk of a file render (a multiple of MAX_MOVING_BLOCK).
CHUNK = 1 << 16


def moving_block(p: SpatialParams, n: int) -> int:
    """Samples per direct filter of a source moving along ``p.motion`` over ``n`` samples.

    A source that turns keeps MOVING_BLOCK: the onset delays of its HRIRs
    step by whole samples as it turns, and each step is blended across one
    block (a treble dip: at 48 kHz, 3 dB at 16 kHz averaged over the blend)
    that longer blocks would draw out. A source that only comes closer or
    goes away gets the longest power of two up to MAX_MOVING_BLOCK over which
    its level changes by at most MAX_STEP_DB: its filters differ in level and
    air absorption only, and the crossfade between two filters a listener
    cannot tell apart passes through their blends, linear in amplitude rather
    than in dB (at most 0.004 dB off the path).
    """
    block = MAX_MOVING_BLOCK
    while block > MOVING_BLOCK and not _distance_only_within(p, n, block):
        block //= 2
    return block


def _distance_only_within(p: SpatialParams, n: int, block: int) -> bool:
    """Whether the source keeps its direction and every step between consecutive block
    filters (from the start on) changes its level by at most MAX_STEP_DB."""
    ends = np.minimum(1.0, (np.arange(-(-n // block)) + 1) * block / n)
    if position_at(p, ends[0])[:2] != position_at(p, 0.0)[:2]:
        return False                 # turns by the first block's end: no need for the path
    az, el, dist = np.array([position_at(p, t) for t in [0.0, *ends]]).T
    level = np.abs(np.diff(20.0 * np.log10(dist)))
    return bool(np.all(az == az[0]) and np.all(el == el[0]) and level.max() <= MAX_STEP_DB)


class MovingDirect:
    """The direct sound of a moving source, its filter following the path block by block.

    Each block's filter is that of the position at the block's end, reached
    by a crossfade across the block from the previous block's filter
    (:class:`.convolve.CrossfadedConvolver`), so the path is followed without
    lag. It is designed as a spectrum: the copies' FIRs
    (:func:`.filters.copy_firs`, which change with the distance in whole
    centimetres) times their HRIRs or channel gains (which change with the
    direction), times the level. The FIRs' spectra are computed once per
    distinct centimetre of a chunk and the directions only when the direction
    changes, so an approaching source costs about one FFT per centimetre and
    one HRIR interpolation in all. The filters are those of
    :func:`.filters.direct_parts`, to float rounding.
    """

    def __init__(self, p: SpatialParams, fmt: str, sr: int, hrtf: HRTF | None, seed: int,
                 near_field: bool, n: int):
        self.p, self.fmt, self.sr, self.hrtf, self.seed = p, fmt, sr, hrtf, seed
        self.near_field, self.n = near_field, n
        self.block = moving_block(p, n)
        self.copies = len(spread_azimuths(p.az_deg, p.spread_deg))
        gains, firs = direct_parts(params_at(p, 0.0), fmt, sr, hrtf, seed, near_field)
        # Factored (gains, mono FIRs) only where it saves convolutions: fewer copies than
        # channels (a point source in HOA3: 1 FIR instead of 16).
        self.factored = gains is not None and len(firs) < FORMATS[fmt]
        first = firs if gains is None or self.factored else gains @ firs
        self.conv = CrossfadedConvolver(first, self.block, gains if self.factored else None)
        self.length = self.conv.length
        self._dirs_at = None

    def _copy_spectra(self, dist_m: np.ndarray) -> np.ndarray:
        """Spectra (B, K, F) complex64 of the copies' unit-level FIRs at B distances: one
        FFT per distinct centimetre, the FIRs' resolution (:func:`.filters.copy_firs`)."""
        cm, which = np.unique(np.round(dist_m * 100.0), return_inverse=True)
        firs = np.stack([copy_firs(self.copies, self.sr, self.seed, c / 100.0) for c in cm])
        return sfft.rfft(firs, self.conv.n_fft, axis=-1).astype(np.complex64)[which]

    def _directions(self, az_deg: float, el_deg: float) -> np.ndarray:
        """HRIR spectra (K, 2, F) complex64 of the copies (binaural), else their gains
        (C, K) float32."""
        if (az_deg, el_deg) != self._dirs_at:
            self._dirs_at = (az_deg, el_deg)
            azs = spread_azimuths(az_deg, self.p.spread_deg)
            if self.fmt == "binaural":
                irs = copy_hrirs(azs, el_deg, self.hrtf)
                self._dirs = sfft.rfft(irs, self.conv.n_fft, axis=-1).astype(np.complex64)
            else:
                self._dirs = copy_gains(azs, el_deg, self.fmt).astype(np.float32)
        return self._dirs

    def filters(self, path: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """The filters at B positions ``path`` (B, 3: azimuth, elevation, distance): their
        spectra (B, C, F) complex64, or factored, the spectra (B, K, F) of the copies' FIRs
        and the channel gains (B, C, K) that mix them."""
        levels = [direct_level(self.p.gain_db, d, self.copies) for d in path[:, 2]]
        firs = self._copy_spectra(path[:, 2]) * np.array(levels, np.float32)[:, None, None]
        if self.factored:
            return firs, self._gains(path[:, 0], path[:, 1])
        return np.stack([self._mix_copies(f, *where) for f, where in zip(firs, path)]), None

    def _mix_copies(self, firs: np.ndarray, az_deg: float, el_deg: float,
                    dist_m: float) -> np.ndarray:
        """The spectrum (C, F) of the filter at one position from its copies' (K, F)."""
        dirs = self._directions(az_deg, el_deg)
        if self.fmt != "binaural":
            return dirs @ firs
        spec = firs[:, None, :] * dirs                                      # (K, 2, F)
        if self.near_field:
            near = copy_near_field(spread_azimuths(az_deg, self.p.spread_deg), el_deg, dist_m)
            spec *= near[:, :, None].astype(np.float32)
        return spec.sum(axis=0)

    def _gains(self, az_deg: np.ndarray, el_deg: np.ndarray) -> np.ndarray:
        """The channel gains (B, C, K) float32 of the copies at B directions, at once."""
        offsets = spread_azimuths(0.0, self.p.spread_deg)
        return copy_gains(az_deg[:, None] + offsets, el_deg[:, None], self.fmt).astype(np.float32)

    def process(self, x: np.ndarray, first_block: int, out: np.ndarray) -> None:
        """Add the direct sound of ``x`` (whole blocks from block ``first_block`` on, the
        last maybe partial) into ``out`` (len(x), C)."""
        b = self.block
        path = np.array([position_at(self.p, min(1.0, (i + 1) * b / self.n))
                         for i in range(first_block, first_block - (-len(x) // b))])
        spectra, gains = self.filters(path)
        self.conv.process_spectra(x, spectra, out, gains)

    def flush(self, out: np.ndarray) -> None:
        self.conv.flush(out)


class StreamRenderer:
    """Render ``n`` mono samples at ``params`` chunk by chunk.

    Parameters
    ----------
    params : SpatialParams or dict
        Static, or moving (``motion``): the direct filter then follows
        :func:`params_at` to the end of every block (:func:`moving_block`
        samples, ``block``), crossfaded across each block; the room stays at
        the start.
    sr : int
        Sample rate (Hz).
    n : int
        Number of input samples (a moving source's time axis needs it).
    fmt, hrtf, seed, near_field
        As :func:`~t2sa_lib.render.render`.
    tail : bool
        Keep the filter's tail after the input ends (``length`` = n + L - 1),
        else ``length`` = n.
    room : bool
        Render the room too; without it only the direct sound (a scene renders
        one room for all its sources).

    Feed the input with :meth:`process` in chunks of any length (for a
    moving source multiples of ``block`` but the last; ``chunk`` is the
    fastest length and fits both rules), then take the
    remaining ``length - n`` samples with :meth:`flush`; or use
    :meth:`iter_blocks`.
    """

    def __init__(self, params, sr: int, n: int, fmt: str = "binaural", hrtf="kemar",
                 seed: int = 0, near_field: bool = False, tail: bool = True, room: bool = True):
        check_format(fmt)
        self.sr, self.fmt, self.seed, self.near_field = check_rate(sr), fmt, seed, near_field
        self.n, self.pos = int(n), 0
        self.hrtf = resolve_hrtf(fmt, hrtf, sr)
        self.params = p = as_params(params)
        self.room, self.block = None, None
        if p.is_moving:
            if room:
                start = params_at(p, 0.0)
                mix = room_mix(start, fmt, sr, seed)
                self.room = DelayMixConvolver(mix) if mix else OverlapAddConvolver(
                    room_filter(start, fmt, sr, self.hrtf, seed))
            self.direct = MovingDirect(p, fmt, sr, self.hrtf, seed, near_field, self.n)
            self.block = self.direct.block
        elif (mix := static_mix(p, fmt, sr, seed, room)) is not None:
            self.direct = DelayMixConvolver(mix)
        else:
            self.direct = OverlapAddConvolver(
                (impulse_response if room else direct_filter)(p, fmt, sr, self.hrtf, seed,
                                                              near_field))
        filt_len = max(self.direct.length, self.room.length if self.room else 0)
        self.length = self.n + (filt_len - 1 if tail else 0)
        # Chunks of whole overlap-add hops: a chunk that ends mid-hop costs a
        # whole extra FFT for the remainder. A moving source's chunks are whole
        # blocks too, so they stop short of the hop rather than run past it.
        conv = self.room if self.block else self.direct    # the overlap-add one, if any
        self.chunk = CHUNK if conv is None else conv.hop * max(1, CHUNK // conv.hop)
        if self.block:
            self.chunk = self.block * max(1, self.chunk // self.block)

    @property
    def channels(self) -> int:
        return FORMATS[self.fmt]

    def process(self, x: np.ndarray, out: np.ndarray) -> None:
        """Add the render of the next input chunk ``x`` (m,) into ``out`` (m, C) float32."""
        m = len(x)
        if self.block and self.pos % self.block or self.pos + m > self.n:
            raise ValueError(f"chunk of {m} at sample {self.pos} of {self.n}: chunks of a "
                             f"moving source must be multiples of {self.block} samples, and "
                             f"all must end by sample {self.n}")
        if self.room is not None:
            self.room.process(x, out)
        if self.block:
            self.direct.process(x, self.pos // self.block, out)
        else:
            self.direct.process(x, out)
        self.pos += m

    def flush(self, out: np.ndarray) -> None:
        """Add the next ``len(out)`` samples after the input's end into ``out``."""
        if self.pos < self.n:
            raise ValueError(f"flush after {self.pos} of {self.n} input samples")
        self.direct.flush(out)
        if self.room is not None:
            self.room.flush(out)
        self.pos += len(out)

    def iter_blocks(self, chunks: Iterable[np.ndarray]) -> Iterator[np.ndarray]:
        """Yield the output as (m, C) float32 blocks: one per input chunk, then the tail."""
        for x in chunks:
            y = np.zeros((len(x), self.channels), np.float32)
            self.process(x, y)
            yield y
        if self.pos != self.n:
            raise ValueError(f"the input ended after {self.pos} of {self.n} samples")
        while self.pos < self.length:
            y = np.zeros((min(self.chunk, self.length - self.pos), self.channels), np.float32)
            self.flush(y)
            yield y


def render_moving(x: np.ndarray, sr: int, p: SpatialParams, fmt: str, hrtf: HRTF | None,
                  seed: int = 0, near_field: bool = False) -> np.ndarray:
    """Render a moving source offline: (C, n + tail) float32 (see :class:`StreamRenderer`)."""
    x = np.asarray(x, np.float32)
    s = StreamRenderer(p, sr, len(x), fmt, hrtf, seed, near_field)
    out = np.zeros((s.length, s.channels), np.float32)
    for start in range(0, len(x), s.chunk):
        stop = min(len(x), start + s.chunk)
        s.process(x[start:stop], out[start:stop])
    s.flush(out[len(x):])
    return out.T


class BlockRenderer:
    """Real-time renderer: feed mono blocks, get spatial blocks; change parameters any time.

    Parameters
    ----------
    params : SpatialParams or dict
        Initial static parameters (a ``motion`` is ignored: move the source by
        calling :meth:`set_params`, e.g. with :func:`params_at`).
    sr : int
    fmt : {"binaural", "stereo", "foa", "hoa3"}
    hrtf : name, SOFA path or HRTF (binaural only)
    block_size : int
        Samples per :meth:`process` call; the output of a block is returned
        at once (latency = one block).
    seed : int
    near_field : bool
        Add the near-field interaural level cue (binaural), as in :func:`render`.

    For static parameters the concatenated output of :meth:`process` plus
    :meth:`flush` equals :func:`~t2sa_lib.render.render` of the whole signal.
    Changing ``wet_mix`` re-synthesises the room tail (tens of ms); every other
    change costs one small filter design.
    """

    def __init__(self, params, sr: int, fmt: str = "binaural", hrtf="kemar",
                 block_size: int = 512, seed: int = 0, near_field: bool = False):
        check_format(fmt)
        if not isinstance(block_size, int) or not 16 <= block_size <= 16384:
            raise ValueError(f"block_size must be an integer in [16, 16384], got {block_size!r}")
        self.sr, self.fmt, self.block, self.seed = sr, fmt, block_size, seed
        self.near_field = near_field
        self.hrtf = resolve_hrtf(fmt, hrtf, sr)
        self.params = as_params(params).replace(motion=None)
        p = self.params
        self._tail = room_tail(p, fmt, sr, self.hrtf, seed)
        self.direct = CrossfadingFIR(direct_filter(p, fmt, sr, self.hrtf, seed, near_field),
                                     block_size)
        self.room = PartitionedConvolver(self._tail, block_size,
                                         room_scale(p, fmt, sr, self.hrtf, self._tail, seed))
        self._pending_direct = None

    @property
    def n_channels(self) -> int:
        return FORMATS[self.fmt]

    def set_params(self, params) -> None:
        """New parameters, effective from the next block with a one-block crossfade."""
        new = as_params(params).replace(motion=None)
        old, self.params = self.params, new
        self._pending_direct = direct_filter(new, self.fmt, self.sr, self.hrtf, self.seed,
                                             self.near_field)
        if new.wet_mix != old.wet_mix:
            self._tail = room_tail(new, self.fmt, self.sr, self.hrtf, self.seed)
            self.room.set_filter(self._tail)
        self.room.set_gain(room_scale(new, self.fmt, self.sr, self.hrtf, self._tail, self.seed))

    def process(self, block) -> np.ndarray:
        """Render one mono block (exactly ``block_size`` samples) -> (block_size, C) float32."""
        x = np.asarray(block, dtype=np.float32)
        if x.shape != (self.block,):
            raise ValueError(f"block must have shape ({self.block},), got {x.shape}")
        if not np.all(np.isfinite(x)):
            raise ValueError("block contains NaN or Inf samples")
        y = self.direct.process(x, self._pending_direct) + self.room.process(x)
        self._pending_direct = None
        return y.T.astype(np.float32)

    def flush(self) -> np.ndarray:
        """The remaining tail after the input ended, (n, C) float32."""
        n = max(self.direct.length - 1, self.room.tail_length)
        blocks = [self.process(np.zeros(self.block)) for _ in range(math.ceil(n / self.block))]
        return np.concatenate(blocks) if blocks else np.zeros((0, self.n_channels), np.float32)
