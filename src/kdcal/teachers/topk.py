"""Teachers that show only their top k classes per row, as a hosted model's API returns the
log-probabilities of its k most likely label tokens.

Distillation needs the teacher's probability of every class, so the mass the file does not show
is filled in by one of two treatments (``teacher.topk_missing_mass``):

- ``uniform`` (default): the k classes keep the probabilities the teacher gave them, and the
  remainder 1 - (their sum) is spread evenly over the other K - k classes. The teacher's own
  confidence in its top k is kept; nothing is claimed about which of the others it prefers.
- ``renormalise``: the k probabilities are divided by their sum and the other classes get
  nothing, as if the teacher were sure the answer is among its top k.

Either way the row is a distribution over all K classes, stored as log-probabilities with every
probability at least ``PROB_FLOOR`` (a floored class is 0 for every practical purpose: even after
the distillation temperature T_d = 4, (1e-30)^(1/4) = 3e-8 of the mass per class). Every later
step reads these log-probabilities as the teacher's logits (a softmax gives the distribution back).
A top-k sum above 1 by at most ``TOPK_MASS_TOLERANCE`` (the rounding of an API's log-probabilities)
leaves nothing to spread; the row is then divided by its sum.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from scipy.special import logsumexp

from kdcal.predictions import PROB_FLOOR, PredictionsError, checked_logits, open_npz, save_npz_atomic

# A top-k teacher file's arrays: (n, k) class ids and their log-probabilities.
TOPK_KEYS = ("topk_ids", "topk_logprobs")
TOPK_TREATMENTS = ("uniform", "renormalise")
TOPK_MASS_TOLERANCE = 1e-3


def _first(mask: np.ndarray) -> int:
    return int(np.flatnonzero(mask)[0])


def check_topk(ids: np.ndarray, logprobs: np.ndarray, n_classes: int, where: str) -> None:
    """Refuse a top-k file whose arrays cannot be a teacher's top k over ``n_classes`` classes,
    naming the first offending row: shapes, class ids outside the classes or repeated within a
    row, log-probabilities that are NaN or above 0, a top-k mass above 1 + TOPK_MASS_TOLERANCE."""
    ids, logprobs = np.asarray(ids), np.asarray(logprobs)
    if ids.ndim != 2 or logprobs.shape != ids.shape:
        raise PredictionsError(
            f"{where}: topk_ids and topk_logprobs must both be (rows x k), got shapes {ids.shape} and {logprobs.shape}"
        )
    n, k = ids.shape
    if n == 0 or k == 0:
        raise PredictionsError(f"{where}: no top-k entries (shape {ids.shape})")
    if not np.issubdtype(ids.dtype, np.integer):
        raise PredictionsError(f"{where}: topk_ids must be integer class ids, got dtype {ids.dtype}")
    if not np.issubdtype(logprobs.dtype, np.floating):
        raise PredictionsError(f"{where}: topk_logprobs must be floating point, got dtype {logprobs.dtype}")
    if k > n_classes:
        raise PredictionsError(f"{where}: k = {k} classes per row, but the dataset has only {n_classes} classes")
    outside = ((ids < 0) | (ids >= n_classes)).any(axis=1)
    if outside.any():
        i = _first(outside)
        raise PredictionsError(
            f"{where}: row {i} names class ids outside 0..{n_classes - 1} ({ids[i].tolist()}; {int(outside.sum())} rows); "
            "ids are positions in the dataset's class order (results/data/labels.json)"
        )
    repeated = (np.diff(np.sort(ids, axis=1), axis=1) == 0).any(axis=1)
    if repeated.any():
        i = _first(repeated)
        raise PredictionsError(
            f"{where}: row {i} names a class more than once ({ids[i].tolist()}; {int(repeated.sum())} rows); "
            "each of the k entries must be a different class"
        )
    nan = np.isnan(logprobs).any(axis=1)
    if nan.any():
        raise PredictionsError(f"{where}: topk_logprobs hold NaN (first in row {_first(nan)}; {int(nan.sum())} rows)")
    positive = (logprobs > 0).any(axis=1)
    if positive.any():
        i = _first(positive)
        raise PredictionsError(
            f"{where}: row {i} has a log-probability above 0 ({float(logprobs[i].max()):.6g}; {int(positive.sum())} rows); "
            "store log-probabilities (natural log), not logits or probabilities"
        )
    mass = np.exp(logprobs.astype(np.float64)).sum(axis=1)
    empty = mass <= 0
    if empty.any():
        raise PredictionsError(
            f"{where}: the top-k probabilities of row {_first(empty)} sum to 0 (every log-probability -inf; "
            f"{int(empty.sum())} rows); a teacher's top k hold some of its mass"
        )
    over = mass > 1 + TOPK_MASS_TOLERANCE
    if over.any():
        i = _first(over)
        raise PredictionsError(
            f"{where}: the top-k probabilities of row {i} sum to {mass[i]:.6g} ({int(over.sum())} rows above "
            f"1 + {TOPK_MASS_TOLERANCE:g}); they must be one distribution's largest entries"
        )


def dense_log_probs(ids: np.ndarray, logprobs: np.ndarray, n_classes: int, treatment: str, where: str) -> np.ndarray:
    """(n, K) float32 log-probabilities over every class from (n, k) top-k class ids and their
    log-probabilities, the missing mass filled in by ``treatment`` (``TOPK_TREATMENTS``; see the
    module docstring). Refuses what ``check_topk`` refuses and an unknown treatment."""
    if treatment not in TOPK_TREATMENTS:
        raise PredictionsError(
            f"{where}: unknown teacher.topk_missing_mass {treatment!r}; expected one of {list(TOPK_TREATMENTS)}"
        )
    check_topk(ids, logprobs, n_classes, where)
    ids = np.asarray(ids)
    n, k = ids.shape
    shown = np.exp(np.asarray(logprobs, dtype=np.float64))
    mass = shown.sum(axis=1, keepdims=True)
    probs = np.zeros((n, n_classes))
    if treatment == "uniform" and k < n_classes:
        probs[:] = np.maximum(1.0 - mass, 0.0) / (n_classes - k)
    rows = np.arange(n)[:, None]
    probs[rows, ids] = shown
    probs /= probs.sum(axis=1, keepdims=True)  # renormalise; for uniform, a no-op unless the mass was above 1
    return np.log(np.maximum(probs, PROB_FLOOR)).astype(np.float32)


def truncate(logits: np.ndarray, k: int, where: str) -> tuple[np.ndarray, np.ndarray]:
    """What an API teacher that shows only its top ``k`` classes would return for a dense teacher:
    (n, k) int32 class ids, most probable first (ties by class id), and their (n, k) float32
    log-probabilities under the softmax of ``logits`` (n, K). Refuses k above K."""
    logits = np.asarray(logits, dtype=np.float64)
    n_classes = logits.shape[1]
    if not 1 <= k <= n_classes:
        raise PredictionsError(f"{where}: cannot keep the top {k} of {n_classes} classes; k must be 1 to {n_classes}")
    logp = logits - logsumexp(logits, axis=1, keepdims=True)
    ids = np.argsort(-logp, axis=1, kind="stable")[:, :k]
    return ids.astype(np.int32), np.take_along_axis(logp, ids, axis=1).astype(np.float32)


def truncate_teacher_file(source: str | Path, target: str | Path, k: int) -> np.ndarray:
    """Write ``target``, the top-k file of the dense teacher logits in ``source`` (kdcal's
    train_logits.npz): ``topk_ids`` and ``topk_logprobs`` (``truncate``) with the source's row ids,
    labels and stated temperature. Returns the (n,) probability mass of each row's top k."""
    where = f"{source} (teacher logits to truncate to the top {k})"
    with open_npz(source, where) as data:
        logits = checked_logits(data, where)
        kept = {key: data[key] for key in ("row_ids", "labels", "temperature") if key in data.files}
    ids, logprobs = truncate(logits, k, where)
    save_npz_atomic(target, topk_ids=ids, topk_logprobs=logprobs, **kept)
    return np.exp(logprobs.astype(np.float64)).sum(axis=1)
