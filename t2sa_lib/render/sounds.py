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
    spec = np.fft.rfft(rng.standard_normal(n))
    f = np.arange(len(spec))
    spec[1:] /= np.sqrt(f[1:])
    spec[0] = 0.0
    return np.fft.irfft(spec, n)


def make_test_sound(name: str, sr: int = 48000, seconds: float = 2.0, seed: int = 0
                    ) -> np.ndarray:
    """A named test sound (see :data:`TEST_SOUNDS`), shape (round(sr * seconds),).

    ``speech-like``: a voiced source (120-220 Hz glide, harmonics with formant
    peaks) gated into syllables at ~4 Hz; ``noise-burst``: 150 ms pink-noise
    bursts every 400 ms; ``pink-noise``: steady; ``tone-chord``: A major triad.
    """
    if name not in TEST_SOUNDS:
        raise ValueError(f"unknown test sound {name!r}: use one of {', '.join(TEST_SOUNDS)}")
    if not 0 < seconds <= MAX_SECONDS:
        raise ValueError(f"seconds must be in (0, {MAX_SECONDS:g}], got {seconds!r}")
    if not 1 <= sr <= 768000:
        raise ValueError(f"sample rate must be in [1, 768000] Hz, got {sr!r}")
    n = max(1, int(round(sr * seconds)))
    t = np.arange(n) / sr
    rng = np.random.default_rng(seed)
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
        x = x * gate + 0.02 * _pink(n, rng) * gate
    elif name == "noise-burst":
        x = _pink(n, rng) * (((t % 0.4) < 0.15).astype(float))
    elif name == "pink-noise":
        x = _pink(n, rng)
    else:
        x = sum(np.sin(2 * np.pi * f * t + rng.uniform(0, 2 * np.pi))
                for f in (220.0, 277.18, 329.63))
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
