"""Per-job start-up cost of kdcal's workflow: what every Snakemake job pays before its work.

    python benchmarks/bench_job_startup.py [--repeats 3]

Prints three tables: (1) a bare `python -c pass` (the baseline, measured in the same run); (2) for
every script in workflow/scripts/, the time of its import statements alone in a fresh interpreter
(median of --repeats); (3) Snakemake's own per-job overhead: a workflow of 6 script jobs that do
nothing, run with --cores 1, divided by 6, against 6 bare interpreters.
"""

from __future__ import annotations

import argparse
import ast
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def seconds(cmd: list[str], cwd: Path | None = None, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_lines(script: Path) -> str:
    tree = ast.parse(script.read_text())
    return "\n".join(ast.unparse(node) for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom))


SNAKEFILE = """
rule all:
    input: expand("out/{i}.txt", i=range(6))

rule one:
    output: "out/{i}.txt"
    script: "noop.py"
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    env_path = f"import sys; sys.path.insert(0, {str(REPO / 'src')!r})\n"
    bare = seconds([sys.executable, "-c", "pass"], repeats=args.repeats)
    print(f"| baseline | seconds |\n|---|---|\n| python -c pass | {bare:.3f} |\n")
    rows = []
    for script in sorted((REPO / "workflow" / "scripts").glob("*.py")):
        code = env_path + import_lines(script)
        rows.append((seconds([sys.executable, "-c", code], repeats=args.repeats) - bare, script.name))
    print("| script | its imports (s, above bare python) |\n|---|---|")
    for cost, name in sorted(rows, reverse=True):
        print(f"| {name} | {cost:.2f} |")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "Snakefile").write_text(SNAKEFILE)
        (folder / "noop.py").write_text("open(snakemake.output[0], 'w').close()\n")
        cmd = [sys.executable, "-m", "snakemake", "--cores", "1", "--forceall", "--quiet"]
        total = seconds(cmd, cwd=folder, repeats=1)
    print(
        f"\n| Snakemake, 6 script jobs that do nothing | seconds |\n|---|---|\n| whole run | {total:.2f} |\n"
        f"| per job (run / 6) | {total / 6:.2f} |\n| per job above a bare interpreter | {total / 6 - bare:.2f} |"
    )


if __name__ == "__main__":
    main()
