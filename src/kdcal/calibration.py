"""Post-hoc calibration: one global temperature fitted by minimising NLL.

Calibrators follow ``fit(logits, labels)`` / ``transform(logits)``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax

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


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature T > 0 that minimises the NLL of ``softmax(logits / T)`` on (logits, labels).

    NLL is convex in 1/T (it is a log-sum-exp of a linear function of 1/T minus a linear term), so
    it is unimodal in log T and a bounded Brent search finds the global minimum. The tolerance is
    pushed to float64 resolution: the fitted T agrees with a dense scan to the scan's resolution.
    """
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels, dtype=np.int64)
    rows = np.arange(len(y))

    def objective(log_t: float) -> float:
        logp = log_softmax(z * np.exp(-log_t), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(
        objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500}
    )
    return float(np.exp(result.x))


@dataclass
class TemperatureScaler:
    """Global temperature scaling (Guo et al. 2017): probabilities ``softmax(logits / T)``."""

    temperature: float = 1.0

    def fit(self, logits: np.ndarray, labels: np.ndarray) -> "TemperatureScaler":
        """Fit T on (n, K) logits and (n,) integer labels; returns self."""
        self.temperature = fit_temperature(logits, labels)
        return self

    def transform(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) temperature-scaled logits (float64)."""
        return np.asarray(logits, dtype=np.float64) / self.temperature
