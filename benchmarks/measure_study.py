"""Measure the default study from a fresh clone and write the snapshot the docs quote
(docs/measured.yaml, kdcal.measured): the README's two commands timed in a new venv, the headline
ratios and the main arms from its metrics.tsv, the per-rule times from its benchmark files, and the
test counts. Run it on a quiet machine from the repository's root, then `python -m kdcal
measured-docs` to rewrite the pages:

    python benchmarks/measure_study.py            # ~10 minutes on a 2-core machine
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import yaml

REPO = Path(__file__).resolve().parents[1]
# The README's two commands (its "Set up and run" block), run one after the other in the clone.
INSTALL = "python3 -m venv .venv && . .venv/bin/activate && pip install -q -r requirements.txt"
STUDY = ". .venv/bin/activate && snakemake --cores 1 results/table.md"
ARMS = ("vanilla", "vanilla_ts", "kd", "kd_ms")
RATIOS = {"ece": "ece_gain_ratio", "ece_debiased": "ece_debiased_gain_ratio", "smece": "smece_gain_ratio"}


def timed(command: str, cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["bash", "-c", command], cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def machine() -> str:
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        model = found.group(1).strip() if found else model
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()}-core {model}, {memory:.0f} GiB"


def test_count(clone: Path, marker: str | None) -> int:
    select = f"-m {shlex.quote(marker)}" if marker else ""
    out = subprocess.run(
        ["bash", "-c", f". .venv/bin/activate && python -m pytest -q --collect-only {select}"],
        cwd=clone,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return int(re.search(r"(\d+)(?:/\d+)? tests? (?:collected|selected)", out).group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "measured.yaml")
    args = parser.parse_args()
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, check=True, capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        clone = Path(tmp) / "kdcal"
        subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True)
        install = timed(INSTALL, clone)
        tests = {"unit": test_count(clone, "not workflow"), "all": test_count(clone, None)}
        study = timed(STUDY, clone)
        metrics = pd.read_csv(clone / "results" / "metrics.tsv", sep="\t")
        rules = {}
        for path in sorted((clone / "results" / "benchmarks").glob("*/*.tsv")):
            name = path.parent.name if path.stem == path.parent.name else f"{path.parent.name}.{path.stem}"
            rules[name] = float(pd.read_csv(path, sep="\t")["s"].iloc[0])

    def value(arm, metric, column="value"):
        row = metrics[(metrics.arm == arm) & (metrics.subset == "all") & (metrics.metric == metric)]
        return float(row[column].iloc[0])

    snapshot = {
        "run": {
            "commit": commit,
            "date": datetime.date.today().isoformat(),
            "machine": machine(),
            "commands": [INSTALL, STUDY],
        },
        "install_s": round(install, 1),
        "study_s": round(study, 1),
        "tests": tests,
        "headline": {
            name: {
                k: round(value("vanilla_ts_vs_kd", ratio, c), 4)
                for k, c in (("value", "value"), ("low", "ci_low"), ("high", "ci_high"))
            }
            for name, ratio in RATIOS.items()
        },
        "rules": {name: round(seconds, 1) for name, seconds in rules.items()},
        "arms": {arm: {m: round(value(arm, m), 6) for m in ("ece", "nll", "macro_f1")} for arm in ARMS},
    }
    args.out.write_text(
        "# The measured numbers the README and docs/ quote (kdcal.measured), from one run of\n"
        "# benchmarks/measure_study.py on a fresh clone; `python -m kdcal measured-docs` rewrites the pages.\n"
        + yaml.safe_dump(snapshot, sort_keys=False, width=120)
    )
    print(yaml.safe_dump(snapshot, sort_keys=False, width=120))
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
