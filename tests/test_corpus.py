"""Corpus builder: local run, resume after a kill, failures recorded, Dask equals local."""
import json

import pytest

from t2sa_lib.corpus import build_corpus, items_from_manifest
from t2sa_lib.params import SpatialParams


def write_manifest(path, n, bad_at=None):
    lines = []
    for i in range(n):
        p = SpatialParams(az_deg=-170 + 37 * i, dist_m=1 + (i % 4), wet_mix=0.1 * (i % 5),
                          drr_db=10 - 2 * (i % 5)).to_record()
        lines.append({"sound": "builtin:noise-burst" if i % 2 else "builtin:tone-chord",
                      "text": f"source {i}", "params": p, "seconds": 0.5})
    if bad_at is not None:
        lines[bad_at]["sound"] = str(path.parent / "missing.wav")
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    return path


def quiet(*a, **k):
    pass


def test_local_build_resume_and_failure(tmp_path):
    man = write_manifest(tmp_path / "m.jsonl", 12, bad_at=5)
    items = items_from_manifest(man, 0, "binaural", "kemar", 4.0)
    out = tmp_path / "corpus"
    s1 = build_corpus(items, out, sr=16000, workers=1, chunk=4, log=quiet)
    assert s1["made"] == 11 and s1["failed"] == 1
    fail = json.loads(next((out / "failures").glob("*.json")).read_text())
    assert fail["index"] == 5 and "missing.wav" in fail["error"]
    rows = [json.loads(l) for l in (out / "metadata.jsonl").read_text().splitlines()]
    assert [r["index"] for r in rows] == [i for i in range(12) if i != 5]
    assert all(r["sample_rate"] == 16000 and r["channels"] == 2 for r in rows)
    first = (out / "metadata.jsonl").read_bytes()
    # A "killed" run: remove two finished items' audio; the rerun redoes only those.
    (out / rows[0]["audio"]).unlink()
    (out / rows[3]["audio"]).write_bytes(b"corrupt")
    s2 = build_corpus(items, out, sr=16000, workers=1, chunk=4, log=quiet)
    assert s2["skipped"] == 9 and s2["made"] == 2
    assert (out / "metadata.jsonl").read_bytes() == first         # deterministic bytes
    import pyarrow.parquet as pq

    assert pq.read_table(out / "metadata.parquet").num_rows == 11


def test_manifest_errors_name_the_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"sound": "builtin:noise-burst", "text": "x"}\n{"text": "no sound"}\n')
    with pytest.raises(ValueError, match="bad.jsonl:2: missing field 'sound'"):
        items_from_manifest(bad, 0, "binaural", "kemar", 1.0)
    bad.write_text('{"sound": "builtin:noise-burst", "params": {"az_sc": [0, 1]}}\n')
    with pytest.raises(ValueError, match="bad.jsonl:1: missing field"):
        items_from_manifest(bad, 0, "binaural", "kemar", 1.0)


def test_dask_local_cluster_matches_local_run(tmp_path):
    from dask.distributed import LocalCluster

    man = write_manifest(tmp_path / "m.jsonl", 8)
    items = items_from_manifest(man, 3, "binaural", "kemar", 4.0)
    build_corpus(items, tmp_path / "local", sr=16000, workers=1, chunk=3, log=quiet)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster:
        build_corpus(items, tmp_path / "dask", sr=16000, scheduler=cluster.scheduler_address,
                     chunk=3, log=quiet)
    assert (tmp_path / "dask" / "metadata.jsonl").read_bytes() == \
        (tmp_path / "local" / "metadata.jsonl").read_bytes()


