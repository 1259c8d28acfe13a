"""Metrics: analytic cases, cross-checks against scikit-learn, torchmetrics and plain loops."""

import itertools

import numpy as np
import pytest
from scipy.special import softmax
from sklearn.metrics import f1_score

from conftest import random_predictions
from kdcal.evaluation.metrics import (
    METRICS,
    bin_index,
    bootstrap_weights,
    evaluate,
    percentile_interval,
    reliability_bins,
    risk_coverage,
)


def loop_ece(probs, labels, n_bins=15):
    """The published protocol, written as the obvious loop over (lo, hi] bins."""
    conf, pred = probs.max(1), probs.argmax(1)
    acc = (pred == labels).astype(float)
    edges = np.linspace(0, 1, n_bins + 1)
    ece = 0.0
    for lo, hi in itertools.pairwise(edges):
        in_bin = (conf > lo) & (conf <= hi)
        if in_bin.any():
            ece += in_bin.mean() * abs(acc[in_bin].mean() - conf[in_bin].mean())
    return ece


def loop_adaptive_ece(probs, labels, n_bins=15):
    """Equal-mass bins as np.array_split of the rows sorted by confidence."""
    conf, acc = probs.max(1), (probs.argmax(1) == labels).astype(float)
    order = np.argsort(conf, kind="stable")
    return sum(len(g) / len(conf) * abs(acc[g].mean() - conf[g].mean()) for g in np.array_split(order, n_bins) if len(g))


def loop_class_error(p, hit, n_bins=15):
    """ECE of one one-vs-rest forecast p (n,) against hit (n,) in {0, 1}."""
    edges = np.linspace(0, 1, n_bins + 1)
    err = 0.0
    for lo, hi in itertools.pairwise(edges):
        in_bin = (p > lo) & (p <= hi) if lo > 0 else (p <= hi)
        if in_bin.any():
            err += in_bin.mean() * abs(hit[in_bin].mean() - p[in_bin].mean())
    return err


def loop_classwise_ece(probs, labels, n_bins=15):
    """Kull et al.: per class, the ECE of the one-vs-rest forecast p_k; mean over classes."""
    return np.mean([loop_class_error(probs[:, c], (labels == c).astype(float), n_bins) for c in range(probs.shape[1])])


def loop_mce(probs, labels, n_bins=15):
    conf, acc = probs.max(1), (probs.argmax(1) == labels).astype(float)
    edges = np.linspace(0, 1, n_bins + 1)
    gaps = [
        abs(acc[b].mean() - conf[b].mean()) for lo, hi in itertools.pairwise(edges) if (b := (conf > lo) & (conf <= hi)).any()
    ]
    return max(gaps)


def loop_aurc(probs, labels):
    """Mean over i of the error rate of the i most confident rows (stable order on ties)."""
    order = np.argsort(-probs.max(1), kind="stable")
    err = (probs.argmax(1) != labels)[order].astype(float)
    return np.mean([err[: i + 1].mean() for i in range(len(err))])


def point(logits, labels, tiers=None, **kw):
    tiers = np.array(["head"] * len(labels)) if tiers is None else tiers
    kw.setdefault("top_k", (1,))  # the fixtures have as few as 2 classes
    kw.setdefault("n_bins", 15)
    return {key: float(v[0]) for key, v in evaluate(logits, labels, tiers, **kw).items()}


def test_ece_is_zero_for_a_perfectly_calibrated_fixture():
    # 10 rows, confidence exactly 0.8 on class 0, and 8 of 10 rows are class 0.
    probs = np.full((10, 5), 0.05)
    probs[:, 0] = 0.8
    labels = np.array([0] * 8 + [1, 2])
    m = point(np.log(probs), labels)
    assert m[("all", "ece")] == pytest.approx(0.0, abs=1e-12)
    assert m[("all", "accuracy")] == pytest.approx(0.8)


def test_ece_of_an_overconfident_fixture_is_the_gap():
    probs = np.full((10, 5), 0.025)
    probs[:, 0] = 0.9
    labels = np.array([0] * 6 + [1] * 4)
    assert point(np.log(probs), labels)[("all", "ece")] == pytest.approx(0.3)


