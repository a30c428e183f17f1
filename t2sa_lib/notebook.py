"""What every notebook starts with: ``nb = start(smoke, seed, out_dir)``.

A notebook's ``parameters`` cell sets ``smoke``, ``seed`` and ``out_dir``
(papermill overrides them); :func:`start` turns them into a :class:`Notebook`
that knows where outputs go, which settings apply (:mod:`t2sa_lib.eval.settings`)
and how to write a result and show a table or a figure.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .eval.settings import Settings, settings
from .paths import ROOT


@dataclass(frozen=True)
class Notebook:
    """One notebook run: its output root, seed and settings."""

    out: Path
    seed: int
    settings: Settings

    @property
    def smoke(self) -> bool:
        return self.settings.smoke

    def write(self, name: str, payload: dict, config: dict | None = None) -> Path:
        """``results/<name>`` with its provenance (:func:`~t2sa_lib.eval.experiments.write_result`)."""
        from .eval.experiments import write_result

        return write_result(self.out, name, payload, self.seed, self.smoke, config)

    def read(self, name: str) -> dict:
        """``results/<name>`` as written by an earlier notebook."""
        import json

        return json.loads((self.out / "results" / name).read_text(encoding="utf-8"))

    def show(self, *figures: str) -> None:
        """Display ``figures/<name>.png`` for each name."""
        from IPython.display import Image, display

        for name in figures:
            display(Image(filename=str(self.out / "figures" / f"{name}.png")))

    def markdown(self, *texts: str) -> None:
        """Display each text (a table from :mod:`t2sa_lib.report`, a line) as Markdown."""
        from IPython.display import Markdown, display

        for text in texts:
            display(Markdown(text))


def start(smoke: bool = False, seed: int = 0, out_dir=None) -> Notebook:
    """The notebook's run: figures off screen (Agg), outputs under ``out_dir`` or the repository."""
    import matplotlib

    matplotlib.use("Agg")
    return Notebook(Path(out_dir) if out_dir else ROOT, seed, settings(smoke))
