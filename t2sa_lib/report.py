"""Tables, figures and the paper-vs-ours report from ``results/*.json`` only (notebook 07).

Nothing here runs a model: every number is read from the JSON the experiment
notebooks and benchmarks wrote, so the report can be rebuilt in seconds and
always agrees with them. Outputs: ``results/tables/table_*.tex`` (LaTeX,
booktabs; the main table also as CSV), ``results/summary.md`` (the tables the
README quotes), ``figures/*.png`` and ``.pdf``, and ``results/REPORT.md``.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

from . import paper
from .angles import SECTORS
from .data.natural import BLIND_HALVES, HALVES
from .data.ood import OOD_SETS
from .eval.experiments import UNAVAILABLE_ENCODERS
from .files import atomic_write_text
from .metrics import PAPER_METRICS
from .provenance import read_provenance
_FMT = {"AE": "{:.1f}", "GCE": "{:.1f}", "dlog": "{:.3f}", "spread": "{:.1f}", "wet": "{:.3f}",
        "gain": "{:.2f}", "room": "{:.2f}", "front_back": "{:.3f}"}


def _read(root: Path, name: str) -> dict | None:
    path = Path(root) / "results" / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def fmt(metric: str, value) -> str:
    if value is None or isinstance(value, str):
        return "--" if value is None else value
    if isinstance(value, float) and math.isnan(value):
        return "--"
    return _FMT.get(metric, "{:.3g}").format(value)


def fmt_ci(metric: str, m: dict) -> str:
    ci = (m.get("ci95") or {}).get(metric)
    base = fmt(metric, m.get(metric))
    return f"{base} [{fmt(metric, ci[0])}, {fmt(metric, ci[1])}]" if ci else base


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def latex_table(header: list[str], rows: list[list[str]], caption: str) -> str:
    def esc(s: str) -> str:
        return s.replace("_", r"\_").replace("%", r"\%").replace("#", r"\#")

    cols = "l" + "r" * (len(header) - 1)
    body = "\n".join(" & ".join(esc(c) for c in r) + r" \\" for r in rows)
    return (f"\\begin{{table}}[t]\n\\centering\n\\caption{{{esc(caption)}}}\n"
            f"\\begin{{tabular}}{{{cols}}}\n\\toprule\n"
            f"{' & '.join(esc(h) for h in header)} \\\\\n\\midrule\n{body}\n\\bottomrule\n"
            f"\\end{{tabular}}\n\\end{{table}}\n")


MAIN_SYSTEM = "t2sa (full)"
#: How a system is named in tables: ours, the paper's recipes run by our trainer, baselines.
SYSTEM_LABELS = {
    "t2sa (full)": "t2sa, ours (default checkpoint)",
    "t2sa without KNN": "t2sa, ours, without KNN",
    "t2sa without numeric parser": "t2sa, ours, without the numeric parser",
    "t2sa without language layer": "t2sa, ours, without the language layer",
    "paper recipe": "paper's recipe, our trainer",
    "stable baseline recipe": "paper's stable-baseline recipe, our trainer",
    "E5 alignment recipe": "paper's E5-alignment recipe, our trainer",
}
PAPER_ROW = "paper, as published (its own split)"


def label(system: str) -> str:
    """The name a table gives ``system``."""
    return SYSTEM_LABELS.get(system, system)
#: Our system compared with each of the paper's baselines.
BASELINE_PAIRS = {"keyword rules": "keyword rules",
                  "ridge probe (SBERT MiniLM)": "ridge probe (use-multilingual)",
                  "ridge probe (e5-small)": "ridge probe (e5-small)"}


def main_rows(ev: dict) -> list[list[str]]:
    """Test-set rows: each system's metrics (95% CI on AE), then the paper's."""
    rows = []
    for name, sets in ev["systems"].items():
        m = sets["test"]
        rows.append([label(name), fmt_ci("AE", m)] + [fmt(k, m[k]) for k in PAPER_METRICS[1:]]
                    + [fmt("front_back", m["front_back"])])
    if ev.get("ambiguity_floor"):
        floor = ev["ambiguity_floor"]
        rows.append(["floor: the region centre of the words"]
                    + [fmt(k, floor.get(k)) for k in PAPER_METRICS] + ["--"])
    rows.append([PAPER_ROW] + [fmt(k, paper.MAIN[k]) for k in PAPER_METRICS] + ["--"])
    return rows


def baseline_rows(ev: dict) -> list[list[str]]:
    """The paper's baselines beside ours (test AE), with our model for reference."""
    systems = ev["systems"]
    rows = [[paper_name, fmt("AE", ae), ours,
             fmt("AE", systems[ours]["test"]["AE"]) if ours in systems else "--"]
            for paper_name, ae, ours in ((k, v, BASELINE_PAIRS[k])
                                         for k, v in paper.BASELINES_AE.items())]
    rows += [["--", "--", label(name), fmt("AE", sets["test"]["AE"])]
             for name, sets in systems.items()
             if name not in BASELINE_PAIRS.values()]
    return rows


