"""Rendering speed and memory: offline real-time factors and the streaming block renderer.

Pinned to one core (BLAS/OpenMP threads = 1; scipy's FFT is single-threaded).
For each format (and HRTF for binaural) a 60-second 48 kHz speech-like source
is rendered static (point source in a dry room; wide source in a wet room) and
moving (pass-by); the real-time factor is audio seconds / wall seconds (median
of 3 cold renders: nothing is cached between them but the loaded HRTF). HOA3 is
also timed as encode + binaural decode. The block renderer streams 256- and
512-sample blocks with a parameter change every ~0.2 s, as a UI would; per-block
mean, p99 and worst times are reported against the block's duration. Peak
memory of a 10-minute binaural render is measured with tracemalloc (numpy's
allocations included). The paper's renderer took 1-2 minutes per audio
minute (factor 0.5-1). Writes results/bench_render.json.
Run: .venv/bin/python benchmarks/bench_render.py
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import time  # noqa: E402
import tracemalloc  # noqa: E402

import numpy as np  # noqa: E402
from _common import write_result  # noqa: E402

from t2sa_lib.params import Motion, SpatialParams  # noqa: E402
from t2sa_lib.render import (BlockRenderer, decode_ambisonics_binaural, load_hrtf,  # noqa: E402
                             make_test_sound, render)

SR, SECONDS = 48000, 60.0
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


def hoa3_to_binaural(x, p):
    return decode_ambisonics_binaural(render(x, SR, p, fmt="hoa3").audio, SR, "kemar")


def stream_stats(x, fmt: str, block: int) -> dict:
    br = BlockRenderer(CASES["wide (90 deg), wet room"], SR, fmt=fmt, hrtf="kemar",
                       block_size=block)
    every = max(1, int(0.2 * SR / block))
    times = []
    for i, start in enumerate(range(0, len(x) - block + 1, block)):
        if i % every == 0:
            br.set_params(SpatialParams(az_deg=(i * 7) % 360 - 180, spread_deg=90,
                                        wet_mix=0.8, drr_db=0))
        t0 = time.perf_counter()
        br.process(x[start:start + block])
        times.append(time.perf_counter() - t0)
    block_ms = 1e3 * block / SR
    p99 = 1e3 * np.percentile(times, 99)
    return {"format": fmt, "block": block, "block_ms": round(block_ms, 2),
            "mean_ms": round(1e3 * np.mean(times), 3), "p99_ms": round(p99, 3),
            "max_ms": round(1e3 * np.max(times), 3),
            "p99_share_of_block": round(p99 / block_ms, 3),
            "realtime_factor": round(block_ms / (1e3 * np.mean(times)), 1)}


def main() -> None:
    x = make_test_sound("speech-like", SR, SECONDS)
    offline = []
    jobs = [(f"{fmt}" + (f" ({hrtf})" if hrtf else ""), case, p,
             (lambda p=p, fmt=fmt, hrtf=hrtf: render(x, SR, p, fmt=fmt, hrtf=hrtf or "kemar")))
            for fmt, hrtf in (("binaural", "kemar"), ("binaural", "ku100"), ("stereo", None),
                              ("foa", None), ("hoa3", None))
            for case, p in CASES.items()]
    jobs += [("hoa3 + binaural decode", case, p, (lambda p=p: hoa3_to_binaural(x, p)))
             for case, p in CASES.items()]
    for name in ("kemar", "ku100"):
        load_hrtf(name, SR)
    for what, case, _, fn in jobs:
        fn()   # warm-up: imports, HRTF triangulation
        dt = median_time(fn)
        offline.append({"render": what, "case": case, "seconds": round(dt, 4),
                        "realtime_factor": round(SECONDS / dt, 1)})
        print(offline[-1], flush=True)
    stream = [stream_stats(x, fmt, block) for block in (256, 512)
              for fmt in ("binaural", "stereo", "foa", "hoa3")]
    for s in stream:
        print(s)
    ten_min = np.tile(x, 10)
    tracemalloc.start()
    t0 = time.perf_counter()
    render(ten_min, SR, CASES["wide (90 deg), wet room"])
    dt = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    memory = {"render": "binaural (kemar), wide source, wet room, 600 s at 48 kHz",
              "peak_mib": round(peak / 2 ** 20, 1),
              "output_mib": round(len(ten_min) * 2 * 4 / 2 ** 20, 1),
              "seconds": round(dt, 2), "realtime_factor": round(600 / dt, 1)}
    print(memory)
    write_result("render", {"what": "render speed on one core, 60 s of 48 kHz audio (median "
                                    "of 3 cold renders); block renderer with a parameter "
                                    "change every ~0.2 s; peak memory of a 10-minute render",
                            "offline": offline, "block_renderer": stream, "memory": memory,
                            "targets": {"static_binaural": 500, "moving": 100,
                                        "hoa3_plus_binaural_decode": 100,
                                        "block_p99_share_at_256": 0.2},
                            "paper_realtime_factor": "0.5-1 (1-2 min per audio minute)"})


if __name__ == "__main__":
    main()