def test_metrics_match_independent_implementations(rng):
    logits, labels = random_predictions(rng)
    probs = softmax(logits, axis=1)
    m = point(logits, labels)
    assert m[("all", "ece")] == pytest.approx(loop_ece(probs, labels), abs=1e-12)
    assert m[("all", "nll")] == pytest.approx(-np.log(probs[np.arange(len(labels)), labels]).mean(), rel=1e-12)
    onehot = np.eye(logits.shape[1])[labels]
    assert m[("all", "brier")] == pytest.approx(((probs - onehot) ** 2).sum(1).mean(), rel=1e-12)
    assert m[("all", "accuracy")] == pytest.approx((probs.argmax(1) == labels).mean())
    assert m[("all", "macro_f1")] == pytest.approx(f1_score(labels, probs.argmax(1), average="macro", zero_division=0), abs=1e-12)


def test_ece_matches_torchmetrics(rng):
    import torch  # test dependencies (pyproject [test]): missing, the test fails rather than skips
    import torchmetrics.classification as tm

    logits, labels = random_predictions(rng, n=800, k=7)
    probs = softmax(logits, axis=1)
    assert probs.max(1).max() < 1.0
    ref = tm.MulticlassCalibrationError(num_classes=7, n_bins=15, norm="l1")(torch.tensor(probs), torch.tensor(labels))
    assert point(logits, labels)[("all", "ece")] == pytest.approx(float(ref), abs=1e-6)


def test_added_calibration_metrics_match_plain_loops(rng):
    logits, labels = random_predictions(rng, n=700, k=9)
    probs = softmax(logits, axis=1)
    m = point(logits, labels)
    assert m[("all", "ece_adaptive")] == pytest.approx(loop_adaptive_ece(probs, labels), abs=1e-12)
    assert m[("all", "ece_classwise")] == pytest.approx(loop_classwise_ece(probs, labels), abs=1e-12)
    assert m[("all", "mce")] == pytest.approx(loop_mce(probs, labels), abs=1e-12)
    assert m[("all", "aurc")] == pytest.approx(loop_aurc(probs, labels), abs=1e-12)


@pytest.mark.parametrize("boost", [0.0, 6.0])  # accuracy well below and well above 50%
def test_resampled_aurc_equals_the_loop_on_either_side_of_half_accuracy(rng, boost):
    # AURC sums over the error rows or, when they are the majority, over the correct rows
    # (S(N) minus their sum): both sides against the loop on every resample.
    logits, labels = random_predictions(rng, n=400, k=8, scale=3.0)
    logits[np.arange(400), labels] += boost
    accuracy = (logits.argmax(1) == labels).mean()
    assert (accuracy < 0.5) if boost == 0 else (accuracy > 0.5)
    weights = bootstrap_weights(400, 6, seed=3)
    draws = evaluate(logits, labels, np.array(["head"] * 400), weights, n_bins=15, top_k=(1,))
    for r in range(6):
        idx = np.repeat(np.arange(400), weights[r].astype(int))
        assert draws[("all", "aurc")][r] == pytest.approx(loop_aurc(softmax(logits[idx], axis=1), labels[idx]), abs=1e-12)


def test_added_metrics_on_analytic_fixtures():
    # Perfect ranking: every correct row is more confident than every wrong row -> AURC is the
    # smallest possible for the error rate; all-correct -> AURC 0.
    probs = np.full((4, 3), 0.1)
    probs[:, 0] = [0.8, 0.8, 0.8, 0.8]
    assert point(np.log(probs), np.zeros(4, int))[("all", "aurc")] == pytest.approx(0.0)
    # Two rows: the confident one wrong -> risks 1, 1/2 -> AURC 0.75; MCE is the larger bin gap.
    probs = np.array([[0.9, 0.1], [0.6, 0.4]])
    m = point(np.log(probs), np.array([1, 0]))
    assert m[("all", "aurc")] == pytest.approx(0.75)
    assert m[("all", "mce")] == pytest.approx(0.9)
    assert m[("all", "ece")] == pytest.approx((0.9 + 0.4) / 2)


