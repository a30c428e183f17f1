"""A small auditory localisation model: where would a listener hear a binaural signal?

Used to judge renders across HRTFs (notebook 05): the paper compared renders
through CIPIC and KEMAR; CIPIC cannot be had offline, so we render with every
HRTF we have and ask this model, fitted to a *listener's* HRTF, where each
render would be heard (matched and mismatched listeners).

The model is template matching on three classic cues, computed the same way for
the signal and for every direction of the listener's HRTF:

* ITD — the lag of the interaural cross-correlation peak (low-passed at 1.5 kHz,
  where phase cues dominate), searched within +-1 ms;
* ILD — the interaural level difference in ERB-spaced bands (1-16 kHz);
* monaural spectral shape — the positive spectral gradient of each ear's band
  levels above 4 kHz (after Baumgartner et al. 2014), which carries elevation and
  front/back information and ignores a smooth source spectrum.

Each cue's squared distance is scaled by a just-noticeable difference (ITD
20 us, ILD 1 dB, gradient 2 dB) and the direction with the smallest total
distance wins. The source is assumed broadband and static (the signals of
notebook 05 are noise bursts).

Directions use the project convention: azimuth 0 = front, +90 = right; the
HRIR array's receiver 0 is the left ear.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.signal import butter, sosfiltfilt

ITD_JND_S = 20e-6
ILD_JND_DB = 1.0
SPECTRAL_JND_DB = 2.0
MAX_ITD_S = 1e-3


def erb_band_edges(f_lo: float, f_hi: float, n: int) -> np.ndarray:
    """``n + 1`` band edges in Hz equally spaced on the ERB-number scale."""
    def erb_number(f):
        return 21.4 * np.log10(1 + 0.00437 * f)

    e = np.linspace(erb_number(f_lo), erb_number(f_hi), n + 1)
    return (10 ** (e / 21.4) - 1) / 0.00437


def band_levels_db(x: np.ndarray, sr: int, edges: np.ndarray, nfft: int) -> np.ndarray:
    """Energy per band in dB of each column of ``x`` (samples, channels)."""
    spec = np.abs(np.fft.rfft(x, n=nfft, axis=0)) ** 2
    freqs = np.fft.rfftfreq(nfft, 1 / sr)
    idx = np.searchsorted(freqs, edges)
    out = np.stack([spec[idx[i]:max(idx[i + 1], idx[i] + 1)].mean(axis=0)
                    for i in range(len(edges) - 1)])
    return 10 * np.log10(out + 1e-20)


def itd_seconds(left: np.ndarray, right: np.ndarray, sr: int) -> float:
    """Interaural time difference in seconds; positive when the right ear leads.

    Cross-correlation of the 1.5 kHz low-passed ear signals, peak searched within
    +-1 ms and refined by parabolic interpolation.
    """
    sos = butter(4, 1500, btype="low", fs=sr, output="sos")
    lo_l, lo_r = sosfiltfilt(sos, left), sosfiltfilt(sos, right)
    n = len(lo_l) + len(lo_r) - 1
    nfft = 1 << (n - 1).bit_length()
    xc = np.fft.irfft(np.fft.rfft(lo_l, nfft) * np.conj(np.fft.rfft(lo_r, nfft)), nfft)
    max_lag = int(round(MAX_ITD_S * sr))
    lags = np.arange(-max_lag, max_lag + 1)
    vals = xc[lags % nfft]
    k = int(np.argmax(vals))
    frac = 0.0
    if 0 < k < len(vals) - 1:
        a, b, c = vals[k - 1], vals[k], vals[k + 1]
        denom = a - 2 * b + c
        frac = 0.5 * (a - c) / denom if denom != 0 else 0.0
    # xc[lag] peaks at lag > 0 when the left signal is delayed, i.e. the right ear leads.
    return float((lags[k] + frac) / sr)


@dataclass
class Cues:
    """The cues of one binaural signal (or one HRIR pair)."""

    itd_s: float
    ild_db: np.ndarray
    gradient_db: np.ndarray


class LocalizationModel:
    """Template-matching localiser fitted to one listener's HRIR set.

    Parameters
    ----------
    hrir : ndarray, shape (M, 2, N)
        Head-related impulse responses, receiver 0 = left ear.
    az_deg, el_deg : ndarray, shape (M,)
        Directions of the HRIRs, project convention (0 front, +90 right, + up).
    sr : int
        Sample rate in Hz of the HRIRs and of the signals to localise.
    n_bands : int
        ERB-spaced bands between 1 and 16 kHz (capped at 0.45 sr).
    """

    def __init__(self, hrir: np.ndarray, az_deg: np.ndarray, el_deg: np.ndarray, sr: int,
                 n_bands: int = 28):
        hrir = np.asarray(hrir, dtype=np.float64)
        if hrir.ndim != 3 or hrir.shape[1] != 2:
            raise ValueError(f"hrir must have shape (directions, 2, taps), got {hrir.shape}")
        if not len(az_deg) == len(el_deg) == hrir.shape[0]:
            raise ValueError("az_deg and el_deg need one entry per HRIR")
        self.sr = int(sr)
        self.az_deg = np.asarray(az_deg, float)
        self.el_deg = np.asarray(el_deg, float)
        self.edges = erb_band_edges(1000.0, min(16000.0, 0.45 * sr), n_bands)
        self._spectral = np.searchsorted(self.edges, 4000.0)
        self.nfft = 4096
        cues = [self.cues(np.pad(h.T, ((0, self.nfft // 4), (0, 0)))) for h in hrir]
        self.t_itd = np.array([c.itd_s for c in cues])
        self.t_ild = np.stack([c.ild_db for c in cues])
        self.t_grad = np.stack([c.gradient_db for c in cues])

    def cues(self, binaural: np.ndarray) -> Cues:
        """ITD, band ILD and positive spectral gradients of a (samples, 2) signal."""
        x = np.asarray(binaural, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != 2:
            raise ValueError(f"a binaural signal has shape (samples, 2), got {x.shape}")
        nfft = max(self.nfft, 1 << (len(x) - 1).bit_length())
        levels = band_levels_db(x, self.sr, self.edges, nfft)          # (bands, 2)
        ild = levels[:, 1] - levels[:, 0]
        grad = np.diff(levels[self._spectral:], axis=0)
        grad = np.maximum(grad, 0.0).ravel()                            # positive gradients only
        return Cues(itd_seconds(x[:, 0], x[:, 1], self.sr), ild, grad)

    def distances(self, c: Cues) -> np.ndarray:
        """Scaled squared cue distance from ``c`` to every template direction."""
        d_itd = ((self.t_itd - c.itd_s) / ITD_JND_S) ** 2
        d_ild = (((self.t_ild - c.ild_db) / ILD_JND_DB) ** 2).mean(axis=1)
        d_grad = (((self.t_grad - c.gradient_db) / SPECTRAL_JND_DB) ** 2).mean(axis=1)
        return d_itd + d_ild + d_grad

    def localize(self, binaural: np.ndarray) -> tuple[float, float]:
        """Perceived (azimuth, elevation) in degrees of a static binaural signal."""
        k = int(np.argmin(self.distances(self.cues(binaural))))
        return float(self.az_deg[k]), float(self.el_deg[k])


def lateral_angle_deg(az_deg, el_deg) -> np.ndarray:
    """Angle from the median plane, degrees (+ right): the cone-of-confusion coordinate."""
    az, el = np.radians(az_deg), np.radians(el_deg)
    return np.degrees(np.arcsin(np.clip(np.sin(az) * np.cos(el), -1, 1)))


def is_front_back_confusion(true_az, true_el, got_az, got_el, margin_deg: float = 10.0
                            ) -> np.ndarray:
    """True where the perceived direction is mirrored across the interaural axis.

    Both directions must lie more than ``margin_deg`` away from the frontal plane
    (|90 - |azimuth|| > margin on the horizontal projection), and on opposite sides.
    """
    def front_back(az, el):
        x = np.cos(np.radians(az)) * np.cos(np.radians(el))     # + front
        return x, np.abs(x) > np.sin(np.radians(margin_deg))

    xt, ok_t = front_back(np.asarray(true_az, float), np.asarray(true_el, float))
    xg, ok_g = front_back(np.asarray(got_az, float), np.asarray(got_el, float))
    return ok_t & ok_g & (np.sign(xt) != np.sign(xg))