def test_same_metadata_twice_and_with_two_workers(tmp_path):
    """Same items, same bytes: a rerun into a new folder, and 2 local worker processes."""
    man = write_manifest(tmp_path / "m.jsonl", 6)
    items = items_from_manifest(man, 11, "binaural", "kemar", 4.0)
    for name, workers in (("a", 1), ("b", 1), ("two", 2)):
        build_corpus(items, tmp_path / name, sr=16000, workers=workers, chunk=2, log=quiet)
    meta = (tmp_path / "a" / "metadata.jsonl").read_bytes()
    assert (tmp_path / "b" / "metadata.jsonl").read_bytes() == meta
    assert (tmp_path / "two" / "metadata.jsonl").read_bytes() == meta
    rows = [json.loads(line) for line in meta.decode().splitlines()]
    assert all(r["tail_bank"] == 8 and r["tail_slot"] == r["seed"] % 8 for r in rows)
    for r in rows:      # the recorded checksum is the file's
        import hashlib

        data = (tmp_path / "two" / r["audio"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == r["sha256"]


def test_fast_clip_matches_render_and_bank_keeps_level():
    """Without a bank the corpus clip is render()'s (within float32 rounding); with a
    bank it has the same length, peak law and DRR (energy within 0.2 dB)."""
    import numpy as np

    from t2sa_lib.corpus.clip import render_clip
    from t2sa_lib.corpus.tailbank import TailBank
    from t2sa_lib.render import load_hrtf, make_test_sound, render

    sr = 16000
    x = make_test_sound("pink-noise", sr, 0.5, 3)
    h = load_hrtf("kemar", sr)
    bank = TailBank(4)
    for i, p in enumerate([SpatialParams(az_deg=40, wet_mix=0.7, drr_db=0.0),
                           SpatialParams(az_deg=-100, wet_mix=0.2, drr_db=8.0, spread_deg=60)]):
        ref = render(x, sr, p, "binaural", h, seed=i, limit=True)
        own, peak = render_clip(x, sr, p, "binaural", h, "kemar", i, None)
        assert own.shape == ref.audio.shape and own.dtype == np.float32
        assert np.max(np.abs(own - ref.audio)) < 1e-5 and abs(peak - ref.peak_dbfs) < 1e-3
        banked, _ = render_clip(x, sr, p, "binaural", h, "kemar", i, bank)
        assert banked.shape == ref.audio.shape
        ratio_db = 10 * np.log10(np.sum(banked ** 2) / np.sum(ref.audio ** 2))
        assert abs(ratio_db) < 0.2, ratio_db


def test_tail_bank_is_deterministic_and_picks_by_seed():
    import numpy as np

    from t2sa_lib.corpus.tailbank import TailBank
    from t2sa_lib.render import load_hrtf

    h = load_hrtf("kemar", 16000)
    a, b = TailBank(3), TailBank(3)
    t1, pre1 = a.tail("binaural", h, "kemar", 16000, 0.4, 7)
    b.tail("binaural", h, "kemar", 16000, 0.4, 5)           # other slots made first
    t2, pre2 = b.tail("binaural", h, "kemar", 16000, 0.4, 7)
    assert pre1 == pre2 and np.array_equal(t1, t2)          # order- and worker-independent
    same, _ = a.tail("binaural", h, "kemar", 16000, 0.4, 10)  # 10 % 3 == 7 % 3
    other, _ = a.tail("binaural", h, "kemar", 16000, 0.4, 8)
    assert np.array_equal(same, t1) and not np.allclose(other, t1)
    short, pre_s = a.tail("binaural", h, "kemar", 16000, 0.0, 7)
    assert short.shape[1] < t1.shape[1] and pre_s < pre1    # the clip's own decay and delay
    st, _ = a.tail("stereo", None, "kemar", 16000, 0.4, 7)
    hoa, _ = a.tail("hoa3", None, "kemar", 16000, 0.4, 7)
    assert st.shape[0] == 2 and hoa.shape[0] == 16
    with pytest.raises(ValueError, match="tail bank size"):
        TailBank(0)


def test_flac_from_integers_equals_libsndfile_float_path():
    """The corpus rounds to 24 bits itself (faster); the file must be libsndfile's own."""
    import io

    import numpy as np
    import soundfile as sf

    from t2sa_lib.corpus.clip import FLAC_LEVEL, encode_audio

    y = np.random.default_rng(0).uniform(-1, 1, (2, 3000)).astype(np.float32)
    y[0, :3] = [1.0, -1.0, 0.99999994]
    ref = io.BytesIO()
    sf.write(ref, y.T.copy(), 16000, format="FLAC", subtype="PCM_24", compression_level=FLAC_LEVEL)
    assert encode_audio(y.T, 16000, ".flac") == ref.getvalue()      # a transposed view too
    with pytest.raises(ValueError, match="full scale"):
        encode_audio(y.T * 1.5, 16000, ".flac")


def test_moving_source_uses_render_and_its_own_tail(tmp_path):
    from t2sa_lib.params import Motion

    p = SpatialParams(az_deg=-60, wet_mix=0.3, drr_db=6, motion=Motion(kind="rotate")).to_record()
    man = tmp_path / "m.jsonl"
    man.write_text(json.dumps({"sound": "builtin:noise-burst", "params": p, "seconds": 0.5}) + "\n")
    items = items_from_manifest(man, 0, "stereo", "kemar", 4.0)
    s = build_corpus(items, tmp_path / "c", sr=16000, workers=1, log=quiet)
    row = json.loads((tmp_path / "c" / "metadata.jsonl").read_text())
    assert s["made"] == 1 and row["tail_slot"] is None and row["tail_bank"] == 0
    assert row["motion"]["kind"] == "rotate" and row["channels"] == 2


def test_batched_convolution_equals_one_clip_at_a_time():
    """Batching clips' transforms must not change a bit of any clip, whatever the mix of
    transform lengths and channel counts in the batch."""
    import numpy as np

    from t2sa_lib.corpus.clip import _convolve, convolve_many

    rng = np.random.default_rng(4)
    xs = [rng.standard_normal(n).astype(np.float32) for n in (3000, 3000, 2900, 5000, 3000, 800)]
    irs = [rng.standard_normal((c, m)).astype(np.float32)
           for c, m in ((2, 700), (2, 1200), (2, 900), (4, 300), (2, 5000), (16, 40))]
    got = dict(convolve_many(xs, irs))
    assert sorted(got) == list(range(len(xs)))
    for i, (x, ir) in enumerate(zip(xs, irs)):
        alone = _convolve(x, ir)
        assert got[i].shape == (ir.shape[0], len(x) + ir.shape[1] - 1)
        assert np.array_equal(got[i], alone)
        np.testing.assert_allclose(alone[0], np.convolve(x, ir[0]), atol=1e-3)


def test_hoa3_into_flac_is_refused_before_any_work(tmp_path):
    man = write_manifest(tmp_path / "m.jsonl", 3)
    items = items_from_manifest(man, 0, "hoa3", "kemar", 1.0)
    with pytest.raises(ValueError, match="16 channels.*at most 8.*--wav"):
        build_corpus(items, tmp_path / "corpus", sr=16000, workers=1, log=quiet)
    assert not (tmp_path / "corpus").exists()
