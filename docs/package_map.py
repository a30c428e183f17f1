"""Write ``docs/package_map.md``: every module of ``t2sa_lib`` with the opening
of its docstring, so the map cannot drift from the code (``tests/test_docs.py``
checks the committed file against it).

Run: .venv/bin/python docs/package_map.py
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "package_map.md"


def summary(path: Path) -> str:
    """A module's docstring opening on one line: its first sentence, and the next one
    too when the first is only a title ("Inference.")."""
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    words = re.sub(r":\w+:`~?(?:[\w.]+\.)?(\w+)`", r"`\1`", " ".join(doc.strip().split()))
    sentences = re.findall(r".+?[.:](?=\s|$)", words) or [words]
    out = sentences[0].rstrip(":.")
    if len(out) < 30 and len(sentences) > 1:
        out += ": " + sentences[1].strip().rstrip(":.")
    return out + "."


def package_map() -> str:
    """The map as markdown: one table row per module, in package order."""
    rows = ["# Package map", "",
            "One line per module of `t2sa_lib`, from its docstring "
            "(regenerate: `.venv/bin/python docs/package_map.py`).", "",
            "| module | what it is |", "|---|---|"]
    for path in sorted((ROOT / "t2sa_lib").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        rows.append(f"| `{name}` | {summary(path).replace('|', '/')} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    OUT.write_text(package_map(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
