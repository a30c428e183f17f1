"""HRTFs: installed, ear conventions, SOFA files, interpolation, interaural time."""
import numpy as np
import pytest

from t2sa_lib.params import SpatialParams
from t2sa_lib.render import HRTFError, list_hrtfs, load_hrtf, read_sofa, render

from render_cases import DRY, HRTFS, SR, energy


def test_hrtfs_installed_by_setup():
    assert {"ku100", "sonicom1", "sonicom2"} <= set(HRTFS)



@pytest.mark.parametrize("name", HRTFS)
def test_hrtf_conventions_right_source_is_louder_in_right_ear(name):
    h = load_hrtf(name, SR)
    right, left = h.hrir(90, 0), h.hrir(-90, 0)
    assert energy(right[1]) > 4 * energy(right[0])
    assert energy(left[0]) > 4 * energy(left[1])
    front = h.hrir(0, 0)
    assert energy(front) / 2 == pytest.approx(1.0, rel=1e-3)  # level-normalised sets



def test_bad_sofa_file_names_the_file(tmp_path):
    bad = tmp_path / "broken.sofa"
    bad.write_bytes(b"not hdf5")
    with pytest.raises(HRTFError, match="broken.sofa"):
        read_sofa(bad)
    with pytest.raises(HRTFError, match="unknown HRTF"):
        load_hrtf("cipic", SR)



def test_user_sofa_path_loads_like_builtin():
    path = list_hrtfs()[HRTFS[0]]
    h = load_hrtf(str(path), SR)
    assert h.ir.shape[1] == 2 and h.sr == SR



def test_hrir_interpolation_between_measurements():
    h = load_hrtf("kemar", SR)
    i = h.nearest(30, 0)
    np.testing.assert_array_equal(h.hrir(h.az_deg[i], h.el_deg[i]), h.ir[i])  # exact on a point
    idx, w = h.weights(32.5, 5.0)
    assert len(idx) == 3 and w.sum() == pytest.approx(1.0) and (w > 0).all()
    # Between two measured azimuths the interaural delay lies between theirs.
    def itd(ir):
        c = np.correlate(ir[0], ir[1], "full")
        return int(np.argmax(c)) - (ir.shape[1] - 1)
    a, b = (h.nearest(az, 0) for az in (30, 40))
    lo, hi = sorted((itd(h.ir[a]), itd(h.ir[b])))
    assert lo <= itd(h.hrir((h.az_deg[a] + h.az_deg[b]) / 2, 0.0)) <= hi
    # Interpolated HRIRs change smoothly: no jump bigger than between measurements.
    steps = [h.hrir(az, 0.0) for az in np.arange(30.0, 40.01, 0.5)]
    jumps = [energy(u - v) / energy(u) for u, v in zip(steps, steps[1:])]
    assert max(jumps) < energy(h.ir[a] - h.ir[b]) / energy(h.ir[a])



@pytest.mark.parametrize("name", HRTFS)
def test_rendered_itd_has_the_right_sign_and_size(name):
    from t2sa_lib.eval.localize import itd_seconds

    x = np.random.default_rng(0).standard_normal(SR // 2).astype(np.float32) * 0.1
    for az, sign in ((90, 1), (-90, -1)):
        y = render(x, SR, SpatialParams(az_deg=az, **DRY), hrtf=name, tail=False).audio
        itd_ms = 1e3 * itd_seconds(y[:, 0].astype(float), y[:, 1].astype(float), SR)
        assert 0.6 <= sign * itd_ms <= 0.85   # KEMAR 0.70 ms, KU100 0.77 ms measured
