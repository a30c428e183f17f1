"""The room: DRR exactly below the direct sound, wet mix and tail length."""
import math

import numpy as np
import pytest

from t2sa_lib.params import SpatialParams
from t2sa_lib.render import FORMATS, load_hrtf
from t2sa_lib.render.room import reference_energy, rt60_s
from t2sa_lib.render.spatial import direct_filter, room_filter

from render_cases import SR


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("drr", [-10.0, 0.0, 12.0])
def test_room_sits_exactly_drr_below_the_direct_sound(fmt, drr):
    h = load_hrtf("ku100", SR)
    p = SpatialParams(az_deg=-60, dist_m=2.0, wet_mix=0.5, drr_db=drr)
    d, r = direct_filter(p, fmt, SR, h), room_filter(p, fmt, SR, h)
    measured = 10 * math.log10(reference_energy(d, fmt) / reference_energy(r, fmt))
    assert measured == pytest.approx(drr, abs=0.3)  # spread copies vs point: < 0.3 dB



def test_wet_mix_lengthens_the_tail():
    h = load_hrtf("ku100", SR)
    lengths = []
    for wet in (0.0, 0.5, 1.0):
        r = room_filter(SpatialParams(wet_mix=wet, drr_db=0.0), "binaural", SR, h)
        e = np.cumsum((r ** 2).sum(0)[::-1])[::-1]
        lengths.append(np.argmax(e < e[0] * 1e-3) / SR)  # -30 dB point of the Schroeder curve
    assert lengths[0] < lengths[1] < lengths[2]
    assert lengths[2] == pytest.approx(rt60_s(1.0) / 2, rel=0.25)
