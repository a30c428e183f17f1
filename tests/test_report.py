import json

from t2sa_lib.metrics import METRICS
from t2sa_lib.paths import ROOT
from t2sa_lib.report import (README_BEGIN, README_END, build_figures, build_report, build_tables,
                             latex_table, readme_results, speed_rows, write_readme_results)


def _metrics(ae):
    conf = [[0] * 8 for _ in range(8)]
    conf[0][0], conf[2][2] = 3, 2
    return {"n": 2, "AE": ae, "GCE": ae, "dlog": 0.2, "spread": 5.0, "wet": 0.05, "gain": 1.0,
            "room": 1.5, "front_back": 0.0, "motion_acc": 1.0, "ci95": {"AE": [ae - 1, ae + 1]},
            "by_sector": {"front": {"n": 1, "AE": ae}}, "sector_confusion": conf}


def _ms(mean, sd):
    return {"mean": mean, "sd": sd, "per_seed": [mean - sd, mean, mean + sd]}


def _write_results(root):
    res = root / "results"
    res.mkdir()
    (res / "metrics_main.json").write_text(json.dumps(
        {"systems": {"t2sa (full)": {"test": _metrics(12.5)},
                     "keyword rules": {"test": _metrics(40.0)},
                     "ridge probe (e5-small)": {"test": _metrics(30.0)}},
         "ambiguity_floor": {"AE": 8.1, "gain": 1.3}}))
    ood_sets = ("numeric", "long", "metaphorical", "paraphrased")
    (res / "ood_metrics.json").write_text(json.dumps(
        {"systems": {"t2sa (full)": {s: _metrics(20.0) for s in ood_sets},
                     "keyword rules": {s: _metrics(20.1) for s in ood_sets}},
         "paired_vs": {"keyword rules": {
             s: {"mean": -0.1, "ci95": [-0.6, 0.4] if s != "long" else [-0.3, -0.01]}
             for s in ood_sets}},
         "floor_AE": {s: 8.5 for s in ood_sets}}))
    metrics = METRICS
    (res / "ablation.json").write_text(json.dumps(
        {"rows": {"full": {m: _ms(12.5, 0.5) for m in metrics},
                  "no_knn": {m: _ms(14.0, 0.7) for m in metrics},
                  "no_anchor": {m: {"mean": 13.0, "sd": 1.0, "per_seed": [12.0, 13.0, 14.0]}
                                for m in metrics}},
         "ood": {"full": {s: _ms(21.5, 1.5) for s in ("numeric", "long", "metaphorical",
                                                     "paraphrased")}},
         "seeds": [0, 1, 2], "schedule": {"epochs": 6}}))
    (res / "encoders.json").write_text(json.dumps(
        {"frozen_ridge_probe": {"e5-small": _metrics(22.0)}, "unavailable": ["gte"]}))
    (res / "hrtf_robustness.json").write_text(json.dumps(
        {"hrtfs": ["kemar", "ku100"], "AE": [[10, 20], [21, 11]], "n": 2}))
    (res / "train_history.json").write_text(json.dumps(
        {"full": [{"epoch": 1, "AE": 30, "gain": 4}, {"epoch": 2, "AE": 20, "gain": 3}],
         "provenance": {"seed": 0}}))
    return res


def test_tables_and_figures_come_from_results_json(tmp_path):
    res = _write_results(tmp_path)
    tables = build_tables(tmp_path)
    assert set(tables) == {"main_results", "baselines", "ood", "ood_paired", "ablation",
                           "encoders", "hrtf"}
    assert "12.5 [11.5, 13.5]" in tables["main_results"] and "33.2" in tables["main_results"]
    assert "71.0" in tables["baselines"] and "40.0" in tables["baselines"]
    assert ">90" in tables["ood"] and "37.5" in tables["ablation"]
    assert "| floor: the region centre of the words | 8.5 | 8.5 | 8.5 | 8.5 |" in tables["ood"]
    assert ("| t2sa (full) - keyword rules | -0.10 [-0.60, +0.40] tie | "
            "-0.10 [-0.30, -0.01] better |") in tables["ood_paired"]
    assert "14.0 ± 0.7" in tables["ablation"] and "not obtainable" in tables["encoders"]
    assert "metaphorical AE" in tables["ablation"] and "21.5 ± 1.5" in tables["ablation"]
    # seed by seed against the full row's 12.0, 12.5, 13.0: +0.0, +0.5, +1.0
    assert "| no_anchor | 13.0 ± 1.0 | +0.5 ± 0.5 |" in tables["ablation"]
    tex = (res / "tables" / "table_main_results.tex").read_text()
    assert tex.count(r"\\") >= 4 and r"\toprule" in tex
    assert (res / "tables" / "table_main_results.csv").read_text().startswith("system,AE")
    for name in ("baselines", "ood", "ablation", "hrtf", "encoders"):
        assert (res / "tables" / f"table_{name}.tex").exists()
    assert "### main_results" in (res / "summary.md").read_text()
    names = {p.name for p in build_figures(tmp_path)}
    assert names == {"training_curves.png", "ae_by_sector.png", "ae_by_sector_polar.png",
                     "sector_confusion.png", "ood_ae.png", "ablation.png",
                     "hrtf_robustness.png"}
    assert all((tmp_path / "figures" / n.replace(".png", ".pdf")).exists() for n in names)


