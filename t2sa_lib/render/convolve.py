"""FFT convolution in float32: the renderers' engines.

* :class:`OverlapAddConvolver` streams a signal through a fixed (C, L) FIR
  (one input) or a (K, C, L) MIMO FIR, chunk by chunk, adding into a caller's
  (m, C) output block; :func:`fft_convolve` is the same on a whole array.
* :class:`CrossfadedConvolver` streams a signal through a filter that changes
  every ``block`` samples, crossfading between consecutive filters inside each
  block so a moving source glides without clicks; :func:`crossfaded_convolve`
  is the same on a whole array.
* :class:`DelayMixConvolver` streams a signal through a FIR given as fewer
  mono FIRs mixed into the channels at delays (:class:`DelayMix`: an HOA3
  room from four noises), one FFT convolution per mono FIR.
* :class:`CrossfadingFIR` and :class:`PartitionedConvolver` are the real-time
  block renderer's (one short block at a time, latency one block).

Everything stays float32 / complex64: scipy.fft keeps single precision.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import scipy.fft as sfft

#: Filter spectra of this many blocks are held at once by the crossfaded convolver.
_BLOCKS_PER_CHUNK = 128
#: Most complex values (hops x bins x channels) one overlap-add batch holds: 8 MiB.
_BATCH_VALUES = 1 << 20
#: Output samples a delay mix mixes at once (16 channels: 256 KiB).
_MIX_ROWS = 4096
#: A delay mix's mono FIRs at least this many times shorter than its longest are
#: convolved apart, at their own FFT size.
_SHORT_FIR_RATIO = 8


def fft_size(length: int, channels: int = 1) -> int:
    """The FFT size for overlap-add with an ``length``-tap filter: a power of two.

    Chosen by measurement (scipy.fft, float32, one core, 2 and 16 output
    channels, 600- to 105 000-tap filters): time per output sample is flat
    within ~10 % from 4 to 8 filter lengths and grows on both sides (more
    blocks below, cache misses above 2**19 with many channels), so: the
    smallest power of two >= 4 filter lengths, at least 4096, at most 2**19
    (or 2**20 for one or two channels) unless the filter itself needs more.
    """
    cap = 1 << (20 if channels <= 2 else 19)
    n = max(4096, 1 << (4 * int(length) - 1).bit_length())
    return max(min(n, cap), 1 << (2 * int(length) - 1).bit_length())


class OverlapAddConvolver:
    """Stream a signal through a fixed FIR by overlap-add, in float32.

    Parameters
    ----------
    h : array (C, L) for a mono input, or (K, C, L) for K input channels
        Output channel ``c`` is the sum over inputs ``k`` of ``x[k] * h[k, c]``.
    n_fft : int, optional
        FFT size; :func:`fft_size` if None.

    :meth:`process` takes the next ``m`` input samples and adds the next ``m``
    output samples into ``out`` (m, C); the filter's tail is pending until
    zeros are fed (:meth:`flush`). The concatenated output is the full
    convolution, whatever the chunk sizes.
    """

    def __init__(self, h: np.ndarray, n_fft: int | None = None):
        h = np.asarray(h, np.float32)
        h = h if h.ndim == 3 else h[None]
        self.k_in, self.channels, self.length = h.shape
        self.n_fft = n_fft or fft_size(self.length, self.channels)
        if self.n_fft < self.length:
            raise ValueError(f"FFT size {self.n_fft} < filter length {self.length}")
        self.hop = self.n_fft - self.length + 1
        # Spectra and segments are kept frequency/time-major, (F, C) and (N, C), so the
        # inverse FFT writes interleaved audio and adding it to the output is contiguous.
        self.spec = np.ascontiguousarray(sfft.rfft(h, self.n_fft, axis=-1).transpose(0, 2, 1))
        if self.k_in > 1:
            self.spec_fkc = np.ascontiguousarray(self.spec.transpose(1, 0, 2))    # (F, K, C)
        self.carry = np.zeros((self.length - 1, self.channels), np.float32)
        bins = self.n_fft // 2 + 1
        self.batch = max(1, _BATCH_VALUES // (bins * max(self.k_in, self.channels)))

    def process(self, x: np.ndarray, out: np.ndarray) -> None:
        """Add the output of the next input chunk ``x`` ((m,) or (K, m)) into ``out`` (m, C).

        A (K, m) input that is the transposed view of interleaved (m, K) audio
        is read without a copy.
        """
        x = np.asarray(x, np.float32)
        xt = x[:, None] if x.ndim == 1 else x.T                            # (m, K)
        step = self.hop * self.batch
        for start in range(0, len(xt), step):
            self._add_hops(xt[start:start + step], out[start:start + step])

    def _add_hops(self, xt: np.ndarray, out: np.ndarray) -> None:
        """Overlap-add up to ``batch`` hops of input ``xt`` (m, K) into ``out`` (m, C)."""
        m, hop, keep = len(xt), self.hop, self.length - 1
        starts = range(0, m, hop)
        # Zero-padded to the FFT size here, so the FFT does not copy again to pad.
        frames = np.zeros((len(starts), self.n_fft, self.k_in), np.float32)
        for j, start in enumerate(starts):
            frames[j, :min(hop, m - start)] = xt[start:start + hop]
        xs = sfft.rfft(frames, axis=1)                                            # (H, F, K)
        if self.k_in == 1:
            ys = xs * self.spec[0]                                                # (H, F, C)
        else:
            # One batched product per bin over all hops: several times faster than a
            # loop over the inputs, which makes a pass over the (F, C) spectra per input.
            ys = np.matmul(xs.transpose(1, 0, 2), self.spec_fkc).transpose(1, 0, 2)
        seg = sfft.irfft(ys, self.n_fft, axis=1)                                  # (H, N, C)
        for j, start in enumerate(starts):
            n = min(hop, m - start)
            seg[j, :keep] += self.carry
            out[start:start + n] += seg[j, :n]
            self.carry = seg[j, n:n + keep]

    def flush(self, out: np.ndarray) -> None:
        """Add the next ``len(out)`` samples of the pending tail into ``out`` (as zeros in).

        The tail is the carry: zeros in would add only transforms of zeros.
        """
        n = min(len(out), len(self.carry))
        out[:n] += self.carry[:n]
        self.carry = np.concatenate([self.carry[n:], np.zeros((n, self.channels), np.float32)])


@dataclass(frozen=True)
class DelayMix:
    """A (C, L) FIR made of fewer mono FIRs, each mixed into the channels at delays.

    ``h[c] = sum_t mix[t, c] * firs[source[t]]`` delayed by ``delay[t]`` samples.
    Convolving a mono signal with it takes one FFT convolution per mono FIR
    and a matrix product, instead of one FFT convolution per channel
    (:class:`DelayMixConvolver`).

    Attributes
    ----------
    firs : array (J, L) float32
    source : int array (T,)
        Which FIR each tap takes.
    delay : int array (T,)
        Samples each tap is delayed by, >= 0.
    mix : array (T, C) float32
        Each tap's gain in every channel.
    """

    firs: np.ndarray
    source: np.ndarray
    delay: np.ndarray
    mix: np.ndarray

    @property
    def length(self) -> int:
        """Taps of the whole FIR: the mono FIRs' plus the longest delay."""
        return self.firs.shape[1] + int(self.delay.max())

    def fir(self, channels: int | None = None) -> np.ndarray:
        """The whole FIR (C, :attr:`length`), float64; only its first ``channels`` if given
        (a level measured on W needs only W)."""
        h = np.zeros((self.mix.shape[1] if channels is None else channels, self.length))
        for j, d, g in zip(self.source, self.delay, self.mix[:, :len(h)].astype(np.float64)):
            h[:, d:d + self.firs.shape[1]] += g[:, None] * self.firs[j]
        return h

    def scaled(self, gain: float) -> "DelayMix":
        return DelayMix(self.firs, self.source, self.delay, self.mix * np.float32(gain))

    def plus(self, other: "DelayMix") -> "DelayMix":
        """The sum of two FIRs with the same channels, as one delay mix."""
        n = max(self.firs.shape[1], other.firs.shape[1])
        firs = np.zeros((len(self.firs) + len(other.firs), n), np.float32)
        firs[:len(self.firs), :self.firs.shape[1]] = self.firs
        firs[len(self.firs):, :other.firs.shape[1]] = other.firs
        return DelayMix(firs, np.concatenate([self.source, other.source + len(self.firs)]),
                        np.concatenate([self.delay, other.delay]),
                        np.concatenate([self.mix, other.mix]).astype(np.float32))


