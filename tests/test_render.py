import json
import math

import numpy as np
import pytest

from t2sa_lib.cli import main
from t2sa_lib.files import read_audio, write_audio
from t2sa_lib.params import Motion, SpatialParams
from t2sa_lib.render import (FORMATS, BlockRenderer, HRTFError, decode_ambisonics_binaural,
                             impulse_response, list_hrtfs, load_hrtf, make_test_sound, params_at,
                             read_sofa, render, render_scene, sh_gains)
from t2sa_lib.render.room import reference_energy, rt60_s
from t2sa_lib.render.spatial import direct_filter, room_filter

SR = 48000
HRTFS = [n for n, p in list_hrtfs().items() if p is not None]
DRY = dict(wet_mix=0.0, drr_db=24.0, spread_deg=5.0)


def energy(x):
    return float(np.sum(np.asarray(x, float) ** 2))


@pytest.fixture(scope="module")
def noise():
    return make_test_sound("pink-noise", SR, 0.5, seed=1)


def test_hrtfs_installed_by_setup():
    assert {"ku100", "sonicom1", "sonicom2"} <= set(HRTFS)


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


def test_stereo_panning_is_constant_power(noise):
    for az in (-90, -30, 0, 45, 90):
        y = render(noise, SR, SpatialParams(az_deg=az, **DRY), fmt="stereo", tail=False).audio
        assert energy(y) == pytest.approx(energy(noise), rel=0.02)
    y = render(noise, SR, SpatialParams(az_deg=90, **DRY), fmt="stereo").audio
    assert energy(y[:, 0]) < 0.01 * energy(y[:, 1])  # only the room (DRR 24 dB) on the left


def band_level_db(h, sr, lo, hi):
    """Energy (dB) of the (C, L) filter ``h`` between ``lo`` and ``hi`` Hz."""
    spec = np.abs(np.fft.rfft(h, 8192, axis=-1)) ** 2
    f = np.fft.rfftfreq(8192, 1 / sr)
    return 10 * math.log10(spec[:, (f >= lo) & (f < hi)].sum())


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


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("drr", [-10.0, 0.0, 12.0])
def test_room_sits_exactly_drr_below_the_direct_sound(fmt, drr):
    h = load_hrtf("ku100", SR)
    p = SpatialParams(az_deg=-60, dist_m=2.0, wet_mix=0.5, drr_db=drr)
    d, r = direct_filter(p, fmt, SR, h), room_filter(p, fmt, SR, h)
    measured = 10 * math.log10(reference_energy(d, fmt) / reference_energy(r, fmt))
    assert measured == pytest.approx(drr, abs=0.3)  # spread copies vs point: < 0.3 dB


@pytest.mark.parametrize("wet", [0.0, 0.5, 1.0])
def test_hoa3_tail_has_diffuse_levels_and_uncorrelated_channels(wet):
    """Four noises at four delays make the 16 channels of an HOA3 tail: each channel at
    its SN3D diffuse-field level (measured within 0.6 dB) and every pair uncorrelated
    (|rho| measured <= 0.12), as the sixteen independent noises they replace were
    (0.65 dB, 0.15); below 150 Hz, where the delays no longer decorrelate, W, Y, Z
    and X come from different noises."""
    from scipy.signal import butter, sosfilt

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


def test_wet_mix_lengthens_the_tail():
    h = load_hrtf("ku100", SR)
    lengths = []
    for wet in (0.0, 0.5, 1.0):
        r = room_filter(SpatialParams(wet_mix=wet, drr_db=0.0), "binaural", SR, h)
        e = np.cumsum((r ** 2).sum(0)[::-1])[::-1]
        lengths.append(np.argmax(e < e[0] * 1e-3) / SR)  # -30 dB point of the Schroeder curve
    assert lengths[0] < lengths[1] < lengths[2]
    assert lengths[2] == pytest.approx(rt60_s(1.0) / 2, rel=0.25)


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


