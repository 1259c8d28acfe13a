"""The cal / eval split of validation, exactly as the published study made it."""

from __future__ import annotations

import numpy as np


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
