"""Scene speed: a four-source, 10-second binaural scene, parsed and rendered.

Writes ``results/bench_scene.json``: the parse time of the description (model
loaded once), the synthesis time of the four stand-in sounds, the render time of
the mix (48 kHz, KEMAR) as a multiple of real time (target >= 100x), wall clock
and the process's CPU time (which other work on a shared machine inflates less),
and as a reference measured in the same run, four single-source renders of the
same sounds one after another. Medians of the rounds. Also the process's peak
resident memory once the model has predicted a sentence, and again once the
description has been parsed (which loads the source tagger beside it).
Run: ``.venv/bin/python benchmarks/bench_scene.py [--rounds N]``.
"""
from __future__ import annotations

import argparse
import statistics
import time

from _common import peak_rss_mb, write_result

TEXT = ("rain all around, a dog barking far off to the left, footsteps coming up behind me, "
        "and a bell ringing softly above me on the right")
SECONDS, SR = 10.0, 48000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    from t2sa_lib.infer import T2SInfer
    from t2sa_lib.model.source_tagger import tag_sources
    from t2sa_lib.render import render
    from t2sa_lib.render.label_sounds import source_sound
    from t2sa_lib.render.spatial import render_scene
    from t2sa_lib.scene import describe

    model = T2SInfer()
    model.predict([TEXT])
    rss_model = peak_rss_mb()
    describe(TEXT, model)
    parse, synth, mix, mix_cpu, single = [], [], [], [], []
    # Parsing first: the encoder's worker threads spin for a while after each call and
    # would share the cores with a render started right after it.
    for _ in range(args.rounds):
        tag_sources.cache_clear()       # each round pays for the source tagger's reading
        t0 = time.perf_counter()
        scene = describe(TEXT, model)
        parse.append(time.perf_counter() - t0)
    rss_parsed = peak_rss_mb()
    time.sleep(1.0)
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        parts = [(source_sound(s.label, s.sound, SR, SECONDS, i), s.params)
                 for i, s in enumerate(scene.sources)]
        synth.append(time.perf_counter() - t0)
        t0, c0 = time.perf_counter(), time.process_time()
        render_scene(parts, SR, "binaural", "kemar")
        mix.append(time.perf_counter() - t0)
        mix_cpu.append(time.process_time() - c0)
        t0 = time.perf_counter()
        for x, p in parts:
            render(x, SR, p, "binaural", "kemar")
        single.append(time.perf_counter() - t0)
    m, m_cpu, ref = (statistics.median(v) for v in (mix, mix_cpu, single))
    write_result("scene", {
        "text": TEXT, "n_sources": len(scene.sources), "seconds": SECONDS, "sr": SR,
        "parse_ms": round(1000 * statistics.median(parse), 1),
        "synth_ms": round(1000 * statistics.median(synth), 1),
        "render_s": round(m, 4), "render_x_realtime": round(SECONDS / m, 1),
        "render_cpu_s": round(m_cpu, 4), "render_cpu_x_realtime": round(SECONDS / m_cpu, 1),
        "target_x_realtime": 100.0,
        "reference_four_single_renders_s": round(ref, 4),
        "peak_rss_mb_model_loaded": round(rss_model, 1),
        "peak_rss_mb_description_parsed": round(rss_parsed, 1),
        "rounds": args.rounds})
    print(f"{len(scene.sources)} sources: parse {1000 * statistics.median(parse):.0f} ms, "
          f"stand-ins {1000 * statistics.median(synth):.0f} ms, render {1000 * m:.0f} ms = "
          f"{SECONDS / m:.0f}x real time ({SECONDS / m_cpu:.0f}x in CPU time); reference, "
          f"four single renders: {1000 * ref:.0f} ms = {SECONDS / ref:.0f}x")


if __name__ == "__main__":
    main()
