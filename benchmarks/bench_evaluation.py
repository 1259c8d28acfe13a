"""Time the evaluation stage at the published size against a straightforward per-resample loop,
and against the evaluation of an earlier revision, side by side in the same run.

Published size: n = 3,215 eval rows (and as many cal rows, for the conformal sets), K = 113
classes; 5 arms, 4 subsets (all, head, mid, tail), every metric (the ranking metrics for k = 1, 3, 5,
the Brier split and the conformal sets of 3 methods x 2 alphas included), 1,000 bootstrap resamples
and the ECE floor's 1,000 draws. The loop draws the same resampled row indices and computes every
metric once per resample: scikit-learn's ``f1_score``, relplot's ``smECE``, scipy's scalar
minimiser for the NLL and Brier splits, numpy for the rest (its time is scaled up from
``--baseline-resamples``). ``--previous REV`` also times the evaluation as it was at git revision
REV (its own metric set, in a subprocess on its own ``src/``), on the same arms, and this revision
with the same call, so that the ratio compares one engine with the other.
Prints a table, the speed-ups, and the largest difference between kdcal and the loop (points and
draws). Adaptive and debiased ECE are left out of the draw comparison: the loop re-cuts its
equal-mass bins on every resample, kdcal keeps the bins of the evaluated rows (documented in
``kdcal.evaluation.metrics``).

    python benchmarks/bench_evaluation.py [--arms 5] [--resamples 1000] [--baseline-resamples 10] [--previous 1045c9d] [--repeat 3]
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

import numpy as np
import relplot
from scipy.optimize import minimize_scalar
from scipy.special import softmax
from sklearn.metrics import f1_score

from kdcal.evaluation.conformal import ConformalSettings, class_scores, prediction_sets, threshold
from kdcal.evaluation.evaluate import evaluate_arm, summarise
from kdcal.evaluation.metrics import SUBSETS, TIERS, bootstrap_weights, metric_names, smooth_ece
from kdcal.predictions import Predictions

TOP_K = (1, 3, 5)
CONFORMAL = ConformalSettings()
# The metrics the loop recomputes: every one kdcal reports but the course's tier F1 (the same
# f1_score call on other rows).
LOOP_METRICS = tuple(m for m in metric_names(TOP_K) + CONFORMAL.metric_names() if m != "macro_f1_course")
# Re-cut per resample by the loop, kept fixed by kdcal: not compared draw by draw.
RECUT = ("ece_adaptive", "ece_debiased")


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


def best_temperature(z, y, score):
    """min over log T in [-2, 2] of the mean of ``score(softmax(z / T), y)`` (scipy's bounded search)."""
    best = minimize_scalar(lambda t: score(softmax(z * np.exp(-t), axis=1), y), bounds=(-2, 2), method="bounded")
    return min(best.fun, score(softmax(z * np.exp(2), axis=1), y), score(softmax(z * np.exp(-2), axis=1), y))


def nll_of(p, y):
    return -np.log(np.clip(p[np.arange(len(y)), y], 1e-12, None)).mean()


def brier_of(p, y):
    return ((p - np.eye(p.shape[1])[y]) ** 2).sum(1).mean()


def loop_metrics(z, labels, tiers, tier_of_class, sets, judged, n_bins=15):
    """Every metric on every subset for one set of rows (logits z), the obvious way. ``sets``:
    (method, alpha) -> (n, K) conformal sets of these rows; ``judged``: subset -> the classes
    with at least 10 evaluated rows (fixed on the evaluated rows, as kdcal documents)."""
    probs = softmax(z, axis=1)
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
    order_all = np.argsort(-z, axis=1, kind="stable")
    rank = np.argmax(order_all == labels[:, None], axis=1) + 1
    top_mass = np.cumsum(np.sort(probs, axis=1)[:, ::-1], axis=1)
    out = {}
    for subset in SUBSETS:
        rows = np.ones(len(labels), bool) if subset == "all" else tiers == subset
        p, y, c, cf = probs[rows], labels[rows], correct[rows], conf[rows]
        ece = sum(
            m.mean() * abs(c[m].mean() - cf[m].mean())
            for lo, hi in itertools.pairwise(edges)
            if (m := (cf > lo) & (cf <= hi)).any()
        )
        in_tier = in_tier_classes(subset, tier_of_class, k)
        if subset == "all":
            f1 = f1_score(labels, pred, average="macro", zero_division=0)
        else:
            f1 = per_class[present & in_tier].mean()
        bins = np.clip(np.searchsorted(edges, cf, side="left") - 1, 0, n_bins - 1)
        counts = np.bincount(bins, minlength=n_bins)
        gaps = np.abs(np.bincount(bins, weights=c - cf, minlength=n_bins))
        mce = (gaps[counts > 0] / counts[counts > 0]).max() if len(cf) else np.nan
        order = np.argsort(cf, kind="stable")
        groups = np.array_split(order, n_bins)
        adaptive = sum(len(g) / len(cf) * abs(c[g].mean() - cf[g].mean()) for g in groups if len(g))
        squared = sum(
            len(g) * ((c[g].mean() - cf[g].mean()) ** 2 - c[g].mean() * (1 - c[g].mean()) / (len(g) - 1))
            for g in groups
            if len(g) >= 2
        ) / len(cf)
        errors = 1.0 - c[np.argsort(-cf, kind="stable")]
        aurc = (np.cumsum(errors) / np.arange(1, len(errors) + 1)).mean()
        n_c = c.sum()
        oracle = (np.maximum(0, np.arange(1, len(c) + 1) - n_c) / np.arange(1, len(c) + 1)).mean()
        nll, brier = nll_of(p, y), brier_of(p, y)
        nll_refined, brier_refined = best_temperature(z[rows], y, nll_of), best_temperature(z[rows], y, brier_of)
        values = {
            "ece": ece,
            "nll": nll,
            "macro_f1": f1,
            "accuracy": c.mean(),
            "brier": brier,
            "ece_adaptive": adaptive,
            "ece_classwise": class_error[in_tier].mean(),
            "mce": mce,
            "aurc": aurc,
            "ece_debiased": np.sign(squared) * np.sqrt(abs(squared)),
            "eaurc": aurc - oracle,
            "nll_refinement": nll_refined,
            "nll_calibration": nll - nll_refined,
            "smece": relplot.smECE(cf, c),
            "brier_refinement": brier_refined,
            "brier_calibration": brier - brier_refined,
            "mean_reciprocal_rank": np.mean(1 / rank[rows]),
        }
        for t in TOP_K:
            values[f"top{t}_accuracy"] = np.mean(rank[rows] <= t)
            values[f"top{t}_mass_gap"] = top_mass[rows, t - 1].mean() - values[f"top{t}_accuracy"]
        for (method, alpha), chosen in sets.items():
            held = chosen[rows][np.arange(rows.sum()), y]
            size = chosen[rows].sum(1)
            drawn = [g for g in judged[subset] if (y == g).any()]
            a = f"a{alpha:g}"
            values[f"{method}_coverage_{a}"] = held.mean()
            values[f"{method}_set_size_{a}"] = size.mean()
            values[f"{method}_singleton_{a}"] = np.mean(size == 1)
            values[f"{method}_worst_class_gap_{a}"] = (1 - alpha) - min(held[y == g].mean() for g in drawn) if drawn else np.nan
        out[subset] = values
    return np.array([[out[s][m] for m in LOOP_METRICS] for s in SUBSETS])


def conformal_sets_of(arm: Predictions, eval_rows, cal_rows):
    """(method, alpha) -> (n_eval, K) sets, thresholds fitted on the cal rows."""
    cal_p = softmax(arm.logits[cal_rows].astype(np.float64), axis=1)
    p = softmax(arm.logits[eval_rows].astype(np.float64), axis=1)
    out = {}
    for method in CONFORMAL.methods:
        scores = class_scores(cal_p, method, CONFORMAL.raps_lambda, CONFORMAL.raps_k_reg)[
            np.arange(len(cal_rows)), arm.labels[cal_rows]
        ]
        for alpha in CONFORMAL.alphas:
            out[(method, alpha)] = prediction_sets(
                p, threshold(scores, alpha), method, CONFORMAL.raps_lambda, CONFORMAL.raps_k_reg
            )
    return out


def run_loop(arms, tier_of_class, eval_rows, cal_rows, resamples, seed):
    n = len(eval_rows)
    draws_idx = np.random.default_rng(seed).integers(0, n, size=(resamples, n))
    points, draws = {}, {}
    for name, p in arms.items():
        z = p.logits[eval_rows].astype(np.float64)
        y, t = p.labels[eval_rows], p.tiers[eval_rows]
        sets = conformal_sets_of(p, eval_rows, cal_rows)
        judged = {}
        for subset in SUBSETS:
            rows = np.ones(len(y), bool) if subset == "all" else t == subset
            judged[subset] = [g for g in np.unique(y[rows]) if (y[rows] == g).sum() >= 10]
        points[name] = loop_metrics(z, y, t, tier_of_class, sets, judged)
        draws[name] = np.stack(
            [loop_metrics(z[i], y[i], t[i], tier_of_class, {key: v[i] for key, v in sets.items()}, judged) for i in draws_idx]
        )
    return points, draws


# The previous revision's evaluation, timed in a subprocess on that revision's own src/.
PREVIOUS_SCRIPT = """
import sys, time
sys.path.insert(0, sys.argv[1])
import numpy as np
from bench_evaluation_arms import make_arms
from kdcal.evaluation.evaluate import evaluate_arm, summarise
arms, tier_of_class = make_arms(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
eval_rows = np.arange(int(sys.argv[3]) // 2)
seconds = []
for _ in range(int(sys.argv[7])):
    start = time.perf_counter()
    results = {name: evaluate_arm(p, eval_rows, 15, int(sys.argv[5]), 0, tier_of_class, floor_draws=int(sys.argv[6])) for name, p in arms.items()}
    summarise(results, baseline="arm0", headline=None)
    seconds.append(time.perf_counter() - start)
print(min(seconds), len(next(iter(results.values())).metrics))
"""


def time_previous(revision: str | None, args) -> tuple[float, int]:
    """Seconds of the evaluation at ``revision`` on the same arms (None: this working tree's src/),
    and how many metrics it computes: the same call (no conformal sets) for either, so the two
    times compare one engine with the other."""
    repo = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory() as folder:
        if revision is None:
            src = repo / "src"
        else:
            archive = subprocess.run(["git", "-C", str(repo), "archive", revision, "src"], capture_output=True, check=True).stdout
            with tarfile.open(fileobj=BytesIO(archive)) as tar:
                tar.extractall(folder, filter="data")
            src = Path(folder, "src")
        # The same arms: this file's make_arms, importable without importing this revision's kdcal.
        source = Path(__file__).read_text()
        arms_code = source[source.index("def make_arms") : source.index("def in_tier_classes")]
        header = "import numpy as np\nfrom kdcal.evaluation.metrics import TIERS\nfrom kdcal.predictions import Predictions\n\n\n"
        Path(folder, "bench_evaluation_arms.py").write_text(header + arms_code)
        env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{folder}"}
        run = subprocess.run(
            [
                sys.executable,
                "-c",
                PREVIOUS_SCRIPT,
                str(src),
                str(args.arms),
                str(2 * args.rows),
                str(args.classes),
                str(args.resamples),
                str(args.floor_draws),
                str(args.repeat),
            ],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
    seconds, metrics = run.stdout.split()
    return float(seconds), int(metrics)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arms", type=int, default=5)
    parser.add_argument("--rows", type=int, default=3215, help="eval rows (as many cal rows again)")
    parser.add_argument("--classes", type=int, default=113)
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument(
        "--baseline-resamples", type=int, default=10, help="resamples the loop runs; its time is scaled up to --resamples"
    )
    parser.add_argument("--floor-draws", type=int, default=1000, help="consistency draws of the ECE floor per arm")
    parser.add_argument("--previous", default=None, help="git revision whose evaluation to time side by side (e.g. 1045c9d)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="evaluations timed, of this revision and of --previous; the fastest counts"
    )
    args = parser.parse_args()
    # Eval rows first, then the cal rows (the previous revision gets the same first half).
    arms, tier_of_class = make_arms(args.arms, 2 * args.rows, args.classes)
    eval_rows, cal_rows = np.arange(args.rows), np.arange(args.rows, 2 * args.rows)

    previous = time_previous(args.previous, args) if args.previous else None
    same_call = time_previous(None, args) if args.previous else None  # this revision, the previous one's call
    times = []
    for _ in range(args.repeat):  # the fastest of a few, as for --previous: the first pays for warm-up
        start = time.perf_counter()
        results = {
            name: evaluate_arm(
                p,
                eval_rows,
                15,
                args.resamples,
                0,
                tier_of_class,
                floor_draws=args.floor_draws,
                top_k=TOP_K,
                cal_positions=cal_rows,
                conformal=CONFORMAL,
            )
            for name, p in arms.items()
        }
        summarise(results, baseline="arm0", headline=None)
        times.append(time.perf_counter() - start)
    fast = min(times)
    n_metrics = len(next(iter(results.values())).metrics)

    start = time.perf_counter()
    points, draws = run_loop(arms, tier_of_class, eval_rows, cal_rows, args.baseline_resamples, 0)
    slow = (time.perf_counter() - start) * args.resamples / args.baseline_resamples

    metrics = next(iter(results.values())).metrics
    same = [metrics.index(name) for name in LOOP_METRICS]
    point_diff = max(np.nanmax(np.abs(results[a].point[:, same] - points[a])) for a in arms)
    m = min(args.resamples, args.baseline_resamples)
    compared = [i for i, name in enumerate(LOOP_METRICS) if name not in RECUT]
    draw_diff = max(np.nanmax(np.abs(results[a].draws[:m][..., same][..., compared] - draws[a][:m][..., compared])) for a in arms)
    print(
        f"evaluation of {args.arms} arms x {len(SUBSETS)} subsets x {n_metrics} metrics (+ ECE floor, "
        f"{args.floor_draws} draws; the loop: {len(LOOP_METRICS)} of them, its time scaled from "
        f"{args.baseline_resamples} resamples), n = {args.rows} eval + {args.rows} cal rows, K = {args.classes}, "
        f"{args.resamples} bootstrap resamples; kdcal's times the fastest of {args.repeat} runs"
    )
    print("| method | metrics | seconds | speed-up over the loop |\n|---|---|---|---|")
    print(f"| per-resample loop (scikit-learn, relplot, scipy, numpy) | {len(LOOP_METRICS)} | {slow:.1f} | 1.0x |")
    if previous is not None:
        print(
            f"| kdcal at {args.previous} (all resamples at once) | {previous[1]} | {previous[0]:.2f} | {slow / previous[0]:.0f}x |"
        )
    print(f"| kdcal (all resamples at once) | {n_metrics} | {fast:.2f} | {slow / fast:.0f}x |")
    if previous is not None:
        print(
            f"the same call ({previous[1]} metrics at {args.previous}, {same_call[1]} here; no conformal sets): "
            f"{same_call[0]:.2f} s here against {previous[0]:.2f} s, this revision takes {same_call[0] / previous[0]:.2f} of the time"
        )
    print(f"largest |difference| from the loop: point estimates {point_diff:.2e}, bootstrap draws {draw_diff:.2e}")
    smooth_ece_table(arms["arm0"], eval_rows, args.resamples, args.baseline_resamples)


def smooth_ece_table(arm: Predictions, rows, resamples: int, baseline_resamples: int) -> None:
    """Smooth ECE of one arm on all rows: relplot's smECE once per resample against kdcal's
    all-resamples-at-once version (``metrics.smooth_ece``), on the same resamples."""
    probs = softmax(arm.logits[rows].astype(np.float64), axis=1)
    conf, correct = probs.max(1), (probs.argmax(1) == arm.labels[rows]).astype(float)
    weights = bootstrap_weights(len(conf), resamples, 0)
    start = time.perf_counter()
    fast, _ = smooth_ece(conf, correct, weights)
    fast_s = time.perf_counter() - start
    m = min(resamples, max(baseline_resamples, 100))
    start = time.perf_counter()
    resampled = [np.repeat(np.arange(len(conf)), weights[r].astype(int)) for r in range(m)]
    slow = np.array([relplot.smECE(conf[i], correct[i]) for i in resampled])
    slow_s = (time.perf_counter() - start) * resamples / m
    print(f"\nsmooth ECE of one arm, all rows, {resamples} resamples (relplot's time scaled from {m}):")
    print("| method | seconds | speed-up |\n|---|---|---|")
    print(f"| relplot.smECE per resample | {slow_s:.2f} | 1.0x |")
    print(f"| kdcal (all resamples at once) | {fast_s:.3f} | {slow_s / fast_s:.0f}x |")
    print(f"largest |difference|: {np.max(np.abs(fast[:m] - slow)):.1e}")


if __name__ == "__main__":
    main()
