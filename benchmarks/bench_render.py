"""Rendering speed and memory, each target beside a reference measured in the same run.

Pinned to one core (BLAS/OpenMP threads = 1; scipy's FFT is single-threaded).

1. Static binaural, dry room, 600 s at 48 kHz (``--quick``: 120 s): scipy's
   ``oaconvolve`` of the signal with a 512-tap HRIR pair (float32) is the
   reference; the renderer in-process (``render``) and the ``render`` command
   end to end (WAV in, WAV out, ``cli.main`` in this process; the subprocess
   wall time, interpreter start and imports included, is reported too) are
   timed interleaved with it, best of 3. Peak RSS of the command in a
   subprocess against the output's size.
2. Offline real-time factors on 60 s (``--quick``: 20 s) for every format and
   three sources (point in a dry room, wide in a wet room, pass-by), median
   of 3, and HOA3 + binaural decode.
3. The block renderer at 256 and 512 samples with a parameter change every ~0.2 s.
4. Peak RSS of a 1-hour render (``--quick``: 10 minutes) per format, static and
   moving, each ``t2sa render`` in its own subprocess (its VmHWM), and the
   output's size.

Writes results/bench_render.json. Run: .venv/bin/python benchmarks/bench_render.py [--quick]
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import contextlib  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from _common import write_result  # noqa: E402

from t2sa_lib.params import Motion, SpatialParams  # noqa: E402
from t2sa_lib.render import (BlockRenderer, decode_ambisonics_binaural, load_hrtf,  # noqa: E402
                             make_test_sound, render)

SR = 48000
REPEATS = 5
ROOT = Path(__file__).resolve().parent.parent
DRY = SpatialParams(az_deg=40, dist_m=2, wet_mix=0.0, drr_db=24)
CASES = {
    "point, dry room": SpatialParams(az_deg=40, dist_m=2, wet_mix=0.1, drr_db=12),
    "wide (90 deg), wet room": SpatialParams(az_deg=-120, spread_deg=90, wet_mix=0.8, drr_db=0),
    "pass-by": SpatialParams(az_deg=-90, dist_m=3, wet_mix=0.3, drr_db=6,
                             motion=Motion("pass-by")),
}
TARGETS = {"render_command_vs_oaconvolve": 0.7, "render_in_process_vs_oaconvolve": 1.0,
           "peak_rss_over_output_size": 3.0, "hoa3_plus_binaural_decode_x_realtime": 150,
           "moving_hoa3_x_realtime": 100, "wide_wet_binaural_x_realtime": 500,
           "one_hour_peak_rss_mb": 500}


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def write_mono(path: Path, seconds: float, block_s: float = 60.0) -> None:
    """A speech-like mono WAV of ``seconds``, written a minute at a time."""
    import soundfile as sf

    x = make_test_sound("speech-like", SR, min(seconds, block_s))
    with sf.SoundFile(str(path), "w", SR, 1, "FLOAT") as f:
        left = int(seconds * SR)
        while left > 0:
            f.write(x[:left])
            left -= len(x[:left])


#: Runs the command, then prints the process's peak RSS (VmHWM, kB) on the last stderr line.
#: The child reads its own high-water mark: a forked child's ru_maxrss starts at the
#: parent's RSS at fork (Linux keeps it across exec), which would report this benchmark's.
_CHILD = ("import sys; from t2sa_lib.cli import main; rc = main(sys.argv[1:]); "
          "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]; "
          "print(hwm.split()[1], file=sys.stderr); sys.exit(rc)")


def run_command(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of the ``t2sa`` command ``args`` in a subprocess."""
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", _CHILD, *args], cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise RuntimeError(f"t2sa {' '.join(args)} failed: {p.stderr[-500:]}")
    return wall, int(p.stderr.strip().splitlines()[-1]) / 1024.0


def static_binaural(tmp: Path, seconds: float) -> dict:
    """Section 1: the render command and the renderer against oaconvolve."""
    from scipy.signal import oaconvolve

    from t2sa_lib.cli import main

    src, out, pfile = tmp / "in.wav", tmp / "out.wav", tmp / "p.json"
    write_mono(src, seconds)
    pfile.write_text(json.dumps(DRY.to_record()))
    x = make_test_sound("speech-like", SR, seconds)
    pair = load_hrtf("kemar", SR).ir[0, :, :512].astype(np.float32)
    cmd = ["render", "--input", str(src), "--output", str(out), "--params", str(pfile)]

    def command():
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(cmd) == 0

    times = {"oaconvolve": [], "in_process": [], "command": []}
    render(x[:SR], SR, DRY)                      # warm-up: imports, HRTF
    for _ in range(REPEATS):
        times["oaconvolve"].append(timed(lambda: oaconvolve(x[None], pair, axes=-1)))
        times["in_process"].append(timed(lambda: render(x, SR, DRY)))
        times["command"].append(timed(command))
    t = {k: min(v) for k, v in times.items()}
    # This machine's load drifts by 2-3x within a minute: a ratio of neighbours in
    # time (the median of the paired ratios) is steadier than a ratio of minima.
    paired = {k: float(np.median(np.divide(times["oaconvolve"], times[k])))
              for k in ("in_process", "command")}
    wall, rss = run_command(cmd)
    out_mib = out.stat().st_size / 2 ** 20
    return {"seconds_of_audio": seconds, "reference": "scipy.signal.oaconvolve, 512-tap pair",
            "oaconvolve_x_realtime": round(seconds / t["oaconvolve"], 1),
            "in_process_x_realtime": round(seconds / t["in_process"], 1),
            "command_x_realtime": round(seconds / t["command"], 1),
            "in_process_vs_oaconvolve": round(paired["in_process"], 3),
            "command_vs_oaconvolve": round(paired["command"], 3),
            "in_process_vs_oaconvolve_best_of": round(t["oaconvolve"] / t["in_process"], 3),
            "command_vs_oaconvolve_best_of": round(t["oaconvolve"] / t["command"], 3),
            "all_times_s": {k: [round(s, 3) for s in v] for k, v in times.items()},
            "subprocess_wall_s": round(wall, 2), "subprocess_x_realtime": round(seconds / wall, 1),
            "subprocess_peak_rss_mib": round(rss, 1), "output_mib": round(out_mib, 1),
            "peak_rss_over_output_size": round(rss / out_mib, 2)}


