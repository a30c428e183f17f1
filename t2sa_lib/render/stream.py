"""Block-by-block rendering: moving sources offline, and a real-time streaming renderer.

The direct sound goes through :class:`CrossfadingFIR`, an overlap-add
convolver whose filter may change every block: the block is split by a linear
ramp between the old and the new filter (an input-side crossfade), so a moving
source glides without clicks and a static one is rendered exactly as the
offline convolution. The room goes through :class:`PartitionedConvolver`
(uniformly partitioned overlap-save, latency one block) whose filter can be
swapped or rescaled the same way.
"""
from __future__ import annotations

import math

import numpy as np
import scipy.fft as sfft

from ..params import SpatialParams
from .convolve import crossfaded_convolve, fft_convolve
from .hrtf import HRTF
from .spatial import (FORMATS, as_params, check_format, direct_filter, resolve_hrtf, room_scale,
                      room_tail)
from .trajectory import params_at

MOVING_BLOCK = 512


def _next_pow2(n: int) -> int:
    return 1 << (int(n) - 1).bit_length()


class CrossfadingFIR:
    """Overlap-add convolution of a mono stream with a (C, L) FIR that may change per block."""

    def __init__(self, h: np.ndarray, block: int):
        self.block = block
        self.n_fft = _next_pow2(block + h.shape[1] - 1)
        self.length = h.shape[1]
        self.spec = sfft.rfft(np.asarray(h, np.float32), self.n_fft, axis=1)
        self.carry = np.zeros((h.shape[0], self.n_fft), np.float32)

    def process(self, x: np.ndarray, h_new: np.ndarray | None = None) -> np.ndarray:
        """Filter one block ``x`` (<= block samples); returns (C, len(x))."""
        n = len(x)
        x = np.asarray(x, np.float32)
        if h_new is None:
            y = sfft.irfft(sfft.rfft(x, self.n_fft)[None, :] * self.spec, self.n_fft)
        else:
            if h_new.shape[1] != self.length:
                raise ValueError(f"filter length changed from {self.length} to {h_new.shape[1]}")
            ramp = ((np.arange(n) + 1.0) / n).astype(np.float32)
            new_spec = sfft.rfft(np.asarray(h_new, np.float32), self.n_fft, axis=1)
            y = sfft.irfft(sfft.rfft(x * (1.0 - ramp), self.n_fft)[None, :] * self.spec
                           + sfft.rfft(x * ramp, self.n_fft)[None, :] * new_spec, self.n_fft)
            self.spec = new_spec
        self.carry += y
        out = self.carry[:, :n].copy()
        self.carry = np.roll(self.carry, -n, axis=1)
        self.carry[:, -n:] = 0.0
        return out


class PartitionedConvolver:
    """Uniformly partitioned convolution of a mono stream with a long (C, L) FIR.

    The output of a block is available at once (no added latency beyond the
    block). :meth:`set_filter` swaps the filter with a one-block crossfade;
    :meth:`set_gain` ramps a scalar gain over one block.
    """

    def __init__(self, h: np.ndarray, block: int, gain: float = 1.0):
        self.block = block
        self.H = self._partitions(h)
        # Spectra of the last P input blocks, newest first: (b+1, P).
        self.fdl = np.zeros((block + 1, self.H.shape[2]), np.complex64)
        self.prev = np.zeros(block, np.float32)
        self.gain = float(gain)
        self._pending_H = None
        self._pending_gain = None

    def _partitions(self, h: np.ndarray) -> np.ndarray:
        """Filter spectra laid out (b+1 bins, C, P partitions): one matrix product per bin."""
        b = self.block
        p = max(1, math.ceil(h.shape[1] / b))
        padded = np.zeros((h.shape[0], p * b), np.float32)
        padded[:, :h.shape[1]] = h
        spec = sfft.rfft(padded.reshape(h.shape[0], p, b), 2 * b, axis=2)   # (C, P, b+1)
        return np.ascontiguousarray(spec.transpose(2, 0, 1))

    def set_filter(self, h: np.ndarray) -> None:
        self._pending_H = self._partitions(h)

    def set_gain(self, gain: float) -> None:
        self._pending_gain = float(gain)

    def _apply(self, H: np.ndarray) -> np.ndarray:
        p = min(H.shape[2], self.fdl.shape[1])
        Y = (H[:, :, :p] @ self.fdl[:, :p, None])[:, :, 0]                  # (b+1, C)
        return sfft.irfft(Y.T, 2 * self.block, axis=1)[:, self.block:]

    def process(self, x: np.ndarray) -> np.ndarray:
        """Filter one block of exactly ``block`` samples; returns (C, block)."""
        b = self.block
        x = np.asarray(x, np.float32)
        X = sfft.rfft(np.concatenate([self.prev, x]), 2 * b)
        self.prev = x
        if self._pending_H is not None and self._pending_H.shape[2] > self.fdl.shape[1]:
            grow = np.zeros((b + 1, self._pending_H.shape[2] - self.fdl.shape[1]), np.complex64)
            self.fdl = np.concatenate([self.fdl, grow], axis=1)
        self.fdl = np.roll(self.fdl, 1, axis=1)
        self.fdl[:, 0] = X
        y = self._apply(self.H)
        ramp = ((np.arange(b) + 1.0) / b).astype(np.float32)
        if self._pending_H is not None:
            y = y * (1.0 - ramp) + self._apply(self._pending_H) * ramp
            self.H, self._pending_H = self._pending_H, None
        g = self.gain
        if self._pending_gain is not None:
            g = self.gain + (self._pending_gain - self.gain) * ramp
            self.gain, self._pending_gain = self._pending_gain, None
        return y * g

    @property
    def tail_length(self) -> int:
        return self.H.shape[2] * self.block


def render_moving(x: np.ndarray, sr: int, p: SpatialParams, fmt: str, hrtf: HRTF | None,
                  seed: int = 0, near_field: bool = False) -> np.ndarray:
    """Render a moving source offline: (C, n + tail) float32.

    The direct filter follows :func:`params_at` at the centre of every
    ``MOVING_BLOCK``-sample block (10.7 ms at 48 kHz) and is crossfaded
    across each block; the room tail is that of the start position.
    """
    n = len(x)
    start = params_at(p, 0.0)
    tail = room_tail(start, fmt, sr, hrtf, seed)
    room = fft_convolve(x, tail * room_scale(start, fmt, sr, hrtf, tail, seed))
    filters = np.stack([direct_filter(params_at(p, min(1.0, (i + MOVING_BLOCK / 2) / n)), fmt,
                                      sr, hrtf, seed, near_field)
                        for i in range(0, n, MOVING_BLOCK)])
    direct = crossfaded_convolve(x, filters, MOVING_BLOCK,
                                 first=direct_filter(start, fmt, sr, hrtf, seed, near_field))
    y = np.zeros((FORMATS[fmt], max(room.shape[1], direct.shape[1])), np.float32)
    y[:, :room.shape[1]] += room
    y[:, :direct.shape[1]] += direct
    return y


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
