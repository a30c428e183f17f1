"""The library's source text: no stray control characters.

A regular expression edited through a non-raw string turns "\\b" into a backspace,
which silently stops a pattern from matching; no source file needs one.
"""
import re

import pytest

from t2sa_lib.paths import ROOT

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@pytest.mark.parametrize("path", sorted((ROOT / "t2sa_lib").rglob("*.py")), ids=lambda p: p.name)
def test_no_control_characters_in_the_source(path):
    text = path.read_text(encoding="utf-8")
    found = [(text.count("\n", 0, m.start()) + 1, repr(m.group())) for m in _CONTROL.finditer(text)]
    assert not found, f"{path.relative_to(ROOT)}: control characters at (line, char) {found}"
