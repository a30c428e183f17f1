"""Scoring systems on the hand-written natural benchmark (notebook 04).

Every system predicts each description; :func:`~t2sa_lib.metrics.score_regions`
gives hit rates per attribute, tag and language; :func:`paired_by_tag`
compares two systems item by item (the share of an item's labelled attributes
each hits) with a cluster-bootstrap interval, per tag and language.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..metrics import item_hit_rates, paired_cluster_difference, score_regions


def model_systems(ckpt: Path) -> list:
    """The default model with and without the language layer (same network, one load)."""
    from .experiments import ModelSystem

    full = ModelSystem(ckpt, "t2sa")
    plain = ModelSystem.__new__(ModelSystem)
    plain.name = "t2sa without language layer"
    plain.infer = _Toggled(full.infer)
    return [full, plain]


class _Toggled:
    """An inference object whose ``predict`` runs with the language layer off."""

    def __init__(self, infer):
        self._infer = infer

    def predict(self, texts):
        self._infer.use_language = False
        try:
            return self._infer.predict(texts)
        finally:
            self._infer.use_language = True


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


def verdict(d: dict) -> str:
    """'better', 'worse' or 'tie' from a paired difference's interval (higher is better)."""
    lo, hi = d["ci95"]
    return "better" if lo > 0 else "worse" if hi < 0 else "tie"
