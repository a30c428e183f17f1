"""Inference latency of the default checkpoint: per sentence alone and in batches (CPU).

Writes results/bench_infer.json (model load time, median ms per sentence alone,
sentences per second in batches of 64 and 256, peak RSS) at the default precision
(``precision``: bf16 on a CPU that computes it natively, else float32), the same
in float32 (``*_float32``), and where a sentence's time goes, alone and in batches
of 256 (``profile_ms_per_sentence``). One sentence at a time is timed twice over
the same 40 sentences: "cold", the first time each input length is seen (with
bf16 weights oneDNN builds its kernels once per shape), and "warm", a long-running
process (OSC, a notebook, a server) that has seen them. Batches are timed the same
way, the first pass over the 512 sentences "cold". Both precisions are timed in each
of three rounds, alternating, and the median over rounds is reported with its range.
Targets: <= 15 ms per sentence alone, >= 300 sentences/s in batches of 256. The paper reports ~50 ms
per sentence on a GPU.
Run: .venv/bin/python benchmarks/bench_infer.py
"""
from __future__ import annotations

import time

import numpy as np
from _common import peak_rss_mb, write_result

from t2sa_lib.files import read_records
from t2sa_lib.infer import T2SInfer
from t2sa_lib.numeric import parse_explicit
from t2sa_lib.paths import DATA

STAGES = ("tokenize", "numeric_parser", "network", "knn_and_decode", "language")


def timings(model: T2SInfer, texts: list[str], many: list[str], batches) -> dict:
    """Median seconds per sentence alone and sentences per second in ``batches``, cold and warm."""
    model.predict(texts[:4])  # warm-up
    single = {}
    for run in ("cold", "warm"):
        single[run] = []
        for t in texts:
            t0 = time.perf_counter()
            model.predict([t])
            single[run].append(time.perf_counter() - t0)
    out = {f"single_{run}": float(np.median(v)) for run, v in single.items()}
    for batch in batches:
        for run in ("cold", "warm"):
            t0 = time.perf_counter()
            model.predict(many, batch_size=batch)
            out[f"rate{batch}_{run}"] = len(many) / (time.perf_counter() - t0)
    return out


def stage_profile(model: T2SInfer, texts: list[str], batch_size: int) -> dict:
    """Milliseconds per sentence in each stage of ``predict``, ``batch_size`` texts a call.

    The stages of :meth:`T2SInfer.predict_params` run one after the other, each
    timed: tokenizer, numeric parser, network (encoder and heads), KNN and
    decoding, language layer.
    """
    p = model.predictor
    total = dict.fromkeys(STAGES, 0.0)
    for i in range(0, len(texts), batch_size):
        chunk = texts[i:i + batch_size]
        t = [time.perf_counter()]
        ids, _ = p.tokenize(chunk)
        t.append(time.perf_counter())
        explicit = [parse_explicit(x) for x in chunk]
        t.append(time.perf_counter())
        out = p.outputs(chunk, batch_size, ids=ids)
        t.append(time.perf_counter())
        params = p.decode(out, use_knn=model.use_knn, explicit=explicit)
        t.append(time.perf_counter())
        model.notes = [[] for _ in chunk]
        for j, (x, q) in enumerate(zip(chunk, params)):
            model._held_to_words(x, q, j, explicit)
        t.append(time.perf_counter())
        for stage, a, b in zip(STAGES, t, t[1:]):
            total[stage] += b - a
    return {stage: round(1e3 * v / len(texts), 3) for stage, v in total.items()}


def interleaved(models: dict, texts: list[str], many: list[str], rounds: int) -> dict:
    """:func:`timings` of each model ``rounds`` times, the models alternating.

    This shared machine drifts by up to ~20 % within minutes, so each precision
    is timed in every round and the median and range over rounds are reported.
    Returns ``{name: {measure: (median, low, high)}}``.
    """
    runs = {name: [] for name in models}
    for _ in range(rounds):
        for name, (model, batches) in models.items():
            runs[name].append(timings(model, texts, many, batches))
    return {name: {k: (float(np.median([r[k] for r in rs])), min(r[k] for r in rs),
                       max(r[k] for r in rs)) for k in rs[0]}
            for name, rs in runs.items()}


def _ms(value) -> list[float]:
    """Seconds (median, low, high) as milliseconds, rounded."""
    return [round(1e3 * v, 2) for v in value]


def _rate(value) -> list[float]:
    return [round(v, 1) for v in value]


def main(rounds: int = 3) -> None:
    t0 = time.perf_counter()
    model = T2SInfer()
    load_s = time.perf_counter() - t0
    texts = [r["text"] for r in read_records(DATA / "text2spatial_v4_test.jsonl")][:40]
    many = [r["text"] for r in read_records(DATA / "text2spatial_v4_train.jsonl")][:512]
    model.predict(many, batch_size=256)     # the peak of one model at work
    rss_mb = peak_rss_mb()
    f32_model = model if model.predictor.amp == "off" else T2SInfer(amp="off")
    t = interleaved({"auto": (model, (64, 256)), "float32": (f32_model, (256,))},
                    texts, many, rounds)
    auto, f32 = t["auto"], t["float32"]
    profile = {"alone": stage_profile(model, texts, 1),
               "batch256": stage_profile(model, many, 256)}
    precision = "float32" if model.predictor.amp == "off" else model.predictor.amp
    write_result("infer", {
        "what": "T2SInfer.predict: test sentences one at a time; 512 training sentences in batches",
        "device": model.device, "precision": precision, "rounds": rounds,
        "load_seconds": round(load_s, 2),
        "ms_per_sentence_batch1_median": _ms(auto["single_warm"])[0],
        "ms_per_sentence_batch1_median_cold": _ms(auto["single_cold"])[0],
        "sentences_per_second_batch64": _rate(auto["rate64_warm"])[0],
        "sentences_per_second_batch64_cold": _rate(auto["rate64_cold"])[0],
        "sentences_per_second_batch256": _rate(auto["rate256_warm"])[0],
        "sentences_per_second_batch256_cold": _rate(auto["rate256_cold"])[0],
        "ms_per_sentence_batch1_median_float32": _ms(f32["single_warm"])[0],
        "sentences_per_second_batch256_float32": _rate(f32["rate256_warm"])[0],
        "ranges_over_rounds": {
            "ms_per_sentence_batch1": _ms(auto["single_warm"])[1:],
            "sentences_per_second_batch256": _rate(auto["rate256_warm"])[1:],
            "ms_per_sentence_batch1_float32": _ms(f32["single_warm"])[1:],
            "sentences_per_second_batch256_float32": _rate(f32["rate256_warm"])[1:]},
        "profile_ms_per_sentence": profile,
        "targets": {"ms_per_sentence_batch1": 15, "sentences_per_second_batch256": 300},
        "peak_rss_mb": round(rss_mb, 1),
        "paper": "~50 ms per sentence on a GPU"})


if __name__ == "__main__":
    main()
