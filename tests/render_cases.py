"""Constants and measures shared by the render tests (``tests/test_render_*.py``)."""
import math

import numpy as np

from t2sa_lib.render import list_hrtfs

SR = 48000
HRTFS = [n for n, p in list_hrtfs().items() if p is not None]
DRY = dict(wet_mix=0.0, drr_db=24.0, spread_deg=5.0)


def energy(x):
    return float(np.sum(np.asarray(x, float) ** 2))


def band_level_db(h, sr, lo, hi):
    """Energy (dB) of the (C, L) filter ``h`` between ``lo`` and ``hi`` Hz."""
    spec = np.abs(np.fft.rfft(h, 8192, axis=-1)) ** 2
    f = np.fft.rfftfreq(8192, 1 / sr)
    return 10 * math.log10(spec[:, (f >= lo) & (f < hi)].sum())
