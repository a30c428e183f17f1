"""Tables and figures from ``results/*.json`` only (notebook 07).

Nothing here runs a model: every number is read from the JSON the experiment
notebooks wrote, so the report can be rebuilt in seconds and always agrees
with them. Outputs: ``results/tables/*.tex`` (LaTeX, booktabs),
``results/summary.md`` (the tables the README quotes) and ``figures/*.png``.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

from .experiments import PAPER, PAPER_ABLATION_AE, PAPER_BASELINES_AE, PAPER_OOD_AE
from .io import atomic_write_text

MAIN_METRICS = ("AE", "dlog", "spread", "wet", "gain", "room")
OOD_SETS = ("numeric", "long", "metaphorical", "paraphrased")
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


def main_rows(ev: dict) -> list[list[str]]:
    """Test-set rows: each system's metrics (95% CI on AE), then the paper's."""
    rows = []
    for name, sets in ev["systems"].items():
        m = sets["test"]
        rows.append([name, fmt_ci("AE", m)] + [fmt(k, m[k]) for k in MAIN_METRICS[1:]]
                    + [fmt("front_back", m["front_back"])])
    rows.append(["paper (own v4 split; not like-for-like)"]
                + [fmt(k, PAPER[k]) for k in MAIN_METRICS] + ["--"])
    for name, ae in PAPER_BASELINES_AE.items():
        rows.append([f"paper: {name}", fmt("AE", ae)] + ["--"] * (len(MAIN_METRICS)))
    return rows


def ood_rows(ood: dict) -> list[list[str]]:
    rows = [[name] + [fmt("AE", sets[s]["AE"]) for s in OOD_SETS]
            for name, sets in ood["systems"].items()]
    rows.append(["paper"] + [fmt("AE", PAPER_OOD_AE[s]) for s in OOD_SETS])
    return rows


def ablation_rows(ab: dict) -> list[list[str]]:
    rows = []
    for name, m in ab["rows"].items():
        paper = PAPER_ABLATION_AE.get(name)
        rows.append([name, fmt_ci("AE", m), fmt("dlog", m["dlog"]), fmt("gain", m["gain"]),
                     fmt("AE", paper) if paper is not None else "--"])
    return rows


def hrtf_rows(hr: dict) -> list[list[str]]:
    return [[f"render {r}"] + [fmt("AE", v) for v in row] for r, row in zip(hr["hrtfs"], hr["AE"])]


def build_tables(root: Path) -> dict[str, str]:
    """Write every table whose results exist; return ``{name: markdown}``."""
    root = Path(root)
    out: dict[str, str] = {}
    specs = []
    if (ev := _read(root, "eval_test.json")):
        specs.append(("main", ["system", "AE (95% CI)", "dlog", "spread", "wet", "gain dB",
                               "room dB", "front/back"], main_rows(ev),
                      "Test set (138 sentences, disjoint from training): our systems and the "
                      "paper's reported numbers."))
    if (ood := _read(root, "eval_ood.json")):
        specs.append(("ood", ["system"] + [f"{s} AE" for s in OOD_SETS], ood_rows(ood),
                      "Out-of-domain angular error (degrees)."))
    if (ab := _read(root, "ablation.json")):
        specs.append(("ablation", ["configuration", "AE (95% CI)", "dlog", "gain dB",
                                   "paper AE"], ablation_rows(ab),
                      "Ablation on the test set (one component off at a time)."))
    if (hr := _read(root, "hrtf_robustness.json")):
        specs.append(("hrtf", ["render \\ listener"] + [f"{h}" for h in hr["hrtfs"]],
                      hrtf_rows(hr), "Perceived azimuth error (degrees) of binaural renders "
                      "of test predictions, by render HRTF and listener HRTF."))
    for name, header, rows, caption in specs:
        atomic_write_text(root / "results" / "tables" / f"{name}.tex",
                          latex_table(header, rows, caption))
        out[name] = markdown_table(header, rows)
    summary = "\n\n".join(f"### {k}\n\n{v}" for k, v in out.items())
    atomic_write_text(root / "results" / "summary.md", summary + "\n")
    return out


def _save(fig, root: Path, name: str) -> Path:
    import matplotlib.pyplot as plt

    path = Path(root) / "figures" / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part.png")
    fig.savefig(tmp, dpi=130, bbox_inches="tight")
    tmp.replace(path)
    plt.close(fig)
    return path


def _grouped_bars(groups: list[str], series: dict[str, list[float]], title: str, size):
    """One bar per system within each group; AE in degrees."""
    import matplotlib.pyplot as plt
    import numpy as np

    fig, ax = plt.subplots(figsize=size)
    w = 0.8 / max(1, len(series))
    for i, (name, values) in enumerate(series.items()):
        ax.bar(np.arange(len(groups)) + i * w, values, w, label=name)
    ax.set_xticks(np.arange(len(groups)) + 0.4 - w / 2, groups, rotation=20)
    ax.set_ylabel("AE (deg)")
    ax.set_title(title)
    ax.legend(fontsize=6, ncol=2)
    return fig


def build_figures(root: Path) -> list[Path]:
    """Draw every figure whose results exist; return their paths."""
    import matplotlib.pyplot as plt
    import numpy as np

    root = Path(root)
    paths = []
    if (hist := _read(root, "train_history.json")):
        fig, (a, b) = plt.subplots(1, 2, figsize=(9, 3.2))
        for name, rows in hist.items():
            ep = [r["epoch"] for r in rows]
            a.plot(ep, [r["AE"] for r in rows], marker=".", label=name)
            b.plot(ep, [r["gain"] for r in rows], marker=".", label=name)
        a.set(xlabel="epoch", ylabel="validation AE (deg)", title="azimuth")
        b.set(xlabel="epoch", ylabel="validation gain MAE (dB)", title="gain")
        a.legend(fontsize=7)
        paths.append(_save(fig, root, "training_curves"))
    if (ev := _read(root, "eval_test.json")):
        sectors = ["front", "front-right", "right", "back-right", "back", "back-left", "left",
                   "front-left"]
        series = {name: [sets["test"].get("by_sector", {}).get(s, {}).get("AE", np.nan)
                         for s in sectors] for name, sets in ev["systems"].items()}
        fig = _grouped_bars(sectors, series, "test-set angular error by true sector", (9, 3.4))
        paths.append(_save(fig, root, "ae_by_sector"))
    if (ood := _read(root, "eval_ood.json")):
        series = {name: [sets[s]["AE"] for s in OOD_SETS] for name, sets in ood["systems"].items()}
        fig = _grouped_bars(list(OOD_SETS), series, "out-of-domain angular error (paper: 19.9 "
                            "/ >90 / >90 / >90)", (8, 3.2))
        paths.append(_save(fig, root, "ood_ae"))
    if (ab := _read(root, "ablation.json")):
        fig, ax = plt.subplots(figsize=(8, 3.2))
        names = list(ab["rows"])
        vals = [ab["rows"][n]["AE"] for n in names]
        errs = np.array([[ab["rows"][n]["AE"] - ab["rows"][n]["ci95"]["AE"][0],
                          ab["rows"][n]["ci95"]["AE"][1] - ab["rows"][n]["AE"]]
                         if ab["rows"][n].get("ci95") else [0.0, 0.0] for n in names]).T
        ax.bar(names, vals, yerr=errs, capsize=3)
        ax.set_ylabel("test AE (deg)")
        ax.tick_params(axis="x", rotation=30)
        ax.set_title("ablation (95% bootstrap CI)")
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
