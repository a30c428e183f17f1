"""Run the numbered notebooks in order with papermill: the paper, end to end.

``./run_all.sh`` calls ``python -m t2sa_lib.pipeline``. Each notebook in
:data:`CHAIN` that exists is executed with its ``parameters`` cell overridden
(``smoke``, ``seed``, ``out_dir``); the executed copy goes to
``<out>/results/notebooks/``. A step is skipped when its inputs (the notebook,
its parameters, the library's source, the data and model files it reads) hash
the same as at its last successful run; ``--force`` reruns everything. The run
stops at the first failing notebook and names it with the failing cell's error.

Timings of a full (non-smoke) run are written to ``results/bench_run_all.json``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

from .files import atomic_write_json
from .paths import NOTEBOOKS, ROOT, cache_dir, trainings_cache
from .provenance import git_commit, provenance  # noqa: F401  (git_commit: benchmarks)

#: The paper's chain, in order. 08_listen is interactive and runs only with --listen.
CHAIN = ("01_data", "02_train", "03_eval", "04_ood", "05_hrtf_robustness",
         "06_ablation", "07_figures")
LISTEN = "08_listen"

#: What a step may read besides its notebook: the library, generated data, models.
_INPUT_GLOBS = ("t2sa_lib/**/*.py", "data/*.jsonl", "models/*.pt")
#: The report step also reads every result file (a re-run benchmark changes REPORT.md);
#: under the run's output root, less the pipeline's own bookkeeping.
REPORT_STEP = "07_figures"
#: The kernel's own log at errors only: its one warning, that a local kernel talks over
#: TCP without encryption, says nothing about the notebook. Cell output is unaffected.
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=ERROR"]
_STATE_FILE = "pipeline_state.json"


def inputs_digest(notebook: Path, parameters: dict, root: Path = ROOT,
                  results: Path | None = None) -> str:
    """Hash of everything a notebook run depends on (sha256, hex).

    ``results``: a results folder whose ``*.json`` files are inputs too (the report step).
    """
    h = hashlib.sha256()
    h.update(notebook.read_bytes())
    h.update(json.dumps(parameters, sort_keys=True).encode())
    named = [(str(p.relative_to(root)), p) for pattern in _INPUT_GLOBS
             for p in sorted(root.glob(pattern)) if "__pycache__" not in p.parts]
    if results is not None:
        named += [(f"results/{p.name}", p) for p in sorted(results.glob("*.json"))
                  if p.name != _STATE_FILE]
    for name, path in named:
        h.update(name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _state_path(out_root: Path) -> Path:
    return out_root / "results" / _STATE_FILE


def _load_state(out_root: Path) -> dict:
    try:
        return json.loads(_state_path(out_root).read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def run_notebook(name: str, parameters: dict, out_root: Path) -> Path:
    """Execute ``notebooks/<name>.ipynb`` with papermill; return the executed copy's path.

    Raises
    ------
    RuntimeError
        Naming the notebook and the failing cell's exception when execution fails.
    """
    import papermill as pm

    src = NOTEBOOKS / f"{name}.ipynb"
    dst = out_root / "results" / "notebooks" / f"{name}.ipynb"
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(f"{name}.running.ipynb")
    try:
        pm.execute_notebook(str(src), str(tmp), parameters=parameters, cwd=str(NOTEBOOKS),
                            progress_bar=False, log_output=False, kernel_name="python3",
                            extra_arguments=KERNEL_ARGUMENTS)
    except pm.PapermillExecutionError as e:
        failed = tmp.replace(dst.with_name(f"{name}.failed.ipynb"))
        raise RuntimeError(f"{name}.ipynb failed in cell {e.exec_count}: {e.ename}: "
                           f"{e.evalue} (executed copy: {failed})") from None
    tmp.replace(dst)
    return dst


def run_chain(names: list[str], smoke: bool, seed: int, out_root: Path, force: bool,
              log=print) -> dict:
    """Run the given notebooks in order; return ``{name: {"status", "seconds"}}``."""
    state = _load_state(out_root)
    report: dict[str, dict] = {}
    params = {"smoke": smoke, "seed": seed}
    if out_root.resolve() != ROOT.resolve():
        params["out_dir"] = str(out_root.resolve())
    results = out_root / "results"
    for i, name in enumerate(names, 1):
        nb = NOTEBOOKS / f"{name}.ipynb"
        reads = results if name == REPORT_STEP else None
        digest = inputs_digest(nb, params, results=reads)
        executed = out_root / "results" / "notebooks" / f"{name}.ipynb"
        if not force and state.get(name) == digest and executed.exists():
            log(f"[{i}/{len(names)}] {name}: inputs unchanged, skipped (--force reruns)")
            report[name] = {"status": "skipped", "seconds": 0.0}
            continue
        log(f"[{i}/{len(names)}] {name}: running ...")
        t0 = time.perf_counter()
        run_notebook(name, params, out_root)
        dt = time.perf_counter() - t0
        log(f"[{i}/{len(names)}] {name}: done in {dt:.0f} s")
        report[name] = {"status": "ran", "seconds": round(dt, 1)}
        # Record the digest of the inputs as they are *after* the step (a step may
        # rewrite data/ or models/ byte-identically; a changed output invalidates later steps).
        state[name] = inputs_digest(nb, params, results=reads)
        atomic_write_json(_state_path(out_root), state)
    return report


def is_full_run(report: dict) -> bool:
    """Whether every step of the chain ran (not skipped, not left out by --only/--from)."""
    return all(report.get(name, {}).get("status") == "ran" for name in CHAIN)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="run_all.sh", description=__doc__.split("\n\n")[0])
    p.add_argument("--smoke", action="store_true",
                   help="tiny settings, minutes; outputs go to .cache/smoke unless --out")
    p.add_argument("--force", action="store_true", help="rerun steps whose inputs did not change")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", type=Path, default=None,
                   help="root for results/, figures/, data/, models/ (default: the repo)")
    p.add_argument("--only", nargs="+", metavar="NN", help="run only these steps, e.g. 03 04")
    p.add_argument("--from", dest="start", metavar="NN", help="start the chain at this step")
    p.add_argument("--listen", action="store_true", help="also run 08_listen")
    args = p.parse_args(argv)

    names = list(CHAIN) + ([LISTEN] if args.listen else [])
    if args.only:
        names = [n for n in names if n[:2] in {s[:2] for s in args.only}]
    if args.start:
        names = [n for n in names if n[:2] >= args.start[:2]]
    missing = [n for n in names if not (NOTEBOOKS / f"{n}.ipynb").exists()]
    names = [n for n in names if n not in missing]
    if missing:
        print(f"run_all: not present yet, skipped: {', '.join(missing)}")
    out_root = args.out or (cache_dir() / "smoke" if args.smoke else ROOT)
    out_root.mkdir(parents=True, exist_ok=True)

    kept = len(list(trainings_cache(out_root).glob("*.pt")))
    t0 = time.perf_counter()
    try:
        report = run_chain(names, args.smoke, args.seed, out_root, args.force)
    except RuntimeError as e:
        print(f"run_all: FAILED: {e}", file=sys.stderr)
        return 1
    total = time.perf_counter() - t0
    print(f"run_all: {len(names)} notebook(s) in {total / 60:.1f} min; outputs under {out_root}")
    if not args.smoke and is_full_run(report):
        atomic_write_json(out_root / "results" / "bench_run_all.json", {
            "what": "wall time of ./run_all.sh (every step executed)",
            "total_seconds": round(total, 1), "steps": report,
            "trainings_kept_before_run": kept, **provenance(), "seed": args.seed,
        })
        # The report quotes this file's total: write it again with this run's figure.
        try:
            run_chain([REPORT_STEP], args.smoke, args.seed, out_root, force=False)
        except RuntimeError as e:
            print(f"run_all: FAILED: {e}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
