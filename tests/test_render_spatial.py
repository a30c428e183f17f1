"""The direct sound: panning, level cues, air, near field, width, linearity, limits, bad input."""
import math

import numpy as np
import pytest

from t2sa_lib.params import SpatialParams
from t2sa_lib.render import FORMATS, impulse_response, load_hrtf, make_test_sound, render
from t2sa_lib.render.spatial import direct_filter

from render_cases import DRY, SR, band_level_db, energy


def test_stereo_panning_is_constant_power(noise):
    for az in (-90, -30, 0, 45, 90):
        y = render(noise, SR, SpatialParams(az_deg=az, **DRY), fmt="stereo", tail=False).audio
        assert energy(y) == pytest.approx(energy(noise), rel=0.02)
    y = render(noise, SR, SpatialParams(az_deg=90, **DRY), fmt="stereo").audio
    assert energy(y[:, 0]) < 0.01 * energy(y[:, 1])  # only the room (DRR 24 dB) on the left



@pytest.mark.parametrize("fmt", list(FORMATS))
def test_gain_and_distance_are_exact_level_cues(fmt, noise):
    h = load_hrtf("ku100", SR)
    base = SpatialParams(az_deg=30, dist_m=1.0, **DRY)
    ref = direct_filter(base, fmt, SR, h)
    louder = direct_filter(base.replace(gain_db=6.0), fmt, SR, h)
    far = direct_filter(base.replace(dist_m=4.0), fmt, SR, h)
    assert 10 * math.log10(energy(louder) / energy(ref)) == pytest.approx(6.0, abs=1e-9)
    # Below 1 kHz air absorption is < 0.02 dB over 3 m: the 1/r law alone.
    assert band_level_db(far, SR, 50, 1000) - band_level_db(ref, SR, 50, 1000) \
        == pytest.approx(-20 * math.log10(4), abs=0.02)



def test_air_absorption_follows_iso_9613_on_the_rendered_signal():
    from t2sa_lib.render.distance import air_absorption_db_per_m

    assert air_absorption_db_per_m(1000.0) == pytest.approx(0.0047, abs=0.0003)  # ISO table
    assert air_absorption_db_per_m(4000.0) == pytest.approx(0.030, abs=0.002)
    x = make_test_sound("pink-noise", SR, 2.0, seed=3)
    near = render(x, SR, SpatialParams(az_deg=0, dist_m=1.0, **DRY), fmt="stereo").audio
    far = render(x, SR, SpatialParams(az_deg=0, dist_m=6.0, **DRY), fmt="stereo").audio
    for lo, hi in ((7000, 9000), (14000, 18000)):
        expected = -air_absorption_db_per_m((lo + hi) / 2) * 5.0 - 20 * math.log10(6)
        measured = band_level_db(far.T, SR, lo, hi) - band_level_db(near.T, SR, lo, hi)
        assert measured == pytest.approx(expected, abs=0.3)



def test_near_field_cue_widens_the_ild_of_a_close_lateral_source(noise):
    p = SpatialParams(az_deg=90, dist_m=0.6, **DRY)
    plain = render(noise, SR, p, hrtf="kemar").audio
    near = render(noise, SR, p, hrtf="kemar", near_field=True).audio
    def ild(y):
        return 10 * math.log10(energy(y[:, 1]) / energy(y[:, 0]))
    assert ild(near) - ild(plain) == pytest.approx(2.55, abs=0.1)
    far = p.replace(dist_m=6.0)   # the cue fades with distance: +0.25 dB at 6 m
    assert 0.0 < ild(render(noise, SR, far, near_field=True).audio) \
        - ild(render(noise, SR, far).audio) < 0.3



def test_render_is_linear_and_deterministic(noise):
    p = SpatialParams(az_deg=120, el_deg=20, dist_m=3, wet_mix=0.3, drr_db=4, spread_deg=50)
    a = render(noise, SR, p, hrtf="ku100", seed=3).audio
    b = render(noise, SR, p, hrtf="ku100", seed=3).audio
    c = render(2 * noise, SR, p, hrtf="ku100", seed=3).audio
    assert np.array_equal(a, b)
    np.testing.assert_allclose(c, 2 * a, atol=1e-6)
    assert not np.array_equal(a, render(noise, SR, p, hrtf="ku100", seed=4).audio)
    impulse = np.zeros(64, np.float32)
    impulse[0] = 1.0
    ir = impulse_response(p, "binaural", SR, load_hrtf("ku100", SR), seed=3)
    y = render(impulse, SR, p, hrtf="ku100", seed=3).audio
    np.testing.assert_allclose(y[:ir.shape[1]], ir.T, atol=1e-6)



def test_no_normalisation_keeps_quiet_sources_quiet(noise):
    loud = render(noise, SR, SpatialParams(gain_db=0.0, **DRY), hrtf="ku100")
    quiet = render(noise, SR, SpatialParams(gain_db=-20.0, **DRY), hrtf="ku100")
    assert loud.peak_dbfs - quiet.peak_dbfs == pytest.approx(20.0, abs=1e-3)



def test_limit_only_touches_peaks(noise):
    hot = render(noise * 30, SR, SpatialParams(gain_db=12.0, **DRY), fmt="stereo", limit=True)
    assert hot.limited and hot.peak_dbfs <= 0.0
    cool = render(noise, SR, SpatialParams(**DRY), fmt="stereo", limit=True)
    assert not cool.limited



def test_spread_lowers_interaural_coherence(noise):
    def coherence(spread):
        y = render(noise, SR, SpatialParams(**{**DRY, "spread_deg": spread}),
                   hrtf="ku100", tail=False).audio.astype(float)
        return abs(np.corrcoef(y[:, 0], y[:, 1])[0, 1])

    assert coherence(5.0) > 0.9
    assert coherence(120.0) < coherence(40.0) < coherence(5.0)



def test_bad_input_is_refused(noise):
    p = SpatialParams()
    with pytest.raises(ValueError, match="unknown format"):
        render(noise, SR, p, fmt="5.1")
    with pytest.raises(ValueError, match="NaN"):
        render(np.array([0.0, np.nan]), SR, p)
    with pytest.raises(ValueError, match="mono"):
        render(np.zeros((10, 2)), SR, p)
    with pytest.raises(ValueError, match="sample rate"):
        render(noise, 100, p)
    with pytest.raises(ValueError, match="gain_db"):
        render(noise, SR, {**SpatialParams().to_record(), "gain_db": 99})