class DelayMixConvolver:
    """Stream a mono signal through a :class:`DelayMix`, adding into (m, C) blocks.

    The mono FIRs run through one :class:`OverlapAddConvolver`; their recent
    outputs are kept, as long as the longest delay, so each chunk's taps are
    slices of them, mixed by one (m, T) @ (T, C) product. The concatenated
    output is the full convolution with :meth:`DelayMix.fir`, whatever the
    chunk sizes.
    """

    def __init__(self, fir: DelayMix):
        self.fir = fir
        # FIRs much shorter than the longest (direct sound beside a room) get their own
        # overlap-add at their own, smaller FFT size; columns of y are grouped by it.
        used = np.array([np.flatnonzero(h).max(initial=0) + 1 for h in fir.firs])
        short = used * _SHORT_FIR_RATIO <= used.max()
        order = np.concatenate([np.flatnonzero(short), np.flatnonzero(~short)])
        self.column = np.argsort(order)[fir.source]          # each tap's column of y
        self.groups = []
        for a, b in ((0, short.sum()), (short.sum(), len(order))):
            if b > a:
                idx = order[a:b]
                self.groups.append((a, b, OverlapAddConvolver(fir.firs[idx, :used[idx].max()])))
        long = self.groups[-1][2]
        self.hop, self.keep = long.hop, int(fir.delay.max())
        self.length = max(g[2].length for g in self.groups) + self.keep
        self.recent = np.zeros((self.keep, len(fir.firs)), np.float32)

    def process(self, x: np.ndarray, out: np.ndarray) -> None:
        """Add the output of the next input chunk ``x`` (m,) into ``out`` (m, C)."""
        self._add(len(x), out, lambda conv, y: conv.process(x, y))

    def flush(self, out: np.ndarray) -> None:
        """Add the next ``len(out)`` samples of the pending tail into ``out`` (as zeros in)."""
        self._add(len(out), out, lambda conv, y: conv.flush(y))

    def _add(self, m: int, out: np.ndarray, fill) -> None:
        """Mix the next ``m`` samples of the mono FIRs' outputs, which ``fill(conv, y)`` adds
        into the (m, J) block ``y`` of each group's convolver, into ``out`` (m, C)."""
        keep, f = self.keep, self.fir
        y = np.zeros((keep + m, len(f.firs)), np.float32)
        y[:keep] = self.recent
        for a, b, conv in self.groups:
            fill(conv, y[keep:, a:b])
        self.recent = y[m:]
        # Taps are copied as contiguous rows (of the FIR-major outputs) and mixed a
        # cache-sized slice at a time, so taps, product and output stay in cache.
        y = np.ascontiguousarray(y.T)
        taps = np.empty((len(f.delay), _MIX_ROWS), np.float32)
        for a in range(0, m, _MIX_ROWS):
            n = min(_MIX_ROWS, m - a)
            for t, (j, d) in enumerate(zip(self.column, f.delay)):
                taps[t, :n] = y[j, keep - d + a:keep - d + a + n]
            out[a:a + n] += taps[:, :n].T @ f.mix


