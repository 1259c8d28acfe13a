"""Post-hoc calibration fitted on the cal half: one global temperature, or vector scaling.

Calibrators follow ``fit(logits, labels)`` / ``transform(logits)``; ``transform`` returns logits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import minimize, minimize_scalar
from scipy.special import log_softmax

from kdcal.errors import KdcalError
from kdcal.predictions import looks_like_probabilities

# Search range of log T: T in [exp(-5), exp(5)] ~ [0.0067, 148], far wider than any temperature
# seen in practice (published: 1.25 for the teacher, ~1.5 for students).
LOG_T_BOUNDS = (-5.0, 5.0)


def nll_at_temperature(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=np.float64) / temperature
    logp = log_softmax(z, axis=1)
    return float(-logp[np.arange(len(labels)), labels].mean())


class CalibrationError(KdcalError, ValueError):
    """A fit that cannot mean what it says (a temperature stuck at its search bound)."""


def check_temperature(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = np.asarray(logits)
    if looks_like_probabilities(z, atol=1e-3):
        hint = "these look like probabilities, not logits (non-negative rows that sum to 1); store log-probabilities or logits"
    elif np.abs(z).max() > 1e3:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature T > 0 that minimises the NLL of ``softmax(logits / T)`` on (logits, labels).

    NLL is convex in 1/T (it is a log-sum-exp of a linear function of 1/T minus a linear term), so
    it is unimodal in log T and a bounded Brent search finds the global minimum. The tolerance is
    pushed to float64 resolution: the fitted T agrees with a dense scan to the scan's resolution.
    Callers fitting a file's logits refuse a minimum at the edge of the range (``check_temperature``).
    """
    # float64 also where NumPy 1.x would keep float32 logits times a float64 scalar in float32.
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels)
    rows = np.arange(len(y))

    def objective(log_t: float) -> float:
        logp = log_softmax(z * np.exp(-log_t), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def fit_temperature_course(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.LBFGS([log_t], lr=lr, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


TEMPERATURE_FITS = {"exact": fit_temperature, "course_lbfgs": fit_temperature_course}


@dataclass
class TemperatureScaler:
    """Global temperature scaling (Guo et al. 2017): probabilities ``softmax(logits / T)``.

    ``fit_method``: ``exact`` (kdcal: the NLL minimum to float64 precision) or ``course_lbfgs``
    (the published course's LBFGS fit, which stops slightly short of it)."""

    temperature: float = 1.0
    fit_method: str = "exact"

    def fit(self, logits: np.ndarray, labels: np.ndarray) -> TemperatureScaler:
        """Fit T on (n, K) logits and (n,) integer labels; returns self."""
        self.temperature = TEMPERATURE_FITS[self.fit_method](logits, labels)
        return self

    def transform(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) temperature-scaled logits (float64)."""
        return np.asarray(logits, dtype=np.float64) / self.temperature


def vector_scaling_objective(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 / k
    a, b = theta[:k], theta[k:]
    z = x * a + b
    z -= z.max(axis=1, keepdims=True)
    q = np.exp(z)
    total = q.sum(axis=1, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


@dataclass
class VectorScaler:
    """Vector scaling (Guo et al. 2017) regularised towards temperature scaling.

    Calibrated logits are ``a * logits + b`` with a per-class scale a and bias b (2K parameters),
    fitted by minimising

        mean NLL + l2 * ( sum_k (a_k - mean(a))^2 + sum_k b_k^2 ) / K

    The penalty is zero exactly for temperature scaling (all a_k equal, b = 0), so l2 moves the
    fit between plain vector scaling (l2 = 0) and one temperature (l2 -> inf); ``fit_vector_scaling``
    picks it by cross-validation. This keeps 2K parameters stable for 100+ classes fitted on a few
    thousand rows, where the tail classes have only a handful of cal rows each. The start is the
    fitted temperature; the objective is smooth and convex, minimised by L-BFGS with its analytic
    gradient (scikit-learn has no multinomial model with per-class scales, hence written here).

    Dirichlet calibration (a full K x K map of log-probabilities) was tried and left out: with
    ODIR regularisation its L-BFGS fit took ~15 s per fit at K = 45 on 2 CPU cores, too slow for a
    cross-validated fit per arm and seed.
    """

    l2: float = 1e-2
    max_iter: int = 5000
    scale: np.ndarray | None = field(default=None, repr=False)
    bias: np.ndarray | None = field(default=None, repr=False)
    converged: bool = False
    iterations: int = 0

    def fit(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def transform(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) calibrated logits ``a * logits + b`` (float64)."""
        if self.scale is None:
            raise RuntimeError("VectorScaler.transform called before fit")
        return np.asarray(logits) * self.scale + self.bias  # float64: scale and bias are


def mean_nll(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean NLL of softmax(logits) at (n,) integer labels."""
    return nll_at_temperature(logits, labels, 1.0)


def fit_vector_scaling(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    logits, labels = np.asarray(logits), np.asarray(labels)
    order = np.random.default_rng(seed).permutation(len(labels))
    parts = np.array_split(order, folds)
    records = []
    for l2 in l2_grid:
        held_out = []
        for i, part in enumerate(parts):
            train = np.concatenate([p for j, p in enumerate(parts) if j != i])
            held_out.append(
                mean_nll(VectorScaler(l2=float(l2)).fit(logits[train], labels[train]).transform(logits[part]), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records
