"""Corpus building: throughput, scaling, memory, and a 1,000-clip local / Dask / resume check.

1. Throughput: 4-second 48 kHz binaural clips (KEMAR, pink noise, given
   parameters; FLAC) per second with 1 and 2 local workers; scaling
   efficiency; each worker's peak resident memory; the projected wall time of
   a 1-million-clip corpus on a 64-core cluster (the measured one-worker rate
   times 64 times the measured two-worker efficiency).
2. The 1,000-clip check: the same manifest built by 2 local workers and by a
   Dask LocalCluster (2 worker processes) must give byte-identical
   metadata.jsonl; a CLI run killed with SIGINT part-way must resume, skip
   what it finished, and end with the same metadata.
Writes results/bench_corpus.json.
Run: .venv/bin/python benchmarks/bench_corpus.py [--clips 200] [--check-clips 1000]
"""
from __future__ import annotations

import argparse
import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import write_result

from t2sa_lib.corpus import build_corpus, items_from_manifest
from t2sa_lib.params import SpatialParams

ROOT = Path(__file__).resolve().parent.parent


def manifest(path: Path, n: int) -> Path:
    with open(path, "w") as f:
        for i in range(n):
            p = SpatialParams(az_deg=(i * 29) % 360 - 180, dist_m=1 + i % 5, wet_mix=0.1 * (i % 6),
                              drr_db=12 - 3 * (i % 6), spread_deg=5 + 10 * (i % 4)).to_record()
            f.write(json.dumps({"sound": "builtin:pink-noise", "params": p, "seconds": 4.0}) + "\n")
    return path


def quiet(*_):
    pass


def throughput(tmp: Path, n: int) -> dict:
    items = items_from_manifest(manifest(tmp / "m.jsonl", n), 0, "binaural", "kemar", 4.0)
    runs = {}
    for workers in (1, 2):
        runs[workers] = build_corpus(items, tmp / f"w{workers}", sr=48000, workers=workers,
                                     chunk=16, log=quiet)
        print(f"{workers} worker(s): {runs[workers]['clips_per_second']} clips/s", flush=True)
    one, two = runs[1]["clips_per_second"], runs[2]["clips_per_second"]
    eff = two / (2 * one)
    return {"clips": n, "clips_per_second": {"1_worker": one, "2_workers": two},
            "speedup_2_workers": round(two / one, 3), "scaling_efficiency": round(eff, 3),
            "peak_worker_rss_mb": {"1_worker": runs[1]["peak_worker_rss_mb"],
                                   "2_workers": runs[2]["peak_worker_rss_mb"]},
            "projected_1M_clips_on_64_cores_hours": round(1e6 / (one * 64 * eff) / 3600, 2)}


def cli(args: list[str]) -> list[str]:
    return [sys.executable, "-m", "t2sa_lib", "corpus", *args]


def full_check(tmp: Path, n: int) -> dict:
    from dask.distributed import LocalCluster

    man = manifest(tmp / "check.jsonl", n)
    items = items_from_manifest(man, 7, "binaural", "kemar", 4.0)
    local = build_corpus(items, tmp / "local", sr=48000, workers=2, log=quiet)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        dask = build_corpus(items, tmp / "dask", sr=48000, scheduler=cluster.scheduler_address,
                            log=quiet)
    same = (tmp / "local" / "metadata.jsonl").read_bytes() == \
        (tmp / "dask" / "metadata.jsonl").read_bytes()
    print(f"local {local['seconds']} s, dask {dask['seconds']} s, identical metadata: {same}")
    # Kill a CLI run part-way (SIGINT, as Ctrl-C), then rerun it to finish.
    args = ["--manifest", str(man), "--out", str(tmp / "killed"), "--seed", "7", "--workers", "2"]
    proc = subprocess.Popen(cli(args), cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    items_dir = tmp / "killed" / "items"
    while proc.poll() is None and len(list(items_dir.glob("*.json"))
                                      if items_dir.is_dir() else []) < n // 3:
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=120)
    done_before = len(list(items_dir.glob("*.json")))
    resumed = subprocess.run(cli(args), cwd=ROOT, capture_output=True, text=True, timeout=1800)
    summary = json.loads(resumed.stdout.strip().splitlines()[-1].split("corpus: ", 1)[1])
    resumed_same = (tmp / "killed" / "metadata.jsonl").read_bytes() == \
        (tmp / "local" / "metadata.jsonl").read_bytes()
    print(f"killed after {done_before} items; resume skipped {summary['skipped']}, made "
          f"{summary['made']}; metadata identical: {resumed_same}")
    return {"clips": n, "local_2_workers_seconds": local["seconds"],
            "dask_local_cluster_2_workers_seconds": dask["seconds"],
            "local_and_dask_metadata_identical": same,
            "killed_run": {"items_done_when_killed": done_before,
                           "resume_skipped": summary["skipped"], "resume_made": summary["made"],
                           "exit_code": resumed.returncode,
                           "metadata_identical_to_uninterrupted_run": resumed_same}}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clips", type=int, default=200)
    ap.add_argument("--check-clips", type=int, default=1000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    try:
        result = {"what": "4 s 48 kHz binaural clips (KEMAR, pink noise, given parameters), FLAC",
                  **throughput(tmp, args.clips),
                  "target": {"clips_per_second_per_core": 100, "speedup_2_workers": 1.8}}
        if args.check_clips:
            result["check"] = full_check(tmp, args.check_clips)
        write_result("corpus", result)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
