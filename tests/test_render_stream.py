"""File-to-file rendering in blocks: same samples as the whole-array render, bounded work,
and the command's checks before rendering."""
import ast
import contextlib
import json
import os
import stat
import warnings
from pathlib import Path

import numpy as np
import pytest

from t2sa_lib.cli import main
from t2sa_lib.files import read_audio, write_audio
from t2sa_lib.params import Motion, SpatialParams
from t2sa_lib.render import FORMATS, StreamRenderer, render
from t2sa_lib.render.convolve import OverlapAddConvolver, fft_size
from t2sa_lib.render.filters import check_alloc

SR = 48000
STATIC = SpatialParams(az_deg=40, el_deg=10, dist_m=2, wet_mix=0.3, drr_db=3, spread_deg=30)
MOVING = SpatialParams(az_deg=-90, dist_m=3, wet_mix=0.2, drr_db=6, motion=Motion("pass-by"))
CASES = [(fmt, kind) for fmt in FORMATS for kind in ("static", "moving")]


@pytest.fixture(scope="module")
def noise():
    return (np.random.default_rng(5).standard_normal(int(0.7 * SR)) * 0.05).astype(np.float32)


def _params(kind):
    return STATIC if kind == "static" else MOVING


@pytest.mark.parametrize("fmt,kind", CASES)
def test_chunked_render_equals_whole_array(fmt, kind, noise):
    ref = render(noise, SR, _params(kind), fmt=fmt, hrtf="ku100", seed=2).audio
    s = StreamRenderer(_params(kind), SR, len(noise), fmt, "ku100", seed=2)
    out = np.zeros((s.length, s.channels), np.float32)
    bounds = [0, 512 * 7, 512 * 40, 512 * 41, len(noise)]       # uneven chunks
    for a, b in zip(bounds, bounds[1:]):
        s.process(noise[a:b], out[a:b])
    for a in range(len(noise), s.length, 5000):
        s.flush(out[a:a + 5000])
    assert out.shape == ref.shape
    np.testing.assert_allclose(out, ref, atol=2e-6 * np.abs(ref).max())


@pytest.mark.parametrize("fmt,kind", CASES)
def test_render_command_streams_the_same_samples(fmt, kind, noise, tmp_path, capsys):
    src, pfile, out = tmp_path / "in.wav", tmp_path / "p.json", tmp_path / "out.wav"
    write_audio(src, noise, SR)
    pfile.write_text(json.dumps(_params(kind).to_record()))
    assert main(["render", "--input", str(src), "--output", str(out), "--params", str(pfile),
                 "--format", fmt, "--hrtf", "ku100", "--seed", "2"]) == 0
    summary = json.loads(capsys.readouterr().out)
    y, sr = read_audio(out, mono=False)
    # The record round trip (az_sc, el_rad) changes the angles in their last bits, which can
    # move a rounded HRIR delay: compare with a render of the parameters as read.
    p = SpatialParams.from_record(json.loads(pfile.read_text()))
    ref = render(noise, SR, p, fmt=fmt, hrtf="ku100", seed=2)
    assert sr == SR and y.shape == ref.audio.shape
    np.testing.assert_allclose(y, ref.audio, atol=2e-6 * np.abs(ref.audio).max())
    assert summary["channels"] == FORMATS[fmt]
    assert summary["peak_dbfs"] == pytest.approx(round(ref.peak_dbfs, 2))


def test_stream_renderer_checks_its_chunks(noise):
    s = StreamRenderer(MOVING, SR, len(noise), "stereo")
    with pytest.raises(ValueError, match="multiples of 512"):
        s.process(noise[:100], np.zeros((100, 2), np.float32))
        s.process(noise[100:200], np.zeros((100, 2), np.float32))
    short = StreamRenderer(STATIC, SR, 1000, "stereo")
    with pytest.raises(ValueError, match="ended after 500 of 1000"):
        list(short.iter_blocks([noise[:500]]))


@pytest.mark.parametrize("k_in", [1, 3])
def test_overlap_add_is_exact_for_any_fft_size_and_chunking(k_in):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((k_in, 20000)).astype(np.float32)
    h = rng.standard_normal((k_in, 2, 700))
    want = sum(np.stack([np.convolve(xk, c) for c in hk]) for xk, hk in zip(x, h))
    for n_fft in (1024, 4096, fft_size(700, 2)):
        conv = OverlapAddConvolver(h if k_in > 1 else h[0], n_fft)
        out = np.zeros((x.shape[1] + 699, 2), np.float32)
        for a, b in ((0, 333), (333, 9000), (9000, 20000)):   # partial hops, several batches
            conv.process(x[:, a:b] if k_in > 1 else x[0, a:b], out[a:b])
        conv.flush(out[20000:])
        np.testing.assert_allclose(out.T, want, atol=2e-3 * k_in)


