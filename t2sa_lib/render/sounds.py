"""Deterministic test sounds for listening, benchmarks and corpora (no files needed).

Every sound is mono float32 at an RMS of -20 dBFS, fixed by ``(name, sr,
seconds, seed)``.
"""
from __future__ import annotations

import numpy as np
from ..files import db_to_lin

TEST_SOUNDS = ("speech-like", "noise-burst", "pink-noise", "tone-chord")
RMS_DBFS = -20.0
#: Longest sound made (checked before allocating: an hour at 192 kHz is 2.8 GB of float64).
MAX_SECONDS = 3600.0


def _pink(n: int, rng) -> np.ndarray:
    return _pink_rows(n, [rng])[0]


def _pink_rows(n: int, rngs: list) -> np.ndarray:
    """Pink noise (k, n) float32, row i from ``rngs[i]``: a 1/f power spectrum with
    uniformly random phases, no DC.

    Random phases at exact 1/f magnitudes instead of shaped Gaussian noise: one
    inverse transform and n/2 uniform draws instead of n normal draws and two
    transforms (1.1 instead of 5.3 ms a 4 s row at 48 kHz, measured on one core);
    the sum of n/2 random-phase sinusoids is Gaussian all the same. The rows
    share their transforms (pocketfft runs several rows in SIMD lanes, same bits).
    """
    import scipy.fft as sfft

    m = n // 2 + 1
    magnitude = np.zeros(m, np.float32)
    magnitude[1:] = 1.0 / np.sqrt(np.arange(1, m, dtype=np.float32))
    phase = np.stack([rng.random(m, dtype=np.float32) for rng in rngs])
    phase *= np.float32(2 * np.pi)
    spec = np.empty(phase.shape, np.complex64)
    spec.real = np.cos(phase)
    spec.imag = np.sin(phase)
    spec *= magnitude
    return sfft.irfft(spec, n, axis=-1)


def make_test_sound(name: str, sr: int = 48000, seconds: float = 2.0, seed: int = 0
                    ) -> np.ndarray:
    """A named test sound (see :data:`TEST_SOUNDS`), shape (round(sr * seconds),).

    ``speech-like``: a voiced source (120-220 Hz glide, harmonics with formant
    peaks) gated into syllables at ~4 Hz; ``noise-burst``: 150 ms pink-noise
    bursts every 400 ms; ``pink-noise``: steady; ``tone-chord``: A major triad.
    """
    return make_test_sounds(name, sr, seconds, [seed])[0]


def make_test_sounds(name: str, sr: int, seconds: float, seeds) -> np.ndarray:
    """:func:`make_test_sound` for several seeds, (len(seeds), n) float32.

    Row i has exactly the samples of ``make_test_sound(name, sr, seconds,
    seeds[i])``; the noise sounds share their transforms (faster a row).
    """
    if name not in TEST_SOUNDS:
        raise ValueError(f"unknown test sound {name!r}: use one of {', '.join(TEST_SOUNDS)}")
    if not 0 < seconds <= MAX_SECONDS:
        raise ValueError(f"seconds must be in (0, {MAX_SECONDS:g}], got {seconds!r}")
    if not 1 <= sr <= 768000:
        raise ValueError(f"sample rate must be in [1, 768000] Hz, got {sr!r}")
    n = max(1, int(round(sr * seconds)))
    t = np.arange(n) / sr
    rngs = [np.random.default_rng(seed) for seed in seeds]
    if name == "pink-noise":
        rows = _pink_rows(n, rngs)
    elif name == "noise-burst":
        rows = _pink_rows(n, rngs) * (((t % 0.4) < 0.15).astype(float))
    else:
        rows = [_voiced(name, n, sr, t, rng) for rng in rngs]
    return np.stack([_faded(x, sr) for x in rows])


def _voiced(name: str, n: int, sr: int, t: np.ndarray, rng) -> np.ndarray:
    """The speech-like or tone-chord sound before its fades and level, float64."""
    if name == "speech-like":
        f0 = 120.0 + 100.0 * (0.5 + 0.5 * np.sin(2 * np.pi * 0.7 * t))
        phase = 2 * np.pi * np.cumsum(f0) / sr
        x = np.zeros(n)
        for k in range(1, 30):
            fk = k * f0
            formant = sum(np.exp(-0.5 * ((fk - fc) / bw) ** 2)
                          for fc, bw in ((700, 130), (1200, 150), (2600, 250)))
            x += (formant + 0.05) / k * np.sin(k * phase) * (fk < sr / 2)
        gate = np.clip(np.sin(2 * np.pi * 4.0 * t + rng.uniform(0, np.pi)), 0, None) ** 0.7
        return x * gate + 0.02 * _pink(n, rng) * gate
    return sum(np.sin(2 * np.pi * f * t + rng.uniform(0, 2 * np.pi))
               for f in (220.0, 277.18, 329.63))


def _faded(x: np.ndarray, sr: int) -> np.ndarray:
    """``x`` with 10 ms fades in and out, at :data:`RMS_DBFS`, float32."""
    n = len(x)
    fade = min(n // 2, int(0.01 * sr))
    if fade:
        ramp = np.linspace(0.0, 1.0, fade)
        x[:fade] *= ramp
        x[-fade:] *= ramp[::-1]
    return at_rms(x, RMS_DBFS).astype(np.float32)


def at_rms(x: np.ndarray, rms_dbfs: float) -> np.ndarray:
    """``x`` scaled to an RMS level of ``rms_dbfs`` (silence is left as it is)."""
    rms = float(np.sqrt(np.mean(x ** 2)))
    return x * (db_to_lin(rms_dbfs) / rms if rms > 0 else 1.0)
