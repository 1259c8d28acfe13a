#!/usr/bin/env bash
# Mutation testing of kdcal against the unit tests, with mutmut; settings (the mutated modules:
# the math, the evaluation wiring and the presentation modules) in pyproject.toml, [tool.mutmut].
# Slow, so not part of CI: see tests/mutation-survivors.md for the last result and its run time.
#
#   pip install -e '.[mutation]' && bash tests/mutation.sh            # every mutated module, from scratch
#   bash tests/mutation.sh report data predictions                   # these modules only, again
#
# Prints a table per module and every survivor not explained in tests/mutation-survivors.md;
# exits non-zero when a module keeps more than 5% of its mutants or a survivor is unexplained.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v mutmut >/dev/null || { echo "mutmut is not installed: pip install -e '.[mutation]'" >&2; exit 1; }
start=$(date +%s)
if [ $# -eq 0 ]; then
  rm -rf mutants
  mutmut run --max-children "$(nproc)" >mutants.log 2>&1 || { tail -c 2000 mutants.log >&2; exit 1; }
else
  # Named modules: every mutant of each is run again against the current tests (fresh test stats).
  rm -f mutants/mutmut-stats.json
  mutmut run --max-children "$(nproc)" $(printf "kdcal.%s.* " "$@") >mutants.log 2>&1 || { tail -c 2000 mutants.log >&2; exit 1; }
fi
echo "mutmut run: $(($(date +%s) - start)) s on $(nproc) cores"
python tests/mutation_summary.py "$@"