def test_risk_coverage_curve_ends_at_the_error_rate_and_its_mean_is_aurc(rng):
    logits, labels = random_predictions(rng, n=500, k=6)
    curve = risk_coverage(logits, labels)
    assert curve["coverage"][-1] == 1.0
    assert curve["risk"][-1] == pytest.approx((logits.argmax(1) != labels).mean())
    probs = softmax(logits, axis=1)
    order = np.argsort(-probs.max(1), kind="stable")
    errors = (probs.argmax(1) != labels)[order]
    loop_risk = [errors[: i + 1].mean() for i in range(len(errors))]  # the i most confident rows
    np.testing.assert_allclose(curve["risk"], loop_risk, atol=1e-12)
    assert curve["risk"].mean() == pytest.approx(loop_aurc(probs, labels), abs=1e-12)
    assert np.all(np.diff(curve["threshold"]) <= 0)


def test_macro_f1_counts_only_classes_present_in_truth_or_prediction(rng):
    labels = np.array([0, 0, 1, 1, 2, 2])
    pred = np.array([0, 1, 1, 1, 2, 0])  # class 3..9 never occur
    logits = np.eye(10)[pred] * 5
    assert point(logits, labels)[("all", "macro_f1")] == pytest.approx(f1_score(labels, pred, average="macro", zero_division=0))


def test_tier_metrics_use_the_tier_rows_and_the_tier_classes(rng):
    logits, labels = random_predictions(rng, n=900, k=9)
    tier_of_class = {c: ("head" if c < 3 else "mid" if c < 6 else "tail") for c in range(9)}
    tiers = np.array([tier_of_class[c] for c in labels])
    m = point(logits, labels, tiers, tier_of_class=tier_of_class)
    pred = logits.argmax(1)
    per_class = f1_score(labels, pred, average=None, labels=range(9), zero_division=0)
    for tier, classes in (("head", [0, 1, 2]), ("mid", [3, 4, 5]), ("tail", [6, 7, 8])):
        rows = tiers == tier
        assert m[(tier, "macro_f1")] == pytest.approx(per_class[classes].mean())
        assert m[(tier, "accuracy")] == pytest.approx((pred[rows] == labels[rows]).mean())
        assert m[(tier, "ece")] == pytest.approx(loop_ece(softmax(logits[rows], axis=1), labels[rows]), abs=1e-12)
        assert m[(tier, "ece_adaptive")] == pytest.approx(
            loop_adaptive_ece(softmax(logits[rows], axis=1), labels[rows]), abs=1e-12
        )
        assert m[(tier, "aurc")] == pytest.approx(loop_aurc(softmax(logits[rows], axis=1), labels[rows]), abs=1e-12)
    # Classwise ECE of a tier: the per-class errors (over all rows) averaged over the tier's classes.
    probs = softmax(logits, axis=1)
    per_class = np.array([loop_class_error(probs[:, c], (labels == c).astype(float)) for c in range(9)])
    assert m[("head", "ece_classwise")] == pytest.approx(per_class[:3].mean(), abs=1e-12)
    assert m[("tail", "ece_classwise")] == pytest.approx(per_class[6:].mean(), abs=1e-12)


def test_empty_tier_gives_nan_not_an_error(rng):
    logits, labels = random_predictions(rng, n=50, k=4)
    m = point(logits, labels, np.array(["head"] * 50))
    assert np.isnan(m[("tail", "ece")]) and np.isfinite(m[("head", "ece")])


def test_bins_are_left_open_right_closed():
    assert bin_index(np.array([0.2, 0.2 + 1e-12, 1.0, 1 / 15]), 15).tolist() == [2, 3, 14, 0]


