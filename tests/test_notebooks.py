"""Papermill smoke run of every notebook, in order, into a temporary output root.

This is the same chain ``./run_all.sh --smoke`` runs (plus 08_listen); nothing
under the repository's results/, figures/, data/ or models/ is touched.
"""
import pytest

from t2sa_lib import pipeline
from t2sa_lib.paths import NOTEBOOKS

pytestmark = pytest.mark.notebooks


def test_every_notebook_runs_in_smoke_mode(tmp_path):
    names = [n for n in (*pipeline.CHAIN, pipeline.LISTEN) if (NOTEBOOKS / f"{n}.ipynb").exists()]
    assert names, "no notebooks found"
    assert pipeline.main(["--smoke", "--listen", "--out", str(tmp_path), "--force"]) == 0
    for name in names:
        executed = tmp_path / "results" / "notebooks" / f"{name}.ipynb"
        assert executed.exists(), name
        assert '"output_type": "error"' not in executed.read_text(encoding="utf-8")


def test_committed_notebooks_are_output_free():
    for nb in sorted(NOTEBOOKS.glob("*.ipynb")):
        assert '"output_type"' not in nb.read_text(encoding="utf-8"), nb.name
