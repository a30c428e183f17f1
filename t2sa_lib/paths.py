"""Where the repository keeps things. Everything is relative to the repo root.

``T2SA_CACHE`` overrides the cache folder (converted encoder, HRTF files).
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
MODELS = ROOT / "models"
RESULTS = ROOT / "results"
FIGURES = ROOT / "figures"
NOTEBOOKS = ROOT / "notebooks"


def cache_dir() -> Path:
    """The git-ignored cache for large generated artifacts (``.cache/`` by default)."""
    return Path(os.environ.get("T2SA_CACHE", ROOT / ".cache"))


def trainings_cache(root: Path = ROOT) -> Path:
    """The folder of trained checkpoints kept by content under an output ``root``
    (:mod:`~t2sa_lib.eval.training_cache`): a smoke run's stay with its outputs."""
    return Path(root) / ".cache" / "trainings"