def test_each_bootstrap_draw_equals_the_metric_on_the_resampled_rows(rng):
    logits, labels = random_predictions(rng, n=300, k=6)
    tiers = np.array(["head"] * 300)
    weights = bootstrap_weights(300, 5, seed=7)
    assert weights.sum(1).tolist() == [300] * 5
    draws = evaluate(logits, labels, tiers, weights, n_bins=15)
    for r in range(5):
        idx = np.repeat(np.arange(300), weights[r].astype(int))
        pred = logits[idx].argmax(1)
        assert draws[("all", "macro_f1")][r] == pytest.approx(f1_score(labels[idx], pred, average="macro", zero_division=0))
        assert draws[("all", "ece")][r] == pytest.approx(loop_ece(softmax(logits[idx], axis=1), labels[idx]), abs=1e-12)
        probs = softmax(logits[idx], axis=1)
        assert draws[("all", "aurc")][r] == pytest.approx(loop_aurc(probs, labels[idx]), abs=1e-12)
        assert draws[("all", "mce")][r] == pytest.approx(loop_mce(probs, labels[idx]), abs=1e-12)
        assert draws[("all", "ece_classwise")][r] == pytest.approx(loop_classwise_ece(probs, labels[idx]), abs=1e-12)


def test_bootstrap_weights_are_deterministic_so_arms_are_paired():
    assert np.array_equal(bootstrap_weights(100, 20, 3), bootstrap_weights(100, 20, 3))
    assert not np.array_equal(bootstrap_weights(100, 20, 3), bootstrap_weights(100, 20, 4))


def test_bootstrap_intervals_cover_the_truth_at_about_the_nominal_rate():
    # Calibrated simulation: confidence c ~ U(0.3, 0.9) and correct ~ Bernoulli(c), so the
    # population accuracy is 0.6; a 95% interval should contain it in ~95% of experiments.
    # The resampled accuracy is the weighted mean of correctness (``evaluate`` gives exactly that
    # for every resample: test_each_bootstrap_draw_equals_the_metric_on_the_resampled_rows).
    rng = np.random.default_rng(2024)
    n, experiments, covered = 400, 200, 0
    for e in range(experiments):
        conf = rng.uniform(0.3, 0.9, size=n)
        correct = rng.random(n) < conf
        low, high = percentile_interval(bootstrap_weights(n, 200, e) @ correct / n)
        covered += low <= 0.6 <= high
    assert 0.89 <= covered / experiments <= 0.99


def test_reliability_bins_are_the_per_bin_loop_and_give_its_ece(rng):
    logits, labels = random_predictions(rng)
    b = reliability_bins(logits, labels, 15)
    probs = softmax(logits, axis=1)
    conf, correct = probs.max(1), probs.argmax(1) == labels
    for i, (lo, hi) in enumerate(itertools.pairwise(np.linspace(0, 1, 16))):
        in_bin = (conf > lo) & (conf <= hi)
        assert b["count"][i] == in_bin.sum()
        if in_bin.any():
            assert b["accuracy"][i] == pytest.approx(correct[in_bin].mean(), abs=1e-12)
            assert b["confidence"][i] == pytest.approx(conf[in_bin].mean(), abs=1e-12)
    filled = b["count"] > 0
    ece = (b["count"][filled] / b["count"].sum() * np.abs(b["accuracy"] - b["confidence"])[filled]).sum()
    assert ece == pytest.approx(loop_ece(probs, labels), abs=1e-12)


def test_percentile_interval_is_the_draws_quantiles_at_the_two_tails():
    from kdcal.evaluation.metrics import percentile_interval

    draws = np.arange(1001, dtype=float)  # the p-th percentile of 0..1000 is exactly 10 p
    assert percentile_interval(draws) == pytest.approx((25.0, 975.0))
    assert percentile_interval(draws, level=0.9) == pytest.approx((50.0, 950.0))
    with_nan = np.concatenate([draws, [np.nan] * 50])
    assert percentile_interval(with_nan) == pytest.approx((25.0, 975.0))  # NaN draws are left out, not counted
    assert np.isnan(percentile_interval(np.full(10, np.nan))).all()


