"""Time the evaluation stage at the published size against a straightforward per-resample loop.

Published size: n = 3,215 eval rows, K = 113 classes; 5 arms (teacher, vanilla, vanilla_ts, kd,
kd_ts), 4 subsets (all, head, mid, tail), 9 metrics, 1,000 bootstrap resamples. The baseline draws
the same resampled row indices and calls scikit-learn's ``f1_score`` (and numpy for the other
metrics) once per resample; kdcal computes all resamples at once (``kdcal.metrics``).
Prints a table, the speed-up, and the largest difference between the two (points and draws).
Adaptive ECE is left out of the draw comparison: the loop re-cuts its equal-mass bins on every
resample, kdcal keeps the bins of the evaluated rows (documented in ``kdcal.metrics``).

    python benchmarks/bench_evaluation.py [--arms 5] [--resamples 1000] [--baseline-resamples 1000]
"""

from __future__ import annotations

import argparse
import itertools
import time

import numpy as np
import relplot
from scipy.special import softmax
from sklearn.metrics import f1_score

from kdcal.evaluation import evaluate_arm, summarise
from kdcal.metrics import METRICS, SUBSETS, TIERS, bootstrap_weights, smooth_ece
from kdcal.predictions import Predictions

# The metrics the loop recomputes; kdcal computes all of METRICS (and the ECE floor) in its time.
LOOP_METRICS = ("ece", "nll", "macro_f1", "accuracy", "brier", "ece_adaptive", "ece_classwise", "mce", "aurc")


def make_arms(n_arms: int, n: int, k: int, seed: int = 0) -> tuple[dict[str, Predictions], dict[int, str]]:
    rng = np.random.default_rng(seed)
    freq = np.sort(rng.pareto(1.2, size=k) + 1)[::-1]  # long-tailed class frequencies
    labels = rng.choice(k, size=n, p=freq / freq.sum())
    tier_of_class = {c: TIERS[0] if c < 20 else TIERS[1] if c < 60 else TIERS[2] for c in range(k)}
    tiers = np.array([tier_of_class[c] for c in labels])
    arms = {}
    for a in range(n_arms):
        logits = rng.normal(size=(n, k)) * 2.0
        logits[np.arange(n), labels] += rng.normal(2.5, 1.5, size=n)
        arms[f"arm{a}"] = Predictions(logits.astype(np.float16), labels, tiers, np.arange(n).astype(str))
    return arms, tier_of_class


def in_tier_classes(subset, tier_of_class, k):
    return np.array([subset == "all" or tier_of_class[j] == subset for j in range(k)])


def loop_metrics(probs, labels, tiers, tier_of_class, n_bins=15):
    """Every metric on every subset for one set of rows, the obvious way."""
    pred, conf = probs.argmax(1), probs.max(1)
    correct = (pred == labels).astype(float)
    k = probs.shape[1]
    per_class = f1_score(labels, pred, average=None, labels=np.arange(k), zero_division=0)
    present = np.isin(np.arange(k), np.union1d(labels, pred))
    edges = np.linspace(0, 1, n_bins + 1)
    # Classwise ECE: per class, |sum of (1[y = k] - p_k)| per bin of p_k, over all rows.
    class_bins = np.clip(np.searchsorted(edges, probs, side="left") - 1, 0, n_bins - 1) + np.arange(k) * n_bins
    class_gap = np.bincount(class_bins.ravel(), weights=(np.eye(k)[labels] - probs).ravel(), minlength=k * n_bins)
    class_error = np.abs(class_gap).reshape(k, n_bins).sum(1) / len(labels)
    out = {}
    for subset in SUBSETS:
        rows = np.ones(len(labels), bool) if subset == "all" else tiers == subset
        p, y, c, cf = probs[rows], labels[rows], correct[rows], conf[rows]
        ece = sum(
            m.mean() * abs(c[m].mean() - cf[m].mean())
            for lo, hi in itertools.pairwise(edges)
            if (m := (cf > lo) & (cf <= hi)).any()
        )
        onehot = np.eye(k)[y]
        in_tier = np.array([subset == "all" or tier_of_class[j] == subset for j in range(k)])
        if subset == "all":
            f1 = f1_score(labels, pred, average="macro", zero_division=0)
        else:
            f1 = per_class[present & in_tier].mean()
        bins = np.clip(np.searchsorted(edges, cf, side="left") - 1, 0, n_bins - 1)
        counts = np.bincount(bins, minlength=n_bins)
        gaps = np.abs(np.bincount(bins, weights=c - cf, minlength=n_bins))
        mce = (gaps[counts > 0] / counts[counts > 0]).max() if len(cf) else np.nan
        order = np.argsort(cf, kind="stable")
        adaptive = sum(len(g) / len(cf) * abs(c[g].mean() - cf[g].mean()) for g in np.array_split(order, n_bins) if len(g))
        errors = 1.0 - c[np.argsort(-cf, kind="stable")]
        aurc = (np.cumsum(errors) / np.arange(1, len(errors) + 1)).mean()
        classwise = class_error[in_tier_classes(subset, tier_of_class, k)].mean()
        out[subset] = {
            "ece_adaptive": adaptive,
            "ece_classwise": classwise,
            "mce": mce,
            "aurc": aurc,
            "ece": ece,
            "nll": -np.log(np.clip(p[np.arange(len(y)), y], 1e-12, None)).mean(),
            "macro_f1": f1,
            "accuracy": c.mean(),
            "brier": ((p - onehot) ** 2).sum(1).mean(),
        }
    return np.array([[out[s][m] for m in LOOP_METRICS] for s in SUBSETS])


