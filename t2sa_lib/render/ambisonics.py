"""Ambisonics in the AmbiX convention: ACN channel order, SN3D normalisation.

Real spherical harmonics of order ``n`` and degree ``m`` (ACN index
``n*n + n + m``) for a direction with azimuth ``phi`` measured
*counter-clockwise* (left positive, as ambisonics defines it) and elevation
``theta``::

    Y_nm = N_nm * P_n^|m|(sin theta) * (cos(m phi) if m >= 0 else sin(|m| phi))
    N_nm = sqrt((2 - delta_m0) * (n - |m|)! / (n + |m|)!)        (SN3D)

with the Legendre functions *without* the Condon-Shortley phase. First order
is therefore W = 1, Y = sin(phi) cos(theta), Z = sin(theta), X = cos(phi)
cos(theta): a source on the left has Y > 0. The library's azimuth is clockwise,
so ``phi = -az``.
"""
from __future__ import annotations

import math

import numpy as np

from .hrtf import HRTF, direction_vectors, load_hrtf


def n_channels(order: int) -> int:
    return (order + 1) ** 2


def _legendre(order: int, x: np.ndarray) -> dict[tuple[int, int], np.ndarray]:
    """Associated Legendre functions P_n^m(x), 0 <= m <= n <= order, without the
    Condon-Shortley phase, by the standard three-term recurrences (exact to rounding)."""
    root = np.sqrt(np.maximum(0.0, 1.0 - x * x)) if isinstance(x, np.ndarray) \
        else math.sqrt(max(0.0, 1.0 - x * x))
    p = {(0, 0): x * 0.0 + 1.0}
    for m in range(1, order + 1):
        p[m, m] = p[m - 1, m - 1] * (2 * m - 1) * root
    for m in range(order):
        p[m + 1, m] = x * (2 * m + 1) * p[m, m]
        for n in range(m + 2, order + 1):
            p[n, m] = ((2 * n - 1) * x * p[n - 1, m] - (n + m - 1) * p[n - 2, m]) / (n - m)
    return p


def sh_gains(az_deg, el_deg, order: int) -> np.ndarray:
    """AmbiX (ACN/SN3D) encoding gains, shape ``(..., (order+1)**2)``.

    Parameters
    ----------
    az_deg, el_deg : float or array
        Direction in the library's convention (azimuth clockwise, +90 = right).
    order : int
        Ambisonic order (1 = FOA, 3 = third order).

    A moving source asks for these once per 512-sample block, hence the
    recurrence instead of scipy's per-(n, m) ``lpmv`` calls.
    """
    if np.ndim(az_deg) == 0 and np.ndim(el_deg) == 0:     # plain floats: no array overhead
        phi, theta = -math.radians(float(az_deg)), math.radians(float(el_deg))
        cos, sin = math.cos, math.sin
        legendre = _legendre(order, math.sin(theta))
        out = np.empty(n_channels(order))
    else:
        phi = -np.radians(np.asarray(az_deg, float))
        theta = np.radians(np.asarray(el_deg, float))
        phi, theta = np.broadcast_arrays(phi, theta)
        cos, sin = np.cos, np.sin
        legendre = _legendre(order, np.sin(theta))
        out = np.empty(phi.shape + (n_channels(order),))
    for n in range(order + 1):
        for m in range(-n, n + 1):
            out[..., n * n + n + m] = _SN3D[n, m] * legendre[n, abs(m)] \
                * (cos(m * phi) if m >= 0 else sin(-m * phi))
    return out


#: SN3D normalisation of ACN channel (n, m): sqrt((2 - delta_m0) (n-|m|)! / (n+|m|)!).
_SN3D = {(n, m): math.sqrt((2.0 - (m == 0)) * math.factorial(n - abs(m))
                           / math.factorial(n + abs(m)))
         for n in range(8) for m in range(-n, n + 1)}


def diffuse_channel_gains(order: int) -> np.ndarray:
    """Per-channel RMS of a diffuse field relative to W, SN3D: ``1/sqrt(2n+1)``."""
    return np.array([1.0 / math.sqrt(2 * n + 1) for n in range(order + 1)
                     for _ in range(2 * n + 1)])


def ambix_to_fuma(foa: np.ndarray) -> np.ndarray:
    """First-order AmbiX (n, 4: W, Y, Z, X; SN3D) -> FuMa (n, 4: W, X, Y, Z; W at -3 dB)."""
    foa = np.asarray(foa)
    if foa.ndim != 2 or foa.shape[1] != 4:
        raise ValueError(f"FuMa conversion needs first-order audio (n, 4), got {foa.shape}")
    w, y, z, x = foa.T
    return np.stack([w / math.sqrt(2.0), x, y, z], axis=1).astype(foa.dtype)


def order_of(n_ch: int) -> int:
    order = int(round(math.sqrt(n_ch))) - 1
    if n_channels(order) != n_ch:
        raise ValueError(f"{n_ch} channels is not a full ambisonic order ((N+1)^2 channels)")
    return order


def _fibonacci_directions(n: int) -> tuple[np.ndarray, np.ndarray]:
    """``n`` nearly uniform directions on the sphere (azimuth, elevation in degrees)."""
    i = np.arange(n) + 0.5
    el = np.degrees(np.arcsin(1.0 - 2.0 * i / n))
    az = (np.degrees(np.pi * (1.0 + 5.0 ** 0.5) * i) + 180.0) % 360.0 - 180.0
    return az, el


def binaural_decoder(hrtf: HRTF, order: int) -> np.ndarray:
    """FIR filters (C, 2, N) that turn AmbiX channels into a binaural pair.

    A virtual-loudspeaker decoder: ``2 * (order+1)^2`` nearly uniform
    directions, each snapped to the nearest measured HRIR, a mode-matching
    (pseudo-inverse) decoding matrix, then each loudspeaker's HRIR.
    """
    az, el = _fibonacci_directions(max(8, 2 * n_channels(order)))
    vec = hrtf.unit_vectors
    idx = np.unique(np.argmax(direction_vectors(az, el) @ vec.T, axis=1))
    y = sh_gains(hrtf.az_deg[idx], hrtf.el_deg[idx], order)        # (L, C)
    decode = np.linalg.pinv(y.T)                                      # (L, C)
    return np.einsum("lc,lrn->crn", decode, hrtf.ir[idx]).astype(np.float32)


def decode_ambisonics_binaural(audio: np.ndarray, sr: int, hrtf="kemar") -> np.ndarray:
    """Listen to AmbiX audio ``(n, C)`` over headphones: returns ``(n, 2)``.

    The output is trimmed to the input length (the decoder's tail is dropped).
    """
    from .convolve import fft_convolve

    audio = np.asarray(audio, np.float32)
    dec = binaural_decoder(load_hrtf(hrtf, sr), order_of(audio.shape[1]))
    return np.ascontiguousarray(fft_convolve(audio.T, dec)[:, :audio.shape[0]].T)