def test_report_puts_paper_numbers_beside_ours(tmp_path):
    _write_results(tmp_path)
    text = build_report(tmp_path).read_text()
    assert "every test sentence also occurs in training" in text
    assert text.count("not like-for-like") == 1
    # the splits differ everywhere, so no difference is printed
    assert "| test AE | 33.2 | 12.5 | labels follow the words" in text
    assert "ours - paper" not in text and "-20.7" not in text
    assert "floor 8.1" in text and "CIPIC" in text
    assert "| no_knn AE | 37.5 | 14.0 | mean ± sd 14.0 ± 0.7" in text
    assert "short schedule (6 epochs)" in text
    assert "`anchor`: a pull toward the frozen encoder" in text
    assert ("keyword rules 20.1 (ours - rules -0.10, 95% CI [-0.60, +0.40]: tie); floor 8.5"
            in text)


def test_report_names_the_machine_of_each_benchmark(tmp_path):
    res = _write_results(tmp_path)
    (res / "bench_infer.json").write_text(json.dumps(
        {"ms_per_sentence_batch1_median": 13.7, "machine": {"cpu_model": "Xeon X"}}))
    (res / "bench_train.json").write_text(json.dumps({"wall_seconds": 452, "epochs": 24}))
    text = build_report(tmp_path).read_text()
    assert "| inference per sentence | ~50 ms (GPU) | 13.7 ms (CPU) | one sentence; Xeon X |" in text
    assert "| 24 epochs; unknown |" in text          # no machine recorded: none invented


def test_report_names_commit_machine_and_date_of_every_result(tmp_path):
    res = _write_results(tmp_path)
    (res / "encoders.json").write_text(json.dumps(
        {"frozen_ridge_probe": {}, "unavailable": [], "provenance": {
            "git_commit": "abcdef1234567", "machine": {"cpu_model": "Xeon Y"},
            "date": "2026-12-03T23:00:00+00:00"}}))
    text = build_report(tmp_path).read_text()
    assert "| encoders.json | abcdef1234 | Xeon Y | 2026-12-03T23:00:00+00:00 |" in text
    assert "| metrics_main.json | unknown | unknown | unknown |" in text


def test_readme_results_table_is_generated_from_results():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    between = readme.split(README_BEGIN, 1)[1].split(README_END, 1)[0]
    assert between.strip() == readme_results(ROOT).strip(), \
        "README results differ from results/*.json: run report.write_readme_results()"


def test_write_readme_results_replaces_only_the_marked_block(tmp_path):
    _write_results(tmp_path)
    readme = tmp_path / "README.md"
    readme.write_text(f"# title\n\n{README_BEGIN}\nold\n{README_END}\n\nrest\n")
    write_readme_results(tmp_path, readme)
    text = readme.read_text()
    assert text.startswith("# title\n\n") and text.endswith(f"{README_END}\n\nrest\n")
    assert "old" not in text and "| t2sa, ours (default checkpoint) | 12.5 [11.5, 13.5] |" in text
    assert "| paper, as published (its own split) | 33.2 |" in text


def test_no_results_no_tables(tmp_path):
    assert build_tables(tmp_path) == {}
    assert build_figures(tmp_path) == []


def test_latex_escapes_underscores():
    assert r"no\_knn" in latex_table(["a"], [["no_knn"]], "cap_tion")


def test_speed_rows_put_each_benchmark_beside_its_target(tmp_path):
    res = tmp_path / "results"
    res.mkdir()
    (res / "bench_infer.json").write_text(json.dumps(
        {"ms_per_sentence_batch1_median": 9.9, "ms_per_sentence_batch1_median_float32": 13.6,
         "sentences_per_second_batch256": 216.1,
         "targets": {"ms_per_sentence_batch1": 15, "sentences_per_second_batch256": 300}}))
    (res / "bench_corpus.json").write_text(json.dumps(
        {"after": {"1_worker": {"clips_per_second": 37.5}, "speedup_2_workers": 1.63},
         "target": {"clips_per_second_1_worker": 60, "speedup_2_workers": 1.9}}))
    (res / "bench_run_all.json").write_text(json.dumps(
        {"total_seconds": 601.3, "trainings_kept_before_run": 30}))
    rows = speed_rows(tmp_path)
    assert rows[0][1:] == ["9.9 (13.6) / 216.1", "15 / 300"]
    assert rows[1][1:] == ["37.5 / 1.63", "60 / 1.9"]
    assert rows[2] == ["full reproduction (run_all.sh), 30 trainings cached, min", "10", "40"]
    assert "| speed, this 2-core CPU (benchmarks/) | measured | target |" in readme_results(tmp_path)
