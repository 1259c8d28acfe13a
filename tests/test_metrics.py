"""Metrics: analytic cases, cross-checks against scikit-learn, torchmetrics and plain loops."""
import numpy as np
import pytest
from scipy.special import softmax
from sklearn.metrics import f1_score

from conftest import random_predictions
from kdcal.metrics import bin_index, bootstrap_weights, evaluate, percentile_interval, reliability_bins


def loop_ece(probs, labels, n_bins=15):
    """The published protocol, written as the obvious loop over (lo, hi] bins."""
    conf, pred = probs.max(1), probs.argmax(1)
    acc = (pred == labels).astype(float)
    edges = np.linspace(0, 1, n_bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        in_bin = (conf > lo) & (conf <= hi)
        if in_bin.any():
            ece += in_bin.mean() * abs(acc[in_bin].mean() - conf[in_bin].mean())
    return ece


def point(logits, labels, tiers=None, **kw):
    tiers = np.array(["head"] * len(labels)) if tiers is None else tiers
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
    torch = pytest.importorskip("torch")
    tm = pytest.importorskip("torchmetrics.classification")
    logits, labels = random_predictions(rng, n=800, k=7)
    probs = softmax(logits, axis=1)
    assert probs.max(1).max() < 1.0
    ref = tm.MulticlassCalibrationError(num_classes=7, n_bins=15, norm="l1")(torch.tensor(probs), torch.tensor(labels))
    assert point(logits, labels)[("all", "ece")] == pytest.approx(float(ref), abs=1e-6)


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
    draws = evaluate(logits, labels, tiers, weights)
    for r in range(5):
        idx = np.repeat(np.arange(300), weights[r].astype(int))
        pred = logits[idx].argmax(1)
        assert draws[("all", "macro_f1")][r] == pytest.approx(f1_score(labels[idx], pred, average="macro", zero_division=0))
        assert draws[("all", "ece")][r] == pytest.approx(loop_ece(softmax(logits[idx], axis=1), labels[idx]), abs=1e-12)


def test_bootstrap_weights_are_deterministic_so_arms_are_paired():
    assert np.array_equal(bootstrap_weights(100, 20, 3), bootstrap_weights(100, 20, 3))
    assert not np.array_equal(bootstrap_weights(100, 20, 3), bootstrap_weights(100, 20, 4))


def test_bootstrap_intervals_cover_the_truth_at_about_the_nominal_rate():
    # Calibrated simulation: confidence c ~ U(0.3, 0.9) and correct ~ Bernoulli(c), so the
    # population accuracy is 0.6; a 95% interval should contain it in ~95% of experiments.
    rng = np.random.default_rng(2024)
    k, n, experiments, covered = 5, 400, 200, 0
    for e in range(experiments):
        conf = rng.uniform(0.3, 0.9, size=n)
        correct = rng.random(n) < conf
        probs = np.tile(((1 - conf) / (k - 1))[:, None], (1, k))
        probs[:, 0] = conf
        labels = np.where(correct, 0, rng.integers(1, k, size=n))
        draws = evaluate(np.log(probs), labels, np.array(["head"] * n), bootstrap_weights(n, 400, e))
        low, high = percentile_interval(draws[("all", "accuracy")])
        covered += low <= 0.6 <= high
    assert 0.89 <= covered / experiments <= 0.99


def test_reliability_bins_agree_with_ece(rng):
    logits, labels = random_predictions(rng)
    b = reliability_bins(logits, labels, 15)
    filled = b["count"] > 0
    ece = (b["count"][filled] / b["count"].sum() * np.abs(b["accuracy"] - b["confidence"])[filled]).sum()
    assert ece == pytest.approx(point(logits, labels)[("all", "ece")], abs=1e-12)
