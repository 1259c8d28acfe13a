"""The cal / eval split of validation, exactly as the published study made it."""

from __future__ import annotations

import numpy as np


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_cal_eval_split__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_cal_eval_split__mutmut)
def cal_eval_split(n: int, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the cal half and the eval half of n validation rows.

    ``perm = np.random.RandomState(seed + 999).permutation(n)``; cal = ``perm[: n // 2]``,
    eval = ``perm[n // 2 :]`` (the published protocol, so that the same rows land in each half).
    """
    perm = np.random.RandomState(seed + 999).permutation(n)
    return perm[: n // 2], perm[n // 2 :]


def x_cal_eval_split__mutmut_orig(n: int, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the cal half and the eval half of n validation rows.

    ``perm = np.random.RandomState(seed + 999).permutation(n)``; cal = ``perm[: n // 2]``,
    eval = ``perm[n // 2 :]`` (the published protocol, so that the same rows land in each half).
    """
    perm = np.random.RandomState(seed + 999).permutation(n)
    return perm[: n // 2], perm[n // 2 :]


def x_cal_eval_split__mutmut_1(n: int, seed: int = 43) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the cal half and the eval half of n validation rows.

    ``perm = np.random.RandomState(seed + 999).permutation(n)``; cal = ``perm[: n // 2]``,
    eval = ``perm[n // 2 :]`` (the published protocol, so that the same rows land in each half).
    """
    perm = np.random.RandomState(seed + 999).permutation(n)
    return perm[: n // 2], perm[n // 2 :]


def x_cal_eval_split__mutmut_2(n: int, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the cal half and the eval half of n validation rows.

    ``perm = np.random.RandomState(seed + 999).permutation(n)``; cal = ``perm[: n // 2]``,
    eval = ``perm[n // 2 :]`` (the published protocol, so that the same rows land in each half).
    """
    perm = None
    return perm[: n // 2], perm[n // 2 :]


def x_cal_eval_split__mutmut_3(n: int, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the cal half and the eval half of n validation rows.

    ``perm = np.random.RandomState(seed + 999).permutation(n)``; cal = ``perm[: n // 2]``,
    eval = ``perm[n // 2 :]`` (the published protocol, so that the same rows land in each half).
    """
    perm = np.random.RandomState(seed + 999).permutation(None)
    return perm[: n // 2], perm[n // 2 :]


def x_cal_eval_split__mutmut_4(n: int, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the cal half and the eval half of n validation rows.

    ``perm = np.random.RandomState(seed + 999).permutation(n)``; cal = ``perm[: n // 2]``,
    eval = ``perm[n // 2 :]`` (the published protocol, so that the same rows land in each half).
    """
    perm = np.random.RandomState(None).permutation(n)
    return perm[: n // 2], perm[n // 2 :]


def x_cal_eval_split__mutmut_5(n: int, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the cal half and the eval half of n validation rows.

    ``perm = np.random.RandomState(seed + 999).permutation(n)``; cal = ``perm[: n // 2]``,
    eval = ``perm[n // 2 :]`` (the published protocol, so that the same rows land in each half).
    """
    perm = np.random.RandomState(seed - 999).permutation(n)
    return perm[: n // 2], perm[n // 2 :]


def x_cal_eval_split__mutmut_6(n: int, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the cal half and the eval half of n validation rows.

    ``perm = np.random.RandomState(seed + 999).permutation(n)``; cal = ``perm[: n // 2]``,
    eval = ``perm[n // 2 :]`` (the published protocol, so that the same rows land in each half).
    """
    perm = np.random.RandomState(seed + 1000).permutation(n)
    return perm[: n // 2], perm[n // 2 :]


def x_cal_eval_split__mutmut_7(n: int, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the cal half and the eval half of n validation rows.

    ``perm = np.random.RandomState(seed + 999).permutation(n)``; cal = ``perm[: n // 2]``,
    eval = ``perm[n // 2 :]`` (the published protocol, so that the same rows land in each half).
    """
    perm = np.random.RandomState(seed + 999).permutation(n)
    return perm[: n / 2], perm[n // 2 :]


def x_cal_eval_split__mutmut_8(n: int, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the cal half and the eval half of n validation rows.

    ``perm = np.random.RandomState(seed + 999).permutation(n)``; cal = ``perm[: n // 2]``,
    eval = ``perm[n // 2 :]`` (the published protocol, so that the same rows land in each half).
    """
    perm = np.random.RandomState(seed + 999).permutation(n)
    return perm[: n // 3], perm[n // 2 :]


def x_cal_eval_split__mutmut_9(n: int, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the cal half and the eval half of n validation rows.

    ``perm = np.random.RandomState(seed + 999).permutation(n)``; cal = ``perm[: n // 2]``,
    eval = ``perm[n // 2 :]`` (the published protocol, so that the same rows land in each half).
    """
    perm = np.random.RandomState(seed + 999).permutation(n)
    return perm[: n // 2], perm[n / 2 :]


def x_cal_eval_split__mutmut_10(n: int, seed: int = 42) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the cal half and the eval half of n validation rows.

    ``perm = np.random.RandomState(seed + 999).permutation(n)``; cal = ``perm[: n // 2]``,
    eval = ``perm[n // 2 :]`` (the published protocol, so that the same rows land in each half).
    """
    perm = np.random.RandomState(seed + 999).permutation(n)
    return perm[: n // 2], perm[n // 3 :]

mutants_x_cal_eval_split__mutmut['_mutmut_orig'] = x_cal_eval_split__mutmut_orig # type: ignore # mutmut generated
mutants_x_cal_eval_split__mutmut['x_cal_eval_split__mutmut_1'] = x_cal_eval_split__mutmut_1 # type: ignore # mutmut generated
mutants_x_cal_eval_split__mutmut['x_cal_eval_split__mutmut_2'] = x_cal_eval_split__mutmut_2 # type: ignore # mutmut generated
mutants_x_cal_eval_split__mutmut['x_cal_eval_split__mutmut_3'] = x_cal_eval_split__mutmut_3 # type: ignore # mutmut generated
mutants_x_cal_eval_split__mutmut['x_cal_eval_split__mutmut_4'] = x_cal_eval_split__mutmut_4 # type: ignore # mutmut generated
mutants_x_cal_eval_split__mutmut['x_cal_eval_split__mutmut_5'] = x_cal_eval_split__mutmut_5 # type: ignore # mutmut generated
mutants_x_cal_eval_split__mutmut['x_cal_eval_split__mutmut_6'] = x_cal_eval_split__mutmut_6 # type: ignore # mutmut generated
mutants_x_cal_eval_split__mutmut['x_cal_eval_split__mutmut_7'] = x_cal_eval_split__mutmut_7 # type: ignore # mutmut generated
mutants_x_cal_eval_split__mutmut['x_cal_eval_split__mutmut_8'] = x_cal_eval_split__mutmut_8 # type: ignore # mutmut generated
mutants_x_cal_eval_split__mutmut['x_cal_eval_split__mutmut_9'] = x_cal_eval_split__mutmut_9 # type: ignore # mutmut generated
mutants_x_cal_eval_split__mutmut['x_cal_eval_split__mutmut_10'] = x_cal_eval_split__mutmut_10 # type: ignore # mutmut generated
mutants_x_row_sets__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_row_sets__mutmut)
def row_sets(split: dict) -> dict[str, np.ndarray]:
    """The two row sets the analyses report on, as positions in validation: ``eval`` (the eval half
    of a cal/eval split file's content) and ``full_val`` (every validation row)."""
    return {"eval": np.asarray(split["eval"]), "full_val": np.arange(split["n"])}


def x_row_sets__mutmut_orig(split: dict) -> dict[str, np.ndarray]:
    """The two row sets the analyses report on, as positions in validation: ``eval`` (the eval half
    of a cal/eval split file's content) and ``full_val`` (every validation row)."""
    return {"eval": np.asarray(split["eval"]), "full_val": np.arange(split["n"])}


def x_row_sets__mutmut_1(split: dict) -> dict[str, np.ndarray]:
    """The two row sets the analyses report on, as positions in validation: ``eval`` (the eval half
    of a cal/eval split file's content) and ``full_val`` (every validation row)."""
    return {"XXevalXX": np.asarray(split["eval"]), "full_val": np.arange(split["n"])}


def x_row_sets__mutmut_2(split: dict) -> dict[str, np.ndarray]:
    """The two row sets the analyses report on, as positions in validation: ``eval`` (the eval half
    of a cal/eval split file's content) and ``full_val`` (every validation row)."""
    return {"EVAL": np.asarray(split["eval"]), "full_val": np.arange(split["n"])}


def x_row_sets__mutmut_3(split: dict) -> dict[str, np.ndarray]:
    """The two row sets the analyses report on, as positions in validation: ``eval`` (the eval half
    of a cal/eval split file's content) and ``full_val`` (every validation row)."""
    return {"eval": np.asarray(None), "full_val": np.arange(split["n"])}


def x_row_sets__mutmut_4(split: dict) -> dict[str, np.ndarray]:
    """The two row sets the analyses report on, as positions in validation: ``eval`` (the eval half
    of a cal/eval split file's content) and ``full_val`` (every validation row)."""
    return {"eval": np.asarray(split["XXevalXX"]), "full_val": np.arange(split["n"])}


def x_row_sets__mutmut_5(split: dict) -> dict[str, np.ndarray]:
    """The two row sets the analyses report on, as positions in validation: ``eval`` (the eval half
    of a cal/eval split file's content) and ``full_val`` (every validation row)."""
    return {"eval": np.asarray(split["EVAL"]), "full_val": np.arange(split["n"])}


def x_row_sets__mutmut_6(split: dict) -> dict[str, np.ndarray]:
    """The two row sets the analyses report on, as positions in validation: ``eval`` (the eval half
    of a cal/eval split file's content) and ``full_val`` (every validation row)."""
    return {"eval": np.asarray(split["eval"]), "XXfull_valXX": np.arange(split["n"])}


def x_row_sets__mutmut_7(split: dict) -> dict[str, np.ndarray]:
    """The two row sets the analyses report on, as positions in validation: ``eval`` (the eval half
    of a cal/eval split file's content) and ``full_val`` (every validation row)."""
    return {"eval": np.asarray(split["eval"]), "FULL_VAL": np.arange(split["n"])}


def x_row_sets__mutmut_8(split: dict) -> dict[str, np.ndarray]:
    """The two row sets the analyses report on, as positions in validation: ``eval`` (the eval half
    of a cal/eval split file's content) and ``full_val`` (every validation row)."""
    return {"eval": np.asarray(split["eval"]), "full_val": np.arange(None)}


def x_row_sets__mutmut_9(split: dict) -> dict[str, np.ndarray]:
    """The two row sets the analyses report on, as positions in validation: ``eval`` (the eval half
    of a cal/eval split file's content) and ``full_val`` (every validation row)."""
    return {"eval": np.asarray(split["eval"]), "full_val": np.arange(split["XXnXX"])}


def x_row_sets__mutmut_10(split: dict) -> dict[str, np.ndarray]:
    """The two row sets the analyses report on, as positions in validation: ``eval`` (the eval half
    of a cal/eval split file's content) and ``full_val`` (every validation row)."""
    return {"eval": np.asarray(split["eval"]), "full_val": np.arange(split["N"])}

mutants_x_row_sets__mutmut['_mutmut_orig'] = x_row_sets__mutmut_orig # type: ignore # mutmut generated
mutants_x_row_sets__mutmut['x_row_sets__mutmut_1'] = x_row_sets__mutmut_1 # type: ignore # mutmut generated
mutants_x_row_sets__mutmut['x_row_sets__mutmut_2'] = x_row_sets__mutmut_2 # type: ignore # mutmut generated
mutants_x_row_sets__mutmut['x_row_sets__mutmut_3'] = x_row_sets__mutmut_3 # type: ignore # mutmut generated
mutants_x_row_sets__mutmut['x_row_sets__mutmut_4'] = x_row_sets__mutmut_4 # type: ignore # mutmut generated
mutants_x_row_sets__mutmut['x_row_sets__mutmut_5'] = x_row_sets__mutmut_5 # type: ignore # mutmut generated
mutants_x_row_sets__mutmut['x_row_sets__mutmut_6'] = x_row_sets__mutmut_6 # type: ignore # mutmut generated
mutants_x_row_sets__mutmut['x_row_sets__mutmut_7'] = x_row_sets__mutmut_7 # type: ignore # mutmut generated
mutants_x_row_sets__mutmut['x_row_sets__mutmut_8'] = x_row_sets__mutmut_8 # type: ignore # mutmut generated
mutants_x_row_sets__mutmut['x_row_sets__mutmut_9'] = x_row_sets__mutmut_9 # type: ignore # mutmut generated
mutants_x_row_sets__mutmut['x_row_sets__mutmut_10'] = x_row_sets__mutmut_10 # type: ignore # mutmut generated
