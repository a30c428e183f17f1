"""``t2sa render --scene``: every source of a scene file rendered and mixed.

Each source gets its recording from ``--sounds`` (named after its label) or a
bundled stand-in of its kind (:mod:`.label_sounds`); levels follow each source's
own gain and distance (the renderer applies both). The mix never clips
silently: a peak above full scale is limited with ``--limit``, and otherwise
reported and kept in a float WAV (refused for fixed-point FLAC).
"""
from __future__ import annotations

import json
import math
import sys


def read_scene(path):
    """The :class:`~t2sa_lib.scene.Scene` of a JSON file (errors name the file)."""
    from ..files import read_json_file
    from ..scene import scene_from_dict

    return scene_from_dict(read_json_file(path), str(path))


def run_scene(args) -> int:
    from ..cliargs import same_file
    from ..files import write_audio
    from .blockio import check_output_path
    from .filters import check_rate
    from .label_sounds import source_sound
    from .spatial import render_scene

    check_output_path(args.output)
    if args.input is not None or args.fuma:
        raise ValueError("--scene renders its own sources: --input and --fuma do not apply")
    if same_file(args.scene, args.output):
        raise ValueError(f"--output {args.output} is the --scene file; choose another path")
    if args.sounds is not None and not args.sounds.is_dir():
        raise ValueError(f"--sounds {args.sounds}: not a folder")
    sr = check_rate(args.sr) if args.sr is not None else 48000
    scene = read_scene(args.scene)
    parts = [(source_sound(s.label, s.sound, sr, args.seconds, args.seed + i, args.sounds),
              s.params) for i, s in enumerate(scene.sources)]
    res = render_scene(parts, sr, args.format, args.hrtf, args.seed, limit=args.limit,
                       near_field=args.near_field)
    raw = res.metadata["peak_dbfs_before_limit"]
    if raw > 0 and not args.limit and args.output.suffix.lower() != ".wav":
        raise ValueError(f"the mix peaks at {raw:+.1f} dBFS and {args.output.suffix} is fixed-point: "
                         f"it would clip; use --limit or a .wav output")
    write_audio(args.output, res.audio, sr)
    print(json.dumps({"output": str(args.output), "format": args.format, "sr": sr,
                      "channels": int(res.audio.shape[1]), "seconds": len(res.audio) / sr,
                      "sources": [s.label for s in scene.sources],
                      "peak_dbfs": round(res.peak_dbfs, 2) if math.isfinite(res.peak_dbfs) else None,
                      "limited": res.limited}, ensure_ascii=False, allow_nan=False))
    if raw > 0 and not args.limit:
        print(f"warning: the mix peaks at {raw:+.1f} dBFS, above full scale (kept in the float "
              f"WAV; use --limit for fixed-point playback)", file=sys.stderr)
    return 0
