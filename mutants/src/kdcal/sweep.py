"""Across training seeds: mean and spread of every metric per recipe, and which differences between
recipes exceed both the bootstrap interval and the seed-to-seed spread.

For a recipe A trained with seeds s = 1..S (the same seeds for every recipe):

- value: mean over seeds of the metric; ``sd`` (sample SD, ddof 1), ``min``, ``max`` over seeds.
- interval: every arm is evaluated on the same bootstrap resamples of the eval rows, so the mean
  over seeds of the resampled values is a resample of the seed mean; its percentile interval says
  how much the seed mean moves with the eval rows (not with the seeds).
- difference from a reference recipe B (the baseline, and each of ``compare_with``): d_s = A_s - B_s, paired by seed (same initialisation and
  data order) and by resample. ``value`` is the mean of d_s, the interval is that of the seed mean
  of the paired resampled differences, ``sd``/``min``/``max`` describe d_s across seeds.
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

from kdcal.evaluation import RATIO_METRIC, ArmResult
from kdcal.metrics import percentile_interval

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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__spread__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__spread__mutmut)
def _spread(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, ddof=1)) if len(values) > 1 else np.nan
    return sd, float(np.min(values)), float(np.max(values))


def x__spread__mutmut_orig(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, ddof=1)) if len(values) > 1 else np.nan
    return sd, float(np.min(values)), float(np.max(values))


def x__spread__mutmut_1(values: np.ndarray) -> tuple[float, float, float]:
    sd = None
    return sd, float(np.min(values)), float(np.max(values))


def x__spread__mutmut_2(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, ddof=1)) if (len(values) > 1) and False else np.nan
    return sd, float(np.min(values)), float(np.max(values))


def x__spread__mutmut_3(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, ddof=1)) if (len(values) > 1) or True else np.nan
    return sd, float(np.min(values)), float(np.max(values))


def x__spread__mutmut_4(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(None) if len(values) > 1 else np.nan
    return sd, float(np.min(values)), float(np.max(values))


def x__spread__mutmut_5(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(None, ddof=1)) if len(values) > 1 else np.nan
    return sd, float(np.min(values)), float(np.max(values))


def x__spread__mutmut_6(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, ddof=None)) if len(values) > 1 else np.nan
    return sd, float(np.min(values)), float(np.max(values))


def x__spread__mutmut_7(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(ddof=1)) if len(values) > 1 else np.nan
    return sd, float(np.min(values)), float(np.max(values))


def x__spread__mutmut_8(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, )) if len(values) > 1 else np.nan
    return sd, float(np.min(values)), float(np.max(values))


def x__spread__mutmut_9(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, ddof=2)) if len(values) > 1 else np.nan
    return sd, float(np.min(values)), float(np.max(values))


def x__spread__mutmut_10(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, ddof=1)) if len(values) >= 1 else np.nan
    return sd, float(np.min(values)), float(np.max(values))


def x__spread__mutmut_11(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, ddof=1)) if len(values) > 2 else np.nan
    return sd, float(np.min(values)), float(np.max(values))


def x__spread__mutmut_12(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, ddof=1)) if len(values) > 1 else np.nan
    return sd, float(None), float(np.max(values))


def x__spread__mutmut_13(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, ddof=1)) if len(values) > 1 else np.nan
    return sd, float(np.min(None)), float(np.max(values))


def x__spread__mutmut_14(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, ddof=1)) if len(values) > 1 else np.nan
    return sd, float(np.min(values)), float(None)


def x__spread__mutmut_15(values: np.ndarray) -> tuple[float, float, float]:
    sd = float(np.std(values, ddof=1)) if len(values) > 1 else np.nan
    return sd, float(np.min(values)), float(np.max(None))

mutants_x__spread__mutmut['_mutmut_orig'] = x__spread__mutmut_orig # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_1'] = x__spread__mutmut_1 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_2'] = x__spread__mutmut_2 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_3'] = x__spread__mutmut_3 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_4'] = x__spread__mutmut_4 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_5'] = x__spread__mutmut_5 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_6'] = x__spread__mutmut_6 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_7'] = x__spread__mutmut_7 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_8'] = x__spread__mutmut_8 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_9'] = x__spread__mutmut_9 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_10'] = x__spread__mutmut_10 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_11'] = x__spread__mutmut_11 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_12'] = x__spread__mutmut_12 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_13'] = x__spread__mutmut_13 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_14'] = x__spread__mutmut_14 # type: ignore # mutmut generated
mutants_x__spread__mutmut['x__spread__mutmut_15'] = x__spread__mutmut_15 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_per_seed_table__mutmut)
def per_seed_table(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_orig(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_1(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = None
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_2(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = None
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_3(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(None):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_4(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(None):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_5(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append(None)
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_6(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(None), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_7(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(None)))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_8(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(None, columns=["arm", "recipe", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_9(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=None)


def x_per_seed_table__mutmut_10(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(columns=["arm", "recipe", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_11(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, )


def x_per_seed_table__mutmut_12(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["XXarmXX", "recipe", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_13(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["ARM", "recipe", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_14(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "XXrecipeXX", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_15(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "RECIPE", "seed", "subset", "metric", "value"])


def x_per_seed_table__mutmut_16(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "XXseedXX", "subset", "metric", "value"])


def x_per_seed_table__mutmut_17(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "SEED", "subset", "metric", "value"])


def x_per_seed_table__mutmut_18(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "XXsubsetXX", "metric", "value"])


def x_per_seed_table__mutmut_19(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "SUBSET", "metric", "value"])


def x_per_seed_table__mutmut_20(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "XXmetricXX", "value"])


def x_per_seed_table__mutmut_21(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "METRIC", "value"])


def x_per_seed_table__mutmut_22(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "metric", "XXvalueXX"])


def x_per_seed_table__mutmut_23(results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]) -> pd.DataFrame:
    """Long table ``arm, recipe, seed, subset, metric, value``: every point estimate."""
    rows = []
    for arm, res in results.items():
        recipe, seed = recipe_of[arm]
        for i, subset in enumerate(res.subsets):
            for j, metric in enumerate(res.metrics):
                rows.append((arm, recipe, int(seed), subset, metric, float(res.point[i, j])))
    return pd.DataFrame(rows, columns=["arm", "recipe", "seed", "subset", "metric", "VALUE"])

mutants_x_per_seed_table__mutmut['_mutmut_orig'] = x_per_seed_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_1'] = x_per_seed_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_2'] = x_per_seed_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_3'] = x_per_seed_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_4'] = x_per_seed_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_5'] = x_per_seed_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_6'] = x_per_seed_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_7'] = x_per_seed_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_8'] = x_per_seed_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_9'] = x_per_seed_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_10'] = x_per_seed_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_11'] = x_per_seed_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_12'] = x_per_seed_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_13'] = x_per_seed_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_14'] = x_per_seed_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_15'] = x_per_seed_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_16'] = x_per_seed_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_17'] = x_per_seed_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_18'] = x_per_seed_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_19'] = x_per_seed_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_20'] = x_per_seed_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_21'] = x_per_seed_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_22'] = x_per_seed_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_per_seed_table__mutmut['x_per_seed_table__mutmut_23'] = x_per_seed_table__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Runsǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Runsǁstack__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Runsǁcommon_seeds__mutmut: MutantDict = {}  # type: ignore


class _Runs:
    """Evaluations by recipe and seed, stacked over seeds on request."""

    @_mutmut_mutated(mutants_xǁ_Runsǁ__init____mutmut)
    def __init__(self, results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]):
        self.by_recipe: dict[str, dict[int, ArmResult]] = defaultdict(dict)
        for arm, res in results.items():
            recipe, seed = recipe_of[arm]
            self.by_recipe[recipe][int(seed)] = res
        first = next(iter(results.values()))
        self.subsets, self.metrics = first.subsets, first.metrics

    def xǁ_Runsǁ__init____mutmut_orig(self, results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]):
        self.by_recipe: dict[str, dict[int, ArmResult]] = defaultdict(dict)
        for arm, res in results.items():
            recipe, seed = recipe_of[arm]
            self.by_recipe[recipe][int(seed)] = res
        first = next(iter(results.values()))
        self.subsets, self.metrics = first.subsets, first.metrics

    def xǁ_Runsǁ__init____mutmut_1(self, results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]):
        self.by_recipe: dict[str, dict[int, ArmResult]] = None
        for arm, res in results.items():
            recipe, seed = recipe_of[arm]
            self.by_recipe[recipe][int(seed)] = res
        first = next(iter(results.values()))
        self.subsets, self.metrics = first.subsets, first.metrics

    def xǁ_Runsǁ__init____mutmut_2(self, results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]):
        self.by_recipe: dict[str, dict[int, ArmResult]] = defaultdict(None)
        for arm, res in results.items():
            recipe, seed = recipe_of[arm]
            self.by_recipe[recipe][int(seed)] = res
        first = next(iter(results.values()))
        self.subsets, self.metrics = first.subsets, first.metrics

    def xǁ_Runsǁ__init____mutmut_3(self, results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]):
        self.by_recipe: dict[str, dict[int, ArmResult]] = defaultdict(dict)
        for arm, res in results.items():
            recipe, seed = None
            self.by_recipe[recipe][int(seed)] = res
        first = next(iter(results.values()))
        self.subsets, self.metrics = first.subsets, first.metrics

    def xǁ_Runsǁ__init____mutmut_4(self, results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]):
        self.by_recipe: dict[str, dict[int, ArmResult]] = defaultdict(dict)
        for arm, res in results.items():
            recipe, seed = recipe_of[arm]
            self.by_recipe[recipe][int(seed)] = None
        first = next(iter(results.values()))
        self.subsets, self.metrics = first.subsets, first.metrics

    def xǁ_Runsǁ__init____mutmut_5(self, results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]):
        self.by_recipe: dict[str, dict[int, ArmResult]] = defaultdict(dict)
        for arm, res in results.items():
            recipe, seed = recipe_of[arm]
            self.by_recipe[recipe][int(None)] = res
        first = next(iter(results.values()))
        self.subsets, self.metrics = first.subsets, first.metrics

    def xǁ_Runsǁ__init____mutmut_6(self, results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]):
        self.by_recipe: dict[str, dict[int, ArmResult]] = defaultdict(dict)
        for arm, res in results.items():
            recipe, seed = recipe_of[arm]
            self.by_recipe[recipe][int(seed)] = res
        first = None
        self.subsets, self.metrics = first.subsets, first.metrics

    def xǁ_Runsǁ__init____mutmut_7(self, results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]):
        self.by_recipe: dict[str, dict[int, ArmResult]] = defaultdict(dict)
        for arm, res in results.items():
            recipe, seed = recipe_of[arm]
            self.by_recipe[recipe][int(seed)] = res
        first = next(None)
        self.subsets, self.metrics = first.subsets, first.metrics

    def xǁ_Runsǁ__init____mutmut_8(self, results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]):
        self.by_recipe: dict[str, dict[int, ArmResult]] = defaultdict(dict)
        for arm, res in results.items():
            recipe, seed = recipe_of[arm]
            self.by_recipe[recipe][int(seed)] = res
        first = next(iter(None))
        self.subsets, self.metrics = first.subsets, first.metrics

    def xǁ_Runsǁ__init____mutmut_9(self, results: Mapping[str, ArmResult], recipe_of: Mapping[str, Sequence]):
        self.by_recipe: dict[str, dict[int, ArmResult]] = defaultdict(dict)
        for arm, res in results.items():
            recipe, seed = recipe_of[arm]
            self.by_recipe[recipe][int(seed)] = res
        first = next(iter(results.values()))
        self.subsets, self.metrics = None

    @_mutmut_mutated(mutants_xǁ_Runsǁstack__mutmut)
    def stack(self, recipe: str, seeds: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """Points (S, subsets, metrics) and draws (S, R, subsets, metrics) of a recipe's seeds."""
        runs = [self.by_recipe[recipe][s] for s in seeds]
        return np.stack([r.point for r in runs]), np.stack([r.draws for r in runs])

    def xǁ_Runsǁstack__mutmut_orig(self, recipe: str, seeds: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """Points (S, subsets, metrics) and draws (S, R, subsets, metrics) of a recipe's seeds."""
        runs = [self.by_recipe[recipe][s] for s in seeds]
        return np.stack([r.point for r in runs]), np.stack([r.draws for r in runs])

    def xǁ_Runsǁstack__mutmut_1(self, recipe: str, seeds: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """Points (S, subsets, metrics) and draws (S, R, subsets, metrics) of a recipe's seeds."""
        runs = None
        return np.stack([r.point for r in runs]), np.stack([r.draws for r in runs])

    def xǁ_Runsǁstack__mutmut_2(self, recipe: str, seeds: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """Points (S, subsets, metrics) and draws (S, R, subsets, metrics) of a recipe's seeds."""
        runs = [self.by_recipe[recipe][s] for s in seeds]
        return np.stack(None), np.stack([r.draws for r in runs])

    def xǁ_Runsǁstack__mutmut_3(self, recipe: str, seeds: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """Points (S, subsets, metrics) and draws (S, R, subsets, metrics) of a recipe's seeds."""
        runs = [self.by_recipe[recipe][s] for s in seeds]
        return np.stack([r.point for r in runs]), np.stack(None)

    @_mutmut_mutated(mutants_xǁ_Runsǁcommon_seeds__mutmut)
    def common_seeds(self, *recipes: str) -> list[int]:
        return sorted(set.intersection(*(set(self.by_recipe[r]) for r in recipes)))

    def xǁ_Runsǁcommon_seeds__mutmut_orig(self, *recipes: str) -> list[int]:
        return sorted(set.intersection(*(set(self.by_recipe[r]) for r in recipes)))

    def xǁ_Runsǁcommon_seeds__mutmut_1(self, *recipes: str) -> list[int]:
        return sorted(None)

    def xǁ_Runsǁcommon_seeds__mutmut_2(self, *recipes: str) -> list[int]:
        return sorted(set.intersection(*(set(None) for r in recipes)))

mutants_xǁ_Runsǁ__init____mutmut['_mutmut_orig'] = _Runs.xǁ_Runsǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Runsǁ__init____mutmut['xǁ_Runsǁ__init____mutmut_1'] = _Runs.xǁ_Runsǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Runsǁ__init____mutmut['xǁ_Runsǁ__init____mutmut_2'] = _Runs.xǁ_Runsǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Runsǁ__init____mutmut['xǁ_Runsǁ__init____mutmut_3'] = _Runs.xǁ_Runsǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Runsǁ__init____mutmut['xǁ_Runsǁ__init____mutmut_4'] = _Runs.xǁ_Runsǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Runsǁ__init____mutmut['xǁ_Runsǁ__init____mutmut_5'] = _Runs.xǁ_Runsǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Runsǁ__init____mutmut['xǁ_Runsǁ__init____mutmut_6'] = _Runs.xǁ_Runsǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Runsǁ__init____mutmut['xǁ_Runsǁ__init____mutmut_7'] = _Runs.xǁ_Runsǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Runsǁ__init____mutmut['xǁ_Runsǁ__init____mutmut_8'] = _Runs.xǁ_Runsǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Runsǁ__init____mutmut['xǁ_Runsǁ__init____mutmut_9'] = _Runs.xǁ_Runsǁ__init____mutmut_9 # type: ignore # mutmut generated

mutants_xǁ_Runsǁstack__mutmut['_mutmut_orig'] = _Runs.xǁ_Runsǁstack__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Runsǁstack__mutmut['xǁ_Runsǁstack__mutmut_1'] = _Runs.xǁ_Runsǁstack__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Runsǁstack__mutmut['xǁ_Runsǁstack__mutmut_2'] = _Runs.xǁ_Runsǁstack__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Runsǁstack__mutmut['xǁ_Runsǁstack__mutmut_3'] = _Runs.xǁ_Runsǁstack__mutmut_3 # type: ignore # mutmut generated

mutants_xǁ_Runsǁcommon_seeds__mutmut['_mutmut_orig'] = _Runs.xǁ_Runsǁcommon_seeds__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Runsǁcommon_seeds__mutmut['xǁ_Runsǁcommon_seeds__mutmut_1'] = _Runs.xǁ_Runsǁcommon_seeds__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Runsǁcommon_seeds__mutmut['xǁ_Runsǁcommon_seeds__mutmut_2'] = _Runs.xǁ_Runsǁcommon_seeds__mutmut_2 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__recipe_rows__mutmut)
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
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_orig(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_1(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = None
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_2(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(None)
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_3(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = None
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_4(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(None, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_5(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, None)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_6(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_7(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, )
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_8(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = None
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_9(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=None)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_10(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=1)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_11(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = None
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_12(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(None):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_13(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = None
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_14(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(None)
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_15(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[1]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_16(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append(None)
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_17(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "XXn_rowsXX", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_18(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "N_ROWS", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_19(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(None):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_20(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = None
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_21(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(None, level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_22(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], None)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_23(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_24(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], )
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_25(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = None
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_26(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(None)
            rows.append((recipe, subset, metric, len(seeds), float(point[:, i, j].mean()), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__recipe_rows__mutmut_27(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append(None)
    return rows


def x__recipe_rows__mutmut_28(runs: _Runs, recipe: str, level: float) -> list[tuple]:
    """Mean, spread and interval of the seed mean of every metric of one recipe."""
    seeds = sorted(runs.by_recipe[recipe])
    point, draws = runs.stack(recipe, seeds)
    mean_draws = draws.mean(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        n_rows = float(runs.by_recipe[recipe][seeds[0]].n_rows[i])
        rows.append((recipe, subset, "n_rows", len(seeds), n_rows, np.nan, n_rows, n_rows, n_rows, n_rows, np.nan, np.nan))
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(mean_draws[:, i, j], level)
            sd, lo, hi = _spread(point[:, i, j])
            rows.append((recipe, subset, metric, len(seeds), float(None), sd, lo, hi, low, high, np.nan, np.nan))
    return rows

mutants_x__recipe_rows__mutmut['_mutmut_orig'] = x__recipe_rows__mutmut_orig # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_1'] = x__recipe_rows__mutmut_1 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_2'] = x__recipe_rows__mutmut_2 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_3'] = x__recipe_rows__mutmut_3 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_4'] = x__recipe_rows__mutmut_4 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_5'] = x__recipe_rows__mutmut_5 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_6'] = x__recipe_rows__mutmut_6 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_7'] = x__recipe_rows__mutmut_7 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_8'] = x__recipe_rows__mutmut_8 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_9'] = x__recipe_rows__mutmut_9 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_10'] = x__recipe_rows__mutmut_10 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_11'] = x__recipe_rows__mutmut_11 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_12'] = x__recipe_rows__mutmut_12 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_13'] = x__recipe_rows__mutmut_13 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_14'] = x__recipe_rows__mutmut_14 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_15'] = x__recipe_rows__mutmut_15 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_16'] = x__recipe_rows__mutmut_16 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_17'] = x__recipe_rows__mutmut_17 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_18'] = x__recipe_rows__mutmut_18 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_19'] = x__recipe_rows__mutmut_19 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_20'] = x__recipe_rows__mutmut_20 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_21'] = x__recipe_rows__mutmut_21 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_22'] = x__recipe_rows__mutmut_22 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_23'] = x__recipe_rows__mutmut_23 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_24'] = x__recipe_rows__mutmut_24 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_25'] = x__recipe_rows__mutmut_25 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_26'] = x__recipe_rows__mutmut_26 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_27'] = x__recipe_rows__mutmut_27 # type: ignore # mutmut generated
mutants_x__recipe_rows__mutmut['x__recipe_rows__mutmut_28'] = x__recipe_rows__mutmut_28 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__difference_rows__mutmut)
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_orig(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_1(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = None
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_2(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(None, reference)
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_3(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, None)
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_4(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(reference)
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_5(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, )
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_6(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if seeds:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_7(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = None
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_8(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(None, seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_9(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, None)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_10(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_11(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, )
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_12(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = None
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_13(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(None, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_14(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, None)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_15(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_16(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, )
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_17(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = None
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_18(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point + base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_19(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=None)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_20(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws + base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_21(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=1)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_22(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = None
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_23(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) + diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_24(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=None) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_25(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=1) - diff.min(axis=0)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_26(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=None)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_27(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
    """recipe minus reference, paired by seed and resample, with its noise floor and mark."""
    seeds = runs.common_seeds(recipe, reference)
    if not seeds:
        return []
    point, draws = runs.stack(recipe, seeds)
    base_point, base_draws = runs.stack(reference, seeds)
    diff, diff_draws = point - base_point, (draws - base_draws).mean(axis=0)
    # The seed-to-seed spread of the paired differences themselves: a difference that every seed
    # agrees on has a small spread even when both recipes move a lot between seeds.
    floor = diff.max(axis=0) - diff.min(axis=1)
    rows = []
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_28(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
    rows = None
    for i, subset in enumerate(runs.subsets):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_29(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
    for i, subset in enumerate(None):
        for j, metric in enumerate(runs.metrics):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_30(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
        for j, metric in enumerate(None):
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_31(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = None
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_32(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(None, level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_33(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], None)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_34(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_35(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], )
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_36(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = None
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_37(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(None)
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_38(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = None
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_39(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(None)
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_40(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = None
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_41(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if (len(seeds) > 1 and np.isfinite(mean)) and False else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_42(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if (len(seeds) > 1 and np.isfinite(mean)) or True else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_43(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float(None) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_44(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) or abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_45(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 and high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_46(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low >= 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_47(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 1 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_48(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high <= 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_49(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 1) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_50(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(None) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_51(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) >= floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_52(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 or np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_53(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) >= 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_54(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 2 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_55(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(None) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_56(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = None
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(floor[i, j]), exceeds))
    return rows


def x__difference_rows__mutmut_57(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append(None)
    return rows


def x__difference_rows__mutmut_58(runs: _Runs, recipe: str, reference: str, level: float) -> list[tuple]:
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
            low, high = percentile_interval(diff_draws[:, i, j], level)
            mean = float(diff[:, i, j].mean())
            sd, lo, hi = _spread(diff[:, i, j])
            exceeds = float((low > 0 or high < 0) and abs(mean) > floor[i, j]) if len(seeds) > 1 and np.isfinite(mean) else np.nan
            name = f"{metric}_diff_vs_{reference}"
            rows.append((recipe, subset, name, len(seeds), mean, sd, lo, hi, low, high, float(None), exceeds))
    return rows

mutants_x__difference_rows__mutmut['_mutmut_orig'] = x__difference_rows__mutmut_orig # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_1'] = x__difference_rows__mutmut_1 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_2'] = x__difference_rows__mutmut_2 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_3'] = x__difference_rows__mutmut_3 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_4'] = x__difference_rows__mutmut_4 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_5'] = x__difference_rows__mutmut_5 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_6'] = x__difference_rows__mutmut_6 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_7'] = x__difference_rows__mutmut_7 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_8'] = x__difference_rows__mutmut_8 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_9'] = x__difference_rows__mutmut_9 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_10'] = x__difference_rows__mutmut_10 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_11'] = x__difference_rows__mutmut_11 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_12'] = x__difference_rows__mutmut_12 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_13'] = x__difference_rows__mutmut_13 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_14'] = x__difference_rows__mutmut_14 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_15'] = x__difference_rows__mutmut_15 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_16'] = x__difference_rows__mutmut_16 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_17'] = x__difference_rows__mutmut_17 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_18'] = x__difference_rows__mutmut_18 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_19'] = x__difference_rows__mutmut_19 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_20'] = x__difference_rows__mutmut_20 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_21'] = x__difference_rows__mutmut_21 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_22'] = x__difference_rows__mutmut_22 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_23'] = x__difference_rows__mutmut_23 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_24'] = x__difference_rows__mutmut_24 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_25'] = x__difference_rows__mutmut_25 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_26'] = x__difference_rows__mutmut_26 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_27'] = x__difference_rows__mutmut_27 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_28'] = x__difference_rows__mutmut_28 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_29'] = x__difference_rows__mutmut_29 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_30'] = x__difference_rows__mutmut_30 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_31'] = x__difference_rows__mutmut_31 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_32'] = x__difference_rows__mutmut_32 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_33'] = x__difference_rows__mutmut_33 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_34'] = x__difference_rows__mutmut_34 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_35'] = x__difference_rows__mutmut_35 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_36'] = x__difference_rows__mutmut_36 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_37'] = x__difference_rows__mutmut_37 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_38'] = x__difference_rows__mutmut_38 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_39'] = x__difference_rows__mutmut_39 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_40'] = x__difference_rows__mutmut_40 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_41'] = x__difference_rows__mutmut_41 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_42'] = x__difference_rows__mutmut_42 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_43'] = x__difference_rows__mutmut_43 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_44'] = x__difference_rows__mutmut_44 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_45'] = x__difference_rows__mutmut_45 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_46'] = x__difference_rows__mutmut_46 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_47'] = x__difference_rows__mutmut_47 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_48'] = x__difference_rows__mutmut_48 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_49'] = x__difference_rows__mutmut_49 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_50'] = x__difference_rows__mutmut_50 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_51'] = x__difference_rows__mutmut_51 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_52'] = x__difference_rows__mutmut_52 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_53'] = x__difference_rows__mutmut_53 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_54'] = x__difference_rows__mutmut_54 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_55'] = x__difference_rows__mutmut_55 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_56'] = x__difference_rows__mutmut_56 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_57'] = x__difference_rows__mutmut_57 # type: ignore # mutmut generated
mutants_x__difference_rows__mutmut['x__difference_rows__mutmut_58'] = x__difference_rows__mutmut_58 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__ratio_rows__mutmut)
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
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_orig(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_1(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = None
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
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_2(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = None
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
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_3(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(None, seeds) for r in headline)
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
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_4(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, None) for r in headline)
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
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_5(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(seeds) for r in headline)
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
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_6(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, ) for r in headline)
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
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_7(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = None
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_8(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index(None)
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_9(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.rindex("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_10(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("XXeceXX")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_11(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ECE")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_12(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = None
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_13(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(None):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_14(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid=None, divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_15(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide=None):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_16(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_17(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", ):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_18(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="XXignoreXX", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_19(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="IGNORE", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_20(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="XXignoreXX"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_21(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="IGNORE"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_22(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = None
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_23(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) * (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_24(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] + post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_25(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] + kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_26(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = None
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_27(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) * (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_28(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() + post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_29(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() + kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=0) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_30(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = None
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_31(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=None) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_32(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
    """The headline ratio of the seed means, its interval and the spread of the per-seed ratios."""
    seeds = runs.common_seeds(*headline)
    (van, van_d), (post, post_d), (kd, kd_d) = (runs.stack(r, seeds) for r in headline)
    j = runs.metrics.index("ece")
    rows = []
    for i, subset in enumerate(runs.subsets):
        with np.errstate(invalid="ignore", divide="ignore"):
            per_seed = (van[:, i, j] - post[:, i, j]) / (van[:, i, j] - kd[:, i, j])
            value = (van[:, i, j].mean() - post[:, i, j].mean()) / (van[:, i, j].mean() - kd[:, i, j].mean())
            van_m, post_m, kd_m = (d[:, :, i, j].mean(axis=1) for d in (van_d, post_d, kd_d))
            draws = (van_m - post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_33(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
            draws = None
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_34(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
            draws = (van_m - post_m) * (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_35(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
            draws = (van_m + post_m) / (van_m - kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_36(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
            draws = (van_m - post_m) / (van_m + kd_m)
        low, high = percentile_interval(draws, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_37(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
        low, high = None
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_38(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
        low, high = percentile_interval(None, level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_39(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
        low, high = percentile_interval(draws, None)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_40(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
        low, high = percentile_interval(level)
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_41(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
        low, high = percentile_interval(draws, )
        sd, lo, hi = _spread(per_seed)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_42(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
        sd, lo, hi = None
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_43(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
        sd, lo, hi = _spread(None)
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_44(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
        name = None
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_45(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
        name = f"{headline[2]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_46(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
        name = f"{headline[1]}_vs_{headline[3]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(value), sd, lo, hi, low, high, np.nan, np.nan))
    return rows


def x__ratio_rows__mutmut_47(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append(None)
    return rows


def x__ratio_rows__mutmut_48(runs: _Runs, headline: Sequence[str], level: float) -> list[tuple]:
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
        name = f"{headline[1]}_vs_{headline[2]}"
        rows.append((name, subset, RATIO_METRIC, len(seeds), float(None), sd, lo, hi, low, high, np.nan, np.nan))
    return rows

mutants_x__ratio_rows__mutmut['_mutmut_orig'] = x__ratio_rows__mutmut_orig # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_1'] = x__ratio_rows__mutmut_1 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_2'] = x__ratio_rows__mutmut_2 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_3'] = x__ratio_rows__mutmut_3 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_4'] = x__ratio_rows__mutmut_4 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_5'] = x__ratio_rows__mutmut_5 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_6'] = x__ratio_rows__mutmut_6 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_7'] = x__ratio_rows__mutmut_7 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_8'] = x__ratio_rows__mutmut_8 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_9'] = x__ratio_rows__mutmut_9 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_10'] = x__ratio_rows__mutmut_10 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_11'] = x__ratio_rows__mutmut_11 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_12'] = x__ratio_rows__mutmut_12 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_13'] = x__ratio_rows__mutmut_13 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_14'] = x__ratio_rows__mutmut_14 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_15'] = x__ratio_rows__mutmut_15 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_16'] = x__ratio_rows__mutmut_16 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_17'] = x__ratio_rows__mutmut_17 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_18'] = x__ratio_rows__mutmut_18 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_19'] = x__ratio_rows__mutmut_19 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_20'] = x__ratio_rows__mutmut_20 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_21'] = x__ratio_rows__mutmut_21 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_22'] = x__ratio_rows__mutmut_22 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_23'] = x__ratio_rows__mutmut_23 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_24'] = x__ratio_rows__mutmut_24 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_25'] = x__ratio_rows__mutmut_25 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_26'] = x__ratio_rows__mutmut_26 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_27'] = x__ratio_rows__mutmut_27 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_28'] = x__ratio_rows__mutmut_28 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_29'] = x__ratio_rows__mutmut_29 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_30'] = x__ratio_rows__mutmut_30 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_31'] = x__ratio_rows__mutmut_31 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_32'] = x__ratio_rows__mutmut_32 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_33'] = x__ratio_rows__mutmut_33 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_34'] = x__ratio_rows__mutmut_34 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_35'] = x__ratio_rows__mutmut_35 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_36'] = x__ratio_rows__mutmut_36 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_37'] = x__ratio_rows__mutmut_37 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_38'] = x__ratio_rows__mutmut_38 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_39'] = x__ratio_rows__mutmut_39 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_40'] = x__ratio_rows__mutmut_40 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_41'] = x__ratio_rows__mutmut_41 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_42'] = x__ratio_rows__mutmut_42 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_43'] = x__ratio_rows__mutmut_43 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_44'] = x__ratio_rows__mutmut_44 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_45'] = x__ratio_rows__mutmut_45 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_46'] = x__ratio_rows__mutmut_46 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_47'] = x__ratio_rows__mutmut_47 # type: ignore # mutmut generated
mutants_x__ratio_rows__mutmut['x__ratio_rows__mutmut_48'] = x__ratio_rows__mutmut_48 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_summarise_seeds__mutmut)
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


def x_summarise_seeds__mutmut_orig(
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


def x_summarise_seeds__mutmut_1(
    results: Mapping[str, ArmResult],
    recipe_of: Mapping[str, Sequence],
    baseline: str,
    headline: Sequence[str] | None = None,
    level: float = 1.95,
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


def x_summarise_seeds__mutmut_2(
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
    runs = None
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


def x_summarise_seeds__mutmut_3(
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
    runs = _Runs(None, recipe_of)
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


def x_summarise_seeds__mutmut_4(
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
    runs = _Runs(results, None)
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


def x_summarise_seeds__mutmut_5(
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
    runs = _Runs(recipe_of)
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


def x_summarise_seeds__mutmut_6(
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
    runs = _Runs(results, )
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


def x_summarise_seeds__mutmut_7(
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
    rows = None
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


def x_summarise_seeds__mutmut_8(
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
        rows = _recipe_rows(runs, recipe, level)
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


def x_summarise_seeds__mutmut_9(
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
        rows -= _recipe_rows(runs, recipe, level)
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


def x_summarise_seeds__mutmut_10(
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
        rows += _recipe_rows(None, recipe, level)
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


def x_summarise_seeds__mutmut_11(
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
        rows += _recipe_rows(runs, None, level)
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


def x_summarise_seeds__mutmut_12(
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
        rows += _recipe_rows(runs, recipe, None)
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


def x_summarise_seeds__mutmut_13(
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
        rows += _recipe_rows(recipe, level)
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


def x_summarise_seeds__mutmut_14(
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
        rows += _recipe_rows(runs, level)
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


def x_summarise_seeds__mutmut_15(
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
        rows += _recipe_rows(runs, recipe, )
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


def x_summarise_seeds__mutmut_16(
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
    for reference in dict.fromkeys(None):
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


def x_summarise_seeds__mutmut_17(
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
        if reference not in runs.by_recipe:
            rows += [
                row
                for recipe in runs.by_recipe
                if recipe != reference
                for row in _difference_rows(runs, recipe, reference, level)
            ]
    if headline is not None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_18(
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
            rows = [
                row
                for recipe in runs.by_recipe
                if recipe != reference
                for row in _difference_rows(runs, recipe, reference, level)
            ]
    if headline is not None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_19(
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
            rows -= [
                row
                for recipe in runs.by_recipe
                if recipe != reference
                for row in _difference_rows(runs, recipe, reference, level)
            ]
    if headline is not None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_20(
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
                if recipe == reference
                for row in _difference_rows(runs, recipe, reference, level)
            ]
    if headline is not None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_21(
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
                for row in _difference_rows(None, recipe, reference, level)
            ]
    if headline is not None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_22(
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
                for row in _difference_rows(runs, None, reference, level)
            ]
    if headline is not None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_23(
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
                for row in _difference_rows(runs, recipe, None, level)
            ]
    if headline is not None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_24(
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
                for row in _difference_rows(runs, recipe, reference, None)
            ]
    if headline is not None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_25(
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
                for row in _difference_rows(recipe, reference, level)
            ]
    if headline is not None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_26(
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
                for row in _difference_rows(runs, reference, level)
            ]
    if headline is not None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_27(
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
                for row in _difference_rows(runs, recipe, level)
            ]
    if headline is not None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_28(
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
                for row in _difference_rows(runs, recipe, reference, )
            ]
    if headline is not None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_29(
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
    if headline is not None or all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_30(
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
    if headline is None and all(r in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_31(
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
    if headline is not None and all(None):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_32(
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
    if headline is not None and all(r not in runs.by_recipe for r in headline):
        rows += _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_33(
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
        rows = _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_34(
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
        rows -= _ratio_rows(runs, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_35(
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
        rows += _ratio_rows(None, headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_36(
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
        rows += _ratio_rows(runs, None, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_37(
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
        rows += _ratio_rows(runs, headline, None)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_38(
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
        rows += _ratio_rows(headline, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_39(
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
        rows += _ratio_rows(runs, level)
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_40(
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
        rows += _ratio_rows(runs, headline, )
    return pd.DataFrame(rows, columns=COLUMNS)


def x_summarise_seeds__mutmut_41(
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
    return pd.DataFrame(None, columns=COLUMNS)


def x_summarise_seeds__mutmut_42(
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
    return pd.DataFrame(rows, columns=None)


def x_summarise_seeds__mutmut_43(
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
    return pd.DataFrame(columns=COLUMNS)


def x_summarise_seeds__mutmut_44(
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
    return pd.DataFrame(rows, )

mutants_x_summarise_seeds__mutmut['_mutmut_orig'] = x_summarise_seeds__mutmut_orig # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_1'] = x_summarise_seeds__mutmut_1 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_2'] = x_summarise_seeds__mutmut_2 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_3'] = x_summarise_seeds__mutmut_3 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_4'] = x_summarise_seeds__mutmut_4 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_5'] = x_summarise_seeds__mutmut_5 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_6'] = x_summarise_seeds__mutmut_6 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_7'] = x_summarise_seeds__mutmut_7 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_8'] = x_summarise_seeds__mutmut_8 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_9'] = x_summarise_seeds__mutmut_9 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_10'] = x_summarise_seeds__mutmut_10 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_11'] = x_summarise_seeds__mutmut_11 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_12'] = x_summarise_seeds__mutmut_12 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_13'] = x_summarise_seeds__mutmut_13 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_14'] = x_summarise_seeds__mutmut_14 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_15'] = x_summarise_seeds__mutmut_15 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_16'] = x_summarise_seeds__mutmut_16 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_17'] = x_summarise_seeds__mutmut_17 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_18'] = x_summarise_seeds__mutmut_18 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_19'] = x_summarise_seeds__mutmut_19 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_20'] = x_summarise_seeds__mutmut_20 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_21'] = x_summarise_seeds__mutmut_21 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_22'] = x_summarise_seeds__mutmut_22 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_23'] = x_summarise_seeds__mutmut_23 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_24'] = x_summarise_seeds__mutmut_24 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_25'] = x_summarise_seeds__mutmut_25 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_26'] = x_summarise_seeds__mutmut_26 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_27'] = x_summarise_seeds__mutmut_27 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_28'] = x_summarise_seeds__mutmut_28 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_29'] = x_summarise_seeds__mutmut_29 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_30'] = x_summarise_seeds__mutmut_30 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_31'] = x_summarise_seeds__mutmut_31 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_32'] = x_summarise_seeds__mutmut_32 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_33'] = x_summarise_seeds__mutmut_33 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_34'] = x_summarise_seeds__mutmut_34 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_35'] = x_summarise_seeds__mutmut_35 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_36'] = x_summarise_seeds__mutmut_36 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_37'] = x_summarise_seeds__mutmut_37 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_38'] = x_summarise_seeds__mutmut_38 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_39'] = x_summarise_seeds__mutmut_39 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_40'] = x_summarise_seeds__mutmut_40 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_41'] = x_summarise_seeds__mutmut_41 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_42'] = x_summarise_seeds__mutmut_42 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_43'] = x_summarise_seeds__mutmut_43 # type: ignore # mutmut generated
mutants_x_summarise_seeds__mutmut['x_summarise_seeds__mutmut_44'] = x_summarise_seeds__mutmut_44 # type: ignore # mutmut generated
