"""The study's summary: each metric's interval by its method, paired differences between arms and
the headline ratio, each recomputed here from the arms' own resampled rows with plain numpy."""

import itertools

import numpy as np
import pytest
from scipy.special import softmax

from conftest import random_predictions
from kdcal.evaluation import evaluate_arm, summarise
from kdcal.predictions import Predictions

N, RESAMPLES, SEED = 400, 200, 7


def binned_ece(logits, labels, bins=15):
    probs = softmax(logits, axis=1)
    conf, correct = probs.max(1), (probs.argmax(1) == labels).astype(float)
    edges = np.linspace(0, 1, bins + 1)
    return sum(abs((correct - conf)[(conf > lo) & (conf <= hi)].sum()) for lo, hi in itertools.pairwise(edges)) / len(conf)


@pytest.fixture
def arms(rng):
    logits, labels = random_predictions(rng, n=N, k=6)
    tiers = np.where(labels < 2, "head", np.where(labels < 4, "mid", "tail"))
    shapes = {"vanilla": logits * 1.6, "vanilla_ts": logits * 0.9, "kd": logits * 1.2 + rng.normal(size=logits.shape) * 0.3}
    preds = {arm: Predictions(z, labels, tiers, np.arange(N).astype(str)) for arm, z in shapes.items()}
    results = {arm: evaluate_arm(p, np.arange(N), 15, RESAMPLES, SEED) for arm, p in preds.items()}
    return shapes, labels, summarise(results)


def resampled_ece(logits, labels):
    """ECE of every resample, drawing the rows exactly as the documented resampling does."""
    draws = np.random.default_rng(SEED).integers(0, N, size=(RESAMPLES, N))
    return np.array([binned_ece(logits[rows], labels[rows]) for rows in draws])


def row(frame, arm, metric):
    return frame[(frame.arm == arm) & (frame.subset == "all") & (frame.metric == metric)].iloc[0]


def test_ece_interval_is_the_basic_bootstrap_and_nll_the_percentile(arms):
    shapes, labels, frame = arms
    point, draws = binned_ece(shapes["kd"], labels), resampled_ece(shapes["kd"], labels)
    got = row(frame, "kd", "ece")
    assert got.value == pytest.approx(point, abs=1e-12)
    basic = (2 * point - np.quantile(draws, 0.975), 2 * point - np.quantile(draws, 0.025))
    assert (got.ci_low, got.ci_high) == pytest.approx(tuple(max(b, 0.0) for b in basic))  # ECE >= 0: cut there
    nll = row(frame, "kd", "nll")
    assert nll.ci_low < nll.value < nll.ci_high  # percentile: the draws' own quantiles bracket a mean-like metric


def test_differences_are_arm_minus_baseline_on_the_same_resamples(arms):
    shapes, labels, frame = arms
    diff = resampled_ece(shapes["kd"], labels) - resampled_ece(shapes["vanilla"], labels)
    got = row(frame, "kd", "ece_diff_vs_vanilla")
    assert got.value == pytest.approx(binned_ece(shapes["kd"], labels) - binned_ece(shapes["vanilla"], labels), abs=1e-12)
    assert (got.ci_low, got.ci_high) == pytest.approx(tuple(np.quantile(diff, [0.025, 0.975])))


def test_headline_ratio_and_its_interval_come_from_paired_resamples(arms):
    shapes, labels, frame = arms
    van, post, kd = (binned_ece(shapes[a], labels) for a in ("vanilla", "vanilla_ts", "kd"))
    d_van, d_post, d_kd = (resampled_ece(shapes[a], labels) for a in ("vanilla", "vanilla_ts", "kd"))
    got = row(frame, "vanilla_ts_vs_kd", "ece_gain_ratio")
    assert got.value == pytest.approx((van - post) / (van - kd), abs=1e-9)
    ratios = (d_van - d_post) / (d_van - d_kd)
    assert (got.ci_low, got.ci_high) == pytest.approx(tuple(np.quantile(ratios, [0.025, 0.975])))
    for ratio in ("ece_debiased_gain_ratio", "smece_gain_ratio"):
        assert np.isfinite(row(frame, "vanilla_ts_vs_kd", ratio).value)


def test_a_subset_with_too_few_rows_gets_no_interval_and_the_table_says_so(rng):
    from kdcal.evaluation import MIN_INTERVAL_ROWS
    from kdcal.report import render_table

    logits, labels = random_predictions(rng, n=200, k=4)
    tiers = np.where(np.arange(200) < MIN_INTERVAL_ROWS - 1, "tail", "head")  # one row short in the tail
    p = Predictions(logits, labels, tiers, np.arange(200).astype(str))
    frame = summarise({"vanilla": evaluate_arm(p, np.arange(200), 15, 50, 0, floor_draws=50)}, headline=None)
    tail = frame[(frame.subset == "tail") & (frame.metric == "ece")].iloc[0]
    head = frame[(frame.subset == "head") & (frame.metric == "ece")].iloc[0]
    assert np.isfinite(tail.value) and np.isnan(tail.ci_low) and np.isnan(tail.ci_high)
    assert np.isfinite(head.ci_low) and np.isfinite(head.ci_high)
    table = render_table(frame, ["vanilla"], {}, {"all": 200}, headline=("vanilla", "vanilla_ts", "kd"))
    assert f"{tail.value:.4f} [too few rows]" in table
