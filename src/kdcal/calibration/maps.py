"""Post-hoc calibration fitted on the cal half: one global temperature, vector scaling, matrix
scaling with ODIR regularisation, or a top-label isotonic map.

Every map is a ``CalibrationMap``: ``fit(logits, labels)`` / ``transform(logits)`` (logits in,
logits out, refused before a fit), and a JSON record of itself (``to_record`` / ``from_record``),
which is how the workflow stores a fitted map. Which maps a study can use, and under which arm
suffix, is ``kdcal.calibration.registry``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np
from scipy.optimize import minimize, minimize_scalar
from scipy.special import log_softmax, logsumexp

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


class NotFittedError(KdcalError, RuntimeError):
    """A map used before it was fitted (or read from a record)."""


class CalibrationMap:
    """What every post-hoc map provides: ``fit(logits, labels) -> self`` on the cal half,
    ``transform(logits)`` ((n, K) logits -> (n, K) calibrated logits or log-probabilities, float64),
    ``to_record()`` / ``from_record(record)`` (its JSON file), ``summary()`` (one log line) and
    ``n_classes`` (None when it fits any number of classes). ``transform`` is refused until the map
    is fitted (``is_fitted``); subclasses write ``_transform``.

    ``keeps_recorded_preds``: the post-hoc arm keeps the predicted classes a replayed file recorded
    (a map that cannot change any row's top class; only temperature scaling claims it, the course's
    own post-hoc arm). ``check_fit(logits, source)`` refuses a fit that cannot mean what it says.
    """

    keeps_recorded_preds: ClassVar[bool] = False

    @property
    def is_fitted(self) -> bool:
        raise NotImplementedError

    @property
    def n_classes(self) -> int | None:
        return None

    def transform(self, logits: np.ndarray) -> np.ndarray:
        if not self.is_fitted:
            raise NotFittedError(f"{type(self).__name__}.transform called before fit")
        return self._transform(logits)

    def _transform(self, logits: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def check_fit(self, logits: np.ndarray, source: str) -> None:
        """Nothing to check by default."""


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
class TemperatureScaler(CalibrationMap):
    """Global temperature scaling (Guo et al. 2017): probabilities ``softmax(logits / T)``, with
    ``temperature`` the calibration temperature T (not the distillation temperature T_d, nor the
    teacher's divisor: docs/results.md, "Three temperatures").

    ``fit_method``: ``exact`` (kdcal: the NLL minimum to float64 precision) or ``course_lbfgs``
    (the published course's LBFGS fit, which stops slightly short of it). ``fits``: the temperature
    of every method fitted (the exact one always, so that a course fit records how far it stopped short).
    """

    temperature: float | None = None
    fit_method: str = "exact"
    fits: dict = field(default_factory=dict, repr=False)
    keeps_recorded_preds: ClassVar[bool] = True

    @property
    def is_fitted(self) -> bool:
        return self.temperature is not None

    def fit(self, logits: np.ndarray, labels: np.ndarray) -> TemperatureScaler:
        """Fit T on (n, K) logits and (n,) integer labels; returns self."""
        # The exact fit always; the course's LBFGS fit (which imports torch) only where asked for.
        self.fits = {method: TEMPERATURE_FITS[method](logits, labels) for method in dict.fromkeys(["exact", self.fit_method])}
        self.temperature = self.fits[self.fit_method]
        return self

    def _transform(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) temperature-scaled logits (float64)."""
        return np.asarray(logits, dtype=np.float64) / self.temperature

    def check_fit(self, logits: np.ndarray, source: str) -> None:
        for value in self.fits.values() or [self.temperature]:
            check_temperature(value, logits, source)

    def to_record(self) -> dict:
        fits = {f"temperature_{method}": value for method, value in self.fits.items()}
        return {"temperature": self.temperature, "fit_method": self.fit_method, **fits}

    @classmethod
    def from_record(cls, record: Mapping) -> TemperatureScaler:
        return cls(record["temperature"], record.get("fit_method", "exact"))

    def summary(self) -> str:
        return f"T = {self.temperature:.6g} ({self.fit_method}; all methods: {self.fits or 'not recorded'})"


def _nll_and_residual(z: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean NLL of softmax(z) at labels y, and d NLL / d z = (softmax(z) - onehot(y)) / n.
    Works in place on ``z`` (the caller's fresh array of calibrated logits)."""
    n = len(y)
    rows = np.arange(n)
    z -= z.max(axis=1, keepdims=True)
    q = np.exp(z)
    total = q.sum(axis=1, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    return nll, q


def _fit_lbfgs(objective, theta0: np.ndarray, args: tuple, max_iter: int) -> tuple[np.ndarray, bool, int]:
    """L-BFGS-B with the objective's analytic gradient: (parameters, converged, iterations)."""
    options = {"maxiter": max_iter, "gtol": 1e-7}
    result = minimize(objective, theta0, args=args, jac=True, method="L-BFGS-B", options=options)
    return result.x, bool(result.success), int(result.nit)


def vector_scaling_objective(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    k = x.shape[1]
    strength = l2 / k
    a, b = theta[:k], theta[k:]
    nll, q = _nll_and_residual(x * a + b, y)
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


@dataclass
class VectorScaler(CalibrationMap):
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

    The full K x K map is ``MatrixScaler`` (matrix scaling with ODIR regularisation).
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
        theta, self.converged, self.iterations = _fit_lbfgs(vector_scaling_objective, theta0, (x, y, self.l2), self.max_iter)
        self.scale, self.bias = theta[:k], theta[k:]
        return self

    @property
    def is_fitted(self) -> bool:
        return self.scale is not None

    def _transform(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) calibrated logits ``a * logits + b`` (float64)."""
        return np.asarray(logits) * self.scale + self.bias  # float64: scale and bias are

    @property
    def n_classes(self) -> int:
        return len(self.scale)

    def to_record(self) -> dict:
        return {
            "l2": self.l2,
            "scale": self.scale.tolist(),
            "bias": self.bias.tolist(),
            "converged": self.converged,
            "iterations": self.iterations,
        }

    @classmethod
    def from_record(cls, record: Mapping) -> VectorScaler:
        return cls(l2=record["l2"], scale=np.array(record["scale"]), bias=np.array(record["bias"]))

    def summary(self) -> str:
        return f"per-class scale in [{self.scale.min():.3f}, {self.scale.max():.3f}], l2 = {self.l2:g}"


def matrix_scaling_objective(
    theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float, off_diagonal: float
) -> tuple[float, np.ndarray]:
    """Matrix scaling's ODIR objective and its analytic gradient at theta = (W row by row, b), K^2 + K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x @ W.T + b) plus
    ``off_diagonal * sum_{i != j} W_ij^2 / (K (K - 1)) + l2 * (sum_j b_j^2 + sum_k (W_kk - mean diag)^2) / K``;
    gradient: d/dW row by row, then d/db.
    """
    k = x.shape[1]
    w, b = theta[: k * k].reshape(k, k), theta[k * k :]
    nll, q = _nll_and_residual(x @ w.T + b, y)
    diagonal = np.diag(w)
    off = w - np.diag(diagonal)
    centred = diagonal - diagonal.mean()
    off_strength, strength = off_diagonal / (k * (k - 1)), l2 / k
    value = nll + off_strength * (off**2).sum() + strength * ((b**2).sum() + (centred**2).sum())
    grad_w = q.T @ x + 2 * off_strength * off + np.diag(2 * strength * centred)
    return value, np.concatenate([grad_w.ravel(), q.sum(axis=0) + 2 * strength * b])


@dataclass
class MatrixScaler(CalibrationMap):
    """Matrix scaling with off-diagonal and intercept regularisation (ODIR; Kull et al. 2019,
    "Beyond temperature scaling"): calibrated logits ``logits @ W.T + b`` with a full K x K matrix
    W and a bias b, fitted by minimising

        mean NLL + off_diagonal * sum_{i != j} W_ij^2 / (K (K - 1))
                 + l2 * ( sum_j b_j^2 + sum_k (W_kk - mean_k W_kk)^2 ) / K

    The off-diagonal terms let the map move mass between classes and re-rank them, which no
    temperature or vector scaling can. ODIR leaves the diagonal free; here it is also pulled
    towards its mean, with vector scaling's penalty, because with a handful of cal rows per tail
    class free per-class scales over-fit (on the tiny study's 300 cal rows, 45 classes, the free
    diagonal reached negative scales, classes turned upside down, and cross-validation wanted the
    largest strength offered). So the maps nest: a zero off-diagonal is ``VectorScaler`` with the
    same l2 (a large ``off_diagonal`` gets there), and a large l2 too is temperature scaling.
    ``fit_matrix_scaling`` chooses l2 as vector scaling does, then ``off_diagonal`` by cross-validation.
    The start is the fitted temperature (W = I / T); L-BFGS with the analytic gradient. Written
    here: probmetrics' matrix scaling is unregularised (K^2 + K free parameters over-fit a cal half
    with a handful of rows per tail class), and its Dirichlet calibrator needs the dirichletcal
    package and fits log-probabilities, not logits.
    """

    l2: float = 0.1
    off_diagonal: float = 100.0
    max_iter: int = 5000
    weights: np.ndarray | None = field(default=None, repr=False)
    bias: np.ndarray | None = field(default=None, repr=False)
    converged: bool = False
    iterations: int = 0

    def fit(self, logits: np.ndarray, labels: np.ndarray) -> MatrixScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits, dtype=np.float64), np.asarray(labels)
        k = x.shape[1]
        theta0 = np.concatenate([(np.eye(k) / fit_temperature(x, y)).ravel(), np.zeros(k)])
        args = (x, y, self.l2, self.off_diagonal)
        theta, self.converged, self.iterations = _fit_lbfgs(matrix_scaling_objective, theta0, args, self.max_iter)
        self.weights, self.bias = theta[: k * k].reshape(k, k), theta[k * k :]
        return self

    @property
    def is_fitted(self) -> bool:
        return self.weights is not None

    def _transform(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) calibrated logits ``logits @ W.T + b`` (float64)."""
        return np.asarray(logits, dtype=np.float64) @ self.weights.T + self.bias

    @property
    def n_classes(self) -> int:
        return len(self.bias)

    def to_record(self) -> dict:
        return {
            "l2": self.l2,
            "off_diagonal": self.off_diagonal,
            "weights": self.weights.tolist(),
            "bias": self.bias.tolist(),
            "converged": self.converged,
            "iterations": self.iterations,
        }

    @classmethod
    def from_record(cls, record: Mapping) -> MatrixScaler:
        return cls(
            l2=record["l2"],
            off_diagonal=record["off_diagonal"],
            weights=np.array(record["weights"]),
            bias=np.array(record["bias"]),
        )

    def summary(self) -> str:
        off = self.weights - np.diag(np.diag(self.weights))
        return f"diagonal in [{np.diag(self.weights).min():.3f}, {np.diag(self.weights).max():.3f}], largest |off-diagonal| {np.abs(off).max():.3g}, l2 = {self.l2:g}, off-diagonal strength {self.off_diagonal:g}"


@dataclass
class TopLabelIsotonic(CalibrationMap):
    """A top-label map for ECE (the ``_hb`` arms): the confidence of the predicted class is replaced
    by an isotonic regression of correctness on confidence fitted on the cal half (scikit-learn's
    ``IsotonicRegression``: pool-adjacent-violators, i.e. histogram binning with bins chosen by the
    data and kept monotone). The top class stays the predicted class; the rest of the mass goes to
    the other classes in their original proportions, flattened towards equal shares only as far as
    needed to keep the top class on top (share = beta * p_j / rest + (1 - beta) / (K - 1), with the
    largest beta in [0, 1] that leaves every other class below the new confidence), so their order
    is kept too.

    The new confidence is clipped to ``[max(1 / (n + 1), (1 + 1e-9) / K), n / (n + 1)]`` (n cal
    rows): no class gets probability 0 or 1 (the NLL stays finite), and the top class keeps more
    than an equal share. Fitted map: ``thresholds`` (confidences) and ``values``, applied by linear
    interpolation and held constant outside them, as ``IsotonicRegression.predict`` with
    ``out_of_bounds="clip"`` does.
    """

    thresholds: np.ndarray | None = field(default=None, repr=False)
    values: np.ndarray | None = field(default=None, repr=False)
    n_classes: int = 0
    cal_rows: int = 0

    def fit(self, logits: np.ndarray, labels: np.ndarray) -> TopLabelIsotonic:
        from sklearn.isotonic import IsotonicRegression

        z = np.asarray(logits, dtype=np.float64)
        probs = np.exp(log_softmax(z, axis=1))
        confidence, correct = probs.max(axis=1), (probs.argmax(axis=1) == np.asarray(labels)).astype(np.float64)
        n = len(confidence)
        iso = IsotonicRegression(y_min=1 / (n + 1), y_max=n / (n + 1), out_of_bounds="clip").fit(confidence, correct)
        self.thresholds, self.values = iso.X_thresholds_, iso.y_thresholds_
        self.n_classes, self.cal_rows = z.shape[1], n
        return self

    @property
    def is_fitted(self) -> bool:
        return self.thresholds is not None

    def confidence(self, confidence: np.ndarray) -> np.ndarray:
        """The fitted map at these top-label confidences (before the clip to the top class's range)."""
        if not self.is_fitted:
            raise NotFittedError("TopLabelIsotonic used before fit")
        return np.interp(confidence, self.thresholds, self.values)

    def _transform(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) log-probabilities with the mapped top-label confidence."""
        logp = log_softmax(np.asarray(logits, dtype=np.float64), axis=1)
        rows, k = np.arange(len(logp)), logp.shape[1]
        top = logp.argmax(axis=1)
        others = logp.copy()
        others[rows, top] = -np.inf
        log_rest = logsumexp(others, axis=1)  # log of the mass outside the top class, no 1 - p cancellation
        n = max(self.cal_rows, 1)
        new = np.clip(self.confidence(np.exp(logp[rows, top])), max(1 / (n + 1), (1 + 1e-9) / k), n / (n + 1))
        equal = 1.0 / (k - 1)
        with np.errstate(invalid="ignore"):
            log_share = np.where(np.isfinite(log_rest)[:, None], others - log_rest[:, None], np.log(equal))
        largest = np.exp(log_share.max(axis=1))
        room = new / (1 - new) * (1 - 1e-9)  # largest share the second class may keep, a hair below a tie
        with np.errstate(invalid="ignore", divide="ignore"):
            beta = np.where(largest > equal, np.clip((room - equal) / (largest - equal), 0.0, 1.0), 1.0)
            mixed = np.logaddexp(np.log(beta)[:, None] + log_share, np.log1p(-beta)[:, None] + np.log(equal))
        out = mixed + np.log1p(-new)[:, None]
        out[rows, top] = np.log(new)
        return out

    def to_record(self) -> dict:
        return {
            "thresholds": self.thresholds.tolist(),
            "values": self.values.tolist(),
            "n_classes": self.n_classes,
            "cal_rows": self.cal_rows,
        }

    @classmethod
    def from_record(cls, record: Mapping) -> TopLabelIsotonic:
        return cls(np.array(record["thresholds"]), np.array(record["values"]), record["n_classes"], record["cal_rows"])

    def summary(self) -> str:
        return (
            f"{len(self.thresholds)} knots, confidence {self.thresholds.min():.3f}-{self.thresholds.max():.3f} "
            f"-> {self.values.min():.3f}-{self.values.max():.3f}"
        )


def mean_nll(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean NLL of softmax(logits) at (n,) integer labels."""
    return nll_at_temperature(logits, labels, 1.0)


def fit_vector_scaling(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    return _cross_validated(VectorScaler, logits, labels, l2_grid, folds, seed)


def fit_matrix_scaling(
    logits: np.ndarray,
    labels: np.ndarray,
    l2_grid: Sequence[float],
    off_diagonal_grid: Sequence[float],
    folds: int = 5,
    seed: int = 0,
) -> tuple[MatrixScaler, list[dict]]:
    """Matrix scaling with both strengths chosen by cross-validation on the same folds, one after
    the other (a full grid would cost len(l2_grid) times more fits): first l2 exactly as
    ``fit_vector_scaling`` chooses it (the map without off-diagonal weights), then the off-diagonal
    strength with that l2. Records: vector scaling's (``l2``, ``cv_nll``), then one per off-diagonal
    strength (``l2``, ``off_diagonal``, ``cv_nll``). Ties go to the stronger regularisation."""
    _, first = _cross_validated(VectorScaler, logits, labels, l2_grid, folds, seed)
    l2 = min(first, key=lambda r: (r["cv_nll"], -r["l2"]))["l2"]
    fitted, second = _cross_validated(
        lambda off_diagonal: MatrixScaler(l2=l2, off_diagonal=off_diagonal), logits, labels, off_diagonal_grid, folds, seed
    )
    return fitted, first + [{"l2": l2, "off_diagonal": r["l2"], "cv_nll": r["cv_nll"]} for r in second]


def fit_histogram_binning(logits: np.ndarray, labels: np.ndarray) -> tuple[TopLabelIsotonic, list[dict]]:
    """The top-label isotonic map; nothing to cross-validate."""
    return TopLabelIsotonic().fit(logits, labels), []


def fit_temperature_scaling(logits: np.ndarray, labels: np.ndarray, fit: str = "exact") -> tuple[TemperatureScaler, list[dict]]:
    """One temperature by the protocol's method ``fit`` (``TEMPERATURE_FITS``); nothing to cross-validate."""
    return TemperatureScaler(fit_method=fit).fit(logits, labels), []


def _cross_validated(kind, logits, labels, l2_grid, folds, seed):
    """k-fold CV of ``kind(strength)`` over ``l2_grid`` (records name the strength ``l2``), refit of the best."""
    logits, labels = np.asarray(logits), np.asarray(labels)
    order = np.random.default_rng(seed).permutation(len(labels))
    parts = np.array_split(order, folds)
    records = []
    for l2 in l2_grid:
        held_out = []
        for i, part in enumerate(parts):
            train = np.concatenate([p for j, p in enumerate(parts) if j != i])
            if not len(part) or not len(train):  # more folds than rows: this fold has no NLL
                held_out.append(np.nan)
                continue
            held_out.append(mean_nll(kind(float(l2)).fit(logits[train], labels[train]).transform(logits[part]), labels[part]))
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    finite = [r for r in records if np.isfinite(r["cv_nll"])]
    if not finite:
        # min() over NaNs would silently take the first grid value.
        raise CalibrationError(
            f"cross-validation over {folds} folds of {len(labels)} cal rows gave no finite held-out NLL at any strength "
            f"({', '.join(format(r['l2'], 'g') for r in records)}): too few rows per fold to choose the regularisation. Give the "
            "cal half more rows (evaluation.min_rows), or use fewer folds (calibration.<method>.folds)"
        )
    best = min(finite, key=lambda r: (r["cv_nll"], -r["l2"]))
    return kind(best["l2"]).fit(logits, labels), records
