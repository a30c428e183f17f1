"""The paper's experiments as functions: what notebooks 02-06 call.

Every function takes the output root (the repository, or a scratch folder in
smoke runs) and ``smoke``; smoke settings shrink data and epochs so the whole
chain runs in minutes on a laptop CPU while exercising every code path.
Results are plain dicts, written atomically as JSON under ``results/`` by the
notebooks; :mod:`t2sa_lib.report` turns them into tables and figures.
"""
from __future__ import annotations

import copy
import os
import time
from pathlib import Path

import numpy as np

from ..data.generator import SPLITS, split_filename
from ..data.ood import OOD_SETS, ood_filename
from ..files import read_records
from ..metrics import ERROR_METRICS, evaluate, paired_cluster_difference, per_item_errors
from ..paths import trainings_cache
from .settings import ABLATION_ROWS, FULL, INFERENCE_ROWS, settings
from .training_cache import fetch, store, training_key

SPLIT_FILES = {name: split_filename(name) for name in SPLITS}
OOD_FILES = {name: ood_filename(name) for name in OOD_SETS}

DEFAULT_CKPT_NAME = "t2sa_default.pt"
ABLATION_SEEDS = FULL.ablation_seeds
#: Encoders of the paper's bake-off that cannot be had offline here.
UNAVAILABLE_ENCODERS = ("paraphrase-multilingual-MiniLM-L12-v2 (the paper's)",
                        "multilingual-e5-base", "gte-multilingual-base")


def write_result(root: Path, name: str, payload: dict, seed: int, smoke: bool,
                 config: dict | None = None) -> Path:
    """Write ``root/results/<name>`` atomically with its provenance.

    The ``provenance`` entry records the git commit, the machine and the date
    (:func:`~t2sa_lib.provenance.provenance`), the seed, whether it was a smoke
    run, and the configuration that produced the numbers.
    """
    from ..files import atomic_write_json
    from ..metrics import nan_to_none
    from ..provenance import provenance

    path = Path(root) / "results" / name
    atomic_write_json(path, nan_to_none({**payload, "provenance": provenance(
        seed=seed, smoke=smoke, config=config or {})}))
    return path


def subset(records: list[dict], n: int, seed: int = 0) -> list[dict]:
    """``n`` records drawn without replacement, in their original order."""
    if n >= len(records):
        return list(records)
    idx = np.sort(np.random.default_rng(seed).choice(len(records), n, replace=False))
    return [records[i] for i in idx]


def load_sets(root: Path, smoke: bool = False, seed: int = 0) -> dict[str, list[dict]]:
    """The three splits and the four OOD sets under ``root/data`` (subsets when smoke)."""
    data = Path(root) / "data"
    sets = {k: read_records(data / f) for k, f in {**SPLIT_FILES, **OOD_FILES}.items()}
    run = settings(smoke)
    sizes = {"train": run.train_size, "valid": run.valid_size}
    return {k: subset(v, n, seed) if (n := sizes.get(k, run.eval_size)) else v
            for k, v in sets.items()}


def train_recipe(config_name: str, root: Path, smoke: bool, seed: int = 0,
                 ckpt_name: str | None = None, log=print, cache: Path | None = None,
                 **overrides):
    """Train one preset on ``root``'s splits and write ``root/models/<ckpt_name>``.

    With a ``cache`` folder (:mod:`~t2sa_lib.eval.training_cache`) a checkpoint trained
    before from the same inputs is copied instead, with its training record, and a new one
    is kept there.

    Returns the :class:`~t2sa_lib.model.train.TrainResult` (its ``predictor`` None when
    cached) and the checkpoint path.
    """
    from ..model.config import get_config
    from ..model.train import train

    sets = load_sets(root, smoke, seed)
    run = settings(smoke)
    if run.max_augment:
        overrides = {"augment_multiplier": min(run.max_augment,
                                               get_config(config_name).augment_multiplier),
                     **overrides}
    overrides = {**run.train_overrides, **overrides}
    cfg = get_config(config_name, **overrides)
    path = Path(root) / "models" / (ckpt_name or f"{config_name}.pt")
    key = training_key(cfg, sets["train"], sets["valid"], seed) if cache else None
    record = fetch(cache, key, path) if key else None
    if record:
        log(f"{config_name} seed {seed}: checkpoint {key} from the cache")
        return _cached_result(path, record), path
    result = train(cfg, sets["train"], sets["valid"], seed=seed, out=path, log=log,
                   progress=False)
    if key:
        store(cache, key, path, {"history": result.history, "best_epoch": result.best_epoch,
                                 "valid_metrics": result.valid_metrics,
                                 "seconds": result.seconds})
    return result, path


