"""Tools for one round of work on the language layer against the hand-written benchmark.

A round (see ``docs/benchmark_briefs/`` and ``docs/language.md``): fresh writers and
labellers fill ``/work/bench_workNN``; ``build`` turns their labelled files into the frozen
halves ``data/{natural,scenes}_devNN.jsonl``; ``predict`` saves the default model's
predictions for a set of halves; ``compare`` pairs two saved runs item by item with
cluster-bootstrap intervals and lists what changed; ``misses`` lists the errors of a run.

Halves are named one by one or as a group: ``tuned`` (dev halves not in
:data:`~t2sa_lib.data.natural.BLIND_HALVES`), ``blind``, ``test``.

Usage::

    python scripts/language_round.py build 65 --from /work/bench_work65
    python scripts/language_round.py predict runs/base.json tuned
    python scripts/language_round.py compare runs/base.json runs/new.json tuned --show 40
    python scripts/language_round.py misses runs/new.json dev63 --what count
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from t2sa_lib.data import natural  # noqa: E402
from t2sa_lib.files import atomic_write_json, write_jsonl  # noqa: E402

BENCH_FILES = {"natural": "labelled_natural_w*.jsonl", "scenes": "labelled_scenes_w*.jsonl"}


def halves_named(names: list[str]) -> list[str]:
    """Expand ``tuned``, ``blind`` and ``test`` into halves; keep other names as given."""
    groups = {"tuned": [h for h in natural.HALVES if h != "test" and h not in natural.BLIND_HALVES],
              "blind": list(natural.BLIND_HALVES), "test": ["test"]}
    out = []
    for name in names:
        out += groups.get(name, [name])
    return out


def build(number: int, source: Path) -> None:
    """Merge the labellers' files of one round into ``data/*_devNN.jsonl`` and freeze them."""
    half = f"dev{number}"
    for name, pattern in BENCH_FILES.items():
        items, dropped = [], 0
        for path in sorted(source.glob(pattern)):
            for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                item = json.loads(line)
                if item.get("drop"):
                    dropped += 1
                    continue
                item.pop("drop", None)
                item["cluster"] = item["id"]
                items.append(item)
        items.sort(key=lambda it: it["id"])
        target = natural.DATA / f"{name}_{half}.jsonl"
        write_jsonl(target, items)
        print(f"{target.name}: {len(items)} items, {dropped} dropped")
    if half not in natural.HALVES:
        print(f"add {half!r} to t2sa_lib.data.natural.HALVES, then run build again to freeze")
        return
    for name in BENCH_FILES:
        print(name, half, natural.freeze(name, half)[:12])


def predict(out: Path, halves: list[str]) -> None:
    """Save the default model's natural predictions and scenes for ``halves``."""
    from t2sa_lib.eval.experiments import DEFAULT_CKPT_NAME, ModelSystem
    from t2sa_lib.paths import ROOT
    from t2sa_lib.scene import describe, network_texts

    system = ModelSystem(ROOT / "models" / DEFAULT_CKPT_NAME, "t2sa (full)")
    runs = {}
    for half in halves:
        texts = [it["text"] for it in natural.load("natural", half)]
        scene_texts = [it["text"] for it in natural.load("scenes", half)]
        system.infer.prefetch(sorted({t for text in scene_texts for t in network_texts(text)}))
        scenes = [describe(text, system.infer).to_dict() for text in scene_texts]
        runs[half] = {"natural": system.predict(texts), "scenes": scenes}
    atomic_write_json(out, runs)


def _pooled(run_a: dict, run_b: dict, halves: list[str]) -> tuple[dict, dict, dict]:
    items = {name: [] for name in BENCH_FILES}
    a = {name: [] for name in BENCH_FILES}
    b = {name: [] for name in BENCH_FILES}
    for half in halves:
        for name in BENCH_FILES:
            items[name] += natural.load(name, half)
            a[name] += run_a[half][name]
            b[name] += run_b[half][name]
    return items, a, b


def _interval(d: dict) -> str:
    return f"{d['mean']:+.4f} [{d['ci95'][0]:+.4f}, {d['ci95'][1]:+.4f}]"