def test_reliability_bins_have_every_bin_even_where_the_top_ones_are_empty():
    from kdcal.evaluation.metrics import reliability_bins

    conf = np.array([0.42, 0.45, 0.52, 0.58])  # nothing above 0.6: the top 6 of 15 bins are empty
    logits = np.log(np.column_stack([conf, (1 - conf) / 2, (1 - conf) / 2]))
    bins = reliability_bins(logits, np.array([0, 1, 0, 0]), n_bins=15)
    assert all(len(v) == 15 for v in bins.values())
    assert bins["count"].tolist() == [0, 0, 0, 0, 0, 0, 2, 1, 1, 0, 0, 0, 0, 0, 0]
    assert np.isnan(bins["accuracy"][9:]).all() and bins["upper"][-1] == 1.0
    assert bins["accuracy"][6] == 0.5 and bins["confidence"][6] == pytest.approx(0.435)  # 0.42 right, 0.45 wrong


def test_risk_coverage_keeps_row_order_among_tied_confidences():
    """300 rows with three confidence levels and alternating correctness: the curve depends on the
    order of tied rows, which must be their row order (a quicksort would shuffle them)."""
    conf = np.repeat([0.9, 0.7, 0.6], 100)
    rng = np.random.default_rng(3)
    correct = rng.random(300) < 0.6
    perm = rng.permutation(300)
    conf, correct = conf[perm], correct[perm]
    logits = np.log(np.column_stack([np.where(correct, conf, 1 - conf), np.where(correct, 1 - conf, conf)]))
    labels = np.zeros(300, int)
    curve = risk_coverage(logits, labels)
    order = sorted(range(300), key=lambda i: (-round(conf[i], 6), i))
    expected = np.cumsum(correct[order]) / np.arange(1, 301)
    assert np.array_equal(curve["accuracy"], expected) and np.array_equal(curve["risk"], 1 - expected)
    assert np.array_equal(curve["coverage"], np.arange(1, 301) / 300)


def test_reliability_bins_default_to_fifteen_equal_width_bins_and_warn_about_empty_ones_never():
    logits = np.log(np.array([[0.9, 0.1], [0.55, 0.45]]))
    bins = reliability_bins(logits, np.array([0, 1]), 15)  # the RuntimeWarning filter turns 0 / 0 warnings into errors
    assert np.array_equal(bins["lower"], np.linspace(0, 1, 16)[:-1]) and np.array_equal(bins["upper"], np.linspace(0, 1, 16)[1:])
    assert bins["count"].sum() == 2 and np.isnan(bins["accuracy"]).sum() == 13


def test_bootstrap_interval_defaults_to_the_95_percent_percentile_and_names_a_bad_method():
    from kdcal.evaluation.metrics import bootstrap_interval

    draws = np.arange(1001, dtype=float)
    assert bootstrap_interval(400.0, draws) == pytest.approx((25.0, 975.0))
    assert bootstrap_interval(400.0, draws, 0.9, "basic") == pytest.approx((800 - 950.0, 800 - 50.0))
    assert bootstrap_interval(400.0, draws, 0.9, "basic", lowest=0.0) == pytest.approx((0.0, 750.0))
    with pytest.raises(ValueError, match=r"^unknown interval method 'bca'; expected one of \('percentile', 'basic', 'bc'\)$"):
        bootstrap_interval(400.0, draws, method="bca")


def test_the_bias_corrected_interval_follows_efrons_definition():
    """BC percentile (Efron 1981): z0 = Phi^-1(share of draws below the estimate), quantiles at
    Phi(2 z0 -+ z_(1 - alpha / 2)); with draws centred on the estimate it is the percentile interval."""
    from scipy.stats import norm

    from kdcal.evaluation.metrics import bootstrap_interval

    draws = np.random.default_rng(1).gamma(2.0, 1.0, 4000)
    assert bootstrap_interval(np.median(draws), draws, 0.9, "bc") == pytest.approx(bootstrap_interval(0, draws, 0.9), rel=1e-3)
    point = np.quantile(draws, 0.2)  # 80% of the draws above it: z0 = Phi^-1(0.2) < 0
    z0, z = norm.ppf(np.mean(draws < point)), norm.ppf(0.95)
    expected = np.quantile(draws, [norm.cdf(2 * z0 - z), norm.cdf(2 * z0 + z)])
    assert bootstrap_interval(point, draws, 0.9, "bc") == pytest.approx(tuple(expected), rel=1e-9)
    assert bootstrap_interval(point, draws, 0.9, "bc")[1] < bootstrap_interval(point, draws, 0.9)[1]


