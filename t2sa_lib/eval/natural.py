"""Scoring systems on the hand-written natural benchmark (notebook 04).

Every system predicts each description; :func:`~t2sa_lib.metrics.score_regions`
gives hit rates per attribute, tag and language; :func:`paired_by_tag`
compares two systems item by item (the share of an item's labelled attributes
each hits) with a cluster-bootstrap interval, per tag and language.
"""
from __future__ import annotations

import textwrap

import numpy as np

from ..metrics import item_hit_rates, paired_cluster_difference, score_regions


def score_systems(runs: dict, items: list[dict], n_boot: int = 1000, seed: int = 0) -> dict:
    """``{system: score_regions(...)}`` for ``runs = {system: predictions}``."""
    return {name: score_regions(pred, items, n_boot, seed) for name, pred in runs.items()}


def paired_by_tag(runs: dict, system: str, rival: str, items: list[dict],
                  n_boot: int = 1000, seed: int = 0) -> dict:
    """``system`` minus ``rival`` in per-item hit rate, overall, per tag and per language.

    Positive means ``system`` hits more; an interval that contains 0 is a tie.
    """
    a = item_hit_rates(runs[system], items)
    b = item_hit_rates(runs[rival], items)
    clusters = [it.get("cluster", it["id"]) for it in items]
    keep = ~np.isnan(a)

    def diff(mask):
        m = keep & mask
        return paired_cluster_difference(a[m], b[m], np.asarray(clusters, object)[m], n_boot, seed)

    out = {"overall": diff(np.ones(len(items), bool)), "tags": {}, "langs": {}}
    for tag in sorted({t for it in items for t in it["tags"]}):
        out["tags"][tag] = diff(np.array([tag in it["tags"] for it in items]))
    for lang in sorted({it["lang"] for it in items}):
        out["langs"][lang] = diff(np.array([it["lang"] == lang for it in items]))
    return out


MAIN = "t2sa (full)"
RIVALS = ("keyword rules", "zero-shot prototypes (e5-small)", "t2sa without language layer")
_NUMBER_TOL = {"az_deg": 2.0}


def numbers_honoured(preds: list[dict], items: list[dict]) -> dict:
    """Share of stated numbers the predictions keep: azimuth within 2 deg, others within 5 %
    of the stated value clipped into the schema's range (a note says when it was clipped)."""
    from ..metrics import _pred_value
    from ..params import RANGES, wrap_deg

    ok: dict[str, list[bool]] = {}
    for pred, item in zip(preds, items):
        for attr, value in (item.get("numbers") or {}).items():
            if attr not in RANGES or not isinstance(value, (int, float)):
                continue
            got = _pred_value(pred, attr)
            if attr == "az_deg":
                hit = abs(wrap_deg(got - value)) <= _NUMBER_TOL[attr]
            else:
                want = min(RANGES[attr][1], max(RANGES[attr][0], value))
                hit = abs(got - want) <= max(0.05 * abs(want), 0.3 if attr.endswith("db") else 1e-3)
            ok.setdefault(attr, []).append(bool(hit))
    return {a: {"n": len(v), "honoured": float(np.mean(v))} for a, v in sorted(ok.items())}


def run_natural(systems, halves: dict[str, list[dict]], n_boot: int = 1000, seed: int = 0
                ) -> dict:
    """Every system on every half: scores, paired comparisons per tag, numbers honoured."""
    out = {}
    for half, items in halves.items():
        runs = {s.name: s.predict([it["text"] for it in items]) for s in systems}
        out[half] = {"n": len(items), "systems": score_systems(runs, items, n_boot, seed),
                     "paired": {r: paired_by_tag(runs, MAIN, r, items, n_boot, seed)
                                for r in RIVALS if r in runs},
                     "numbers": numbers_honoured(runs[MAIN], items)}
    return out


def in_domain_effect(systems, test: list[dict], n_boot: int = 1000, seed: int = 0) -> dict:
    """The in-domain test set's metrics with and without the language layer (no regression)."""
    from ..metrics import evaluate

    return {s.name: evaluate(s.predict([r["text"] for r in test]), test, n_boot, seed,
                             breakdown=False) for s in systems}


def hit_rate_figure(result: dict, path_stem, half: str = "test"):
    """Hit rate per tag and per attribute (rows) for each system (columns), one heat map."""
    import matplotlib.pyplot as plt

    from ..plotting import save_figure

    systems = result[half]["systems"]
    names = [MAIN] + [r for r in RIVALS if r in systems]
    rows = [f"tag: {t}" for t in systems[MAIN]["tags"]] + \
           [f"attr: {a}" for a in systems[MAIN]["attributes"]]

    def value(name, row):
        kind, key = row.split(": ")
        group = systems[name]["tags" if kind == "tag" else "attributes"]
        return group.get(key, {}).get("hit_rate", np.nan)

    grid = np.array([[value(n, r) for n in names] for r in rows])
    fig, ax = plt.subplots(figsize=(1.6 + 1.5 * len(names), 0.32 * len(rows) + 1.2))
    im = ax.imshow(grid, vmin=0, vmax=1, cmap="viridis", aspect="auto")
    ax.set_xticks(range(len(names)), [textwrap.fill(n, 14) for n in names], fontsize=8)
    ax.set_yticks(range(len(rows)), rows, fontsize=8)
    for i in range(len(rows)):
        for j in range(len(names)):
            if np.isfinite(grid[i, j]):
                ax.text(j, i, f"{grid[i, j]:.2f}", ha="center", va="center", fontsize=7,
                        color="white" if grid[i, j] < 0.6 else "black")
    ax.set_title(f"Natural benchmark ({half} half, n={result[half]['n']}): hit rate")
    fig.colorbar(im, ax=ax, label="share of labelled attributes inside their region")
    fig.tight_layout()
    return save_figure(fig, path_stem)
