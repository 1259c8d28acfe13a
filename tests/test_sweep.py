"""Across-seed summary: mean and spread per recipe, paired differences, and the mark for
differences that exceed both the bootstrap interval and the seed-to-seed spread."""

import numpy as np
import pytest

from kdcal.evaluation.evaluate import ArmResult
from kdcal.reporting.results_table import render_sweep_table
from kdcal.reporting.sweep import summarise_seeds

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
    text = render_sweep_table(frame, ["vanilla", "big", "small"], [1, 2, 3], "vanilla", level=0.95)
    big_line = next(line for line in text.splitlines() if line.startswith("| big |") and "spread" in line)
    small_line = next(line for line in text.splitlines() if line.startswith("| small |") and "spread" in line)
    assert "**-0.0300" in big_line and "**" not in small_line.split("|")[2]
    assert "0.1100 ± 0.0100" in text


def test_recipes_are_also_compared_with_each_reference(results):
    out, recipe_of = results
    frame = summarise_seeds(out, recipe_of, baseline="vanilla", compare_with=["big"], level=0.95)
    small_vs_big = row(frame, "small", "ece_diff_vs_big")
    assert small_vs_big.value == pytest.approx(0.025)
    text = render_sweep_table(frame, ["vanilla", "big", "small"], [1, 2, 3], "vanilla", compare_with=["big"], level=0.95)
    assert "## Difference from big" in text and "## Difference from vanilla" in text