def offline(seconds: float) -> list[dict]:
    """Section 2: real-time factors, median of 3 after a warm-up."""
    x = make_test_sound("speech-like", SR, seconds)
    jobs = [(fmt + (f" ({hrtf})" if hrtf else ""), case,
             (lambda p=p, fmt=fmt, hrtf=hrtf: render(x, SR, p, fmt=fmt, hrtf=hrtf or "kemar")))
            for fmt, hrtf in (("binaural", "kemar"), ("binaural", "ku100"), ("stereo", None),
                              ("foa", None), ("hoa3", None))
            for case, p in CASES.items()]
    jobs += [("hoa3 + binaural decode", case, (lambda p=p: decode_ambisonics_binaural(
        render(x, SR, p, fmt="hoa3").audio, SR, "kemar"))) for case, p in CASES.items()]
    rows = []
    for what, case, fn in jobs:
        fn()
        dt = float(np.median([timed(fn) for _ in range(3)]))
        rows.append({"render": what, "case": case, "seconds": round(dt, 4),
                     "realtime_factor": round(seconds / dt, 1)})
        print(rows[-1], flush=True)
    return rows


def stream_stats(x, fmt: str, block: int) -> dict:
    """Section 3: per-block times of the real-time renderer."""
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


def long_renders(tmp: Path, seconds: float) -> list[dict]:
    """Section 4: peak RSS of long file-to-file renders, one subprocess each."""
    src = tmp / "long.wav"
    write_mono(src, seconds)
    rows = []
    for fmt in ("binaural", "stereo", "foa", "hoa3"):
        for kind in ("static", "moving"):
            p = CASES["pass-by" if kind == "moving" else "wide (90 deg), wet room"]
            pfile, out = tmp / "long.json", tmp / "long_out.wav"
            pfile.write_text(json.dumps(p.to_record()))
            wall, rss = run_command(["render", "--input", str(src), "--output", str(out),
                                     "--params", str(pfile), "--format", fmt])
            rows.append({"format": fmt, "source": kind, "seconds_of_audio": seconds,
                         "peak_rss_mib": round(rss, 1),
                         "output_mib": round(out.stat().st_size / 2 ** 20, 1),
                         "wall_s": round(wall, 1), "x_realtime": round(seconds / wall, 1)})
            out.unlink()
            print(rows[-1], flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true",
                    help="120 s / 20 s / 10-minute renders instead of 600 s / 60 s / 1 hour")
    quick = ap.parse_args().quick
    with tempfile.TemporaryDirectory(prefix="bench_render.") as d:
        tmp = Path(d)
        static = static_binaural(tmp, 120.0 if quick else 600.0)
        print(static, flush=True)
        rows = offline(20.0 if quick else 60.0)
        x = make_test_sound("speech-like", SR, 20.0 if quick else 60.0)
        stream = [stream_stats(x, fmt, block) for block in (256, 512)
                  for fmt in ("binaural", "stereo", "foa", "hoa3")]
        long = long_renders(tmp, 600.0 if quick else 3600.0)
    factor = {(r["render"], r["case"]): r["realtime_factor"] for r in rows}
    measured = {
        "render_command_vs_oaconvolve": static["command_vs_oaconvolve"],
        "render_in_process_vs_oaconvolve": static["in_process_vs_oaconvolve"],
        "peak_rss_over_output_size": static["peak_rss_over_output_size"],
        "hoa3_plus_binaural_decode_x_realtime": min(
            factor[("hoa3 + binaural decode", c)] for c in CASES),
        "moving_hoa3_x_realtime": factor[("hoa3", "pass-by")],
        "wide_wet_binaural_x_realtime": factor[("binaural (kemar)", "wide (90 deg), wet room")],
        "one_hour_peak_rss_mb": round(max(r["peak_rss_mib"] for r in long) * 2 ** 20 / 1e6, 1)}
    met = {k: (measured[k] <= v if k in ("peak_rss_over_output_size", "one_hour_peak_rss_mb")
               else measured[k] >= v) for k, v in TARGETS.items()}
    write_result("render", {
        "what": "render speed on one core: the render command and renderer against "
                "oaconvolve in the same run, offline real-time factors, the block renderer, "
                "peak RSS of long file-to-file renders per format",
        "quick": quick, "targets": TARGETS, "measured": measured, "met": met,
        "static_binaural": static, "offline": rows, "block_renderer": stream,
        "long_renders": long})


if __name__ == "__main__":
    main()
