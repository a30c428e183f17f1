"""Ambisonics: AmbiX SN3D gains, the HOA3 tail, binaural decode, FuMa export."""
import json

import numpy as np
import pytest
from scipy.signal import butter, sosfilt

from t2sa_lib.cli import main
from t2sa_lib.files import write_audio
from t2sa_lib.params import SpatialParams
from t2sa_lib.render import decode_ambisonics_binaural, render, sh_gains

from render_cases import DRY, SR, energy


def test_sh_gains_ambix_first_order_axes():
    np.testing.assert_allclose(sh_gains(-90, 0, 1), [1, 1, 0, 0], atol=1e-12)  # left: Y > 0
    np.testing.assert_allclose(sh_gains(90, 0, 1), [1, -1, 0, 0], atol=1e-12)
    np.testing.assert_allclose(sh_gains(0, 0, 1), [1, 0, 0, 1], atol=1e-12)    # front: X
    np.testing.assert_allclose(sh_gains(0, 90, 1), [1, 0, 1, 0], atol=1e-12)   # up: Z



def test_sh_gains_are_sn3d_normalised():
    # SN3D: for every order n, the squared gains of its 2n+1 channels sum to 1.
    rng = np.random.default_rng(0)
    g = sh_gains(rng.uniform(-180, 180, 50), rng.uniform(-90, 90, 50), 3)
    for n in range(4):
        np.testing.assert_allclose((g[:, n * n:(n + 1) ** 2] ** 2).sum(1), 1.0, atol=1e-12)



@pytest.mark.parametrize("wet", [0.0, 0.5, 1.0])
def test_hoa3_tail_has_diffuse_levels_and_uncorrelated_channels(wet):
    """Four noises at four delays make the 16 channels of an HOA3 tail: each channel at
    its SN3D diffuse-field level (measured within 0.6 dB) and every pair uncorrelated
    (|rho| measured <= 0.12), as the sixteen independent noises they replace were
    (0.65 dB, 0.15); below 150 Hz, where the delays no longer decorrelate, W, Y, Z
    and X come from different noises."""

    from t2sa_lib.render.ambisonics import diffuse_channel_gains
    from t2sa_lib.render.filters import room_tail

    for seed in range(3):
        t = room_tail(SpatialParams(wet_mix=wet, drr_db=0.0), "hoa3", SR, None, seed)
        level = 10 * np.log10(np.sum(t ** 2, axis=1) / np.sum(t[0] ** 2))
        want = 20 * np.log10(diffuse_channel_gains(3))
        assert np.abs(level - want).max() < 1.0
        rho = np.corrcoef(t)[~np.eye(16, dtype=bool)]
        assert np.abs(rho).max() < 0.2
        low = sosfilt(butter(4, 150, "low", fs=SR, output="sos"), t[:4], axis=1)
        assert np.abs(np.corrcoef(low)[~np.eye(4, dtype=bool)]).max() < 0.8



def test_ambisonics_decode_to_binaural_keeps_the_side(noise):
    foa = render(noise, SR, SpatialParams(az_deg=90, **DRY), fmt="hoa3", tail=False).audio
    ears = decode_ambisonics_binaural(foa, SR, "ku100")
    assert ears.shape == (len(foa), 2)
    # Pink noise puts most energy low, where the head shadows little: the broadband
    # difference is ~3 dB, above 2 kHz ~7.6 dB (KU100 through a 3rd-order decode).
    assert energy(ears[:, 1]) > 1.5 * energy(ears[:, 0])
    highs = sosfilt(butter(4, 2000, "high", fs=SR, output="sos"), ears, axis=0)
    assert energy(highs[:, 1]) > 4 * energy(highs[:, 0])



def test_fuma_export(tmp_path, noise):
    from t2sa_lib.render.ambisonics import ambix_to_fuma

    foa = render(noise, SR, SpatialParams(az_deg=-90, **DRY), fmt="foa", tail=False).audio
    fuma = ambix_to_fuma(foa)
    np.testing.assert_allclose(fuma[:, 0], foa[:, 0] / np.sqrt(2), atol=1e-7)
    np.testing.assert_allclose(fuma[:, 2], foa[:, 1])       # FuMa Y (left) = AmbiX Y
    src = tmp_path / "m.wav"
    write_audio(src, noise, SR)
    pfile = tmp_path / "p.json"
    pfile.write_text(json.dumps(SpatialParams().to_record()))
    assert main(["render", "--input", str(src), "--output", str(tmp_path / "o.wav"),
                 "--params", str(pfile), "--format", "hoa3", "--fuma"]) == 2