def _cached_result(path: Path, record: dict):
    """The :class:`~t2sa_lib.model.train.TrainResult` of a cached training, without a
    predictor; ``seconds`` is the time the cached training took."""
    from ..model.checkpoint import load_checkpoint
    from ..model.train import TrainResult

    return TrainResult(load_checkpoint(path), None, record["history"], record["best_epoch"],
                       record["valid_metrics"], record["seconds"])


class ModelSystem:
    """A trained checkpoint behind the baselines' ``predict(texts) -> records`` interface.

    ``use_knn``, ``use_parser`` and ``use_language`` are :class:`~t2sa_lib.infer.T2SInfer`'s
    switches. :meth:`variant` gives the same loaded model under other switches; the
    network runs once per sentence for all of them (the switches act after it), so a
    variant's time in :func:`run_systems` is its decoding and language layer only.
    """

    def __init__(self, ckpt: Path, name: str | None = None, use_knn: bool | None = None,
                 use_parser: bool = True, use_language: bool = True):
        from ..infer import T2SInfer

        self.infer = T2SInfer(ckpt, use_knn=use_knn, use_parser=use_parser,
                              use_language=use_language)
        self.infer.memo = {}
        self.switches = {"use_knn": self.infer.use_knn, "use_parser": use_parser,
                         "use_language": use_language}
        self.name = name or Path(ckpt).stem

    def variant(self, name: str, **switches: bool) -> "ModelSystem":
        """This loaded model named ``name`` with ``switches`` changed (e.g. ``use_language=False``)."""
        other = copy.copy(self)
        other.name, other.switches = name, {**self.switches, **switches}
        return other

    def predict(self, texts: list[str]) -> list[dict]:
        saved = {k: getattr(self.infer, k) for k in self.switches}
        for k, v in self.switches.items():
            setattr(self.infer, k, v)
        try:
            return self.infer.predict(texts)
        finally:
            for k, v in saved.items():
                setattr(self.infer, k, v)


def baseline_systems(train: list[dict], valid: list[dict], probes=("e5-small",
                     "use-multilingual", "tfidf-char")) -> list:
    """Keyword rules, zero-shot prototypes (e5) and a ridge probe per encoder."""
    from .baselines import KeywordRules, PrototypeZeroShot, RidgeProbe
    from .encoders import get_encoder

    encoders = {name: get_encoder(name) for name in probes}
    e5 = encoders.get("e5-small") or get_encoder("e5-small")
    out = [KeywordRules(train), PrototypeZeroShot(e5, train)]
    out += [RidgeProbe(enc).fit(train, valid) for enc in encoders.values()]
    return out


def run_systems(systems, sets: dict[str, list[dict]]) -> dict:
    """Every system's predictions of every set, timed.

    Returns ``{system name: {set name: (predicted records, ms per sentence)}}``.
    """
    runs = {}
    for s in systems:
        runs[s.name] = {}
        for name, recs in sets.items():
            t0 = time.perf_counter()
            pred = s.predict([r["text"] for r in recs])
            runs[s.name][name] = (pred, 1000.0 * (time.perf_counter() - t0) / max(1, len(recs)))
    return runs


def evaluate_runs(runs: dict, sets: dict[str, list[dict]], n_boot: int = 1000, seed: int = 0,
                  breakdown_on: tuple[str, ...] = ("test",)) -> dict:
    """``{system name: {set name: metrics}}`` of :func:`run_systems`' output, with latency."""
    out = {}
    for system, by_set in runs.items():
        out[system] = {}
        for name, (pred, ms) in by_set.items():
            out[system][name] = evaluate(pred, sets[name], n_boot=n_boot, seed=seed,
                                         breakdown=name in breakdown_on)
            out[system][name]["ms_per_sentence"] = ms
    return out


def evaluate_systems(systems, sets: dict[str, list[dict]], n_boot: int = 1000, seed: int = 0,
                     breakdown_on: tuple[str, ...] = ("test",)) -> dict:
    """``{system name: {set name: metrics}}`` plus per-sentence latency of each system."""
    return evaluate_runs(run_systems(systems, sets), sets, n_boot, seed, breakdown_on)


def paired_ae_differences(runs: dict, system: str, rivals: list[str],
                          sets: dict[str, list[dict]], n_boot: int = 1000, seed: int = 0) -> dict:
    """``system``'s angular error minus each rival's, sentence by sentence, per set.

    ``runs`` is :func:`run_systems`' output holding all of them. Returns
    ``{rival name: {set name: {"mean", "ci95"}}}`` in degrees
    (:func:`~t2sa_lib.metrics.paired_cluster_difference` over :func:`ood_clusters`):
    negative means ``system`` is better; an interval that holds 0 is no evidence either way.
    """
    def ae(name, set_name):
        return per_item_errors(runs[name][set_name][0], sets[set_name])["AE"]

    return {r: {s: paired_cluster_difference(ae(system, s), ae(r, s), ood_clusters(sets[s]),
                                             n_boot, seed) for s in sets}
            for r in rivals}


