"""FFT convolution in float32: a mono signal through a multichannel FIR.

:func:`fft_convolve` is the static render's engine (overlap-add with blocks
about four filter lengths long); :func:`crossfaded_convolve` filters a signal
block by block with a filter that changes every block, crossfading between
consecutive filters inside each block so a moving source glides without clicks.
"""
from __future__ import annotations

import numpy as np
import scipy.fft as sfft

#: Filter spectra of this many blocks are held at once by crossfaded_convolve.
_BLOCKS_PER_CHUNK = 128


def fft_convolve(x: np.ndarray, h: np.ndarray) -> np.ndarray:
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
    """
    x = np.atleast_2d(np.asarray(x, np.float32))
    h = np.asarray(h, np.float32)
    if h.ndim == 2:
        h = h[None]
    if h.shape[0] != x.shape[0]:
        raise ValueError(f"{x.shape[0]} input channels but filters for {h.shape[0]}")
    (k_in, n), (_, c, m) = x.shape, h.shape
    n_out = n + m - 1
    # One FFT when the whole signal fits a block of ~4 filter lengths, else overlap-add.
    n_fft = min(sfft.next_fast_len(n_out, real=True),
                sfft.next_fast_len(max(4 * m, 8192), real=True))
    hop = n_fft - m + 1
    spec = sfft.rfft(h, n_fft, axis=-1)                       # (K, C, F)
    out = np.zeros((c, n_out), np.float32)
    for start in range(0, n, hop):
        xs = sfft.rfft(x[:, start:start + hop], n_fft, axis=-1)   # (K, F)
        ys = xs[0, None, :] * spec[0] if k_in == 1 else np.einsum("kf,kcf->cf", xs, spec)
        seg = sfft.irfft(ys, n_fft, axis=-1)
        stop = min(n_out, start + n_fft)
        out[:, start:stop] += seg[:, :stop - start]
    return out


def crossfaded_convolve(x: np.ndarray, filters: np.ndarray, block: int,
                        first: np.ndarray | None = None) -> np.ndarray:
    """Filter ``x`` (n,) block by block with ``filters`` (K, C, L), K = ceil(n / block).

    Inside block ``k`` a linear ramp hands the input from filter ``k - 1`` to
    filter ``k`` (``first`` before block 0; ``filters[0]`` if None), so the
    output changes smoothly however far consecutive filters differ. With equal
    filters the result is the plain convolution. Returns (C, n + L - 1) float32.
    """
    x = np.asarray(x, np.float32)
    filters = np.asarray(filters, np.float32)
    k_blocks, c, m = filters.shape
    n = len(x)
    if k_blocks != -(-n // block):
        raise ValueError(f"{k_blocks} filters for {n} samples in blocks of {block}")
    n_fft = sfft.next_fast_len(block + m - 1, real=True)
    span = -(-n_fft // block)                # blocks an output segment reaches into
    blocks = np.zeros((k_blocks, block), np.float32)
    blocks.reshape(-1)[:n] = x
    ramp = ((np.arange(block) + 1.0) / block).astype(np.float32)
    prev = filters[0] if first is None else np.asarray(first, np.float32)
    out = np.zeros((c, k_blocks + span, block), np.float32)
    for k0 in range(0, k_blocks, _BLOCKS_PER_CHUNK):
        k1 = min(k_blocks, k0 + _BLOCKS_PER_CHUNK)
        spec = sfft.rfft(np.concatenate([prev[None], filters[k0:k1]]), n_fft, axis=-1)
        xb = blocks[k0:k1]
        fade_out = sfft.rfft(xb * (1.0 - ramp), n_fft, axis=-1)[:, None, :]
        fade_in = sfft.rfft(xb * ramp, n_fft, axis=-1)[:, None, :]
        seg = sfft.irfft(fade_out * spec[:-1] + fade_in * spec[1:], n_fft, axis=-1)
        seg = np.pad(seg, ((0, 0), (0, 0), (0, span * block - n_fft)))
        seg = seg.reshape(k1 - k0, c, span, block)
        for j in range(span):
            out[:, k0 + j:k1 + j] += seg[:, :, j].transpose(1, 0, 2)
        prev = filters[k1 - 1]
    return out.reshape(c, -1)[:, :n + m - 1]
