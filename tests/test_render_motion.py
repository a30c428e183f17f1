"""Moving sources: trajectories, the block renderer, click-free changes."""
import math

import numpy as np
import pytest

from t2sa_lib.params import Motion, SpatialParams
from t2sa_lib.render import FORMATS, BlockRenderer, make_test_sound, params_at, render

from render_cases import DRY, SR, energy


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_block_renderer_equals_offline_render_for_static_params(fmt, noise):
    p = SpatialParams(az_deg=40, el_deg=10, dist_m=2, wet_mix=0.3, drr_db=3, spread_deg=30)
    ref = render(noise, SR, p, fmt=fmt, hrtf="ku100").audio
    br = BlockRenderer(p, SR, fmt=fmt, hrtf="ku100", block_size=256)
    x = np.concatenate([noise, np.zeros(-len(noise) % 256, np.float32)])
    out = np.concatenate([br.process(x[i:i + 256]) for i in range(0, len(x), 256)]
                         + [br.flush()])
    np.testing.assert_allclose(out[:len(ref)], ref, atol=1e-5)
    assert np.abs(out[len(ref):]).max(initial=0.0) < 1e-6



def test_block_renderer_parameter_change_is_click_free():
    tone = make_test_sound("tone-chord", SR, 1.0)
    br = BlockRenderer(SpatialParams(az_deg=-90, **DRY), SR, hrtf="ku100", block_size=256)
    out = []
    for i in range(0, len(tone) - 255, 256):
        if i == 256 * 50:
            br.set_params(SpatialParams(az_deg=90, gain_db=-6, wet_mix=0.6, drr_db=12))
        out.append(br.process(tone[i:i + 256]))
    y = np.concatenate(out)
    jumps = np.abs(np.diff(y, axis=0)).max()
    typical = np.abs(np.diff(y[:256 * 49], axis=0)).max()
    assert jumps < 1.5 * typical
    before, after = y[256 * 40:256 * 49], y[256 * 60:]
    assert energy(before[:, 0]) > energy(before[:, 1])
    assert energy(after[:, 1]) > energy(after[:, 0])
    with pytest.raises(ValueError, match="block must have shape"):
        br.process(np.zeros(100))



def test_trajectories():
    p = SpatialParams(az_deg=-90, dist_m=4, motion=Motion("pass-by"))
    assert params_at(p, 0).az_deg == -90 and params_at(p, 1).az_deg == 90
    assert params_at(p, 0.5).az_deg == 0 and params_at(p, 0.5).dist_m == 2  # in front, closer
    a = SpatialParams(dist_m=4, motion=Motion("approach", end_dist_m=1))
    assert params_at(a, 0.5).dist_m == pytest.approx(2.0)
    r = SpatialParams(az_deg=0, motion=Motion("rotate", rotate_deg=-90))
    assert params_at(r, 1.0).az_deg == -90



def test_a_path_can_rise_or_fall():
    p = SpatialParams(el_deg=-45, motion=Motion("pass-by", end_az_deg=0, end_el_deg=45))
    assert (params_at(p, 0).el_deg, params_at(p, 0.5).el_deg, params_at(p, 1).el_deg) == (-45, 0, 45)
    assert params_at(p, 0.5).az_deg == 0 and params_at(p, 0.5).dist_m == 0.6
    assert Motion.from_dict(p.motion.to_dict()) == p.motion
    with pytest.raises(ValueError, match=r"'motion.end_el_deg' = 75 is outside"):
        Motion("pass-by", end_el_deg=75).validated()


def test_a_receding_source_can_turn_as_it_goes():
    p = SpatialParams(az_deg=0, dist_m=1, motion=Motion("recede", end_dist_m=4, end_az_deg=-90))
    assert params_at(p, 0.5).az_deg == -45 and params_at(p, 0.5).dist_m == pytest.approx(2.0)
    still = SpatialParams(az_deg=30, dist_m=1, motion=Motion("recede", end_dist_m=4))
    assert params_at(still, 1.0).az_deg == 30


def test_a_rising_source_rises_in_the_height_channel():
    x = np.random.default_rng(1).standard_normal(2 * SR).astype(np.float32) * 0.1
    p = SpatialParams(el_deg=-45, dist_m=2, **DRY,
                      motion=Motion("pass-by", end_az_deg=0, end_el_deg=45))
    y = render(x, SR, p, fmt="foa", tail=False).audio
    w, z = y[:, 0], y[:, 2]                           # AmbiX: W, Y, Z, X
    first, last = slice(0, SR // 2), slice(-SR // 2, None)
    assert np.dot(w[first], z[first]) < 0 < np.dot(w[last], z[last])


def test_moving_sources_move():
    long = np.random.default_rng(0).standard_normal(2 * SR).astype(np.float32) * 0.1
    y = render(long, SR, SpatialParams(az_deg=-90, dist_m=2, motion=Motion("pass-by"), **DRY),
               hrtf="ku100", tail=False).audio
    q = len(y) // 5
    first, last = y[:q], y[-q:]
    assert energy(first[:, 0]) > 3 * energy(first[:, 1])
    assert energy(last[:, 1]) > 3 * energy(last[:, 0])
    y = render(long, SR, SpatialParams(dist_m=6, motion=Motion("approach", end_dist_m=0.6),
                                       **DRY), fmt="foa", tail=False).audio
    q = len(y) // 20
    assert energy(y[-q:, 0]) > 50 * energy(y[:q, 0])  # ~20 dB louder at the end



def test_full_rotation_has_no_clicks():
    """A 500 Hz tone circling 360 deg: energy above 4 kHz (where only clicks would put
    it) stays ~80 dB down; a hard switch between two directions puts it at ~-51 dB."""
    from scipy.signal import butter, sosfilt

    t = np.arange(2 * SR) / SR
    tone = (0.3 * np.sin(2 * np.pi * 500 * t)).astype(np.float32)
    sos = butter(8, 4000, "high", fs=SR, output="sos")

    def hf_db(y):
        y = y[SR // 10:-SR // 10]
        return 10 * math.log10(np.sum(sosfilt(sos, y, axis=0)[SR // 10:] ** 2)
                               / np.sum(y[SR // 10:] ** 2))
    turning = render(tone, SR, SpatialParams(az_deg=0, motion=Motion("rotate", rotate_deg=360),
                                             **DRY), tail=False).audio
    a, b = (render(tone, SR, SpatialParams(az_deg=az, **DRY), tail=False).audio
            for az in (0, 120))
    switched = np.concatenate([a[:SR], b[SR:]])
    assert hf_db(turning) < -65.0 < hf_db(switched)
