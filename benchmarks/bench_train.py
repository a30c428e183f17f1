"""Training time of the full recipe on this machine (the paper: 4 h on two GPUs).

Trains the default configuration on the paper-size splits and writes
results/bench_train.json: wall time, seconds per epoch, peak RSS, the best
validation metrics. Run: .venv/bin/python benchmarks/bench_train.py [--epochs N]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import peak_rss_mb, write_result

from t2sa_lib.files import read_records
from t2sa_lib.metrics import PAPER_METRICS
from t2sa_lib.model.config import get_config
from t2sa_lib.model.train import train
from t2sa_lib.paths import DATA


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--amp", default="auto", help="auto | off | bf16 (autocast while training)")
    args = ap.parse_args()
    cfg = get_config("full", amp=args.amp, **({"epochs": args.epochs} if args.epochs else {}))
    tr = read_records(DATA / "text2spatial_v4_train.jsonl")
    va = read_records(DATA / "text2spatial_v4_valid.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        res = train(cfg, tr, va, seed=0, out=Path(tmp) / "c.pt", progress=False)
        wall = time.perf_counter() - t0
        size = (Path(tmp) / "c.pt").stat().st_size
    write_result("train", {
        "what": "train the full recipe (1092 train / 136 valid), CPU", "epochs": cfg.epochs,
        "amp": args.amp, "target_seconds_for_16_epochs": 600,
        "wall_seconds": round(wall, 1), "seconds_per_epoch": [r["seconds"] for r in res.history],
        "checkpoint_mb": round(size / 1e6, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "valid": {k: res.valid_metrics[k] for k in PAPER_METRICS},
        "paper": "4 h on two GPUs"})


if __name__ == "__main__":
    main()