def test_macro_f1_counts_a_class_seen_once_in_truth_or_once_in_prediction():
    """Class 3 occurs once in truth and is never predicted; class 4 is predicted once and never
    true: both count (F1 0) in scikit-learn's macro F1, class 5 (neither) does not."""
    labels = np.array([0, 0, 1, 1, 2, 2, 3, 0])
    pred = np.array([0, 0, 1, 0, 2, 2, 0, 4])
    logits = np.full((8, 6), -5.0)
    logits[np.arange(8), pred] = 5.0
    got = point(logits, labels)[("all", "macro_f1")]
    assert got == pytest.approx(f1_score(labels, pred, average="macro", zero_division=0), abs=1e-12)


def test_course_tier_f1_counts_only_the_tiers_rows_and_every_resample_is_its_own(rng):
    """macro_f1_course on a tier is scikit-learn's macro F1 of the tier's rows over the tier's classes
    (a class with no row in the evaluated rows scores 0); on all rows, over the classes present.
    Checked on the point and on three resamples, with MCE against its loop."""
    logits, labels = random_predictions(rng, n=120, k=6)
    tier_of_class = {0: "head", 1: "head", 2: "mid", 3: "mid", 4: "tail", 5: "tail"}
    labels[labels == 5] = 4  # class 5: a tail class without rows here, and never predicted
    logits[:, 5] -= 50
    tiers = np.array([tier_of_class[c] for c in labels])
    weights = bootstrap_weights(120, 3, seed=11)
    values = evaluate(logits, labels, tiers, np.vstack([np.ones(120), weights]), n_bins=15, tier_of_class=tier_of_class)
    for r, w in enumerate(np.vstack([np.ones(120), weights])):
        idx = np.repeat(np.arange(120), w.astype(int))
        y, pred, t = labels[idx], logits[idx].argmax(1), tiers[idx]
        expected = f1_score(y, pred, average="macro", zero_division=0)
        assert values[("all", "macro_f1_course")][r] == pytest.approx(expected, abs=1e-12)
        for tier, classes in (("head", [0, 1]), ("mid", [2, 3]), ("tail", [4, 5])):
            rows = t == tier
            expected = f1_score(y[rows], pred[rows], labels=classes, average="macro", zero_division=0)
            assert values[(tier, "macro_f1_course")][r] == pytest.approx(expected, abs=1e-12)
        assert values[("all", "mce")][r] == pytest.approx(loop_mce(softmax(logits[idx], axis=1), y), abs=1e-12)
        assert values[("all", "ece_adaptive")][r] == pytest.approx(
            sum(
                abs(w[g] @ ((logits.argmax(1) == labels)[g] - softmax(logits, axis=1).max(1)[g]))
                for g in np.array_split(np.argsort(softmax(logits, axis=1).max(1), kind="stable"), 15)
            )
            / w.sum(),
            abs=1e-12,
        )


def test_a_tier_of_one_row_has_its_own_mce_and_an_empty_tier_nan_everywhere(rng):
    logits, labels = random_predictions(rng, n=40, k=3)
    tiers = np.where(np.arange(40) == 0, "tail", "head")
    m = point(logits, labels, tiers)
    conf = softmax(logits[:1], axis=1).max()
    assert m[("tail", "mce")] == pytest.approx(abs(float(logits[0].argmax() == labels[0]) - conf), abs=1e-12)
    assert np.isfinite(m[("tail", "smece")])
    empty = point(logits, labels, np.full(40, "head"))
    assert all(np.isnan(empty[("mid", metric)]) for metric in METRICS)


