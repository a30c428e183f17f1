"""Papermill smoke run of every notebook, in order, into a temporary output root.

This is the same chain ``./run_all.sh --smoke`` runs (plus 08_listen); nothing
under the repository's results/, figures/, data/ or models/ is touched.
"""
import pytest

from t2sa_lib import pipeline
from t2sa_lib.paths import NOTEBOOKS

pytestmark = pytest.mark.notebooks


@pytest.mark.slow
def test_every_notebook_runs_in_smoke_mode(tmp_path):
    names = [n for n in (*pipeline.CHAIN, pipeline.LISTEN) if (NOTEBOOKS / f"{n}.ipynb").exists()]
    assert names, "no notebooks found"
    assert pipeline.main(["--smoke", "--listen", "--out", str(tmp_path), "--force"]) == 0
    for name in names:
        executed = tmp_path / "results" / "notebooks" / f"{name}.ipynb"
        assert executed.exists(), name
        assert '"output_type": "error"' not in executed.read_text(encoding="utf-8")
    import json

    res = tmp_path / "results"
    for name in ("dataset_stats", "train_history", "metrics_main", "ood_metrics",
                 "hrtf_robustness", "ablation", "encoders"):
        prov = json.loads((res / f"{name}.json").read_text())["provenance"]
        assert prov["smoke"] is True and prov["seed"] == 0 and prov["git_commit"], name
    ablation = json.loads((res / "ablation.json").read_text())
    assert len(ablation["seeds"]) == 2 and len(ablation["rows"]["full"]["AE"]["per_seed"]) == 2
    assert len(ablation["ood"]["no_knn"]["metaphorical"]["per_seed"]) == 2
    # The parser makes stated numbers exact; without it the network guesses them.
    numeric = {r: ablation["ood"][r]["numeric"]["mean"] for r in ("full", "no_numeric_parser")}
    assert numeric["no_numeric_parser"] > numeric["full"] + 1.0, numeric
    ood = json.loads((res / "ood_metrics.json").read_text())
    assert set(ood["paired_vs"]) == {"keyword rules", "zero-shot prototypes (e5-small)"}
    assert set(ood["floor_AE"]) == set(ood["paired_vs"]["keyword rules"]) == set(
        ood["systems"]["t2sa (full)"])
    for table in ("main_results", "baselines", "ood", "ablation", "encoders", "hrtf"):
        assert (res / "tables" / f"table_{table}.tex").exists(), table
    assert "not like-for-like" in (res / "REPORT.md").read_text()
    assert (tmp_path / "figures" / "sector_confusion.pdf").exists()
    # A forced rerun of the training step takes every training from the cache, history too.
    def without_provenance(name):
        return {k: v for k, v in json.loads((res / name).read_text()).items()
                if k != "provenance"}

    history = without_provenance("train_history.json")
    assert pipeline.main(["--smoke", "--out", str(tmp_path), "--force", "--only", "02"]) == 0
    assert without_provenance("train_history.json") == history
    summary = without_provenance("train_summary.json")
    assert all(row["from_cache"] for row in summary.values()), summary


def test_committed_notebooks_are_output_free():
    for nb in sorted(NOTEBOOKS.glob("*.ipynb")):
        assert '"output_type"' not in nb.read_text(encoding="utf-8"), nb.name