def test_the_kd_grid_is_rendered_as_a_temperature_by_alpha_matrix(results):
    out, recipe_of = results
    frame = summarise_seeds(out, recipe_of, baseline="vanilla")
    grid = {"teacher raw": {(1.0, 0.7): "big", (4.0, 0.7): "small", (4.0, 0.9): "vanilla"}}
    text = render_sweep_table(frame, ["vanilla", "big", "small"], [1, 2, 3], "vanilla", grid=grid, level=0.95)
    section = text.split("## KD grid, teacher raw: ECE (rows T_d, columns alpha)")[1].split("##")[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    assert rows[0] == "| T_d | alpha 0.7 | alpha 0.9 |"
    assert rows[2].startswith("| 1 | 0.0800 ± 0.0100 | – |")
    assert rows[3].startswith("| 4 | 0.1050 ± 0.0200 | 0.1100 ± 0.0100 |")


def exact_arm(point, draws, n_rows=1000):
    """An ArmResult with the given (M,) points and (R, M) draws on one subset."""
    return ArmResult(np.array([point], float), np.asarray(draws, float)[:, None, :], np.array([n_rows]), SUBSETS, METRICS)


def test_per_seed_table_lists_every_point_estimate(results):
    from kdcal.reporting.sweep import per_seed_table

    out, recipe_of = results
    table = per_seed_table(out, recipe_of)
    assert list(table.columns) == ["arm", "recipe", "seed", "subset", "metric", "value"]
    assert len(table) == len(out) * len(SUBSETS) * len(METRICS)
    got = table[(table.arm == "small_s3") & (table.metric == "nll")].iloc[0]
    assert (got.recipe, got.seed, got.subset) == ("small", 3, "all")
    assert got.value == out["small_s3"].point[0, 1]


def test_recipe_rows_give_the_row_count_and_the_interval_of_the_seed_mean_at_the_level(results):
    out, recipe_of = results
    frame = summarise_seeds(out, recipe_of, baseline="vanilla", level=0.9)
    count = row(frame, "big", "n_rows")
    assert (count.value, count.n_seeds) == (1000.0, 3)
    seed_mean = np.mean([out[f"big_s{s}"].draws[:, 0, 1] for s in (1, 2, 3)], axis=0)
    nll = row(frame, "big", "nll")
    assert (nll.ci_low, nll.ci_high) == pytest.approx(tuple(np.percentile(seed_mean, [5, 95])))


def test_differences_use_only_the_seeds_both_recipes_have_and_a_noise_floor_per_metric(rng):
    """The reference lacks seed 3 and the recipe seed 4: seeds 1 and 2 are paired. The ECE
    differences are 0.375 and 0.125 (mean 0.25, spread 0.25: not above the floor), the NLL ones
    0.5 and 0.5 (no spread)."""
    flat = np.zeros((40, 2))
    wide = np.column_stack([np.linspace(0.2, 0.3, 40), np.linspace(0.4, 0.6, 40)])
    results = {
        "ref_s1": exact_arm([0.5, 1.0], flat + [0.5, 1.0]),
        "ref_s2": exact_arm([0.5, 1.0], flat + [0.5, 1.0]),
        "ref_s4": exact_arm([0.9, 1.9], flat + [0.9, 1.9]),
        "new_s1": exact_arm([0.875, 1.5], wide + [0.5, 1.0]),
        "new_s2": exact_arm([0.625, 1.5], wide + [0.5, 1.0]),
        "new_s3": exact_arm([0.1, 0.1], flat),
    }
    recipe_of = {name: (name[:3], int(name[-1])) for name in results}
    frame = summarise_seeds(results, recipe_of, baseline="ref", level=0.5)
    ece, nll = row(frame, "new", "ece_diff_vs_ref"), row(frame, "new", "nll_diff_vs_ref")
    assert (nll.ci_low, nll.ci_high) == pytest.approx((0.45, 0.55))  # the draws' quartiles: 0.4 to 0.6 evenly
    assert (ece.n_seeds, ece.value, ece.noise_floor) == (2, 0.25, 0.25)
    assert ece.ci_low > 0 and ece.exceeds_noise == 0.0  # |mean| equal to the floor is not above it
    assert (nll.value, nll.noise_floor, nll.exceeds_noise) == (0.5, 0.0, 1.0)
    assert (nll.sd, nll["min"], nll["max"]) == (0.0, 0.5, 0.5)


def seeds_a_tenth_apart(draws):
    """The seed summary of recipes new and ref, two seeds each, new 0.1 above ref in both metrics
    at every seed (no seed spread), with ``draws`` (R,) as new's paired resampled values."""
    base = np.zeros((len(draws), 2))
    results = {
        f"{r}_s{s}": exact_arm([0.1 if r == "new" else 0.0] * 2, np.column_stack([draws, draws]) if r == "new" else base)
        for r in ("ref", "new")
        for s in (1, 2)
    }
    recipe_of = {name: (name[:3], int(name[-1])) for name in results}
    return summarise_seeds(results, recipe_of, baseline="ref")


@pytest.mark.parametrize(
    ("draws", "expected"),
    [
        (np.r_[np.zeros(20), np.full(20, 0.2)], 0.0),  # interval [0, 0.2]: touches 0, does not exclude it
        (np.r_[np.full(20, -0.2), np.zeros(20)], 0.0),  # interval [-0.2, 0]
        (np.linspace(-0.1, 0.3, 40), 0.0),  # spans 0
        (np.linspace(0.05, 0.3, 40), 1.0),  # above 0
        (np.linspace(-0.3, -0.05, 40), 1.0),  # below 0
    ],
)
def test_a_difference_is_marked_only_when_its_interval_excludes_zero(draws, expected):
    """Two seeds agreeing on a difference of 0.1 (no seed spread), with the given paired draws (NLL:
    a percentile interval)."""
    got = row(seeds_a_tenth_apart(draws), "new", "nll_diff_vs_ref")
    assert got.exceeds_noise == expected


def test_an_ece_difference_has_the_basic_interval_as_in_the_headline_study():
    """The paired resampled ECE differences mirrored around the difference (docs/metrics.md, 'Differences')."""
    draws = np.linspace(0.05, 0.3, 41)
    frame = seeds_a_tenth_apart(draws)
    low, high = np.percentile(draws, [2.5, 97.5])
    got = row(frame, "new", "ece_diff_vs_ref")
    assert (got.ci_low, got.ci_high) == pytest.approx((0.2 - high, 0.2 - low))
    assert got.exceeds_noise == 0.0  # [-0.09, 0.14] spans 0, although every draw is above it
    nll = row(frame, "new", "nll_diff_vs_ref")
    assert (nll.ci_low, nll.ci_high) == pytest.approx((low, high))


def test_the_headline_ratio_row_has_the_per_seed_spread_and_the_interval_of_the_seed_means(rng):
    """ECE and NLL move differently, so a ratio taken on the wrong metric is caught; two draws
    divide by zero (one 0 / 0) and drop out of the interval without a warning."""
    seeds = (1, 2, 3)
    van = {s: exact_arm([0.2 + 0.01 * s, 2.0], 0.2 + 0.01 * s + 0.01 * rng.random((60, 2))) for s in seeds}
    post = {s: exact_arm([0.05, 1.5], 0.05 + 0.01 * rng.random((60, 2))) for s in seeds}
    kd = {s: exact_arm([0.1 + 0.02 * s, 1.0], 0.1 + 0.02 * s + 0.01 * rng.random((60, 2))) for s in seeds}
    for s in seeds:
        kd[s].draws[:2, 0, 0] = van[s].draws[:2, 0, 0]
        post[s].draws[0, 0, 0] = van[s].draws[0, 0, 0]
    results = {f"{name}_s{s}": arms[s] for name, arms in (("van", van), ("post", post), ("kd", kd)) for s in seeds}
    recipe_of = {name: (name.split("_")[0], int(name[-1])) for name in results}
    frame = summarise_seeds(results, recipe_of, baseline="van", headline=("van", "post", "kd"), level=0.9)
    got = row(frame, "post_vs_kd", "ece_gain_ratio")
    v, p, k = (np.array([arms[s].point[0, 0] for s in seeds]) for arms in (van, post, kd))
    per_seed = (v - p) / (v - k)
    assert got.value == pytest.approx((v.mean() - p.mean()) / (v.mean() - k.mean()))
    assert (got.sd, got["min"], got["max"]) == pytest.approx((np.std(per_seed, ddof=1), per_seed.min(), per_seed.max()))
    vd, pd_, kd_ = (np.mean([arms[s].draws[:, 0, 0] for s in seeds], axis=0) for arms in (van, post, kd))
    ratios = (vd - pd_)[2:] / (vd - kd_)[2:]
    assert (got.ci_low, got.ci_high) == pytest.approx(tuple(np.percentile(ratios, [5, 95])))
    assert len(frame[frame.metric == "ece_diff_vs_van"]) == 2  # the differences stay beside the ratio


def test_a_recipe_row_has_its_metric_s_interval_method_cut_where_the_metric_ends():
    """The seed mean's interval per metric as in the headline study: basic for MCE (cut at 0, the
    smallest MCE there is), percentile for smooth ECE (whose differences, not rows, take the basic
    interval). Draws placed so the basic MCE interval would reach below 0 and the two methods differ."""
    metrics = ("mce", "smece")
    rng = np.random.default_rng(5)
    draws = np.column_stack([rng.uniform(0.05, 0.5, 400), rng.uniform(0.1, 0.3, 400)])
    arms = {
        f"kd_s{s}": ArmResult(np.array([[0.06, 0.12]]), draws[:, None, :], np.array([1000]), SUBSETS, metrics) for s in (1, 2)
    }
    frame = summarise_seeds(arms, {"kd_s1": ("kd", 1), "kd_s2": ("kd", 2)}, baseline="kd", level=0.9)
    low, high = np.percentile(draws, [5, 95], axis=0)
    mce, smece = row(frame, "kd", "mce"), row(frame, "kd", "smece")
    assert (mce.ci_low, mce.ci_high) == pytest.approx((max(2 * 0.06 - high[0], 0.0), max(2 * 0.06 - low[0], 0.0)))
    assert mce.ci_low == 0.0
    assert (smece.ci_low, smece.ci_high) == pytest.approx((low[1], high[1]))
