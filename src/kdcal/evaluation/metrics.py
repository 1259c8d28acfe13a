"""Calibration and accuracy metrics with fast, paired bootstrap resampling.

Every metric is written as a ratio of weighted sums over rows, ``sum_i w_i a_i / sum_i w_i b_i``
(macro F1 and ECE take one more cheap step per class or per bin). A bootstrap resample is a vector
of multiplicities ``w`` (how often each row was drawn), so all resamples of all metrics come from
one sparse-times-dense product ``S^T @ W^T`` with S the (rows x statistics) matrix of per-row
terms and W the (resamples x rows) multiplicity matrix. The point estimate is the same code with
``w = 1``. This is why the module does not call scikit-learn per resample: the loop over resamples
that ``f1_score`` would need is ~100x slower (see ``benchmarks/bench_evaluation.py``), while the
tests check every point estimate against scikit-learn and a plain-loop ECE.

The definition of every metric here (``METRICS`` and the top-k ones) is in docs/metrics.md,
"Definitions", their one home; each function's docstring names the definition it computes, and
the tests check each against an independent computation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from scipy import fft, sparse
from scipy.special import digamma, ndtr, ndtri, softmax

from kdcal.errors import ConfigError
from kdcal.predictions import TIERS

# --- the column layout of the weighted sums ----------------------------------------------------
# Per-row terms, laid out once: the head (shared by all subsets), then one block per subset. A width
# is 1, "K" (one column per class), "B" (one per ECE bin) or "KB". ``_stat_columns`` builds the
# columns in this order, ``evaluate`` steps through the blocks by ``ColumnLayout.width`` and a
# metric's kernel reads its columns by name.
HEAD_COLUMNS = (("true_class", "K"), ("pred_class", "K"), ("true_positive", "K"), ("classwise_gap", "KB"))
SUBSET_COLUMNS = (
    ("rows", "1"),  # the subset's rows
    ("correct", "1"),
    ("nll", "1"),
    ("brier", "1"),
    ("gap_by_bin", "B"),  # sum of (correct - confidence) by equal-width bin
    ("rows_by_bin", "B"),
    ("gap_by_mass_bin", "B"),  # ... by equal-mass bin (of the subset's own rows)
    ("true_class", "K"),  # on the subset's rows only
    ("pred_class", "K"),
    ("true_positive", "K"),
    ("correct_by_mass_bin", "B"),
    ("rows_by_mass_bin", "B"),
)


class ColumnLayout:
    """Offsets of named column groups (``HEAD_COLUMNS`` or ``SUBSET_COLUMNS``) for K classes and B bins."""

    def __init__(self, groups, k: int, n_bins: int):
        sizes = {"1": 1, "K": k, "B": n_bins, "KB": k * n_bins}
        self.slices, offset = {}, 0
        for name, size in groups:
            self.slices[name] = slice(offset, offset + sizes[size])
            offset += sizes[size]
        self.width = offset
        self.groups = tuple(name for name, _ in groups)
        self.scalar = {name for name, size in groups if size == "1"}

    def columns(self, block: np.ndarray, name: str) -> np.ndarray:
        """Group ``name`` of an (R, width) block: (R,) for a one-column group, else (R, size)."""
        where = self.slices[name]
        return block[:, where.start] if name in self.scalar else block[:, where]


@dataclass
class SubsetSums:
    """What a metric's kernel reads for one subset: its weighted column sums by name (``sums[name]``),
    and the per-class terms of the head: f1 (R, K) per-class F1 on all rows, present (R, K) classes
    in truth or prediction, class_error (R, K) classwise calibration error; in_tier (K,) the classes
    of the subset; is_all: the subset is every row."""

    block: np.ndarray
    layout: ColumnLayout
    f1: np.ndarray
    present: np.ndarray
    class_error: np.ndarray
    in_tier: np.ndarray
    is_all: bool

    def __getitem__(self, name: str) -> np.ndarray:
        return self.layout.columns(self.block, name)


# --- the metrics, each declared once -------------------------------------------------------------


@dataclass(frozen=True)
class Metric:
    """One metric of metrics.tsv. ``title``: its column header in results/table.md. ``interval``: the
    bootstrap interval of its own rows, ``difference``: of its paired differences (chosen by measured
    coverage, see ``INTERVAL_METHOD`` in kdcal.evaluation.evaluate); ``lowest``: where a basic interval
    is cut (its smallest possible value). ``sections``: table section -> column position
    (kdcal.reporting.results_table). ``anchor``: the section of docs/metrics.md that defines it.
    ``kernel``: the metric of one subset from its ``SubsetSums``, (R,) values; None for the metrics
    ``evaluate`` computes in its own passes (AURC, the refinement split, smooth ECE, ranking)."""

    name: str
    title: str
    interval: str = "percentile"
    difference: str = "percentile"
    sections: Mapping[str, int] = field(default_factory=dict)
    anchor: str = "definitions"
    kernel: Callable[[SubsetSums], np.ndarray] | None = None

    @property
    def lowest(self) -> float:
        return 0.0 if self.interval == "basic" else -np.inf


def _ratio(name):
    return lambda c: c[name] / c["rows"]


def _abs_sum(name):
    return lambda c: np.abs(c[name]).sum(axis=1) / c["rows"]


def _macro_f1(c):
    f1_present = c.present & c.in_tier
    return (c.f1 * f1_present).sum(axis=1) / f1_present.sum(axis=1)


def _macro_f1_course(c):
    course_classes = c.present if c.is_all else np.broadcast_to(c.in_tier, c.present.shape)
    own = per_class_f1(c["true_class"], c["pred_class"], c["true_positive"])
    return (own * course_classes).sum(axis=1) / course_classes.sum(axis=1)


def _classwise(c):
    return c.class_error[:, c.in_tier].mean(axis=1) if c.in_tier.any() else np.full(len(c.block), np.nan)


def _mce(c):
    bin_error = (np.abs(c["gap_by_bin"]) / np.maximum(c["rows_by_bin"], 1)).max(axis=1)  # an empty bin's gap is 0
    return np.where(c["rows"] > 0, bin_error, np.nan)


def _debiased(c):
    return _debiased_ece(c["gap_by_mass_bin"], c["correct_by_mass_bin"], c["rows_by_mass_bin"], c["rows"])


# The basic interval where it covered the true value closer to the nominal level than the
# percentile interval (benchmarks/bench_interval_coverage.py, --differences for the differences).
BUILTIN_METRICS = (
    Metric("ece", "ECE", "basic", "basic", {"main": 0, "difference": 0, "summary": 0, "tiers": 0}, kernel=_abs_sum("gap_by_bin")),
    Metric("nll", "NLL", sections={"main": 1, "difference": 1, "summary": 1, "tiers": 1}, kernel=_ratio("nll")),
    Metric("macro_f1", "macro F1", sections={"main": 2, "difference": 2, "summary": 2}, kernel=_macro_f1),
    Metric("accuracy", "accuracy", sections={"main": 3, "difference": 3, "summary": 3}, kernel=_ratio("correct")),
    Metric("brier", "Brier", sections={"main": 4}, kernel=_ratio("brier")),
    Metric("ece_adaptive", "adaptive ECE", "basic", "basic", {"more": 0}, kernel=_abs_sum("gap_by_mass_bin")),
    Metric("ece_classwise", "classwise ECE", "basic", "basic", {"more": 1}, kernel=_classwise),
    Metric("mce", "MCE", "basic", sections={"more": 2}, kernel=_mce),
    Metric("aurc", "AURC", sections={"more": 3, "difference": 4}),
    Metric("macro_f1_course", "macro F1", kernel=_macro_f1_course),
    Metric("ece_debiased", "debiased ECE", sections={"floor": 0}, kernel=_debiased),
    Metric("eaurc", "eAURC", sections={"floor": 4}),
    Metric("nll_calibration", "NLL calibration", "basic", sections={"floor": 2}),
    Metric("nll_refinement", "NLL refinement", sections={"floor": 3}),
    Metric("smece", "smooth ECE", difference="basic", sections={"floor": 1}),
    Metric("brier_calibration", "Brier calibration"),
    Metric("brier_refinement", "Brier refinement"),
    Metric("mean_reciprocal_rank", "mean reciprocal rank"),
)
METRICS = tuple(m.name for m in BUILTIN_METRICS)
# Every metric evaluate computes: the built-in ones, then any added with ``register_metric``.
DECLARED: dict[str, Metric] = {m.name: m for m in BUILTIN_METRICS}


def register_metric(metric: Metric) -> Metric:
    """Add a metric computed from the column sums (it needs a ``kernel``)."""
    if metric.kernel is None:
        raise ValueError(f"metric {metric.name!r}: a registered metric needs a kernel")
    DECLARED[metric.name] = metric
    return metric


def unregister_metric(name: str) -> None:
    if name not in METRICS:
        DECLARED.pop(name, None)


def declared(name: str) -> Metric | None:
    return DECLARED.get(name)


def section_metrics(section: str) -> tuple[tuple[str, str], ...]:
    """(metric, title) of a table section, in its column order."""
    chosen = sorted((m.sections[section], m.name, m.title) for m in DECLARED.values() if section in m.sections)
    return tuple((name, title) for _, name, title in chosen)


# evaluation.top_k: top{k}_accuracy and top{k}_mass_gap for each k (``ranking_metric_names``).
DEFAULT_TOP_K = (1, 3, 5)
SUBSETS = ("all",) + TIERS
NLL_CLIP = 1e-12


def probabilities(logits: np.ndarray) -> np.ndarray:
    """(n, K) logits -> (n, K) float64 probabilities."""
    return softmax(np.asarray(logits, dtype=np.float64), axis=1)


# Confidences, and the conformal scores, are binned, sorted and compared to thresholds at 12
# decimals. A map whose outputs are exact fractions (the top-label isotonic map's flat steps: 0.2,
# 0.6), stored as logits and read back through a softmax, or recomputed by another program, comes
# back a few units in the last place away from the fraction, on either side of an ECE bin edge
# (k / 15), a coverage threshold, a conformal threshold or a tied row. Rounded, every program that
# computes the same probabilities puts such a row in the same bin and order; a confidence moves by
# at most 5e-13, far below anything reported.
SETTLE_DECIMALS = 12


def settled(values: np.ndarray) -> np.ndarray:
    """``values`` rounded to SETTLE_DECIMALS decimals."""
    return np.round(values, SETTLE_DECIMALS)


def top_confidence(probs: np.ndarray) -> np.ndarray:
    """(n,) the largest probability of each row, ``settled``."""
    return settled(probs.max(axis=1))


def bin_index(confidence: np.ndarray, n_bins: int) -> np.ndarray:
    """Equal-width bin of each confidence with intervals (lo, hi]: bin j holds (j/B, (j+1)/B].

    Uses the same ``np.linspace`` edges and comparisons as the loop ``(conf > lo) & (conf <= hi)``,
    so float rounding at the edges puts every row where that loop would. Confidence 0 (which a
    softmax never gives) would fall in bin 0.
    """
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    # side="left" (searchsorted's default) puts a confidence equal to an edge in the bin below it;
    # a confidence is at most 1, the last edge, so only the floor at bin 0 needs enforcing.
    return np.maximum(np.searchsorted(edges, confidence) - 1, 0)


@lru_cache(maxsize=4)
def bootstrap_weights(n: int, n_resamples: int, seed: int) -> np.ndarray:
    """(n_resamples, n) float64 multiplicities of rows drawn with replacement (read-only).

    Deterministic in (n, n_resamples, seed): every arm evaluated with the same arguments sees the
    same resamples, which makes differences between arms paired-bootstrap differences. Resample r
    is ``rng.integers(0, n, size=(n_resamples, n))[r]`` with ``rng = np.random.default_rng(seed)``.
    Built in column-major order, so the product in ``evaluate`` needs no transposed copy; cached,
    so evaluating many arms in one process draws the resamples once.
    """
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n, size=(n_resamples, n))
    flat = (draws * n_resamples + np.arange(n_resamples)[:, None]).ravel()
    weights = np.bincount(flat, minlength=n * n_resamples).reshape(n, n_resamples).astype(np.float64).T
    weights.setflags(write=False)
    return weights


def subset_mask(tiers: np.ndarray, subset: str) -> np.ndarray:
    """(n,) 1.0 for the rows in ``subset`` (``all``: every row; else the rows of that tier), 0.0 elsewhere."""
    return np.where((tiers == subset) | (subset == "all"), 1.0, 0.0)


def _onehot(index: np.ndarray, values: np.ndarray, n_cols: int) -> sparse.csr_matrix:
    rows = np.arange(len(index))
    return sparse.csr_matrix((values, (rows, index)), shape=(len(index), n_cols))


def equal_mass_bins(confidence: np.ndarray, n_bins: int) -> np.ndarray:
    """Bin of each row when rows sorted by confidence are cut into ``n_bins`` consecutive groups
    whose sizes differ by at most one (ties broken by row order)."""
    n = len(confidence)
    order = np.argsort(confidence, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(n)
    # np.array_split puts the larger groups first: group j starts at j * (n // B) + min(j, n % B).
    size, extra = divmod(n, n_bins)
    cuts = np.arange(1, n_bins) * size + np.minimum(np.arange(1, n_bins), extra)
    return np.searchsorted(cuts, rank, side="right")


def _aurc(confidence: np.ndarray, error: np.ndarray, counts: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """AURC of the rows ``rows`` for each column of multiplicities ``counts`` (n, R) integers (the
    transpose of the weights); definition: docs/metrics.md, "Definitions".

    ``error`` is 0 or 1. N rows in all; an error row with multiplicity m in positions
    N_prev + 1 .. N_prev + m counts in risk(j) = errors(j) / j for every j from its position on, so
    N * AURC = sum over error rows of  sum_{c=1..m} (H(N) - H(N_prev + c - 1))
             = sum over error rows of  m H(N) - (S(N_prev + m) - S(N_prev)),
    H the harmonic numbers and S(x) = H(0) + ... + H(x - 1) = x H(x) - x. Only the running count at
    each error row is needed; and since S(N_prev + m) - S(N_prev) summed over every row telescopes
    to S(N), the sum over the error rows is S(N) minus the sum over the correct rows, whichever
    side has fewer rows is summed (a model below 50% accuracy has fewer correct rows).
    """
    order = rows[np.argsort(-confidence[rows], kind="stable")]
    ranked = counts[order]  # (n_rows, R)
    is_error = error[order] > 0
    over_errors = 2 * is_error.sum() <= len(order)
    summed = is_error if over_errors else ~is_error
    # The running count at each summed row, one vector addition per row: NumPy's cumsum along
    # either axis of the (n_rows, R) block took ~10x longer (38 ms against 3.6 ms at n = 3,215,
    # R = 1,001 on the development machine; it does not vectorise the scan).
    running = np.zeros(counts.shape[1], dtype=np.intp)
    after = np.empty((int(summed.sum()), counts.shape[1]), dtype=np.intp)  # rows up to and including each summed row
    j = 0
    for row, chosen in zip(ranked, summed):
        running += row
        if chosen:
            after[j] = running
            j += 1
    total = running
    m = ranked[summed].astype(np.intp)
    x = np.arange(int(total.max(initial=0)) + 1)
    harmonic = np.concatenate([[0.0], np.cumsum(1.0 / x[1:])])
    partial = x * harmonic - x  # S(x)
    side = (partial[after] - partial[after - m]).sum(axis=0)
    if over_errors:
        error_copies, error_side = m.sum(axis=0), side
    else:
        error_copies, error_side = total - m.sum(axis=0), partial[total] - side
    area = harmonic[total] * error_copies - error_side
    with np.errstate(invalid="ignore", divide="ignore"):  # 0 / 0: no rows (NumPy 1.x also flags it as divide)
        return area / total


def _stat_columns(probs, labels, tiers, confidence, correct, n_bins, subsets):
    """The sparse (n, columns) matrix whose weighted column sums give every metric, and the row
    mask of each subset. Columns: ``HEAD_COLUMNS``, then ``SUBSET_COLUMNS`` once per subset."""
    n, k = probs.shape
    pred = probs.argmax(axis=1)
    nll = -np.log(np.clip(probs[np.arange(n), labels], NLL_CLIP, None))
    onehot = np.zeros_like(probs)
    onehot[np.arange(n), labels] = 1.0
    brier = ((probs - onehot) ** 2).sum(axis=1)
    gap = correct - confidence
    bins = bin_index(confidence, n_bins)
    # Classwise calibration: column k * n_bins + bin(p_ik) of row i holds 1[y_i = k] - p_ik.
    # Only the entries above the first bin are stored: most p_ik lie in it, and its sums follow from
    # the class totals (``_class_terms``), so the sparse product touches a few entries per row
    # instead of K (the first bin's share goes to one dense product, w @ probs).
    class_bins = np.arange(k) * n_bins + bin_index(settled(probs), n_bins)  # (n, K)
    above = class_bins % n_bins > 0
    classwise = sparse.csr_matrix(
        ((onehot - probs)[above], class_bins[above], np.concatenate([[0], np.cumsum(above.sum(axis=1))])),
        shape=(n, k * n_bins),
    )
    head = {
        "true_class": _onehot(labels, np.ones(n), k),
        "pred_class": _onehot(pred, np.ones(n), k),
        "true_positive": _onehot(labels, correct, k),
        "classwise_gap": classwise,
    }
    blocks = [head[name] for name, _ in HEAD_COLUMNS]
    masks = {}
    for subset in subsets:
        mask = subset_mask(tiers, subset)
        masks[subset] = mask
        in_subset = np.flatnonzero(mask)
        mass_bins = np.zeros_like(labels)
        if in_subset.size:
            mass_bins[in_subset] = equal_mass_bins(confidence[in_subset], n_bins)
        columns = {
            "rows": mask,
            "correct": correct * mask,
            "nll": nll * mask,
            "brier": brier * mask,
            "gap_by_bin": _onehot(bins, gap * mask, n_bins),
            "rows_by_bin": _onehot(bins, mask, n_bins),
            "gap_by_mass_bin": _onehot(mass_bins, gap * mask, n_bins),
            "true_class": _onehot(labels, mask, k),
            "pred_class": _onehot(pred, mask, k),
            "true_positive": _onehot(labels, correct * mask, k),
            "correct_by_mass_bin": _onehot(mass_bins, correct * mask, n_bins),
            "rows_by_mass_bin": _onehot(mass_bins, mask, n_bins),
        }
        for name, _ in SUBSET_COLUMNS:
            column = columns[name]
            blocks.append(column if sparse.issparse(column) else sparse.csr_matrix(np.asarray(column, dtype=np.float64)[:, None]))
    return sparse.hstack(blocks).tocsc(), masks


def _class_terms(sums, k, n_bins, total, prob_sums):
    """Per-class F1, which classes occur (in truth or prediction), and per-class calibration
    error, each (R, K), from the column sums of the head (``HEAD_COLUMNS``) and the (R, K)
    weighted sums of the probabilities, ``prob_sums``: the first bin of each class holds the
    class's total sum of 1[y = k] - p_k less its other bins."""
    layout = ColumnLayout(HEAD_COLUMNS, k, n_bins)
    true_count, pred_count, true_pos = (layout.columns(sums, name) for name in ("true_class", "pred_class", "true_positive"))
    support = true_count + pred_count
    f1 = per_class_f1(true_count, pred_count, true_pos)
    # Resamples last, the order in which ``evaluate``'s product lays the sums out (its (R, columns)
    # result is a transposed view): the copy and the sums over bins then run over contiguous rows.
    gaps = sums.T[layout.slices["classwise_gap"]].reshape(k, n_bins, len(sums)).copy()
    gaps[:, 0] = (true_count - prob_sums).T - gaps[:, 1:].sum(axis=1)
    class_error = (np.abs(gaps).sum(axis=1) / total).T
    return f1, support > 0, class_error