def fft_convolve(x: np.ndarray, h: np.ndarray, n_fft: int | None = None) -> np.ndarray:
    """Full convolution of a signal with a multichannel FIR, in float32.

    Parameters
    ----------
    x : array (n,) or (K, n)
        Mono signal, or K input channels.
    h : array (C, L) for mono input, or (K, C, L)
        Output channel ``c`` is the sum over inputs ``k`` of ``x[k] * h[k, c]``.

    Returns
    -------
    array (C, n + L - 1), float32
        A transposed view of a C-contiguous (n + L - 1, C) array, so ``.T``
        is the interleaved audio layout without a copy.
    """
    x = np.atleast_2d(np.asarray(x, np.float32))
    h = np.asarray(h, np.float32)
    if h.ndim == 2:
        h = h[None]
    if h.shape[0] != x.shape[0]:
        raise ValueError(f"{x.shape[0]} input channels but filters for {h.shape[0]}")
    n, length = x.shape[1], h.shape[2]
    n_fft = n_fft or min(fft_size(length, h.shape[1]),
                         max(4096, 1 << (n + length - 2).bit_length()))
    conv = OverlapAddConvolver(h, n_fft)
    out = np.zeros((n + length - 1, h.shape[1]), np.float32)
    conv.process(x, out[:n])
    conv.flush(out[n:])
    return out.T


