"""Write the paper preset and the OOD sets to a folder; read a split back."""
from __future__ import annotations

from pathlib import Path

from ..files import read_records, write_jsonl
from ..paths import DATA
from .augment import augment
from .generator import paper_splits, split_filename
from .ood import build_ood_sets, ood_filename


def write_dataset(out: Path = DATA, seed: int = 0, ko_mult: int = 1, en_mult: int = 1,
                  room_mode: str = "drr", multiplier: int = 1, ood: bool = True) -> dict:
    """Generate and atomically write the splits (and OOD sets); return them by name.

    ``multiplier`` > 1 augments the *training* split only (label-preserving
    rewrites); valid and test stay as generated.
    """
    out = Path(out)
    splits = paper_splits(seed, ko_mult, en_mult, room_mode)
    if multiplier > 1:
        splits["train"] = augment(splits["train"], multiplier, seed)
    written = {}
    for name, recs in splits.items():
        write_jsonl(out / split_filename(name), recs)
        written[name] = recs
    if ood:
        for name, recs in build_ood_sets(seed).items():
            write_jsonl(out / ood_filename(name), recs)
            written["ood_" + name] = recs
    return written


def load_split(name: str, folder: Path = DATA) -> list[dict]:
    """Read ``train``/``valid``/``test`` or an OOD set (``ood_numeric`` ...), validated."""
    fname = (ood_filename(name[4:]) if name.startswith("ood_") else split_filename(name))
    return read_records(Path(folder) / fname)