def ood_rows(ood: dict) -> list[list[str]]:
    rows = [[label(name)] + [fmt("AE", sets[s]["AE"]) for s in OOD_SETS]
            for name, sets in ood["systems"].items()]
    if "floor_AE" in ood:
        rows.append(["floor: the region centre of the words"]
                    + [fmt("AE", ood["floor_AE"][s]) for s in OOD_SETS])
    rows.append([PAPER_ROW] + [fmt("AE", paper.OOD_AE[s]) for s in OOD_SETS])
    return rows


def paired_verdict(diff: dict) -> str:
    """``better`` / ``worse`` when the 95% interval of (ours - rival) excludes 0, else ``tie``."""
    lo, hi = diff["ci95"]
    return "better" if hi < 0 else "worse" if lo > 0 else "tie"


def paired_rows(ood: dict) -> list[list[str]]:
    def cell(d: dict) -> str:
        lo, hi = d["ci95"]
        return f"{d['mean']:+.2f} [{lo:+.2f}, {hi:+.2f}] {paired_verdict(d)}"

    return [[f"{MAIN_SYSTEM} - {rival}"] + [cell(by_set[s]) for s in OOD_SETS]
            for rival, by_set in ood["paired_vs"].items()]


def mean_sd(metric: str, cell: dict) -> str:
    return f"{fmt(metric, cell['mean'])} ± {fmt(metric, cell['sd'])}"


def paired_to_full(ab: dict, row: str) -> dict:
    """Test AE of ``row`` minus the full row's, seed by seed: ``{"mean", "sd"}`` (degrees)."""
    d = np.subtract(ab["rows"][row]["AE"]["per_seed"], ab["rows"]["full"]["AE"]["per_seed"])
    return {"mean": float(d.mean()), "sd": float(d.std(ddof=1)) if len(d) > 1 else 0.0}


def ablation_rows(ab: dict) -> list[list[str]]:
    rows = []
    for name, m in ab["rows"].items():
        theirs = paper.ABLATION_AE.get(name)
        ood = ab.get("ood", {}).get(name, {})
        diff = paired_to_full(ab, name) if name != "full" and "full" in ab["rows"] else None
        rows.append([name, mean_sd("AE", m["AE"]),
                     f"{diff['mean']:+.1f} ± {diff['sd']:.1f}" if diff else "--",
                     mean_sd("dlog", m["dlog"]), mean_sd("gain", m["gain"])]
                    + [mean_sd("AE", ood[s]) if s in ood else "--" for s in OOD_SETS]
                    + [fmt("AE", theirs) if theirs is not None else "--"])
    return rows


def encoder_rows(enc: dict, ev: dict | None) -> list[list[str]]:
    rows = [[name, fmt_ci("AE", m), fmt("dlog", m["dlog"]), fmt("gain", m["gain"])]
            for name, m in enc["frozen_ridge_probe"].items()]
    if ev and MAIN_SYSTEM in ev["systems"]:
        m = ev["systems"][MAIN_SYSTEM]["test"]
        rows.append(["e5-small fine-tuned (t2sa full)", fmt("AE", m["AE"]), fmt("dlog", m["dlog"]),
                     fmt("gain", m["gain"])])
    rows += [[f"{name}: not obtainable offline", "--", "--", "--"] for name in enc["unavailable"]]
    return rows


def hrtf_rows(hr: dict) -> list[list[str]]:
    return [[f"render {r}"] + [fmt("AE", v) for v in row] for r, row in zip(hr["hrtfs"], hr["AE"])]


def _csv(header: list[str], rows: list[list[str]]) -> str:
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([header] + rows)
    return buf.getvalue()


