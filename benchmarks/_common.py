"""Shared bits of the benchmark scripts: result writing and peak memory."""
from __future__ import annotations

import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from t2sa_lib.files import atomic_write_json  # noqa: E402
from t2sa_lib.paths import RESULTS  # noqa: E402
from t2sa_lib.provenance import provenance  # noqa: E402


def write_result(name: str, payload: dict) -> Path:
    """Write ``results/bench_<name>.json`` atomically, with commit, machine and date."""
    path = RESULTS / f"bench_{name}.json"
    atomic_write_json(path, {**payload, **provenance()})
    print(f"wrote {path}")
    return path


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
