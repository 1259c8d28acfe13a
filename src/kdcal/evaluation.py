"""Per-arm evaluation on the eval half, and the study's summary: intervals, paired differences
and the headline ratio.

The headline ratio compares how much of the vanilla student's ECE each remedy removes:

    ratio = (ECE[vanilla] - ECE[vanilla_ts]) / (ECE[vanilla] - ECE[kd])

(published: (0.1308 - 0.0263) / (0.1308 - 0.0546) = 137%). Its interval, like every difference
between arms, comes from the same bootstrap resamples of the eval rows for all arms (paired).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from kdcal.metrics import METRICS, SUBSETS, bootstrap_weights, evaluate, percentile_interval
from kdcal.predictions import Predictions, save_npz_atomic

RATIO_METRIC = "ece_gain_ratio"


@dataclass
class ArmResult:
    """point: (S, M) metric values; draws: (R, S, M) bootstrap values; n_rows: (S,) rows per subset."""

    point: np.ndarray
    draws: np.ndarray
    n_rows: np.ndarray
    subsets: tuple[str, ...] = SUBSETS
    metrics: tuple[str, ...] = METRICS

    def save(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
        )

    @classmethod
    def load(cls, path) -> ArmResult:
        with np.load(path, allow_pickle=False) as data:
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]))


def evaluate_arm(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws.

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    point_d = evaluate(logits, labels, tiers, None, n_bins, dict(tier_of_class))
    weights = bootstrap_weights(len(positions), n_resamples, seed)
    draws_d = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    point = np.array([[point_d[(s, m)][0] for m in METRICS] for s in SUBSETS])
    draws = np.stack([np.stack([draws_d[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    return ArmResult(point, draws, n_rows)


def summarise(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric; then ``<metric>_diff_vs_<baseline>`` (arm minus baseline,
    paired interval) for every other arm; then, when the three headline arms (baseline, post-hoc,
    distilled) are present, ``ece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []
    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = percentile_interval(res.draws[:, i, j], level)
                rows.append((arm, subset, metric, res.point[i, j], low, high))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    diff = res.draws[:, i, j] - base.draws[:, i, j]
                    low, high = percentile_interval(diff, level)
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        j = van.metrics.index("ece")
        for i, subset in enumerate(van.subsets):
            with np.errstate(invalid="ignore", divide="ignore"):
                point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
            low, high = percentile_interval(draws, level)
            rows.append((f"{headline[1]}_vs_{headline[2]}", subset, RATIO_METRIC, point, low, high))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def write_metrics_tsv(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=False, float_format="%.6f", na_rep="nan")


def _cell(frame: pd.DataFrame, arm: str, subset: str, metric: str, digits: int = 4, scale: float = 1.0) -> str:
    hit = frame[(frame.arm == arm) & (frame.subset == subset) & (frame.metric == metric)]
    if hit.empty or not np.isfinite(hit.value.iloc[0]):
        return "n/a"
    v, lo, hi = (hit[c].iloc[0] * scale for c in ("value", "ci_low", "ci_high"))
    return f"{v:.{digits}f} [{lo:.{digits}f}, {hi:.{digits}f}]"


ARM_LABELS = {
    "teacher": "teacher",
    "vanilla": "vanilla (cross-entropy)",
    "vanilla_ts": "vanilla + temperature scaling",
    "kd": "distilled (KD)",
    "kd_ts": "distilled + temperature scaling",
    "vanilla_vs": "vanilla + vector scaling",
    "kd_vs": "distilled + vector scaling",
}


def render_table(
    frame: pd.DataFrame,
    arms: Sequence[str],
    temperatures: Mapping[str, float],
    n_eval: Mapping[str, int],
    baseline: str = "vanilla",
    headline: Sequence[str] = ("vanilla", "vanilla_ts", "kd"),
    title: str = "kdcal results",
    notes: Sequence[str] = (),
) -> str:
    """The results table in Markdown: the published table's shape plus intervals, differences,
    tiers and the headline sentence."""
    lines = [f"# {title}", ""]
    lines.append(
        f"Eval half of validation, n = {n_eval.get('all', 'n/a')} rows "
        f"(head {n_eval.get('head', 0)}, mid {n_eval.get('mid', 0)}, tail {n_eval.get('tail', 0)}). "
        "Brackets: 95% bootstrap intervals (percentile, paired across arms)."
    )
    lines += [""] + list(notes) + ([""] if notes else [])
    lines += [
        "## All classes",
        "",
        "| arm | ECE | NLL | macro F1 | accuracy | Brier | T (fit on cal) |",
        "|---|---|---|---|---|---|---|",
    ]
    for arm in arms:
        t = temperatures.get(arm)
        t_cell = f"{t:.3f}" if t is not None else "–"
        cells = [_cell(frame, arm, "all", m) for m in ("ece", "nll", "macro_f1", "accuracy", "brier")]
        lines.append(f"| {ARM_LABELS.get(arm, arm)} | " + " | ".join(cells) + f" | {t_cell} |")

    others = [
        a for a in arms if a != baseline and not frame[(frame.arm == a) & (frame.metric == f"ece_diff_vs_{baseline}")].empty
    ]
    if others:
        lines += ["", f"## Difference from {baseline} (arm minus {baseline}; paired bootstrap)", ""]
        lines += ["| arm | ΔECE | ΔNLL | Δmacro F1 | Δaccuracy | ΔAURC |", "|---|---|---|---|---|---|"]
        for arm in others:
            cells = [_cell(frame, arm, "all", f"{m}_diff_vs_{baseline}") for m in ("ece", "nll", "macro_f1", "accuracy", "aurc")]
            lines.append(f"| {ARM_LABELS.get(arm, arm)} | " + " | ".join(cells) + " |")

    more = (("ece_adaptive", "adaptive ECE"), ("ece_classwise", "classwise ECE"), ("mce", "MCE"), ("aurc", "AURC"))
    lines += ["", "## More calibration metrics (definitions: README, 'Metrics')", ""]
    lines += ["| arm | " + " | ".join(label for _, label in more) + " |", "|---|" + "---|" * len(more)]
    for arm in arms:
        lines.append(f"| {ARM_LABELS.get(arm, arm)} | " + " | ".join(_cell(frame, arm, "all", m) for m, _ in more) + " |")

    for metric, label in (("ece", "ECE"), ("nll", "NLL"), ("macro_f1", "macro F1")) + more:
        lines += ["", f"## {label} by tier (tiers by training frequency of the true class)", ""]
        lines += ["| arm | all | head | mid | tail |", "|---|---|---|---|---|"]
        for arm in arms:
            cells = [_cell(frame, arm, s, metric) for s in SUBSETS]
            lines.append(f"| {ARM_LABELS.get(arm, arm)} | " + " | ".join(cells) + " |")

    ratio_arm = f"{headline[1]}_vs_{headline[2]}"
    hit = frame[(frame.arm == ratio_arm) & (frame.subset == "all") & (frame.metric == RATIO_METRIC)]
    if not hit.empty:
        r = hit.iloc[0]
        van = frame[(frame.arm == headline[0]) & (frame.subset == "all") & (frame.metric == "ece")].value.iloc[0]
        post = frame[(frame.arm == headline[1]) & (frame.subset == "all") & (frame.metric == "ece")].value.iloc[0]
        kd = frame[(frame.arm == headline[2]) & (frame.subset == "all") & (frame.metric == "ece")].value.iloc[0]
        lines += [
            "",
            "## Headline",
            "",
            (
                f"One fitted temperature removes {100 * r.value:.0f}% as much ECE as distillation does "
                f"(95% interval {100 * r.ci_low:.0f}% to {100 * r.ci_high:.0f}%): "
                f"{headline[0]} ECE {van:.4f} -> {post:.4f} with temperature scaling, -> {kd:.4f} with distillation "
                "(published study: 137%)."
            ),
        ]
    return "\n".join(lines) + "\n"