def test_ambisonics_decode_to_binaural_keeps_the_side(noise):
    foa = render(noise, SR, SpatialParams(az_deg=90, **DRY), fmt="hoa3", tail=False).audio
    ears = decode_ambisonics_binaural(foa, SR, "ku100")
    assert ears.shape == (len(foa), 2)
    assert energy(ears[:, 1]) > 2 * energy(ears[:, 0])


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


def test_test_sounds_are_deterministic_and_calibrated():
    for name in ("speech-like", "noise-burst", "pink-noise", "tone-chord"):
        x = make_test_sound(name, 16000, 1.0, seed=2)
        assert np.array_equal(x, make_test_sound(name, 16000, 1.0, seed=2))
        assert 20 * math.log10(np.sqrt(np.mean(x.astype(float) ** 2))) == pytest.approx(-20, abs=0.1)
    with pytest.raises(ValueError, match="unknown test sound"):
        make_test_sound("violin")


def test_test_sounds_in_a_batch_equal_one_at_a_time():
    """The corpus synthesises builtin sounds in batches: each row must be the lone sound."""
    from t2sa_lib.render.sounds import make_test_sounds

    seeds = [3, 11, 3, 2 ** 31 + 5, 0]
    for name in ("speech-like", "noise-burst", "pink-noise", "tone-chord"):
        rows = make_test_sounds(name, 16000, 0.7, seeds)
        assert rows.shape == (len(seeds), 11200) and rows.dtype == np.float32
        for seed, row in zip(seeds, rows):
            assert np.array_equal(row, make_test_sound(name, 16000, 0.7, seed))


def test_render_cli_with_params_file(tmp_path, noise, capsys):
    src = tmp_path / "mono.wav"
    write_audio(src, noise, SR)
    pfile = tmp_path / "p.json"
    pfile.write_text(json.dumps(SpatialParams(az_deg=90, **DRY).to_record()))
    out = tmp_path / "out.wav"
    assert main(["render", "--input", str(src), "--output", str(out), "--params", str(pfile),
                 "--format", "foa"]) == 0
    y, sr = read_audio(out, mono=False)
    assert sr == SR and y.shape[1] == 4
    assert json.loads(capsys.readouterr().out)["channels"] == 4
    pfile.write_text('{"az_sc": [1, 0],\n "el_rad": 9}')
    assert main(["render", "--input", str(src), "--output", str(tmp_path / "x.wav"),
                 "--params", str(pfile)]) == 2
    err = capsys.readouterr().err
    assert "p.json" in err and not (tmp_path / "x.wav").exists()


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


@pytest.mark.parametrize("name", HRTFS)
def test_rendered_itd_has_the_right_sign_and_size(name):
    try:
        from t2sa_lib.eval.localize import itd_seconds
    except ImportError:
        from t2sa_lib.localize import itd_seconds

    x = np.random.default_rng(0).standard_normal(SR // 2).astype(np.float32) * 0.1
    for az, sign in ((90, 1), (-90, -1)):
        y = render(x, SR, SpatialParams(az_deg=az, **DRY), hrtf=name, tail=False).audio
        itd_ms = 1e3 * itd_seconds(y[:, 0].astype(float), y[:, 1].astype(float), SR)
        assert 0.6 <= sign * itd_ms <= 0.85   # KEMAR 0.70 ms, KU100 0.77 ms measured


def test_fft_convolutions_equal_direct_convolution():
    from t2sa_lib.render.convolve import crossfaded_convolve, fft_convolve

    rng = np.random.default_rng(0)
    x, h = rng.standard_normal(30001), rng.standard_normal((3, 2500))
    want = np.stack([np.convolve(x, c) for c in h])
    np.testing.assert_allclose(fft_convolve(x, h), want, atol=2e-3)
    same = np.repeat(h[None], -(-len(x) // 512), axis=0)
    np.testing.assert_allclose(crossfaded_convolve(x, same, 512), want, atol=2e-3)
    with pytest.raises(ValueError, match="filters"):
        crossfaded_convolve(x, same[:3], 512)


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
