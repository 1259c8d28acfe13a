"""How often the ECE floor test calls a miscalibrated model "inside its floor", by true ECE and n.

    python benchmarks/bench_floor_power.py [--reps 300] [--draws 1000]

The table's marker "◦ inside its floor" means: the arm's ECE is at most the upper end of its
floor's range, the ECE that a perfectly calibrated model *with the same confidences on the same
rows* scores in 95% of consistency draws (the fixed-forecast, conditional variant of Broecker &
Smith's consistency resampling: the confidences are held fixed and only the outcomes are redrawn).
A model that passes is not detectably miscalibrated at this n; it is not shown to be calibrated.

A simulated model has top-label confidences c (0.34 + 0.62 Beta(1.5, 2.5), as in
bench_interval_coverage.py) and is correct with probability c - gap, so its true ECE is the gap
(gap 0: calibrated). Prints, per gap and n, the share of simulated studies that pass (for gap 0 it
should be about 95%; for gap > 0 it is 1 - power).
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from kdcal.evaluation.metrics import consistency_floor, evaluate


def simulate(rng, gap, n):
    c = 0.34 + 0.62 * rng.beta(1.5, 2.5, size=n)
    correct = rng.random(n) < c - gap
    logits = np.log(np.column_stack([c, (1 - c) / 2, (1 - c) / 2]))
    return logits, np.where(correct, 0, rng.integers(1, 3, n))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=300)
    parser.add_argument("--draws", type=int, default=1000)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    started = time.perf_counter()
    gaps, sizes = (0.0, 0.01, 0.02, 0.03, 0.05), (1000, 2500, 5000)
    print("| true ECE | " + " | ".join(f"n = {n:,}" for n in sizes) + " |\n|---|" + "---|" * len(sizes))
    for gap in gaps:
        cells = []
        for n in sizes:
            passed = 0
            for rep in range(args.reps):
                logits, labels = simulate(rng, gap, n)
                ece = evaluate(logits, labels, np.full(n, "head"), None, n_bins=15)[("all", "ece")][0]
                floor = consistency_floor(logits, np.full(n, "head"), 15, args.draws, rep, subsets=("all",))[:, 0]
                passed += ece <= np.percentile(floor, 97.5)
            cells.append(f"{passed / args.reps:.0%} pass")
        print(f"| {gap:.2f} | " + " | ".join(cells) + " |")
    print(f"\n{args.reps} simulated studies per cell, {args.draws} floor draws each: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
