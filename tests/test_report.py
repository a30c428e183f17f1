import json

from t2sa_lib.report import build_figures, build_tables, latex_table


def _metrics(ae):
    return {"n": 2, "AE": ae, "GCE": ae, "dlog": 0.2, "spread": 5.0, "wet": 0.05, "gain": 1.0,
            "room": 1.5, "front_back": 0.0, "motion_acc": 1.0, "ci95": {"AE": [ae - 1, ae + 1]},
            "by_sector": {"front": {"n": 1, "AE": ae}}}


def test_tables_and_figures_come_from_results_json(tmp_path):
    res = tmp_path / "results"
    res.mkdir()
    (res / "eval_test.json").write_text(json.dumps(
        {"systems": {"t2sa (full)": {"test": _metrics(12.5)},
                     "keyword rules": {"test": _metrics(40.0)}}}))
    (res / "eval_ood.json").write_text(json.dumps(
        {"systems": {"t2sa (full)": {s: _metrics(20.0) for s in
                                     ("numeric", "long", "metaphorical", "paraphrased")}}}))
    (res / "ablation.json").write_text(json.dumps({"rows": {"full": _metrics(12.5),
                                                            "no_knn": _metrics(14.0)}}))
    (res / "hrtf_robustness.json").write_text(json.dumps(
        {"hrtfs": ["kemar", "ku100"], "AE": [[10, 20], [21, 11]], "n": 2}))
    (res / "train_history.json").write_text(json.dumps(
        {"full": [{"epoch": 1, "AE": 30, "gain": 4}, {"epoch": 2, "AE": 20, "gain": 3}]}))
    tables = build_tables(tmp_path)
    assert set(tables) == {"main", "ood", "ablation", "hrtf"}
    assert "12.5 [11.5, 13.5]" in tables["main"] and "33.2" in tables["main"]  # paper row
    assert ">90" in tables["ood"] and "37.5" in tables["ablation"]
    tex = (res / "tables" / "main.tex").read_text()
    assert tex.count(r"\\") >= 4 and r"\toprule" in tex
    assert "### main" in (res / "summary.md").read_text()
    names = {p.name for p in build_figures(tmp_path)}
    assert names == {"training_curves.png", "ae_by_sector.png", "ood_ae.png", "ablation.png",
                     "hrtf_robustness.png"}


def test_no_results_no_tables(tmp_path):
    assert build_tables(tmp_path) == {}
    assert build_figures(tmp_path) == []


def test_latex_escapes_underscores():
    assert r"no\_knn" in latex_table(["a"], [["no_knn"]], "cap_tion")
