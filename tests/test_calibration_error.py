"""The estimator's floor, the debiased calibration error, excess AURC and the split of NLL into a
calibration and a refinement part: each against its own few lines or another library, and on
simulated models whose true calibration error is known."""

import itertools

import numpy as np
import pytest
from calibration.utils import bin as kumar_bin
from calibration.utils import get_equal_bins, unbiased_square_ce
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax

from kdcal.evaluation.metrics import bootstrap_weights, consistency_floor, evaluate, smooth_ece


def calibrated_model(rng, n=2500, k=45, temperature=1.0):
    """Logits and labels drawn from the model's own probabilities: calibrated by construction."""
    logits = rng.normal(size=(n, k)) * 2.2
    logits[:, 0] += 1.5  # some confident rows
    probs = softmax(logits / temperature, axis=1)
    labels = np.array([rng.choice(k, p=p) for p in probs])
    return logits / temperature, labels


def test_debiased_error_is_kumars_unbiased_square_estimate_with_its_sign(rng):
    logits, labels = calibrated_model(rng, n=1500, k=20)
    logits = logits * 1.3  # over-confident
    tiers = np.full(len(labels), "head")
    probs = softmax(logits, axis=1)
    conf, correct = probs.max(1), (probs.argmax(1) == labels).astype(float)
    data = list(zip(conf, correct))
    squared = unbiased_square_ce(kumar_bin(data, get_equal_bins(conf, num_bins=15)))
    got = evaluate(logits, labels, tiers, None, n_bins=15)[("all", "ece_debiased")][0]
    assert got == pytest.approx(np.sign(squared) * np.sqrt(abs(squared)), abs=1e-12)


def test_debiased_error_is_unbiased_where_binned_ece_is_not(rng):
    """Known true error: accuracy = confidence - 0.1 in every bin gives an L2 error of exactly 0.1;
    accuracy = confidence gives 0. The debiased squared estimate averages to the truth, binned ECE
    stays above it."""
    n, reps = 1500, 60
    squared, ece = {}, {}
    for shift in (0.0, 0.1):
        squared[shift], ece[shift] = [], []
        for _ in range(reps):
            conf = rng.uniform(0.4, 0.95, size=n)  # > 1/3: class 0 is the top class
            correct = rng.random(n) < conf - shift
            logits = np.log(np.column_stack([conf, (1 - conf) / 2, (1 - conf) / 2]))
            labels = np.where(correct, 0, 1)
            values = evaluate(logits, labels, np.full(n, "head"), None, n_bins=15, top_k=(1,))
            squared[shift].append(np.sign(d := values[("all", "ece_debiased")][0]) * d**2)
            ece[shift].append(values[("all", "ece")][0])
    for shift, values in squared.items():
        standard_error = np.std(values) / np.sqrt(reps)
        assert abs(np.mean(values) - shift**2) < 4 * standard_error + 1e-5, shift
    assert np.mean(ece[0.0]) > 0.01  # the binned estimate of a calibrated model is not 0


def test_a_calibrated_models_ece_lies_inside_its_floor_at_about_the_nominal_rate(rng):
    inside = []
    for _ in range(60):
        logits, labels = calibrated_model(rng, n=800, k=10)
        tiers = np.full(len(labels), "head")
        ece = evaluate(logits, labels, tiers, None, n_bins=15)[("all", "ece")][0]
        floor = consistency_floor(logits, tiers, 15, 400, int(rng.integers(1 << 30)))[:, 0]
        inside.append(np.quantile(floor, 0.025) <= ece <= np.quantile(floor, 0.975))
    assert 0.85 <= np.mean(inside) <= 1.0