def compare(path_a: Path, path_b: Path, halves: list[str], show: int) -> None:
    """``b`` minus ``a`` on pooled halves, and the items whose scores changed."""
    from t2sa_lib.eval.scenes import item_scores, paired_scenes
    from t2sa_lib.metrics import item_hit_rates, paired_cluster_difference

    items, a, b = _pooled(json.loads(path_a.read_text()), json.loads(path_b.read_text()), halves)
    ha, hb = item_hit_rates(a["natural"], items["natural"]), item_hit_rates(b["natural"],
                                                                            items["natural"])
    keep = ~np.isnan(ha)
    clusters = np.asarray([it["cluster"] for it in items["natural"]], object)
    nat = paired_cluster_difference(hb[keep], ha[keep], clusters[keep])
    sc = paired_scenes(b["scenes"], a["scenes"], items["scenes"])
    print(f"natural {np.nanmean(ha):.4f} -> {np.nanmean(hb):.4f}  {_interval(nat)}")
    ca, sa = item_scores(a["scenes"], items["scenes"])
    cb, sb = item_scores(b["scenes"], items["scenes"])
    print(f"scene count {ca.mean():.4f} -> {cb.mean():.4f}  {_interval(sc['count_right'])}")
    print(f"scene attr  {np.nanmean(sa):.4f} -> {np.nanmean(sb):.4f}  "
          f"{_interval(sc['attribute_hit_rate'])}")
    changed = [(hb[i] - ha[i], it["text"]) for i, it in enumerate(items["natural"])
               if keep[i] and ha[i] != hb[i]]
    changed += [((cb[i] - ca[i]) + np.nan_to_num(sb[i] - sa[i]), it["text"])
                for i, it in enumerate(items["scenes"])
                if ca[i] != cb[i] or np.nan_to_num(sa[i]) != np.nan_to_num(sb[i])]
    for delta, text in sorted(changed)[:show]:
        print(f"{delta:+.2f}  {text}")


def _scene_misses(scene: dict, item: dict, what: str) -> list[str]:
    from t2sa_lib.eval.scenes import match_sources
    from t2sa_lib.metrics import region_judgments

    if what == "count":
        if len(scene["sources"]) == item["n_sources"]:
            return []
        return [f"gold {[s['label'] for s in item['sources']]} "
                f"pred {[s['label'] for s in scene['sources']]}"]
    out = []
    for gi, pi in match_sources(scene["sources"], item["sources"], item["text"]):
        gold = item["sources"][gi]
        if pi is None:
            continue
        pred = scene["sources"][pi]
        for row in region_judgments([pred], [gold]):
            if not row["hit"] and what in ("attr", row["attr"]):
                value = pred.get(row["attr"], pred.get("motion"))
                out.append(f"{gold['label']}: {row['attr']} gold {gold['labels'][row['attr']]} "
                           f"pred {value}")
    return out


def misses(path: Path, halves: list[str], what: str) -> None:
    """Print each error of a saved run: ``count``, ``attr`` or one scene attribute, or
    ``natural`` for the single-source items."""
    from t2sa_lib.metrics import region_judgments

    run = json.loads(path.read_text())
    for half in halves:
        if what == "natural":
            items = natural.load("natural", half)
            for row in region_judgments(run[half]["natural"], items):
                if not row["hit"]:
                    pred = run[half]["natural"][row["item"]]
                    item = items[row["item"]]
                    value = pred.get(row["attr"], pred.get("motion"))
                    print(f"{half} {row['attr']} gold {item['labels'][row['attr']]} "
                          f"pred {value} | {item['text']}")
            continue
        for scene, item in zip(run[half]["scenes"], natural.load("scenes", half)):
            for line in _scene_misses(scene, item, what):
                print(f"{half} {line} | {item['text']}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build")
    p.add_argument("number", type=int)
    p.add_argument("--from", dest="source", type=Path, required=True)
    p = sub.add_parser("predict")
    p.add_argument("out", type=Path)
    p.add_argument("halves", nargs="+")
    p = sub.add_parser("compare")
    p.add_argument("a", type=Path)
    p.add_argument("b", type=Path)
    p.add_argument("halves", nargs="+")
    p.add_argument("--show", type=int, default=30)
    p = sub.add_parser("misses")
    p.add_argument("run", type=Path)
    p.add_argument("halves", nargs="+")
    p.add_argument("--what", default="attr")
    args = parser.parse_args(argv)
    if args.command == "build":
        build(args.number, args.source)
    elif args.command == "predict":
        predict(args.out, halves_named(args.halves))
    elif args.command == "compare":
        compare(args.a, args.b, halves_named(args.halves), args.show)
    else:
        misses(args.run, halves_named(args.halves), args.what)


if __name__ == "__main__":
    main()