def ood_clusters(records: list[dict]) -> list[str]:
    """A cluster per sentence of an OOD set: its language and the direction region its
    phrase names. Every held-out phrase names one region, so resampling these clusters
    resamples whole phrases (and is, if anything, coarser)."""
    return [f"{r.get('lang')}:{(r.get('tags') or {}).get('spec', {}).get('az')}" for r in records]


def _mean_sd(values: list[float]) -> dict:
    v = np.asarray(values, float)
    return {"mean": float(v.mean()), "sd": float(v.std(ddof=1)) if len(v) > 1 else 0.0,
            "per_seed": v.tolist()}


def _inference_rows(full: ModelSystem, path: Path, rows, valid: list[dict]) -> list[ModelSystem]:
    """The rows of :data:`INFERENCE_ROWS` in ``rows``, on the ``full`` row's checkpoint ``path``.

    ``no_knn_weights`` chooses the KNN blend weight on ``valid`` among the paper's weights,
    as training does among ours.
    """
    from ..model.config import OUR_ADDITIONS
    from ..model.predictor import choose_knn_weight

    systems = []
    if "no_knn" in rows:
        systems.append(full.variant("no_knn", use_knn=False))
    if "no_knn_weights" in rows:
        system = ModelSystem(path, "no_knn_weights")
        predictor = system.infer.predictor
        ids, _ = predictor.tokenize([r["text"] for r in valid])
        if predictor.knn is not None:
            choose_knn_weight(predictor, ids, valid, OUR_ADDITIONS["knn_weights"][0])
        systems.append(system)
    if "no_numeric_parser" in rows:
        systems.append(full.variant("no_numeric_parser", use_parser=False))
    return systems


def _ablation_job(row: str, seed: int, root: str, smoke: bool, data_seed: int, n_boot: int,
                  rows, threads: int) -> tuple[int, dict, float]:
    """Train one ablation row with one seed, in a worker process; score it on every set.

    The full row also scores the inference rows of ``rows`` on its checkpoint. Returns
    ``(seed, {row: {set: metrics}}, seconds)``.
    """
    import torch

    torch.set_num_threads(threads)
    t0 = time.perf_counter()
    sets = load_sets(Path(root), smoke, data_seed)
    evaluated = {"test": sets["test"], **{k: sets[k] for k in OOD_FILES}}
    _, path = train_recipe(row, Path(root), smoke, seed, ckpt_name=f"ablation_{row}_seed{seed}.pt",
                           log=lambda *_: None, cache=trainings_cache(root),
                           **(settings(smoke).ablation_schedule or {}))
    systems = [ModelSystem(path, row)]
    if row == "full":
        systems += _inference_rows(systems[0], path, rows, sets["valid"])
    scores = evaluate_systems(systems, evaluated, n_boot, seed, breakdown_on=())
    return seed, scores, time.perf_counter() - t0


def ablation_workers() -> int:
    """Worker processes for the ablation: one per core, at most 4 (each holds ~2.5 GB)."""
    return max(1, min(os.cpu_count() or 1, 4))


