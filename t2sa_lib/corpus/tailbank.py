"""A per-worker bank of room-tail noise, so a corpus clip does not synthesise its own.

Synthesising a room tail (:func:`t2sa_lib.render.room.reverb_tail`) is the
largest stage of a corpus clip: for binaural, 16 directions of decaying noise,
a crossover filter and 16 HRIR convolutions, ~15-30 ms per clip. The tail's
*envelope* (reverberation time, pre-delay, the highs decaying twice as fast
as the lows, its level) is what a clip's parameters fix; its *noise* is any
independent realisation. So the bank keeps, per (format, HRTF, sample rate),
``size`` noise realisations split into the two bands the room model decays
differently, already through the HRIRs, at the longest length a tail can have
(``RT60_WET_S``), and :meth:`TailBank.tail` applies one clip's exact envelope
to the realisation its seed picks (``seed % size``).

What it costs in diversity: clips whose seeds agree modulo ``size`` share
the noise of their tail (each still with its own decay, pre-delay, length
and level); ``size`` distinct tail noises per (format, HRTF, rate), where
every clip made one of its own before. What it changes in the signal: the
envelope is applied after the HRIR filtering instead of before, which
differs only inside the HRIR's few milliseconds; the low/high split, decay
rates, lengths and pre-delay are those of :mod:`t2sa_lib.render.room`.
"""
from __future__ import annotations

import zlib

import numpy as np

#: Tail noises per (format, HRTF, rate) unless the caller says otherwise (0 = no bank).
DEFAULT_SIZE = 8
#: Directions of the binaural diffuse field (as :func:`t2sa_lib.render.room.reverb_tail`).
BINAURAL_DIRECTIONS = 16


class TailBank:
    """Room-tail noise realisations shared by the clips of one worker.

    Parameters
    ----------
    size : int
        Distinct noise realisations per (format, HRTF, sample rate), >= 1.
        A realisation is made the first time a clip asks for it and kept
        (binaural at 48 kHz: ~1.7 MB each).

    Every realisation depends only on (slot, sample rate, channels), never on
    which worker or in which order it was made, so a clip's samples are the
    same on any machine.
    """

    def __init__(self, size: int = DEFAULT_SIZE):
        if not isinstance(size, int) or size < 1:
            raise ValueError(f"tail bank size must be an integer >= 1, got {size!r}")
        self.size = size
        self._bands: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}

    def slot(self, seed: int) -> int:
        """The realisation a clip with ``seed`` uses."""
        return int(seed) % self.size

    def tail(self, fmt: str, hrtf, hrtf_key: str, sr: int, wet_mix: float, seed: int
             ) -> tuple[np.ndarray, int]:
        """One clip's unscaled room tail and its pre-delay.

        Parameters
        ----------
        fmt : {"binaural", "stereo", "foa", "hoa3"}
        hrtf : HRTF or None
            The loaded HRTF (binaural only).
        hrtf_key : str
            The name the HRTF was asked for (the bank's key; two SOFA files
            with the same stem stay apart).
        sr : int
            Sample rate, Hz.
        wet_mix : float
            In [0, 1]: sets the reverberation time (0.2-2.0 s) and pre-delay.
        seed : int
            The clip's seed; picks the realisation.

        Returns
        -------
        tail : array (C, m) float32
            The decaying tail, ``m`` = the reverberation length (1.1 x RT60)
            plus the HRIR length - 1 (binaural), as ``reverb_tail`` makes it.
        predelay : int
            Samples of silence before the tail starts.
        """
        from ..render.room import predelay_s, rt60_s

        low, full = self._get(fmt, hrtf, hrtf_key if fmt == "binaural" else "", sr,
                              self.slot(seed))
        rt60 = rt60_s(wet_mix)
        extra = full.shape[1] - self._length(sr)    # HRIR length - 1 (binaural), else 0
        m = int(sr * rt60 * 1.1) + extra
        # -60 dB at rt60 for the lows, at rt60 / 2 for the highs (the envelope squared).
        env = np.exp(np.arange(m, dtype=np.float32) * np.float32(-6.907755 / (rt60 * sr)))
        env2 = env * env
        out = low[:, :m] * (env - env2)
        out += full[:, :m] * env2
        return out, int(round(predelay_s(wet_mix) * sr))

    @staticmethod
    def _length(sr: int) -> int:
        from ..render.room import RT60_WET_S

        return int(sr * RT60_WET_S * 1.1)

    def _get(self, fmt: str, hrtf, key: str, sr: int, slot: int):
        k = (fmt, key, int(sr), slot)
        bands = self._bands.get(k)
        if bands is None:
            # Two threads may both make a missing slot: the same samples, so either wins.
            bands = self._bands.setdefault(k, self._make(fmt, hrtf, int(sr), slot))
        return bands

    def _make(self, fmt: str, hrtf, sr: int, slot: int) -> tuple[np.ndarray, np.ndarray]:
        """(low band, full band) noise (C, L) float32 of one slot, read-only."""
        from scipy.signal import butter, sosfilt

        from ..render.ambisonics import diffuse_channel_gains, order_of
        from ..render.convolve import fft_convolve
        from ..render.filters import FORMATS
        from ..render.room import CROSSOVER_HZ

        n_ch = BINAURAL_DIRECTIONS if fmt == "binaural" else FORMATS[fmt]
        # The noise depends on the slot, rate and channel count only: reproducible anywhere.
        rng = np.random.default_rng([zlib.crc32(b"t2sa-tailbank"), slot, sr, n_ch])
        full = rng.standard_normal((n_ch, self._length(sr)), dtype=np.float32)
        if fmt == "binaural":
            idx = np.linspace(0, len(hrtf.az_deg), n_ch, endpoint=False).astype(int)
            # Each direction's noise through its HRIR, summed into the two ears.
            full = np.ascontiguousarray(fft_convolve(full, hrtf.ir[idx]))
        elif fmt != "stereo":
            full *= diffuse_channel_gains(order_of(n_ch)).astype(np.float32)[:, None]
        # The crossover commutes with the HRIRs and gains (all linear, time-invariant),
        # so filtering the 2 ears instead of 16 directions gives the same low band
        # at one MIMO convolution instead of two.
        sos = butter(2, min(CROSSOVER_HZ, 0.4 * sr), "low", fs=sr, output="sos")
        low = sosfilt(sos, full, axis=-1).astype(np.float32)
        for a in (low, full):
            a.setflags(write=False)
        return low, full

    def nbytes(self) -> int:
        """Memory held by the realisations made so far, bytes."""
        return sum(a.nbytes + b.nbytes for a, b in self._bands.values())
