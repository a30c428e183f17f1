"""``t2sa corpus``: build a text-described spatial-audio corpus; rerun to resume."""
from __future__ import annotations

from pathlib import Path


def add_arguments(parser) -> None:
    src = parser.add_mutually_exclusive_group(required=True)
    src.add_argument("--manifest", type=Path,
                     help="JSONL: sound (file or builtin:noise-burst|pink-noise|speech-like|"
                          "tone-chord), text and/or params, optional format, hrtf, seconds, id")
    src.add_argument("--generate", type=int, metavar="N",
                     help="draw N sentences from the dataset generator")
    parser.add_argument("--sounds", type=Path, help="folder of source sounds for --generate")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", default="binaural", help="binaural|stereo|foa|hoa3")
    parser.add_argument("--hrtf", default="kemar")
    parser.add_argument("--seconds", type=float, default=4.0, help="clip length")
    parser.add_argument("--sr", type=int, default=48000)
    parser.add_argument("--wav", action="store_true", help="WAV (float32) instead of FLAC")
    parser.add_argument("--workers", type=int, default=None, help="local processes (all cores)")
    parser.add_argument("--scheduler", default=None,
                        help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    parser.add_argument("--ckpt", type=Path, default=None)
    parser.add_argument("--chunk", type=int, default=32, help="items per task")


def run(args) -> int:
    from .build import build_corpus, items_from_generator, items_from_manifest

    if args.seconds <= 0 or args.seconds > 600:
        raise ValueError(f"--seconds must be in (0, 600], got {args.seconds}")
    if args.workers is not None and args.workers < 1:
        raise ValueError(f"--workers must be at least 1, got {args.workers}")
    if args.manifest:
        items = items_from_manifest(args.manifest, args.seed, args.format, args.hrtf, args.seconds)
    else:
        if not args.sounds:
            raise ValueError("--generate needs --sounds FOLDER")
        items = items_from_generator(args.generate, args.sounds, args.seed, args.format,
                                     args.hrtf, args.seconds)
    summary = build_corpus(items, args.out, args.sr, args.workers, args.scheduler, args.ckpt,
                           ".wav" if args.wav else ".flac", args.chunk)
    if summary["failed"]:
        print(f"error: {summary['failed']} item(s) failed; see {args.out / 'failures'}")
        return 1
    return 0
