"""The published course's analyses of prediction files: agreement with the teacher and
selective-prediction coverage.

- Jensen-Shannon divergence from the teacher: per row,
  JS(p, q) = 1/2 KL(p || m) + 1/2 KL(q || m) with m = (p + q) / 2, in bits (range 0 to 1), averaged
  over rows (scipy's ``jensenshannon`` returns the square root of this, the JS distance).
- Argmax agreement: share of rows whose top-1 class equals the teacher's.
- Coverage at threshold t: the rows with confidence (max softmax probability) >= t are "covered";
  coverage = their share, accuracy = accuracy on them, covered = their number.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy.special import rel_entr

from kdcal.metrics import SUBSETS, probabilities


def js_divergence(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def _subset_rows(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), bool) if subset == "all" else np.asarray(tiers) == subset


def teacher_agreement(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence and argmax agreement per subset. logits, teacher_logits: (n, K) logits
    of the same rows; tiers: (n,). Columns: subset, js_divergence, argmax_agreement, rows."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    js = js_divergence(p, q)
    agree = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, js[mask].mean() if n else np.nan, agree[mask].mean() if n else np.nan, n))
    return pd.DataFrame(rows, columns=["subset", "js_divergence", "argmax_agreement", "rows"])


def coverage_table(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
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