def test_the_floor_is_the_ece_of_labels_drawn_from_the_models_own_probabilities(rng):
    logits, _ = calibrated_model(rng, n=600, k=8)
    tiers = np.where(np.arange(600) % 2, "head", "tail")
    floor = consistency_floor(logits, tiers, 15, 2000, 7)
    probs = softmax(logits, axis=1)
    conf = probs.max(1)
    edges = np.linspace(0, 1, 16)

    def ece(correct, rows):
        c, f = correct[rows], conf[rows]
        return sum(
            ((f > lo) & (f <= hi)).mean() * abs(c[m].mean() - f[m].mean())
            for lo, hi in itertools.pairwise(edges)
            if (m := (f > lo) & (f <= hi)).any()
        )

    # The same distribution, simulated with a plain loop: categorical labels, correct = label == argmax.
    loop = [ece(np.array([rng.choice(8, p=p) for p in probs]) == probs.argmax(1), tiers == "tail") for _ in range(300)]
    assert floor[:, 3].mean() == pytest.approx(np.mean(loop), abs=3 * np.std(loop) / np.sqrt(300) + 1e-3)


def test_excess_aurc_subtracts_the_aurc_of_an_oracle_ranking(rng):
    logits, labels = calibrated_model(rng, n=400, k=6)
    tiers = np.full(400, "head")
    values = evaluate(logits, labels, tiers, None, n_bins=15)
    correct = logits.argmax(1) == labels
    errors = np.cumsum(~np.sort(correct)[::-1])  # every correct row first
    oracle = np.mean(errors / np.arange(1, 401))
    assert values[("all", "eaurc")][0] == pytest.approx(values[("all", "aurc")][0] - oracle, abs=1e-12)
    perfect = logits.copy()
    perfect[np.arange(400), logits.argmax(1)] += np.where(correct, 100.0, 0.0)  # correct rows most confident
    assert evaluate(perfect, labels, tiers, None, n_bins=15)[("all", "eaurc")][0] == pytest.approx(0.0, abs=1e-12)


def test_nll_splits_into_what_a_temperature_removes_and_what_it_cannot(rng):
    logits, labels = calibrated_model(rng, n=900, k=12)
    logits = logits * 1.7
    tiers = np.where(np.arange(900) % 3, "head", "mid")

    def refit(rows):
        def nll(log_t):
            return -log_softmax(logits[rows] * np.exp(-log_t), axis=1)[np.arange(len(rows)), labels[rows]].mean()

        return minimize_scalar(nll, bounds=(-3, 3), method="bounded", options={"xatol": 1e-12}).fun

    weights = bootstrap_weights(900, 3, 0)
    point = evaluate(logits, labels, tiers, None, n_bins=15)
    draws = evaluate(logits, labels, tiers, weights, n_bins=15)
    for subset, rows in (("all", np.arange(900)), ("mid", np.flatnonzero(tiers == "mid"))):
        assert point[(subset, "nll_refinement")][0] == pytest.approx(refit(rows), abs=1e-7)
        assert point[(subset, "nll_calibration")][0] == pytest.approx(point[(subset, "nll")][0] - refit(rows), abs=1e-7)
        assert point[(subset, "nll_calibration")][0] > 0.01  # over-confident: a temperature helps
        resample = np.repeat(np.arange(900), weights[1].astype(int))
        assert draws[(subset, "nll_refinement")][1] == pytest.approx(refit(resample[np.isin(resample, rows)]), abs=1e-7)


def relplot_smece(confidence, correct):
    import relplot

    return relplot.smECE(confidence, correct, return_width=True)


@pytest.mark.parametrize(("n", "shape"), [(2500, "calibrated"), (2500, "over"), (700, "shifted"), (60, "calibrated")])
def test_smooth_ece_is_relplots_smooth_ece(rng, n, shape):
    """Point estimate and bandwidth against the relplot package itself (the authors' code)."""
    conf = 0.34 + 0.62 * rng.beta(1.5, 2.5, size=n)
    truth = {"calibrated": conf, "over": conf**1.3, "shifted": conf - 0.05}[shape]
    correct = (rng.random(n) < truth).astype(float)
    value, width = relplot_smece(conf, correct)
    got, got_width = smooth_ece(conf, correct)
    assert got[0] == pytest.approx(value, abs=1e-9)
    assert got_width[0] == width