@pytest.mark.parametrize("order", [1, 3])
def test_binaural_decode_equals_whole_file_convolution(order):
    """The streamed decode is the whole-file convolution with the decoder's filters
    (float64 here) to float32 rounding: -100 dB of the output's peak."""
    from scipy.signal import fftconvolve

    from t2sa_lib.render import decode_ambisonics_binaural, load_hrtf
    from t2sa_lib.render.ambisonics import binaural_decoder

    rng = np.random.default_rng(6)
    audio = (rng.standard_normal((SR + 4321, (order + 1) ** 2)) * 0.1).astype(np.float32)
    dec = binaural_decoder(load_hrtf("ku100", SR), order)                  # (C, 2, L)
    want = fftconvolve(audio[:, :, None].astype(np.float64), dec.transpose(2, 0, 1), axes=0)
    want = want.sum(axis=1)[:len(audio)]
    got = decode_ambisonics_binaural(audio, SR, "ku100")
    assert got.shape == want.shape and got.dtype == np.float32 and got.flags.c_contiguous
    assert np.abs(got - want).max() < 1e-5 * np.abs(want).max()


def test_sizes_are_checked_before_allocating():
    with pytest.raises(ValueError, match="GiB"):
        check_alloc((10 ** 12, 16), "the render")
    assert check_alloc((48000, 2), "the render") == (48000, 2)


