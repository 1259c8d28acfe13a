"""Coverage of kdcal's 95% bootstrap intervals on simulated models whose true metric values are
known, at the study's eval size, for every metric with an interval and three interval methods:
percentile, basic (reverse percentile) and bias-corrected percentile (bc).

    python benchmarks/bench_interval_coverage.py [--reps 200] [--resamples 500] [--n 2500]
    python benchmarks/bench_interval_coverage.py --differences [--reps 200] ...

A simulated model has three classes and a top-label confidence c (0.34 + 0.62 Beta(1.5, 2.5), mean
~0.57; the other two classes share 1 - c), and is correct with probability g(c): calibrated
(g = c), shifted (g = c - 0.03) or over-confident (g = c^1.3); a wrong row's label is one of the
other two classes at random. The true value of ECE (equal-width bins), the debiased L2 error
(equal-mass bins) and smooth ECE is computed from its population definition on 4 million draws of
c; the true value of every other metric is its value on one sample of a million rows (its
finite-sample bias there is below 1e-3 of the metric's scale). Prints, per metric and model, the
share of simulated studies whose interval covers the truth, then per metric the method whose
coverage is closest to 95% on average over the models, beside the one kdcal uses
(``kdcal.evaluation.evaluate.INTERVAL_METHOD``), and whether the point estimate lay outside its own interval.

``--differences``: the paired intervals of differences between two arms (the `_diff_vs_` rows,
which the "excludes 0" statements rest on). Two models are evaluated on the same rows with the
same resamples: one calibrated, the other over-confident (c^1.3) or shifted, with confidences
c + 0.05 N(0, 1) (clipped) and common random numbers for correctness, so their errors are
correlated as two students' are. The true difference is the difference of the two models' true
values (as above). Prints the coverage of the percentile interval (kdcal's for every difference).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import relplot

from kdcal.evaluation.evaluate import INTERVAL_METHOD, LOWEST
from kdcal.evaluation.metrics import INTERVAL_METHODS, METRICS, bootstrap_interval, bootstrap_weights, evaluate

MODELS = {
    "calibrated": lambda c: c,
    "shifted (-0.03)": lambda c: c - 0.03,
    "over-confident (c^1.3)": lambda c: c**1.3,
}
# macro_f1_course equals macro_f1 on all rows (it differs on tiers only).
MEASURED = tuple(m for m in METRICS if m != "macro_f1_course")


def confidences(rng, n):
    return 0.34 + 0.62 * rng.beta(1.5, 2.5, size=n)


def simulate(rng, g, n):
    """(n, 3) logits and (n,) labels of one simulated study."""
    c = confidences(rng, n)
    correct = rng.random(n) < g(c)
    logits = np.log(np.column_stack([c, (1 - c) / 2, (1 - c) / 2]))
    return logits, np.where(correct, 0, rng.integers(1, 3, n))


def truth(g, n_bins=15, n=4_000_000, seed=1):
    """Every metric's true value for the model g (see the module docstring)."""
    rng = np.random.default_rng(seed)
    logits, labels = simulate(rng, g, 1_000_000)
    large = evaluate(logits, labels, np.full(len(labels), "head"), None, n_bins=n_bins)
    out = {m: float(large[("all", m)][0]) for m in MEASURED}
    c = np.sort(confidences(rng, n))
    gap = g(c) - c
    width = np.clip(np.ceil(c * n_bins).astype(int) - 1, 0, n_bins - 1)
    out["ece"] = sum(abs(gap[width == b].sum()) for b in range(n_bins)) / n
    mass = np.array_split(gap, n_bins)
    out["ece_debiased"] = np.sqrt(sum(len(m) / n * m.mean() ** 2 for m in mass))
    out["smece"] = relplot.smECE(c[::4], g(c[::4]))
    return out


def simulate_pair(rng, g_other, n):
    """(logits, labels) of a calibrated model and of another model g_other on the same n rows."""
    c = confidences(rng, n)
    c_other = np.clip(c + 0.05 * rng.normal(size=n), 0.34, 0.99)
    u = rng.random(n)  # common random numbers: the two models tend to be right on the same rows
    wrong_label = rng.integers(1, 3, n)
    out = []
    for conf, g in ((c, MODELS["calibrated"]), (c_other, g_other)):
        logits = np.log(np.column_stack([conf, (1 - conf) / 2, (1 - conf) / 2]))
        out.append((logits, np.where(u < g(conf), 0, wrong_label)))
    return out


def pair_truth(g_other, n_bins=15, n=1_000_000, seed=1):
    """True value of every metric for each model of a pair, on a million rows (as ``truth``)."""
    pairs = simulate_pair(np.random.default_rng(seed), g_other, n)
    values = []
    for logits, labels in pairs:
        large = evaluate(logits, labels, np.full(n, "head"), None, n_bins=n_bins)
        values.append({m: float(large[("all", m)][0]) for m in MEASURED})
    return values


