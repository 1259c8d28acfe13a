"""Post-hoc calibration: temperature scaling (identity at T = 1, minimum NLL, known T recovered) and vector scaling."""

import numpy as np
import pytest

from conftest import random_predictions
from kdcal.calibration import TemperatureScaler, VectorScaler, fit_temperature, fit_vector_scaling, mean_nll, nll_at_temperature


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


def _sample(rng, logits):
    probs = np.exp(logits - logits.max(1, keepdims=True))
    probs /= probs.sum(1, keepdims=True)
    return (probs.cumsum(1) > rng.random((len(probs), 1))).argmax(1)


def test_vector_scaling_recovers_known_per_class_scales_and_biases():
    rng = np.random.default_rng(1)
    n, k = 30000, 4
    true_scale, true_bias = np.array([0.5, 1.0, 1.5, 2.0]), np.array([0.3, -0.2, 0.0, 0.4])
    raw = rng.normal(size=(n, k)) * 2
    labels = _sample(rng, raw * true_scale + true_bias)
    scaler = VectorScaler(l2=0.0).fit(raw, labels)
    assert scaler.converged
    # The bias is identified up to a constant shift (softmax is shift-invariant).
    assert scaler.scale == pytest.approx(true_scale, abs=0.05)
    assert scaler.bias - scaler.bias.mean() == pytest.approx(true_bias - true_bias.mean(), abs=0.05)


def test_strong_regularisation_gives_temperature_scaling(rng):
    logits, labels = random_predictions(rng, scale=5.0)
    t = fit_temperature(logits, labels)
    scaler = VectorScaler(l2=1e8).fit(logits, labels)
    assert scaler.scale == pytest.approx(np.full(logits.shape[1], 1 / t), rel=1e-3)
    assert np.abs(scaler.bias).max() < 1e-3


def test_vector_scaling_gradient_matches_finite_differences(rng):
    # The fitted point is a stationary point of the objective: perturbing any parameter raises it.
    logits, labels = random_predictions(rng, n=400, k=5)
    scaler = VectorScaler(l2=0.1).fit(logits, labels)
    k = logits.shape[1]

    def objective(a, b):
        c = a - a.mean()
        return mean_nll(logits * a + b, labels) + 0.1 / k * ((c**2).sum() + (b**2).sum())

    best = objective(scaler.scale, scaler.bias)
    for i in range(k):
        for step in (1e-3, -1e-3):
            a = scaler.scale.copy()
            a[i] += step
            b = scaler.bias.copy()
            b[i] += step
            assert objective(a, scaler.bias) >= best - 1e-10
            assert objective(scaler.scale, b) >= best - 1e-10


def test_cross_validation_picks_a_strength_from_the_grid_and_reports_each(rng):
    logits, labels = random_predictions(rng, n=1000, k=6, scale=5.0)
    scaler, records = fit_vector_scaling(logits, labels, [1e-3, 1e-1, 10.0], folds=4, seed=0)
    assert [r["l2"] for r in records] == [1e-3, 1e-1, 10.0]
    assert scaler.l2 == min(records, key=lambda r: r["cv_nll"])["l2"]
    assert mean_nll(scaler.transform(logits), labels) < mean_nll(logits, labels)
    again, _ = fit_vector_scaling(logits, labels, [1e-3, 1e-1, 10.0], folds=4, seed=0)
    assert np.array_equal(again.scale, scaler.scale)


@pytest.mark.parametrize(
    ("scale", "message"),
    [(1e30, "reach .*e\\+3[01] in absolute value"), (None, "look like probabilities")],
)
def test_a_temperature_at_the_edge_of_its_range_is_refused_with_a_hint(rng, scale, message):
    from scipy.special import softmax

    from kdcal.calibration import CalibrationError, check_temperature

    logits, labels = random_predictions(rng, n=400, k=5)
    bad = softmax(logits, axis=1) if scale is None else logits * scale
    with pytest.raises(CalibrationError, match=message) as err:
        check_temperature(148.41, bad, "preds/kd.npz (cal half)")
    assert str(err.value).startswith("preds/kd.npz (cal half): the fitted temperature")
    assert fit_temperature(logits * 1e30, labels) == pytest.approx(np.exp(5.0), rel=1e-3)  # the search does stop at its bound
    check_temperature(fit_temperature(logits, labels), logits, "fine")  # an ordinary fit passes