@pytest.mark.parametrize("piled", [0.6, 0.9, 0.99])
def test_smooth_ece_is_relplots_where_confidences_pile_up_near_1(rng, piled):
    """Typical networks: most rows at confidence >= 0.99, so the search picks narrow bandwidths
    (down to 1/256 here), where relplot smooths on grids finer than 1,001 points and integrates on
    meshes finer than 200; kdcal follows it there too (a 501-point grid was 2.4e-3 off)."""
    n = 3000
    at_top = rng.random(n) < piled
    conf = np.where(at_top, 1 - 0.01 * rng.beta(1, 50, n), rng.uniform(0.1, 0.99, n))
    correct = (rng.random(n) < np.clip(conf - 0.02, 0, 1)).astype(float)
    value, width = relplot_smece(conf, correct)
    got, got_width = smooth_ece(conf, correct)
    assert got[0] == pytest.approx(value, abs=2e-4)
    assert got_width[0] == width


def test_smooth_ece_of_a_resample_is_relplots_on_the_resampled_rows_and_a_subset_its_own(rng):
    """A resample's value (its own bandwidth search) equals relplot on the rows repeated by their
    multiplicities; a masked subset equals relplot on the subset's rows alone."""
    n = 1200
    conf = 0.3 + 0.65 * rng.beta(2, 2, size=n)
    correct = (rng.random(n) < conf**1.2).astype(float)
    weights = bootstrap_weights(n, 20, 3)
    mask = (rng.random(n) < 0.4).astype(float)
    values, _ = smooth_ece(conf, correct, weights)
    masked, _ = smooth_ece(conf, correct, weights, mask)
    for r in (0, 7, 19):
        rows = np.repeat(np.arange(n), weights[r].astype(int))
        assert values[r] == pytest.approx(relplot_smece(conf[rows], correct[rows])[0], abs=1e-9)
        rows = np.repeat(np.arange(n), (weights[r] * mask).astype(int))
        assert masked[r] == pytest.approx(relplot_smece(conf[rows], correct[rows])[0], abs=1e-9)
    assert values[0] != values[7]  # each resample its own value, not the point estimate repeated


def test_the_single_precision_screen_finds_the_double_precision_search_bandwidths(rng, monkeypatch):
    """The search decides in single precision and rechecks in double the resamples within the
    margin: every bandwidth and value equals those of a search done in double precision throughout."""
    import kdcal.evaluation.metrics

    n = 2000
    conf = 0.3 + 0.65 * rng.beta(2, 2, size=n)
    correct = (rng.random(n) < conf**1.2).astype(float)
    weights = bootstrap_weights(n, 300, 5)
    screened, screened_width = smooth_ece(conf, correct, weights)
    monkeypatch.setattr(kdcal.evaluation.metrics, "SMECE_SCREEN_DTYPE", np.float64)
    double, double_width = smooth_ece(conf, correct, weights)
    assert np.array_equal(screened_width, double_width)
    assert np.array_equal(screened, double)


def test_smooth_ece_finds_a_known_constant_gap_and_is_near_zero_when_calibrated(rng):
    """A model over-confident by 0.1 everywhere has true smooth ECE 0.1 (|E[y - f | f]| = 0.1 at
    every f, for any kernel); a calibrated one has 0, approached as n grows."""
    n = 200_000
    conf = 0.5 + 0.45 * rng.random(n)  # above 1/2, so with two classes it is the top-label confidence
    shifted = (rng.random(n) < conf - 0.1).astype(float)
    calibrated = (rng.random(n) < conf).astype(float)
    assert smooth_ece(conf, shifted)[0][0] == pytest.approx(0.1, abs=0.004)
    assert smooth_ece(conf, calibrated)[0][0] < 0.01
    logits = np.log(np.column_stack([conf, 1 - conf]))
    via_evaluate = evaluate(logits, np.where(shifted == 1, 0, 1), np.full(n, "head"), None, n_bins=15, top_k=(1,))[
        ("all", "smece")
    ][0]
    assert via_evaluate == pytest.approx(smooth_ece(conf, shifted)[0][0], abs=1e-12)


