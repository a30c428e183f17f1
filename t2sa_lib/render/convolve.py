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
#: Most complex values (hops x bins x channels) one overlap-add batch holds: 2 MiB.
#: Measured on a 60 s HOA3 binaural decode (one core): 7 hops of 16 channels at 4096
#: are 7-10 % faster than 31 (8 MiB: the spectra leave the cache) and than 3 (the
#: products per bin get too small); the renders do not care.
_BATCH_VALUES = 1 << 18
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
        # Segments are kept time-major, (N, C), so the inverse FFT writes interleaved audio
        # and adding it to the output is contiguous. A mono input's spectrum multiplies
        # the (C, F) spectra with long inner loops (three times faster than over C);
        # several inputs take one product per bin (see _real_spectra).
        spec = sfft.rfft(h, self.n_fft, axis=-1)                                  # (K, C, F)
        self.spec = spec[0] if self.k_in == 1 else _real_spectra(spec)
        self.carry = np.zeros((self.length - 1, self.channels), np.float32)
        bins = self.n_fft // 2 + 1
        self.batch = max(1, _BATCH_VALUES // (bins * max(self.k_in, self.channels)))
        # Zero-padded to the FFT size once (the FFT would copy again to pad): each batch
        # rewrites only its hops' samples, the padding stays zero.
        self.frames = np.zeros((self.batch, self.n_fft, self.k_in), np.float32)

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
        frames = self.frames[:len(starts)]
        for j, start in enumerate(starts):
            n = min(hop, m - start)
            frames[j, :n] = xt[start:start + n]
            frames[j, n:hop] = 0.0                    # a partial hop: padding up to the hop
        xs = sfft.rfft(frames, axis=1)                                            # (H, F, K)
        if self.k_in == 1:
            # Computed (H, C, F), read by the inverse FFT as (H, F, C).
            ys = (xs[:, None, :, 0] * self.spec).transpose(0, 2, 1)
        else:
            # One batched product per bin over all hops, on the spectra's float views: the
            # (H, 2K) @ (2K, 2C) real product is the complex (H, K) @ (K, C) one.
            ys = np.matmul(xs.view(np.float32).transpose(1, 0, 2), self.spec)
            ys = ys.view(np.complex64).transpose(1, 0, 2)                         # (H, F, C)
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


def _real_spectra(spec: np.ndarray) -> np.ndarray:
    """MIMO filter spectra (K, C, F) complex as the real (F, 2K, 2C) matrices that multiply
    the float views of input spectra: [re, im] of input k times [[re, im], [-im, re]] of
    its filter to output c gives [re, im] of their product.

    One batched product per bin over all hops is several times faster than a loop over
    the inputs, and BLAS's real kernels are ~1.7x faster than its complex ones at these
    small sizes (16 x 2 per bin for an HOA3 decode).
    """
    k, c, f = spec.shape
    out = np.empty((f, k, 2, c, 2), np.float32)
    spec = spec.transpose(2, 0, 1)
    out[:, :, 0, :, 0] = out[:, :, 1, :, 1] = spec.real
    out[:, :, 0, :, 1] = spec.imag
    out[:, :, 1, :, 0] = -spec.imag
    return out.reshape(f, 2 * k, 2 * c)


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

    The mono FIRs run through overlap-add convolvers, one per group of
    similar lengths; each group's outputs, interleaved (samples, FIRs), are
    kept as long as the longest delay, so the taps of one delay are a row
    slice of them, mixed by one (m, J) @ (J, C) product per group and delay.
    The concatenated output is the full convolution with
    :meth:`DelayMix.fir`, whatever the chunk sizes.
    """

    def __init__(self, fir: DelayMix):
        # FIRs much shorter than the longest (direct sound beside a room) get their own
        # overlap-add at their own, smaller FFT size.
        used = np.array([np.flatnonzero(h).max(initial=0) + 1 for h in fir.firs])
        short = used * _SHORT_FIR_RATIO <= used.max()
        self.keep = int(fir.delay.max())
        self.groups = []
        for idx in (np.flatnonzero(short), np.flatnonzero(~short)):
            if len(idx):
                conv = OverlapAddConvolver(fir.firs[idx, :used[idx].max()])
                self.groups.append((conv, _delay_mixes(fir, idx)))
        self.hop = self.groups[-1][0].hop             # the longest FIRs' overlap-add hop
        self.length = max(conv.length for conv, _ in self.groups) + self.keep
        # Per group: the last ``keep`` outputs, then room for a chunk's (see _outputs).
        self.outputs = [np.zeros((self.keep, conv.channels), np.float32)
                        for conv, _ in self.groups]

    def process(self, x: np.ndarray, out: np.ndarray) -> None:
        """Add the output of the next input chunk ``x`` (m,) into ``out`` (m, C)."""
        self._add(len(x), out, lambda conv, y: conv.process(x, y))

    def flush(self, out: np.ndarray) -> None:
        """Add the next ``len(out)`` samples of the pending tail into ``out`` (as zeros in)."""
        self._add(len(out), out, lambda conv, y: conv.flush(y))

    def _outputs(self, g: int, m: int) -> np.ndarray:
        """Group ``g``'s buffer (keep + m, J): the last ``keep`` outputs, then m zeros.

        Kept between calls (grown when a chunk is longer), so a stream of chunks
        does not fault in fresh pages for each.
        """
        y = self.outputs[g]
        if len(y) < self.keep + m:
            y = np.concatenate([y[:self.keep], np.empty((m, y.shape[1]), np.float32)])
            self.outputs[g] = y
        y[self.keep:self.keep + m] = 0.0
        return y[:self.keep + m]

    def _add(self, m: int, out: np.ndarray, fill) -> None:
        """Mix the next ``m`` samples of the mono FIRs' outputs, which ``fill(conv, y)`` adds
        into each group's (m, J) block ``y``, into ``out`` (m, C)."""
        from scipy.linalg.blas import sgemm          # here: importing the renderer stays light

        if out.dtype != np.float32 or not out.flags.c_contiguous:
            # BLAS below accumulates in place only into C-ordered float32 arrays.
            acc = np.zeros(out.shape, np.float32)
            self._add(m, acc, fill)
            out += acc
            return
        keep = self.keep
        ys = [self._outputs(g, m) for g in range(len(self.groups))]
        for (conv, _), y in zip(self.groups, ys):
            fill(conv, y[keep:])
        # gemm adds each delay's (n, J) @ (J, C) product straight into the output (beta = 1,
        # on the transposed, Fortran-ordered views): no product temporaries, no extra pass
        # over the output, and no slow path for J = 1 as np.matmul has. A cache-sized slice
        # of the output at a time, so it stays in cache across the products.
        acc = out.T
        for a in range(0, m, _MIX_ROWS):
            n = min(_MIX_ROWS, m - a)
            for (_, mixes), y in zip(self.groups, ys):
                for d, mix in mixes:
                    sgemm(1.0, mix.T, y[keep - d + a:keep - d + a + n].T, 1.0, acc[:, a:a + n],
                          overwrite_c=True)
        for y in ys:
            y[:keep] = y[m:m + keep]


def _delay_mixes(fir: DelayMix, idx: np.ndarray) -> list[tuple[int, np.ndarray]]:
    """The taps of FIRs ``idx`` by delay: [(delay, mix (len(idx), C))], the rows of the
    FIRs without a tap at that delay zero."""
    row = {j: r for r, j in enumerate(idx)}
    mixes = {}
    for j, d, g in zip(fir.source, fir.delay, fir.mix):
        if j in row:
            mix = mixes.setdefault(int(d), np.zeros((len(idx), fir.mix.shape[1]), np.float32))
            mix[row[j]] += g
    return sorted(mixes.items())


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
        # Piece j of a segment (its samples, their number) goes to the j-th block on; the
        # last piece is shorter unless n_fft is a whole number of blocks.
        self.pieces = [(j, slice(j * block, min((j + 1) * block, self.n_fft)),
                        min(block, self.n_fft - j * block)) for j in range(self.span)]
        self.ramp = ((np.arange(block) + 1.0) / block).astype(np.float32)
        self.prev = self.spectra(first)
        self.carry = np.zeros((self.span * block, self.channels), np.float32)

    def spectra(self, filters: np.ndarray) -> np.ndarray:
        """The spectra (..., n_fft // 2 + 1) complex64 of FIRs (..., L) at this FFT size."""
        return sfft.rfft(np.asarray(filters, np.float32), self.n_fft, axis=-1)

    def _segments(self, xb: np.ndarray, xb_in: np.ndarray, spec: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray]:
        """The output segments (k, C or K, n_fft) of the blocks ``xb`` (k, block) through
        the previous and their own filter spectra ``spec`` (k, C or K, F):
        ``(faded out, faded in)``, where ``xb_in`` is the part faded in."""
        spec = np.concatenate([self.prev[None], spec])
        fade_in = sfft.rfft(xb_in, self.n_fft, axis=-1)[:, None, :]
        # The two ramps sum to one: the faded-out part's spectrum is the rest.
        fade_out = sfft.rfft(xb, self.n_fft, axis=-1)[:, None, :] - fade_in
        return (sfft.irfft(fade_out * spec[:-1], self.n_fft, axis=-1),
                sfft.irfft(fade_in * spec[1:], self.n_fft, axis=-1))

    def _mix(self, old: np.ndarray, new: np.ndarray, gains: np.ndarray) -> np.ndarray:
        """Blocks (k + span - 1, block, C) of output from factored segments ``old`` and
        ``new`` (k, K, n_fft) and the blocks' gains (k, C, K).

        Output block ``q`` gets piece ``j`` of the segments of block ``q - j``, faded out
        of the previous gains and into its own: one (block, 2 span K) @ (2 span K, C)
        product per output block, written interleaved, instead of expanding every
        segment to C channels first.
        """
        k, n_in, b, span = len(gains), old.shape[1], self.block, self.span
        g_old = np.concatenate([self.prev_gains[None], gains[:-1]]).transpose(0, 2, 1)
        lhs = np.zeros((k + span - 1, b, span, 2, n_in), np.float32)
        rhs = np.zeros((k + span - 1, span, 2, n_in, self.channels), np.float32)
        for j, piece, n in self.pieces:
            lhs[j:j + k, :n, j, 0] = old[:, :, piece].transpose(0, 2, 1)
            lhs[j:j + k, :n, j, 1] = new[:, :, piece].transpose(0, 2, 1)
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
        # Added straight into ``out``: what reaches past its end is the next chunk's carry.
        carry, self.carry = self.carry, np.zeros_like(self.carry)
        self._add_rows(carry, 0, out)
        for k0 in range(0, k_blocks, _BLOCKS_PER_CHUNK):
            k1 = min(k_blocks, k0 + _BLOCKS_PER_CHUNK)
            f = np.asarray(spectra[k0:k1], np.complex64)
            old, new = self._segments(blocks[k0:k1], faded[k0:k1], f)
            if gains is None:
                seg = old + new
                res = np.zeros((k1 - k0 + span - 1, b, self.channels), np.float32)
                for j, piece, n in self.pieces:
                    res[j:j + k1 - k0, :n] += seg[:, :, piece].transpose(0, 2, 1)
            else:
                g = np.asarray(gains[k0:k1], np.float32)
                res = self._mix(old, new, g)
                self.prev_gains = g[-1]
            self._add_rows(res.reshape(-1, self.channels), k0 * b, out)
            self.prev = f[-1]

    def _add_rows(self, rows: np.ndarray, start: int, out: np.ndarray) -> None:
        """Add output ``rows`` (n, C), from sample ``start`` of this chunk on, into ``out``
        (m, C) and, past its end, into the carry."""
        inside = min(len(rows), max(0, len(out) - start))
        out[start:start + inside] += rows[:inside]
        past = max(0, start - len(out))
        self.carry[past:past + len(rows) - inside] += rows[inside:]

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
