"""Coverage of kdcal's 95% bootstrap intervals on simulated models whose true calibration error is
known, at the study's eval size, for the percentile and the basic bootstrap.

    python benchmarks/bench_interval_coverage.py [--reps 200] [--resamples 500] [--n 2500]

A simulated model has confidences c (0.34 + 0.62 Beta(1.5, 2.5), mean ~0.57) and is correct with
probability g(c): calibrated (g = c), shifted (g = c - 0.03) or over-confident (g = c^1.3). The
true value of each metric is its population value (equal-width bins for ECE, equal-mass bins for
the debiased L2 error), computed from 4 million draws of c. Prints, per metric and model, the share
of simulated studies whose interval covers the truth; the method closer to 95% is the one to use.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import relplot

from kdcal.evaluation import INTERVAL_METHOD
from kdcal.metrics import bootstrap_weights, evaluate

MODELS = {
    "calibrated": lambda c: c,
    "shifted (-0.03)": lambda c: c - 0.03,
    "over-confident (c^1.3)": lambda c: c**1.3,
}


def confidences(rng, n):
    return 0.34 + 0.62 * rng.beta(1.5, 2.5, size=n)


def truth(g, n_bins=15, n=4_000_000, seed=1):
    """Population ECE (equal-width bins) and L2 error (equal-mass bins) of a model."""
    c = np.sort(confidences(np.random.default_rng(seed), n))
    gap = g(c) - c
    width = np.clip(np.ceil(c * n_bins).astype(int) - 1, 0, n_bins - 1)
    ece = sum(abs(gap[width == b].sum()) for b in range(n_bins)) / n
    mass = np.array_split(gap, n_bins)
    l2 = np.sqrt(sum(len(m) / n * m.mean() ** 2 for m in mass))
    smooth = relplot.smECE(c[::4], g(c[::4]))
    return {"ece": ece, "ece_debiased": l2, "smece": smooth}


def simulate(rng, g, n):
    c = confidences(rng, n)
    correct = rng.random(n) < g(c)
    logits = np.log(np.column_stack([c, (1 - c) / 2, (1 - c) / 2]))
    return logits, np.where(correct, 0, 1)


def intervals(point, draws, level=0.95):
    tail = (1 - level) / 2
    low, high = np.nanquantile(draws, [tail, 1 - tail])
    return {"percentile": (low, high), "basic": (2 * point - high, 2 * point - low)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=200)
    parser.add_argument("--resamples", type=int, default=500)
    parser.add_argument("--n", type=int, default=2500)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    weights = bootstrap_weights(args.n, args.resamples, 0)
    tiers = np.full(args.n, "head")
    started = time.perf_counter()
    shortfall = {m: {"percentile": [], "basic": []} for m in ("ece", "ece_debiased", "smece")}
    print("| metric | model | true value | mean estimate | percentile coverage | basic coverage |\n|---|---|---|---|---|---|")
    for name, g in MODELS.items():
        true = truth(g)
        covered = {(m, method): 0 for m in true for method in ("percentile", "basic")}
        estimates = {m: [] for m in true}
        for _ in range(args.reps):
            logits, labels = simulate(rng, g, args.n)
            point = evaluate(logits, labels, tiers, None, 15)
            draws = evaluate(logits, labels, tiers, weights, 15)
            for metric, value in true.items():
                estimates[metric].append(point[("all", metric)][0])
                for method, (low, high) in intervals(point[("all", metric)][0], draws[("all", metric)]).items():
                    covered[(metric, method)] += low <= value <= high
        for metric, value in true.items():
            p, b = (covered[(metric, method)] / args.reps for method in ("percentile", "basic"))
            shortfall[metric]["percentile"].append(abs(p - 0.95))
            shortfall[metric]["basic"].append(abs(b - 0.95))
            print(f"| {metric} | {name} | {value:.4f} | {np.mean(estimates[metric]):.4f} | {p:.1%} | {b:.1%} |")
    print("\n| metric | mean abs(coverage - 95%), percentile | basic | closer | kdcal uses |\n|---|---|---|---|---|")
    for metric, by_method in shortfall.items():
        p, b = (np.mean(by_method[m]) for m in ("percentile", "basic"))
        closer = "percentile" if p <= b else "basic"
        print(f"| {metric} | {p:.1%} | {b:.1%} | {closer} | {INTERVAL_METHOD[metric]} |")
    print(
        f"\n{len(MODELS) * args.reps} simulated studies, n = {args.n}, {args.resamples} resamples: {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
