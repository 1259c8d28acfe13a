#!/usr/bin/env bash
# Mutation testing of kdcal's math modules (metrics, calibration, evaluation, analysis, losses,
# split, sweep) against the unit tests, with mutmut; settings in pyproject.toml, [tool.mutmut].
# Slow, so not part of CI: see tests/mutation-survivors.md for the last result and its run time.
#
#   pip install -e '.[mutation]' && bash tests/mutation.sh
#
# Prints a table per module and every survivor not explained in tests/mutation-survivors.md;
# exits non-zero when a module keeps more than 5% of its mutants or a survivor is unexplained.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v mutmut >/dev/null || { echo "mutmut is not installed: pip install -e '.[mutation]'" >&2; exit 1; }
rm -rf mutants
start=$(date +%s)
mutmut run --max-children "$(nproc)" >mutants.log 2>&1 || { tail -c 2000 mutants.log >&2; exit 1; }
echo "mutmut run: $(($(date +%s) - start)) s on $(nproc) cores"
python tests/mutation_summary.py
