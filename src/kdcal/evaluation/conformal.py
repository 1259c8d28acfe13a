"""Split conformal prediction sets: thresholds fitted on the cal half, sets evaluated on the eval
half, with the same bootstrap weights as every other metric.

Scores (p = softmax(logits); classes in order of decreasing p, ties to the lower class index, as
``argmax``; rank o(k) = 1 for the top class; cum(k) = sum of p over the classes up to and
including k in that order):
- ``lac`` (least ambiguous classifier, Sadinle, Lei & Wasserman 2019): s(x, y) = 1 - p_y;
  the set is {k : 1 - p_k <= q}.
- ``aps`` (adaptive prediction sets, Romano, Sesia & Candes 2020, non-randomised): s(x, y) = cum(y);
  the set holds classes in order until the cumulative mass reaches q, the last one included:
  {k : cum(k) - p_k < q}, never empty.
- ``raps`` (regularised APS, Angelopoulos et al. 2021, non-randomised): s(x, y) = cum(y) +
  lambda max(0, o(y) - k_reg); the set is {k : cum(k) - p_k + lambda max(0, o(k) - 1 - k_reg) < q},
  the classes in order up to the first whose penalised score reaches q.

Threshold (finite-sample split conformal): q = the ceil((n + 1)(1 - alpha))-th smallest of the n
cal scores (the higher order statistic); when that exceeds n, q = inf and every set holds every
class. Coverage is then at least 1 - alpha over exchangeable cal and eval draws. Scores and the
quantities compared with q are rounded to 12 decimals (``kdcal.evaluation.metrics.settled``), so that a score
that equals q in exact arithmetic is not put on either side of it by the last bit.

Metrics, per subset (tier) and bootstrap resample of the eval rows; the threshold stays the one
fitted on all cal rows (the intervals are conditional on the cal half):
``<method>_coverage_a<alpha>`` (share of rows whose set holds the true class),
``<method>_set_size_a<alpha>`` (mean set size), ``<method>_singleton_a<alpha>`` (share of one-class
sets), ``<method>_worst_class_gap_a<alpha>`` ((1 - alpha) minus the lowest coverage of a class with
at least ``MIN_CLASS_ROWS`` eval rows in the subset: the largest per-class shortfall; NaN when no
class has that many rows). ``alpha`` is written as configured (``f"{alpha:g}"``: 0.1 -> ``a0.1``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from kdcal.errors import ConfigError
from kdcal.evaluation.metrics import settled

METHODS = ("lac", "aps", "raps")
QUANTITIES = ("coverage", "set_size", "singleton", "worst_class_gap")
MIN_CLASS_ROWS = 10


@dataclass(frozen=True)
class ConformalSettings:
    """``evaluation.conformal``: alphas in (0, 1), methods from ``METHODS``, RAPS's lambda and k_reg."""

    alphas: tuple[float, ...] = (0.1, 0.05)
    methods: tuple[str, ...] = METHODS
    raps_lambda: float = 0.01
    raps_k_reg: int = 5

    def __post_init__(self):
        unknown = [m for m in self.methods if m not in METHODS]
        if unknown:
            raise ConfigError(f"evaluation.conformal.methods: unknown method(s) {unknown}; expected some of {list(METHODS)}")
        outside = [a for a in self.alphas if not 0 < a < 1]
        if outside:
            raise ConfigError(f"evaluation.conformal.alphas: {outside} outside (0, 1)")

    @classmethod
    def from_config(cls, section: Mapping) -> ConformalSettings:
        """From the config's ``evaluation.conformal`` mapping (schema defaults filled in)."""
        return cls(tuple(section["alphas"]), tuple(section["methods"]), section["raps_lambda"], section["raps_k_reg"])

    def metric_names(self) -> tuple[str, ...]:
        return tuple(metric_name(m, q, a) for m in self.methods for a in self.alphas for q in QUANTITIES)


def metric_name(method: str, quantity: str, alpha: float) -> str:
    return f"{method}_{quantity}_a{alpha:g}"


