#!/usr/bin/env bash
# Resolve requirements.txt in a throw-away venv and write requirements.lock (every package
# pinned) and environment.yml (the same pins for conda users). Run after editing
# requirements.txt; commit all three.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
python3.11 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q ${PIP_FIND_LINKS:+--find-links "$PIP_FIND_LINKS"} -r requirements.txt
"$tmp/venv/bin/pip" freeze --exclude-editable | sed -E 's/^torch==([0-9.]+)\+cpu$/torch==\1/' > requirements.lock
"$tmp/venv/bin/python" scripts/write_environment_yml.py
