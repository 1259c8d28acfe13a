"""Summarise a finished ``mutmut run`` per module and check every survivor is explained.

Reads ``mutmut results --all true`` and ``tests/mutation-survivors.md`` (one line per surviving
mutant: ``- `<mutant name>`: <why it is equivalent or harmless>``). Prints, per module, the
mutants, how many were caught (killed or timed out) and the surviving share; then every survivor
with no line in the file and every line whose mutant no longer survives. Exits 1 on either, or
when a module has more than 5% survivors. Run by ``tests/mutation.sh``; with module names as
arguments (``python tests/mutation_summary.py report data``) only those modules are summarised
and checked, for a run that mutated only them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

SURVIVORS_FILE = Path(__file__).with_name("mutation-survivors.md")
CAUGHT = {"killed", "timeout"}
GOAL = 0.05


def results() -> dict[str, str]:
    """Mutant name -> status, from mutmut's own report."""
    out = subprocess.run(["mutmut", "results", "--all", "true"], capture_output=True, text=True, check=True).stdout
    statuses = {}
    for line in out.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep and name.startswith("kdcal."):
            statuses[name] = status
    return statuses


def explained() -> dict[str, str]:
    """Mutant name -> reason, from the committed survivors file."""
    lines = SURVIVORS_FILE.read_text().splitlines() if SURVIVORS_FILE.exists() else []
    return {m.group(1): m.group(2) for line in lines if (m := re.match(r"- `([^`]+)`: (.+)", line))}


def main(modules: list[str]) -> int:
    def chosen(name: str) -> bool:
        return not modules or name.split(".")[1] in modules

    statuses = {name: status for name, status in results().items() if chosen(name)}
    reasons = explained()
    if not statuses:
        print("no mutmut results: run `mutmut run` first", file=sys.stderr)
        return 1
    by_module: dict[str, Counter] = defaultdict(Counter)
    for name, status in statuses.items():
        by_module[name.split(".")[1]][status] += 1
    failed = False
    print("| module | mutants | caught (killed or timed out) | survived | other (crashed, not run) | not caught |")
    print("|---|---|---|---|---|---|")
    for module, counts in sorted(by_module.items()):
        total = sum(counts.values())
        caught = sum(counts[s] for s in CAUGHT)
        survived = total - caught
        share = survived / total
        failed |= share > GOAL
        others = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()) if s not in CAUGHT | {"survived"})
        print(f"| {module} | {total} | {caught} | {counts['survived']} | {others or 0} | {share:.1%} |")
    surviving = {name for name, status in statuses.items() if status not in CAUGHT}
    unexplained = sorted(surviving - set(reasons))
    stale = sorted({name for name in reasons if chosen(name)} - surviving)
    for name in unexplained:
        print(f"unexplained survivor: {name} (add a line to {SURVIVORS_FILE.name} or a test that kills it)")
    for name in stale:
        print(f"no longer survives: {name} (remove its line from {SURVIVORS_FILE.name})")
    return int(failed or bool(unexplained) or bool(stale))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
