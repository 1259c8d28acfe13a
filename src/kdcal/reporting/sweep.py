"""Across training seeds: mean and spread of every metric per recipe, and which differences between
recipes exceed both the bootstrap interval and the seed-to-seed spread.

For a recipe A trained with seeds s = 1..S (the same seeds for every recipe):

- value: mean over seeds of the metric; ``sd`` (sample SD, ddof 1), ``min``, ``max`` over seeds.
- interval: every arm is evaluated on the same bootstrap resamples of the eval rows, so the mean
  over seeds of the resampled values is a resample of the seed mean; its interval (the metric's own
  method, ``kdcal.evaluation.evaluate.metric_interval``) says how much the seed mean moves with the eval
  rows (not with the seeds).
- difference from a reference recipe B (the baseline, and each of ``compare_with``): d_s = A_s - B_s, paired by seed (same initialisation and
  data order) and by resample. ``value`` is the mean of d_s, the interval is that of the seed mean
  of the paired resampled differences (the difference's method, as in the headline study), ``sd``/``min``/``max`` describe d_s across seeds.
- ``noise_floor``: the seed-to-seed spread of the paired difference, max - min of d_s across
  seeds. ``exceeds_noise`` is true when the interval of the difference excludes 0 AND
  |mean difference| > noise_floor: the difference is larger than what resampling the eval rows or
  retraining with another seed moved it by. With one seed the spread is unmeasured: NaN.
- ``ece_gain_ratio`` (the headline): (ECE[B] - ECE[posthoc]) / (ECE[B] - ECE[distilled]) of the
  seed means, with the interval of the same ratio of resampled seed means; ``sd``/``min``/``max``
  are of the per-seed ratios.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from kdcal.evaluation.evaluate import RATIO_METRIC, ArmResult, comparison_name, difference_metric, metric_interval
from kdcal.evaluation.metrics import percentile_interval

COLUMNS = [
    "recipe",
    "subset",
    "metric",
    "n_seeds",
    "value",
    "sd",
    "min",
    "max",
    "ci_low",
    "ci_high",
    "noise_floor",
    "exceeds_noise",
]


def _spread(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, ddof=1)) if len(values) > 1 else np.nan
    return sd, float(np.min(values)), float(np.max(values))


def per_seed_table(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "metric", "value"])


class _Runs:
    """Evaluations by recipe and seed, stacked over seeds on request."""

    def __init__(self, results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]):
        self.by_recipe: dict[str, dict[int, ArmResult]] = defaultdict(dict)
        for arm, res in results.items():
            recipe, seed = recipe_of[arm]
            self.by_recipe[recipe][int(seed)] = res
        first = next(iter(results.values()))
        self.subsets, self.metrics = first.subsets, first.metrics

    def stack(self, recipe: str, seeds: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """Points (S, subsets, metrics) and draws (S, R, subsets, metrics) of a recipe's seeds."""
        runs = [self.by_recipe[recipe][s] for s in seeds]
        return np.stack([r.point for r in runs]), np.stack([r.draws for r in runs])

    def common_seeds(self, *recipes: str) -> list[int]:
        return sorted(set.intersection(*(set(self.by_recipe[r]) for r in recipes)))


def _recipe_rows(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = metric_interval(metric, float(point[:, i, j].mean()), mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def _difference_rows(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            mean = float(diff[:, i, j].mean())
            low, high = metric_interval(metric, mean, diff_draws[:, i, j], level, difference=True)
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = difference_metric(metric, reference)
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def _ratio_rows(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = comparison_name(headline[1], headline[2])
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def summarise_seeds(
    results: Mapping[str, ArmResult],
    recipe_of: Mapping[str, Sequence],
    baseline: str,
    headline: Sequence[str] | None = None,
    level: float = 0.95,
    compare_with: Sequence[str] = (),
) -> pd.DataFrame:
    """The across-seed summary (see the module docstring), long format with ``COLUMNS``.

    results: arm -> its evaluation; recipe_of: arm -> (recipe, seed); baseline, headline and
    compare_with name recipes: differences are taken from the baseline and from each recipe in
    compare_with. Recipes keep the order of their first arm in ``results``.
    """
    runs = _Runs(results, recipe_of)
    rows = []
    for recipe in runs.by_recipe:
        rows += _recipe_rows(runs, recipe, level)
    for reference in dict.fromkeys([baseline, *compare_with]):
        if reference in runs.by_recipe:
            rows += [
                row
                for recipe in runs.by_recipe
                if recipe != reference
                for row in _difference_rows(runs, recipe, reference, level)
            ]
    if headline is not None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)
