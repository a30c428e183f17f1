"""The documents generated from the code are current."""
import runpy

from t2sa_lib.paths import ROOT


def test_package_map_lists_every_module_as_the_code_says():
    module = runpy.run_path(str(ROOT / "docs" / "package_map.py"))
    committed = (ROOT / "docs" / "package_map.md").read_text(encoding="utf-8")
    assert committed == module["package_map"](), "run .venv/bin/python docs/package_map.py"
    assert all(f"`{p.relative_to(ROOT).as_posix()}`" in committed for p in (ROOT / "t2sa_lib").rglob("*.py"))
