"""Per-arm evaluation on the eval half, and the study's summary: intervals, paired differences
and the headline ratio.

The headline ratio compares how much of the vanilla student's ECE each remedy removes:

    ratio = (ECE[vanilla] - ECE[vanilla_ts]) / (ECE[vanilla] - ECE[kd])

(published: (0.1308 - 0.0263) / (0.1308 - 0.0546) = 137%). Its interval, like every difference
between arms, comes from the same bootstrap resamples of the eval rows for all arms (paired).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from kdcal.evaluation.conformal import ConformalSettings, conformal_metrics
from kdcal.evaluation.metrics import (
    BUILTIN_METRICS,
    DEFAULT_TOP_K,
    METRICS,
    SUBSETS,
    bootstrap_interval,
    bootstrap_weights,
    consistency_floor,
    declared,
    evaluate,
    metric_names,
    percentile_interval,
    probabilities,
    subset_mask,
)
from kdcal.predictions import Predictions, save_npz_atomic

RATIO_METRIC = "ece_gain_ratio"
# The headline ratio with other calibration errors in place of ECE: metric -> ratio's name.
RATIO_METRICS = {"ece": RATIO_METRIC, "ece_debiased": "ece_debiased_gain_ratio", "smece": "smece_gain_ratio"}
FLOOR_METRIC = "ece_floor"
# How much of the teacher's calibration reaches its student: a student distilled from the
# temperature-scaled teacher against the same recipe from the raw teacher,
#     (ECE[student of calibrated teacher] - ECE[student of raw teacher]) / (ECE[teacher_ts] - ECE[teacher])
# (100%: the student's ECE moves exactly as much as the teacher's did), under arm <calibrated>_vs_<raw>.
TRANSFER_METRIC = "calibration_transfer_ratio"
TEACHER_ARMS = ("teacher", "teacher_ts")
COMPARISON = "_vs_"  # joins the two arms of a comparison row
# Interval method of a metric's own rows and of its paired differences (the `_diff_vs_` rows), from
# its declaration (kdcal.evaluation.metrics.BUILTIN_METRICS): the one whose coverage of the true
# value came closest to the nominal level on simulated models with known values
# (benchmarks/bench_interval_coverage.py, --differences for differences; docs/results.md,
# "Intervals"), where it beat the percentile interval by more than 2 points of mean distance from the
# level (the simulation's own noise is about 1.5 points). The basic interval for the metrics biased
# upward at small values. When one arm is near calibrated, its upward-biased ECE shrinks a
# difference towards 0 and the resampled differences inherit it, so the percentile interval of an
# ECE difference covered the truth in 22-47% of simulated pairs and the basic one in 54-88%.
# Everything else, and every ratio, uses the percentile interval.
INTERVAL_METHOD = {m.name: m.interval for m in BUILTIN_METRICS if m.interval != "percentile"}
# Smallest possible value of each metric with a basic interval (the interval is cut there).
LOWEST = {m.name: m.lowest for m in BUILTIN_METRICS if m.interval == "basic"}
DIFFERENCE_METHOD = {m.name: m.difference for m in BUILTIN_METRICS if m.difference != "percentile"}


def comparison_name(first: str, second: str) -> str:
    """The ``arm`` of a row comparing two arms (``vanilla_ts_vs_kd``): a file format of metrics.tsv.
    Arm names cannot contain ``_vs_`` (the schema refuses them), so ``comparison_arms`` undoes it."""
    return f"{first}{COMPARISON}{second}"


def difference_metric(metric: str, baseline: str) -> str:
    """The metric of a paired-difference row, ``<metric>_diff_vs_<baseline>`` (arm minus baseline)."""
    return f"{metric}_diff{COMPARISON}{baseline}"


def comparison_arms(name: str) -> tuple[str, str]:
    """The two arms of a comparison row, ``comparison_name``'s inverse."""
    first, _, second = name.partition(COMPARISON)
    return first, second


def metric_interval(metric: str, point: float, draws: np.ndarray, level: float, difference: bool = False):
    """The interval of a metric's rows (its declared ``interval``, cut at its ``lowest``) or of a
    paired difference in that metric (its declared ``difference``); percentile for any other name."""
    spec = declared(metric)
    if difference:
        return bootstrap_interval(point, draws, level, spec.difference if spec else "percentile")
    return bootstrap_interval(point, draws, level, spec.interval if spec else "percentile", spec.lowest if spec else -np.inf)


