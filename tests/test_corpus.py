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