def test_render_command_refuses_before_rendering(tmp_path, noise, capsys):
    src, pfile = tmp_path / "in.wav", tmp_path / "p.json"
    write_audio(src, noise, SR)
    pfile.write_text(json.dumps(STATIC.to_record()))
    base = ["render", "--params", str(pfile), "--input", str(src)]
    assert main(base + ["--output", str(tmp_path / "o.mp3")]) == 2
    assert "'.mp3'" in capsys.readouterr().err
    before = src.read_bytes()
    assert main(base + ["--output", str(src)]) == 2
    assert "same file" in capsys.readouterr().err and src.read_bytes() == before
    assert main(base + ["--output", str(tmp_path / "o.wav"), "--format", "hoa3", "--fuma"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.wav", "p.json"]


def test_render_command_silence_and_file_modes(tmp_path, capsys):
    src, pfile, out = tmp_path / "in.wav", tmp_path / "p.json", tmp_path / "out.flac"
    write_audio(src, np.zeros(4000, np.float32), SR)
    pfile.write_text(json.dumps(STATIC.to_record()))
    out.write_bytes(b"old")
    out.chmod(0o644)
    assert main(["render", "--input", str(src), "--output", str(out), "--params", str(pfile)]) == 0
    summary = json.loads(capsys.readouterr().out,
                         parse_constant=lambda c: pytest.fail(f"non-JSON constant {c}"))
    assert summary["peak_dbfs"] is None
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    new = tmp_path / "new.wav"
    old_mask = os.umask(0o027)
    try:
        assert main(["render", "--input", str(src), "--output", str(new), "--params",
                     str(pfile)]) == 0
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]   # no temp files


def test_flac_over_full_scale_leaves_the_old_file(tmp_path, noise, capsys):
    src, pfile, out = tmp_path / "in.wav", tmp_path / "p.json", tmp_path / "out.flac"
    write_audio(src, noise * 19, SR)
    pfile.write_text(json.dumps(SpatialParams(gain_db=12, dist_m=0.6).to_record()))
    out.write_bytes(b"old")
    assert main(["render", "--input", str(src), "--output", str(out), "--params", str(pfile),
                 "--format", "stereo"]) == 2
    err = capsys.readouterr().err
    assert "full scale" in err and str(out) in err and ".tmp" not in err
    assert out.read_bytes() == b"old" and len(list(tmp_path.iterdir())) == 3


def test_eight_khz_renders():
    x = np.random.default_rng(1).standard_normal(8000).astype(np.float32) * 0.1
    assert np.all(np.isfinite(render(x, 8000, STATIC, fmt="stereo").audio))


def test_spatial_and_stream_do_not_import_each_other():
    render_dir = Path(__file__).resolve().parent.parent / "t2sa_lib" / "render"

    def imported(name):
        tree = ast.parse((render_dir / f"{name}.py").read_text())
        return {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "spatial" not in imported("stream") and "filters" in imported("stream")
    assert "filters" in imported("spatial")


def test_factored_crossfade_equals_the_full_filters():
    from t2sa_lib.render.convolve import CrossfadedConvolver

    rng = np.random.default_rng(3)
    x = rng.standard_normal(512 * 9 + 100).astype(np.float32)
    gains, firs = rng.standard_normal((10, 16, 2)), rng.standard_normal((10, 2, 300))
    full = np.einsum("kcj,kjl->kcl", gains, firs)
    a, b = (np.zeros((len(x), 16), np.float32) for _ in range(2))
    CrossfadedConvolver(full[0], 512).process(x, full, a)
    CrossfadedConvolver(firs[0], 512, gains[0]).process(x, firs, b, gains)
    np.testing.assert_allclose(b, a, atol=1e-5 * np.abs(a).max())


@pytest.mark.parametrize("channels", [1, 2, 16])
def test_wav_over_4_gib_becomes_rf64(tmp_path, monkeypatch, channels):
    import soundfile as sf

    from t2sa_lib.render.blockio import BlockWriter

    monkeypatch.setattr(BlockWriter, "WAV_LIMIT_BYTES", 4 * channels * 1000)
    y = np.random.default_rng(0).standard_normal((1500, channels)).astype(np.float32)
    for frames, kind in ((900, "WAV"), (1500, "RF64")):
        path = tmp_path / f"{kind}.wav"
        with BlockWriter(path, SR, channels, frames) as w:
            w.write(y[:500])
            w.write(y[500:frames])
        info = sf.info(str(path))
        assert (info.format, info.subtype, info.samplerate, info.channels, info.frames) == \
            (kind, "FLOAT", SR, channels, frames)
        np.testing.assert_array_equal(sf.read(str(path), dtype="float32", always_2d=True)[0],
                                      y[:frames])
    # The plain WAV header is libsndfile's own, less its optional PEAK chunk.
    sf.write(str(tmp_path / "ref.wav"), y[:900], SR, subtype="FLOAT")
    ours, ref = (tmp_path / "WAV.wav").read_bytes(), (tmp_path / "ref.wav").read_bytes()
    assert ours[12:48] == ref[12:48] and ours[-4 * 900 * channels:] == ref[-4 * 900 * channels:]


@pytest.mark.parametrize("subtype,channels", [("FLOAT", 1), ("PCM_16", 1), ("FLOAT", 2)])
def test_block_reader_equals_soundfile(tmp_path, subtype, channels):
    import soundfile as sf

    from t2sa_lib.render.blockio import read_mono_blocks

    x = (np.random.default_rng(2).standard_normal((10000, channels)) * 0.1).astype(np.float32)
    path = tmp_path / "x.wav"
    sf.write(str(path), x, SR, subtype=subtype)
    want = sf.read(str(path), dtype="float32", always_2d=True)[0].mean(axis=1, dtype=np.float32)
    with pytest.warns(UserWarning) if channels > 1 else contextlib.nullcontext():
        got = list(read_mono_blocks(path, 4096))
    assert [len(b) for b in got] == [4096, 4096, 1808]
    np.testing.assert_array_equal(np.concatenate(got), want)
    x[5000, 0] = np.nan
    sf.write(str(path), x, SR, subtype="FLOAT")
    with pytest.raises(ValueError, match="sample 5000"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        list(read_mono_blocks(path, 4096))


def test_render_command_resamples(tmp_path, noise, capsys):
    src, pfile, out = tmp_path / "in.wav", tmp_path / "p.json", tmp_path / "out.wav"
    write_audio(src, noise, SR)
    pfile.write_text(json.dumps(STATIC.to_record()))
    assert main(["render", "--input", str(src), "--output", str(out), "--params", str(pfile),
                 "--format", "stereo", "--sr", "16000", "--no-tail"]) == 0
    summary = json.loads(capsys.readouterr().out)
    y, sr = read_audio(out, mono=False)
    assert sr == summary["sr"] == 16000 and len(y) == len(noise) // 3


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("spread,near_field", [(5, False), (40, False), (40, True)])
def test_moving_filters_designed_as_spectra_equal_the_direct_filter(fmt, spread, near_field):
    from t2sa_lib.render import load_hrtf
    from t2sa_lib.render.filters import direct_parts
    from t2sa_lib.render.stream import MovingDirect

    h = load_hrtf("ku100", SR) if fmt == "binaural" else None
    p = SpatialParams(az_deg=-50, el_deg=15, dist_m=2, spread_deg=spread, gain_db=-4,
                      motion=Motion("pass-by"))
    m = MovingDirect(p, fmt, SR, h, 3, near_field and fmt == "binaural", SR)
    for az, el, dist in ((-50.0, 15.0, 2.0), (-20.3, 15.0, 1.234), (10.0, -30.0, 0.6)):
        spec, gains = m.filters(np.array([[az, el, dist]]))
        spec, gains = spec[0], None if gains is None else gains[0]
        want_g, want = direct_parts(p.replace(az_deg=az, el_deg=el, dist_m=dist, motion=None),
                                    fmt, SR, h, 3, m.near_field)
        if gains is None and want_g is not None:
            want, want_g = want_g @ want, None
        want = m.conv.spectra(want)
        np.testing.assert_allclose(spec, want, atol=1e-6 * np.abs(want).max())
        if want_g is not None:
            np.testing.assert_allclose(gains, want_g, atol=1e-6)


def test_moving_block_grows_only_for_slow_distance_changes():
    from t2sa_lib.render.stream import MAX_MOVING_BLOCK, MOVING_BLOCK, moving_block

    def approach(start, end, seconds):
        return moving_block(SpatialParams(dist_m=start, motion=Motion("approach",
                                                                        end_dist_m=end)),
                            int(seconds * SR))
    assert approach(1.35, 0.6, 10) == MAX_MOVING_BLOCK          # 7 dB in 10 s
    assert approach(6.0, 0.6, 3) == 2048                        # 20 dB in 3 s: 0.28 dB a block
    assert approach(6.0, 0.6, 0.3) == MOVING_BLOCK              # faster: never below 512
    for motion in (Motion("pass-by"), Motion("rotate", rotate_deg=10)):
        assert moving_block(SpatialParams(az_deg=-90, motion=motion), 60 * SR) == MOVING_BLOCK


@pytest.mark.parametrize("fmt", ["binaural", "hoa3"])
def test_long_blocks_follow_the_path_of_short_ones(fmt, monkeypatch):
    """An approach rendered in 4096-sample blocks against 128-sample ones: the waveforms
    agree to -85 dB (measured -98 dB) and the level in 50 ms windows to 0.001 dB
    (measured 0.0002 dB)."""
    from t2sa_lib.render import load_hrtf, make_test_sound, stream

    x = make_test_sound("speech-like", SR, 6.0, seed=1)
    p = SpatialParams(az_deg=170, el_deg=14, dist_m=1.35, spread_deg=14,
                      motion=Motion("approach", end_dist_m=0.6))

    def direct(block):
        monkeypatch.setattr(stream, "MOVING_BLOCK", block)
        monkeypatch.setattr(stream, "MAX_MOVING_BLOCK", block)
        h = load_hrtf("ku100", SR) if fmt == "binaural" else None
        m = stream.MovingDirect(p, fmt, SR, h, 1, False, len(x))
        y = np.zeros((len(x) + m.length - 1, FORMATS[fmt]), np.float32)
        m.process(x, 0, y[:len(x)])
        m.flush(y[len(x):])
        return y.astype(np.float64)
    assert stream.moving_block(p, len(x)) == 4096
    fine, long = direct(128), direct(4096)
    assert 10 * np.log10(np.sum((long - fine) ** 2) / np.sum(fine ** 2)) < -85

    def levels(y):
        w = y[:len(x) // 2400 * 2400].reshape(-1, 2400, y.shape[1])
        return 10 * np.log10(np.sum(w ** 2, axis=(1, 2)) + 1e-30)
    loud = levels(fine) > levels(fine).max() - 40
    assert np.abs(levels(long) - levels(fine))[loud].max() < 0.001


@pytest.mark.parametrize("contiguous", [True, False])
def test_delay_mix_convolver_equals_its_fir(contiguous):
    from t2sa_lib.render.convolve import DelayMix, DelayMixConvolver, fft_convolve

    rng = np.random.default_rng(4)
    firs = rng.standard_normal((3, 900)).astype(np.float32)
    firs[1, 100:] = 0.0                 # a short one: convolved apart, at its own FFT size
    mix = DelayMix(firs, np.array([0, 1, 2, 2, 0, 1]), np.array([0, 5, 0, 300, 1234, 7]),
                   rng.standard_normal((6, 16)).astype(np.float32))
    x = rng.standard_normal(20000).astype(np.float32)
    want = fft_convolve(x, mix.fir()).T
    conv = DelayMixConvolver(mix)
    assert len(conv.groups) == 2 and conv.length == mix.length == 900 + 1234
    # The output may be a view with strided rows too (17 columns, 16 used).
    out = np.zeros((len(x) + mix.length - 1, 16 if contiguous else 17), np.float32)[:, :16]
    for a, b in ((0, 333), (333, 9000), (9000, 20000)):
        conv.process(x[a:b], out[a:b])
    conv.flush(out[20000:])
    np.testing.assert_allclose(out, want, atol=1e-5 * np.abs(want).max())
