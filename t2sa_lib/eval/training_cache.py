"""Trained checkpoints kept on disk, keyed by the content of everything a training reads.

Between two runs that change only inference (the language layer, a scorer, a report) a
training (notebook 02's recipes, each ablation row) sees the same configuration, records and
code, so its checkpoint and training record are taken from the cache instead of retrained. The key hashes the configuration,
the seed, the training and validation records, the encoder, the source files that decide
what a training produces (:data:`TRAINER_SOURCES`, as code: comments, docstrings and layout
do not count), the torch version, the CPU model and
the thread count: a training is deterministic for these on a CPU (see
:func:`~t2sa_lib.eval.experiments.run_ablation`). Delete the folder to retrain everything.
"""
from __future__ import annotations

import ast
import hashlib
import json
from pathlib import Path

from ..files import atomic_write_bytes, atomic_write_json

#: The package's modules and folders whose code decides what a training produces.
TRAINER_SOURCES = ("model", "data", "params.py", "angles.py", "metrics.py", "files.py")
#: Files inside those folders that no training reads: the hand-written benchmarks' loader
#: changes with every new half, which must not retrain the ablation.
NOT_TRAINER_SOURCES = ("data/natural.py",)
_PACKAGE = Path(__file__).resolve().parent.parent


def _source_files() -> list[Path]:
    out = []
    for name in TRAINER_SOURCES:
        path = _PACKAGE / name
        out += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [p for p in out if p.relative_to(_PACKAGE).as_posix() not in NOT_TRAINER_SOURCES]


def code_digest(text: str) -> str:
    """The code of a Python module as a string that ignores comments, docstrings and layout.

    Two sources with the same digest compile to the same program, so a training cannot
    tell them apart; editing documentation then keeps the cached checkpoints.
    """
    tree = ast.parse(text)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(body, list) and body and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)):
            node.body = body[1:] or [ast.Pass()]
    return ast.dump(tree)


def training_key(config, train: list[dict], valid: list[dict], seed: int) -> str:
    """A content hash (20 hex digits) of one training's inputs; ``config`` a ``TrainConfig``."""
    import torch

    from ..machine import cpu_model
    from ..model.encoder import encoder_fingerprint

    h = hashlib.sha256()
    for part in (json.dumps(config.to_dict(), sort_keys=True, default=str), str(seed),
                 json.dumps([train, valid], sort_keys=True, ensure_ascii=False),
                 encoder_fingerprint(), torch.__version__, str(torch.get_num_threads()),
                 cpu_model()):
        h.update(part.encode("utf-8") + b"\0")
    for path in _source_files():
        code = code_digest(path.read_text(encoding="utf-8"))
        h.update(f"{path.relative_to(_PACKAGE).as_posix()}\0{code}\0".encode())
    return h.hexdigest()[:20]


def fetch(cache: Path, key: str, out: Path) -> dict | None:
    """Copy the cached checkpoint ``key`` to ``out`` (atomically).

    Returns the training record kept with it (``{}`` when none was), or None when the cache
    holds no such checkpoint.
    """
    hit = Path(cache) / f"{key}.pt"
    if not hit.is_file():
        return None
    atomic_write_bytes(out, hit.read_bytes())
    record = hit.with_suffix(".json")
    return json.loads(record.read_text(encoding="utf-8")) if record.is_file() else {}


def store(cache: Path, key: str, checkpoint: Path, record: dict | None = None) -> Path:
    """Keep ``checkpoint`` in the cache under ``key`` (atomically), with its training record.

    ``record`` (JSON-serialisable: the per-epoch history, best epoch, final validation
    metrics and seconds of the training) is what a report needs besides the weights; it is
    written first, so a checkpoint found in the cache always has the record it was kept with.
    """
    if record is not None:
        atomic_write_json(Path(cache) / f"{key}.json", record)
    return atomic_write_bytes(Path(cache) / f"{key}.pt", Path(checkpoint).read_bytes())
