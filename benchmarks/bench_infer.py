"""Inference latency of the default checkpoint: per sentence alone and in batches (CPU).

Writes results/bench_infer.json (model load time, median ms per sentence alone,
sentences per second in batches of 64 and 256, peak RSS). One sentence at a time
is timed twice over the same 40 sentences: "cold", the first time each input
length is seen (with bf16 weights oneDNN builds its kernels once per shape), and
"warm", a long-running process (OSC, a notebook, a server) that has seen them.
Batches are timed the same way, the first pass over the 512 sentences "cold".
Targets: <= 15 ms per sentence alone, >= 300 sentences/s in batches of 256. The paper reports ~50 ms
per sentence on a GPU.
Run: .venv/bin/python benchmarks/bench_infer.py
"""
from __future__ import annotations

import resource
import time

import numpy as np
from _common import write_result

from t2sa_lib.infer import T2SInfer
from t2sa_lib.files import read_records
from t2sa_lib.paths import DATA


def main() -> None:
    t0 = time.perf_counter()
    model = T2SInfer()
    load_s = time.perf_counter() - t0
    texts = [r["text"] for r in read_records(DATA / "text2spatial_v4_test.jsonl")]
    many = [r["text"] for r in read_records(DATA / "text2spatial_v4_train.jsonl")][:512]
    model.predict(texts[:4])  # warm-up
    single = {}
    for run in ("cold", "warm"):
        single[run] = []
        for t in texts[:40]:
            t0 = time.perf_counter()
            model.predict([t])
            single[run].append(time.perf_counter() - t0)
    rate = {}
    for batch in (64, 256):
        for run in ("cold", "warm"):
            t0 = time.perf_counter()
            model.predict(many, batch_size=batch)
            rate[batch, run] = len(many) / (time.perf_counter() - t0)
    write_result("infer", {
        "what": "T2SInfer.predict: test sentences one at a time; 512 training sentences in batches", "device": model.device,
        "load_seconds": round(load_s, 2),
        "ms_per_sentence_batch1_median": round(1e3 * float(np.median(single["warm"])), 2),
        "ms_per_sentence_batch1_median_cold": round(1e3 * float(np.median(single["cold"])), 2),
        "sentences_per_second_batch64": round(rate[64, "warm"], 1),
        "sentences_per_second_batch64_cold": round(rate[64, "cold"], 1),
        "sentences_per_second_batch256": round(rate[256, "warm"], 1),
        "sentences_per_second_batch256_cold": round(rate[256, "cold"], 1),
        "targets": {"ms_per_sentence_batch1": 15, "sentences_per_second_batch256": 300},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "paper": "~50 ms per sentence on a GPU"})


if __name__ == "__main__":
    main()