@dataclass(frozen=True)
class EvaluationSettings:
    """The ``evaluation`` section of a study config as one object: what each rule reads of it
    (``for_arm``, ``for_figures``, ...) comes from here, so a key reaches every rule that uses it
    under one name. ``headline``: (baseline, post-hoc arm, distilled arm)."""

    ece_bins: int
    resamples: int
    seed: int
    floor_draws: int
    top_k: tuple[int, ...]
    conformal: Mapping
    level: float
    baseline: str
    headline: tuple[str, str, str]
    published_ratio: float | None
    min_rows: int

    @classmethod
    def from_config(cls, evaluation: Mapping) -> EvaluationSettings:
        headline = evaluation["headline"]
        return cls(
            ece_bins=evaluation["ece_bins"],
            resamples=evaluation["bootstrap_resamples"],
            seed=evaluation["bootstrap_seed"],
            floor_draws=evaluation["floor_draws"],
            top_k=tuple(evaluation["top_k"]),
            conformal=evaluation["conformal"],
            level=evaluation["confidence_level"],
            baseline=evaluation["baseline"],
            headline=(evaluation["baseline"], headline["posthoc"], headline["distilled"]),
            published_ratio=headline["published_ratio"],
            min_rows=evaluation["min_rows"],
        )

    def for_arm(self) -> dict:
        """evaluate_arm's params: the bins, the bootstrap, the floor, the ranks and the conformal sets."""
        return {
            "ece_bins": self.ece_bins,
            "resamples": self.resamples,
            "seed": self.seed,
            "floor_draws": self.floor_draws,
            "top_k": list(self.top_k),
            "conformal": self.conformal,
        }


# Fewest rows in a subset for which an interval is reported: with fewer, a bootstrap of a binned or
# ratio metric says more about the handful of rows than about the model, so ci_low / ci_high are
# NaN and the table says "too few rows" (the point estimate is still given).
MIN_INTERVAL_ROWS = 20


@dataclass
class ArmResult:
    """point: (S, M) metric values; draws: (R, S, M) bootstrap values; n_rows: (S,) rows per subset;
    floor: (D, S) ECE of D perfectly calibrated replicas (``consistency_floor``), or empty (0, S)."""

    point: np.ndarray
    draws: np.ndarray
    n_rows: np.ndarray
    subsets: tuple[str, ...] = SUBSETS
    metrics: tuple[str, ...] = METRICS
    floor: np.ndarray = field(default_factory=lambda: np.zeros((0, len(SUBSETS))))

    def save(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    @classmethod
    def load(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)


def evaluate_arm(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
    *,
    top_k: Sequence[int] = DEFAULT_TOP_K,
    cal_positions: np.ndarray | None = None,
    conformal: ConformalSettings | None = None,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``); with ``conformal``
    and ``cal_positions`` (the cal half) also the conformal sets' metrics (``kdcal.evaluation.conformal``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions].astype(str)
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the
    # resamples. Column-major like ``bootstrap_weights``, so the sparse products and the row gathers
    # of ``evaluate`` read contiguous memory instead of copying the transpose each time.
    weights = np.column_stack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed).T]).T
    values = evaluate(logits, labels, tiers, weights, n_bins=n_bins, tier_of_class=dict(tier_of_class), top_k=top_k)
    metrics = metric_names(top_k)
    if conformal is not None and cal_positions is not None and len(conformal.methods) and len(conformal.alphas):
        cal_probs = probabilities(np.asarray(predictions.logits)[cal_positions])
        cal_labels = np.asarray(predictions.labels)[cal_positions]
        masks = {s: subset_mask(tiers, s) for s in SUBSETS}
        values.update(
            conformal_metrics(
                cal_probs, cal_labels, probabilities(logits), labels, masks=masks, weights=weights, settings=conformal
            )
        )
        metrics += conformal.metric_names()
    both = np.stack([np.stack([values[(s, m)] for m in metrics], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, metrics=metrics, floor=floor)


def summarise(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
    transfer: Sequence[tuple[str, str]] = (),
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``;
    then, for each (raw-teacher student, calibrated-teacher student) pair in ``transfer`` when both
    and the teacher's two arms are present, ``calibration_transfer_ratio`` under arm
    ``<calibrated>_vs_<raw>`` (``TRANSFER_METRIC``), its interval from the same paired resamples.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan, difference=False):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``metric_interval``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        if metric is None:
            return percentile_interval(draws, level)
        return metric_interval(metric, point, draws, level, difference)

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    diff = res.point[i, j] - base.point[i, j]
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i], metric, diff, True)
                    rows.append((arm, subset, difference_metric(metric, baseline), diff, low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((comparison_name(headline[1], headline[2]), subset, ratio, point, *interval(draws, van.n_rows[i])))
    for raw, calibrated in transfer:
        if not all(a in results for a in (raw, calibrated, *TEACHER_ARMS)):
            continue
        student, scaled, teacher, teacher_ts = (results[a] for a in (raw, calibrated, *TEACHER_ARMS))
        j = student.metrics.index("ece")
        for i, subset in enumerate(student.subsets):
            with np.errstate(invalid="ignore", divide="ignore"):
                point = (scaled.point[i, j] - student.point[i, j]) / (teacher_ts.point[i, j] - teacher.point[i, j])
                draws = (scaled.draws[:, i, j] - student.draws[:, i, j]) / (teacher_ts.draws[:, i, j] - teacher.draws[:, i, j])
            rows.append((comparison_name(calibrated, raw), subset, TRANSFER_METRIC, point, *interval(draws, student.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def write_metrics_tsv(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=False, float_format="%.6f", na_rep="nan")
