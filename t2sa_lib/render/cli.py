"""``t2sa render``: place a mono file at parameters given as text or JSON."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def add_arguments(parser) -> None:
    from .hrtf import BUILTIN
    from .spatial import FORMATS

    parser.add_argument("--input", type=Path, required=True, help="mono audio (WAV, FLAC, ...)")
    parser.add_argument("--output", type=Path, required=True,
                        help=".wav (32-bit float) or .flac (24-bit), written atomically")
    src = parser.add_mutually_exclusive_group(required=True)
    src.add_argument("--text", help="describe the placement in Korean or English")
    src.add_argument("--params", type=Path, help="JSON file with one record of the schema")
    parser.add_argument("--format", default="binaural", choices=list(FORMATS))
    parser.add_argument("--hrtf", default="kemar",
                        help=f"{' | '.join(BUILTIN)} | FILE.sofa (binaural only)")
    parser.add_argument("--sr", type=int, default=None, help="resample the input to this rate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", action="store_true", help="soft-limit peaks above -1 dBFS")
    parser.add_argument("--near-field", action="store_true",
                        help="add the near-field interaural level cue (binaural, sources < ~1 m)")
    parser.add_argument("--no-tail", action="store_true", help="cut the output at the input length")
    parser.add_argument("--fuma", action="store_true",
                        help="write FOA as FuMa (W, X, Y, Z; W at -3 dB) instead of AmbiX")
    parser.add_argument("--ckpt", type=Path, default=None, help="model for --text")


def run(args) -> int:
    from ..files import read_audio, read_params_file, write_audio
    from ..params import SpatialParams
    from .spatial import render

    if args.params is not None:
        params, _ = read_params_file(args.params)
    else:
        from ..infer import T2SInfer

        params = SpatialParams.from_record(T2SInfer(args.ckpt).predict([args.text])[0])
    x, sr = read_audio(args.input, sr=args.sr)
    res = render(x, sr, params, fmt=args.format, hrtf=args.hrtf, seed=args.seed,
                 limit=args.limit, tail=not args.no_tail, near_field=args.near_field)
    audio = res.audio
    if args.fuma:
        from .ambisonics import ambix_to_fuma

        if args.format != "foa":
            raise ValueError(f"--fuma applies to --format foa only, not {args.format}")
        audio = ambix_to_fuma(audio)
    write_audio(args.output, audio, sr)
    print(json.dumps({"output": str(args.output), "format": res.fmt, "sr": sr,
                      "channels": int(res.audio.shape[1]), "seconds": len(res.audio) / sr,
                      "peak_dbfs": round(res.peak_dbfs, 2), "limited": res.limited,
                      "hrtf": res.metadata["hrtf"], "params": params.to_record()},
                     ensure_ascii=False))
    if res.peak_dbfs > 0 and args.output.suffix.lower() == ".wav":
        print(f"warning: peak {res.peak_dbfs:.1f} dBFS exceeds full scale (kept in the float "
              f"WAV; use --limit or lower gain_db for fixed-point playback)", file=sys.stderr)
    return 0
