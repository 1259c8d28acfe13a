"""Across-seed summary: mean and spread per recipe, paired differences, and the mark for
differences that exceed both the bootstrap interval and the seed-to-seed spread."""

import numpy as np
import pytest

from kdcal.evaluation import ArmResult
from kdcal.report import render_sweep_table
from kdcal.sweep import summarise_seeds

SUBSETS, METRICS = ("all",), ("ece", "nll")


def arm(ece, nll, rng, noise=0.001, resamples=200):
    """An ArmResult with the given point values and bootstrap draws around them. The same rng
    state for every arm makes the draws paired (shared eval-row resamples)."""
    point = np.array([[ece, nll]])
    shared = np.random.default_rng(0).normal(size=(resamples, 1, 1))
    draws = point[None] + noise * shared + noise * 0.1 * rng.normal(size=(resamples, 1, 2))
    return ArmResult(point, draws, np.array([1000]), SUBSETS, METRICS)


def row(frame, recipe, metric):
    hit = frame[(frame.recipe == recipe) & (frame.metric == metric) & (frame.subset == "all")]
    assert len(hit) == 1
    return hit.iloc[0]


@pytest.fixture
def results():
    rng = np.random.default_rng(1)
    out, recipe_of = {}, {}
    # vanilla: ECE 0.10, 0.11, 0.12 over seeds. big: 0.03 lower every seed (well beyond the spread).
    # small: 0.005 lower on average, but the paired difference spans 0.02 across seeds (within seed
    # noise). steady: 0.008 lower in every seed, although every recipe moves by 0.02 between seeds.
    for seed, base in zip((1, 2, 3), (0.10, 0.11, 0.12), strict=True):
        recipes = (("vanilla", base), ("big", base - 0.03), ("small", base - 0.005 + (seed - 2) * 0.01), ("steady", base - 0.008))
        for recipe, ece in recipes:
            name = f"{recipe}_s{seed}"
            out[name] = arm(ece, 1.0 + ece, rng)
            recipe_of[name] = (recipe, seed)
    return out, recipe_of


def test_mean_sd_min_max_over_seeds(results):
    frame = summarise_seeds(*results, baseline="vanilla")
    r = row(frame, "vanilla", "ece")
    assert r.n_seeds == 3
    assert r.value == pytest.approx(0.11)
    assert r.sd == pytest.approx(np.std([0.10, 0.11, 0.12], ddof=1))
    assert (r["min"], r["max"]) == pytest.approx((0.10, 0.12))
    assert r.ci_low < 0.11 < r.ci_high


def test_difference_is_marked_only_when_it_exceeds_both_noise_floors(results):
    frame = summarise_seeds(*results, baseline="vanilla")
    big = row(frame, "big", "ece_diff_vs_vanilla")
    assert big.value == pytest.approx(-0.03)
    assert big.ci_high < 0 and big.exceeds_noise == 1.0
    small = row(frame, "small", "ece_diff_vs_vanilla")
    assert small.value == pytest.approx(-0.005)
    # Paired by resample, the bootstrap interval alone excludes 0 ...
    assert small.ci_high < 0
    # ... but its paired differences span -0.015 to +0.005 across seeds, more than the difference: not marked.
    assert small.noise_floor == pytest.approx(0.02)
    assert small.exceeds_noise == 0.0


def test_a_difference_every_seed_agrees_on_is_marked_although_the_arms_move_between_seeds(results):
    steady = row(summarise_seeds(*results, baseline="vanilla"), "steady", "ece_diff_vs_vanilla")
    assert steady.value == pytest.approx(-0.008) and steady.noise_floor == pytest.approx(0.0, abs=1e-12)
    assert steady.exceeds_noise == 1.0


def test_one_seed_leaves_the_seed_spread_unmeasured():
    rng = np.random.default_rng(0)
    results = {"vanilla": arm(0.1, 1.1, rng), "kd": arm(0.05, 1.0, rng)}
    frame = summarise_seeds(results, {"vanilla": ("vanilla", 42), "kd": ("kd", 42)}, baseline="vanilla")
    d = row(frame, "kd", "ece_diff_vs_vanilla")
    assert np.isnan(d.sd) and np.isnan(d.exceeds_noise)


def test_headline_ratio_uses_the_seed_means(results):
    out, recipe_of = results
    frame = summarise_seeds(out, recipe_of, baseline="vanilla", headline=("vanilla", "small", "big"))
    r = row(frame, "small_vs_big", "ece_gain_ratio")
    assert r.value == pytest.approx(0.005 / 0.03)


def test_the_table_bolds_the_marked_difference_and_shows_the_spread(results):
    frame = summarise_seeds(*results, baseline="vanilla")
    text = render_sweep_table(frame, ["vanilla", "big", "small"], [1, 2, 3], "vanilla")
    big_line = next(line for line in text.splitlines() if line.startswith("| big |") and "spread" in line)
    small_line = next(line for line in text.splitlines() if line.startswith("| small |") and "spread" in line)
    assert "**-0.0300" in big_line and "**" not in small_line.split("|")[2]
    assert "0.1100 ± 0.0100" in text


def test_recipes_are_also_compared_with_each_reference(results):
    out, recipe_of = results
    frame = summarise_seeds(out, recipe_of, baseline="vanilla", compare_with=["big"])
    small_vs_big = row(frame, "small", "ece_diff_vs_big")
    assert small_vs_big.value == pytest.approx(0.025)
    text = render_sweep_table(frame, ["vanilla", "big", "small"], [1, 2, 3], "vanilla", compare_with=["big"])
    assert "## Difference from big" in text and "## Difference from vanilla" in text


def test_the_kd_grid_is_rendered_as_a_temperature_by_alpha_matrix(results):
    out, recipe_of = results
    frame = summarise_seeds(out, recipe_of, baseline="vanilla")
    grid = {"teacher raw": {(1.0, 0.7): "big", (4.0, 0.7): "small", (4.0, 0.9): "vanilla"}}
    text = render_sweep_table(frame, ["vanilla", "big", "small"], [1, 2, 3], "vanilla", grid=grid)
    section = text.split("## KD grid, teacher raw: ECE (rows T_d, columns alpha)")[1].split("##")[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    assert rows[0] == "| T_d | alpha 0.7 | alpha 0.9 |"
    assert rows[2].startswith("| 1 | 0.0800 ± 0.0100 | – |")
    assert rows[3].startswith("| 4 | 0.1050 ± 0.0200 | 0.1100 ± 0.0100 |")
