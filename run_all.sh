#!/usr/bin/env bash
# Regenerate every dataset, model, table and figure: papermill runs notebooks 01..07 in
# order (bootstrapping .venv/ on first use). Options: --smoke (tiny settings, minutes),
# --force (rerun steps whose inputs did not change), --from NN / --only NN.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
./scripts/bootstrap.sh
export MPLBACKEND=Agg
exec .venv/bin/python -m t2sa_lib.pipeline "$@"
