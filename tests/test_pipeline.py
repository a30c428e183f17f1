import json

import nbformat
import pytest

from t2sa_lib import pipeline


def make_notebook(path, body):
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell("smoke = False\nseed = 0\nout_dir = None")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(body)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)


@pytest.fixture
def fake_chain(tmp_path, monkeypatch):
    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    make_notebook(nbdir / "01_a.ipynb", "import pathlib\n"
                  "pathlib.Path(out_dir, 'a.txt').write_text(str(seed))")
    make_notebook(nbdir / "02_b.ipynb", "raise ValueError('broken on purpose')")
    monkeypatch.setattr(pipeline, "NOTEBOOKS", nbdir)
    return tmp_path


def test_chain_runs_then_skips_unchanged_and_reruns_with_force(fake_chain):
    out = fake_chain / "out"
    out.mkdir()
    lines = []
    pipeline.run_chain(["01_a"], smoke=True, seed=7, out_root=out, force=False, log=lines.append)
    assert (out / "a.txt").read_text() == "7"
    assert (out / "results" / "notebooks" / "01_a.ipynb").exists()
    report = pipeline.run_chain(["01_a"], True, 7, out, False, log=lines.append)
    assert report["01_a"]["status"] == "skipped"
    assert pipeline.run_chain(["01_a"], True, 7, out, True, log=lines.append)["01_a"]["status"] == "ran"
    assert pipeline.run_chain(["01_a"], True, 8, out, False, log=lines.append)["01_a"]["status"] == "ran"
    assert json.loads((out / "results" / "pipeline_state.json").read_text())["01_a"]


def test_the_report_step_reruns_when_a_result_file_changes(fake_chain, monkeypatch):
    monkeypatch.setattr(pipeline, "REPORT_STEP", "01_a")
    out = fake_chain / "out"
    (out / "results").mkdir(parents=True)
    bench = out / "results" / "bench_x.json"
    bench.write_text('{"ms": 15.2}')
    run = lambda: pipeline.run_chain(["01_a"], True, 0, out, False, log=lambda s: None)["01_a"]
    assert run()["status"] == "ran"
    assert run()["status"] == "skipped"     # its own state file is no input
    bench.write_text('{"ms": 13.7}')
    assert run()["status"] == "ran"


def test_a_full_run_reports_its_own_total(fake_chain, monkeypatch):
    """The report step runs again after a full run has written bench_run_all.json."""
    make_notebook(fake_chain / "notebooks" / "09_report.ipynb", "import pathlib\n"
                  "bench = pathlib.Path(out_dir, 'results', 'bench_run_all.json')\n"
                  "pathlib.Path(out_dir, 'seen.txt').write_text(bench.read_text() if bench.exists() else '')")
    monkeypatch.setattr(pipeline, "CHAIN", ("09_report",))
    monkeypatch.setattr(pipeline, "REPORT_STEP", "09_report")
    out = fake_chain / "out"
    assert pipeline.main(["--out", str(out)]) == 0
    assert (out / "seen.txt").read_text() == (out / "results" / "bench_run_all.json").read_text()


def test_failure_names_notebook_and_error_and_keeps_no_executed_copy(fake_chain):
    out = fake_chain / "out"
    out.mkdir()
    with pytest.raises(RuntimeError, match=r"02_b.ipynb failed in cell .*ValueError: broken on purpose"):
        pipeline.run_chain(["01_a", "02_b"], True, 0, out, False, log=lambda s: None)
    assert (out / "results" / "notebooks" / "01_a.ipynb").exists()
    assert not (out / "results" / "notebooks" / "02_b.ipynb").exists()


def test_only_a_run_of_the_whole_chain_counts_as_a_full_run():
    ran = {name: {"status": "ran", "seconds": 1.0} for name in pipeline.CHAIN}
    assert pipeline.is_full_run(ran)
    assert not pipeline.is_full_run({"07_figures": {"status": "ran", "seconds": 3.7}})
    assert not pipeline.is_full_run(dict(ran, **{"03_eval": {"status": "skipped"}}))
