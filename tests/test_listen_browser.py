"""The listening notebook as a person sees it: JupyterLab in headless Chromium.

Skipped where Debian's chromium is not installed (``apt-get install chromium``).
"""
import json
import shutil
import subprocess
import sys

import pytest

from t2sa_lib.paths import NOTEBOOKS, ROOT

pytestmark = pytest.mark.skipif(shutil.which("chromium") is None,
                                reason="chromium is not installed")


def test_listen_notebook_runs_in_jupyterlab_and_draws_its_widgets(tmp_path):
    shot = tmp_path / "listen.png"
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshot_notebook.py"),
                          str(NOTEBOOKS / "08_listen.ipynb"), str(shot), "--timeout", "300"],
                         capture_output=True, text=True, timeout=420)
    assert out.returncode == 0, out.stderr[-2000:]
    state = json.loads(out.stdout.strip().splitlines()[-1])
    assert state["errors"] == 0 and state["run"] == state["code_cells"] >= 3
    assert state["widgets"] >= 10 and state["audio"] >= 2      # the app and the gallery
    assert state["scene_tables"] == 1                           # the scene mode's sources
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
    assert '"output_type"' not in (NOTEBOOKS / "08_listen.ipynb").read_text()
