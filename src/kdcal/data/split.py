"""The cal / eval split of validation, exactly as the published study made it."""

from __future__ import annotations

import numpy as np

from kdcal.errors import KdcalError

# A half of validation below this many rows still runs, with a warning line in the table's headline:
# at 200 rows the ECE of a calibrated model is already about 0.03 by chance, and differences of a
# few hundredths between arms do not separate (docs/metrics.md, 'The ECE floor').
SMALL_HALF_ROWS = 200


class SplitError(KdcalError, ValueError):
    """A validation split too small for the study."""


def half_sizes(n: int) -> tuple[int, int]:
    """(cal rows, eval rows) of ``cal_eval_split`` on n validation rows."""
    return n // 2, n - n // 2


def check_half_sizes(n: int, min_rows: int, source: str) -> None:
    """Refuse n validation rows whose cal or eval half (``half_sizes``) has fewer than ``min_rows``
    (``evaluation.min_rows``), naming the sizes and ``source`` (where n came from)."""
    cal, evaluation = half_sizes(n)
    if min(cal, evaluation) < min_rows:
        raise SplitError(
            f"{source}: validation has {n} rows, a cal half of {cal} and an eval half of {evaluation}, fewer than "
            f"evaluation.min_rows = {min_rows} in a half: too few to fit a calibration map and measure it. Give "
            f"validation at least {2 * min_rows} rows (evaluation.min_rows says why)"
        )


def small_halves_warning(n_cal: int, n_eval: int) -> str | None:
    """The headline's warning line where a half of validation has fewer than ``SMALL_HALF_ROWS``
    rows, else None."""
    if min(n_cal, n_eval) >= SMALL_HALF_ROWS:
        return None
    return (
        f"**Warning: few rows.** The cal half has {n_cal} rows and the eval half {n_eval}, fewer than {SMALL_HALF_ROWS} "
        "in a half: fitted maps are noisy, ECE differences of a few hundredths are within chance and the intervals "
        "are wide. Read every verdict below as provisional."
    )


def cal_eval_split(n: int, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the cal half and the eval half of n validation rows.

    ``perm = np.random.RandomState(seed + 999).permutation(n)``; cal = ``perm[: n // 2]``,
    eval = ``perm[n // 2 :]`` (the published protocol, so that the same rows land in each half).
    """
    perm = np.random.RandomState(seed + 999).permutation(n)
    return perm[: n // 2], perm[n // 2 :]


def row_sets(split: dict) -> dict[str, np.ndarray]:
    """The two row sets the analyses report on, as positions in validation: ``eval`` (the eval half
    of a cal/eval split file's content) and ``full_val`` (every validation row)."""
    return {"eval": np.asarray(split["eval"]), "full_val": np.arange(split["n"])}