def test_each_floor_draw_is_the_ece_of_correctness_drawn_at_the_rows_confidence(rng):
    """Draw d marks row i correct when u[d, i] < conf_i, u = default_rng(seed).random((D, n)): the
    floor of a tier is the binned ECE of those marks on the tier's rows (an empty tier: NaN).
    Defaults: 15 bins, 1,000 draws, seed 0."""
    logits, _ = calibrated_model(rng, n=300, k=6)
    tiers = np.where(np.arange(300) < 100, "head", "mid")
    conf = softmax(logits, axis=1).max(1)
    floor = consistency_floor(logits, tiers, 15, 40, 5)
    marks = np.random.default_rng(5).random((40, 300)) < conf
    edges = np.linspace(0, 1, 16)
    for s, rows in enumerate([np.ones(300, bool), tiers == "head", tiers == "mid"]):
        for d in (0, 17, 39):
            c, f = marks[d][rows], conf[rows]
            expected = (
                sum(abs((c[m] - f[m]).sum()) for lo, hi in itertools.pairwise(edges) if (m := (f > lo) & (f <= hi)).any())
                / rows.sum()
            )
            assert floor[d, s] == pytest.approx(expected, abs=1e-12)
    assert np.isnan(floor[:, 3]).all()


def test_a_true_class_probability_that_underflows_costs_the_nll_cap_not_infinity():
    logits = np.array([[0.0, -2000.0], [0.0, 0.0]])
    values = evaluate(logits, np.array([1, 0]), np.full(2, "head"), None, n_bins=15, top_k=(1,))
    assert values[("all", "nll")][0] == pytest.approx((-np.log(1e-12) + np.log(2)) / 2)


def test_equal_mass_bins_and_aurc_break_ties_by_row_order_with_uneven_bins(rng):
    """607 rows (not a multiple of 15: the first 7 bins hold one row more) on 4 confidence levels
    with mixed correctness: adaptive ECE and AURC depend on the order of tied rows."""
    n = 607
    conf = rng.choice([0.9, 0.8, 0.7, 0.6], size=n)
    correct = rng.random(n) < conf
    logits = np.log(np.column_stack([np.where(correct, conf, 1 - conf), np.where(correct, 1 - conf, conf)]))
    values = evaluate(logits, np.zeros(n, int), np.full(n, "head"), None, n_bins=15, top_k=(1,))
    order = np.argsort(conf, kind="stable")
    groups = np.array_split(order, 15)
    adaptive = sum(len(g) / n * abs(correct[g].mean() - conf[g].mean()) for g in groups)
    assert values[("all", "ece_adaptive")][0] == pytest.approx(adaptive, abs=1e-12)
    by_confidence = np.argsort(-conf, kind="stable")
    aurc = np.mean(np.cumsum(~correct[by_confidence]) / np.arange(1, n + 1))
    assert values[("all", "aurc")][0] == pytest.approx(aurc, abs=1e-12)


def debiased_reference(conf, correct, w, n_bins=15):
    """Kumar et al.'s debiased squared error on equal-mass bins cut once on the rows (stable order,
    np.array_split) and weighted by w; bins of fewer than 2 (weighted) rows add 0; signed root."""
    total, squared = w.sum(), 0.0
    for g in np.array_split(np.argsort(conf, kind="stable"), n_bins):
        nb = w[g].sum()
        if nb >= 2:
            acc, c = (w[g] * correct[g]).sum() / nb, (w[g] * conf[g]).sum() / nb
            squared += nb / total * ((acc - c) ** 2 - acc * (1 - acc) / (nb - 1))
    return np.sign(squared) * np.sqrt(abs(squared))


