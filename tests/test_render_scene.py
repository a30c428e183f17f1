"""Scenes: several sources mixed in one room."""
import math

import numpy as np
import pytest

from t2sa_lib.params import Motion, SpatialParams
from t2sa_lib.render import FORMATS, load_hrtf, params_at, render, render_scene
from t2sa_lib.render.spatial import direct_filter

from render_cases import DRY, SR, energy


def test_scene_mixes_sources(noise):
    a = (noise, SpatialParams(az_deg=-90, **DRY))
    b = (noise[:1000], SpatialParams(az_deg=90, **DRY))
    res = render_scene([a, b], SR, fmt="stereo")
    assert len(res.audio) == len(render(a[0], SR, a[1], fmt="stereo").audio)
    with pytest.raises(ValueError, match="at least one source"):
        render_scene([], SR)



@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("motion", [None, Motion("approach", end_dist_m=1.0), Motion("pass-by")])
def test_one_source_scene_is_its_render(fmt, motion, noise):
    p = SpatialParams(az_deg=-40, dist_m=3, spread_deg=30, wet_mix=0.4, drr_db=3, motion=motion)
    ref = render(noise, SR, p, fmt=fmt, hrtf="ku100", seed=5).audio
    mix = render_scene([(noise, p)], SR, fmt=fmt, hrtf="ku100", seed=5).audio
    assert mix.shape == ref.shape
    np.testing.assert_allclose(mix, ref, atol=2e-6 * np.abs(ref).max())



def test_scene_sources_share_the_room_each_at_its_own_drr(noise):
    """Sources with one wet mix feed one tail (the first source's); each source's room
    still sits its own drr_db below its own direct sound, and the mix is linear in them."""
    from t2sa_lib.render.stream import StreamRenderer

    pa = SpatialParams(az_deg=-90, dist_m=2, wet_mix=0.3, drr_db=12)
    pb = SpatialParams(az_deg=60, dist_m=4, spread_deg=40, wet_mix=0.3, drr_db=-3,
                       motion=Motion("approach", end_dist_m=1))
    silent = np.zeros_like(noise)
    both = render_scene([(noise, pa), (noise[::-1], pb)], SR, hrtf="ku100", seed=2).audio
    only_a = render_scene([(noise, pa), (silent, pb)], SR, hrtf="ku100", seed=2).audio
    only_b = render_scene([(silent, pa), (noise[::-1], pb)], SR, hrtf="ku100", seed=2).audio
    np.testing.assert_allclose(both, only_a + only_b, atol=1e-6)
    assert np.array_equal(both, render_scene([(noise, pa), (noise[::-1], pb)], SR,
                                             hrtf="ku100", seed=2).audio)
    impulse = np.zeros(SR, np.float32)
    impulse[0] = 1.0
    for i, p in enumerate((pa, pb)):
        pair = [(silent[:1], pa), (silent[:1], pb)]
        pair[i] = (impulse, p)
        y = render_scene(pair, SR, hrtf="ku100", seed=2).audio
        s = StreamRenderer(p, SR, len(impulse), "binaural", "ku100", 2 + 1000 * i, room=False)
        direct = np.zeros((s.length, 2), np.float32)
        s.process(impulse, direct[:SR])
        s.flush(direct[SR:])
        room = y.copy()
        room[:len(direct)] -= direct
        # A moving source's direct sound changes along the path; its room is set at the start.
        start = params_at(p, 0.0)
        drr = 10 * math.log10(energy(direct_filter(start.replace(spread_deg=5), "binaural", SR,
                                                   load_hrtf("ku100", SR))) / energy(room))
        assert drr == pytest.approx(p.drr_db, abs=0.01)
