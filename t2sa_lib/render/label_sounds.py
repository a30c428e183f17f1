"""Stand-in sounds for the sources of a scene, chosen by label.

A scene source names its kind of sound (``sound``: rain, bark, chirp, ...);
:func:`source_sound` returns a user recording from a folder when one is named
after the source's label (``dog.wav`` for "dog"), else a deterministic synthetic
stand-in of that kind: rain and wind are filtered noise, a bark is short
harmonic bursts, chirps are fast upward glides, footsteps are thuds at a walking
pace, a bell is decaying inharmonic partials, hum is a low tone with harmonics.
Every stand-in is mono float32 at -20 dBFS RMS (like
:func:`~t2sa_lib.render.sounds.make_test_sound`) or lower where its peak would
pass :data:`PEAK_DBFS`, fixed by (kind, sr, seconds, seed).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from scipy.signal import butter, sosfilt

from ..files import db_to_lin
from .sounds import RMS_DBFS, TEST_SOUNDS, at_rms, make_test_sound

_SYNTHS = ("rain", "wind", "rumble", "drip", "bark", "chirp", "footsteps", "hum", "tick", "bell")
SOUND_KINDS = tuple(TEST_SOUNDS) + _SYNTHS
_AUDIO_SUFFIXES = (".wav", ".flac", ".ogg", ".aiff", ".aif")
#: Highest peak of a stand-in, dBFS: room for the renderer's gains and a mix of four.
PEAK_DBFS = -12.0


def _band(x: np.ndarray, sr: int, lo_hz: float, hi_hz: float) -> np.ndarray:
    nyq = sr / 2.0
    hi = min(hi_hz, 0.45 * sr)
    sos = butter(2, [lo_hz / nyq, hi / nyq], btype="band", output="sos")
    return sosfilt(sos, x)


def _events(n: int, sr: int, period_s: float, length_s: float, rng) -> np.ndarray:
    """An envelope of decaying events every ``period_s`` (jittered), each ``length_s`` long."""
    env = np.zeros(n)
    k = int(length_s * sr)
    decay = np.exp(-np.arange(k) / (0.25 * k))
    t = rng.uniform(0, period_s) * sr
    while t < n:
        i = int(t)
        seg = env[i:i + k]
        seg += decay[:len(seg)]
        t += period_s * sr * rng.uniform(0.7, 1.3)
    return env


def _synth(kind: str, sr: int, n: int, rng) -> np.ndarray:
    t = np.arange(n) / sr
    noise = rng.standard_normal(n)
    if kind == "rain":
        return _band(noise, sr, 800, 8000) * (1 + 0.3 * _events(n, sr, 0.02, 0.01, rng))
    if kind == "wind":
        return _band(noise, sr, 150, 1200) * (0.6 + 0.4 * np.sin(2 * np.pi * 0.2 * t) ** 2)
    if kind == "rumble":
        return _band(noise, sr, 30, 200) * (0.5 + _events(n, sr, 1.5, 1.2, rng))
    if kind == "drip":
        return np.sin(2 * np.pi * 1200 * t * (1 + 0.5 * (t % 0.5))) * _events(n, sr, 0.5, 0.04, rng)
    if kind == "bark":
        voice = sum(np.sin(2 * np.pi * 380 * k * t) / k for k in range(1, 8))
        return voice * _events(n, sr, 0.6, 0.15, rng)
    if kind == "chirp":
        return np.sin(2 * np.pi * (3000 + 2000 * ((t * 8) % 1)) * t) * _events(n, sr, 0.25, 0.08, rng)
    if kind == "footsteps":
        return _band(noise, sr, 60, 2000) * _events(n, sr, 0.55, 0.06, rng)
    if kind == "hum":
        return sum(np.sin(2 * np.pi * 100 * k * t) / k for k in range(1, 6)) + 0.05 * noise
    if kind == "tick":
        return _band(noise, sr, 2000, 9000) * _events(n, sr, 0.5, 0.01, rng)
    # bell: inharmonic partials decaying over each strike
    partials = sum(np.sin(2 * np.pi * 520 * r * t) / (i + 1)
                   for i, r in enumerate((1.0, 2.76, 5.4, 8.93)))
    return partials * _events(n, sr, 2.0, 1.8, rng)


def stand_in(kind: str, sr: int = 48000, seconds: float = 4.0, seed: int = 0) -> np.ndarray:
    """A synthetic stand-in of ``kind`` (one of :data:`SOUND_KINDS`), mono float32."""
    if kind in TEST_SOUNDS:
        return make_test_sound(kind, sr, seconds, seed)
    if kind not in _SYNTHS:
        raise ValueError(f"no stand-in sound of kind {kind!r}: use one of {', '.join(SOUND_KINDS)}")
    n = max(1, int(round(sr * seconds)))
    x = _synth(kind, sr, n, np.random.default_rng(seed))
    fade = min(n // 2, int(0.01 * sr))
    if fade:
        ramp = np.linspace(0.0, 1.0, fade)
        x[:fade] *= ramp
        x[-fade:] *= ramp[::-1]
    x = at_rms(x, RMS_DBFS)
    # Sparse sounds (steps, barks) at -20 dBFS RMS would peak above full scale.
    peak = float(np.max(np.abs(x)))
    limit = db_to_lin(PEAK_DBFS)
    return (x * (limit / peak if peak > limit else 1.0)).astype(np.float32)


def recording_for(label: str, folder: Path | None) -> Path | None:
    """The audio file in ``folder`` named after ``label`` (case-insensitive), if any."""
    if folder is None:
        return None
    want = label.strip().lower()
    for p in sorted(Path(folder).iterdir()):
        if p.suffix.lower() in _AUDIO_SUFFIXES and p.stem.lower() == want:
            return p
    return None


def source_sound(label: str, kind: str, sr: int, seconds: float, seed: int = 0,
                 folder: Path | None = None) -> np.ndarray:
    """The sound for one scene source: a recording named after its label, else a stand-in.

    Raises
    ------
    ValueError
        When neither a recording nor a stand-in kind exists for the label.
    """
    from ..files import read_audio

    path = recording_for(label, folder)
    if path is not None:
        return read_audio(path, sr=sr)[0]
    if not kind:
        where = f" in {folder}" if folder else ""
        raise ValueError(f"source {label!r} has no sound: no recording named {label!r}{where} "
                         f"and no 'sound' kind (one of {', '.join(SOUND_KINDS)})")
    return stand_in(kind, sr, seconds, seed)
