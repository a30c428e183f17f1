"""Evaluation metrics on records of the paper's schema, with bootstrap intervals.

Every function compares predictions with the truth element by element (same
order). Conventions are those of :mod:`t2sa_lib.params` (azimuth 0 front, +90
right; elevation + up).

* ``AE`` — mean wrapped azimuth error, degrees (the paper's headline number);
  179 vs -179 is 2 deg.
* ``GCE`` — great-circle error: the 3-D angle between predicted and true
  directions (azimuth and elevation), degrees.
* ``dlog`` — mean ``|ln d_hat - ln d|`` (distance error as a log ratio).
* ``spread`` (deg), ``wet``, ``gain`` (dB), ``room`` (DRR, dB) — mean absolute errors.
* ``front_back`` — front/back confusion rate: among items whose true azimuth lies
  more than ``margin`` degrees from the interaural axis (+-90), the share whose
  prediction lies more than ``margin`` degrees from the axis *on the other side*
  (true front, predicted back, or the reverse). Predictions near the axis are not
  counted as confusions.
* ``motion_acc`` — share of items whose motion kind is right (no ``motion`` = static).

:func:`evaluate` adds seeded bootstrap 95% intervals and per-language and
per-sector (8 compass sectors of the true azimuth) breakdowns.
"""
from __future__ import annotations

import math

import numpy as np

from .params import az_sc_to_deg, wrap_deg

SECTORS = ("front", "front-right", "right", "back-right", "back", "back-left", "left",
           "front-left")
FRONT_BACK_MARGIN_DEG = 15.0
#: Metric names in report order; lower is better for all but ``motion_acc``.
METRICS = ("AE", "GCE", "dlog", "spread", "wet", "gain", "room", "front_back", "motion_acc")
#: The errors (lower is better): every metric but ``motion_acc``.
ERROR_METRICS = METRICS[:-1]
#: The paper's six test metrics, in the order of its main table.
PAPER_METRICS = ("AE", "dlog", "spread", "wet", "gain", "room")


# ------------------------------------------------------------------ element-wise errors
def angular_error_deg(pred_deg, true_deg) -> np.ndarray:
    """Wrapped absolute azimuth difference in degrees, in [0, 180]."""
    d = np.mod(np.asarray(pred_deg, float) - np.asarray(true_deg, float) + 180.0, 360.0) - 180.0
    return np.abs(d)


def direction_vectors(az_deg, el_deg) -> np.ndarray:
    """Unit vectors (n, 3): x front, y right, z up."""
    az, el = np.radians(np.asarray(az_deg, float)), np.radians(np.asarray(el_deg, float))
    return np.stack([np.cos(el) * np.cos(az), np.cos(el) * np.sin(az), np.sin(el)], axis=-1)


def great_circle_error_deg(pred_az, pred_el, true_az, true_el) -> np.ndarray:
    """3-D angle between predicted and true directions, degrees, in [0, 180]."""
    dot = np.sum(direction_vectors(pred_az, pred_el) * direction_vectors(true_az, true_el), -1)
    return np.degrees(np.arccos(np.clip(dot, -1.0, 1.0)))


def log_distance_error(pred_m, true_m) -> np.ndarray:
    """``|ln d_hat - ln d|`` per item."""
    return np.abs(np.log(np.asarray(pred_m, float)) - np.log(np.asarray(true_m, float)))


def front_back_flags(pred_deg, true_deg, margin_deg: float = FRONT_BACK_MARGIN_DEG
                     ) -> tuple[np.ndarray, np.ndarray]:
    """``(eligible, confused)`` boolean arrays; see the module docstring."""
    p, t = np.asarray(pred_deg, float), np.asarray(true_deg, float)
    # cos > 0 in front of the interaural axis; the margin in degrees from +-90
    t_off = 90.0 - np.abs(angular_error_deg(t, 0.0))
    p_off = 90.0 - np.abs(angular_error_deg(p, 0.0))
    eligible = np.abs(t_off) > margin_deg
    confused = eligible & (np.abs(p_off) > margin_deg) & (np.sign(p_off) != np.sign(t_off))
    return eligible, confused


def front_back_confusion_rate(pred_deg, true_deg, margin_deg: float = FRONT_BACK_MARGIN_DEG
                              ) -> float:
    """Share of eligible items confused front/back (NaN if none is eligible)."""
    eligible, confused = front_back_flags(pred_deg, true_deg, margin_deg)
    return float(confused[eligible].mean()) if eligible.any() else float("nan")


def sector_index(az_deg) -> np.ndarray:
    """Nearest of the 8 compass sectors (index into :data:`SECTORS`)."""
    return (np.floor(np.mod(np.asarray(az_deg, float), 360.0) / 45.0 + 0.5).astype(int)) % 8


