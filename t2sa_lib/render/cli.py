"""``t2sa render``: place a mono file at parameters given as text or JSON.

The file is rendered file to file in blocks (:class:`.stream.StreamRenderer`,
:mod:`.blockio`): memory stays a few blocks whatever the length, and the
samples equal :func:`~t2sa_lib.render.render` of the whole array. Everything
that can be checked is checked before rendering (output format, input and
output being one file, ``--fuma`` with a non-FOA format, the input file).
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path


def add_arguments(parser) -> None:
    from ..cliargs import SECONDS, SEED, SR
    from .filters import FORMATS
    from .hrtf import BUILTIN

    parser.add_argument("--input", type=Path, help="mono audio (WAV, FLAC, ...); not with --scene")
    parser.add_argument("--output", type=Path, required=True,
                        help=".wav (32-bit float) or .flac (24-bit), written atomically")
    src = parser.add_mutually_exclusive_group(required=True)
    src.add_argument("--text", help="describe the placement in Korean or English")
    src.add_argument("--params", type=Path, help="JSON file with one record of the schema")
    src.add_argument("--scene", type=Path,
                     help="scene JSON as written by `t2sa scene`: every source rendered and mixed")
    parser.add_argument("--sounds", type=Path, default=None,
                        help="with --scene: folder of recordings named after the labels (dog.wav); "
                             "other sources get a bundled stand-in chosen by label")
    parser.add_argument("--seconds", type=SECONDS, default=10.0,
                        help="with --scene: length of each stand-in sound, s (0 < s <= 600)")
    parser.add_argument("--format", default="binaural", choices=list(FORMATS))
    parser.add_argument("--hrtf", default="kemar",
                        help=f"{' | '.join(BUILTIN)} | FILE.sofa (binaural only)")
    parser.add_argument("--sr", type=SR, default=None,
                        help="resample the input to this rate (the input is then read whole)")
    parser.add_argument("--seed", type=SEED, default=0)
    parser.add_argument("--limit", action="store_true", help="soft-limit peaks above -1 dBFS")
    parser.add_argument("--near-field", action="store_true",
                        help="add the near-field interaural level cue (binaural, sources < ~1 m)")
    parser.add_argument("--no-tail", action="store_true", help="cut the output at the input length")
    parser.add_argument("--fuma", action="store_true",
                        help="write FOA as FuMa (W, X, Y, Z; W at -3 dB) instead of AmbiX")
    parser.add_argument("--ckpt", type=Path, default=None, help="model for --text")


def _check_args(args) -> tuple[int, int]:
    """Refuse what can be refused before any work; returns the input's (frames, rate)."""
    from ..cliargs import same_file
    from .blockio import audio_info, check_output_path
    from .filters import check_rate

    check_output_path(args.output)
    if same_file(args.input, args.output):
        raise ValueError(f"--input and --output are the same file ({args.output}); "
                         f"the render would replace its own input")
    if args.fuma and args.format != "foa":
        raise ValueError(f"--fuma applies to --format foa only, not {args.format}")
    frames, sr, _ = audio_info(args.input)
    if args.sr is not None:
        check_rate(args.sr)
    return frames, sr


def _stream(args, params, file_sr: int, frames: int):
    """The renderer for the input, and the input as mono float32 chunks of its size."""
    from ..files import read_audio
    from .blockio import read_mono_blocks
    from .filters import check_alloc
    from .stream import StreamRenderer

    def renderer(n, sr):
        return StreamRenderer(params, sr, n, args.format, args.hrtf, args.seed,
                              args.near_field, tail=not args.no_tail)

    if args.sr is None or args.sr == file_sr:
        stream = renderer(frames, file_sr)
        return stream, read_mono_blocks(args.input, stream.chunk)
    # Polyphase resampling here works on the whole signal (float64 inside scipy).
    check_alloc((frames * args.sr // file_sr + 1,), f"resampling {args.input}", itemsize=16)
    x, _ = read_audio(args.input, sr=args.sr)
    stream = renderer(len(x), args.sr)
    return stream, (x[i:i + stream.chunk] for i in range(0, len(x), stream.chunk))


def _params(args):
    from ..files import read_params_file
    from ..params import SpatialParams

    if args.params is not None:
        return read_params_file(args.params)[0]
    from ..infer import T2SInfer

    return SpatialParams.from_record(T2SInfer(args.ckpt).predict([args.text])[0])


def run(args) -> int:
    from .ambisonics import ambix_to_fuma
    from .blockio import BlockWriter
    from .spatial import PeakLimiter

    if args.scene is not None:
        from .scene_render import run_scene

        return run_scene(args)
    if args.input is None:
        raise ValueError("--input is required (a mono file) unless --scene is given")
    frames, file_sr = _check_args(args)
    params = _params(args)
    stream, chunks = _stream(args, params, file_sr, frames)
    sr = stream.sr
    meter = PeakLimiter(args.limit)
    with BlockWriter(args.output, sr, stream.channels, stream.length) as out:
        for y in stream.iter_blocks(chunks):
            y = meter(y)
            out.write(ambix_to_fuma(y) if args.fuma else y)
    peak = meter.peak_dbfs
    print(json.dumps({"output": str(args.output), "format": args.format, "sr": sr,
                      "channels": stream.channels, "seconds": stream.length / sr,
                      "peak_dbfs": round(peak, 2) if math.isfinite(peak) else None,
                      "limited": meter.limited,
                      "hrtf": stream.hrtf.name if stream.hrtf else None,
                      "params": params.to_record()}, ensure_ascii=False, allow_nan=False))
    if peak > 0 and args.output.suffix.lower() == ".wav":
        print(f"warning: peak {peak:.1f} dBFS exceeds full scale (kept in the float "
              f"WAV; use --limit or lower gain_db for fixed-point playback)", file=sys.stderr)
    return 0