class CrossfadedConvolver:
    """Stream a signal through a filter that changes every ``block`` samples.

    Inside block ``k`` a linear ramp hands the input from filter ``k - 1`` to
    filter ``k`` (``first`` before block 0), so the output changes smoothly
    however far consecutive filters differ; with equal filters the result is
    the plain convolution. :meth:`process` takes whole blocks (the last chunk
    may end with a partial one, its ramp then spans the samples it has) with
    one filter per block, as FIRs or, from a caller that designs them in the
    frequency domain, as their spectra at ``n_fft`` (:meth:`process_spectra`).

    A filter is either a (C, L) FIR, or factored as ``gains (C, K) @ firs
    (K, L)`` (pass ``first_gains`` and per-block ``gains``): the K mono FIRs
    are convolved and then mixed into the C channels per block, which is
    exact and cheaper when K < C (a point source in HOA3: 1 FIR, 16 gains).
    """

    def __init__(self, first: np.ndarray, block: int, first_gains: np.ndarray | None = None):
        first = np.asarray(first, np.float32)
        self.block, self.length = block, first.shape[1]
        self.prev_gains = None if first_gains is None else np.asarray(first_gains, np.float32)
        self.channels = first.shape[0] if first_gains is None else self.prev_gains.shape[0]
        self.n_fft = sfft.next_fast_len(block + self.length - 1, real=True)
        self.span = -(-self.n_fft // block)           # blocks an output segment reaches into
        self.ramp = ((np.arange(block) + 1.0) / block).astype(np.float32)
        self.prev = self.spectra(first)
        self.carry = np.zeros((self.span * block, self.channels), np.float32)

    def spectra(self, filters: np.ndarray) -> np.ndarray:
        """The spectra (..., n_fft // 2 + 1) complex64 of FIRs (..., L) at this FFT size."""
        return sfft.rfft(np.asarray(filters, np.float32), self.n_fft, axis=-1)

    def _segments(self, xb: np.ndarray, xb_in: np.ndarray, spec: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray]:
        """The output segments (k, C or K, span * block) of the blocks ``xb`` (k, block)
        through the previous and their own filter spectra ``spec`` (k, C or K, F):
        ``(faded out, faded in)``, where ``xb_in`` is the part faded in."""
        spec = np.concatenate([self.prev[None], spec])
        fade_in = sfft.rfft(xb_in, self.n_fft, axis=-1)[:, None, :]
        # The two ramps sum to one: the faded-out part's spectrum is the rest.
        fade_out = sfft.rfft(xb, self.n_fft, axis=-1)[:, None, :] - fade_in
        pad = ((0, 0), (0, 0), (0, self.span * self.block - self.n_fft))
        return (np.pad(sfft.irfft(fade_out * spec[:-1], self.n_fft, axis=-1), pad),
                np.pad(sfft.irfft(fade_in * spec[1:], self.n_fft, axis=-1), pad))

    def _mix(self, old: np.ndarray, new: np.ndarray, gains: np.ndarray) -> np.ndarray:
        """Blocks (k + span - 1, block, C) of output from factored segments ``old`` and
        ``new`` (k, K, span * block) and the blocks' gains (k, C, K).

        Output block ``q`` gets piece ``j`` of the segments of block ``q - j``, faded out
        of the previous gains and into its own: one (block, 2 span K) @ (2 span K, C)
        product per output block, written interleaved, instead of expanding every
        segment to C channels first.
        """
        k, n_in, b, span = len(gains), old.shape[1], self.block, self.span
        g_old = np.concatenate([self.prev_gains[None], gains[:-1]]).transpose(0, 2, 1)
        lhs = np.zeros((k + span - 1, b, span, 2, n_in), np.float32)
        rhs = np.zeros((k + span - 1, span, 2, n_in, self.channels), np.float32)
        for j in range(span):
            lhs[j:j + k, :, j, 0] = old[:, :, j * b:(j + 1) * b].transpose(0, 2, 1)
            lhs[j:j + k, :, j, 1] = new[:, :, j * b:(j + 1) * b].transpose(0, 2, 1)
            rhs[j:j + k, j, 0] = g_old
            rhs[j:j + k, j, 1] = gains.transpose(0, 2, 1)
        return np.matmul(lhs.reshape(k + span - 1, b, -1),
                         rhs.reshape(k + span - 1, -1, self.channels))

    def process(self, x: np.ndarray, filters: np.ndarray, out: np.ndarray,
                gains: np.ndarray | None = None) -> None:
        """Add the output of ``x`` (m,), filtered by ``filters`` (ceil(m / block), C or K, L)
        and mixed by ``gains`` (ceil(m / block), C, K) if factored, into ``out`` (m, C)."""
        self.process_spectra(x, self.spectra(filters), out, gains)

    def process_spectra(self, x: np.ndarray, spectra: np.ndarray, out: np.ndarray,
                        gains: np.ndarray | None = None) -> None:
        """:meth:`process` with the filters given as :meth:`spectra`, (ceil(m / block),
        C or K, n_fft // 2 + 1)."""
        x = np.asarray(x, np.float32)
        b, m, span = self.block, len(x), self.span
        k_blocks = -(-m // b)
        if len(spectra) != k_blocks:
            raise ValueError(f"{len(spectra)} filters for {m} samples in blocks of {b}")
        blocks = np.zeros((k_blocks, b), np.float32)
        blocks.reshape(-1)[:m] = x
        faded = blocks * self.ramp
        if m % b:    # the input ends inside the last block: reach its filter by the end
            faded[-1, :m % b] = blocks[-1, :m % b] * ((np.arange(m % b) + 1.0) / (m % b))
        # Accumulated interleaved, (samples, C), like the output it is added to.
        acc = np.zeros(((k_blocks + span) * b, self.channels), np.float32)
        acc[:span * b] = self.carry
        view = acc.reshape(-1, b, self.channels)
        for k0 in range(0, k_blocks, _BLOCKS_PER_CHUNK):
            k1 = min(k_blocks, k0 + _BLOCKS_PER_CHUNK)
            f = np.asarray(spectra[k0:k1], np.complex64)
            old, new = self._segments(blocks[k0:k1], faded[k0:k1], f)
            if gains is None:
                seg = (old + new).reshape(k1 - k0, self.channels, span, b)
                for j in range(span):
                    view[k0 + j:k1 + j] += seg[:, :, j].transpose(0, 2, 1)
            else:
                g = np.asarray(gains[k0:k1], np.float32)
                view[k0:k1 + span - 1] += self._mix(old, new, g)
                self.prev_gains = g[-1]
            self.prev = f[-1]
        out += acc[:m]
        self.carry = acc[m:m + span * b].copy()

    def flush(self, out: np.ndarray) -> None:
        """Add the next ``len(out)`` samples of the pending tail (<= span blocks) into ``out``."""
        n = min(len(out), len(self.carry))
        out[:n] += self.carry[:n]
        self.carry[:n] = 0.0
        self.carry = np.roll(self.carry, -n, axis=0)


def crossfaded_convolve(x: np.ndarray, filters: np.ndarray, block: int,
                        first: np.ndarray | None = None) -> np.ndarray:
    """Filter ``x`` (n,) block by block with ``filters`` (K, C, L), K = ceil(n / block).

    See :class:`CrossfadedConvolver` (``first`` defaults to ``filters[0]``).
    Returns (C, n + L - 1) float32.
    """
    x = np.asarray(x, np.float32)
    filters = np.asarray(filters, np.float32)
    n, (_, c, length) = len(x), filters.shape
    conv = CrossfadedConvolver(filters[0] if first is None else first, block)
    out = np.zeros((n + length - 1, c), np.float32)
    conv.process(x, filters, out[:n])
    conv.flush(out[n:])
    return out.T


class CrossfadingFIR:
    """Overlap-add convolution of a mono stream with a (C, L) FIR that may change per block."""

    def __init__(self, h: np.ndarray, block: int):
        self.block = block
        self.n_fft = 1 << (block + h.shape[1] - 2).bit_length()
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