def build_tables(root: Path) -> dict[str, str]:
    """Write every table whose results exist; return ``{name: markdown}``."""
    root = Path(root)
    out: dict[str, str] = {}
    specs = []
    ev = _read(root, "metrics_main.json")
    if ev:
        specs.append(("main_results", ["system", "AE (95% CI)", "dlog", "spread", "wet",
                                       "gain dB", "room dB", "front/back"], main_rows(ev),
                      "Test set (138 sentences, disjoint from training): our systems and the "
                      "paper's reported numbers."))
        specs.append(("baselines", ["paper baseline", "paper AE", "our system", "our AE"],
                      baseline_rows(ev), "Baselines: the paper's (its leaky split) beside ours "
                      "(disjoint test set). USE-multilingual stands in for SBERT MiniLM."))
    if (ood := _read(root, "ood_metrics.json")):
        specs.append(("ood", ["system"] + [f"{s} AE" for s in OOD_SETS], ood_rows(ood),
                      "Out-of-domain angular error (degrees)."))
        if "paired_vs" in ood:
            specs.append(("ood_paired", ["AE difference"] + list(OOD_SETS), paired_rows(ood),
                          "Out-of-domain: our model's angular error minus each baseline's, "
                          "sentence by sentence (degrees; negative is better), with a 95% "
                          "interval from a bootstrap over phrase clusters (language and "
                          "direction region); tie: the interval holds 0."))
    if (ab := _read(root, "ablation.json")):
        specs.append(("ablation", ["configuration", "AE", "AE - full", "dlog", "gain dB"]
                      + [f"{s} AE" for s in OOD_SETS] + ["paper AE"],
                      ablation_rows(ab), f"Ablation on the test set and the out-of-domain "
                      f"sets, mean ± sd over seeds {ab['seeds']} (schedule: {ab['schedule']}); "
                      "AE - full: the row's test AE minus the full row's of the same seed."))
    if (enc := _read(root, "encoders.json")):
        specs.append(("encoders", ["encoder", "AE (95% CI)", "dlog", "gain dB"],
                      encoder_rows(enc, ev), "Encoder bake-off: every offline encoder frozen "
                      "under one ridge probe, and the fine-tuned e5-small."))
    specs += _benchmark_specs(root)
    if (hr := _read(root, "hrtf_robustness.json")):
        specs.append(("hrtf", ["render \\ listener"] + [f"{h}" for h in hr["hrtfs"]],
                      hrtf_rows(hr), "Perceived azimuth error (degrees) of binaural renders "
                      "of test predictions, by render HRTF and listener HRTF."))
    for name, header, rows, caption in specs:
        atomic_write_text(root / "results" / "tables" / f"table_{name}.tex",
                          latex_table(header, rows, caption))
        out[name] = markdown_table(header, rows)
        if name == "main_results":
            atomic_write_text(root / "results" / "tables" / "table_main_results.csv",
                              _csv(header, rows))
    summary = "\n\n".join(f"### {k}\n\n{v}" for k, v in out.items())
    atomic_write_text(root / "results" / "summary.md", summary + "\n")
    return out


# ------------------------------------------------------------------ natural benchmark, scenes
NATURAL_SYSTEMS = ("t2sa (full)", "t2sa without language layer", "keyword rules",
                   "zero-shot prototypes (e5-small)")
NATURAL_ATTRS = ("az_deg", "el_deg", "dist_m", "spread_deg", "wet_mix", "drr_db", "gain_db",
                 "motion")


def _pct(x) -> str:
    return "–" if x is None or x != x else f"{100 * x:.0f}%"


def natural_rows(nat: dict, half: str = "test") -> list[list[str]]:
    """One row per system: hit rate overall, azimuth error to region, per attribute."""
    rows = []
    for name in NATURAL_SYSTEMS:
        sc = nat[half]["systems"].get(name)
        if not sc:
            continue
        lo, hi = sc["overall"]["ci95"]
        rows.append([label(name), f"{_pct(sc['overall']['hit_rate'])} [{_pct(lo)}, {_pct(hi)}]",
                     f"{sc['az_error_deg']['mean']:.1f}"]
                    + [_pct(sc["attributes"].get(a, {}).get("hit_rate")) for a in NATURAL_ATTRS])
    return rows


def natural_paired_rows(nat: dict, half: str = "test") -> list[list[str]]:
    """Full model minus each rival per tag and language (hit-rate points, verdict)."""
    rows = []
    for rival, d in nat[half]["paired"].items():
        cells = {**d["tags"], **{f"lang {k}": v for k, v in d["langs"].items()}}
        for key, v in [("all", d["overall"])] + sorted(cells.items()):
            lo, hi = v["ci95"]
            rows.append([f"t2sa - {rival}", key, f"{100 * v['mean']:+.1f}",
                         f"[{100 * lo:+.1f}, {100 * hi:+.1f}]", paired_verdict_higher(v)])
    return rows


def paired_verdict_higher(diff: dict) -> str:
    """'better' / 'worse' / 'tie' for a difference where higher is better."""
    lo, hi = diff["ci95"]
    return "better" if lo > 0 else "worse" if hi < 0 else "tie"


def natural_half_rows(nat: dict) -> list[list[str]]:
    """Hit rate on every half, network alone and with the language layer."""
    rows = []
    for half in HALVES:
        if half not in nat:
            continue
        systems = nat[half]["systems"]
        rows.append([half, str(nat[half]["n"])] + [
            _pct(systems[name]["overall"]["hit_rate"]) if name in systems else "--"
            for name in ("t2sa without language layer", MAIN_SYSTEM)])
    return rows


def scene_rows(sc: dict) -> list[list[str]]:
    rows = []
    for half in HALVES:
        if half not in sc:
            continue
        for name in ("scene", "clause split"):
            o = sc[half][name]["overall"]
            rows.append([half, name, str(sc[half]["n"]),
                         f"{_pct(o['count_right'])} [{_pct(o['count_ci95'][0])}, "
                         f"{_pct(o['count_ci95'][1])}]",
                         f"{_pct(o['attribute_hit_rate'])} [{_pct(o['attribute_ci95'][0])}, "
                         f"{_pct(o['attribute_ci95'][1])}]"])
    return rows