def per_class_f1(true_count, pred_count, true_pos):
    """(R, K) per-class F1, 0 where a class is in neither truth nor prediction (zero_division=0)."""
    support = true_count + pred_count
    return 2 * true_pos / np.maximum(support, 1)  # support 0: no true positive either, so F1 0


def _debiased_ece(gaps, correct, counts, total):
    """Signed square root of Kumar et al.'s debiased squared L2 error from per-bin sums (R, B).
    Empty bins and subsets divide 0 by 0: the caller (``_subset_metrics``) silences that."""
    acc, diff = correct / counts, gaps / counts
    term = np.where(counts >= 2, diff**2 - acc * (1 - acc) / (counts - 1), 0.0)
    squared = (counts * term).sum(axis=1) / total
    return np.sign(squared) * np.sqrt(np.abs(squared))


def oracle_aurc(n: np.ndarray, n_correct: np.ndarray) -> np.ndarray:
    """AURC of a ranking that puts every correct row first: risk(i) = max(0, i - n_c) / i, i.e.
    ((n - n_c) - n_c (H_n - H_{n_c})) / n, with H_n - H_{n_c} = digamma(n + 1) - digamma(n_c + 1)."""
    with np.errstate(invalid="ignore", divide="ignore"):  # 0 / 0: no rows (NumPy 1.x also flags it as divide)
        return ((n - n_correct) - n_correct * (digamma(n + 1) - digamma(n_correct + 1))) / n


