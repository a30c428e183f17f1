"""The room: a deterministic, decorrelated late-reverberation tail.

``wet_mix`` sets how live the room is: the reverberation time grows from
0.2 s (dry) to 2.0 s (wet = 1), highs decaying twice as fast as lows above
4 kHz, after a pre-delay of 5 to 30 ms. ``drr_db`` sets how loud the tail is:
:func:`drr_scale` makes the tail's energy exactly ``10**(-drr/10)`` times
the direct sound's energy, both measured on the rendered channels (both ears,
both stereo channels, or the W channel for ambisonics). The tail is the same
for every position of a moving source; only the direct sound moves.
"""
from __future__ import annotations

import numpy as np

from .ambisonics import diffuse_channel_gains, order_of
from .convolve import DelayMix
from .hrtf import HRTF

RT60_DRY_S, RT60_WET_S = 0.2, 2.0
CROSSOVER_HZ = 4000.0
#: An HOA tail's independent noises, and the delays (ms) at which each feeds the channels
#: (:func:`hoa_tail`): far enough apart to decorrelate speech, none a multiple of another.
HOA_TAIL_NOISES = 4
HOA_TAIL_DELAYS_MS = (0.0, 5.3, 11.9, 20.7)


def rt60_s(wet_mix: float) -> float:
    """Reverberation time (s) for a wet mix in [0, 1]."""
    return RT60_DRY_S + (RT60_WET_S - RT60_DRY_S) * float(wet_mix)


def predelay_s(wet_mix: float) -> float:
    return 0.005 + 0.025 * float(wet_mix)


def _decaying_noise(n_ch: int, sr: int, rt60: float, rng) -> np.ndarray:
    """Gaussian noise (n_ch, L) with exponential decay: -60 dB at ``rt60`` (lows) /
    ``rt60/2`` (highs)."""
    from scipy.signal import butter, sosfilt

    length = int(sr * rt60 * 1.1)
    noise = rng.standard_normal((n_ch, length), dtype=np.float32)
    # Below ~10 kHz sampling the crossover would reach Nyquist: keep it inside the band.
    lo_sos = butter(2, min(CROSSOVER_HZ, 0.4 * sr), "low", fs=sr, output="sos")
    low = sosfilt(lo_sos.astype(np.float32), noise, axis=-1)
    envelope = np.exp(np.arange(length, dtype=np.float32) * np.float32(-6.907755 / (rt60 * sr)))
    # low * env + (noise - low) * env**2, in place
    env2 = envelope * envelope
    low *= envelope - env2
    noise *= env2
    low += noise
    return low


def reverb_tail(fmt_channels: int, fmt: str, sr: int, wet_mix: float, seed: int,
                hrtf: HRTF | None = None) -> np.ndarray:
    """An unscaled reverberation tail (C, L) for an output format.

    Binaural tails are diffuse: independent noise from 16 directions through
    their HRIRs, giving natural interaural coherence and head colouration.
    FOA tails are independent per channel with the SN3D diffuse-field channel
    levels, HOA3 tails decorrelated mixes of four noises (:func:`hoa_tail`)
    with those levels; stereo tails are two independent channels.
    """
    rng = np.random.default_rng(seed)
    rt60 = rt60_s(wet_mix)
    pre = np.zeros(int(round(predelay_s(wet_mix) * sr)))
    if fmt == "binaural":
        from .convolve import fft_convolve

        idx = np.linspace(0, len(hrtf.az_deg), 16, endpoint=False).astype(int)
        # Each direction's noise through its HRIR, summed into the two ears.
        tail = fft_convolve(_decaying_noise(len(idx), sr, rt60, rng), hrtf.ir[idx])
    elif fmt == "stereo":
        tail = _decaying_noise(2, sr, rt60, rng)
    elif fmt_channels > HOA_TAIL_NOISES:
        return hoa_tail(fmt_channels, sr, wet_mix, seed).fir()
    else:
        tail = _decaying_noise(fmt_channels, sr, rt60, rng)
        tail *= diffuse_channel_gains(order_of(fmt_channels))[:, None]
    return np.concatenate([np.zeros((tail.shape[0], len(pre))), tail], axis=1)


def hoa_tail(n_ch: int, sr: int, wet_mix: float, seed: int) -> DelayMix:
    """An unscaled higher-order ambisonic tail as a :class:`.convolve.DelayMix`.

    ``HOA_TAIL_NOISES`` independent decaying noises (K), each at the
    ``HOA_TAIL_DELAYS_MS`` (D, K * D = ``n_ch``), mixed by ``kron(U, W)`` times
    the SN3D diffuse-field channel levels: U a random rotation of the noises,
    W = I - 2/D the Householder reflection. The mix is orthogonal, so the
    channels are uncorrelated at lag 0 and have the diffuse-field levels;
    every column of W sums to -1, so each channel also keeps its level at low
    frequencies, where the delays no longer decorrelate (below ~1 / 20 ms)
    and only channels of different noises stay independent (W, Y, Z and X
    are).
    Rendering it costs K convolutions instead of ``n_ch``. Each channel
    reaches its exponential decay the longest delay (21 ms) after the
    pre-delay; the decay rates are those of :func:`_decaying_noise`.
    """
    rng = np.random.default_rng(seed)
    k = HOA_TAIL_NOISES
    noise = _decaying_noise(k, sr, rt60_s(wet_mix), rng)
    pre = int(round(predelay_s(wet_mix) * sr))
    firs = np.concatenate([np.zeros((k, pre), np.float32), noise], axis=1)
    delays = np.round(np.asarray(HOA_TAIL_DELAYS_MS) * 1e-3 * sr).astype(int)
    d = len(delays)
    if k * d != n_ch:
        raise ValueError(f"an HOA tail of {k} noises at {d} delays has {k * d} channels, "
                         f"not {n_ch}")
    rotation = np.linalg.qr(rng.standard_normal((k, k)))[0]
    mix = np.kron(rotation, np.eye(d) - 2.0 / d)              # column u * d + w: noise u
    # Channel c from rotated noise c % k: W, Y, Z and X stay independent at low frequencies.
    mix = mix[:, [(c % k) * d + c // k for c in range(n_ch)]]
    mix *= diffuse_channel_gains(order_of(n_ch))
    return DelayMix(firs, np.repeat(np.arange(k), d), np.tile(delays, k),
                    mix.astype(np.float32))


def reference_energy(x: np.ndarray, fmt: str) -> float:
    """Energy of a (C, L) filter or signal on the channels DRR is measured on."""
    return float(np.sum(x[:1] ** 2)) if fmt.startswith(("foa", "hoa")) else float(np.sum(x ** 2))


def drr_scale(tail: np.ndarray, direct_energy: float, drr_db: float, fmt: str) -> float:
    """The factor that puts ``tail`` ``drr_db`` dB below a direct sound of ``direct_energy``."""
    e = reference_energy(tail, fmt)
    if e <= 0.0 or direct_energy <= 0.0:
        return 0.0
    return float(np.sqrt(direct_energy * 10.0 ** (-drr_db / 10.0) / e))
