"""Temperature scaling: identity at T = 1, the fitted T minimises NLL, known T is recovered."""
import numpy as np
import pytest

from conftest import random_predictions
from kdcal.calibration import TemperatureScaler, fit_temperature, nll_at_temperature


def test_temperature_one_is_the_identity(rng):
    logits, _ = random_predictions(rng)
    assert np.array_equal(TemperatureScaler(1.0).transform(logits), logits)


def test_fitted_temperature_minimises_nll_against_a_dense_scan(rng):
    logits, labels = random_predictions(rng, scale=4.0)
    t = fit_temperature(logits, labels)
    grid = np.exp(np.linspace(np.log(t) - 1, np.log(t) + 1, 4001))
    nll = np.array([nll_at_temperature(logits, labels, g) for g in grid])
    best = grid[nll.argmin()]
    assert abs(np.log(t) - np.log(best)) <= 2 / 4000 + 1e-9
    assert nll_at_temperature(logits, labels, t) <= nll.min() + 1e-12


def test_a_known_temperature_is_recovered():
    rng = np.random.default_rng(0)
    n, k, true_t = 20000, 10, 2.5
    calibrated = rng.normal(size=(n, k)) * 2
    probs = np.exp(calibrated - calibrated.max(1, keepdims=True))
    probs /= probs.sum(1, keepdims=True)
    labels = np.array([rng.choice(k, p=p) for p in probs])
    t = fit_temperature(calibrated * true_t, labels)  # overconfident by a factor true_t
    assert t == pytest.approx(true_t, rel=0.05)


def test_fit_transform_lowers_nll_of_overconfident_logits(rng):
    logits, labels = random_predictions(rng, scale=6.0)
    scaler = TemperatureScaler().fit(logits, labels)
    assert scaler.temperature > 1
    assert nll_at_temperature(scaler.transform(logits), labels, 1.0) < nll_at_temperature(logits, labels, 1.0)