def test_nll_by_temperature_is_each_rows_nll_at_each_grid_temperature(rng):
    from scipy.special import log_softmax

    from kdcal.evaluation.metrics import LOG_T_GRID, nll_by_temperature

    logits, labels = random_predictions(rng, n=50, k=4)
    grid = nll_by_temperature(logits, labels)
    for g in (0, 20, 80):
        expected = -log_softmax(logits / np.exp(LOG_T_GRID[g]), axis=1)[np.arange(50), labels]
        np.testing.assert_allclose(grid[:, g], np.minimum(expected, -np.log(1e-12)), rtol=1e-12)


def test_evaluate_defaults_and_float32_logits(rng):
    """Without weights every value is a (1,) array; the default tier map is the rows' own; float32
    logits are evaluated in float64 (the same numbers as their float64 copy); a confidence of 0
    falls in bin 0; a tier's smooth ECE is that of its own rows."""
    from kdcal.evaluation.metrics import smooth_ece

    logits, labels = random_predictions(rng, n=200, k=6)
    tier_of_class = {0: "head", 1: "head", 2: "mid", 3: "mid", 4: "tail", 5: "tail"}
    tiers = np.array([tier_of_class[c] for c in labels])
    by_default = evaluate(logits, labels, tiers, n_bins=15)
    assert all(v.shape == (1,) for v in by_default.values())
    explicit = evaluate(logits, labels, tiers, n_bins=15, tier_of_class=tier_of_class)
    assert all(np.array_equal(by_default[key], explicit[key], equal_nan=True) for key in explicit)
    single = logits.astype(np.float32)
    as_float32 = evaluate(single, labels, tiers, n_bins=15, tier_of_class=tier_of_class)
    as_float64 = evaluate(single.astype(np.float64), labels, tiers, n_bins=15, tier_of_class=tier_of_class)
    assert all(np.array_equal(as_float32[key], as_float64[key], equal_nan=True) for key in as_float64)
    assert bin_index(np.array([0.0]), 15).tolist() == [0]
    probs = softmax(logits, axis=1)
    rows = tiers == "mid"
    own = smooth_ece(probs.max(1)[rows], (probs.argmax(1) == labels)[rows].astype(float))[0][0]
    assert by_default[("mid", "smece")][0] == pytest.approx(own, rel=1e-9)


@pytest.mark.parametrize("centre", [-3.0, 0.4, 1.6, 37.3, 78.4, 79.7, 85.0])
def test_the_refinement_minimum_of_a_parabola_on_the_grid_is_exact(centre):
    """The quartic through five grid points reproduces a parabola exactly, so the minimum over the
    grid's span is found exactly: at the vertex when it lies inside (next to either end too), at the
    end point when the vertex lies outside."""
    from kdcal.evaluation.metrics import _min_over_grid

    x = np.arange(81.0)
    values = ((x - centre) ** 2 + 1.0)[None, :]
    expected = 1.0 + (0.0 if 0 <= centre <= 80 else min(centre**2, (80 - centre) ** 2))
    assert _min_over_grid(values)[0] == pytest.approx(expected, abs=1e-9)


def bc_reference(point, draws, level):
    """Efron's bias-corrected percentile interval from its definition (scipy.stats.norm): the share
    of finite draws below the point (ties half), kept within [1/(B+1), B/(B+1)]."""
    from scipy.stats import norm

    d = draws[np.isfinite(draws)]
    share = (np.sum(d < point) + 0.5 * np.sum(d == point)) / d.size
    share = min(max(share, 1 / (d.size + 1)), d.size / (d.size + 1))
    z0, z = norm.ppf(share), norm.ppf((1 - level) / 2)
    return tuple(np.percentile(d, 100 * norm.cdf([2 * z0 + z, 2 * z0 - z])))


@pytest.mark.parametrize(
    ("point", "case"),
    [(0.31, "ties at the point"), (-9.0, "point below every draw"), (9.0, "point above every draw"), (0.0, "with NaN draws")],
)
def test_the_bias_corrected_interval_is_efrons(point, case):
    from kdcal.evaluation.metrics import bootstrap_interval

    draws = np.round(np.random.default_rng(3).normal(0.2, 0.3, 999), 2)  # rounded: many ties
    if case == "with NaN draws":
        draws[::7] = np.nan
    assert bootstrap_interval(point, draws, 0.9, "bc") == pytest.approx(bc_reference(point, draws, 0.9), abs=1e-12)