def run_loop(arms, tier_of_class, resamples, seed):
    n = len(next(iter(arms.values())))
    draws_idx = np.random.default_rng(seed).integers(0, n, size=(resamples, n))
    points, draws = {}, {}
    for name, p in arms.items():
        probs = softmax(p.logits.astype(np.float64), axis=1)
        points[name] = loop_metrics(probs, p.labels, p.tiers, tier_of_class)
        draws[name] = np.stack([loop_metrics(probs[i], p.labels[i], p.tiers[i], tier_of_class) for i in draws_idx])
    return points, draws


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arms", type=int, default=5)
    parser.add_argument("--rows", type=int, default=3215)
    parser.add_argument("--classes", type=int, default=113)
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument(
        "--baseline-resamples", type=int, default=1000, help="fewer makes the baseline quicker; its time is scaled up"
    )
    parser.add_argument("--floor-draws", type=int, default=1000, help="consistency draws of the ECE floor per arm")
    args = parser.parse_args()
    arms, tier_of_class = make_arms(args.arms, args.rows, args.classes)
    positions = np.arange(args.rows)

    start = time.perf_counter()
    results = {
        name: evaluate_arm(p, positions, 15, args.resamples, 0, tier_of_class, floor_draws=args.floor_draws)
        for name, p in arms.items()
    }
    summarise(results, baseline="arm0", headline=None)
    fast = time.perf_counter() - start

    start = time.perf_counter()
    points, draws = run_loop(arms, tier_of_class, args.baseline_resamples, 0)
    slow = (time.perf_counter() - start) * args.resamples / args.baseline_resamples

    same = [METRICS.index(name) for name in LOOP_METRICS]
    point_diff = max(np.nanmax(np.abs(results[a].point[:, same] - points[a])) for a in arms)
    m = min(args.resamples, args.baseline_resamples)
    compared = [i for i, name in enumerate(LOOP_METRICS) if name != "ece_adaptive"]
    draw_diff = max(np.nanmax(np.abs(results[a].draws[:m][..., same][..., compared] - draws[a][:m][..., compared])) for a in arms)
    print(
        f"evaluation of {args.arms} arms x {len(SUBSETS)} subsets x {len(METRICS)} metrics (+ ECE floor, "
        f"{args.floor_draws} draws; the loop: the first {len(LOOP_METRICS)}), n = {args.rows}, K = {args.classes}, "
        f"{args.resamples} bootstrap resamples"
    )
    print("| method | seconds | speed-up |\n|---|---|---|")
    print(f"| per-resample loop (scikit-learn f1_score, numpy) | {slow:.2f} | 1.0x |")
    print(f"| kdcal (all resamples at once) | {fast:.3f} | {slow / fast:.0f}x |")
    print(f"largest |difference|: point estimates {point_diff:.2e}, bootstrap draws {draw_diff:.2e}")
    smooth_ece_table(arms["arm0"], args.resamples, args.baseline_resamples)


def smooth_ece_table(arm: Predictions, resamples: int, baseline_resamples: int) -> None:
    """Smooth ECE of one arm on all rows: relplot's smECE once per resample against kdcal's
    all-resamples-at-once version (``metrics.smooth_ece``), on the same resamples."""
    probs = softmax(arm.logits.astype(np.float64), axis=1)
    conf, correct = probs.max(1), (probs.argmax(1) == arm.labels).astype(float)
    weights = bootstrap_weights(len(conf), resamples, 0)
    start = time.perf_counter()
    fast, _ = smooth_ece(conf, correct, weights)
    fast_s = time.perf_counter() - start
    m = min(resamples, baseline_resamples)
    start = time.perf_counter()
    rows = [np.repeat(np.arange(len(conf)), weights[r].astype(int)) for r in range(m)]
    slow = np.array([relplot.smECE(conf[i], correct[i]) for i in rows])
    slow_s = (time.perf_counter() - start) * resamples / m
    print(f"\nsmooth ECE of one arm, all rows, {resamples} resamples (relplot's time scaled from {m}):")
    print("| method | seconds | speed-up |\n|---|---|---|")
    print(f"| relplot.smECE per resample | {slow_s:.2f} | 1.0x |")
    print(f"| kdcal (all resamples at once) | {fast_s:.3f} | {slow_s / fast_s:.0f}x |")
    print(f"largest |difference|: {np.max(np.abs(fast[:m] - slow)):.1e}")


if __name__ == "__main__":
    main()
