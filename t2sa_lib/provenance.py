"""Where a number came from: the git commit, the machine and the date of the run.

Every result file, checkpoint and benchmark records :func:`provenance`, so a
table or figure drawn from it can say which code on which machine made it.
Files written before these fields existed lack them; :func:`read_provenance`
reports them as ``"unknown"`` rather than guessing.
"""
from __future__ import annotations

import subprocess
from datetime import datetime, timezone
from pathlib import Path

from .machine import describe
from .paths import ROOT

UNKNOWN = "unknown"


def git_commit(root: Path = ROOT) -> str:
    """The current git commit of the repository, or ``"unknown"``."""
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True,
                             text=True, timeout=10)
        return out.stdout.strip() or UNKNOWN
    except (OSError, subprocess.SubprocessError):
        return UNKNOWN


def utc_now() -> str:
    """The current time, UTC, ISO 8601 to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def provenance(**extra) -> dict:
    """``git_commit``, ``machine`` (:func:`~t2sa_lib.machine.describe`), ``date``, plus ``extra``."""
    return {"git_commit": git_commit(), "machine": describe(), "date": utc_now(), **extra}


def read_provenance(result: dict | None) -> dict:
    """Commit, machine (CPU model) and date a result file records; "unknown" where absent.

    Experiment results keep them under ``provenance``, benchmarks at the top level.
    """
    result = result or {}
    prov = {**{k: result[k] for k in ("git_commit", "machine", "date") if k in result},
            **(result.get("provenance") or {})}
    machine = prov.get("machine")
    cpu = machine.get("cpu_model", UNKNOWN) if isinstance(machine, dict) else (machine or UNKNOWN)
    return {"git_commit": prov.get("git_commit") or UNKNOWN, "machine": cpu,
            "date": prov.get("date") or UNKNOWN}
