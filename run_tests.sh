#!/usr/bin/env bash
# Run the test suite (bootstrapping .venv/ on first use). Extra arguments go to pytest,
# e.g. ./run_tests.sh -k render   or   ./run_tests.sh -m slow
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
./scripts/bootstrap.sh
export MPLBACKEND=Agg
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
