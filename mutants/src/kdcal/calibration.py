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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_nll_at_temperature__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_nll_at_temperature__mutmut)
def nll_at_temperature(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=np.float64) / temperature
    logp = log_softmax(z, axis=1)
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_orig(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=np.float64) / temperature
    logp = log_softmax(z, axis=1)
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_1(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = None
    logp = log_softmax(z, axis=1)
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_2(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=np.float64) * temperature
    logp = log_softmax(z, axis=1)
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_3(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(None, dtype=np.float64) / temperature
    logp = log_softmax(z, axis=1)
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_4(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=None) / temperature
    logp = log_softmax(z, axis=1)
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_5(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(dtype=np.float64) / temperature
    logp = log_softmax(z, axis=1)
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_6(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, ) / temperature
    logp = log_softmax(z, axis=1)
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_7(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=np.float64) / temperature
    logp = None
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_8(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=np.float64) / temperature
    logp = log_softmax(None, axis=1)
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_9(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=np.float64) / temperature
    logp = log_softmax(z, axis=None)
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_10(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=np.float64) / temperature
    logp = log_softmax(axis=1)
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_11(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=np.float64) / temperature
    logp = log_softmax(z, )
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_12(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=np.float64) / temperature
    logp = log_softmax(z, axis=2)
    return float(-logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_13(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=np.float64) / temperature
    logp = log_softmax(z, axis=1)
    return float(None)


def x_nll_at_temperature__mutmut_14(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=np.float64) / temperature
    logp = log_softmax(z, axis=1)
    return float(+logp[np.arange(len(labels)), labels].mean())


def x_nll_at_temperature__mutmut_15(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of ``softmax(logits / temperature)``.

    logits: (n, K) logits (any float dtype; computed in float64). labels: (n,) int in [0, K).
    """
    z = np.asarray(logits, dtype=np.float64) / temperature
    logp = log_softmax(z, axis=1)
    return float(-logp[np.arange(None), labels].mean())

mutants_x_nll_at_temperature__mutmut['_mutmut_orig'] = x_nll_at_temperature__mutmut_orig # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_1'] = x_nll_at_temperature__mutmut_1 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_2'] = x_nll_at_temperature__mutmut_2 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_3'] = x_nll_at_temperature__mutmut_3 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_4'] = x_nll_at_temperature__mutmut_4 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_5'] = x_nll_at_temperature__mutmut_5 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_6'] = x_nll_at_temperature__mutmut_6 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_7'] = x_nll_at_temperature__mutmut_7 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_8'] = x_nll_at_temperature__mutmut_8 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_9'] = x_nll_at_temperature__mutmut_9 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_10'] = x_nll_at_temperature__mutmut_10 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_11'] = x_nll_at_temperature__mutmut_11 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_12'] = x_nll_at_temperature__mutmut_12 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_13'] = x_nll_at_temperature__mutmut_13 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_14'] = x_nll_at_temperature__mutmut_14 # type: ignore # mutmut generated
mutants_x_nll_at_temperature__mutmut['x_nll_at_temperature__mutmut_15'] = x_nll_at_temperature__mutmut_15 # type: ignore # mutmut generated


class CalibrationError(KdcalError, ValueError):
    """A fit that cannot mean what it says (a temperature stuck at its search bound)."""
mutants_x_check_temperature__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_temperature__mutmut)
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


def x_check_temperature__mutmut_orig(temperature: float, logits: np.ndarray, source: str) -> None:
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


def x_check_temperature__mutmut_1(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = None
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


def x_check_temperature__mutmut_2(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(None), np.exp(LOG_T_BOUNDS[1])
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


def x_check_temperature__mutmut_3(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[1]), np.exp(LOG_T_BOUNDS[1])
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


def x_check_temperature__mutmut_4(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(None)
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


def x_check_temperature__mutmut_5(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[2])
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


def x_check_temperature__mutmut_6(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low / 1.001 < temperature < high / 1.001:
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


def x_check_temperature__mutmut_7(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 2.001 < temperature < high / 1.001:
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


def x_check_temperature__mutmut_8(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 <= temperature < high / 1.001:
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


def x_check_temperature__mutmut_9(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature <= high / 1.001:
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


def x_check_temperature__mutmut_10(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high * 1.001:
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


def x_check_temperature__mutmut_11(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 2.001:
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


def x_check_temperature__mutmut_12(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = None
    if looks_like_probabilities(z, atol=1e-3):
        hint = "these look like probabilities, not logits (non-negative rows that sum to 1); store log-probabilities or logits"
    elif np.abs(z).max() > 1e3:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_13(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = np.asarray(None)
    if looks_like_probabilities(z, atol=1e-3):
        hint = "these look like probabilities, not logits (non-negative rows that sum to 1); store log-probabilities or logits"
    elif np.abs(z).max() > 1e3:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_14(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = np.asarray(logits)
    if looks_like_probabilities(None, atol=1e-3):
        hint = "these look like probabilities, not logits (non-negative rows that sum to 1); store log-probabilities or logits"
    elif np.abs(z).max() > 1e3:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_15(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = np.asarray(logits)
    if looks_like_probabilities(z, atol=None):
        hint = "these look like probabilities, not logits (non-negative rows that sum to 1); store log-probabilities or logits"
    elif np.abs(z).max() > 1e3:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_16(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = np.asarray(logits)
    if looks_like_probabilities(atol=1e-3):
        hint = "these look like probabilities, not logits (non-negative rows that sum to 1); store log-probabilities or logits"
    elif np.abs(z).max() > 1e3:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_17(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = np.asarray(logits)
    if looks_like_probabilities(z, ):
        hint = "these look like probabilities, not logits (non-negative rows that sum to 1); store log-probabilities or logits"
    elif np.abs(z).max() > 1e3:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_18(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = np.asarray(logits)
    if looks_like_probabilities(z, atol=1.001):
        hint = "these look like probabilities, not logits (non-negative rows that sum to 1); store log-probabilities or logits"
    elif np.abs(z).max() > 1e3:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_19(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = np.asarray(logits)
    if looks_like_probabilities(z, atol=1e-3):
        hint = None
    elif np.abs(z).max() > 1e3:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_20(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = np.asarray(logits)
    if looks_like_probabilities(z, atol=1e-3):
        hint = "XXthese look like probabilities, not logits (non-negative rows that sum to 1); store log-probabilities or logitsXX"
    elif np.abs(z).max() > 1e3:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_21(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = np.asarray(logits)
    if looks_like_probabilities(z, atol=1e-3):
        hint = "THESE LOOK LIKE PROBABILITIES, NOT LOGITS (NON-NEGATIVE ROWS THAT SUM TO 1); STORE LOG-PROBABILITIES OR LOGITS"
    elif np.abs(z).max() > 1e3:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_22(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = np.asarray(logits)
    if looks_like_probabilities(z, atol=1e-3):
        hint = "these look like probabilities, not logits (non-negative rows that sum to 1); store log-probabilities or logits"
    elif np.abs(None).max() > 1e3:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_23(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = np.asarray(logits)
    if looks_like_probabilities(z, atol=1e-3):
        hint = "these look like probabilities, not logits (non-negative rows that sum to 1); store log-probabilities or logits"
    elif np.abs(z).max() >= 1e3:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_24(temperature: float, logits: np.ndarray, source: str) -> None:
    """Refuse a temperature at the edge of the search range: the logits are then on a scale no
    temperature can fix (probabilities passed as logits, logits scaled by a huge factor, or a
    degenerate fit). Names ``source`` and says which it looks like."""
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    if low * 1.001 < temperature < high / 1.001:
        return
    z = np.asarray(logits)
    if looks_like_probabilities(z, atol=1e-3):
        hint = "these look like probabilities, not logits (non-negative rows that sum to 1); store log-probabilities or logits"
    elif np.abs(z).max() > 1001.0:
        hint = f"the logits reach {np.abs(z).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_25(temperature: float, logits: np.ndarray, source: str) -> None:
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
        hint = None
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_26(temperature: float, logits: np.ndarray, source: str) -> None:
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
        hint = f"the logits reach {np.abs(None).max():.3g} in absolute value; check the scale they were written at"
    else:
        hint = "the NLL has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_27(temperature: float, logits: np.ndarray, source: str) -> None:
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
        hint = None
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_28(temperature: float, logits: np.ndarray, source: str) -> None:
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
        hint = "XXthe NLL has no minimum inside the range: check that labels and logits belong togetherXX"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_29(temperature: float, logits: np.ndarray, source: str) -> None:
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
        hint = "the nll has no minimum inside the range: check that labels and logits belong together"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_30(temperature: float, logits: np.ndarray, source: str) -> None:
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
        hint = "THE NLL HAS NO MINIMUM INSIDE THE RANGE: CHECK THAT LABELS AND LOGITS BELONG TOGETHER"
    raise CalibrationError(
        f"{source}: the fitted temperature {temperature:.4g} is at the edge of the search range [{low:.4g}, {high:.4g}]; {hint}"
    )


def x_check_temperature__mutmut_31(temperature: float, logits: np.ndarray, source: str) -> None:
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
        None
    )

mutants_x_check_temperature__mutmut['_mutmut_orig'] = x_check_temperature__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_1'] = x_check_temperature__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_2'] = x_check_temperature__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_3'] = x_check_temperature__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_4'] = x_check_temperature__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_5'] = x_check_temperature__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_6'] = x_check_temperature__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_7'] = x_check_temperature__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_8'] = x_check_temperature__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_9'] = x_check_temperature__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_10'] = x_check_temperature__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_11'] = x_check_temperature__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_12'] = x_check_temperature__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_13'] = x_check_temperature__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_14'] = x_check_temperature__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_15'] = x_check_temperature__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_16'] = x_check_temperature__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_17'] = x_check_temperature__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_18'] = x_check_temperature__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_19'] = x_check_temperature__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_20'] = x_check_temperature__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_21'] = x_check_temperature__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_22'] = x_check_temperature__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_23'] = x_check_temperature__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_24'] = x_check_temperature__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_25'] = x_check_temperature__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_26'] = x_check_temperature__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_27'] = x_check_temperature__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_28'] = x_check_temperature__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_29'] = x_check_temperature__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_30'] = x_check_temperature__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_temperature__mutmut['x_check_temperature__mutmut_31'] = x_check_temperature__mutmut_31 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fit_temperature__mutmut)
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


def x_fit_temperature__mutmut_orig(logits: np.ndarray, labels: np.ndarray) -> float:
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


def x_fit_temperature__mutmut_1(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature T > 0 that minimises the NLL of ``softmax(logits / T)`` on (logits, labels).

    NLL is convex in 1/T (it is a log-sum-exp of a linear function of 1/T minus a linear term), so
    it is unimodal in log T and a bounded Brent search finds the global minimum. The tolerance is
    pushed to float64 resolution: the fitted T agrees with a dense scan to the scan's resolution.
    Callers fitting a file's logits refuse a minimum at the edge of the range (``check_temperature``).
    """
    # float64 also where NumPy 1.x would keep float32 logits times a float64 scalar in float32.
    z = None
    y = np.asarray(labels)
    rows = np.arange(len(y))

    def objective(log_t: float) -> float:
        logp = log_softmax(z * np.exp(-log_t), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_2(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature T > 0 that minimises the NLL of ``softmax(logits / T)`` on (logits, labels).

    NLL is convex in 1/T (it is a log-sum-exp of a linear function of 1/T minus a linear term), so
    it is unimodal in log T and a bounded Brent search finds the global minimum. The tolerance is
    pushed to float64 resolution: the fitted T agrees with a dense scan to the scan's resolution.
    Callers fitting a file's logits refuse a minimum at the edge of the range (``check_temperature``).
    """
    # float64 also where NumPy 1.x would keep float32 logits times a float64 scalar in float32.
    z = np.asarray(None, dtype=np.float64)
    y = np.asarray(labels)
    rows = np.arange(len(y))

    def objective(log_t: float) -> float:
        logp = log_softmax(z * np.exp(-log_t), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_3(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature T > 0 that minimises the NLL of ``softmax(logits / T)`` on (logits, labels).

    NLL is convex in 1/T (it is a log-sum-exp of a linear function of 1/T minus a linear term), so
    it is unimodal in log T and a bounded Brent search finds the global minimum. The tolerance is
    pushed to float64 resolution: the fitted T agrees with a dense scan to the scan's resolution.
    Callers fitting a file's logits refuse a minimum at the edge of the range (``check_temperature``).
    """
    # float64 also where NumPy 1.x would keep float32 logits times a float64 scalar in float32.
    z = np.asarray(logits, dtype=None)
    y = np.asarray(labels)
    rows = np.arange(len(y))

    def objective(log_t: float) -> float:
        logp = log_softmax(z * np.exp(-log_t), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_4(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature T > 0 that minimises the NLL of ``softmax(logits / T)`` on (logits, labels).

    NLL is convex in 1/T (it is a log-sum-exp of a linear function of 1/T minus a linear term), so
    it is unimodal in log T and a bounded Brent search finds the global minimum. The tolerance is
    pushed to float64 resolution: the fitted T agrees with a dense scan to the scan's resolution.
    Callers fitting a file's logits refuse a minimum at the edge of the range (``check_temperature``).
    """
    # float64 also where NumPy 1.x would keep float32 logits times a float64 scalar in float32.
    z = np.asarray(dtype=np.float64)
    y = np.asarray(labels)
    rows = np.arange(len(y))

    def objective(log_t: float) -> float:
        logp = log_softmax(z * np.exp(-log_t), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_5(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature T > 0 that minimises the NLL of ``softmax(logits / T)`` on (logits, labels).

    NLL is convex in 1/T (it is a log-sum-exp of a linear function of 1/T minus a linear term), so
    it is unimodal in log T and a bounded Brent search finds the global minimum. The tolerance is
    pushed to float64 resolution: the fitted T agrees with a dense scan to the scan's resolution.
    Callers fitting a file's logits refuse a minimum at the edge of the range (``check_temperature``).
    """
    # float64 also where NumPy 1.x would keep float32 logits times a float64 scalar in float32.
    z = np.asarray(logits, )
    y = np.asarray(labels)
    rows = np.arange(len(y))

    def objective(log_t: float) -> float:
        logp = log_softmax(z * np.exp(-log_t), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_6(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature T > 0 that minimises the NLL of ``softmax(logits / T)`` on (logits, labels).

    NLL is convex in 1/T (it is a log-sum-exp of a linear function of 1/T minus a linear term), so
    it is unimodal in log T and a bounded Brent search finds the global minimum. The tolerance is
    pushed to float64 resolution: the fitted T agrees with a dense scan to the scan's resolution.
    Callers fitting a file's logits refuse a minimum at the edge of the range (``check_temperature``).
    """
    # float64 also where NumPy 1.x would keep float32 logits times a float64 scalar in float32.
    z = np.asarray(logits, dtype=np.float64)
    y = None
    rows = np.arange(len(y))

    def objective(log_t: float) -> float:
        logp = log_softmax(z * np.exp(-log_t), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_7(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature T > 0 that minimises the NLL of ``softmax(logits / T)`` on (logits, labels).

    NLL is convex in 1/T (it is a log-sum-exp of a linear function of 1/T minus a linear term), so
    it is unimodal in log T and a bounded Brent search finds the global minimum. The tolerance is
    pushed to float64 resolution: the fitted T agrees with a dense scan to the scan's resolution.
    Callers fitting a file's logits refuse a minimum at the edge of the range (``check_temperature``).
    """
    # float64 also where NumPy 1.x would keep float32 logits times a float64 scalar in float32.
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(None)
    rows = np.arange(len(y))

    def objective(log_t: float) -> float:
        logp = log_softmax(z * np.exp(-log_t), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_8(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature T > 0 that minimises the NLL of ``softmax(logits / T)`` on (logits, labels).

    NLL is convex in 1/T (it is a log-sum-exp of a linear function of 1/T minus a linear term), so
    it is unimodal in log T and a bounded Brent search finds the global minimum. The tolerance is
    pushed to float64 resolution: the fitted T agrees with a dense scan to the scan's resolution.
    Callers fitting a file's logits refuse a minimum at the edge of the range (``check_temperature``).
    """
    # float64 also where NumPy 1.x would keep float32 logits times a float64 scalar in float32.
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels)
    rows = None

    def objective(log_t: float) -> float:
        logp = log_softmax(z * np.exp(-log_t), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_9(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature T > 0 that minimises the NLL of ``softmax(logits / T)`` on (logits, labels).

    NLL is convex in 1/T (it is a log-sum-exp of a linear function of 1/T minus a linear term), so
    it is unimodal in log T and a bounded Brent search finds the global minimum. The tolerance is
    pushed to float64 resolution: the fitted T agrees with a dense scan to the scan's resolution.
    Callers fitting a file's logits refuse a minimum at the edge of the range (``check_temperature``).
    """
    # float64 also where NumPy 1.x would keep float32 logits times a float64 scalar in float32.
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels)
    rows = np.arange(None)

    def objective(log_t: float) -> float:
        logp = log_softmax(z * np.exp(-log_t), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_10(logits: np.ndarray, labels: np.ndarray) -> float:
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
        logp = None
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_11(logits: np.ndarray, labels: np.ndarray) -> float:
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
        logp = log_softmax(None, axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_12(logits: np.ndarray, labels: np.ndarray) -> float:
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
        logp = log_softmax(z * np.exp(-log_t), axis=None)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_13(logits: np.ndarray, labels: np.ndarray) -> float:
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
        logp = log_softmax(axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_14(logits: np.ndarray, labels: np.ndarray) -> float:
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
        logp = log_softmax(z * np.exp(-log_t), )
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_15(logits: np.ndarray, labels: np.ndarray) -> float:
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
        logp = log_softmax(z / np.exp(-log_t), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_16(logits: np.ndarray, labels: np.ndarray) -> float:
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
        logp = log_softmax(z * np.exp(None), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_17(logits: np.ndarray, labels: np.ndarray) -> float:
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
        logp = log_softmax(z * np.exp(+log_t), axis=1)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_18(logits: np.ndarray, labels: np.ndarray) -> float:
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
        logp = log_softmax(z * np.exp(-log_t), axis=2)
        return float(-logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_19(logits: np.ndarray, labels: np.ndarray) -> float:
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
        return float(None)

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_20(logits: np.ndarray, labels: np.ndarray) -> float:
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
        return float(+logp[rows, y].mean())

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_21(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = None
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_22(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(None, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_23(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, bounds=None, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_24(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method=None, options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_25(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options=None)
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_26(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_27(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, method="bounded", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_28(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_29(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", )
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_30(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="XXboundedXX", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_31(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="BOUNDED", options={"xatol": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_32(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"XXxatolXX": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_33(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"XATOL": 1e-12, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_34(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1.000000000001, "maxiter": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_35(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "XXmaxiterXX": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_36(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "MAXITER": 500})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_37(logits: np.ndarray, labels: np.ndarray) -> float:
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

    result = minimize_scalar(objective, bounds=LOG_T_BOUNDS, method="bounded", options={"xatol": 1e-12, "maxiter": 501})
    return float(np.exp(result.x))


def x_fit_temperature__mutmut_38(logits: np.ndarray, labels: np.ndarray) -> float:
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
    return float(None)


def x_fit_temperature__mutmut_39(logits: np.ndarray, labels: np.ndarray) -> float:
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
    return float(np.exp(None))

mutants_x_fit_temperature__mutmut['_mutmut_orig'] = x_fit_temperature__mutmut_orig # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_1'] = x_fit_temperature__mutmut_1 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_2'] = x_fit_temperature__mutmut_2 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_3'] = x_fit_temperature__mutmut_3 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_4'] = x_fit_temperature__mutmut_4 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_5'] = x_fit_temperature__mutmut_5 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_6'] = x_fit_temperature__mutmut_6 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_7'] = x_fit_temperature__mutmut_7 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_8'] = x_fit_temperature__mutmut_8 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_9'] = x_fit_temperature__mutmut_9 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_10'] = x_fit_temperature__mutmut_10 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_11'] = x_fit_temperature__mutmut_11 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_12'] = x_fit_temperature__mutmut_12 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_13'] = x_fit_temperature__mutmut_13 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_14'] = x_fit_temperature__mutmut_14 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_15'] = x_fit_temperature__mutmut_15 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_16'] = x_fit_temperature__mutmut_16 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_17'] = x_fit_temperature__mutmut_17 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_18'] = x_fit_temperature__mutmut_18 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_19'] = x_fit_temperature__mutmut_19 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_20'] = x_fit_temperature__mutmut_20 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_21'] = x_fit_temperature__mutmut_21 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_22'] = x_fit_temperature__mutmut_22 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_23'] = x_fit_temperature__mutmut_23 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_24'] = x_fit_temperature__mutmut_24 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_25'] = x_fit_temperature__mutmut_25 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_26'] = x_fit_temperature__mutmut_26 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_27'] = x_fit_temperature__mutmut_27 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_28'] = x_fit_temperature__mutmut_28 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_29'] = x_fit_temperature__mutmut_29 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_30'] = x_fit_temperature__mutmut_30 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_31'] = x_fit_temperature__mutmut_31 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_32'] = x_fit_temperature__mutmut_32 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_33'] = x_fit_temperature__mutmut_33 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_34'] = x_fit_temperature__mutmut_34 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_35'] = x_fit_temperature__mutmut_35 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_36'] = x_fit_temperature__mutmut_36 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_37'] = x_fit_temperature__mutmut_37 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_38'] = x_fit_temperature__mutmut_38 # type: ignore # mutmut generated
mutants_x_fit_temperature__mutmut['x_fit_temperature__mutmut_39'] = x_fit_temperature__mutmut_39 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fit_temperature_course__mutmut)
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


def x_fit_temperature_course__mutmut_orig(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
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


def x_fit_temperature_course__mutmut_1(logits: np.ndarray, labels: np.ndarray, max_iter: int = 201, lr: float = 0.1) -> float:
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


def x_fit_temperature_course__mutmut_2(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 1.1) -> float:
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


def x_fit_temperature_course__mutmut_3(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = None
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


def x_fit_temperature_course__mutmut_4(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(None)
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


def x_fit_temperature_course__mutmut_5(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(None, dtype=np.float32))
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


def x_fit_temperature_course__mutmut_6(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=None))
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


def x_fit_temperature_course__mutmut_7(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(dtype=np.float32))
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


def x_fit_temperature_course__mutmut_8(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, ))
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


def x_fit_temperature_course__mutmut_9(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = None
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.LBFGS([log_t], lr=lr, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_10(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(None)
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.LBFGS([log_t], lr=lr, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_11(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(None, dtype=np.int64))
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.LBFGS([log_t], lr=lr, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_12(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=None))
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.LBFGS([log_t], lr=lr, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_13(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(dtype=np.int64))
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.LBFGS([log_t], lr=lr, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_14(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, ))
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.LBFGS([log_t], lr=lr, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_15(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    log_t = None
    optimizer = torch.optim.LBFGS([log_t], lr=lr, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_16(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    log_t = torch.nn.Parameter(None)
    optimizer = torch.optim.LBFGS([log_t], lr=lr, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_17(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    log_t = torch.nn.Parameter(torch.zeros(None))
    optimizer = torch.optim.LBFGS([log_t], lr=lr, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_18(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    log_t = torch.nn.Parameter(torch.zeros(2))
    optimizer = torch.optim.LBFGS([log_t], lr=lr, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_19(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = None

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_20(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.LBFGS(None, lr=lr, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_21(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.LBFGS([log_t], lr=None, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_22(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.LBFGS([log_t], lr=lr, max_iter=None)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_23(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.LBFGS(lr=lr, max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_24(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.LBFGS([log_t], max_iter=max_iter)

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_25(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
    """The published course's temperature fit: ``torch.optim.LBFGS`` on log T (start 0, ``lr``,
    ``max_iter``, default tolerances, no line search), mean cross-entropy of float32 logits, one
    ``step(closure)``. It stops before the exact optimum (on published-size data T comes out
    0.04-0.08% low); kdcal's default is ``fit_temperature``, which solves to float64 precision."""
    import torch

    z = torch.from_numpy(np.asarray(logits, dtype=np.float32))
    y = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    log_t = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.LBFGS([log_t], lr=lr, )

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_26(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
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
        loss = None
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_27(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
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
        loss = torch.nn.functional.cross_entropy(None, y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_28(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
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
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), None)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_29(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
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
        loss = torch.nn.functional.cross_entropy(y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_30(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
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
        loss = torch.nn.functional.cross_entropy(z / torch.exp(log_t), )
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_31(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
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
        loss = torch.nn.functional.cross_entropy(z * torch.exp(log_t), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_32(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
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
        loss = torch.nn.functional.cross_entropy(z / torch.exp(None), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_33(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
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

    optimizer.step(None)
    return float(torch.exp(log_t.detach()).item())


def x_fit_temperature_course__mutmut_34(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
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
    return float(None)


def x_fit_temperature_course__mutmut_35(logits: np.ndarray, labels: np.ndarray, max_iter: int = 200, lr: float = 0.1) -> float:
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
    return float(torch.exp(None).item())

mutants_x_fit_temperature_course__mutmut['_mutmut_orig'] = x_fit_temperature_course__mutmut_orig # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_1'] = x_fit_temperature_course__mutmut_1 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_2'] = x_fit_temperature_course__mutmut_2 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_3'] = x_fit_temperature_course__mutmut_3 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_4'] = x_fit_temperature_course__mutmut_4 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_5'] = x_fit_temperature_course__mutmut_5 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_6'] = x_fit_temperature_course__mutmut_6 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_7'] = x_fit_temperature_course__mutmut_7 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_8'] = x_fit_temperature_course__mutmut_8 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_9'] = x_fit_temperature_course__mutmut_9 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_10'] = x_fit_temperature_course__mutmut_10 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_11'] = x_fit_temperature_course__mutmut_11 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_12'] = x_fit_temperature_course__mutmut_12 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_13'] = x_fit_temperature_course__mutmut_13 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_14'] = x_fit_temperature_course__mutmut_14 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_15'] = x_fit_temperature_course__mutmut_15 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_16'] = x_fit_temperature_course__mutmut_16 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_17'] = x_fit_temperature_course__mutmut_17 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_18'] = x_fit_temperature_course__mutmut_18 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_19'] = x_fit_temperature_course__mutmut_19 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_20'] = x_fit_temperature_course__mutmut_20 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_21'] = x_fit_temperature_course__mutmut_21 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_22'] = x_fit_temperature_course__mutmut_22 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_23'] = x_fit_temperature_course__mutmut_23 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_24'] = x_fit_temperature_course__mutmut_24 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_25'] = x_fit_temperature_course__mutmut_25 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_26'] = x_fit_temperature_course__mutmut_26 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_27'] = x_fit_temperature_course__mutmut_27 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_28'] = x_fit_temperature_course__mutmut_28 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_29'] = x_fit_temperature_course__mutmut_29 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_30'] = x_fit_temperature_course__mutmut_30 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_31'] = x_fit_temperature_course__mutmut_31 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_32'] = x_fit_temperature_course__mutmut_32 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_33'] = x_fit_temperature_course__mutmut_33 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_34'] = x_fit_temperature_course__mutmut_34 # type: ignore # mutmut generated
mutants_x_fit_temperature_course__mutmut['x_fit_temperature_course__mutmut_35'] = x_fit_temperature_course__mutmut_35 # type: ignore # mutmut generated


TEMPERATURE_FITS = {"exact": fit_temperature, "course_lbfgs": fit_temperature_course}
mutants_xǁTemperatureScalerǁfit__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTemperatureScalerǁtransform__mutmut: MutantDict = {}  # type: ignore


@dataclass
class TemperatureScaler:
    """Global temperature scaling (Guo et al. 2017): probabilities ``softmax(logits / T)``.

    ``fit_method``: ``exact`` (kdcal: the NLL minimum to float64 precision) or ``course_lbfgs``
    (the published course's LBFGS fit, which stops slightly short of it)."""

    temperature: float = 1.0
    fit_method: str = "exact"

    @_mutmut_mutated(mutants_xǁTemperatureScalerǁfit__mutmut)
    def fit(self, logits: np.ndarray, labels: np.ndarray) -> TemperatureScaler:
        """Fit T on (n, K) logits and (n,) integer labels; returns self."""
        self.temperature = TEMPERATURE_FITS[self.fit_method](logits, labels)
        return self

    def xǁTemperatureScalerǁfit__mutmut_orig(self, logits: np.ndarray, labels: np.ndarray) -> TemperatureScaler:
        """Fit T on (n, K) logits and (n,) integer labels; returns self."""
        self.temperature = TEMPERATURE_FITS[self.fit_method](logits, labels)
        return self

    def xǁTemperatureScalerǁfit__mutmut_1(self, logits: np.ndarray, labels: np.ndarray) -> TemperatureScaler:
        """Fit T on (n, K) logits and (n,) integer labels; returns self."""
        self.temperature = None
        return self

    def xǁTemperatureScalerǁfit__mutmut_2(self, logits: np.ndarray, labels: np.ndarray) -> TemperatureScaler:
        """Fit T on (n, K) logits and (n,) integer labels; returns self."""
        self.temperature = TEMPERATURE_FITS[self.fit_method](None, labels)
        return self

    def xǁTemperatureScalerǁfit__mutmut_3(self, logits: np.ndarray, labels: np.ndarray) -> TemperatureScaler:
        """Fit T on (n, K) logits and (n,) integer labels; returns self."""
        self.temperature = TEMPERATURE_FITS[self.fit_method](logits, None)
        return self

    def xǁTemperatureScalerǁfit__mutmut_4(self, logits: np.ndarray, labels: np.ndarray) -> TemperatureScaler:
        """Fit T on (n, K) logits and (n,) integer labels; returns self."""
        self.temperature = TEMPERATURE_FITS[self.fit_method](labels)
        return self

    def xǁTemperatureScalerǁfit__mutmut_5(self, logits: np.ndarray, labels: np.ndarray) -> TemperatureScaler:
        """Fit T on (n, K) logits and (n,) integer labels; returns self."""
        self.temperature = TEMPERATURE_FITS[self.fit_method](logits, )
        return self

    @_mutmut_mutated(mutants_xǁTemperatureScalerǁtransform__mutmut)
    def transform(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) temperature-scaled logits (float64)."""
        return np.asarray(logits, dtype=np.float64) / self.temperature

    def xǁTemperatureScalerǁtransform__mutmut_orig(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) temperature-scaled logits (float64)."""
        return np.asarray(logits, dtype=np.float64) / self.temperature

    def xǁTemperatureScalerǁtransform__mutmut_1(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) temperature-scaled logits (float64)."""
        return np.asarray(logits, dtype=np.float64) * self.temperature

    def xǁTemperatureScalerǁtransform__mutmut_2(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) temperature-scaled logits (float64)."""
        return np.asarray(None, dtype=np.float64) / self.temperature

    def xǁTemperatureScalerǁtransform__mutmut_3(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) temperature-scaled logits (float64)."""
        return np.asarray(logits, dtype=None) / self.temperature

    def xǁTemperatureScalerǁtransform__mutmut_4(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) temperature-scaled logits (float64)."""
        return np.asarray(dtype=np.float64) / self.temperature

    def xǁTemperatureScalerǁtransform__mutmut_5(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) temperature-scaled logits (float64)."""
        return np.asarray(logits, ) / self.temperature

mutants_xǁTemperatureScalerǁfit__mutmut['_mutmut_orig'] = TemperatureScaler.xǁTemperatureScalerǁfit__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTemperatureScalerǁfit__mutmut['xǁTemperatureScalerǁfit__mutmut_1'] = TemperatureScaler.xǁTemperatureScalerǁfit__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTemperatureScalerǁfit__mutmut['xǁTemperatureScalerǁfit__mutmut_2'] = TemperatureScaler.xǁTemperatureScalerǁfit__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTemperatureScalerǁfit__mutmut['xǁTemperatureScalerǁfit__mutmut_3'] = TemperatureScaler.xǁTemperatureScalerǁfit__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTemperatureScalerǁfit__mutmut['xǁTemperatureScalerǁfit__mutmut_4'] = TemperatureScaler.xǁTemperatureScalerǁfit__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTemperatureScalerǁfit__mutmut['xǁTemperatureScalerǁfit__mutmut_5'] = TemperatureScaler.xǁTemperatureScalerǁfit__mutmut_5 # type: ignore # mutmut generated

mutants_xǁTemperatureScalerǁtransform__mutmut['_mutmut_orig'] = TemperatureScaler.xǁTemperatureScalerǁtransform__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTemperatureScalerǁtransform__mutmut['xǁTemperatureScalerǁtransform__mutmut_1'] = TemperatureScaler.xǁTemperatureScalerǁtransform__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTemperatureScalerǁtransform__mutmut['xǁTemperatureScalerǁtransform__mutmut_2'] = TemperatureScaler.xǁTemperatureScalerǁtransform__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTemperatureScalerǁtransform__mutmut['xǁTemperatureScalerǁtransform__mutmut_3'] = TemperatureScaler.xǁTemperatureScalerǁtransform__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTemperatureScalerǁtransform__mutmut['xǁTemperatureScalerǁtransform__mutmut_4'] = TemperatureScaler.xǁTemperatureScalerǁtransform__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTemperatureScalerǁtransform__mutmut['xǁTemperatureScalerǁtransform__mutmut_5'] = TemperatureScaler.xǁTemperatureScalerǁtransform__mutmut_5 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_vector_scaling_objective__mutmut)
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


def x_vector_scaling_objective__mutmut_orig(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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


def x_vector_scaling_objective__mutmut_1(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = None
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


def x_vector_scaling_objective__mutmut_2(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = None
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


def x_vector_scaling_objective__mutmut_3(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(None)
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


def x_vector_scaling_objective__mutmut_4(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = None
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


def x_vector_scaling_objective__mutmut_5(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 * k
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


def x_vector_scaling_objective__mutmut_6(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 / k
    a, b = None
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


def x_vector_scaling_objective__mutmut_7(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 / k
    a, b = theta[:k], theta[k:]
    z = None
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


def x_vector_scaling_objective__mutmut_8(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 / k
    a, b = theta[:k], theta[k:]
    z = x * a - b
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


def x_vector_scaling_objective__mutmut_9(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 / k
    a, b = theta[:k], theta[k:]
    z = x / a + b
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


def x_vector_scaling_objective__mutmut_10(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 / k
    a, b = theta[:k], theta[k:]
    z = x * a + b
    z = z.max(axis=1, keepdims=True)
    q = np.exp(z)
    total = q.sum(axis=1, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_11(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 / k
    a, b = theta[:k], theta[k:]
    z = x * a + b
    z += z.max(axis=1, keepdims=True)
    q = np.exp(z)
    total = q.sum(axis=1, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_12(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 / k
    a, b = theta[:k], theta[k:]
    z = x * a + b
    z -= z.max(axis=None, keepdims=True)
    q = np.exp(z)
    total = q.sum(axis=1, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_13(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 / k
    a, b = theta[:k], theta[k:]
    z = x * a + b
    z -= z.max(axis=1, keepdims=None)
    q = np.exp(z)
    total = q.sum(axis=1, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_14(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 / k
    a, b = theta[:k], theta[k:]
    z = x * a + b
    z -= z.max(keepdims=True)
    q = np.exp(z)
    total = q.sum(axis=1, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_15(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 / k
    a, b = theta[:k], theta[k:]
    z = x * a + b
    z -= z.max(axis=1, )
    q = np.exp(z)
    total = q.sum(axis=1, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_16(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 / k
    a, b = theta[:k], theta[k:]
    z = x * a + b
    z -= z.max(axis=2, keepdims=True)
    q = np.exp(z)
    total = q.sum(axis=1, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_17(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """Vector scaling's objective and its analytic gradient at theta = (a, b), 2K values.

    x: (n, K) float64 logits; y: (n,) int labels. Value: mean NLL of softmax(x * a + b) plus
    ``l2 / K * (sum (a - mean a)^2 + sum b^2)``; gradient: (2K,), d/da then d/db.
    """
    n, k = x.shape
    rows = np.arange(n)
    strength = l2 / k
    a, b = theta[:k], theta[k:]
    z = x * a + b
    z -= z.max(axis=1, keepdims=False)
    q = np.exp(z)
    total = q.sum(axis=1, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_18(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    q = None
    total = q.sum(axis=1, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_19(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    q = np.exp(None)
    total = q.sum(axis=1, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_20(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    total = None
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_21(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    total = q.sum(axis=None, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_22(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    total = q.sum(axis=1, keepdims=None)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_23(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    total = q.sum(keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_24(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    total = q.sum(axis=1, )
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_25(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    total = q.sum(axis=2, keepdims=True)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_26(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    total = q.sum(axis=1, keepdims=False)
    nll = (np.log(total[:, 0]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_27(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    nll = None
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_28(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    nll = (np.log(total[:, 0]) + z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_29(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    nll = (np.log(None) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_30(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    nll = (np.log(total[:, 1]) - z[rows, y]).mean()
    q /= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_31(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    q = total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_32(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    q *= total
    q[rows, y] -= 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_33(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    q[rows, y] = 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_34(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    q[rows, y] += 1.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_35(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    q[rows, y] -= 2.0
    q /= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_36(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    q = n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_37(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    q *= n
    centred = a - a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_38(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    centred = None
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_39(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    centred = a + a.mean()
    value = nll + strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_40(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    value = None
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_41(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    value = nll - strength * ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_42(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    value = nll + strength / ((centred**2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_43(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    value = nll + strength * ((centred**2).sum() - (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_44(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    value = nll + strength * ((centred * 2).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_45(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    value = nll + strength * ((centred**3).sum() + (b**2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_46(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    value = nll + strength * ((centred**2).sum() + (b * 2).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_47(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    value = nll + strength * ((centred**2).sum() + (b**3).sum())
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_48(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate(None)


def x_vector_scaling_objective__mutmut_49(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate([(q * x).sum(axis=0) - 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_50(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate([(q * x).sum(axis=None) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_51(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate([(q / x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_52(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate([(q * x).sum(axis=1) + 2 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_53(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength / centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_54(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate([(q * x).sum(axis=0) + 2 / strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_55(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate([(q * x).sum(axis=0) + 3 * strength * centred, q.sum(axis=0) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_56(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) - 2 * strength * b])


def x_vector_scaling_objective__mutmut_57(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=None) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_58(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=1) + 2 * strength * b])


def x_vector_scaling_objective__mutmut_59(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 * strength / b])


def x_vector_scaling_objective__mutmut_60(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 2 / strength * b])


def x_vector_scaling_objective__mutmut_61(theta: np.ndarray, x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
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
    return value, np.concatenate([(q * x).sum(axis=0) + 2 * strength * centred, q.sum(axis=0) + 3 * strength * b])

mutants_x_vector_scaling_objective__mutmut['_mutmut_orig'] = x_vector_scaling_objective__mutmut_orig # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_1'] = x_vector_scaling_objective__mutmut_1 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_2'] = x_vector_scaling_objective__mutmut_2 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_3'] = x_vector_scaling_objective__mutmut_3 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_4'] = x_vector_scaling_objective__mutmut_4 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_5'] = x_vector_scaling_objective__mutmut_5 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_6'] = x_vector_scaling_objective__mutmut_6 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_7'] = x_vector_scaling_objective__mutmut_7 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_8'] = x_vector_scaling_objective__mutmut_8 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_9'] = x_vector_scaling_objective__mutmut_9 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_10'] = x_vector_scaling_objective__mutmut_10 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_11'] = x_vector_scaling_objective__mutmut_11 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_12'] = x_vector_scaling_objective__mutmut_12 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_13'] = x_vector_scaling_objective__mutmut_13 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_14'] = x_vector_scaling_objective__mutmut_14 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_15'] = x_vector_scaling_objective__mutmut_15 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_16'] = x_vector_scaling_objective__mutmut_16 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_17'] = x_vector_scaling_objective__mutmut_17 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_18'] = x_vector_scaling_objective__mutmut_18 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_19'] = x_vector_scaling_objective__mutmut_19 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_20'] = x_vector_scaling_objective__mutmut_20 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_21'] = x_vector_scaling_objective__mutmut_21 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_22'] = x_vector_scaling_objective__mutmut_22 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_23'] = x_vector_scaling_objective__mutmut_23 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_24'] = x_vector_scaling_objective__mutmut_24 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_25'] = x_vector_scaling_objective__mutmut_25 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_26'] = x_vector_scaling_objective__mutmut_26 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_27'] = x_vector_scaling_objective__mutmut_27 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_28'] = x_vector_scaling_objective__mutmut_28 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_29'] = x_vector_scaling_objective__mutmut_29 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_30'] = x_vector_scaling_objective__mutmut_30 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_31'] = x_vector_scaling_objective__mutmut_31 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_32'] = x_vector_scaling_objective__mutmut_32 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_33'] = x_vector_scaling_objective__mutmut_33 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_34'] = x_vector_scaling_objective__mutmut_34 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_35'] = x_vector_scaling_objective__mutmut_35 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_36'] = x_vector_scaling_objective__mutmut_36 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_37'] = x_vector_scaling_objective__mutmut_37 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_38'] = x_vector_scaling_objective__mutmut_38 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_39'] = x_vector_scaling_objective__mutmut_39 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_40'] = x_vector_scaling_objective__mutmut_40 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_41'] = x_vector_scaling_objective__mutmut_41 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_42'] = x_vector_scaling_objective__mutmut_42 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_43'] = x_vector_scaling_objective__mutmut_43 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_44'] = x_vector_scaling_objective__mutmut_44 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_45'] = x_vector_scaling_objective__mutmut_45 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_46'] = x_vector_scaling_objective__mutmut_46 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_47'] = x_vector_scaling_objective__mutmut_47 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_48'] = x_vector_scaling_objective__mutmut_48 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_49'] = x_vector_scaling_objective__mutmut_49 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_50'] = x_vector_scaling_objective__mutmut_50 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_51'] = x_vector_scaling_objective__mutmut_51 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_52'] = x_vector_scaling_objective__mutmut_52 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_53'] = x_vector_scaling_objective__mutmut_53 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_54'] = x_vector_scaling_objective__mutmut_54 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_55'] = x_vector_scaling_objective__mutmut_55 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_56'] = x_vector_scaling_objective__mutmut_56 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_57'] = x_vector_scaling_objective__mutmut_57 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_58'] = x_vector_scaling_objective__mutmut_58 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_59'] = x_vector_scaling_objective__mutmut_59 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_60'] = x_vector_scaling_objective__mutmut_60 # type: ignore # mutmut generated
mutants_x_vector_scaling_objective__mutmut['x_vector_scaling_objective__mutmut_61'] = x_vector_scaling_objective__mutmut_61 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut: MutantDict = {}  # type: ignore
mutants_xǁVectorScalerǁtransform__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁVectorScalerǁfit__mutmut)
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

    def xǁVectorScalerǁfit__mutmut_orig(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
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

    def xǁVectorScalerǁfit__mutmut_1(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = None  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_2(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(None), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_3(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(None)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_4(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = None
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_5(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[2]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_6(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = None
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_7(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate(None)
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_8(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(None, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_9(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, None), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_10(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_11(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, ), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_12(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 * fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_13(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 2.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_14(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(None, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_15(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, None)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_16(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_17(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, )), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_18(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(None)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_19(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = None
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_20(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"XXmaxiterXX": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_21(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"MAXITER": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_22(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "XXgtolXX": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_23(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "GTOL": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_24(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1.0000001}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_25(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = None
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_26(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(None, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_27(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, None, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_28(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=None, jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_29(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=None, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_30(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method=None, options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_31(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=None)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_32(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_33(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_34(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_35(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_36(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_37(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", )
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_38(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=False, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_39(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="XXL-BFGS-BXX", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_40(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="l-bfgs-b", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_41(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = None
        self.converged = bool(result.success)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_42(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = None
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_43(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(None)
        self.iterations = int(result.nit)
        return self

    def xǁVectorScalerǁfit__mutmut_44(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = None
        return self

    def xǁVectorScalerǁfit__mutmut_45(self, logits: np.ndarray, labels: np.ndarray) -> VectorScaler:
        """Fit on (n, K) logits and (n,) integer labels; returns self."""
        x, y = np.asarray(logits), np.asarray(labels)  # the float64 parameters make the arithmetic float64
        k = x.shape[1]
        theta0 = np.concatenate([np.full(k, 1.0 / fit_temperature(x, y)), np.zeros(k)])
        options = {"maxiter": self.max_iter, "gtol": 1e-7}
        result = minimize(vector_scaling_objective, theta0, args=(x, y, self.l2), jac=True, method="L-BFGS-B", options=options)
        self.scale, self.bias = result.x[:k], result.x[k:]
        self.converged = bool(result.success)
        self.iterations = int(None)
        return self

    @_mutmut_mutated(mutants_xǁVectorScalerǁtransform__mutmut)
    def transform(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) calibrated logits ``a * logits + b`` (float64)."""
        if self.scale is None:
            raise RuntimeError("VectorScaler.transform called before fit")
        return np.asarray(logits) * self.scale + self.bias  # float64: scale and bias are

    def xǁVectorScalerǁtransform__mutmut_orig(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) calibrated logits ``a * logits + b`` (float64)."""
        if self.scale is None:
            raise RuntimeError("VectorScaler.transform called before fit")
        return np.asarray(logits) * self.scale + self.bias  # float64: scale and bias are

    def xǁVectorScalerǁtransform__mutmut_1(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) calibrated logits ``a * logits + b`` (float64)."""
        if self.scale is not None:
            raise RuntimeError("VectorScaler.transform called before fit")
        return np.asarray(logits) * self.scale + self.bias  # float64: scale and bias are

    def xǁVectorScalerǁtransform__mutmut_2(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) calibrated logits ``a * logits + b`` (float64)."""
        if self.scale is None:
            raise RuntimeError(None)
        return np.asarray(logits) * self.scale + self.bias  # float64: scale and bias are

    def xǁVectorScalerǁtransform__mutmut_3(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) calibrated logits ``a * logits + b`` (float64)."""
        if self.scale is None:
            raise RuntimeError("XXVectorScaler.transform called before fitXX")
        return np.asarray(logits) * self.scale + self.bias  # float64: scale and bias are

    def xǁVectorScalerǁtransform__mutmut_4(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) calibrated logits ``a * logits + b`` (float64)."""
        if self.scale is None:
            raise RuntimeError("vectorscaler.transform called before fit")
        return np.asarray(logits) * self.scale + self.bias  # float64: scale and bias are

    def xǁVectorScalerǁtransform__mutmut_5(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) calibrated logits ``a * logits + b`` (float64)."""
        if self.scale is None:
            raise RuntimeError("VECTORSCALER.TRANSFORM CALLED BEFORE FIT")
        return np.asarray(logits) * self.scale + self.bias  # float64: scale and bias are

    def xǁVectorScalerǁtransform__mutmut_6(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) calibrated logits ``a * logits + b`` (float64)."""
        if self.scale is None:
            raise RuntimeError("VectorScaler.transform called before fit")
        return np.asarray(logits) * self.scale - self.bias  # float64: scale and bias are

    def xǁVectorScalerǁtransform__mutmut_7(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) calibrated logits ``a * logits + b`` (float64)."""
        if self.scale is None:
            raise RuntimeError("VectorScaler.transform called before fit")
        return np.asarray(logits) / self.scale + self.bias  # float64: scale and bias are

    def xǁVectorScalerǁtransform__mutmut_8(self, logits: np.ndarray) -> np.ndarray:
        """(n, K) logits -> (n, K) calibrated logits ``a * logits + b`` (float64)."""
        if self.scale is None:
            raise RuntimeError("VectorScaler.transform called before fit")
        return np.asarray(None) * self.scale + self.bias  # float64: scale and bias are

mutants_xǁVectorScalerǁfit__mutmut['_mutmut_orig'] = VectorScaler.xǁVectorScalerǁfit__mutmut_orig # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_1'] = VectorScaler.xǁVectorScalerǁfit__mutmut_1 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_2'] = VectorScaler.xǁVectorScalerǁfit__mutmut_2 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_3'] = VectorScaler.xǁVectorScalerǁfit__mutmut_3 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_4'] = VectorScaler.xǁVectorScalerǁfit__mutmut_4 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_5'] = VectorScaler.xǁVectorScalerǁfit__mutmut_5 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_6'] = VectorScaler.xǁVectorScalerǁfit__mutmut_6 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_7'] = VectorScaler.xǁVectorScalerǁfit__mutmut_7 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_8'] = VectorScaler.xǁVectorScalerǁfit__mutmut_8 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_9'] = VectorScaler.xǁVectorScalerǁfit__mutmut_9 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_10'] = VectorScaler.xǁVectorScalerǁfit__mutmut_10 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_11'] = VectorScaler.xǁVectorScalerǁfit__mutmut_11 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_12'] = VectorScaler.xǁVectorScalerǁfit__mutmut_12 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_13'] = VectorScaler.xǁVectorScalerǁfit__mutmut_13 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_14'] = VectorScaler.xǁVectorScalerǁfit__mutmut_14 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_15'] = VectorScaler.xǁVectorScalerǁfit__mutmut_15 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_16'] = VectorScaler.xǁVectorScalerǁfit__mutmut_16 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_17'] = VectorScaler.xǁVectorScalerǁfit__mutmut_17 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_18'] = VectorScaler.xǁVectorScalerǁfit__mutmut_18 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_19'] = VectorScaler.xǁVectorScalerǁfit__mutmut_19 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_20'] = VectorScaler.xǁVectorScalerǁfit__mutmut_20 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_21'] = VectorScaler.xǁVectorScalerǁfit__mutmut_21 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_22'] = VectorScaler.xǁVectorScalerǁfit__mutmut_22 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_23'] = VectorScaler.xǁVectorScalerǁfit__mutmut_23 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_24'] = VectorScaler.xǁVectorScalerǁfit__mutmut_24 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_25'] = VectorScaler.xǁVectorScalerǁfit__mutmut_25 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_26'] = VectorScaler.xǁVectorScalerǁfit__mutmut_26 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_27'] = VectorScaler.xǁVectorScalerǁfit__mutmut_27 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_28'] = VectorScaler.xǁVectorScalerǁfit__mutmut_28 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_29'] = VectorScaler.xǁVectorScalerǁfit__mutmut_29 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_30'] = VectorScaler.xǁVectorScalerǁfit__mutmut_30 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_31'] = VectorScaler.xǁVectorScalerǁfit__mutmut_31 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_32'] = VectorScaler.xǁVectorScalerǁfit__mutmut_32 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_33'] = VectorScaler.xǁVectorScalerǁfit__mutmut_33 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_34'] = VectorScaler.xǁVectorScalerǁfit__mutmut_34 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_35'] = VectorScaler.xǁVectorScalerǁfit__mutmut_35 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_36'] = VectorScaler.xǁVectorScalerǁfit__mutmut_36 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_37'] = VectorScaler.xǁVectorScalerǁfit__mutmut_37 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_38'] = VectorScaler.xǁVectorScalerǁfit__mutmut_38 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_39'] = VectorScaler.xǁVectorScalerǁfit__mutmut_39 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_40'] = VectorScaler.xǁVectorScalerǁfit__mutmut_40 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_41'] = VectorScaler.xǁVectorScalerǁfit__mutmut_41 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_42'] = VectorScaler.xǁVectorScalerǁfit__mutmut_42 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_43'] = VectorScaler.xǁVectorScalerǁfit__mutmut_43 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_44'] = VectorScaler.xǁVectorScalerǁfit__mutmut_44 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁfit__mutmut['xǁVectorScalerǁfit__mutmut_45'] = VectorScaler.xǁVectorScalerǁfit__mutmut_45 # type: ignore # mutmut generated

mutants_xǁVectorScalerǁtransform__mutmut['_mutmut_orig'] = VectorScaler.xǁVectorScalerǁtransform__mutmut_orig # type: ignore # mutmut generated
mutants_xǁVectorScalerǁtransform__mutmut['xǁVectorScalerǁtransform__mutmut_1'] = VectorScaler.xǁVectorScalerǁtransform__mutmut_1 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁtransform__mutmut['xǁVectorScalerǁtransform__mutmut_2'] = VectorScaler.xǁVectorScalerǁtransform__mutmut_2 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁtransform__mutmut['xǁVectorScalerǁtransform__mutmut_3'] = VectorScaler.xǁVectorScalerǁtransform__mutmut_3 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁtransform__mutmut['xǁVectorScalerǁtransform__mutmut_4'] = VectorScaler.xǁVectorScalerǁtransform__mutmut_4 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁtransform__mutmut['xǁVectorScalerǁtransform__mutmut_5'] = VectorScaler.xǁVectorScalerǁtransform__mutmut_5 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁtransform__mutmut['xǁVectorScalerǁtransform__mutmut_6'] = VectorScaler.xǁVectorScalerǁtransform__mutmut_6 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁtransform__mutmut['xǁVectorScalerǁtransform__mutmut_7'] = VectorScaler.xǁVectorScalerǁtransform__mutmut_7 # type: ignore # mutmut generated
mutants_xǁVectorScalerǁtransform__mutmut['xǁVectorScalerǁtransform__mutmut_8'] = VectorScaler.xǁVectorScalerǁtransform__mutmut_8 # type: ignore # mutmut generated
mutants_x_mean_nll__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mean_nll__mutmut)
def mean_nll(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean NLL of softmax(logits) at (n,) integer labels."""
    return nll_at_temperature(logits, labels, 1.0)


def x_mean_nll__mutmut_orig(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean NLL of softmax(logits) at (n,) integer labels."""
    return nll_at_temperature(logits, labels, 1.0)


def x_mean_nll__mutmut_1(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean NLL of softmax(logits) at (n,) integer labels."""
    return nll_at_temperature(None, labels, 1.0)


def x_mean_nll__mutmut_2(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean NLL of softmax(logits) at (n,) integer labels."""
    return nll_at_temperature(logits, None, 1.0)


def x_mean_nll__mutmut_3(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean NLL of softmax(logits) at (n,) integer labels."""
    return nll_at_temperature(logits, labels, None)


def x_mean_nll__mutmut_4(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean NLL of softmax(logits) at (n,) integer labels."""
    return nll_at_temperature(labels, 1.0)


def x_mean_nll__mutmut_5(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean NLL of softmax(logits) at (n,) integer labels."""
    return nll_at_temperature(logits, 1.0)


def x_mean_nll__mutmut_6(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean NLL of softmax(logits) at (n,) integer labels."""
    return nll_at_temperature(logits, labels, )


def x_mean_nll__mutmut_7(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean NLL of softmax(logits) at (n,) integer labels."""
    return nll_at_temperature(logits, labels, 2.0)

mutants_x_mean_nll__mutmut['_mutmut_orig'] = x_mean_nll__mutmut_orig # type: ignore # mutmut generated
mutants_x_mean_nll__mutmut['x_mean_nll__mutmut_1'] = x_mean_nll__mutmut_1 # type: ignore # mutmut generated
mutants_x_mean_nll__mutmut['x_mean_nll__mutmut_2'] = x_mean_nll__mutmut_2 # type: ignore # mutmut generated
mutants_x_mean_nll__mutmut['x_mean_nll__mutmut_3'] = x_mean_nll__mutmut_3 # type: ignore # mutmut generated
mutants_x_mean_nll__mutmut['x_mean_nll__mutmut_4'] = x_mean_nll__mutmut_4 # type: ignore # mutmut generated
mutants_x_mean_nll__mutmut['x_mean_nll__mutmut_5'] = x_mean_nll__mutmut_5 # type: ignore # mutmut generated
mutants_x_mean_nll__mutmut['x_mean_nll__mutmut_6'] = x_mean_nll__mutmut_6 # type: ignore # mutmut generated
mutants_x_mean_nll__mutmut['x_mean_nll__mutmut_7'] = x_mean_nll__mutmut_7 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fit_vector_scaling__mutmut)
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


def x_fit_vector_scaling__mutmut_orig(
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


def x_fit_vector_scaling__mutmut_1(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 6, seed: int = 0
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


def x_fit_vector_scaling__mutmut_2(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 1
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


def x_fit_vector_scaling__mutmut_3(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    logits, labels = None
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


def x_fit_vector_scaling__mutmut_4(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    logits, labels = np.asarray(None), np.asarray(labels)
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


def x_fit_vector_scaling__mutmut_5(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    logits, labels = np.asarray(logits), np.asarray(None)
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


def x_fit_vector_scaling__mutmut_6(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    logits, labels = np.asarray(logits), np.asarray(labels)
    order = None
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


def x_fit_vector_scaling__mutmut_7(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    logits, labels = np.asarray(logits), np.asarray(labels)
    order = np.random.default_rng(seed).permutation(None)
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


def x_fit_vector_scaling__mutmut_8(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    logits, labels = np.asarray(logits), np.asarray(labels)
    order = np.random.default_rng(None).permutation(len(labels))
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


def x_fit_vector_scaling__mutmut_9(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    logits, labels = np.asarray(logits), np.asarray(labels)
    order = np.random.default_rng(seed).permutation(len(labels))
    parts = None
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


def x_fit_vector_scaling__mutmut_10(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    logits, labels = np.asarray(logits), np.asarray(labels)
    order = np.random.default_rng(seed).permutation(len(labels))
    parts = np.array_split(None, folds)
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


def x_fit_vector_scaling__mutmut_11(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    logits, labels = np.asarray(logits), np.asarray(labels)
    order = np.random.default_rng(seed).permutation(len(labels))
    parts = np.array_split(order, None)
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


def x_fit_vector_scaling__mutmut_12(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    logits, labels = np.asarray(logits), np.asarray(labels)
    order = np.random.default_rng(seed).permutation(len(labels))
    parts = np.array_split(folds)
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


def x_fit_vector_scaling__mutmut_13(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    logits, labels = np.asarray(logits), np.asarray(labels)
    order = np.random.default_rng(seed).permutation(len(labels))
    parts = np.array_split(order, )
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


def x_fit_vector_scaling__mutmut_14(
    logits: np.ndarray, labels: np.ndarray, l2_grid: Sequence[float], folds: int = 5, seed: int = 0
) -> tuple[VectorScaler, list[dict]]:
    """Choose the regularisation strength by k-fold cross-validation on (logits, labels), then
    refit on all of them. Returns the fitted scaler and one record per strength: the mean held-out
    NLL over the folds. Ties go to the stronger regularisation. Folds are a seeded permutation."""
    logits, labels = np.asarray(logits), np.asarray(labels)
    order = np.random.default_rng(seed).permutation(len(labels))
    parts = np.array_split(order, folds)
    records = None
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


def x_fit_vector_scaling__mutmut_15(
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
        held_out = None
        for i, part in enumerate(parts):
            train = np.concatenate([p for j, p in enumerate(parts) if j != i])
            held_out.append(
                mean_nll(VectorScaler(l2=float(l2)).fit(logits[train], labels[train]).transform(logits[part]), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_16(
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
        for i, part in enumerate(None):
            train = np.concatenate([p for j, p in enumerate(parts) if j != i])
            held_out.append(
                mean_nll(VectorScaler(l2=float(l2)).fit(logits[train], labels[train]).transform(logits[part]), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_17(
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
            train = None
            held_out.append(
                mean_nll(VectorScaler(l2=float(l2)).fit(logits[train], labels[train]).transform(logits[part]), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_18(
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
            train = np.concatenate(None)
            held_out.append(
                mean_nll(VectorScaler(l2=float(l2)).fit(logits[train], labels[train]).transform(logits[part]), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_19(
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
            train = np.concatenate([p for j, p in enumerate(None) if j != i])
            held_out.append(
                mean_nll(VectorScaler(l2=float(l2)).fit(logits[train], labels[train]).transform(logits[part]), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_20(
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
            train = np.concatenate([p for j, p in enumerate(parts) if j == i])
            held_out.append(
                mean_nll(VectorScaler(l2=float(l2)).fit(logits[train], labels[train]).transform(logits[part]), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_21(
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
                None
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_22(
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
                mean_nll(None, labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_23(
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
                mean_nll(VectorScaler(l2=float(l2)).fit(logits[train], labels[train]).transform(logits[part]), None)
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_24(
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
                mean_nll(labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_25(
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
                mean_nll(VectorScaler(l2=float(l2)).fit(logits[train], labels[train]).transform(logits[part]), )
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_26(
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
                mean_nll(VectorScaler(l2=float(l2)).fit(logits[train], labels[train]).transform(None), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_27(
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
                mean_nll(VectorScaler(l2=float(l2)).fit(None, labels[train]).transform(logits[part]), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_28(
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
                mean_nll(VectorScaler(l2=float(l2)).fit(logits[train], None).transform(logits[part]), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_29(
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
                mean_nll(VectorScaler(l2=float(l2)).fit(labels[train]).transform(logits[part]), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_30(
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
                mean_nll(VectorScaler(l2=float(l2)).fit(logits[train], ).transform(logits[part]), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_31(
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
                mean_nll(VectorScaler(l2=None).fit(logits[train], labels[train]).transform(logits[part]), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_32(
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
                mean_nll(VectorScaler(l2=float(None)).fit(logits[train], labels[train]).transform(logits[part]), labels[part])
            )
        records.append({"l2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_33(
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
        records.append(None)
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_34(
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
        records.append({"XXl2XX": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_35(
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
        records.append({"L2": float(l2), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_36(
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
        records.append({"l2": float(None), "cv_nll": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_37(
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
        records.append({"l2": float(l2), "XXcv_nllXX": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_38(
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
        records.append({"l2": float(l2), "CV_NLL": float(np.mean(held_out))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_39(
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
        records.append({"l2": float(l2), "cv_nll": float(None)})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_40(
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
        records.append({"l2": float(l2), "cv_nll": float(np.mean(None))})
    best = min(records, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_41(
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
    best = None
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_42(
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
    best = min(None, key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_43(
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
    best = min(records, key=None)
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_44(
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
    best = min(key=lambda r: (r["cv_nll"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_45(
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
    best = min(records, )
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_46(
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
    best = min(records, key=lambda r: None)
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_47(
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
    best = min(records, key=lambda r: (r["XXcv_nllXX"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_48(
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
    best = min(records, key=lambda r: (r["CV_NLL"], -r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_49(
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
    best = min(records, key=lambda r: (r["cv_nll"], +r["l2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_50(
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
    best = min(records, key=lambda r: (r["cv_nll"], -r["XXl2XX"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_51(
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
    best = min(records, key=lambda r: (r["cv_nll"], -r["L2"]))
    return VectorScaler(l2=best["l2"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_52(
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
    return VectorScaler(l2=best["l2"]).fit(None, labels), records


def x_fit_vector_scaling__mutmut_53(
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
    return VectorScaler(l2=best["l2"]).fit(logits, None), records


def x_fit_vector_scaling__mutmut_54(
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
    return VectorScaler(l2=best["l2"]).fit(labels), records


def x_fit_vector_scaling__mutmut_55(
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
    return VectorScaler(l2=best["l2"]).fit(logits, ), records


def x_fit_vector_scaling__mutmut_56(
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
    return VectorScaler(l2=None).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_57(
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
    return VectorScaler(l2=best["XXl2XX"]).fit(logits, labels), records


def x_fit_vector_scaling__mutmut_58(
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
    return VectorScaler(l2=best["L2"]).fit(logits, labels), records

mutants_x_fit_vector_scaling__mutmut['_mutmut_orig'] = x_fit_vector_scaling__mutmut_orig # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_1'] = x_fit_vector_scaling__mutmut_1 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_2'] = x_fit_vector_scaling__mutmut_2 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_3'] = x_fit_vector_scaling__mutmut_3 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_4'] = x_fit_vector_scaling__mutmut_4 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_5'] = x_fit_vector_scaling__mutmut_5 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_6'] = x_fit_vector_scaling__mutmut_6 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_7'] = x_fit_vector_scaling__mutmut_7 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_8'] = x_fit_vector_scaling__mutmut_8 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_9'] = x_fit_vector_scaling__mutmut_9 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_10'] = x_fit_vector_scaling__mutmut_10 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_11'] = x_fit_vector_scaling__mutmut_11 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_12'] = x_fit_vector_scaling__mutmut_12 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_13'] = x_fit_vector_scaling__mutmut_13 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_14'] = x_fit_vector_scaling__mutmut_14 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_15'] = x_fit_vector_scaling__mutmut_15 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_16'] = x_fit_vector_scaling__mutmut_16 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_17'] = x_fit_vector_scaling__mutmut_17 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_18'] = x_fit_vector_scaling__mutmut_18 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_19'] = x_fit_vector_scaling__mutmut_19 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_20'] = x_fit_vector_scaling__mutmut_20 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_21'] = x_fit_vector_scaling__mutmut_21 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_22'] = x_fit_vector_scaling__mutmut_22 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_23'] = x_fit_vector_scaling__mutmut_23 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_24'] = x_fit_vector_scaling__mutmut_24 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_25'] = x_fit_vector_scaling__mutmut_25 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_26'] = x_fit_vector_scaling__mutmut_26 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_27'] = x_fit_vector_scaling__mutmut_27 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_28'] = x_fit_vector_scaling__mutmut_28 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_29'] = x_fit_vector_scaling__mutmut_29 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_30'] = x_fit_vector_scaling__mutmut_30 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_31'] = x_fit_vector_scaling__mutmut_31 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_32'] = x_fit_vector_scaling__mutmut_32 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_33'] = x_fit_vector_scaling__mutmut_33 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_34'] = x_fit_vector_scaling__mutmut_34 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_35'] = x_fit_vector_scaling__mutmut_35 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_36'] = x_fit_vector_scaling__mutmut_36 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_37'] = x_fit_vector_scaling__mutmut_37 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_38'] = x_fit_vector_scaling__mutmut_38 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_39'] = x_fit_vector_scaling__mutmut_39 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_40'] = x_fit_vector_scaling__mutmut_40 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_41'] = x_fit_vector_scaling__mutmut_41 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_42'] = x_fit_vector_scaling__mutmut_42 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_43'] = x_fit_vector_scaling__mutmut_43 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_44'] = x_fit_vector_scaling__mutmut_44 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_45'] = x_fit_vector_scaling__mutmut_45 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_46'] = x_fit_vector_scaling__mutmut_46 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_47'] = x_fit_vector_scaling__mutmut_47 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_48'] = x_fit_vector_scaling__mutmut_48 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_49'] = x_fit_vector_scaling__mutmut_49 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_50'] = x_fit_vector_scaling__mutmut_50 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_51'] = x_fit_vector_scaling__mutmut_51 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_52'] = x_fit_vector_scaling__mutmut_52 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_53'] = x_fit_vector_scaling__mutmut_53 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_54'] = x_fit_vector_scaling__mutmut_54 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_55'] = x_fit_vector_scaling__mutmut_55 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_56'] = x_fit_vector_scaling__mutmut_56 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_57'] = x_fit_vector_scaling__mutmut_57 # type: ignore # mutmut generated
mutants_x_fit_vector_scaling__mutmut['x_fit_vector_scaling__mutmut_58'] = x_fit_vector_scaling__mutmut_58 # type: ignore # mutmut generated
