"""Hash the default checkpoint's predictions on the test and OOD sets.

A refactor that should not change behaviour leaves these digests unchanged:
run before and after and compare. ``--data DIR`` also hashes the dataset a
fresh ``python -m t2sa_lib data --out DIR`` wrote against the committed one.

    python scripts/prediction_digest.py [--data /tmp/regen]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SETS = ("text2spatial_v4_test", "ood_numeric", "ood_long", "ood_metaphorical", "ood_paraphrased")


def _texts(name: str) -> list[str]:
    lines = (ROOT / "data" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, help="a regenerated data folder to compare")
    args = ap.parse_args()
    import inspect

    from t2sa_lib.infer import T2SInfer

    # The network, KNN and numeric parser only: later stages that hold predictions to
    # the words (use_language) are switched off so their own changes do not show here.
    extra = ({"use_language": False}
             if "use_language" in inspect.signature(T2SInfer).parameters else {})
    for parser in (False, True):
        model = T2SInfer(device="cpu", use_parser=parser, **extra)
        for name in SETS:
            recs = model.predict(_texts(name))
            blob = json.dumps(recs, ensure_ascii=False, sort_keys=True).encode()
            print(f"predict parser={parser!s:5} {name:22} {hashlib.sha256(blob).hexdigest()[:16]}")
    if args.data:
        for p in sorted((ROOT / "data").glob("*.jsonl")):
            other = args.data / p.name
            same = other.exists() and other.read_bytes() == p.read_bytes()
            print(f"data {p.name:32} {'identical' if same else 'DIFFERENT'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