def set_metrics(metrics: Sequence[str]) -> list[tuple[str, str]]:
    """(method, alpha as written) of every <method>_set_size_a<alpha> metric among ``metrics``, in order."""
    return [(m.group(1), m.group(2)) for name in metrics if (m := re.fullmatch(r"([a-z]+)_set_size_a([0-9.e+-]+)", name))]


def _order(probs: np.ndarray) -> np.ndarray:
    """(n, K) class indices by decreasing probability, ties to the lower index (stable)."""
    return np.argsort(-probs, axis=1, kind="stable")


def _cumulative_and_rank(probs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(n, K) cum(k) (mass up to and including k in the sorted order) and o(k) (1-based rank), by class."""
    order = _order(probs)
    rows = np.arange(len(probs))[:, None]
    cumulative = np.empty_like(probs)
    cumulative[rows, order] = np.cumsum(probs[rows, order], axis=1)
    rank = np.empty(probs.shape, dtype=np.int64)
    rank[rows, order] = np.arange(1, probs.shape[1] + 1)
    return cumulative, rank


def class_scores(probs: np.ndarray, method: str, raps_lambda: float = 0.01, raps_k_reg: int = 5, ordered=None) -> np.ndarray:
    """(n, K) conformal score of every class of every row (the score of the true class is the cal
    score). ``ordered``: ``_cumulative_and_rank(probs)`` when already at hand."""
    if method == "lac":
        return settled(1.0 - probs)
    cumulative, rank = _cumulative_and_rank(probs) if ordered is None else ordered
    if method == "aps":
        return settled(cumulative)
    if method == "raps":
        return settled(cumulative + raps_lambda * np.maximum(rank - raps_k_reg, 0))
    raise ConfigError(f"unknown conformal method {method!r}; expected one of {METHODS}")


def threshold(scores: np.ndarray, alpha: float) -> float:
    """The ceil((n + 1)(1 - alpha))-th smallest of the (n,) cal scores; inf when that is past n."""
    n = len(scores)
    rank = int(np.ceil((n + 1) * (1 - alpha) - 1e-12))  # the tolerance keeps (n + 1) * 0.9 = 90.0 at 90
    if rank > n:
        return np.inf
    return float(np.partition(scores, rank - 1)[rank - 1])


def prediction_sets(
    probs: np.ndarray, q: float, method: str, raps_lambda: float = 0.01, raps_k_reg: int = 5, ordered=None
) -> np.ndarray:
    """(n, K) bool: class k is in row i's set (see the module docstring). ``ordered`` as for ``class_scores``."""
    if method == "lac":
        return settled(1.0 - probs) <= q
    cumulative, rank = _cumulative_and_rank(probs) if ordered is None else ordered
    before = cumulative - probs  # mass of the classes ahead of k
    if method == "aps":
        return settled(before) < q
    if method == "raps":
        return settled(before + raps_lambda * np.maximum(rank - 1 - raps_k_reg, 0)) < q
    raise ConfigError(f"unknown conformal method {method!r}; expected one of {METHODS}")


def conformal_metrics(
    cal_probs: np.ndarray,
    cal_labels: np.ndarray,
    probs: np.ndarray,
    labels: np.ndarray,
    *,
    masks: Mapping[str, np.ndarray],
    weights: np.ndarray,
    settings: ConformalSettings,
) -> dict[tuple[str, str], np.ndarray]:
    """{(subset, metric): (R,)} for every metric of ``settings`` on the rows of each subset.

    cal_probs: (m, K) probabilities of the cal rows, cal_labels (m,); probs: (n, K) of the eval
    rows, labels (n,); masks: subset -> (n,) 0/1; weights: (R, n) row multiplicities.
    """
    n, k = probs.shape
    rows = np.arange(n)
    cal_rows = np.arange(len(cal_labels))
    settings_order = [(m, a) for m in settings.methods for a in settings.alphas]
    covered, size = np.empty((n, len(settings_order))), np.empty((n, len(settings_order)))
    # The sort of every row, shared by APS and RAPS and every alpha.
    needs_order = any(m != "lac" for m in settings.methods)
    cal_order = _cumulative_and_rank(cal_probs) if needs_order else None
    order = _cumulative_and_rank(probs) if needs_order else None
    lam, k_reg = settings.raps_lambda, settings.raps_k_reg
    for p, (method, alpha) in enumerate(settings_order):
        scores = class_scores(cal_probs, method, lam, k_reg, cal_order)[cal_rows, cal_labels]
        sets = prediction_sets(probs, threshold(scores, alpha), method, lam, k_reg, order)
        covered[:, p], size[:, p] = sets[rows, labels], sets.sum(axis=1)
    per_row = np.hstack([np.ones((n, 1)), covered, size, size == 1])  # (n, 1 + 3P)
    # Per class: rows, then covered rows of each (method, alpha), as one sparse (n, K (1 + P)) matrix.
    columns = labels[:, None] + k * np.arange(1 + len(settings_order))[None, :]
    values = np.hstack([np.ones((n, 1)), covered])
    by_class = sparse.csr_matrix(
        (values.ravel(), columns.ravel(), np.arange(n + 1) * values.shape[1]), shape=(n, (1 + len(settings_order)) * k)
    )
    out = {}
    class_rows = np.bincount(labels, minlength=k)

    def class_sums_of(mask):
        """(R, 1 + P, K) weighted rows and covered rows by class on the rows where ``mask`` is 1 (the
        mask applied to the sparse terms, so the weights' transpose is read as it lies)."""
        in_subset = by_class.multiply(mask[:, None]).tocsr()
        return np.asarray((in_subset.T @ weights.T).T).reshape(len(weights), 1 + len(settings_order), k)

    every_row = None  # the class sums over all rows, computed once when a subset can use them
    for subset, mask in masks.items():
        # The subset's rows picked in the per-row terms rather than in the (R, n) weights: a mask of
        # n rows instead of R x n products.
        sums = weights @ (per_row * mask[:, None])
        subset_rows = np.bincount(labels[mask > 0], minlength=k)
        enough = subset_rows >= MIN_CLASS_ROWS  # judged classes, fixed on the evaluated rows
        if np.array_equal(subset_rows[enough], class_rows[enough]):
            # Every row of each judged class is in the subset (tiers follow the true class), so
            # its sums are those over all rows: one product serves every such subset.
            every_row = class_sums_of(np.ones(n)) if every_row is None else every_row
            class_sums = every_row
        else:
            class_sums = class_sums_of(mask)
        with np.errstate(invalid="ignore", divide="ignore"):  # 0 / 0: no rows, or a class a resample never draws
            shares = sums[:, 1:] / sums[:, :1]
            class_coverage = class_sums[:, 1:, enough] / class_sums[:, :1, enough]  # (R, P, judged)
        # A class that a resample does not draw has no coverage there and does not count; with no
        # class judged (or none drawn) the minimum stays inf and the gap is NaN.
        worst = np.nanmin(class_coverage, axis=2, initial=np.inf)
        for p, (method, alpha) in enumerate(settings_order):
            for j, quantity in enumerate(QUANTITIES[:3]):
                out[(subset, metric_name(method, quantity, alpha))] = shares[:, j * len(settings_order) + p]
            out[(subset, metric_name(method, "worst_class_gap", alpha))] = np.where(
                np.isfinite(worst[:, p]), 1 - alpha - worst[:, p], np.nan
            )
    return out


def check_alphas_and_rows(settings: ConformalSettings, n_cal: int, source: str) -> None:
    """Refuse an alpha below 1 / (n_cal + 1): its threshold is infinite and every set every class.
    With no methods (``evaluation.conformal.methods: []``: no sets) the alphas are not used and
    nothing is refused."""
    low = [a for a in settings.alphas if a < 1 / (n_cal + 1)] if settings.methods else []
    if low:
        raise ConfigError(
            f"{source}: evaluation.conformal.alphas {low} need more than {n_cal} cal rows "
            f"(alpha >= 1 / (n + 1) = {1 / (n_cal + 1):.4g}); every set would hold every class"
        )
