"""``t2sa data``: generate the dataset (paper preset), OOD sets, and coverage report."""
from __future__ import annotations

import json
from pathlib import Path

from ..paths import DATA


def add_arguments(parser) -> None:
    parser.add_argument("--preset", choices=["paper"], default="paper",
                        help="paper: 1092/136/138 records, stratified, disjoint sentences")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--ko_mult", type=int, default=1, help="Korean sentences per spec")
    parser.add_argument("--en_mult", type=int, default=1, help="English sentences per spec")
    parser.add_argument("--room_mode", choices=["drr", "independent"], default="drr",
                        help="drr: DRR follows wetness and distance")
    parser.add_argument("--multiplier", type=int, default=1,
                        help="label-preserving augmentation of the training split")
    parser.add_argument("--no-ood", dest="ood", action="store_false",
                        help="skip the out-of-domain sets")
    parser.add_argument("--coverage", action="store_true", help="print coverage gaps")
    parser.add_argument("--out", type=Path, default=DATA)


def run(args) -> int:
    from .coverage import ambiguity_floor, coverage_table
    from .write import write_dataset

    for name in ("ko_mult", "en_mult", "multiplier"):
        if getattr(args, name) < (0 if name != "multiplier" else 1):
            raise ValueError(f"--{name} must be non-negative (multiplier at least 1)")
    if args.ko_mult + args.en_mult == 0:
        raise ValueError("--ko_mult and --en_mult cannot both be 0")
    sets = write_dataset(args.out, args.seed, args.ko_mult, args.en_mult, args.room_mode,
                         args.multiplier, args.ood)
    summary = {name: len(recs) for name, recs in sets.items()}
    summary["floor_test"] = ambiguity_floor(sets["test"])
    if args.coverage:
        _, gaps = coverage_table(sets["train"])
        summary["coverage_gaps_train"] = gaps
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0
