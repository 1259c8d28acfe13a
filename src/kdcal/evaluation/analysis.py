"""The published course's analyses of prediction files: agreement with the teacher and
selective-prediction coverage.

- Jensen-Shannon divergence from the teacher: per row,
  JS(p, q) = 1/2 KL(p || m) + 1/2 KL(q || m) with m = (p + q) / 2, in bits (range 0 to 1), averaged
  over rows (scipy's ``jensenshannon`` returns the square root of this, the JS distance).
  ``js_divergence_course`` is the course's: both distributions clipped at 1e-12 first, in nats
  (range 0 to ln 2).
- Argmax agreement: share of rows whose top-1 class equals the teacher's.
- Coverage at threshold t: the rows with confidence (max softmax probability) >= t are "covered";
  coverage = their share, accuracy = accuracy on them, covered = their number.
- Tier F1 bootstrap (the course's "inside bootstrap noise on most tiers"): per tier, resample the
  tier's rows with replacement at the tier's size, ``np.random.RandomState(seed)`` drawing
  ``rng.choice(idx, len(idx))`` for head, then mid, then tail; per resample the difference of the
  course's tier macro F1 (``f1_score(..., labels=TIER_LABELS, average="macro", zero_division=0)``)
  of two arms' predicted classes; report the median and the 2.5 / 97.5% quantiles.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy.special import rel_entr

from kdcal.evaluation.metrics import SUBSETS, per_class_f1, probabilities, top_confidence


def js_divergence(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def js_divergence_course(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def _subset_rows(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), bool) if subset == "all" else np.asarray(tiers) == subset


def teacher_agreement(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def coverage_table(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = top_confidence(probs)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def lowest_threshold(table: pd.DataFrame, subset: str = "all") -> float | None:
    """The lowest threshold whose covered accuracy meets the target, or None when none does."""
    hits = table[(table.subset == subset) & table.meets_target]
    return float(hits.threshold.min()) if not hits.empty else None


def tier_f1(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def tier_f1_bootstrap(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    *,
    n_resamples: int,
    seed: int,
    level: float,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. n_resamples, seed, level: ``evaluation.bootstrap_resamples``, ``bootstrap_seed``
    and ``confidence_level``. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def per_class_table(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def teacher_temperature_table(
    logits: np.ndarray, labels: np.ndarray, row_sets: dict[str, np.ndarray], divisors: dict[str, float]
) -> pd.DataFrame:
    """Whether the teacher a distilled arm learns from is scaled right: for the teacher as imported
    (``arm`` "teacher", divisor 1) and for each distilled arm (``divisors``: arm -> what it divides
    the teacher's logits by), on each row set, the temperature T* that would minimise the NLL of the
    divided validation logits, with the NLL at T = 1 and at T*.

    T* ~ 1: scaled right; T* < 1: under-confident, e.g. divided too far (a temperature applied to
    logits that were already scaled: published *_final logits divided by 1.25 again give T* ~ 0.8);
    T* > 1: over-confident. logits: (n, K) teacher validation logits; labels: (n,); row_sets: name ->
    positions (``kdcal.data.split.row_sets``).
    """
    from kdcal.calibration.maps import fit_temperature, nll_at_temperature

    logits = np.asarray(logits, dtype=np.float64)
    rows = []
    for arm, divisor in {"teacher": 1.0, **divisors}.items():
        for rows_name, index in row_sets.items():
            z = logits[index] / float(divisor)
            optimum = fit_temperature(z, labels[index])
            rows.append(
                (
                    arm,
                    float(divisor),
                    rows_name,
                    optimum,
                    nll_at_temperature(z, labels[index], 1.0),
                    nll_at_temperature(z, labels[index], optimum),
                )
            )
    return pd.DataFrame(rows, columns=["arm", "divisor", "rows", "optimal_temperature", "nll", "nll_at_optimum"])