LOG_T_GRID = np.linspace(-2.0, 2.0, 81)


def nll_by_temperature(logits: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """(n, G) clipped NLL of every row at every temperature exp(LOG_T_GRID):
    log sum_k exp(d_k / T) - d_y / T with d = z - max(z) (<= 0, so no overflow), capped at -log(1e-12)."""
    return by_temperature(logits, labels)[0]


def by_temperature(logits: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(n, G) NLL (``nll_by_temperature``) and (n, G) Brier score of every row at every temperature
    exp(LOG_T_GRID); the Brier score from the same exponentials e_k = exp(d_k / T), s = sum_k e_k:
    sum_k e_k^2 / s^2 - 2 e_y / s + 1."""
    z = np.asarray(logits, dtype=np.float64)
    d = z - z.max(axis=1, keepdims=True)
    rows = np.arange(len(labels))
    labels = np.asarray(labels)
    d_true = d[rows, labels]
    nll, brier = np.empty((len(labels), len(LOG_T_GRID))), np.empty((len(labels), len(LOG_T_GRID)))
    for g, log_t in enumerate(LOG_T_GRID):
        inverse = np.exp(-log_t)
        e = np.exp(d * inverse)
        total = e.sum(axis=1)
        nll[:, g] = np.log(total) - d_true * inverse
        brier[:, g] = np.einsum("ij,ij->i", e, e) / total**2 - 2 * e[rows, labels] / total + 1
    return np.minimum(nll, -np.log(NLL_CLIP)), brier


def ranking_metric_names(top_k: Sequence[int] = DEFAULT_TOP_K) -> tuple[str, ...]:
    """top{k}_accuracy for every k, then top{k}_mass_gap for every k."""
    return tuple(f"top{k}_accuracy" for k in top_k) + tuple(f"top{k}_mass_gap" for k in top_k)


def top_ks(metrics: Sequence[str]) -> list[int]:
    """The ks of the top{k}_accuracy metrics among ``metrics``, ascending."""
    return sorted(int(m.group(1)) for name in metrics if (m := re.fullmatch(r"top(\d+)_accuracy", name)))


def check_top_k(top_k: Sequence[int], n_classes: int, source: str = "") -> None:
    """Refuse a k above the class count: its top-k accuracy would be 1 whatever the model."""
    too_many = [k for k in top_k if k > n_classes]
    if too_many:
        where = f" of {source}" if source else ""
        raise ConfigError(f"evaluation.top_k: {too_many} larger than the {n_classes} classes{where}")


def metric_names(top_k: Sequence[int] = DEFAULT_TOP_K) -> tuple[str, ...]:
    """Every metric ``evaluate`` returns with these ``top_k``: the declared ones, then the ranking ones."""
    return tuple(DECLARED) + ranking_metric_names(top_k)


def true_class_rank(logits: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """(n,) 1-based rank of the true class when the classes are ordered by decreasing logit (the
    order of the probabilities, which a temperature keeps), ties to the lower class index as argmax:
    1 + #{k : z_k > z_y} + #{k < y : z_k = z_y}."""
    z = np.asarray(logits, dtype=np.float64)
    labels = np.asarray(labels)
    true = z[np.arange(len(labels)), labels][:, None]
    earlier = np.arange(z.shape[1])[None, :] < labels[:, None]
    return 1 + ((z > true) | ((z == true) & earlier)).sum(axis=1)


def _ranking_columns(logits, probs, labels, top_k) -> np.ndarray:
    """(n, 1 + 2 len(top_k)) per-row terms: 1/rank, then 1[rank <= k] and the top-k mass for each k
    (every k at most the class count: ``check_top_k``)."""
    k_max = max(top_k, default=1)
    rank = true_class_rank(logits, labels)
    largest = -np.sort(np.partition(-probs, k_max - 1, axis=1)[:, :k_max], axis=1)  # (n, k_max) decreasing
    mass = np.cumsum(largest, axis=1)
    hits = [rank <= k for k in top_k]
    masses = [mass[:, k - 1] for k in top_k]
    return np.column_stack([1.0 / rank, *hits, *masses]).astype(np.float64)


def _min_over_grid(values: np.ndarray) -> np.ndarray:
    """(R,) minimum of (R, G) smooth convex curves on LOG_T_GRID: the quartic through the lowest
    grid point and two neighbours on each side (the five end points when the lowest is next to an
    end), minimised on a fine grid across those five points, so a minimum within one step of
    either end of the grid is found too (within ~5e-8 of an exact 1-D search at the study's sizes)."""
    i = np.clip(values.argmin(axis=1), 2, values.shape[1] - 3)
    window = values[np.arange(len(values))[:, None], i[:, None] + np.arange(-2, 3)]  # (R, 5)
    coefficients = np.linalg.solve(np.vander(np.arange(-2, 3), 5), window.T)  # (5, R)
    fine = np.vander(np.linspace(-2, 2, 1601), 5)  # (1601, 5): steps of 1/400 of a grid step
    return np.minimum((fine @ coefficients).min(axis=0), window.min(axis=1))


def consistency_floor(
    logits: np.ndarray,
    tiers: np.ndarray,
    n_bins: int,
    n_draws: int,
    seed: int,
    subsets: Sequence[str] = SUBSETS,
) -> np.ndarray:
    """(D, S) ECE of D perfectly calibrated replicas of these rows (consistency resampling): each
    row is correct with probability equal to its confidence, bins as for ECE. n_bins:
    ``evaluation.ece_bins``; n_draws: ``evaluation.floor_draws``."""
    probs = probabilities(logits)
    confidence = top_confidence(probs)
    tiers = np.asarray(tiers).astype(str)
    rng = np.random.default_rng(seed)
    gaps = (rng.random((n_draws, len(confidence))) < confidence) - confidence  # (D, n): correct - confidence
    bins = bin_index(confidence, n_bins)
    masks = [subset_mask(tiers, subset) for subset in subsets]
    # Every subset's bins in one product, over the draws' transpose copied once (rows first).
    by_bin = sparse.hstack([_onehot(bins, mask, n_bins) for mask in masks]).tocsc()
    per_bin = np.asarray(by_bin.T @ np.ascontiguousarray(gaps.T)).reshape(len(subsets), n_bins, n_draws)
    with np.errstate(invalid="ignore", divide="ignore"):  # 0 / 0: no rows (NumPy 1.x also flags it as divide)
        return (np.abs(per_bin).sum(axis=1) / np.array([mask.sum() for mask in masks])[:, None]).T


# Smooth ECE. relplot's ``smECE`` takes ~6 ms per call, so 1,000 resamples x 4 subsets would take
# ~25 s per arm; this computes all resamples at once (see benchmarks/bench_evaluation.py), following
# relplot 1.0.3 step by step at every bandwidth sigma the search tries: rows are spread onto a grid of
# max(2000, round(20 / sigma)) // 2 + 1 points by linear interpolation (1,001 points for sigma >= 0.01,
# up to 10,241 at the narrowest width the search accepts), smoothed by a reflected Gaussian kernel
# sampled on that grid and truncated at |offset| <= 0.5, then read off by linear interpolation at
# max(200, round(10 / sigma)) evenly spaced mesh points, and the bandwidth is found by the same
# bisection. The reflected convolution is a circular convolution of the grid's even periodic
# extension, i.e. a product of DCT-I spectra, which is what makes a different bandwidth per resample
# cheap. The one difference from relplot: on a grid with an even number of points relplot's sampled
# kernel is centred half a step off (no sample at offset 0); this one is centred. Tests hold it
# within 2e-4 of relplot, also on confidences piled near 1 where the search picks narrow bandwidths.
SMECE_SEARCH_STEPS = 10
SMECE_MIN_WIDTH = 0.001
SMECE_MESH = 200  # relplot.config.smECE_mesh_pts
SMECE_DENSITY_EPS = 1e-4  # relplot's BaseKernelMixin.smooth


def smece_grid_points(width: float) -> int:
    """Points of the grid relplot smooths on at bandwidth ``width`` (``GaussianKernel.apply``)."""
    return max(2000, round(20 / width)) // 2 + 1


def smece_mesh_points(width: float) -> int:
    """Points of the mesh relplot integrates over at bandwidth ``width`` (``metrics.smooth_ece``)."""
    return max(round(10 / width), SMECE_MESH)


def _to_grid(confidence: np.ndarray, values: np.ndarray, points: int) -> sparse.csr_matrix:
    """(n, points) matrix spreading each row's value onto its two nearest grid points."""
    g = points - 1
    low = np.minimum((confidence * g).astype(np.int64), g - 1)  # confidence 1 splits as 0 / 1 onto g - 1, g
    frac = confidence * g - low
    cols = np.column_stack([low, low + 1]).ravel()
    data = np.column_stack([(1 - frac) * values, frac * values]).ravel()
    return sparse.csr_matrix((data, cols, np.arange(len(low) + 1) * 2), shape=(len(low), points))


def _mesh_positions(points: int, mesh: int) -> tuple[np.ndarray, np.ndarray]:
    """For each mesh point, the grid point below it and its fraction of the way to the next one."""
    t = np.linspace(0.0, 1.0, mesh)
    g = points - 1
    low = np.clip((t * g).astype(np.int64), 0, g - 1)
    return low, (t - low / g) * g


@lru_cache(maxsize=32)
def _mesh_matrix(points: int, mesh: int) -> sparse.csr_matrix:
    """(points, mesh) linear interpolation from the grid to the mesh (relplot's ``interpolate``)."""
    low, frac = _mesh_positions(points, mesh)
    rows = np.concatenate([low, low + 1])
    cols = np.concatenate([np.arange(mesh), np.arange(mesh)])
    return sparse.csr_matrix((np.concatenate([1 - frac, frac]), (rows, cols)), shape=(points, mesh))


@lru_cache(maxsize=32)
def _mesh_weights(points: int, mesh: int) -> np.ndarray:
    """(points,) u with (values on the mesh).sum() = (values on the grid) @ u."""
    return np.asarray(_mesh_matrix(points, mesh).sum(axis=1)).ravel()


def _kernel_spectrum(width: float, points: int) -> np.ndarray:
    """(points,) DCT-I spectrum of the Gaussian kernel sampled at offsets 0 .. 0.5 of the grid."""
    g = points - 1
    offsets = np.arange(g // 2 + 1) / g  # 0 .. 0.5
    half = np.zeros(points)
    half[: g // 2 + 1] = np.exp(-(offsets**2) / (2 * width**2)) / (np.sqrt(2 * np.pi) * width)
    return fft.dct(half, type=1)


# Reading the smoothed values off on the mesh: the inverse DCT-I followed by the linear interpolation
# onto the mesh is one linear map of the spectrum, a (points, mesh) matrix (``_series_on_mesh``).
# One dense product per search step replaces an inverse transform per resample and step, 2x faster
# over the search at the published size (benchmarks/bench_evaluation.py). Where the kernel's
# spectrum dies out (a Gaussian's falls like exp(-(pi j sigma)^2 / 2): the narrower bandwidths)
# only its first terms enter. Grids finer than SMECE_SERIES_ENTRIES allows keep the inverse transform.
SMECE_SPECTRUM_TAIL = 1e-15  # the terms dropped sum to at most this share of the kernel's largest
SMECE_SERIES_ENTRIES = 1_100_000  # the grid of every width >= 0.01 (1,001 points, 8 MB), not finer ones


def _spectrum_cut(kernel: np.ndarray) -> int:
    """Terms of a (points,) kernel spectrum to keep: the tail past them sums to at most
    SMECE_SPECTRUM_TAIL of its largest."""
    tail = np.cumsum(np.abs(kernel[::-1]))[::-1]  # tail[j] = sum of |kernel[j:]|
    return max(1, int(np.searchsorted(-tail, -SMECE_SPECTRUM_TAIL * np.abs(kernel).max())))


@lru_cache(maxsize=2)
def _cosines(points: int) -> np.ndarray:
    """(points, points) inverse DCT-I as a matrix C, values on the grid = c @ C for the spectrum c:
    row j is cosine j on the grid, weighted 1 for j = 0 and j = points - 1, else 2, over 2 (points - 1)."""
    g = points - 1
    j = np.arange(points)[:, None]
    scale = np.where((j == 0) | (j == g), 1.0, 2.0) / (2 * g)
    return scale * np.cos(np.pi * ((j * np.arange(points)[None, :]) % (2 * g)) / g)


@lru_cache(maxsize=64)
def _series_on_mesh(points: int, mesh: int, terms: int, dtype: type = np.float64) -> np.ndarray:
    """(terms, mesh) B with (inverse DCT-I of c, read off on the mesh) = c[:terms] @ B when the
    spectrum's later terms vanish: the first ``terms`` cosines of ``_cosines`` interpolated like
    the values, the interpolation's two grid points gathered (so only the rows asked for are
    computed; cached: the wide bandwidths' grid, mesh and terms are the same at every step)."""
    low, frac = _mesh_positions(points, mesh)
    cosines = _cosines(points)[:terms]
    return np.ascontiguousarray((1 - frac) * cosines[:, low] + frac * cosines[:, low + 1], dtype=dtype)


@lru_cache(maxsize=1024)
def _kernel_terms(width: float, points: int) -> tuple[np.ndarray, np.ndarray, int]:
    """The kernel's spectrum (``_kernel_spectrum``) in double and in single precision, and how
    many of its terms to keep (``_spectrum_cut``). Cached: the search's widths are multiples of
    2^-SMECE_SEARCH_STEPS, so subsets and arms ask for the same few hundred."""
    kernel = _kernel_spectrum(width, points)
    kernel.setflags(write=False)
    single = kernel.astype(np.float32)
    single.setflags(write=False)
    return kernel, single, _spectrum_cut(kernel)


# The search's decisions (is the width below smECE at that width?) are taken in single precision
# first, where the dense product costs half: a resample whose single-precision smECE lies within
# SMECE_SCREEN_MARGIN of the width is computed again in double precision, and only its decision
# could depend on the precision. The two differed by at most 1.9e-7 over every step of the
# benchmark's 5 arms x 4 subsets x 1,001 resamples (benchmarks/bench_evaluation.py's arms), so the
# margin leaves a factor of 500; the bandwidths found are those of the double-precision search
# (tests/test_metrics.py), and the reported smECE is computed in double precision.
SMECE_SCREEN_MARGIN = 1e-4
SMECE_SCREEN_DTYPE = np.float32


def smooth_ece(confidence: np.ndarray, correct: np.ndarray, weights: np.ndarray | None = None, mask=None):
    """(R,) smooth ECE and (R,) its bandwidth, once per row of multiplicities ``weights`` (R, n)
    (None: the point estimate), on the rows where ``mask`` (n,) is 1 (None: all rows)."""
    confidence = np.asarray(confidence)
    mask = np.ones(len(confidence)) if mask is None else np.asarray(mask)
    w = np.ones((1, len(confidence))) if weights is None else np.asarray(weights)
    if not mask.any():  # no rows (a tier the evaluated rows lack): nothing to smooth
        return np.full(len(w), np.nan), np.full(len(w), np.nan)
    spectra = {}  # (grid points, dtype) -> (R, points) DCT-I spectra of the residual sums, and of the row sums

    def spectrum(points, dtype):
        """Resamples in rows: each search step reads the leading terms of every resample."""
        if (points, np.float64) not in spectra:
            grid = sparse.hstack(
                [_to_grid(confidence, (confidence - correct) * mask, points), _to_grid(confidence, mask, points)]
            ).tocsc()
            # The product gives resamples in columns; one transposed copy makes the transform run
            # along contiguous rows (3x faster than along the strided axis).
            sums = np.ascontiguousarray(np.asarray(grid.T @ w.T).T)  # (R, 2 points)
            both = fft.dct(sums.reshape(len(w), 2, points), type=1)  # along the grid
            spectra[(points, np.float64)] = both[:, 0], both[:, 1]
        if (points, dtype) not in spectra:
            spectra[(points, dtype)] = tuple(part.astype(dtype) for part in spectra[(points, np.float64)])
        return spectra[(points, dtype)]

    def smece_at(widths, dtype=np.float64):
        """smECE of each resample at its own bandwidth (NaN where it is below SMECE_MIN_WIDTH or
        NaN), by grid size (every width >= 0.01 shares one) and then by mesh size: the kernel's
        spectrum times the data's, summed as a cosine series onto the mesh where the kernel's
        spectrum dies out early (``_series_on_mesh``; in ``dtype``), else transformed back onto the
        whole grid (in double precision)."""
        out = np.full(len(widths), np.nan)
        unique = np.unique(widths[widths >= SMECE_MIN_WIDTH])
        grid_of = np.array([smece_grid_points(w) for w in unique], dtype=np.int64)
        single = dtype != np.float64
        for points in (int(p) for p in np.unique(grid_of)):
            group = unique[grid_of == points]
            which = np.flatnonzero(np.isin(widths, group))
            terms_of = [_kernel_terms(float(w), points) for w in group]
            kernels = np.stack([t[1] if single else t[0] for t in terms_of])  # (len(group), points)
            cuts = np.array([t[2] for t in terms_of])
            position = np.searchsorted(group, widths[which])  # each row's width in ``group``
            meshes = np.array([smece_mesh_points(w) for w in group])[position]
            for mesh in (int(m) for m in np.unique(meshes)):
                rows = which[meshes == mesh]
                # Every resample at once (the usual case): a view instead of a gather.
                take = slice(None) if len(rows) == len(widths) else rows
                terms = int(cuts[position[meshes == mesh]].max())
                if points * points <= SMECE_SERIES_ENTRIES:
                    basis = _series_on_mesh(points, mesh, terms, dtype)  # (terms, mesh)
                    kernel = kernels[:, :terms][position[meshes == mesh]]  # (r, terms)
                    residual_spectrum, density_spectrum = spectrum(points, dtype)
                    residual = (residual_spectrum[take, :terms] * kernel) @ basis  # (r, mesh)
                    density = (density_spectrum[take, :terms] * kernel) @ basis.sum(axis=1)
                else:
                    kernel = np.stack([t[0] for t in terms_of])[position[meshes == mesh]]  # (r, points)
                    smoothed = (fft.idct(s[take] * kernel, type=1) for s in spectrum(points, np.float64))
                    residual_smoothed, density_smoothed = smoothed
                    residual = np.asarray(residual_smoothed @ _mesh_matrix(points, mesh))  # (r, mesh)
                    # The mesh sum of the interpolated density is linear in the grid: one weight per point.
                    density = density_smoothed @ _mesh_weights(points, mesh)
                out[rows] = np.abs(residual).sum(axis=1, dtype=np.float64) / (density + mesh * SMECE_DENSITY_EPS)
        return out

    def too_narrow(width):  # relplot's predicate: the fixed point lies above this width
        with np.errstate(invalid="ignore"):
            value = smece_at(width, SMECE_SCREEN_DTYPE)
            unsure = ~(np.abs(value - width) > SMECE_SCREEN_MARGIN)  # NaN included
            value[unsure] = smece_at(np.where(unsure, width, np.nan))[unsure]
            return (width < SMECE_MIN_WIDTH) | (width < value)

    # relplot first asks whether even width 1 is too narrow; it never is (smECE <= 1), so the
    # search starts from [0, 1] directly.
    high, low = np.ones(len(w)), np.zeros(len(w))
    for _ in range(SMECE_SEARCH_STEPS):
        mid = (high + low) / 2
        below = too_narrow(mid)
        low, high = np.where(below, mid, low), np.where(below, high, mid)
    width = high
    value = smece_at(width)  # the density is at least mesh * SMECE_DENSITY_EPS
    return np.where(w @ mask > 0, value, np.nan), width


def _subset_metrics(sums: SubsetSums) -> dict[str, np.ndarray]:
    """Every metric with a kernel (``DECLARED``) of one subset from its column sums."""
    with np.errstate(invalid="ignore", divide="ignore"):  # 0 / 0: no rows (NumPy 1.x also flags it as divide)
        return {m.name: m.kernel(sums) for m in DECLARED.values() if m.kernel is not None}


def evaluate(
    logits: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    weights: np.ndarray | None = None,
    *,
    n_bins: int,
    tier_of_class: dict[int, str] | None = None,
    subsets: Sequence[str] = SUBSETS,
    top_k: Sequence[int] = DEFAULT_TOP_K,
) -> dict[tuple[str, str], np.ndarray]:
    """All metrics (``metric_names(top_k)``) on all subsets, once per weight vector.

    logits: (n, K) logits (not probabilities). labels: (n,) int in [0, K). tiers: (n,) str, the
    tier of each row's true label. weights: (R, n) row multiplicities (``bootstrap_weights``) or
    None for the point estimate (R = 1). n_bins: ``evaluation.ece_bins``. tier_of_class: class id -> tier, to know which classes a
    tier's macro F1 and classwise ECE average over (default: the classes whose rows carry that tier).
    Returns {(subset, metric): (R,) float64}; a subset with no rows gives NaN.
    """
    probs = probabilities(logits)
    labels = np.asarray(labels)
    tiers = np.asarray(tiers).astype(str)
    n, k = probs.shape
    check_top_k(top_k, k)
    w = np.ones((1, n)) if weights is None else np.asarray(weights)
    confidence = top_confidence(probs)
    correct = np.where(probs.argmax(axis=1) == labels, 1.0, 0.0)

    # Multiplicities as small integers, rows first, for AURC's gathers in confidence order.
    counts = np.ascontiguousarray(w.T).astype(np.int32 if w.max(initial=0) > np.iinfo(np.uint8).max else np.uint8)
    stats, masks = _stat_columns(probs, labels, tiers, confidence, correct, n_bins, subsets)
    sums = np.asarray((stats.T @ w.T).T)  # (R, columns)
    f1, present, class_error = _class_terms(sums, k, n_bins, w.sum(axis=1), w @ probs)
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(labels, tiers)}
    class_tier = np.array([tier_of_class.get(c) for c in range(k)])  # None: a class in no tier

    out: dict[tuple[str, str], np.ndarray] = {}
    layout = ColumnLayout(SUBSET_COLUMNS, k, n_bins)
    offset, width = ColumnLayout(HEAD_COLUMNS, k, n_bins).width, layout.width
    nll_by_t, brier_by_t = by_temperature(logits, labels)
    by_t = np.hstack([nll_by_t, brier_by_t])  # (n, 2G)
    grid = len(LOG_T_GRID)
    ranking = _ranking_columns(logits, probs, labels, top_k)  # (n, 1 + 2 len(top_k))
    for subset in subsets:
        in_tier = np.ones(k, bool) if subset == "all" else class_tier == subset
        block = sums[:, offset : offset + width]
        values = _subset_metrics(SubsetSums(block, layout, f1, present, class_error, in_tier, subset == "all"))
        offset += width
        out.update({(subset, metric): value for metric, value in values.items()})
        out[(subset, "aurc")] = _aurc(confidence, 1.0 - correct, counts, np.flatnonzero(masks[subset]))
        count = layout.columns(block, "rows")
        out[(subset, "eaurc")] = out[(subset, "aurc")] - oracle_aurc(count, layout.columns(block, "correct"))
        in_subset = masks[subset][:, None]  # picks the subset's rows in the per-row terms, not in the (R, n) weights
        with np.errstate(invalid="ignore", divide="ignore"):  # 0 / 0: no rows (NumPy 1.x also flags it as divide)
            curves = (w @ (by_t * in_subset)) / count[:, None]  # (R, 2G): mean NLL, then Brier, by temperature
            ranks = (w @ (ranking * in_subset)) / count[:, None]
        for name, curve in (("nll", curves[:, :grid]), ("brier", curves[:, grid:])):
            refined = _min_over_grid(curve)
            out[(subset, f"{name}_refinement")] = refined
            out[(subset, f"{name}_calibration")] = out[(subset, name)] - refined
        out[(subset, "mean_reciprocal_rank")] = ranks[:, 0]
        for i, t in enumerate(top_k):
            out[(subset, f"top{t}_accuracy")] = ranks[:, 1 + i]
            out[(subset, f"top{t}_mass_gap")] = ranks[:, 1 + len(top_k) + i] - ranks[:, 1 + i]
        out[(subset, "smece")] = smooth_ece(confidence, correct, w, masks[subset])[0]
    return {key: out[key] for key in ((s, m) for s in subsets for m in metric_names(top_k))}


def risk_coverage(logits: np.ndarray, labels: np.ndarray) -> dict[str, np.ndarray]:
    """The risk-coverage curve: rows sorted by confidence (highest first, ties by row order);
    at coverage i / n, ``risk`` is the error rate and ``accuracy`` the accuracy of the first i rows,
    ``threshold`` the confidence of row i."""
    probs = probabilities(logits)
    confidence = top_confidence(probs)
    order = np.argsort(-confidence, kind="stable")
    correct = (probs.argmax(axis=1) == np.asarray(labels))[order]
    i = np.arange(1, len(order) + 1)
    accuracy = np.cumsum(correct) / i
    return {"coverage": i / len(order), "accuracy": accuracy, "risk": 1.0 - accuracy, "threshold": confidence[order]}


def reliability_bins(logits: np.ndarray, labels: np.ndarray, n_bins: int) -> dict[str, np.ndarray]:
    """Per-bin counts, mean confidence and accuracy for a reliability diagram, in ``n_bins``
    (``evaluation.ece_bins``) equal-width bins as for ECE.

    logits: (n, K) logits; labels: (n,). Returns arrays of length n_bins: ``count``,
    ``confidence``, ``accuracy`` (NaN for empty bins), ``lower``, ``upper`` (bin edges).
    """
    probs = probabilities(logits)
    confidence = top_confidence(probs)
    correct = probs.argmax(axis=1) == np.asarray(labels)
    bins = bin_index(confidence, n_bins)
    count = np.bincount(bins, minlength=n_bins)
    with np.errstate(invalid="ignore", divide="ignore"):  # 0 / 0: no rows (NumPy 1.x also flags it as divide)
        mean_conf = np.bincount(bins, weights=confidence, minlength=n_bins) / count
        accuracy = np.bincount(bins, weights=correct, minlength=n_bins) / count
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    return {"count": count, "confidence": mean_conf, "accuracy": accuracy, "lower": edges[:-1], "upper": edges[1:]}


INTERVAL_METHODS = ("percentile", "basic", "bc")


def bootstrap_interval(
    point: float, draws: np.ndarray, level: float = 0.95, method: str = "percentile", lowest: float = -np.inf
) -> tuple[float, float]:
    """``percentile``: the draws' quantiles at (1 - level) / 2 and (1 + level) / 2. ``basic`` (the
    reverse percentile): 2 * point minus those quantiles, high first; it corrects the draws' bias
    around the point estimate (Davison & Hinkley 1997, eq. 5.6), so where the draws lie above the
    estimate (ECE's upward bias) the interval lies below it. ``bc`` (bias-corrected percentile,
    Efron 1981): z0 = Phi^-1(share of draws below the point, ties counted half), then the draws'
    quantiles at Phi(2 z0 + z) for z = Phi^-1((1 -+ level) / 2); it equals the percentile interval
    when the draws are centred on the estimate, and moves towards it when they are not. ``lowest``:
    the metric's smallest possible value, where a basic interval is cut (it cannot cover values
    below it anyway)."""
    if method == "bc":
        finite = draws[np.isfinite(draws)]
        if finite.size == 0 or not np.isfinite(point):
            return np.nan, np.nan
        below = (np.sum(finite < point) + 0.5 * np.sum(finite == point)) / finite.size
        z0 = ndtri(np.clip(below, 1 / (finite.size + 1), finite.size / (finite.size + 1)))
        z = ndtri((1 - level) / 2)
        low, high = np.percentile(finite, 100 * ndtr(2 * z0 + np.array([z, -z])))
        return float(low), float(high)
    low, high = percentile_interval(draws, level)
    if method == "percentile":
        return low, high
    if method == "basic":
        return max(2 * point - high, lowest), max(2 * point - low, lowest)
    raise ValueError(f"unknown interval method {method!r}; expected one of {INTERVAL_METHODS}")


def percentile_interval(draws: np.ndarray, level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap interval of (R,) draws, ignoring NaN draws."""
    finite = draws[np.isfinite(draws)]
    if finite.size == 0:
        return np.nan, np.nan
    tail = (1.0 - level) / 2.0 * 100.0
    low, high = np.percentile(finite, [tail, 100.0 - tail])
    return float(low), float(high)
