"""``t2sa corpus``: build a text-described spatial-audio corpus; rerun to resume."""
from __future__ import annotations

import sys
from pathlib import Path

from ..cliargs import SECONDS, SEED, SR, int_in, nonempty_str

#: Formats of the renderer (kept here so ``--help`` does not import numpy and scipy).
FORMAT_CHOICES = ("binaural", "stereo", "foa", "hoa3")


def add_arguments(parser) -> None:
    src = parser.add_mutually_exclusive_group(required=True)
    src.add_argument("--manifest", type=Path,
                     help="JSONL: sound (file or builtin:noise-burst|pink-noise|speech-like|"
                          "tone-chord), text and/or params, optional format, hrtf, seconds, id")
    src.add_argument("--generate", type=int_in(1, 1_000_000), metavar="N",
                     help="draw N sentences from the dataset generator (1..1000000)")
    parser.add_argument("--sounds", type=Path, help="folder of source sounds for --generate")
    parser.add_argument("--out", type=Path, required=True, help="corpus folder")
    parser.add_argument("--seed", type=SEED, default=0, help="0..2**32-1")
    parser.add_argument("--format", default="binaural", choices=FORMAT_CHOICES,
                        help="default format of items that name none")
    parser.add_argument("--hrtf", type=nonempty_str, default="kemar")
    parser.add_argument("--seconds", type=SECONDS, default=4.0, help="clip length, (0, 600] s")
    parser.add_argument("--sr", type=SR, default=48000, help="sample rate, 8000..192000 Hz")
    parser.add_argument("--wav", action="store_true", help="WAV (float32) instead of FLAC")
    parser.add_argument("--workers", type=int_in(1, 512), default=None,
                        help="local processes, 1..512 (default: all cores)")
    parser.add_argument("--scheduler", type=nonempty_str, default=None,
                        help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    parser.add_argument("--ckpt", type=Path, default=None)
    parser.add_argument("--tail-bank", type=int_in(0, 4096), default=8, metavar="K",
                        help="room-tail noises shared per format/HRTF/rate in a worker, the "
                             "clip's seed picking one (faster; 0 = each clip its own tail)")
    parser.add_argument("--chunk", type=int_in(1, 100_000), default=32,
                        help="items per task, 1..100000")


def run(args) -> int:
    from .build import build_corpus, items_from_generator, items_from_manifest

    if args.out.exists() and not args.out.is_dir():
        raise NotADirectoryError(f"{args.out}: --out must be a folder, and this is a file")
    if args.manifest:
        items = items_from_manifest(args.manifest, args.seed, args.format, args.hrtf, args.seconds)
    else:
        if not args.sounds:
            raise ValueError("--generate needs --sounds FOLDER")
        items = items_from_generator(args.generate, args.sounds, args.seed, args.format,
                                     args.hrtf, args.seconds)
    summary = build_corpus(items, args.out, args.sr, args.workers, args.scheduler, args.ckpt,
                           ".wav" if args.wav else ".flac", args.chunk,
                           tail_bank=args.tail_bank)
    if summary["failed"]:
        print(f"error: {summary['failed']} item(s) failed; see {args.out / 'failures'}",
              file=sys.stderr)
        return 1
    return 0
