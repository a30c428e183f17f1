"""``t2sa train``: train a text-to-parameters model from JSONL splits into one checkpoint."""
from __future__ import annotations

from pathlib import Path

from ..data.generator import split_filename
from ..paths import DATA


def add_arguments(parser) -> None:
    from .config import PRESETS

    parser.add_argument("--config", default="full", choices=list(PRESETS),
                        help="training recipe (ablations and the paper's simpler recipes)")
    parser.add_argument("--epochs", type=int, default=None, help="default: the config's")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--train", type=Path, default=DATA / split_filename("train"))
    parser.add_argument("--valid", type=Path, default=DATA / split_filename("valid"))
    parser.add_argument("--load", type=Path, default=None,
                        help="start from this checkpoint (fine-tune on your own JSONL)")
    parser.add_argument("--device", default=None, help="cpu or cuda (default: cuda if present)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--out", type=Path, required=True, help="checkpoint to write (atomic)")


def run(args) -> int:
    from ..files import read_records
    from .config import get_config
    from .train import train

    overrides = {}
    if args.epochs is not None:
        if args.epochs < 1:
            raise ValueError(f"--epochs must be at least 1, got {args.epochs}")
        overrides["epochs"] = args.epochs
    cfg = get_config(args.config, **overrides)
    result = train(cfg, read_records(args.train), read_records(args.valid), seed=args.seed,
                   device=args.device, load=args.load, out=args.out,
                   progress=not args.no_progress)
    print(f"wrote {args.out} (best epoch {result.best_epoch}, {result.seconds:.0f} s)")
    return 0