def test_debiased_error_with_bins_of_one_and_two_rows_and_under_resampling(rng):
    """20 rows in 15 bins: five bins of two rows, ten of one (which add nothing); then each of
    five resamples reweights the same bins."""
    logits, labels = calibrated_model(rng, n=20, k=4)
    logits = logits * 2.0
    probs = softmax(logits, axis=1)
    conf, correct = probs.max(1), (probs.argmax(1) == labels).astype(float)
    tiers = np.full(20, "head")
    point = evaluate(logits, labels, tiers, None, n_bins=15, top_k=(1,))[("all", "ece_debiased")][0]
    assert point == pytest.approx(debiased_reference(conf, correct, np.ones(20)), abs=1e-12)
    weights = bootstrap_weights(20, 5, seed=3)
    draws = evaluate(logits, labels, tiers, weights, n_bins=15, top_k=(1,))[("all", "ece_debiased")]
    for r in range(5):
        assert draws[r] == pytest.approx(debiased_reference(conf, correct, weights[r]), abs=1e-12)


def smece_by_direct_convolution(conf, residual, mask, width, eps=1e-4):
    """smECE at one bandwidth from its definition, without a DCT: on relplot's grid of
    max(2000, round(20 / width)) // 2 + 1 points, each row's value split linearly between its two
    grid points, circularly convolved (explicit sums) with the Gaussian kernel on the grid's even
    periodic extension (a reflection at 0 and 1), the kernel cut at |offset| <= 0.5; then read off by
    linear interpolation at max(200, round(10 / width)) mesh points: sum |residual| / (sum density + mesh * eps)."""
    grid = max(2000, round(20 / width)) // 2 + 1
    mesh = np.linspace(0, 1, max(200, round(10 / width)))
    g = grid - 1
    low = np.clip(np.floor(conf * g).astype(int), 0, g - 1)
    frac = conf * g - low

    def spread(values):
        out = np.zeros(grid)
        np.add.at(out, low, (1 - frac) * values)
        np.add.at(out, low + 1, frac * values)
        return out

    d = np.arange(2 * g)
    offset = np.minimum(d, 2 * g - d) / g  # circular distance on the extension, in units of confidence
    kernel = np.where(offset <= 0.5, np.exp(-(offset**2) / (2 * width**2)) / (np.sqrt(2 * np.pi) * width), 0.0)

    def smooth(v):
        extended = np.concatenate([v, v[-2:0:-1]])
        t = np.arange(grid)[:, None]
        on_grid = (extended[None, :] * kernel[(t - np.arange(2 * g)[None, :]) % (2 * g)]).sum(axis=1)
        return np.interp(mesh, np.linspace(0, 1, grid), on_grid)

    return np.abs(smooth(spread(residual * mask))).sum() / (smooth(spread(mask)).sum() + len(mesh) * eps)


def test_smooth_ece_is_its_definition_computed_without_a_dct_and_its_bandwidth_the_fixed_point(rng):
    """Against the definition on relplot's grid and mesh, without a DCT, 1e-12. Confidences include 0, 1 and points next to them; the returned bandwidth w
    satisfies smECE(w) <= w < smECE(w - 1/1024) or lies at the 0.001 floor."""
    n = 80
    conf = np.concatenate([[0.0, 0.0009, 0.9995, 1.0], rng.uniform(0.2, 1.0, n - 4)])
    correct = (rng.random(n) < conf - 0.15).astype(float)
    mask = (rng.random(n) < 0.8).astype(float)
    value, width = smooth_ece(conf, correct, None, mask)
    assert value.shape == (1,) and width.shape == (1,)
    w = float(width[0])
    assert value[0] == pytest.approx(smece_by_direct_convolution(conf, conf - correct, mask, w), rel=1e-12)
    assert smece_by_direct_convolution(conf, conf - correct, mask, w) <= w
    narrower = w - 1 / 1024
    assert narrower < 0.001 or smece_by_direct_convolution(conf, conf - correct, mask, narrower) > narrower
