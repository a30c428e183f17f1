"""Rendering speed: real-time factors of offline renders and of the block renderer.

For each format (and HRTF for binaural) a 10-second 48 kHz speech-like source
is rendered static (point and wide, with a room), and moving (pass-by); the
real-time factor is audio seconds / wall seconds (median of 3 runs, HRTF
already loaded). The block renderer streams 512-sample blocks; its factor is
block duration / mean processing time per block, and the worst block is
reported too (real time needs every block under 10.7 ms).
The paper's renderer took 1-2 minutes per audio minute (factor 0.5-1).
Writes results/bench_render.json. Run: .venv/bin/python benchmarks/bench_render.py
"""
from __future__ import annotations

import time

import numpy as np
from _common import write_result

from t2sa_lib.params import Motion, SpatialParams
from t2sa_lib.render import BlockRenderer, load_hrtf, make_test_sound, render

SR, SECONDS, BLOCK = 48000, 10.0, 512
CASES = {
    "point, dry room": SpatialParams(az_deg=40, dist_m=2, wet_mix=0.1, drr_db=12),
    "wide (90 deg), wet room": SpatialParams(az_deg=-120, spread_deg=90, wet_mix=0.8, drr_db=0),
    "pass-by": SpatialParams(az_deg=-90, dist_m=3, wet_mix=0.3, drr_db=6,
                             motion=Motion("pass-by")),
}


def median_time(fn, n=3) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times))


def main() -> None:
    x = make_test_sound("speech-like", SR, SECONDS)
    offline = []
    for fmt, hrtf in (("binaural", "kemar"), ("binaural", "ku100"), ("stereo", None),
                      ("foa", None), ("hoa3", None)):
        if hrtf:
            load_hrtf(hrtf, SR)
        for case, p in CASES.items():
            dt = median_time(lambda: render(x, SR, p, fmt=fmt, hrtf=hrtf or "kemar"))
            offline.append({"format": fmt, "hrtf": hrtf, "case": case, "seconds": round(dt, 4),
                            "realtime_factor": round(SECONDS / dt, 1)})
            print(offline[-1])
    stream = []
    for fmt in ("binaural", "foa", "hoa3"):
        br = BlockRenderer(CASES["wide (90 deg), wet room"], SR, fmt=fmt, hrtf="kemar",
                           block_size=BLOCK)
        times = []
        for i, start in enumerate(range(0, len(x) - BLOCK + 1, BLOCK)):
            if i % 20 == 0:   # move the source every 20 blocks (~0.2 s), as a UI would
                br.set_params(SpatialParams(az_deg=(i * 7) % 360 - 180, spread_deg=90,
                                            wet_mix=0.8, drr_db=0))
            t0 = time.perf_counter()
            br.process(x[start:start + BLOCK])
            times.append(time.perf_counter() - t0)
        block_s = BLOCK / SR
        stream.append({"format": fmt, "block": BLOCK, "mean_ms": round(1e3 * np.mean(times), 3),
                       "p99_ms": round(1e3 * np.percentile(times, 99), 3),
                       "max_ms": round(1e3 * np.max(times), 3),
                       "block_ms": round(1e3 * block_s, 2),
                       "realtime_factor": round(block_s / np.mean(times), 1)})
        print(stream[-1])
    write_result("render", {"what": "render speed, 10 s of 48 kHz audio; block renderer "
                                    "with parameter changes every 20 blocks",
                            "offline": offline, "block_renderer": stream,
                            "paper_realtime_factor": "0.5-1 (1-2 min per audio minute)"})


if __name__ == "__main__":
    main()
