"""Post-hoc calibration: temperature scaling (identity at T = 1, minimum NLL, known T recovered) and vector scaling."""

import numpy as np
import pytest
from scipy.optimize import check_grad, minimize
from scipy.special import log_softmax

from conftest import random_predictions
from kdcal.calibration import (
    TemperatureScaler,
    VectorScaler,
    fit_temperature,
    fit_vector_scaling,
    vector_scaling_objective,
)


def reference_nll(logits, labels, temperature=1.0):
    """Mean NLL from its definition, with scipy's log_softmax (independent of kdcal's)."""
    return float(-log_softmax(np.asarray(logits, np.float64) / temperature, axis=1)[np.arange(len(labels)), labels].mean())


def reference_objective(a, b, logits, labels, l2):
    """Vector scaling's objective as documented: mean NLL + l2 / K * (sum (a - mean a)^2 + sum b^2)."""
    k = logits.shape[1]
    return reference_nll(logits * a + b, labels) + l2 / k * (((a - a.mean()) ** 2).sum() + (b**2).sum())


def test_temperature_one_is_the_identity(rng):
    logits, _ = random_predictions(rng)
    assert np.array_equal(TemperatureScaler(1.0).transform(logits), logits)


def test_fitted_temperature_minimises_nll_against_a_dense_scan(rng):
    logits, labels = random_predictions(rng, scale=4.0)
    t = fit_temperature(logits, labels)
    grid = np.exp(np.linspace(np.log(t) - 1, np.log(t) + 1, 4001))
    nll = np.array([reference_nll(logits, labels, g) for g in grid])
    best = grid[nll.argmin()]
    assert abs(np.log(t) - np.log(best)) <= 2 / 4000 + 1e-9
    assert reference_nll(logits, labels, t) <= nll.min() + 1e-12


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
    assert reference_nll(scaler.transform(logits), labels, 1.0) < reference_nll(logits, labels, 1.0)


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


@pytest.mark.parametrize("l2", [0.0, 0.05, 1.0, 50.0])
def test_the_fit_is_the_minimum_of_the_documented_objective_found_from_another_start(rng, l2):
    """An independent minimisation (the objective re-written from its definition, numerical
    gradients, BFGS from a = 1, b = 0, not kdcal's start at the fitted
    temperature) reaches the same point: a wrong start, gradient or objective would not."""
    logits, labels = random_predictions(rng, n=500, k=4, scale=3.0)
    k = logits.shape[1]
    scaler = VectorScaler(l2=l2).fit(logits, labels)
    assert scaler.converged and scaler.iterations > 0

    def f(theta):
        return reference_objective(theta[:k], theta[k:], logits, labels, l2)

    found = minimize(f, np.concatenate([np.ones(k), np.zeros(k)]), method="BFGS", options={"gtol": 1e-9})
    ours = f(np.concatenate([scaler.scale, scaler.bias]))
    assert ours <= found.fun + 1e-7
    if l2 > 0:  # with l2 = 0 the bias is defined only up to a shift
        np.testing.assert_allclose(scaler.scale, found.x[:k], atol=2e-3)
        np.testing.assert_allclose(scaler.bias, found.x[k:], atol=2e-3)


def test_vector_scaling_gradient_matches_finite_differences(rng):
    """The analytic gradient against central differences at random points (not only at the fit),
    and the value against the objective written from its definition."""
    logits, labels = random_predictions(rng, n=300, k=5)
    x, k = logits.astype(np.float64), logits.shape[1]
    for _ in range(5):
        theta = np.concatenate([rng.uniform(0.2, 2.0, k), rng.normal(0, 0.5, k)])
        value, _ = vector_scaling_objective(theta, x, labels, 0.3)
        assert value == pytest.approx(reference_objective(theta[:k], theta[k:], x, labels, 0.3), rel=1e-12)
        error = check_grad(
            lambda t: vector_scaling_objective(t, x, labels, 0.3)[0],
            lambda t: vector_scaling_objective(t, x, labels, 0.3)[1],
            theta,
        )
        assert error < 1e-6


def test_cross_validation_picks_a_strength_from_the_grid_and_reports_each(rng):
    logits, labels = random_predictions(rng, n=1000, k=6, scale=5.0)
    grid = [1e-3, 1e-1, 10.0]
    scaler, records = fit_vector_scaling(logits, labels, grid, folds=4, seed=0)
    assert [r["l2"] for r in records] == grid
    # Each record is the held-out NLL: fit on three folds, scored on the fourth (never on the
    # rows it was fitted on), folds = a seeded permutation split in four, as documented.
    parts = np.array_split(np.random.default_rng(0).permutation(len(labels)), 4)
    for record in records:
        held_out = []
        for i, part in enumerate(parts):
            train = np.concatenate([p for j, p in enumerate(parts) if j != i])
            fitted = VectorScaler(l2=record["l2"]).fit(logits[train], labels[train])
            held_out.append(reference_nll(logits[part] * fitted.scale + fitted.bias, labels[part]))
        assert record["cv_nll"] == pytest.approx(np.mean(held_out), rel=1e-9)
    assert scaler.l2 == min(records, key=lambda r: r["cv_nll"])["l2"]
    refit = VectorScaler(l2=scaler.l2).fit(logits, labels)
    assert np.array_equal(refit.scale, scaler.scale)  # the chosen strength refitted on all rows
    assert reference_nll(scaler.transform(logits), labels) < reference_nll(logits, labels)
    again, _ = fit_vector_scaling(logits, labels, grid, folds=4, seed=0)
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