def test_the_bias_corrected_interval_of_nothing_is_nan_and_of_one_draw_is_that_draw():
    from kdcal.evaluation.metrics import bootstrap_interval

    assert np.isnan(bootstrap_interval(0.1, np.full(5, np.nan), 0.95, "bc")).all()
    assert np.isnan(bootstrap_interval(np.nan, np.arange(5.0), 0.95, "bc")).all()
    assert bootstrap_interval(0.1, np.array([0.4, np.nan]), 0.95, "bc") == (0.4, 0.4)


@pytest.mark.parametrize("width", [0.5, 0.05, 0.01, 0.009, 0.004, 0.0015])
def test_the_smooth_ece_grid_is_the_one_relplot_smooths_on(width, monkeypatch):
    """The grid size per bandwidth read from relplot itself (its GaussianKernel.apply), an int."""
    import relplot.kernels

    from kdcal.evaluation.metrics import smece_grid_points

    seen = []
    real = relplot.kernels.smooth_round_to_grid

    def record(f, y, eval_points):
        seen.append(eval_points)
        return real(f, y, eval_points=eval_points)

    monkeypatch.setattr(relplot.kernels, "smooth_round_to_grid", record)
    relplot.kernels.GaussianKernel(width).apply(np.array([0.3, 0.8]), np.array([1.0, 0.0]), np.linspace(0, 1, 5))
    assert type(smece_grid_points(width)) is int and smece_grid_points(width) == seen[0]


@pytest.mark.parametrize("points", [1001, 1464])
def test_the_kernel_spectrum_is_the_dct_of_the_sampled_half_kernel(points):
    """Even and odd grids (1,000 and 1,463 steps): the Gaussian sampled at offsets 0 .. 0.5 of the
    grid, zero beyond, then scipy's DCT-I."""
    from scipy.fft import dct
    from scipy.stats import norm

    from kdcal.evaluation.metrics import _kernel_spectrum

    g = points - 1
    half = np.zeros(points)
    steps = np.arange(points)
    keep = steps <= g / 2
    half[keep] = norm.pdf(steps[keep] / g, scale=0.02)
    assert np.allclose(_kernel_spectrum(0.02, points), dct(half, type=1), rtol=1e-12, atol=1e-9)


def test_smooth_ece_of_a_resample_without_rows_is_nan_with_a_nan_bandwidth():
    from kdcal.evaluation.metrics import smooth_ece

    rng = np.random.default_rng(0)
    conf, correct = rng.uniform(0.3, 1, 50), rng.random(50) < 0.6
    mask = np.zeros(50)
    mask[:10] = 1
    weights = np.ones((2, 50))
    weights[1, :10] = 0  # the second resample drew none of the masked rows
    value, width = smooth_ece(conf, correct, weights, mask)
    assert np.isfinite(value[0]) and np.isnan(value[1])
    value, width = smooth_ece(conf, correct, weights, np.zeros(50))  # no rows at all
    assert np.isnan(value).all() and np.isnan(width).all()


def test_a_confidence_a_few_units_in_the_last_place_from_a_bin_edge_is_settled_in_one_bin():
    """A map's flat step at 0.6 (the edge between bins 8 and 9 of 15) comes back a unit in the last
    place either side of it when recomputed: all three land in one bin, and a LAC threshold equal
    to 1 - 0.6 keeps the class in every row's set."""
    from kdcal.evaluation.conformal import class_scores, prediction_sets, threshold
    from kdcal.evaluation.metrics import top_confidence

    edge = 0.6
    c = np.array([edge, np.nextafter(edge, 1), np.nextafter(edge, 0)])
    probs = np.column_stack([c, 1 - c])
    assert len(set(bin_index(top_confidence(probs), 15).tolist())) == 1
    q = threshold(class_scores(probs[:1], "lac")[:, 0], 0.5)  # one cal row: its own score
    assert prediction_sets(probs, q, "lac")[:, 0].all()
