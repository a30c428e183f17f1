"""Corpus throughput: 4-second 48 kHz binaural clips per second, 1 vs 2 workers.

Writes results/bench_corpus.json: clips/s for each worker count, scaling
efficiency, peak memory per worker, and the projected wall time of a
1-million-clip corpus on a 64-core cluster (linear in cores, the measured
per-core rate times the measured two-worker efficiency).
Run: .venv/bin/python benchmarks/bench_corpus.py [--clips 200]
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
from pathlib import Path

from _common import write_result

from t2sa_lib.corpus import build_corpus, items_from_manifest
from t2sa_lib.params import SpatialParams


def manifest(path: Path, n: int) -> Path:
    with open(path, "w") as f:
        for i in range(n):
            p = SpatialParams(az_deg=(i * 29) % 360 - 180, dist_m=1 + i % 5, wet_mix=0.1 * (i % 6),
                              drr_db=12 - 3 * (i % 6), spread_deg=5 + 10 * (i % 4)).to_record()
            f.write(json.dumps({"sound": "builtin:pink-noise", "params": p, "seconds": 4.0}) + "\n")
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clips", type=int, default=200)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    try:
        items = items_from_manifest(manifest(tmp / "m.jsonl", args.clips), 0, "binaural",
                                    "kemar", 4.0)
        runs = {}
        for workers in (1, 2):
            out = tmp / f"w{workers}"
            s = build_corpus(items, out, sr=48000, workers=workers, chunk=16, log=lambda *_: None)
            runs[workers] = s["clips_per_second"]
            print(f"{workers} worker(s): {s['clips_per_second']} clips/s")
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        eff = runs[2] / (2 * runs[1])
        per_core = runs[1]
        projected_h = 1e6 / (per_core * 64 * eff) / 3600
        write_result("corpus", {
            "what": "4 s 48 kHz binaural clips (KEMAR, pink noise, given parameters), FLAC",
            "clips": args.clips, "clips_per_second": {"1_worker": runs[1], "2_workers": runs[2]},
            "speedup_2_workers": round(runs[2] / runs[1], 3), "scaling_efficiency": round(eff, 3),
            "peak_rss_mb_per_worker": round(peak_mb, 1),
            "target": {"clips_per_second_per_core": 100, "speedup_2_workers": 1.8},
            "projected_1M_clips_on_64_cores_hours": round(projected_h, 2)})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