def sector_confusion(pred_deg, true_deg) -> np.ndarray:
    """8 x 8 counts: row = true sector, column = predicted sector (order of SECTORS)."""
    m = np.zeros((8, 8), dtype=int)
    np.add.at(m, (sector_index(true_deg), sector_index(pred_deg)), 1)
    return m


def bootstrap_ci(values, n_boot: int = 1000, seed: int = 0, level: float = 0.95
                 ) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean of ``values`` (seeded)."""
    v = np.asarray(values, float)
    if v.size == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    means = v[rng.integers(0, v.size, size=(n_boot, v.size))].mean(axis=1)
    a = (1.0 - level) / 2.0
    return (float(np.quantile(means, a)), float(np.quantile(means, 1.0 - a)))


def paired_difference(a, b, n_boot: int = 1000, seed: int = 0) -> dict:
    """Mean of ``a - b`` over paired items with a 95% paired bootstrap interval.

    Resampling the per-item differences (not each system's errors on its own)
    keeps what the two systems share, e.g. sentences both get wrong, out of the
    interval. Returns ``{"mean": float, "ci95": [low, high]}``.
    """
    a, b = np.asarray(a, float), np.asarray(b, float)
    if a.shape != b.shape:
        raise ValueError(f"paired difference of {a.shape} and {b.shape} items")
    d = a - b
    return {"mean": float(d.mean()) if d.size else float("nan"),
            "ci95": list(bootstrap_ci(d, n_boot, seed))}


# ------------------------------------------------------------------ records
def _columns(records: list[dict]) -> dict[str, np.ndarray]:
    return {
        "az": np.array([az_sc_to_deg(r["az_sc"]) for r in records], float),
        "el": np.degrees([float(r["el_rad"]) for r in records]),
        "dist": np.array([r["dist_m"] for r in records], float),
        "spread": np.array([r["spread_deg"] for r in records], float),
        "wet": np.array([r["wet_mix"] for r in records], float),
        "gain": np.array([r["gain_db"] for r in records], float),
        "drr": np.array([r["room_depth"]["drr_db"] for r in records], float),
        "motion": np.array([(r.get("motion") or {}).get("kind", "static") for r in records]),
    }


def per_item_errors(pred_records: list[dict], true_records: list[dict]) -> dict[str, np.ndarray]:
    """Per-item error arrays for each metric (``front_back``: 0/1 over eligible items only)."""
    if len(pred_records) != len(true_records):
        raise ValueError(f"{len(pred_records)} predictions for {len(true_records)} records")
    p, t = _columns(pred_records), _columns(true_records)
    eligible, confused = front_back_flags(p["az"], t["az"])
    return {
        "AE": angular_error_deg(p["az"], t["az"]),
        "GCE": great_circle_error_deg(p["az"], p["el"], t["az"], t["el"]),
        "dlog": log_distance_error(p["dist"], t["dist"]),
        "spread": np.abs(p["spread"] - t["spread"]),
        "wet": np.abs(p["wet"] - t["wet"]),
        "gain": np.abs(p["gain"] - t["gain"]),
        "room": np.abs(p["drr"] - t["drr"]),
        "front_back": confused[eligible].astype(float),
        "motion_acc": (p["motion"] == t["motion"]).astype(float),
    }


def _summary(errors: dict[str, np.ndarray]) -> dict[str, float]:
    return {k: (float(np.mean(v)) if len(v) else float("nan")) for k, v in errors.items()}


def true_sectors(true_records: list[dict]) -> list[str]:
    """Sector of each true record: ``tags.sector`` if present, else the nearest compass sector."""
    out = []
    for r in true_records:
        s = (r.get("tags") or {}).get("sector")
        out.append(s if s in SECTORS else SECTORS[int(sector_index(az_sc_to_deg(r["az_sc"])))])
    return out


def evaluate(pred_records: list[dict], true_records: list[dict], n_boot: int = 1000,
             seed: int = 0, breakdown: bool = True) -> dict:
    """All metrics, their bootstrap 95% intervals and per-language/per-sector breakdowns.

    Returns
    -------
    dict
        ``n``, one entry per name in :data:`METRICS` (means), ``ci95``
        ``{metric: [lo, hi]}`` (absent when ``n_boot`` is 0), and with
        ``breakdown`` ``by_lang`` / ``by_sector`` ``{group: {n, metric: mean}}``
        and ``sector_confusion`` (8 x 8 list, rows true, columns predicted).
    """
    errors = per_item_errors(pred_records, true_records)
    out: dict = {"n": len(true_records), **_summary(errors)}
    if n_boot:
        out["ci95"] = {k: list(bootstrap_ci(v, n_boot, seed)) for k, v in errors.items()}
    if not breakdown:
        return out
    langs = [r.get("lang", "?") for r in true_records]
    sectors = true_sectors(true_records)
    out["by_lang"] = _grouped(pred_records, true_records, langs)
    out["by_sector"] = _grouped(pred_records, true_records, sectors, order=SECTORS)
    p_az = [az_sc_to_deg(r["az_sc"]) for r in pred_records]
    t_az = [az_sc_to_deg(r["az_sc"]) for r in true_records]
    out["sector_confusion"] = sector_confusion(p_az, t_az).tolist()
    return out


def _grouped(pred, true, keys, order=None) -> dict:
    groups = {}
    for g in (order or sorted(set(keys))):
        idx = [i for i, k in enumerate(keys) if k == g]
        if idx:
            e = per_item_errors([pred[i] for i in idx], [true[i] for i in idx])
            groups[g] = {"n": len(idx), **_summary(e)}
    return groups


def format_line(m: dict) -> str:
    """One line like the paper's log: ``AE 12.3 | dlog 0.123 | sp 4.5 | ...``."""
    return (f"AE {m['AE']:.1f} | dlog {m['dlog']:.3f} | sp {m['spread']:.1f} | "
            f"wet {m['wet']:.3f} | gain {m['gain']:.2f} | room {m['room']:.2f}")


def nan_to_none(obj):
    """Replace NaN floats by None, recursively (JSON has no NaN)."""
    if isinstance(obj, float) and math.isnan(obj):
        return None
    if isinstance(obj, dict):
        return {k: nan_to_none(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [nan_to_none(v) for v in obj]
    return obj


# ------------------------------------------------------------------ regions (natural benchmark)
#: Attributes a hand-written benchmark item may label with a region [lo, hi].
REGION_ATTRS = ("az_deg", "el_deg", "dist_m", "spread_deg", "wet_mix", "drr_db", "gain_db")


def cluster_bootstrap_ci(values, clusters, n_boot: int = 1000, seed: int = 0,
                         level: float = 0.95) -> tuple[float, float]:
    """Percentile interval of the mean of ``values``, resampling whole clusters.

    Items that share a phrase or template (one ``clusters`` label) are not
    independent; resampling clusters with replacement, and all items inside each,
    keeps that dependence in the interval.
    """
    v = np.asarray(values, float)
    if v.size == 0:
        return (float("nan"), float("nan"))
    labels, index = np.unique(np.asarray(clusters, dtype=object).astype(str), return_inverse=True)
    sums = np.bincount(index, weights=v, minlength=len(labels))
    counts = np.bincount(index, minlength=len(labels)).astype(float)
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, len(labels), size=(n_boot, len(labels)))
    means = sums[pick].sum(axis=1) / np.maximum(counts[pick].sum(axis=1), 1.0)
    a = (1.0 - level) / 2.0
    return (float(np.quantile(means, a)), float(np.quantile(means, 1.0 - a)))


def paired_cluster_difference(a, b, clusters, n_boot: int = 1000, seed: int = 0) -> dict:
    """Mean of ``a - b`` over paired items with a cluster-bootstrap 95% interval."""
    d = np.asarray(a, float) - np.asarray(b, float)
    return {"mean": float(d.mean()) if d.size else float("nan"),
            "ci95": list(cluster_bootstrap_ci(d, clusters, n_boot, seed))}


def outside_distance(attr: str, value: float, region) -> float:
    """How far ``value`` lies outside ``region`` = [lo, hi] (0 inside), in the attribute's unit.

    Azimuth regions are arcs read clockwise from ``lo`` to ``hi`` (degrees; [150, -150]
    is behind); the distance is the angle to the nearer end of the arc.
    """
    lo, hi = float(region[0]), float(region[1])
    if attr != "az_deg":
        return max(0.0, lo - value, value - hi)
    width = (hi - lo) % 360.0
    offset = (value - lo) % 360.0
    if offset <= width + 1e-9:
        return 0.0
    return float(min(offset - width, 360.0 - offset))


def _pred_value(pred: dict, attr: str) -> float:
    if attr == "az_deg":
        return float(pred["az_deg"]) if "az_deg" in pred else az_sc_to_deg(pred["az_sc"])
    if attr == "el_deg":
        return float(pred["el_deg"]) if "el_deg" in pred else math.degrees(pred["el_rad"])
    if attr == "drr_db":
        return float(pred["room_depth"]["drr_db"])
    return float(pred[attr])


def motion_hit(pred: dict, label: dict) -> bool:
    """Whether a predicted motion matches a labelled one (kind, sense, path ends).

    A labelled ``path`` (from one place to another) is met by a ``pass-by`` whose
    start azimuth and end azimuth lie in the labelled regions. An approach or recede
    without ``end_az_deg`` ends where it starts; a rotation ends ``rotate_deg`` on.
    """
    motion = pred.get("motion") or {"kind": "static"}
    kind = motion.get("kind", "static")
    want = label.get("kind", "static")
    if want in ("path", "pass-by"):
        if kind != "pass-by":
            return False
    elif kind != want:
        return False
    if want == "rotate" and label.get("direction") in ("cw", "ccw"):
        if (float(motion.get("rotate_deg", 360.0)) > 0) != (label["direction"] == "cw"):
            return False
    start = _pred_value(pred, "az_deg")
    end = motion.get("end_az_deg")
    if end is None and kind in ("approach", "recede"):
        end = start                   # the schema's approach and recede keep their direction
    if kind == "rotate":
        end = wrap_deg(start + float(motion.get("rotate_deg", 360.0)))
    checks = (("start_az_deg", start), ("end_az_deg", end))
    for key, value in checks:
        if key in label and (value is None or outside_distance("az_deg", value, label[key]) > 0):
            return False
    return True


def region_judgments(preds: list[dict], items: list[dict]) -> list[dict]:
    """One row per labelled attribute of each item: hit, distance outside, item index.

    ``items`` carry ``labels`` (attribute -> [lo, hi], ``motion`` -> dict); a
    prediction is a record of the schema plus ``az_deg``, ``el_deg``, ``motion``.
    """
    rows = []
    for i, (pred, item) in enumerate(zip(preds, items)):
        for attr, region in item["labels"].items():
            if attr == "motion":
                hit = motion_hit(pred, region)
                rows.append({"item": i, "attr": "motion", "hit": hit, "outside": 0.0 if hit else 1.0})
                continue
            out = outside_distance(attr, _pred_value(pred, attr), region)
            rows.append({"item": i, "attr": attr, "hit": out == 0.0, "outside": out})
    return rows


def _rate(rows: list[dict], clusters, n_boot: int, seed: int) -> dict:
    hits = [float(r["hit"]) for r in rows]
    cl = [clusters[r["item"]] for r in rows]
    return {"n": len(rows), "hit_rate": float(np.mean(hits)) if hits else float("nan"),
            "ci95": list(cluster_bootstrap_ci(hits, cl, n_boot, seed))}


def score_regions(preds: list[dict], items: list[dict], n_boot: int = 1000, seed: int = 0
                  ) -> dict:
    """Hit rates per attribute, per tag and per language, with cluster-bootstrap intervals.

    Also the azimuth error to the region (0 inside; mean over items with an
    azimuth label) and the mean distance outside per attribute.
    """
    rows = region_judgments(preds, items)
    clusters = [it.get("cluster", str(i)) for i, it in enumerate(items)]
    out = {"n_items": len(items), "overall": _rate(rows, clusters, n_boot, seed),
           "attributes": {}, "tags": {}, "langs": {}}
    for attr in REGION_ATTRS + ("motion",):
        sel = [r for r in rows if r["attr"] == attr]
        if sel:
            out["attributes"][attr] = {**_rate(sel, clusters, n_boot, seed),
                                       "mean_outside": float(np.mean([r["outside"] for r in sel]))}
    az = [r for r in rows if r["attr"] == "az_deg"]
    out["az_error_deg"] = {"mean": float(np.mean([r["outside"] for r in az])) if az else float("nan"),
                           "ci95": list(cluster_bootstrap_ci([r["outside"] for r in az],
                                                             [clusters[r["item"]] for r in az],
                                                             n_boot, seed))}
    for key, field in (("tags", "tags"), ("langs", "lang")):
        groups = sorted({g for it in items for g in (it[field] if key == "tags" else [it[field]])})
        for g in groups:
            member = {i for i, it in enumerate(items)
                      if g in (it[field] if key == "tags" else [it[field]])}
            out[key][g] = _rate([r for r in rows if r["item"] in member], clusters, n_boot, seed)
    return out


def item_hit_rates(preds: list[dict], items: list[dict]) -> np.ndarray:
    """Per item, the share of its labelled attributes that are hit (for paired comparisons)."""
    rows = region_judgments(preds, items)
    hits = np.zeros(len(items))
    counts = np.zeros(len(items))
    for r in rows:
        hits[r["item"]] += float(r["hit"])
        counts[r["item"]] += 1.0
    return np.where(counts > 0, hits / np.maximum(counts, 1.0), np.nan)