def run_ablation(root: Path, smoke: bool, seed: int = 0, rows=ABLATION_ROWS,
                 n_seeds: int = ABLATION_SEEDS, n_boot: int = 0, log=print,
                 workers: int | None = None) -> dict:
    """Train every ablation row with ``n_seeds`` seeds; evaluate each on test and OOD sets.

    The rows of :data:`INFERENCE_ROWS` are the full model of the same seed with an
    inference-time switch changed (no retraining). The trainings run in ``workers`` processes
    (default :func:`ablation_workers`) sharing the cores between them: on a
    2-core CPU two one-thread trainings do ~25% more epochs per hour than one
    two-thread training. Each result is deterministic for a given CPU type and
    worker count.

    Returns ``{"rows": {row: {metric: {"mean", "sd", "per_seed"}}}, "ood":
    {row: {set: {"mean", "sd", "per_seed"}}}, "seeds": [...], "schedule": ...}``:
    test-set AE, GCE, dlog, spread, wet, gain, room and front_back, and the AE
    of every out-of-domain set.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    inference = [r for r in rows if r in INFERENCE_ROWS]
    if inference and "full" not in rows:
        raise ValueError(f"the {', '.join(inference)} row(s) need the full row")
    seeds = [seed + k for k in range(n_seeds)]
    jobs = [(row, s) for s in seeds for row in rows if row not in INFERENCE_ROWS]
    workers = min(workers or ablation_workers(), len(jobs))
    threads = max(1, (os.cpu_count() or 1) // workers)
    done: dict[tuple[str, int], dict] = {}
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(_ablation_job, row, s, str(root), smoke, seed, n_boot, rows,
                               threads) for row, s in jobs]
        for f in as_completed(futures):
            s, scores, seconds = f.result()
            for row, by_set in scores.items():
                done[row, s] = by_set
                log(f"seed {s} {row}: AE {by_set['test']['AE']:.2f} ({seconds:.0f} s)")
    return {"rows": {r: {m: _mean_sd([done[r, s]["test"][m] for s in seeds])
                         for m in ERROR_METRICS}
                     for r in rows},
            "ood": {r: {k: _mean_sd([done[r, s][k]["AE"] for s in seeds]) for k in OOD_FILES}
                    for r in rows},
            "seeds": seeds, "schedule": settings(smoke).ablation_schedule or "smoke",
            "workers": workers, "threads_per_worker": threads}


def encoder_bakeoff(sets: dict[str, list[dict]], encoders=("e5-small", "use-multilingual",
                                                          "tfidf-char")) -> dict:
    """Every offline encoder, frozen, under the same ridge probe: test-set metrics each.

    The fine-tuned model exists for e5-small only (the others are not
    fine-tunable here); the paper's other encoders are listed as unavailable.
    """
    from .baselines import RidgeProbe
    from .encoders import get_encoder

    rows = {}
    for name in encoders:
        probe = RidgeProbe(get_encoder(name)).fit(sets["train"], sets["valid"])
        rows[name] = evaluate(probe.predict([r["text"] for r in sets["test"]]), sets["test"],
                              n_boot=0, breakdown=False)
    return {"frozen_ridge_probe": rows, "unavailable": list(UNAVAILABLE_ENCODERS)}


def hrtf_robustness(params: list, true_az: np.ndarray, true_el: np.ndarray,
                    hrtfs: list[str], sr: int = 32000, seconds: float = 0.4,
                    seed: int = 0) -> dict:
    """Render each item through every HRTF and localise it with every listener's HRTF.

    Each item is a burst of pink noise rendered dry (spread, room and motion
    removed: the question is whether the *direction* survives the HRTF) at the
    predicted direction and distance. A listener is the localisation model
    fitted to one HRTF; matched pairs (render = listener) measure the renderer,
    mismatched pairs measure robustness to a non-individual HRTF, like the
    paper's CIPIC-vs-KEMAR comparison.

    Returns
    -------
    dict
        ``{"hrtfs": [...], "AE": [[render x listener]], "front_back": [[...]],
        "lateral_error": [[...]], "n": n}``; AE is measured against the true
        (label) azimuth, so it includes the text model's error.
    """
    from .localize import LocalizationModel, is_front_back_confusion, lateral_angle_deg
    from ..metrics import angular_error_deg
    from ..render import load_hrtf, make_test_sound, render

    burst = make_test_sound("pink-noise", sr, seconds, seed)
    listeners = {}
    for h in hrtfs:
        hr = load_hrtf(h, sr)
        keep = np.abs(hr.el_deg) <= 60.0
        listeners[h] = LocalizationModel(hr.ir[keep], hr.az_deg[keep], hr.el_deg[keep], sr)
    n = len(params)
    ae = np.zeros((len(hrtfs), len(hrtfs)))
    fb = np.zeros_like(ae)
    lat = np.zeros_like(ae)
    for i, h in enumerate(hrtfs):
        renders = [render(burst, sr, p.replace(spread_deg=5.0, drr_db=24.0, wet_mix=0.0,
                                                motion=None), hrtf=h, tail=False).audio
                   for p in params]
        for j, listener in enumerate(hrtfs):
            got = np.array([listeners[listener].localize(y) for y in renders])
            ae[i, j] = float(np.mean(angular_error_deg(got[:, 0], true_az)))
            fb[i, j] = float(np.mean(is_front_back_confusion(true_az, true_el, got[:, 0],
                                                             got[:, 1])))
            lat[i, j] = float(np.mean(np.abs(lateral_angle_deg(got[:, 0], got[:, 1])
                                             - lateral_angle_deg(true_az, true_el))))
    return {"hrtfs": list(hrtfs), "n": n, "AE": ae.tolist(), "front_back": fb.tolist(),
            "lateral_error": lat.tolist()}
