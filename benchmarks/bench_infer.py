"""Inference latency of the default checkpoint: per sentence alone and in batches (CPU).

Writes results/bench_infer.json (model load time, ms per sentence for batch 1 and 64,
peak RSS). The paper reports ~50 ms per sentence on a GPU.
Run: .venv/bin/python benchmarks/bench_infer.py
"""
from __future__ import annotations

import resource
import time

import numpy as np
from _common import write_result

from t2sa_lib.infer import T2SInfer
from t2sa_lib.io import read_records
from t2sa_lib.paths import DATA


def main() -> None:
    t0 = time.perf_counter()
    model = T2SInfer()
    load_s = time.perf_counter() - t0
    texts = [r["text"] for r in read_records(DATA / "text2spatial_v4_test.jsonl")]
    model.predict(texts[:4])  # warm-up
    single = []
    for t in texts[:40]:
        t0 = time.perf_counter()
        model.predict([t])
        single.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    model.predict(texts)
    batch_ms = 1e3 * (time.perf_counter() - t0) / len(texts)
    write_result("infer", {
        "what": "T2SInfer.predict on the 138 test sentences", "device": model.device,
        "load_seconds": round(load_s, 2),
        "ms_per_sentence_batch1_median": round(1e3 * float(np.median(single)), 2),
        "ms_per_sentence_batch64": round(batch_ms, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "paper": "~50 ms per sentence on a GPU"})


if __name__ == "__main__":
    main()
