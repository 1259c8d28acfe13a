"""Post-hoc calibration: temperature scaling (identity at T = 1, minimum NLL, known T recovered) and vector scaling."""

import numpy as np
import pytest
from scipy.optimize import check_grad, minimize
from scipy.special import log_softmax

from conftest import random_predictions
from kdcal.calibration.maps import (
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

    from kdcal.calibration.maps import CalibrationError, check_temperature

    logits, labels = random_predictions(rng, n=400, k=5)
    bad = softmax(logits, axis=1) if scale is None else logits * scale
    with pytest.raises(CalibrationError, match=message) as err:
        check_temperature(148.41, bad, "preds/kd.npz (cal half)")
    assert str(err.value).startswith("preds/kd.npz (cal half): the fitted temperature")
    assert fit_temperature(logits * 1e30, labels) == pytest.approx(np.exp(5.0), rel=1e-3)  # the search does stop at its bound
    check_temperature(fit_temperature(logits, labels), logits, "fine")  # an ordinary fit passes


def test_nll_at_a_temperature_is_computed_in_float64_from_any_float_logits(rng):
    from kdcal.calibration.maps import nll_at_temperature

    logits, labels = random_predictions(rng, n=400, k=6)
    single = logits.astype(np.float32)
    expected = reference_nll(single.astype(np.float64), labels, 2.5)
    assert nll_at_temperature(single, labels, 2.5) == pytest.approx(expected, rel=1e-13)
    assert nll_at_temperature(logits, labels, 0.4) == pytest.approx(reference_nll(logits, labels, 0.4), rel=1e-13)


def test_fitted_temperature_is_the_root_of_the_nll_derivative_to_float64_precision(rng):
    """d NLL / d(1/T) = mean over rows of (E_p[z] - z_y) with p = softmax(z / T): its root, found by
    bisection to machine precision, is the exact minimiser the fit promises (not a coarse one)."""
    from scipy.optimize import brentq
    from scipy.special import softmax

    logits, labels = random_predictions(rng, n=800, k=7, scale=4.0)

    def derivative(beta):
        return float(((softmax(logits * beta, axis=1) * logits).sum(axis=1) - logits[np.arange(len(labels)), labels]).mean())

    beta = brentq(derivative, 0.01, 10.0, xtol=1e-15, rtol=1e-15)
    # The NLL is flat to ~1e-16 within ~1e-8 of its minimum in log T, so that is the precision a
    # search on its values can reach (a coarse tolerance such as scipy's default 1e-5 is caught).
    assert fit_temperature(logits, labels) == pytest.approx(1 / beta, rel=1e-7)


def test_transforms_return_float64_logits_from_float32_input(rng):
    logits, labels = random_predictions(rng, n=300, k=4)
    single = logits.astype(np.float32)
    scaled = TemperatureScaler(3.0).transform(single)
    assert scaled.dtype == np.float64 and np.array_equal(scaled, single.astype(np.float64) / 3.0)
    vector = VectorScaler(l2=1.0).fit(logits, labels)
    out = vector.transform(single)
    assert out.dtype == np.float64 and np.array_equal(out, single.astype(np.float64) * vector.scale + vector.bias)
    with pytest.raises(RuntimeError, match="^VectorScaler.transform called before fit$"):
        VectorScaler().transform(logits)


def test_vector_scaling_is_lbfgs_from_the_fitted_temperature_with_its_documented_options(rng):
    """The documented fit (L-BFGS-B with the analytic gradient, from a = 1/T and b = 0, maxiter and
    gtol 1e-7) run through scipy here gives the same parameters bit for bit; max_iter is obeyed."""
    logits, labels = random_predictions(rng, n=600, k=5, scale=4.0)
    x = logits.astype(np.float64)
    start = np.concatenate([np.full(5, 1 / fit_temperature(logits, labels)), np.zeros(5)])
    for max_iter in (5000, 1):
        scaler = VectorScaler(l2=0.0, max_iter=max_iter).fit(logits, labels)
        options = {"maxiter": max_iter, "gtol": 1e-7}
        expected = minimize(vector_scaling_objective, start, args=(x, labels, 0.0), jac=True, method="L-BFGS-B", options=options)
        assert np.array_equal(np.concatenate([scaler.scale, scaler.bias]), expected.x)
        assert (scaler.iterations, scaler.converged) == (expected.nit, expected.success)
    assert scaler.iterations == 1 and not scaler.converged


def test_vector_scaling_objective_is_stable_for_huge_logits():
    """The max is subtracted before exponentiating: logits of 1e3 give a finite objective."""
    x = np.array([[1000.0, 0.0, -1000.0], [-2000.0, -1999.0, -2001.0]])  # each row's own max
    value, grad = vector_scaling_objective(np.concatenate([np.ones(3), np.zeros(3)]), x, np.array([0, 1]), 0.0)
    assert value == pytest.approx(reference_nll(x, np.array([0, 1])), abs=1e-12) and np.isfinite(grad).all()


def test_cross_validation_ties_go_to_the_stronger_regularisation(rng, monkeypatch):
    """Equal held-out NLL for every strength: the strongest wins. Default folds and seed: 5 and 0."""
    logits, labels = random_predictions(rng, n=200, k=4)
    _, by_default = fit_vector_scaling(logits, labels, [0.5])
    _, explicit = fit_vector_scaling(logits, labels, [0.5], folds=5, seed=0)
    assert by_default == explicit
    assert fit_vector_scaling(logits, labels, [0.5], folds=6)[1] != explicit
    assert fit_vector_scaling(logits, labels, [0.5], seed=1)[1] != explicit
    monkeypatch.setattr("kdcal.calibration.maps.mean_nll", lambda logits, labels: 1.0)
    scaler, records = fit_vector_scaling(logits, labels, [1e-3, 10.0, 1.0])
    assert [r["cv_nll"] for r in records] == [1.0, 1.0, 1.0] and scaler.l2 == 10.0


def test_temperatures_within_a_thousandth_of_the_search_bounds_are_refused(rng):
    from kdcal.calibration.maps import LOG_T_BOUNDS, CalibrationError, check_temperature

    logits, _ = random_predictions(rng, n=50, k=4)
    low, high = np.exp(LOG_T_BOUNDS[0]), np.exp(LOG_T_BOUNDS[1])
    for inside in (low * 1.0011, high / 1.0011, 1.0):
        check_temperature(inside, logits, "x")
    for edge in (low * 1.001, high / 1.001, low * 1.0009, high / 1.0009):
        with pytest.raises(CalibrationError):
            check_temperature(edge, logits, "x")


@pytest.mark.parametrize(
    ("largest", "hint"),
    [
        (1000.0, "the NLL has no minimum inside the range: check that labels and logits belong together"),
        (1000.5, "the logits reach 1e+03 in absolute value; check the scale they were written at"),
    ],
)
def test_the_hint_says_huge_logits_only_above_a_thousand(rng, largest, hint):
    from kdcal.calibration.maps import CalibrationError, check_temperature

    logits, _ = random_predictions(rng, n=50, k=4)
    logits = logits / np.abs(logits).max() * largest
    with pytest.raises(CalibrationError) as err:
        check_temperature(148.41, logits.astype(np.float32), "x")
    assert str(err.value).endswith(hint)


def test_rows_that_sum_to_more_than_one_are_not_called_probabilities(rng):
    from scipy.special import softmax

    from kdcal.calibration.maps import CalibrationError, check_temperature

    logits, _ = random_predictions(rng, n=50, k=4)
    probs = softmax(logits, axis=1)
    with pytest.raises(CalibrationError) as err:
        check_temperature(148.41, probs * 1.5, "x")
    assert str(err.value).endswith("the NLL has no minimum inside the range: check that labels and logits belong together")
    with pytest.raises(CalibrationError) as err:
        check_temperature(148.41, probs, "x")
    hint = "these look like probabilities, not logits (non-negative rows that sum to 1); store log-probabilities or logits"
    assert str(err.value).endswith(hint)


def test_a_temperature_fitted_on_float32_logits_is_the_float64_fit_of_the_same_values(rng):
    """The fit casts the logits to float64: under NumPy 1.x (`.ci/lowest`), float32 logits times the
    float64 scalar 1/T would otherwise stay float32, and the fit would stop at float32's resolution
    (differences of ~1e-7 relative). Under NumPy 2 the product is float64 anyway; the lowest-version
    run is what holds the cast."""
    from kdcal.calibration.maps import fit_temperature

    logits, labels = random_predictions(rng, n=3000, k=45, scale=6.0)
    single = logits.astype(np.float32)
    assert fit_temperature(single, labels) == pytest.approx(fit_temperature(single.astype(np.float64), labels), rel=1e-12)


# --- matrix scaling with ODIR and the top-label isotonic map ------------------------------------


def torch_odir_objective(w, b, logits, labels, l2, off_diagonal):
    """Matrix scaling's objective as documented, in torch: mean cross-entropy of logits @ W.T + b,
    plus off_diagonal times the mean squared off-diagonal weight (ODIR, Kull et al. 2019) and l2
    times the bias's and the diagonal's mean squared distance from 0 and from its mean (vector
    scaling's pull)."""
    import torch

    k = w.shape[0]
    off = w * (1 - torch.eye(k, dtype=w.dtype))
    diagonal = torch.diagonal(w)
    nll = torch.nn.functional.cross_entropy(torch.as_tensor(logits) @ w.T + b, torch.as_tensor(labels))
    return (
        nll + off_diagonal * (off**2).sum() / (k * (k - 1)) + l2 * ((b**2).sum() + ((diagonal - diagonal.mean()) ** 2).sum()) / k
    )


def test_matrix_scaling_objective_and_gradient_match_autograd(rng):
    import torch

    from kdcal.calibration.maps import matrix_scaling_objective

    logits, labels = random_predictions(rng, n=300, k=5)
    x = logits.astype(np.float64)
    for l2, off_diagonal in ((0.0, 0.0), (0.7, 3.0), (50.0, 0.1)):
        w0, b0 = rng.normal(0, 0.5, (5, 5)) + np.eye(5), rng.normal(0, 0.5, 5)
        w, b = torch.tensor(w0, requires_grad=True), torch.tensor(b0, requires_grad=True)
        expected = torch_odir_objective(w, b, x, labels, l2, off_diagonal)
        expected.backward()
        value, grad = matrix_scaling_objective(np.concatenate([w0.ravel(), b0]), x, labels, l2, off_diagonal)
        assert value == pytest.approx(expected.item(), rel=1e-12)
        assert np.allclose(grad, np.concatenate([w.grad.numpy().ravel(), b.grad.numpy()]), atol=1e-12)


def test_matrix_scaling_reaches_the_odir_minimum_and_can_re_rank_classes(rng):
    """A model that systematically ranks class 1 where the truth is class 2: no per-class scale
    fixes the order, a K x K map does. The fit is a stationary point of the objective (autograd's
    gradient ~0) and a strong penalty leaves the off-diagonal near 0."""
    import torch

    from kdcal.calibration.maps import MatrixScaler, VectorScaler

    n, k = 1500, 4
    labels = rng.integers(0, k, n)
    logits = rng.normal(0, 1, (n, k))
    logits[np.arange(n), labels] += 2.0
    swapped = labels == 2
    logits[swapped, 1] += 3.0  # the model puts class 2's evidence on class 1
    fitted = MatrixScaler(l2=0.01, off_diagonal=0.01).fit(logits, labels)
    w = torch.tensor(fitted.weights, requires_grad=True)
    b = torch.tensor(fitted.bias, requires_grad=True)
    torch_odir_objective(w, b, logits, labels, 0.01, 0.01).backward()
    # L-BFGS-B stops on its relative-decrease tolerance; the gradient there is ~1e-5 (~0.1 at the start).
    assert fitted.converged and np.abs(w.grad.numpy()).max() < 1e-4 and np.abs(b.grad.numpy()).max() < 1e-4

    def accuracy(z):
        return (z.argmax(1) == labels).mean()

    vector = VectorScaler(l2=0.0).fit(logits, labels)
    assert accuracy(fitted.transform(logits)) > accuracy(vector.transform(logits)) + 0.05
    assert reference_nll(fitted.transform(logits), labels) < reference_nll(vector.transform(logits), labels) - 0.05
    # A strong pull everywhere is temperature scaling; a strong off-diagonal one is vector scaling.
    no_off = MatrixScaler(l2=0.01, off_diagonal=1e4).fit(logits, labels)
    assert np.allclose(np.diag(no_off.weights), VectorScaler(l2=0.01).fit(logits, labels).scale, atol=1e-2)
    strong = MatrixScaler(l2=1e6, off_diagonal=1e6).fit(logits, labels)
    assert np.allclose(strong.weights, np.eye(k) / fit_temperature(logits, labels), atol=1e-3)
    assert np.abs(strong.bias).max() < 1e-3
    from kdcal.calibration.maps import matrix_scaling_objective, vector_scaling_objective

    a, b0 = rng.uniform(0.5, 2, k), rng.normal(0, 1, k)
    as_matrix = matrix_scaling_objective(np.concatenate([np.diag(a).ravel(), b0]), logits, labels, 0.3, 5.0)[0]
    assert as_matrix == pytest.approx(vector_scaling_objective(np.concatenate([a, b0]), logits, labels, 0.3)[0], rel=1e-12)
    restored = MatrixScaler.from_record(fitted.to_record())
    assert np.array_equal(restored.transform(logits), fitted.transform(logits))


def test_matrix_scaling_chooses_l2_as_vector_scaling_then_the_off_diagonal_strength(rng):
    from kdcal.calibration.maps import MatrixScaler, fit_matrix_scaling

    logits, labels = random_predictions(rng, n=600, k=4, scale=3.0)
    fitted, records = fit_matrix_scaling(logits, labels, [0.01, 1.0], [0.01, 100.0], folds=3, seed=1)
    _, vector_records = fit_vector_scaling(logits, labels, [0.01, 1.0], folds=3, seed=1)
    assert records[:2] == vector_records
    l2 = min(vector_records, key=lambda r: r["cv_nll"])["l2"]
    parts = np.array_split(np.random.default_rng(1).permutation(len(labels)), 3)
    assert [(r["l2"], r["off_diagonal"]) for r in records[2:]] == [(l2, 0.01), (l2, 100.0)]
    for record in records[2:]:
        held_out = []
        for i, part in enumerate(parts):
            train = np.concatenate([p for j, p in enumerate(parts) if j != i])
            m = MatrixScaler(l2=l2, off_diagonal=record["off_diagonal"]).fit(logits[train], labels[train])
            held_out.append(reference_nll(logits[part] @ m.weights.T + m.bias, labels[part]))
        assert record["cv_nll"] == pytest.approx(np.mean(held_out), rel=1e-9)
    assert fitted.l2 == l2
    assert fitted.off_diagonal == min(records[2:], key=lambda r: r["cv_nll"])["off_diagonal"]


def pool_adjacent_violators(x, y):
    """Isotonic regression of y on x (non-decreasing, least squares): the fitted value at each x."""
    order = np.argsort(x, kind="stable")
    blocks = []  # [sum, count]
    for value in y[order]:
        blocks.append([value, 1])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            s, c = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += c
    fitted = np.concatenate([[s / c] * c for s, c in blocks])
    out = np.empty(len(x))
    out[order] = fitted
    return out


def test_the_top_label_isotonic_map_moves_only_the_top_confidence(rng):
    from scipy.special import softmax

    from kdcal.calibration.maps import TopLabelIsotonic, fit_histogram_binning

    k = 6
    logits, labels = random_predictions(rng, n=800, k=k, scale=4.0)
    fitted, cv = fit_histogram_binning(logits, labels)
    assert cv == []
    probs = softmax(logits, axis=1)
    conf, correct = probs.max(1), (probs.argmax(1) == labels).astype(float)
    n = len(labels)
    assert len(np.unique(conf)) == n  # distinct confidences: PAV on x as given
    # The map at the cal confidences: the isotonic regression of correctness, clipped to [1/(n+1), n/(n+1)].
    iso = np.clip(pool_adjacent_violators(conf, correct), 1 / (n + 1), n / (n + 1))
    assert np.allclose(fitted.confidence(conf), iso, atol=1e-12)
    out = softmax(fitted.transform(logits), axis=1)
    rows, top = np.arange(n), probs.argmax(1)
    new = np.clip(iso, (1 + 1e-9) / k, n / (n + 1))
    assert np.allclose(out[rows, top], new, atol=1e-12)
    # The rest: the original shares, mixed with equal shares by the largest beta that keeps the top on top.
    is_top = np.arange(k) == top[:, None]
    share = np.where(is_top, 0.0, probs) / (1 - conf)[:, None]
    equal = 1 / (k - 1)
    room = new / (1 - new)
    beta = np.clip((room - equal) / (share.max(1) - equal), 0, 1)
    assert (beta < 1).any() and (beta == 1).any()  # both cases occur on these rows
    expected = (beta[:, None] * share + (1 - beta[:, None]) * equal) * (1 - new)[:, None]
    assert np.allclose(np.where(is_top, 0.0, out), np.where(is_top, 0.0, expected), atol=1e-9)
    # Every class keeps its place: the top one and the order of the others.
    assert np.array_equal(np.argsort(-out, axis=1, kind="stable"), np.argsort(-probs, axis=1, kind="stable"))
    # In-sample, the mean top-label confidence is the accuracy (isotonic regression keeps the mean).
    assert abs(out[rows, top].mean() - correct.mean()) < 0.01
    restored = TopLabelIsotonic.from_record(fitted.to_record())
    assert np.array_equal(restored.transform(logits), fitted.transform(logits))


def test_the_top_label_map_keeps_the_top_class_when_all_mass_is_on_it():
    from kdcal.calibration.maps import TopLabelIsotonic

    iso = TopLabelIsotonic(np.array([0.2, 0.9]), np.array([0.3, 0.6]), 3, 50)
    z = np.array([[800.0, 0.0, 0.0], [0.0, 0.0, 0.0], [2.0, 2.0, 0.0]])
    out = iso.transform(z)
    assert np.isfinite(out).all() and np.array_equal(out.argmax(1), [0, 0, 0])
    p = np.exp(out)
    assert np.allclose(p.sum(1), 1.0)
    assert p[0, 0] == pytest.approx(0.6) and p[0, 1] == pytest.approx(0.2)  # nothing was left: equal shares


def test_cross_validation_without_a_finite_held_out_nll_stops_instead_of_taking_the_first_strength():
    """Two cal rows in five folds: every fold's held-out NLL is the mean of nothing. Once the first
    grid value was taken silently."""
    from kdcal.calibration.maps import CalibrationError, fit_matrix_scaling, fit_vector_scaling

    logits, labels = np.array([[2.0, 0.0, -1.0], [0.0, 1.0, 0.5]]), np.array([0, 1])
    message = r"cross-validation over 5 folds of 2 cal rows gave no finite held-out NLL at any strength \(0.01, 1\)"
    with pytest.raises(CalibrationError, match=message):
        fit_vector_scaling(logits, labels, [0.01, 1.0], folds=5)
    with pytest.raises(CalibrationError, match=message):
        fit_matrix_scaling(logits, labels, [0.01, 1.0], [10.0], folds=5)