def differences(args) -> None:
    rng = np.random.default_rng(1)
    weights = bootstrap_weights(args.n, args.resamples, 0)
    tiers = np.full(args.n, "head")
    started = time.perf_counter()
    print(
        "| metric | other model | true difference | mean estimate | percentile coverage | basic coverage |\n|---|---|---|---|---|---|"
    )
    for name in ("shifted (-0.03)", "over-confident (c^1.3)"):
        g = MODELS[name]
        base, other = pair_truth(g)
        covered = {(m, method): 0 for m in MEASURED for method in ("percentile", "basic")}
        estimates = {m: [] for m in MEASURED}
        for _ in range(args.reps):
            (la, ya), (lb, yb) = simulate_pair(rng, g, args.n)
            pa, pb = evaluate(la, ya, tiers, None, n_bins=15), evaluate(lb, yb, tiers, None, n_bins=15)
            da, db = evaluate(la, ya, tiers, weights, n_bins=15), evaluate(lb, yb, tiers, weights, n_bins=15)
            for metric in MEASURED:
                key = ("all", metric)
                estimates[metric].append(pb[key][0] - pa[key][0])
                for method in ("percentile", "basic"):
                    low, high = bootstrap_interval(pb[key][0] - pa[key][0], db[key] - da[key], 0.95, method)
                    covered[(metric, method)] += low <= other[metric] - base[metric] <= high
        for metric in MEASURED:
            shares = " | ".join(f"{covered[(metric, method)] / args.reps:.1%}" for method in ("percentile", "basic"))
            print(f"| {metric} | {name} | {other[metric] - base[metric]:+.4f} | {np.mean(estimates[metric]):+.4f} | {shares} |")
    print(f"\n{2 * args.reps} simulated pairs, n = {args.n}, {args.resamples} resamples: {time.perf_counter() - started:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=200)
    parser.add_argument("--resamples", type=int, default=500)
    parser.add_argument("--n", type=int, default=2500)
    parser.add_argument("--differences", action="store_true", help="coverage of paired differences between two arms")
    args = parser.parse_args()
    if args.differences:
        differences(args)
        return
    rng = np.random.default_rng(0)
    weights = bootstrap_weights(args.n, args.resamples, 0)
    tiers = np.full(args.n, "head")
    started = time.perf_counter()
    shortfall = {m: {method: [] for method in INTERVAL_METHODS} for m in MEASURED}
    excluded = {m: {method: 0 for method in INTERVAL_METHODS} for m in MEASURED}
    header = " | ".join(f"{method} coverage" for method in INTERVAL_METHODS)
    print(f"| metric | model | true value | mean estimate | {header} |\n|---|---|---|---|{'---|' * len(INTERVAL_METHODS)}")
    for name, g in MODELS.items():
        true = truth(g)
        covered = {(m, method): 0 for m in MEASURED for method in INTERVAL_METHODS}
        estimates = {m: [] for m in MEASURED}
        for _ in range(args.reps):
            logits, labels = simulate(rng, g, args.n)
            point = evaluate(logits, labels, tiers, None, n_bins=15)
            draws = evaluate(logits, labels, tiers, weights, n_bins=15)
            for metric in MEASURED:
                estimate = point[("all", metric)][0]
                estimates[metric].append(estimate)
                for method in INTERVAL_METHODS:
                    low, high = bootstrap_interval(estimate, draws[("all", metric)], 0.95, method, LOWEST.get(metric, -np.inf))
                    covered[(metric, method)] += low <= true[metric] <= high
                    excluded[metric][method] += not low <= estimate <= high
        for metric in MEASURED:
            shares = [covered[(metric, method)] / args.reps for method in INTERVAL_METHODS]
            for method, share in zip(INTERVAL_METHODS, shares):
                shortfall[metric][method].append(abs(share - 0.95))
            cells = " | ".join(f"{share:.1%}" for share in shares)
            print(f"| {metric} | {name} | {true[metric]:.4f} | {np.mean(estimates[metric]):.4f} | {cells} |")
    studies = len(MODELS) * args.reps
    header = " | ".join(INTERVAL_METHODS)
    print(
        f"\n| metric | mean abs(coverage - 95%): {header} | closest | kdcal uses | estimate outside its interval |"
        f"\n|---|{'---|' * len(INTERVAL_METHODS)}---|---|---|"
    )
    for metric, by_method in shortfall.items():
        means = {method: np.mean(values) for method, values in by_method.items()}
        closest = min(means, key=means.get)
        used = INTERVAL_METHOD.get(metric, "percentile")
        cells = " | ".join(f"{means[method]:.1%}" for method in INTERVAL_METHODS)
        print(f"| {metric} | {cells} | {closest} | {used} | {excluded[metric][used] / studies:.1%} |")
    print(f"\n{studies} simulated studies, n = {args.n}, {args.resamples} resamples: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
