"""Dataset statistics: coverage table with gaps, the oracle ambiguity floor, the figure."""
from __future__ import annotations

import math

import numpy as np

from ..angles import az_to_sector
from ..metrics import PAPER_METRICS
from ..params import az_sc_to_deg, wrap_deg
from . import lexicon as L

DIST_BANDS = (("near", 0.0, 1.5), ("mid", 1.5, 3.0), ("far", 3.0, 99.0))
WET_BANDS = (("dry", 0.0, 0.3), ("wet", 0.3, 1.01))


def _band(value: float, bands) -> str:
    return next(name for name, lo, hi in bands if lo <= value < hi)


def coverage_table(records: list[dict], min_count: int = 1):
    """Counts per sector x language x distance band x wetness band, and the gaps.

    Returns
    -------
    (table, gaps)
        ``table`` is a pandas DataFrame indexed by (sector, lang) with one column
        per (distance band, wetness band); ``gaps`` lists the cells holding fewer
        than ``min_count`` records, as ``"sector/lang/dist/wet"`` strings.
    """
    import pandas as pd

    rows = [(r["tags"]["sector"] if "tags" in r and "sector" in r["tags"]
             else az_to_sector(az_sc_to_deg(r["az_sc"])), r["lang"],
             _band(r["dist_m"], DIST_BANDS), _band(r["wet_mix"], WET_BANDS)) for r in records]
    df = pd.DataFrame(rows, columns=["sector", "lang", "dist", "wet"])
    full = pd.MultiIndex.from_product([L.SECTORS, ("ko", "en"), [b[0] for b in DIST_BANDS],
                                       [b[0] for b in WET_BANDS]],
                                      names=["sector", "lang", "dist", "wet"])
    counts = df.value_counts().reindex(full, fill_value=0)
    gaps = ["/".join(idx) for idx, n in counts.items() if n < min_count]
    return counts.unstack(["dist", "wet"]), gaps


def ambiguity_floor(records: list[dict]) -> dict:
    """Errors of an oracle that predicts each phrase's region centre (from ``tags``).

    Returns AE (mean wrapped azimuth error, deg), dlog (mean |ln d_hat - ln d|),
    and MAEs of spread (deg), wet, gain (dB) and DRR (dB). This is the best any
    model can do on average when it knows the words but not the sampled value.
    """
    ae, dlog, sp, wet, gain, drr = [], [], [], [], [], []
    for r in records:
        t = r["tags"]
        az = az_sc_to_deg(r["az_sc"])
        ae.append(abs(wrap_deg(az - t["az_center_deg"])))
        dlog.append(abs(math.log(t["dist_center_m"]) - math.log(r["dist_m"])))
        sp.append(abs(t["spread_center_deg"] - r["spread_deg"]))
        wet.append(abs(t["wet_center"] - r["wet_mix"]))
        gain.append(abs(t["gain_center_db"] - r["gain_db"]))
        drr.append(abs(t["drr_center_db"] - r["room_depth"]["drr_db"]))
    return {k: round(float(np.mean(v)), 4) for k, v in zip(PAPER_METRICS, (ae, dlog, sp, wet, gain, drr))}


def plot_coverage(splits: dict[str, list[dict]], path_stem):
    """Azimuth polar histogram, distance and wetness histograms, per-language counts.

    Saves ``<path_stem>.png`` and ``.pdf``; returns the matplotlib figure.
    """
    import matplotlib.pyplot as plt

    from ..plotting import save_figure

    fig = plt.figure(figsize=(13, 3.6))
    ax = fig.add_subplot(1, 4, 1, projection="polar")
    ax.set_theta_zero_location("N")
    ax.set_theta_direction(-1)          # clockwise: +90 = right, as our convention
    bins = np.radians(np.arange(-180, 181, 15))
    for name, recs in splits.items():
        az = np.radians([az_sc_to_deg(r["az_sc"]) for r in recs])
        h, _ = np.histogram(az, bins)
        ax.step(np.r_[bins[:-1], bins[-1]], np.r_[h, h[0]] / max(1, len(recs)), where="post",
                label=name)
    ax.set_title("azimuth (0 front, 90 right): share of split per 15 deg", fontsize=9)
    ax.legend(fontsize=7, loc="lower left", bbox_to_anchor=(-0.3, -0.25))
    allrec = [r for recs in splits.values() for r in recs]
    ax2 = fig.add_subplot(1, 4, 2)
    ax2.hist([r["dist_m"] for r in allrec], bins=np.geomspace(0.6, 6, 20))
    ax2.set_xscale("log")
    ax2.set_xticks([0.6, 1, 2, 4, 6], ["0.6", "1", "2", "4", "6"], minor=False)
    ax2.minorticks_off()
    ax2.set_xlabel("distance (m)")
    ax2.set_ylabel("records (all splits)")
    ax3 = fig.add_subplot(1, 4, 3)
    ax3.hist([r["wet_mix"] for r in allrec], bins=20)
    ax3.set_xlabel("wet mix")
    ax3.set_ylabel("records (all splits)")
    ax4 = fig.add_subplot(1, 4, 4)
    names = list(splits)
    for i, lang in enumerate(("ko", "en")):
        ax4.bar(np.arange(len(names)) + 0.4 * i, [sum(r["lang"] == lang for r in splits[n])
                                                  for n in names], 0.4, label=lang)
    ax4.set_xticks(np.arange(len(names)) + 0.2, names, rotation=30, fontsize=7)
    ax4.set_xlabel("split")
    ax4.set_ylabel("records")
    ax4.legend(fontsize=8)
    ax4.set_title("records per language", fontsize=9)
    fig.tight_layout()
    save_figure(fig, path_stem, dpi=120, close=False)
    return fig


def dataset_stats(sets: dict[str, list[dict]], seed: int) -> dict:
    """Counts per split, language and sector, overlap checks and the floor, as JSON-ready."""
    from collections import Counter

    from ..provenance import git_commit

    paper = {k: v for k, v in sets.items() if not k.startswith("ood_")}
    texts = {k: {r["text"] for r in v} for k, v in paper.items()}
    names = list(texts)
    overlap = {f"{a}&{b}": len(texts[a] & texts[b]) for i, a in enumerate(names)
               for b in names[i + 1:]}
    return {
        "seed": seed, "git_commit": git_commit(),
        "records": {k: len(v) for k, v in sets.items()},
        "distinct_sentences": len(set().union(*texts.values())),
        "sentence_overlap_between_splits": overlap,
        "per_language": {k: dict(Counter(r["lang"] for r in v)) for k, v in sets.items()},
        "per_sector": {k: dict(Counter(r["tags"]["sector"] for r in v)) for k, v in paper.items()},
        "numeric_share": {k: round(sum(r["tags"]["numeric"] for r in v) / len(v), 3)
                          for k, v in paper.items()},
        "moving_share": {k: round(sum("motion" in r for r in v) / len(v), 3)
                         for k, v in paper.items()},
        "ambiguity_floor": {k: ambiguity_floor(v) for k, v in sets.items()},
    }