def _benchmark_specs(root: Path) -> list:
    specs = []
    if (nat := _read(root, "natural_benchmark.json")) and "test" in nat:
        header = ["system", "hit rate (95% CI)", "az err °"] + list(NATURAL_ATTRS)
        specs.append(("natural", header, natural_rows(nat),
                      f"Natural benchmark, test half ({nat['test']['n']} hand-written "
                      f"descriptions): share of stated attributes inside their region."))
        specs.append(("natural_paired", ["comparison", "tag", "points", "95% CI", "verdict"],
                      natural_paired_rows(nat), "Natural benchmark, test half: the full model's "
                      "per-item hit rate minus each rival's, by tag and language; cluster "
                      "bootstrap."))
    if (sc := _read(root, "scene_benchmark.json")):
        specs.append(("scenes", ["half", "system", "n", "sources right", "attributes hit"],
                      scene_rows(sc), "Scene benchmark: number of sources right and per-source "
                      "attribute hit rate, with cluster-bootstrap 95% intervals."))
    return specs


def _save(fig, root: Path, name: str) -> Path:
    """Save ``figures/<name>.png`` and ``.pdf``; return the PNG's path."""
    from .plotting import save_figure

    return save_figure(fig, Path(root) / "figures" / name)


def _grouped_bars(groups: list[str], series: dict[str, list[float]], title: str, size,
                  floor: list[float] | None = None, label_values: bool = False):
    """One bar per system within each group; AE in degrees.

    The legend sits outside the axes so that no bar hides behind it. ``floor``
    draws each group's floor as a dashed line across its bars; ``label_values``
    prints each bar's value above it, so a bar of height 0 reads as 0, not as missing.
    """
    import matplotlib.pyplot as plt
    import numpy as np

    fig, ax = plt.subplots(figsize=size)
    w = 0.8 / max(1, len(series))
    x = np.arange(len(groups))
    for i, (name, values) in enumerate(series.items()):
        bars = ax.bar(x + i * w, values, w, label=label(name))
        if label_values:
            ax.bar_label(bars, fmt="%.1f", fontsize=5, padding=1)
    if floor is not None:
        for g, f in zip(x, floor):
            ax.hlines(f, g - w / 2, g + 0.8 - w / 2, colors="k", linestyles="--", linewidth=1,
                      label="floor (region centre)" if g == 0 else None)
    ax.set_xticks(x + 0.4 - w / 2, groups, rotation=20)
    ax.set_ylabel("AE (deg)")
    ax.set_title(title)
    ax.legend(fontsize=6, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return fig


def _polar_sectors(ev: dict):
    """Test AE per true sector on a compass (front up, right to the right)."""
    import matplotlib.pyplot as plt
    import numpy as np

    fig = plt.figure(figsize=(5, 5))
    ax = fig.add_subplot(projection="polar")
    ax.set_theta_zero_location("N")
    ax.set_theta_direction(-1)          # clockwise: +90 deg (right) to the right
    theta = np.radians(np.arange(8) * 45.0)
    for name in (MAIN_SYSTEM, "keyword rules", "ridge probe (e5-small)"):
        if name not in ev["systems"]:
            continue
        by = ev["systems"][name]["test"].get("by_sector", {})
        r = [by.get(s, {}).get("AE", np.nan) for s in SECTORS]
        ax.plot(np.append(theta, theta[0]), r + r[:1], marker="o", label=label(name))
    ax.set_xticks(theta, SECTORS, fontsize=7)
    ax.set_title("test AE (deg) by true sector")
    ax.legend(fontsize=7, loc="lower left", bbox_to_anchor=(-0.1, -0.15))
    return fig


def _confusion(ev: dict):
    import matplotlib.pyplot as plt
    import numpy as np

    m = np.array(ev["systems"][MAIN_SYSTEM]["test"]["sector_confusion"])
    fig, ax = plt.subplots(figsize=(5, 4.4))
    im = ax.imshow(m, cmap="Blues")
    ax.set_xticks(range(8), SECTORS, rotation=45, fontsize=7)
    ax.set_yticks(range(8), SECTORS, fontsize=7)
    ax.set(xlabel="predicted sector", ylabel="true sector",
           title=f"{label(MAIN_SYSTEM)}: sector confusion (test)")
    for (i, j), v in np.ndenumerate(m):
        if v:
            ax.text(j, i, str(v), ha="center", va="center", fontsize=7,
                    color="w" if v > m.max() / 2 else "k")
    fig.colorbar(im, label="test sentences")
    return fig


def build_figures(root: Path) -> list[Path]:
    """Draw every figure whose results exist; return the PNG paths (PDFs beside them)."""
    import matplotlib.pyplot as plt
    import numpy as np

    root = Path(root)
    paths = []
    if (hist := _read(root, "train_history.json")):
        fig, (a, b) = plt.subplots(1, 2, figsize=(9, 3.2))
        for name, rows in hist.items():
            if name == "provenance":
                continue
            ep = [r["epoch"] for r in rows]
            a.plot(ep, [r["AE"] for r in rows], marker=".", label=label(name))
            b.plot(ep, [r["gain"] for r in rows], marker=".", label=label(name))
        a.set(xlabel="epoch", ylabel="validation AE (deg), without KNN",
              title="azimuth (network alone; KNN is fitted after training)")
        b.set(xlabel="epoch", ylabel="validation gain MAE (dB)", title="gain")
        a.legend(fontsize=7)
        paths.append(_save(fig, root, "training_curves"))
    if (ev := _read(root, "metrics_main.json")):
        series = {name: [sets["test"].get("by_sector", {}).get(s, {}).get("AE", np.nan)
                         for s in SECTORS] for name, sets in ev["systems"].items()}
        fig = _grouped_bars(list(SECTORS), series, "test-set angular error by true sector",
                            (9, 3.4))
        paths.append(_save(fig, root, "ae_by_sector"))
        paths.append(_save(_polar_sectors(ev), root, "ae_by_sector_polar"))
        if MAIN_SYSTEM in ev["systems"]:
            paths.append(_save(_confusion(ev), root, "sector_confusion"))
    if (ood := _read(root, "ood_metrics.json")):
        series = {name: [sets[s]["AE"] for s in OOD_SETS] for name, sets in ood["systems"].items()}
        floor = [ood["floor_AE"][s] for s in OOD_SETS] if "floor_AE" in ood else None
        title = "out-of-domain angular error (paper, its own sets: " + " / ".join(
            str(paper.OOD_AE[s]) for s in OOD_SETS) + ")"
        fig = _grouped_bars(list(OOD_SETS), series, title, (9, 3.4), floor, label_values=True)
        paths.append(_save(fig, root, "ood_ae"))
    if (ab := _read(root, "ablation.json")):
        names = list(ab["rows"])
        fig, ax = plt.subplots(figsize=(max(8.0, 0.6 * len(names)), 3.6))
        ax.bar(names, [ab["rows"][n]["AE"]["mean"] for n in names],
               yerr=[ab["rows"][n]["AE"]["sd"] for n in names], capsize=3)
        if "full" in ab["rows"]:
            ax.axhline(ab["rows"]["full"]["AE"]["mean"], color="0.4", ls="--", lw=1,
                       label="full (mean)")
            ax.legend(loc="upper left", frameon=False)
        ax.set_ylabel("test AE (deg)")
        plt.setp(ax.get_xticklabels(), rotation=40, ha="right")
        ax.set_title(f"ablation: mean ± sd over {len(ab['seeds'])} seeds")
        paths.append(_save(fig, root, "ablation"))
    if (hr := _read(root, "hrtf_robustness.json")):
        fig, ax = plt.subplots(figsize=(4.6, 3.8))
        m = np.array(hr["AE"])
        im = ax.imshow(m, cmap="viridis")
        ax.set_xticks(range(len(hr["hrtfs"])), hr["hrtfs"], rotation=30)
        ax.set_yticks(range(len(hr["hrtfs"])), hr["hrtfs"])
        ax.set_xlabel("listener HRTF (localisation model)")
        ax.set_ylabel("render HRTF")
        for (i, j), v in np.ndenumerate(m):
            ax.text(j, i, f"{v:.0f}", ha="center", va="center", color="w", fontsize=8)
        fig.colorbar(im, label="perceived AE (deg)")
        paths.append(_save(fig, root, "hrtf_robustness"))
    return paths


# ------------------------------------------------------------------ REPORT.md
NOT_LIKE_FOR_LIKE = """\
The paper's numbers are not like-for-like with ours, so no table subtracts one from the
other. Read from its public repository
(paiiek/text2hoa; nothing copied): its v4 dataset (1092/136/138 records) holds only 309
distinct sentences and **every test sentence also occurs in training**; azimuth is stored
as start/end pairs taking **four values over all 1,366 records, unrelated to the left/right
words** in the text. Its published renderer uses parametric ITD/ILD instead of HRTF
convolution, FOA gains that are neither SN3D nor N3D, and peak normalisation that erases
gain and distance cues. We measure on honest labels with disjoint splits (no test sentence
in training), HRTF convolution and AmbiX SN3D, with no normalisation. The paper's CIPIC
HRTF set cannot be obtained offline; KEMAR, KU100 and two SONICOM subjects replace it."""

REASONS = {
    "AE": "labels follow the words, test disjoint from training; ours near the ambiguity floor",
    "dlog": "distance words map to bands; the floor is set by band width",
    "spread": "spread follows width words",
    "wet": "wet mix follows reverberation words",
    "gain": "gain words are vaguer than direction words (floor shown)",
    "room": "DRR follows room words",
}



def _line(label_: str, theirs, ours, metric: str, reason: str) -> list[str]:
    return [label_, fmt(metric, theirs), fmt(metric, ours), reason]


REPORT_HEADER = ["quantity", "paper (its split)", "ours (our split)", "what differs"]


def _main_section(ev: dict) -> list[str]:
    m = ev["systems"][MAIN_SYSTEM]["test"]
    floor = ev.get("ambiguity_floor") or {}
    rows = [_line(f"test {k}", paper.MAIN[k], m[k], k,
                  REASONS[k] + (f"; floor {fmt(k, floor[k])}" if k in floor else ""))
            for k in PAPER_METRICS]
    out = ["## Main results (test set)\n",
           "Ours is the default checkpoint (`models/t2sa_default.pt`); the paper's recipes "
           "run by our trainer are rows of their own in `table_main_results`.\n",
           markdown_table(REPORT_HEADER, rows) + "\n"]
    rows = [_line(f"{p} AE", ae, ev["systems"].get(o, {}).get("test", {}).get("AE"), "AE",
                  f"ours: {o}") for p, ae in paper.BASELINES_AE.items()
            for o in [BASELINE_PAIRS[p]]]
    return out + ["## Baselines (test AE)\n", markdown_table(REPORT_HEADER, rows) + "\n"]


def _additions_section(paired: dict) -> list[str]:
    """What the default adds to the paper's recipe, and what the sum of it measures."""
    from .model.config import OUR_ADDITIONS

    lines = [f"- `{k}`: {what} (the paper's recipe: `{v}`)"
             for k, (v, what) in OUR_ADDITIONS.items()]
    lines += ["- the numeric parser: exact quantities in the text override the network "
              "(inference only)"]
    out = ["## What our default adds to the paper's recipe\n",
           "The `paper` preset of `t2sa_lib.model.config` is the default with each of these "
           "switched off, trained by our trainer on the paper's 16 epochs.\n",
           "\n".join(lines) + "\n"]
    if paired:
        diffs = [f"{name}: {d['test']['mean']:+.2f}° [{d['test']['ci95'][0]:+.2f}, "
                 f"{d['test']['ci95'][1]:+.2f}], {paired_verdict(d['test'])}"
                 for name, d in paired.items()]
        out.append("Test AE, ours minus each recipe, paired sentence by sentence with a 95% "
                   "interval over phrase clusters (together, not one addition at a time; the "
                   "ablation below turns single switches off): " + "; ".join(diffs) + ".\n")
    return out


def _schedule(schedule) -> str:
    """``{"epochs": 5, ...}`` -> ``5 epochs (coarse_epochs 1, ...)``; a string as it is."""
    if not isinstance(schedule, dict):
        return str(schedule)
    rest = ", ".join(f"{k} {v}" for k, v in schedule.items() if k != "epochs")
    return f"{schedule.get('epochs', '?')} epochs" + (f" ({rest})" if rest else "")


def _ablation_section(ab: dict) -> list[str]:
    def what(r: str) -> str:
        text = f"mean ± sd {mean_sd('AE', ab['rows'][r]['AE'])} over seeds {ab['seeds']}"
        if r == "full" or "full" not in ab["rows"]:
            return text
        d = paired_to_full(ab, r)
        return text + f"; minus full, seed by seed, {d['mean']:+.1f} ± {d['sd']:.1f}"

    rows = [_line(f"{r} AE", paper.ABLATION_AE.get(r), ab["rows"][r]["AE"]["mean"], "AE", what(r))
            for r in ab["rows"]]
    return ["## Ablation (test AE)\n",
            f"Our rows train on a short schedule ({_schedule(ab['schedule'])}), the paper's on "
            "its full "
            "one: compare our rows with each other, not with the paper's column.\n",
            markdown_table(REPORT_HEADER, rows) + "\n"]


def _ood_section(ood: dict) -> list[str]:
    o = ood["systems"][MAIN_SYSTEM]
    kw = ood["systems"].get("keyword rules", {})
    vs_kw = ood.get("paired_vs", {}).get("keyword rules", {})
    floor = ood.get("floor_AE", {})

    def why(s: str) -> str:
        text = f"keyword rules {fmt('AE', kw.get(s, {}).get('AE'))}"
        if s in vs_kw:
            d = vs_kw[s]
            text += (f" (ours - rules {d['mean']:+.2f}, 95% CI [{d['ci95'][0]:+.2f}, "
                     f"{d['ci95'][1]:+.2f}]: {paired_verdict(d)})")
        return text + (f"; floor {fmt('AE', floor[s])}" if s in floor else "")

    rows = [_line(f"OOD {s} AE", paper.OOD_AE[s], o[s]["AE"], "AE", why(s)) for s in OOD_SETS]
    no_parser = ood["systems"].get("t2sa without numeric parser")
    if no_parser:
        rows.insert(1, _line("OOD numeric AE, without the numeric parser", paper.OOD_AE["numeric"],
                             no_parser["numeric"]["AE"], "AE", "the network alone"))
    return ["## Out of domain (AE)\n",
            "Held-out wordings of ours against the paper's own OOD sets. A difference counts as "
            "a win only when its paired 95% interval excludes 0.\n",
            markdown_table(REPORT_HEADER, rows) + "\n"]


def _language_section(root: Path) -> list[str]:
    out = []
    if (nat := _read(root, "natural_benchmark.json")) and "test" in nat:
        header = ["system", "hit rate (95% CI)", "az err °"] + list(NATURAL_ATTRS)
        out += ["## The natural benchmark (no paper counterpart)\n",
                "Hand-written descriptions, labelled from their words; the test half was "
                "written after the language layer was tuned on the dev halves.\n",
                markdown_table(header, natural_rows(nat)) + "\n",
                "Every half (the dev halves chose the layer's rules, each written after the "
                f"ones before it had been tuned on; {', '.join(BLIND_HALVES)} and test only "
                "score them):\n",
                markdown_table(["half", "n", "network alone", "with the layer"],
                               natural_half_rows(nat)) + "\n"]
    if (sc := _read(root, "scene_benchmark.json")):
        out += ["## Scenes (no paper counterpart)\n",
                markdown_table(["half", "system", "n", "sources right", "attributes hit"],
                               scene_rows(sc)) + "\n"]
    return out


def _hrtf_section(hr: dict) -> list[str]:
    import numpy as np

    m = np.array(hr["AE"])
    rows = [["perceived AE, matched HRTFs (mean of diagonal)", "~33 (CIPIC, KEMAR)",
             fmt("AE", float(np.mean(np.diag(m)))),
             "CIPIC not obtainable; localisation model, not listeners"],
            ["perceived AE, mismatched HRTFs (mean off-diagonal)", "--",
             fmt("AE", float(m[~np.eye(len(m), dtype=bool)].mean())), "non-individual listening"]]
    return ["## HRTF robustness\n", markdown_table(REPORT_HEADER, rows) + "\n"]


def _speed_section(root: Path) -> list[str]:
    def on(bench: dict) -> str:
        return f"; {read_provenance(bench)['machine']}"

    speed = []
    if (tr := _read(root, "bench_train.json")):
        speed.append(["training", "4 h on 2 GPUs", f"{tr.get('wall_seconds', '--')} s on a "
                      f"2-core CPU", f"{tr.get('epochs', '--')} epochs{on(tr)}"])
    if (bi := _read(root, "bench_infer.json")):
        speed.append(["inference per sentence", "~50 ms (GPU)",
                      f"{bi['ms_per_sentence_batch1_median']} ms (CPU)", f"one sentence{on(bi)}"])
    if (br := _read(root, "bench_render.json")):
        bin_rt = [o["realtime_factor"] for o in br["offline"]
                  if o["render"].startswith("binaural") and o["case"] != "pass-by"]
        speed.append(["static binaural render, x real time", "0.5-1",
                      f"{min(bin_rt):g}-{max(bin_rt):g}", f"one core, 60 s at 48 kHz{on(br)}"])
    if (ra := _read(root, "bench_run_all.json")):
        speed.append([_run_all_what(ra), "--",
                      f"{ra.get('total_seconds', 0) / 60:.1f} min", f"2-core CPU{on(ra)}"])
    return ["## Speed\n", markdown_table(REPORT_HEADER, speed) + "\n"] if speed else []


def _provenance_section(root: Path) -> list[str]:
    rows = []
    for path in sorted((Path(root) / "results").glob("*.json")):
        if path.name == "pipeline_state.json":
            continue
        prov = read_provenance(json.loads(path.read_text(encoding="utf-8")))
        rows.append([path.name, prov["git_commit"][:10], prov["machine"], prov["date"]])
    return ["## Where each result file comes from\n",
            "Commit, machine and date as each file records them; `unknown` where a file "
            "written before these fields existed does not say.\n",
            markdown_table(["file", "commit", "machine", "date"], rows) + "\n"]


def build_report(root: Path) -> Path:
    """Write ``results/REPORT.md``: every paper number beside ours, with reasons."""
    root = Path(root)
    parts = ["# t2sa: the paper's numbers beside ours\n",
             "Generated by `t2sa_lib.report.build_report` from `results/*.json` "
             "(notebook 07); never edited by hand.\n", "## Two different measurements\n",
             NOT_LIKE_FOR_LIKE + "\n"]
    if (ev := _read(root, "metrics_main.json")) and MAIN_SYSTEM in ev["systems"]:
        parts += _main_section(ev)
    parts += _additions_section((ev or {}).get("paired_ae", {}))
    if (ab := _read(root, "ablation.json")):
        parts += _ablation_section(ab)
    if (ood := _read(root, "ood_metrics.json")) and MAIN_SYSTEM in ood["systems"]:
        parts += _ood_section(ood)
    parts += _language_section(root)
    if (hr := _read(root, "hrtf_robustness.json")):
        parts += _hrtf_section(hr)
    parts += _speed_section(root)
    enc = _read(root, "encoders.json")
    missing = enc["unavailable"] if enc else list(UNAVAILABLE_ENCODERS)
    parts += ["## Not obtainable here\n", "Encoders: " + ", ".join(missing)
              + ". HRTF: CIPIC. Substitutes are named in each table.\n"]
    parts += _provenance_section(root)
    path = root / "results" / "REPORT.md"
    atomic_write_text(path, "\n".join(parts))
    return path


# ------------------------------------------------------------------ README headline table
README_BEGIN, README_END = "<!-- results:begin -->", "<!-- results:end -->"
#: The README's test-set rows: ours, the paper's recipes run by our trainer, two baselines.
README_SYSTEMS = (MAIN_SYSTEM, "t2sa without KNN", "paper recipe", "stable baseline recipe",
                  "E5 alignment recipe", "keyword rules", "ridge probe (tfidf-char)")
#: The README's out-of-domain rows.
README_OOD_SYSTEMS = (MAIN_SYSTEM, "t2sa without language layer", "t2sa without numeric parser",
                      "keyword rules")


def speed_rows(root: Path) -> list[list[str]]:
    """Measured speed beside its target, from ``results/bench_*.json`` (benchmarks/)."""
    rows = []
    if (bi := _read(root, "bench_infer.json")):
        rows.append(["inference: one sentence, ms (float32) / batches of 256, per s",
                     f"{bi['ms_per_sentence_batch1_median']:g} "
                     f"({bi.get('ms_per_sentence_batch1_median_float32', '--')}) / "
                     f"{bi['sentences_per_second_batch256']:g}",
                     f"{bi['targets']['ms_per_sentence_batch1']:g} / "
                     f"{bi['targets']['sentences_per_second_batch256']:g}"])
    if (br := _read(root, "bench_render.json")) and "measured" in br:
        m, t = br["measured"], br["targets"]
        keys = ("render_command_vs_oaconvolve", "render_in_process_vs_oaconvolve")
        rows.append(["render 600 s binaural, x oaconvolve: command / in-process",
                     " / ".join(f"{m[k]:g}" for k in keys), " / ".join(f"{t[k]:g}" for k in keys)])
        keys = ("hoa3_plus_binaural_decode_x_realtime", "moving_hoa3_x_realtime",
                "wide_wet_binaural_x_realtime")
        rows.append(["x real time: HOA3 + decode / moving HOA3 / wide wet binaural",
                     " / ".join(f"{m[k]:g}" for k in keys), " / ".join(f"{t[k]:g}" for k in keys)])
    if (bs := _read(root, "bench_scene.json")):
        rows.append(["x real time: 4-source 10 s binaural scene", f"{bs['render_x_realtime']:g}",
                     f"{bs['target_x_realtime']:g}"])
    if (bc := _read(root, "bench_corpus.json")) and "after" in bc:
        a, t = bc["after"], bc["target"]
        rows.append(["corpus: clips/s on one worker / speedup with two",
                     f"{a['1_worker']['clips_per_second']:g} / {a['speedup_2_workers']:g}",
                     f"{t['clips_per_second_1_worker']:g} / {t['speedup_2_workers']:g}"])
    if (ra := _read(root, "bench_run_all.json")):
        rows.append([f"{_run_all_what(ra)}, min", f"{ra['total_seconds'] / 60:.0f}", "40"])
    return rows


def _run_all_what(ra: dict) -> str:
    """The name of the full run's row, with the trainings its cache held when it began:
    a fresh clone holds none and trains them all."""
    kept = ra.get("trainings_kept_before_run")
    return "full reproduction (run_all.sh)" + (f", {kept} trainings cached" if kept else "")


def readme_results(root: Path) -> str:
    """The README's headline tables (test set and out of domain), from ``results/*.json``."""
    root = Path(root)
    parts = []
    if (ev := _read(root, "metrics_main.json")):
        rows = [r for r in main_rows({**ev, "systems": {k: v for k, v in ev["systems"].items()
                                                        if k in README_SYSTEMS}})]
        header = ["test set (138 sentences)", "AE ° (95% CI)", "dlog", "spread °", "wet",
                  "gain dB", "room dB", "front/back"]
        parts.append(markdown_table(header, rows))
    if (ood := _read(root, "ood_metrics.json")):
        rows = ood_rows({**ood, "systems": {k: v for k, v in ood["systems"].items()
                                            if k in README_OOD_SYSTEMS}})
        parts.append(markdown_table(["out of domain, AE °"] + list(OOD_SETS), rows))
    if (nat := _read(root, "natural_benchmark.json")) and "test" in nat:
        header = [f"natural test half ({nat['test']['n']})", "hit rate (95% CI)", "az err °"] + \
            list(NATURAL_ATTRS)
        parts.append(markdown_table(header, natural_rows(nat)))
        if (dom := nat.get("in_domain_test")) and len(dom) == 2:
            (a, ma), (b, mb) = dom.items()
            parts.append(f"In-domain test set, AE with and without the language layer: "
                         f"{label(a)} {fmt('AE', ma['AE'])}, {label(b)} {fmt('AE', mb['AE'])}.")
    if (sc := _read(root, "scene_benchmark.json")):
        parts.append(markdown_table(["scenes", "system", "n", "sources right", "attributes hit"],
                                    [r for r in scene_rows(sc) if r[0] == "test"]))
    if (speed := speed_rows(root)):
        parts.append(markdown_table(["speed, this 2-core CPU (benchmarks/)", "measured", "target"],
                                    speed))
    return "\n\n".join(parts)


def write_readme_results(root: Path | None = None, readme: Path | None = None) -> Path:
    """Replace the README's text between :data:`README_BEGIN` and :data:`README_END`."""
    from .paths import ROOT

    root = Path(root) if root is not None else ROOT
    readme = Path(readme) if readme is not None else ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(README_BEGIN, 1)
    _, tail = rest.split(README_END, 1)
    atomic_write_text(readme, f"{head}{README_BEGIN}\n{readme_results(root)}\n{README_END}{tail}")
    return readme
