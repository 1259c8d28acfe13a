"""Per-arm evaluation on the eval half, and the study's summary: intervals, paired differences
and the headline ratio.

The headline ratio compares how much of the vanilla student's ECE each remedy removes:

    ratio = (ECE[vanilla] - ECE[vanilla_ts]) / (ECE[vanilla] - ECE[kd])

(published: (0.1308 - 0.0263) / (0.1308 - 0.0546) = 137%). Its interval, like every difference
between arms, comes from the same bootstrap resamples of the eval rows for all arms (paired).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from kdcal.metrics import (
    METRICS,
    SUBSETS,
    bootstrap_interval,
    bootstrap_weights,
    consistency_floor,
    evaluate,
    percentile_interval,
)
from kdcal.predictions import Predictions, save_npz_atomic

RATIO_METRIC = "ece_gain_ratio"
# The headline ratio with other calibration errors in place of ECE: metric -> ratio's name.
RATIO_METRICS = {"ece": RATIO_METRIC, "ece_debiased": "ece_debiased_gain_ratio", "smece": "smece_gain_ratio"}
FLOOR_METRIC = "ece_floor"
# Interval method of a metric's own rows where it was measured to matter: the one whose coverage of
# the true value came closest to the nominal level on simulated models with a known calibration
# error (benchmarks/bench_interval_coverage.py; README, "Intervals"). Everything else, and every
# difference and ratio, uses the percentile interval.
INTERVAL_METHOD = {"ece": "basic", "ece_debiased": "percentile", "smece": "percentile"}
# Smallest possible value of each metric with a basic interval (the interval is cut there).
LOWEST = {"ece": 0.0}
# Fewest rows in a subset for which an interval is reported: with fewer, a bootstrap of a binned or
# ratio metric says more about the handful of rows than about the model, so ci_low / ci_high are
# NaN and the table says "too few rows" (the point estimate is still given).
MIN_INTERVAL_ROWS = 20


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁArmResultǁsave__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArmResultǁload__mutmut: MutantDict = {}  # type: ignore


@dataclass
class ArmResult:
    """point: (S, M) metric values; draws: (R, S, M) bootstrap values; n_rows: (S,) rows per subset;
    floor: (D, S) ECE of D perfectly calibrated replicas (``consistency_floor``), or empty (0, S)."""

    point: np.ndarray
    draws: np.ndarray
    n_rows: np.ndarray
    subsets: tuple[str, ...] = SUBSETS
    metrics: tuple[str, ...] = METRICS
    floor: np.ndarray = field(default_factory=lambda: np.zeros((0, len(SUBSETS))))

    @_mutmut_mutated(mutants_xǁArmResultǁsave__mutmut)
    def save(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_orig(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_1(self, path) -> None:
        save_npz_atomic(
            None,
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_2(self, path) -> None:
        save_npz_atomic(
            path,
            point=None,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_3(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=None,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_4(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            n_rows=None,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_5(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=None,
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_6(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=None,
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_7(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
            floor=None,
        )

    def xǁArmResultǁsave__mutmut_8(self, path) -> None:
        save_npz_atomic(
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_9(self, path) -> None:
        save_npz_atomic(
            path,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_10(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_11(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_12(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_13(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_14(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=np.array(self.metrics),
            )

    def xǁArmResultǁsave__mutmut_15(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(None),
            metrics=np.array(self.metrics),
            floor=self.floor,
        )

    def xǁArmResultǁsave__mutmut_16(self, path) -> None:
        save_npz_atomic(
            path,
            point=self.point,
            draws=self.draws,
            n_rows=self.n_rows,
            subsets=np.array(self.subsets),
            metrics=np.array(None),
            floor=self.floor,
        )

    @classmethod
    @_mutmut_mutated(mutants_xǁArmResultǁload__mutmut, is_classmethod = True)
    def load(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_orig(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_1(cls, path) -> ArmResult:
        with np.load(None) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_2(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = None
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_3(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if ("floor" in data.files) and False else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_4(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if ("floor" in data.files) or True else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_5(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["XXfloorXX"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_6(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["FLOOR"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_7(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "XXfloorXX" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_8(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "FLOOR" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_9(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" not in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_10(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros(None)
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_11(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((1, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_12(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(None, data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_13(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], None, data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_14(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], None, tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_15(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], None, tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_16(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), None, floor)

    @classmethod
    def xǁArmResultǁload__mutmut_17(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), None)

    @classmethod
    def xǁArmResultǁload__mutmut_18(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_19(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_20(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_21(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_22(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_23(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), )

    @classmethod
    def xǁArmResultǁload__mutmut_24(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["XXpointXX"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_25(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["POINT"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_26(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["XXdrawsXX"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_27(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["DRAWS"], data["n_rows"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_28(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["XXn_rowsXX"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_29(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["N_ROWS"], tuple(data["subsets"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_30(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(None), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_31(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["XXsubsetsXX"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_32(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["SUBSETS"]), tuple(data["metrics"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_33(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(None), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_34(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["XXmetricsXX"]), floor)

    @classmethod
    def xǁArmResultǁload__mutmut_35(cls, path) -> ArmResult:
        with np.load(path) as data:  # np.load refuses pickled objects by default
            floor = data["floor"] if "floor" in data.files else np.zeros((0, len(data["subsets"])))
            return cls(data["point"], data["draws"], data["n_rows"], tuple(data["subsets"]), tuple(data["METRICS"]), floor)

mutants_xǁArmResultǁsave__mutmut['_mutmut_orig'] = ArmResult.xǁArmResultǁsave__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_1'] = ArmResult.xǁArmResultǁsave__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_2'] = ArmResult.xǁArmResultǁsave__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_3'] = ArmResult.xǁArmResultǁsave__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_4'] = ArmResult.xǁArmResultǁsave__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_5'] = ArmResult.xǁArmResultǁsave__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_6'] = ArmResult.xǁArmResultǁsave__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_7'] = ArmResult.xǁArmResultǁsave__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_8'] = ArmResult.xǁArmResultǁsave__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_9'] = ArmResult.xǁArmResultǁsave__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_10'] = ArmResult.xǁArmResultǁsave__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_11'] = ArmResult.xǁArmResultǁsave__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_12'] = ArmResult.xǁArmResultǁsave__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_13'] = ArmResult.xǁArmResultǁsave__mutmut_13 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_14'] = ArmResult.xǁArmResultǁsave__mutmut_14 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_15'] = ArmResult.xǁArmResultǁsave__mutmut_15 # type: ignore # mutmut generated
mutants_xǁArmResultǁsave__mutmut['xǁArmResultǁsave__mutmut_16'] = ArmResult.xǁArmResultǁsave__mutmut_16 # type: ignore # mutmut generated

mutants_xǁArmResultǁload__mutmut['_mutmut_orig'] = ArmResult.xǁArmResultǁload__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_1'] = ArmResult.xǁArmResultǁload__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_2'] = ArmResult.xǁArmResultǁload__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_3'] = ArmResult.xǁArmResultǁload__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_4'] = ArmResult.xǁArmResultǁload__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_5'] = ArmResult.xǁArmResultǁload__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_6'] = ArmResult.xǁArmResultǁload__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_7'] = ArmResult.xǁArmResultǁload__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_8'] = ArmResult.xǁArmResultǁload__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_9'] = ArmResult.xǁArmResultǁload__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_10'] = ArmResult.xǁArmResultǁload__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_11'] = ArmResult.xǁArmResultǁload__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_12'] = ArmResult.xǁArmResultǁload__mutmut_12 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_13'] = ArmResult.xǁArmResultǁload__mutmut_13 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_14'] = ArmResult.xǁArmResultǁload__mutmut_14 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_15'] = ArmResult.xǁArmResultǁload__mutmut_15 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_16'] = ArmResult.xǁArmResultǁload__mutmut_16 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_17'] = ArmResult.xǁArmResultǁload__mutmut_17 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_18'] = ArmResult.xǁArmResultǁload__mutmut_18 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_19'] = ArmResult.xǁArmResultǁload__mutmut_19 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_20'] = ArmResult.xǁArmResultǁload__mutmut_20 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_21'] = ArmResult.xǁArmResultǁload__mutmut_21 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_22'] = ArmResult.xǁArmResultǁload__mutmut_22 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_23'] = ArmResult.xǁArmResultǁload__mutmut_23 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_24'] = ArmResult.xǁArmResultǁload__mutmut_24 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_25'] = ArmResult.xǁArmResultǁload__mutmut_25 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_26'] = ArmResult.xǁArmResultǁload__mutmut_26 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_27'] = ArmResult.xǁArmResultǁload__mutmut_27 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_28'] = ArmResult.xǁArmResultǁload__mutmut_28 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_29'] = ArmResult.xǁArmResultǁload__mutmut_29 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_30'] = ArmResult.xǁArmResultǁload__mutmut_30 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_31'] = ArmResult.xǁArmResultǁload__mutmut_31 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_32'] = ArmResult.xǁArmResultǁload__mutmut_32 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_33'] = ArmResult.xǁArmResultǁload__mutmut_33 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_34'] = ArmResult.xǁArmResultǁload__mutmut_34 # type: ignore # mutmut generated
mutants_xǁArmResultǁload__mutmut['xǁArmResultǁload__mutmut_35'] = ArmResult.xǁArmResultǁload__mutmut_35 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_evaluate_arm__mutmut)
def evaluate_arm(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_orig(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_1(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 1,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_2(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = None
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_3(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(None)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_4(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = None
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_5(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(None)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_6(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = None
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_7(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(None)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_8(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is not None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_9(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = None
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_10(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(None): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_11(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(None) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_12(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(None, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_13(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, None)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_14(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_15(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, )}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_16(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = None
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_17(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack(None)
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_18(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(None), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_19(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(None, n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_20(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), None, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_21(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, None)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_22(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_23(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_24(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, )])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_25(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = None
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_26(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(None, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_27(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, None, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_28(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, None, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_29(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, None, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_30(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, None, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_31(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, None)
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_32(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_33(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_34(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_35(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_36(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_37(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, )
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_38(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(None))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_39(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = None  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_40(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack(None, axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_41(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=None)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_42(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack(axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_43(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], )  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_44(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack(None, axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_45(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=None) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_46(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack(axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_47(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], ) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_48(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=2) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_49(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=2)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_50(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = None
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_51(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[1], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_52(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[2:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_53(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = None
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_54(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array(None)
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_55(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if (s == "all") and False else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_56(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if (s == "all") or True else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_57(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s != "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_58(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "XXallXX" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_59(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "ALL" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_60(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int(None) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_61(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers != s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_62(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = None  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_63(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(None, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_64(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, None, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_65(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, None, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_66(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, None, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_67(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, None)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_68(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_69(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_70(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_71(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_72(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, )  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_73(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(None, draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_74(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, None, n_rows, floor=floor)


def x_evaluate_arm__mutmut_75(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, None, floor=floor)


def x_evaluate_arm__mutmut_76(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, floor=None)


def x_evaluate_arm__mutmut_77(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(draws, n_rows, floor=floor)


def x_evaluate_arm__mutmut_78(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, n_rows, floor=floor)


def x_evaluate_arm__mutmut_79(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, floor=floor)


def x_evaluate_arm__mutmut_80(
    predictions: Predictions,
    positions: np.ndarray,
    n_bins: int,
    n_resamples: int,
    seed: int,
    tier_of_class: Mapping[int, str] | None = None,
    floor_draws: int = 0,
) -> ArmResult:
    """Metrics of one arm on the rows at ``positions`` (the eval half), with bootstrap draws and
    ``floor_draws`` consistency draws of the ECE floor (seeded with ``seed``).

    The resamples depend only on (len(positions), n_resamples, seed), so arms evaluated with the
    same arguments are paired.
    """
    logits = np.asarray(predictions.logits)[positions]
    labels = np.asarray(predictions.labels)[positions]
    tiers = np.asarray(predictions.tiers)[positions]
    if tier_of_class is None:
        tier_of_class = {int(c): str(t) for c, t in zip(predictions.labels, predictions.tiers)}
    # One pass: row 0 of the weights is the point estimate (every row once), the others are the resamples.
    weights = np.vstack([np.ones(len(positions)), bootstrap_weights(len(positions), n_resamples, seed)])
    values = evaluate(logits, labels, tiers, weights, n_bins, dict(tier_of_class))
    both = np.stack([np.stack([values[(s, m)] for m in METRICS], axis=1) for s in SUBSETS], axis=1)  # (1 + R, S, M)
    point, draws = both[0], both[1:]
    n_rows = np.array([len(tiers) if s == "all" else int((tiers == s).sum()) for s in SUBSETS])
    floor = consistency_floor(logits, tiers, n_bins, floor_draws, seed)  # (0, S) for no draws
    return ArmResult(point, draws, n_rows, )

mutants_x_evaluate_arm__mutmut['_mutmut_orig'] = x_evaluate_arm__mutmut_orig # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_1'] = x_evaluate_arm__mutmut_1 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_2'] = x_evaluate_arm__mutmut_2 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_3'] = x_evaluate_arm__mutmut_3 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_4'] = x_evaluate_arm__mutmut_4 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_5'] = x_evaluate_arm__mutmut_5 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_6'] = x_evaluate_arm__mutmut_6 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_7'] = x_evaluate_arm__mutmut_7 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_8'] = x_evaluate_arm__mutmut_8 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_9'] = x_evaluate_arm__mutmut_9 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_10'] = x_evaluate_arm__mutmut_10 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_11'] = x_evaluate_arm__mutmut_11 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_12'] = x_evaluate_arm__mutmut_12 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_13'] = x_evaluate_arm__mutmut_13 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_14'] = x_evaluate_arm__mutmut_14 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_15'] = x_evaluate_arm__mutmut_15 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_16'] = x_evaluate_arm__mutmut_16 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_17'] = x_evaluate_arm__mutmut_17 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_18'] = x_evaluate_arm__mutmut_18 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_19'] = x_evaluate_arm__mutmut_19 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_20'] = x_evaluate_arm__mutmut_20 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_21'] = x_evaluate_arm__mutmut_21 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_22'] = x_evaluate_arm__mutmut_22 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_23'] = x_evaluate_arm__mutmut_23 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_24'] = x_evaluate_arm__mutmut_24 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_25'] = x_evaluate_arm__mutmut_25 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_26'] = x_evaluate_arm__mutmut_26 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_27'] = x_evaluate_arm__mutmut_27 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_28'] = x_evaluate_arm__mutmut_28 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_29'] = x_evaluate_arm__mutmut_29 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_30'] = x_evaluate_arm__mutmut_30 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_31'] = x_evaluate_arm__mutmut_31 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_32'] = x_evaluate_arm__mutmut_32 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_33'] = x_evaluate_arm__mutmut_33 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_34'] = x_evaluate_arm__mutmut_34 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_35'] = x_evaluate_arm__mutmut_35 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_36'] = x_evaluate_arm__mutmut_36 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_37'] = x_evaluate_arm__mutmut_37 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_38'] = x_evaluate_arm__mutmut_38 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_39'] = x_evaluate_arm__mutmut_39 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_40'] = x_evaluate_arm__mutmut_40 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_41'] = x_evaluate_arm__mutmut_41 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_42'] = x_evaluate_arm__mutmut_42 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_43'] = x_evaluate_arm__mutmut_43 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_44'] = x_evaluate_arm__mutmut_44 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_45'] = x_evaluate_arm__mutmut_45 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_46'] = x_evaluate_arm__mutmut_46 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_47'] = x_evaluate_arm__mutmut_47 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_48'] = x_evaluate_arm__mutmut_48 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_49'] = x_evaluate_arm__mutmut_49 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_50'] = x_evaluate_arm__mutmut_50 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_51'] = x_evaluate_arm__mutmut_51 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_52'] = x_evaluate_arm__mutmut_52 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_53'] = x_evaluate_arm__mutmut_53 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_54'] = x_evaluate_arm__mutmut_54 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_55'] = x_evaluate_arm__mutmut_55 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_56'] = x_evaluate_arm__mutmut_56 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_57'] = x_evaluate_arm__mutmut_57 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_58'] = x_evaluate_arm__mutmut_58 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_59'] = x_evaluate_arm__mutmut_59 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_60'] = x_evaluate_arm__mutmut_60 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_61'] = x_evaluate_arm__mutmut_61 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_62'] = x_evaluate_arm__mutmut_62 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_63'] = x_evaluate_arm__mutmut_63 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_64'] = x_evaluate_arm__mutmut_64 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_65'] = x_evaluate_arm__mutmut_65 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_66'] = x_evaluate_arm__mutmut_66 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_67'] = x_evaluate_arm__mutmut_67 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_68'] = x_evaluate_arm__mutmut_68 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_69'] = x_evaluate_arm__mutmut_69 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_70'] = x_evaluate_arm__mutmut_70 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_71'] = x_evaluate_arm__mutmut_71 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_72'] = x_evaluate_arm__mutmut_72 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_73'] = x_evaluate_arm__mutmut_73 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_74'] = x_evaluate_arm__mutmut_74 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_75'] = x_evaluate_arm__mutmut_75 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_76'] = x_evaluate_arm__mutmut_76 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_77'] = x_evaluate_arm__mutmut_77 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_78'] = x_evaluate_arm__mutmut_78 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_79'] = x_evaluate_arm__mutmut_79 # type: ignore # mutmut generated
mutants_x_evaluate_arm__mutmut['x_evaluate_arm__mutmut_80'] = x_evaluate_arm__mutmut_80 # type: ignore # mutmut generated
mutants_x_summarise__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_summarise__mutmut)
def summarise(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_orig(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_1(
    results: Mapping[str, ArmResult],
    baseline: str | None = "XXvanillaXX",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_2(
    results: Mapping[str, ArmResult],
    baseline: str | None = "VANILLA",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_3(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 1.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_4(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = None

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_5(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows <= MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_6(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = None
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_7(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(None, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_8(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, None)
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_9(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get("percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_10(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, )
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_11(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "XXpercentileXX")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_12(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "PERCENTILE")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_13(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method != "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_14(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "XXpercentileXX":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_15(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "PERCENTILE":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_16(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(None, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_17(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, None)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_18(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_19(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, )
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_20(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(None, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_21(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, None, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_22(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, None, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_23(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, None, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_24(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, None)

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_25(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_26(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_27(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_28(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_29(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, )

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_30(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(None):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_31(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append(None)
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_32(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "XXn_rowsXX", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_33(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "N_ROWS", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_34(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(None), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_35(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(None), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_36(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(None)))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_37(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(None):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_38(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = None
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_39(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(None, res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_40(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], None, metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_41(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], None, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_42(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, None)
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_43(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_44(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_45(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_46(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, )
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_47(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append(None)
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_48(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = None
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_49(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = None
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_50(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if (np.isfinite(floor).any()) and False else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_51(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if (np.isfinite(floor).any()) or True else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_52(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(None) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_53(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(None)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_54(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(None).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_55(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append(None)
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_56(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(None, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_57(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, None)))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_58(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_59(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, )))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_60(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline not in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_61(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = None
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_62(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm != baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_63(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                break
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_64(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(None):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_65(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(None):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_66(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = None
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_67(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(None, res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_68(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], None)
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_69(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_70(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], )
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_71(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] + base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_72(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append(None)
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_73(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] + base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_74(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None or all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_75(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_76(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(None):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_77(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a not in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_78(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = None
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_79(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_80(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                break
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_81(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = None
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_82(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(None)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_83(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.rindex(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_84(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(None):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_85(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid=None, divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_86(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide=None):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_87(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_88(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", ):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_89(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="XXignoreXX", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_90(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="IGNORE", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_91(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="XXignoreXX"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_92(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="IGNORE"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_93(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = None
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_94(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) * (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_95(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] + post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_96(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] + kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_97(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = None
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_98(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) * (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_99(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] + post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_100(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] + kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_101(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append(None)
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_102(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[2]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_103(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[3]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_104(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(None, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_105(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, None)))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_106(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_107(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, )))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_108(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(None, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_109(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=None)


def x_summarise__mutmut_110(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_111(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, )


def x_summarise__mutmut_112(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["XXarmXX", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_113(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["ARM", "subset", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_114(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "XXsubsetXX", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_115(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "SUBSET", "metric", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_116(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "XXmetricXX", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_117(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "METRIC", "value", "ci_low", "ci_high"])


def x_summarise__mutmut_118(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "XXvalueXX", "ci_low", "ci_high"])


def x_summarise__mutmut_119(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "VALUE", "ci_low", "ci_high"])


def x_summarise__mutmut_120(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "XXci_lowXX", "ci_high"])


def x_summarise__mutmut_121(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "CI_LOW", "ci_high"])


def x_summarise__mutmut_122(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "XXci_highXX"])


def x_summarise__mutmut_123(
    results: Mapping[str, ArmResult],
    baseline: str | None = "vanilla",
    headline: Sequence[str] | None = ("vanilla", "vanilla_ts", "kd"),
    level: float = 0.95,
) -> pd.DataFrame:
    """Long table ``arm, subset, metric, value, ci_low, ci_high``.

    Rows: every arm x subset x metric (interval by ``INTERVAL_METHOD``; NaN below
    ``MIN_INTERVAL_ROWS`` rows), and ``ece_floor`` (value: mean ECE of the perfectly
    calibrated replicas; ci_low / ci_high: their quantiles at ``level``); then
    ``<metric>_diff_vs_<baseline>`` (arm minus baseline, paired interval) for every other arm; then,
    when the three headline arms (baseline, post-hoc, distilled) are present, ``ece_gain_ratio``,
    ``ece_debiased_gain_ratio`` and ``smece_gain_ratio`` under arm ``<posthoc>_vs_<distilled>``.
    """
    rows = []

    def interval(draws, n_rows, metric=None, point=np.nan):
        """The percentile interval of ``draws``, or a metric's own interval around its ``point``
        (``INTERVAL_METHOD``, cut at ``LOWEST``); NaN with fewer than MIN_INTERVAL_ROWS rows."""
        if n_rows < MIN_INTERVAL_ROWS:
            return np.nan, np.nan
        method = INTERVAL_METHOD.get(metric, "percentile")
        if method == "percentile":
            return percentile_interval(draws, level)
        return bootstrap_interval(point, draws, level, method, LOWEST[metric])

    for arm, res in results.items():
        for i, subset in enumerate(res.subsets):
            rows.append((arm, subset, "n_rows", float(res.n_rows[i]), float(res.n_rows[i]), float(res.n_rows[i])))
            for j, metric in enumerate(res.metrics):
                low, high = interval(res.draws[:, i, j], res.n_rows[i], metric, res.point[i, j])
                rows.append((arm, subset, metric, res.point[i, j], low, high))
            if len(res.floor):
                floor = res.floor[:, i]
                mean = float(np.nanmean(floor)) if np.isfinite(floor).any() else np.nan
                rows.append((arm, subset, FLOOR_METRIC, mean, *interval(floor, res.n_rows[i])))
    if baseline in results:
        base = results[baseline]
        for arm, res in results.items():
            if arm == baseline:
                continue
            for i, subset in enumerate(res.subsets):
                for j, metric in enumerate(res.metrics):
                    low, high = interval(res.draws[:, i, j] - base.draws[:, i, j], res.n_rows[i])
                    rows.append((arm, subset, f"{metric}_diff_vs_{baseline}", res.point[i, j] - base.point[i, j], low, high))
    if headline is not None and all(a in results for a in headline):
        van, post, kd = (results[a] for a in headline)
        for metric, ratio in RATIO_METRICS.items():
            if metric not in van.metrics:
                continue
            j = van.metrics.index(metric)
            for i, subset in enumerate(van.subsets):
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[i, j] - post.point[i, j]) / (van.point[i, j] - kd.point[i, j])
                    draws = (van.draws[:, i, j] - post.draws[:, i, j]) / (van.draws[:, i, j] - kd.draws[:, i, j])
                rows.append((f"{headline[1]}_vs_{headline[2]}", subset, ratio, point, *interval(draws, van.n_rows[i])))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "CI_HIGH"])

mutants_x_summarise__mutmut['_mutmut_orig'] = x_summarise__mutmut_orig # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_1'] = x_summarise__mutmut_1 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_2'] = x_summarise__mutmut_2 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_3'] = x_summarise__mutmut_3 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_4'] = x_summarise__mutmut_4 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_5'] = x_summarise__mutmut_5 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_6'] = x_summarise__mutmut_6 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_7'] = x_summarise__mutmut_7 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_8'] = x_summarise__mutmut_8 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_9'] = x_summarise__mutmut_9 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_10'] = x_summarise__mutmut_10 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_11'] = x_summarise__mutmut_11 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_12'] = x_summarise__mutmut_12 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_13'] = x_summarise__mutmut_13 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_14'] = x_summarise__mutmut_14 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_15'] = x_summarise__mutmut_15 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_16'] = x_summarise__mutmut_16 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_17'] = x_summarise__mutmut_17 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_18'] = x_summarise__mutmut_18 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_19'] = x_summarise__mutmut_19 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_20'] = x_summarise__mutmut_20 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_21'] = x_summarise__mutmut_21 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_22'] = x_summarise__mutmut_22 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_23'] = x_summarise__mutmut_23 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_24'] = x_summarise__mutmut_24 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_25'] = x_summarise__mutmut_25 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_26'] = x_summarise__mutmut_26 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_27'] = x_summarise__mutmut_27 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_28'] = x_summarise__mutmut_28 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_29'] = x_summarise__mutmut_29 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_30'] = x_summarise__mutmut_30 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_31'] = x_summarise__mutmut_31 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_32'] = x_summarise__mutmut_32 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_33'] = x_summarise__mutmut_33 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_34'] = x_summarise__mutmut_34 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_35'] = x_summarise__mutmut_35 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_36'] = x_summarise__mutmut_36 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_37'] = x_summarise__mutmut_37 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_38'] = x_summarise__mutmut_38 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_39'] = x_summarise__mutmut_39 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_40'] = x_summarise__mutmut_40 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_41'] = x_summarise__mutmut_41 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_42'] = x_summarise__mutmut_42 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_43'] = x_summarise__mutmut_43 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_44'] = x_summarise__mutmut_44 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_45'] = x_summarise__mutmut_45 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_46'] = x_summarise__mutmut_46 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_47'] = x_summarise__mutmut_47 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_48'] = x_summarise__mutmut_48 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_49'] = x_summarise__mutmut_49 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_50'] = x_summarise__mutmut_50 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_51'] = x_summarise__mutmut_51 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_52'] = x_summarise__mutmut_52 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_53'] = x_summarise__mutmut_53 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_54'] = x_summarise__mutmut_54 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_55'] = x_summarise__mutmut_55 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_56'] = x_summarise__mutmut_56 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_57'] = x_summarise__mutmut_57 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_58'] = x_summarise__mutmut_58 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_59'] = x_summarise__mutmut_59 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_60'] = x_summarise__mutmut_60 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_61'] = x_summarise__mutmut_61 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_62'] = x_summarise__mutmut_62 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_63'] = x_summarise__mutmut_63 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_64'] = x_summarise__mutmut_64 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_65'] = x_summarise__mutmut_65 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_66'] = x_summarise__mutmut_66 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_67'] = x_summarise__mutmut_67 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_68'] = x_summarise__mutmut_68 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_69'] = x_summarise__mutmut_69 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_70'] = x_summarise__mutmut_70 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_71'] = x_summarise__mutmut_71 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_72'] = x_summarise__mutmut_72 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_73'] = x_summarise__mutmut_73 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_74'] = x_summarise__mutmut_74 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_75'] = x_summarise__mutmut_75 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_76'] = x_summarise__mutmut_76 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_77'] = x_summarise__mutmut_77 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_78'] = x_summarise__mutmut_78 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_79'] = x_summarise__mutmut_79 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_80'] = x_summarise__mutmut_80 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_81'] = x_summarise__mutmut_81 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_82'] = x_summarise__mutmut_82 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_83'] = x_summarise__mutmut_83 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_84'] = x_summarise__mutmut_84 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_85'] = x_summarise__mutmut_85 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_86'] = x_summarise__mutmut_86 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_87'] = x_summarise__mutmut_87 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_88'] = x_summarise__mutmut_88 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_89'] = x_summarise__mutmut_89 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_90'] = x_summarise__mutmut_90 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_91'] = x_summarise__mutmut_91 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_92'] = x_summarise__mutmut_92 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_93'] = x_summarise__mutmut_93 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_94'] = x_summarise__mutmut_94 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_95'] = x_summarise__mutmut_95 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_96'] = x_summarise__mutmut_96 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_97'] = x_summarise__mutmut_97 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_98'] = x_summarise__mutmut_98 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_99'] = x_summarise__mutmut_99 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_100'] = x_summarise__mutmut_100 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_101'] = x_summarise__mutmut_101 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_102'] = x_summarise__mutmut_102 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_103'] = x_summarise__mutmut_103 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_104'] = x_summarise__mutmut_104 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_105'] = x_summarise__mutmut_105 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_106'] = x_summarise__mutmut_106 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_107'] = x_summarise__mutmut_107 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_108'] = x_summarise__mutmut_108 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_109'] = x_summarise__mutmut_109 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_110'] = x_summarise__mutmut_110 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_111'] = x_summarise__mutmut_111 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_112'] = x_summarise__mutmut_112 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_113'] = x_summarise__mutmut_113 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_114'] = x_summarise__mutmut_114 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_115'] = x_summarise__mutmut_115 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_116'] = x_summarise__mutmut_116 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_117'] = x_summarise__mutmut_117 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_118'] = x_summarise__mutmut_118 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_119'] = x_summarise__mutmut_119 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_120'] = x_summarise__mutmut_120 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_121'] = x_summarise__mutmut_121 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_122'] = x_summarise__mutmut_122 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_123'] = x_summarise__mutmut_123 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_write_metrics_tsv__mutmut)
def write_metrics_tsv(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=False, float_format="%.6f", na_rep="nan")


def x_write_metrics_tsv__mutmut_orig(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=False, float_format="%.6f", na_rep="nan")


def x_write_metrics_tsv__mutmut_1(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(None, sep="\t", index=False, float_format="%.6f", na_rep="nan")


def x_write_metrics_tsv__mutmut_2(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep=None, index=False, float_format="%.6f", na_rep="nan")


def x_write_metrics_tsv__mutmut_3(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=None, float_format="%.6f", na_rep="nan")


def x_write_metrics_tsv__mutmut_4(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=False, float_format=None, na_rep="nan")


def x_write_metrics_tsv__mutmut_5(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=False, float_format="%.6f", na_rep=None)


def x_write_metrics_tsv__mutmut_6(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(sep="\t", index=False, float_format="%.6f", na_rep="nan")


def x_write_metrics_tsv__mutmut_7(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, index=False, float_format="%.6f", na_rep="nan")


def x_write_metrics_tsv__mutmut_8(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", float_format="%.6f", na_rep="nan")


def x_write_metrics_tsv__mutmut_9(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=False, na_rep="nan")


def x_write_metrics_tsv__mutmut_10(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=False, float_format="%.6f", )


def x_write_metrics_tsv__mutmut_11(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="XX\tXX", index=False, float_format="%.6f", na_rep="nan")


def x_write_metrics_tsv__mutmut_12(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=True, float_format="%.6f", na_rep="nan")


def x_write_metrics_tsv__mutmut_13(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=False, float_format="XX%.6fXX", na_rep="nan")


def x_write_metrics_tsv__mutmut_14(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=False, float_format="%.6F", na_rep="nan")


def x_write_metrics_tsv__mutmut_15(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=False, float_format="%.6f", na_rep="XXnanXX")


def x_write_metrics_tsv__mutmut_16(frame: pd.DataFrame, path) -> None:
    """Fixed formatting so that identical runs give byte-identical files."""
    frame.to_csv(path, sep="\t", index=False, float_format="%.6f", na_rep="NAN")

mutants_x_write_metrics_tsv__mutmut['_mutmut_orig'] = x_write_metrics_tsv__mutmut_orig # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_1'] = x_write_metrics_tsv__mutmut_1 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_2'] = x_write_metrics_tsv__mutmut_2 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_3'] = x_write_metrics_tsv__mutmut_3 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_4'] = x_write_metrics_tsv__mutmut_4 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_5'] = x_write_metrics_tsv__mutmut_5 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_6'] = x_write_metrics_tsv__mutmut_6 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_7'] = x_write_metrics_tsv__mutmut_7 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_8'] = x_write_metrics_tsv__mutmut_8 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_9'] = x_write_metrics_tsv__mutmut_9 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_10'] = x_write_metrics_tsv__mutmut_10 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_11'] = x_write_metrics_tsv__mutmut_11 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_12'] = x_write_metrics_tsv__mutmut_12 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_13'] = x_write_metrics_tsv__mutmut_13 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_14'] = x_write_metrics_tsv__mutmut_14 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_15'] = x_write_metrics_tsv__mutmut_15 # type: ignore # mutmut generated
mutants_x_write_metrics_tsv__mutmut['x_write_metrics_tsv__mutmut_16'] = x_write_metrics_tsv__mutmut_16 # type: ignore # mutmut generated
