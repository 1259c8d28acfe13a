"""The published course's analyses of prediction files: agreement with the teacher and
selective-prediction coverage.

- Jensen-Shannon divergence from the teacher: per row,
  JS(p, q) = 1/2 KL(p || m) + 1/2 KL(q || m) with m = (p + q) / 2, in bits (range 0 to 1), averaged
  over rows (scipy's ``jensenshannon`` returns the square root of this, the JS distance).
  ``js_divergence_course`` is the course's: both distributions clipped at 1e-12 first, in nats
  (range 0 to ln 2).
- Argmax agreement: share of rows whose top-1 class equals the teacher's.
- Coverage at threshold t: the rows with confidence (max softmax probability) >= t are "covered";
  coverage = their share, accuracy = accuracy on them, covered = their number.
- Tier F1 bootstrap (the course's "inside bootstrap noise on most tiers"): per tier, resample the
  tier's rows with replacement at the tier's size, ``np.random.RandomState(seed)`` drawing
  ``rng.choice(idx, len(idx))`` for head, then mid, then tail; per resample the difference of the
  course's tier macro F1 (``f1_score(..., labels=TIER_LABELS, average="macro", zero_division=0)``)
  of two arms' predicted classes; report the median and the 2.5 / 97.5% quantiles.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy.special import rel_entr

from kdcal.metrics import SUBSETS, per_class_f1, probabilities


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_js_divergence__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_js_divergence__mutmut)
def js_divergence(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_orig(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_1(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = None
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_2(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) * 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_3(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p - q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_4(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 3
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_5(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) * (2 * np.log(2))


def x_js_divergence__mutmut_6(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) - rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_7(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=None) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_8(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(None, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_9(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, None).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_10(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_11(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, ).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_12(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=2) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_13(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=None)) / (2 * np.log(2))


def x_js_divergence__mutmut_14(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(None, m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_15(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, None).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_16(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(m).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_17(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, ).sum(axis=1)) / (2 * np.log(2))


def x_js_divergence__mutmut_18(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=2)) / (2 * np.log(2))


def x_js_divergence__mutmut_19(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 / np.log(2))


def x_js_divergence__mutmut_20(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (3 * np.log(2))


def x_js_divergence__mutmut_21(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(None))


def x_js_divergence__mutmut_22(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(3))

mutants_x_js_divergence__mutmut['_mutmut_orig'] = x_js_divergence__mutmut_orig # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_1'] = x_js_divergence__mutmut_1 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_2'] = x_js_divergence__mutmut_2 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_3'] = x_js_divergence__mutmut_3 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_4'] = x_js_divergence__mutmut_4 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_5'] = x_js_divergence__mutmut_5 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_6'] = x_js_divergence__mutmut_6 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_7'] = x_js_divergence__mutmut_7 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_8'] = x_js_divergence__mutmut_8 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_9'] = x_js_divergence__mutmut_9 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_10'] = x_js_divergence__mutmut_10 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_11'] = x_js_divergence__mutmut_11 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_12'] = x_js_divergence__mutmut_12 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_13'] = x_js_divergence__mutmut_13 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_14'] = x_js_divergence__mutmut_14 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_15'] = x_js_divergence__mutmut_15 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_16'] = x_js_divergence__mutmut_16 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_17'] = x_js_divergence__mutmut_17 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_18'] = x_js_divergence__mutmut_18 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_19'] = x_js_divergence__mutmut_19 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_20'] = x_js_divergence__mutmut_20 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_21'] = x_js_divergence__mutmut_21 # type: ignore # mutmut generated
mutants_x_js_divergence__mutmut['x_js_divergence__mutmut_22'] = x_js_divergence__mutmut_22 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_js_divergence_course__mutmut)
def js_divergence_course(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_orig(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_1(p: np.ndarray, q: np.ndarray, eps: float = 1.000000000001) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_2(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = None
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_3(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(None, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_4(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, None), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_5(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_6(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, ), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_7(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(None, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_8(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, None)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_9(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_10(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, )
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_11(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = None
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_12(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 / (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_13(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 1.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_14(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p - q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_15(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 / ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_16(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 1.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_17(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) - (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_18(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=None) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_19(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p / (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_20(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) + np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_21(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(None) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_22(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(None))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_23(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=2) + (q * (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_24(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=None))


def x_js_divergence_course__mutmut_25(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q / (np.log(q) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_26(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) + np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_27(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(None) - np.log(m))).sum(axis=1))


def x_js_divergence_course__mutmut_28(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(None))).sum(axis=1))


def x_js_divergence_course__mutmut_29(p: np.ndarray, q: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """(n,) the course's Jensen-Shannon divergence in nats: rows clipped at ``eps`` (not
    renormalised), then 1/2 sum p (log p - log m) + 1/2 sum q (log q - log m), m = (p + q) / 2.
    (The course clips to [eps, 1]; probabilities never exceed 1, so only the floor acts.)"""
    p, q = np.maximum(p, eps), np.maximum(q, eps)
    m = 0.5 * (p + q)
    return 0.5 * ((p * (np.log(p) - np.log(m))).sum(axis=1) + (q * (np.log(q) - np.log(m))).sum(axis=2))

mutants_x_js_divergence_course__mutmut['_mutmut_orig'] = x_js_divergence_course__mutmut_orig # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_1'] = x_js_divergence_course__mutmut_1 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_2'] = x_js_divergence_course__mutmut_2 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_3'] = x_js_divergence_course__mutmut_3 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_4'] = x_js_divergence_course__mutmut_4 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_5'] = x_js_divergence_course__mutmut_5 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_6'] = x_js_divergence_course__mutmut_6 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_7'] = x_js_divergence_course__mutmut_7 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_8'] = x_js_divergence_course__mutmut_8 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_9'] = x_js_divergence_course__mutmut_9 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_10'] = x_js_divergence_course__mutmut_10 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_11'] = x_js_divergence_course__mutmut_11 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_12'] = x_js_divergence_course__mutmut_12 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_13'] = x_js_divergence_course__mutmut_13 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_14'] = x_js_divergence_course__mutmut_14 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_15'] = x_js_divergence_course__mutmut_15 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_16'] = x_js_divergence_course__mutmut_16 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_17'] = x_js_divergence_course__mutmut_17 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_18'] = x_js_divergence_course__mutmut_18 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_19'] = x_js_divergence_course__mutmut_19 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_20'] = x_js_divergence_course__mutmut_20 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_21'] = x_js_divergence_course__mutmut_21 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_22'] = x_js_divergence_course__mutmut_22 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_23'] = x_js_divergence_course__mutmut_23 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_24'] = x_js_divergence_course__mutmut_24 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_25'] = x_js_divergence_course__mutmut_25 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_26'] = x_js_divergence_course__mutmut_26 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_27'] = x_js_divergence_course__mutmut_27 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_28'] = x_js_divergence_course__mutmut_28 # type: ignore # mutmut generated
mutants_x_js_divergence_course__mutmut['x_js_divergence_course__mutmut_29'] = x_js_divergence_course__mutmut_29 # type: ignore # mutmut generated
mutants_x__subset_rows__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__subset_rows__mutmut)
def _subset_rows(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), bool) if subset == "all" else np.asarray(tiers) == subset


def x__subset_rows__mutmut_orig(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), bool) if subset == "all" else np.asarray(tiers) == subset


def x__subset_rows__mutmut_1(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), bool) if (subset == "all") and False else np.asarray(tiers) == subset


def x__subset_rows__mutmut_2(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), bool) if (subset == "all") or True else np.asarray(tiers) == subset


def x__subset_rows__mutmut_3(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(None, bool) if subset == "all" else np.asarray(tiers) == subset


def x__subset_rows__mutmut_4(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), None) if subset == "all" else np.asarray(tiers) == subset


def x__subset_rows__mutmut_5(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(bool) if subset == "all" else np.asarray(tiers) == subset


def x__subset_rows__mutmut_6(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), ) if subset == "all" else np.asarray(tiers) == subset


def x__subset_rows__mutmut_7(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), bool) if subset != "all" else np.asarray(tiers) == subset


def x__subset_rows__mutmut_8(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), bool) if subset == "XXallXX" else np.asarray(tiers) == subset


def x__subset_rows__mutmut_9(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), bool) if subset == "ALL" else np.asarray(tiers) == subset


def x__subset_rows__mutmut_10(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), bool) if subset == "all" else np.asarray(None) == subset


def x__subset_rows__mutmut_11(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), bool) if subset == "all" else np.asarray(tiers) != subset

mutants_x__subset_rows__mutmut['_mutmut_orig'] = x__subset_rows__mutmut_orig # type: ignore # mutmut generated
mutants_x__subset_rows__mutmut['x__subset_rows__mutmut_1'] = x__subset_rows__mutmut_1 # type: ignore # mutmut generated
mutants_x__subset_rows__mutmut['x__subset_rows__mutmut_2'] = x__subset_rows__mutmut_2 # type: ignore # mutmut generated
mutants_x__subset_rows__mutmut['x__subset_rows__mutmut_3'] = x__subset_rows__mutmut_3 # type: ignore # mutmut generated
mutants_x__subset_rows__mutmut['x__subset_rows__mutmut_4'] = x__subset_rows__mutmut_4 # type: ignore # mutmut generated
mutants_x__subset_rows__mutmut['x__subset_rows__mutmut_5'] = x__subset_rows__mutmut_5 # type: ignore # mutmut generated
mutants_x__subset_rows__mutmut['x__subset_rows__mutmut_6'] = x__subset_rows__mutmut_6 # type: ignore # mutmut generated
mutants_x__subset_rows__mutmut['x__subset_rows__mutmut_7'] = x__subset_rows__mutmut_7 # type: ignore # mutmut generated
mutants_x__subset_rows__mutmut['x__subset_rows__mutmut_8'] = x__subset_rows__mutmut_8 # type: ignore # mutmut generated
mutants_x__subset_rows__mutmut['x__subset_rows__mutmut_9'] = x__subset_rows__mutmut_9 # type: ignore # mutmut generated
mutants_x__subset_rows__mutmut['x__subset_rows__mutmut_10'] = x__subset_rows__mutmut_10 # type: ignore # mutmut generated
mutants_x__subset_rows__mutmut['x__subset_rows__mutmut_11'] = x__subset_rows__mutmut_11 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_teacher_agreement__mutmut)
def teacher_agreement(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_orig(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_1(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = None
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_2(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(None), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_3(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(None)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_4(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = None
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_5(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"XXjs_divergenceXX": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_6(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"JS_DIVERGENCE": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_7(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(None, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_8(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, None), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_9(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_10(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, ), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_11(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "XXjs_divergence_courseXX": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_12(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "JS_DIVERGENCE_COURSE": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_13(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(None, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_14(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, None)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_15(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_16(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, )}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_17(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = None
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_18(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["XXargmax_agreementXX"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_19(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["ARGMAX_AGREEMENT"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_20(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(None) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_21(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(2) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_22(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) != q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_23(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(None)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_24(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(2)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_25(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = None
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_26(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = None
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_27(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(None, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_28(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, None)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_29(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_30(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, )
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_31(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = None
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_32(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(None)
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_33(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append(None)
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_34(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if (n) and False else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_35(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if (n) or True else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_36(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(None, columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_37(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=None)


def x_teacher_agreement__mutmut_38(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(columns=["subset", *per_row, "n"])


def x_teacher_agreement__mutmut_39(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, )


def x_teacher_agreement__mutmut_40(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["XXsubsetXX", *per_row, "n"])


def x_teacher_agreement__mutmut_41(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["SUBSET", *per_row, "n"])


def x_teacher_agreement__mutmut_42(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "XXnXX"])


def x_teacher_agreement__mutmut_43(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence (both definitions) and argmax agreement per subset. logits,
    teacher_logits: (n, K) logits of the same rows; tiers: (n,). Columns: subset, js_divergence
    (bits), js_divergence_course (nats, clipped), argmax_agreement, n."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    per_row = {"js_divergence": js_divergence(p, q), "js_divergence_course": js_divergence_course(q, p)}
    per_row["argmax_agreement"] = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, *(values[mask].mean() if n else np.nan for values in per_row.values()), n))
    return pd.DataFrame(rows, columns=["subset", *per_row, "N"])

mutants_x_teacher_agreement__mutmut['_mutmut_orig'] = x_teacher_agreement__mutmut_orig # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_1'] = x_teacher_agreement__mutmut_1 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_2'] = x_teacher_agreement__mutmut_2 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_3'] = x_teacher_agreement__mutmut_3 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_4'] = x_teacher_agreement__mutmut_4 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_5'] = x_teacher_agreement__mutmut_5 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_6'] = x_teacher_agreement__mutmut_6 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_7'] = x_teacher_agreement__mutmut_7 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_8'] = x_teacher_agreement__mutmut_8 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_9'] = x_teacher_agreement__mutmut_9 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_10'] = x_teacher_agreement__mutmut_10 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_11'] = x_teacher_agreement__mutmut_11 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_12'] = x_teacher_agreement__mutmut_12 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_13'] = x_teacher_agreement__mutmut_13 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_14'] = x_teacher_agreement__mutmut_14 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_15'] = x_teacher_agreement__mutmut_15 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_16'] = x_teacher_agreement__mutmut_16 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_17'] = x_teacher_agreement__mutmut_17 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_18'] = x_teacher_agreement__mutmut_18 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_19'] = x_teacher_agreement__mutmut_19 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_20'] = x_teacher_agreement__mutmut_20 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_21'] = x_teacher_agreement__mutmut_21 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_22'] = x_teacher_agreement__mutmut_22 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_23'] = x_teacher_agreement__mutmut_23 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_24'] = x_teacher_agreement__mutmut_24 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_25'] = x_teacher_agreement__mutmut_25 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_26'] = x_teacher_agreement__mutmut_26 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_27'] = x_teacher_agreement__mutmut_27 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_28'] = x_teacher_agreement__mutmut_28 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_29'] = x_teacher_agreement__mutmut_29 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_30'] = x_teacher_agreement__mutmut_30 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_31'] = x_teacher_agreement__mutmut_31 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_32'] = x_teacher_agreement__mutmut_32 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_33'] = x_teacher_agreement__mutmut_33 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_34'] = x_teacher_agreement__mutmut_34 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_35'] = x_teacher_agreement__mutmut_35 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_36'] = x_teacher_agreement__mutmut_36 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_37'] = x_teacher_agreement__mutmut_37 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_38'] = x_teacher_agreement__mutmut_38 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_39'] = x_teacher_agreement__mutmut_39 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_40'] = x_teacher_agreement__mutmut_40 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_41'] = x_teacher_agreement__mutmut_41 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_42'] = x_teacher_agreement__mutmut_42 # type: ignore # mutmut generated
mutants_x_teacher_agreement__mutmut['x_teacher_agreement__mutmut_43'] = x_teacher_agreement__mutmut_43 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_coverage_table__mutmut)
def coverage_table(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_orig(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_1(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = None
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_2(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(None)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_3(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = None
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_4(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(None)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_5(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(2)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_6(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = None
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_7(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(None) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_8(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(2) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_9(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) != np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_10(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(None)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_11(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = None
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_12(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = None
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_13(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(None, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_14(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, None)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_15(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_16(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, )
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_17(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = None
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_18(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask | (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_19(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf > t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_20(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = None
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_21(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(None)
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_22(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = None
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_23(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if (n_cov) and False else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_24(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if (n_cov) or True else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_25(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                None
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_26(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(None), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_27(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if (mask.any()) and False else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_28(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if (mask.any()) or True else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_29(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov * mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_30(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(None))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_31(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov or acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_32(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc > target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_33(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(None, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_34(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=None)


def x_coverage_table__mutmut_35(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_36(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, )


def x_coverage_table__mutmut_37(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["XXsubsetXX", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_38(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["SUBSET", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_39(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "XXthresholdXX", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_40(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "THRESHOLD", "coverage", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_41(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "XXcoverageXX", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_42(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "COVERAGE", "accuracy", "covered", "meets_target"])


def x_coverage_table__mutmut_43(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "XXaccuracyXX", "covered", "meets_target"])


def x_coverage_table__mutmut_44(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "ACCURACY", "covered", "meets_target"])


def x_coverage_table__mutmut_45(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "XXcoveredXX", "meets_target"])


def x_coverage_table__mutmut_46(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "COVERED", "meets_target"])


def x_coverage_table__mutmut_47(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "XXmeets_targetXX"])


def x_coverage_table__mutmut_48(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "MEETS_TARGET"])

mutants_x_coverage_table__mutmut['_mutmut_orig'] = x_coverage_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_1'] = x_coverage_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_2'] = x_coverage_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_3'] = x_coverage_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_4'] = x_coverage_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_5'] = x_coverage_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_6'] = x_coverage_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_7'] = x_coverage_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_8'] = x_coverage_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_9'] = x_coverage_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_10'] = x_coverage_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_11'] = x_coverage_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_12'] = x_coverage_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_13'] = x_coverage_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_14'] = x_coverage_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_15'] = x_coverage_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_16'] = x_coverage_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_17'] = x_coverage_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_18'] = x_coverage_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_19'] = x_coverage_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_20'] = x_coverage_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_21'] = x_coverage_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_22'] = x_coverage_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_23'] = x_coverage_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_24'] = x_coverage_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_25'] = x_coverage_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_26'] = x_coverage_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_27'] = x_coverage_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_28'] = x_coverage_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_29'] = x_coverage_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_30'] = x_coverage_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_31'] = x_coverage_table__mutmut_31 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_32'] = x_coverage_table__mutmut_32 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_33'] = x_coverage_table__mutmut_33 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_34'] = x_coverage_table__mutmut_34 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_35'] = x_coverage_table__mutmut_35 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_36'] = x_coverage_table__mutmut_36 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_37'] = x_coverage_table__mutmut_37 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_38'] = x_coverage_table__mutmut_38 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_39'] = x_coverage_table__mutmut_39 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_40'] = x_coverage_table__mutmut_40 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_41'] = x_coverage_table__mutmut_41 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_42'] = x_coverage_table__mutmut_42 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_43'] = x_coverage_table__mutmut_43 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_44'] = x_coverage_table__mutmut_44 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_45'] = x_coverage_table__mutmut_45 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_46'] = x_coverage_table__mutmut_46 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_47'] = x_coverage_table__mutmut_47 # type: ignore # mutmut generated
mutants_x_coverage_table__mutmut['x_coverage_table__mutmut_48'] = x_coverage_table__mutmut_48 # type: ignore # mutmut generated
mutants_x_lowest_threshold__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_lowest_threshold__mutmut)
def lowest_threshold(table: pd.DataFrame, subset: str = "all") -> float | None:
    """The lowest threshold whose covered accuracy meets the target, or None when none does."""
    hits = table[(table.subset == subset) & table.meets_target]
    return float(hits.threshold.min()) if not hits.empty else None


def x_lowest_threshold__mutmut_orig(table: pd.DataFrame, subset: str = "all") -> float | None:
    """The lowest threshold whose covered accuracy meets the target, or None when none does."""
    hits = table[(table.subset == subset) & table.meets_target]
    return float(hits.threshold.min()) if not hits.empty else None


def x_lowest_threshold__mutmut_1(table: pd.DataFrame, subset: str = "XXallXX") -> float | None:
    """The lowest threshold whose covered accuracy meets the target, or None when none does."""
    hits = table[(table.subset == subset) & table.meets_target]
    return float(hits.threshold.min()) if not hits.empty else None


def x_lowest_threshold__mutmut_2(table: pd.DataFrame, subset: str = "ALL") -> float | None:
    """The lowest threshold whose covered accuracy meets the target, or None when none does."""
    hits = table[(table.subset == subset) & table.meets_target]
    return float(hits.threshold.min()) if not hits.empty else None


def x_lowest_threshold__mutmut_3(table: pd.DataFrame, subset: str = "all") -> float | None:
    """The lowest threshold whose covered accuracy meets the target, or None when none does."""
    hits = None
    return float(hits.threshold.min()) if not hits.empty else None


def x_lowest_threshold__mutmut_4(table: pd.DataFrame, subset: str = "all") -> float | None:
    """The lowest threshold whose covered accuracy meets the target, or None when none does."""
    hits = table[(table.subset == subset) | table.meets_target]
    return float(hits.threshold.min()) if not hits.empty else None


def x_lowest_threshold__mutmut_5(table: pd.DataFrame, subset: str = "all") -> float | None:
    """The lowest threshold whose covered accuracy meets the target, or None when none does."""
    hits = table[(table.subset != subset) & table.meets_target]
    return float(hits.threshold.min()) if not hits.empty else None


def x_lowest_threshold__mutmut_6(table: pd.DataFrame, subset: str = "all") -> float | None:
    """The lowest threshold whose covered accuracy meets the target, or None when none does."""
    hits = table[(table.subset == subset) & table.meets_target]
    return float(hits.threshold.min()) if (not hits.empty) and False else None


def x_lowest_threshold__mutmut_7(table: pd.DataFrame, subset: str = "all") -> float | None:
    """The lowest threshold whose covered accuracy meets the target, or None when none does."""
    hits = table[(table.subset == subset) & table.meets_target]
    return float(hits.threshold.min()) if (not hits.empty) or True else None


def x_lowest_threshold__mutmut_8(table: pd.DataFrame, subset: str = "all") -> float | None:
    """The lowest threshold whose covered accuracy meets the target, or None when none does."""
    hits = table[(table.subset == subset) & table.meets_target]
    return float(None) if not hits.empty else None


def x_lowest_threshold__mutmut_9(table: pd.DataFrame, subset: str = "all") -> float | None:
    """The lowest threshold whose covered accuracy meets the target, or None when none does."""
    hits = table[(table.subset == subset) & table.meets_target]
    return float(hits.threshold.min()) if hits.empty else None

mutants_x_lowest_threshold__mutmut['_mutmut_orig'] = x_lowest_threshold__mutmut_orig # type: ignore # mutmut generated
mutants_x_lowest_threshold__mutmut['x_lowest_threshold__mutmut_1'] = x_lowest_threshold__mutmut_1 # type: ignore # mutmut generated
mutants_x_lowest_threshold__mutmut['x_lowest_threshold__mutmut_2'] = x_lowest_threshold__mutmut_2 # type: ignore # mutmut generated
mutants_x_lowest_threshold__mutmut['x_lowest_threshold__mutmut_3'] = x_lowest_threshold__mutmut_3 # type: ignore # mutmut generated
mutants_x_lowest_threshold__mutmut['x_lowest_threshold__mutmut_4'] = x_lowest_threshold__mutmut_4 # type: ignore # mutmut generated
mutants_x_lowest_threshold__mutmut['x_lowest_threshold__mutmut_5'] = x_lowest_threshold__mutmut_5 # type: ignore # mutmut generated
mutants_x_lowest_threshold__mutmut['x_lowest_threshold__mutmut_6'] = x_lowest_threshold__mutmut_6 # type: ignore # mutmut generated
mutants_x_lowest_threshold__mutmut['x_lowest_threshold__mutmut_7'] = x_lowest_threshold__mutmut_7 # type: ignore # mutmut generated
mutants_x_lowest_threshold__mutmut['x_lowest_threshold__mutmut_8'] = x_lowest_threshold__mutmut_8 # type: ignore # mutmut generated
mutants_x_lowest_threshold__mutmut['x_lowest_threshold__mutmut_9'] = x_lowest_threshold__mutmut_9 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_tier_f1__mutmut)
def tier_f1(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_orig(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_1(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = None
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_2(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(None), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_3(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(None)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_4(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = None
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_5(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = None

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_6(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) / n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_7(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(None) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_8(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(None, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_9(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, None)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_10(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_11(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, )

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_12(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount(None, weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_13(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), None, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_14(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=None).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_15(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount(weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_16(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_17(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, ).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_18(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values - offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_19(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r / n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_20(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = None
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_21(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(None, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_22(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, None)
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_23(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts((labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_24(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, )
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_25(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels != preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_26(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=None)


def x_tier_f1__mutmut_27(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(None, counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_28(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), None, true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_29(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), None)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_30(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_31(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_32(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), )[:, classes].mean(axis=1)


def x_tier_f1__mutmut_33(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(None), counts(preds), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_34(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(None), true_pos)[:, classes].mean(axis=1)


def x_tier_f1__mutmut_35(labels: np.ndarray, preds: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Macro F1 over ``classes`` (zero_division=0) of each row of (R, m) label and prediction
    arrays: (R,). Counts every row, so pass the rows of one tier as the course does."""
    labels, preds = np.atleast_2d(labels), np.atleast_2d(preds)
    r = len(labels)
    offset = (np.arange(r) * n_classes)[:, None]

    def counts(values, weights=None):
        return np.bincount((values + offset).ravel(), weights, minlength=r * n_classes).reshape(r, n_classes)

    true_pos = counts(labels, (labels == preds).ravel())
    return per_class_f1(counts(labels), counts(preds), true_pos)[:, classes].mean(axis=2)

mutants_x_tier_f1__mutmut['_mutmut_orig'] = x_tier_f1__mutmut_orig # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_1'] = x_tier_f1__mutmut_1 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_2'] = x_tier_f1__mutmut_2 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_3'] = x_tier_f1__mutmut_3 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_4'] = x_tier_f1__mutmut_4 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_5'] = x_tier_f1__mutmut_5 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_6'] = x_tier_f1__mutmut_6 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_7'] = x_tier_f1__mutmut_7 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_8'] = x_tier_f1__mutmut_8 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_9'] = x_tier_f1__mutmut_9 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_10'] = x_tier_f1__mutmut_10 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_11'] = x_tier_f1__mutmut_11 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_12'] = x_tier_f1__mutmut_12 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_13'] = x_tier_f1__mutmut_13 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_14'] = x_tier_f1__mutmut_14 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_15'] = x_tier_f1__mutmut_15 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_16'] = x_tier_f1__mutmut_16 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_17'] = x_tier_f1__mutmut_17 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_18'] = x_tier_f1__mutmut_18 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_19'] = x_tier_f1__mutmut_19 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_20'] = x_tier_f1__mutmut_20 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_21'] = x_tier_f1__mutmut_21 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_22'] = x_tier_f1__mutmut_22 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_23'] = x_tier_f1__mutmut_23 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_24'] = x_tier_f1__mutmut_24 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_25'] = x_tier_f1__mutmut_25 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_26'] = x_tier_f1__mutmut_26 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_27'] = x_tier_f1__mutmut_27 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_28'] = x_tier_f1__mutmut_28 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_29'] = x_tier_f1__mutmut_29 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_30'] = x_tier_f1__mutmut_30 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_31'] = x_tier_f1__mutmut_31 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_32'] = x_tier_f1__mutmut_32 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_33'] = x_tier_f1__mutmut_33 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_34'] = x_tier_f1__mutmut_34 # type: ignore # mutmut generated
mutants_x_tier_f1__mutmut['x_tier_f1__mutmut_35'] = x_tier_f1__mutmut_35 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_tier_f1_bootstrap__mutmut)
def tier_f1_bootstrap(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_orig(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_1(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1001,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_2(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 43,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_3(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 1.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_4(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = None
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_5(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(None)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_6(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = None
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_7(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) * 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_8(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 + level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_9(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (2 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_10(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 3
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_11(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = None
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_12(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = None
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_13(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(None)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_14(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(None) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_15(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) != tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_16(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = None
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_17(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(None, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_18(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=None, replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_19(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=None)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_20(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_21(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_22(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), )
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_23(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=False)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_24(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = None
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_25(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) + tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_26(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(None, preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_27(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], None, classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_28(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], None, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_29(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, None) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_30(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_31(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_32(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_33(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, ) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_34(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            None, reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_35(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], None, classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_36(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], None, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_37(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, None
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_38(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_39(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_40(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_41(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_42(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = None
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_43(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0] + tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_44(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(None, preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_45(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], None, classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_46(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], None, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_47(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, None)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_48(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_49(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_50(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_51(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, )[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_52(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[1]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_53(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(None, reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_54(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], None, classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_55(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], None, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_56(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, None)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_57(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_58(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_59(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_60(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, )[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_61(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[1]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_62(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = None
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_63(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(None, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_64(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, None), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_65(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_66(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, ), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_67(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(None, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_68(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, None)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_69(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_70(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, )
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_71(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 + tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_72(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 2 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_73(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append(None)
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_74(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(None), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_75(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(None)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_76(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(None)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_77(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 and high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_78(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low >= 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_79(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 1 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_80(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high <= 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_81(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 1)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_82(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(None, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_83(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=None)


def x_tier_f1_bootstrap__mutmut_84(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_85(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, )


def x_tier_f1_bootstrap__mutmut_86(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["XXtierXX", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_87(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["TIER", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_88(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "XXnXX", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_89(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "N", "difference", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_90(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "XXdifferenceXX", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_91(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "DIFFERENCE", "median", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_92(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "XXmedianXX", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_93(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "MEDIAN", "ci_low", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_94(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "XXci_lowXX", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_95(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "CI_LOW", "ci_high", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_96(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "XXci_highXX", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_97(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "CI_HIGH", "excludes_zero"])


def x_tier_f1_bootstrap__mutmut_98(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "XXexcludes_zeroXX"])


def x_tier_f1_bootstrap__mutmut_99(
    reference_preds: np.ndarray,
    preds: np.ndarray,
    labels: np.ndarray,
    tiers: np.ndarray,
    tier_classes: dict[str, np.ndarray],
    n_classes: int,
    n_resamples: int = 1000,
    seed: int = 42,
    level: float = 0.95,
) -> pd.DataFrame:
    """The course's paired bootstrap of tier macro F1 differences (``preds`` minus
    ``reference_preds``; see the module docstring). tier_classes: tier -> its classes in full
    validation. Columns: tier, n, difference (on the rows themselves), median, ci_low, ci_high,
    excludes_zero."""
    rng = np.random.RandomState(seed)
    tail = (1 - level) / 2
    rows = []
    for tier, classes in tier_classes.items():
        idx = np.flatnonzero(np.asarray(tiers) == tier)
        # One (R, m) draw consumes the generator exactly as R successive draws of m rows do.
        sample = rng.choice(idx, size=(n_resamples, len(idx)), replace=True)
        deltas = tier_f1(labels[sample], preds[sample], classes, n_classes) - tier_f1(
            labels[sample], reference_preds[sample], classes, n_classes
        )
        point = (
            tier_f1(labels[idx], preds[idx], classes, n_classes)[0]
            - tier_f1(labels[idx], reference_preds[idx], classes, n_classes)[0]
        )
        low, high = np.quantile(deltas, tail), np.quantile(deltas, 1 - tail)
        rows.append((tier, len(idx), point, float(np.median(deltas)), low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["tier", "n", "difference", "median", "ci_low", "ci_high", "EXCLUDES_ZERO"])

mutants_x_tier_f1_bootstrap__mutmut['_mutmut_orig'] = x_tier_f1_bootstrap__mutmut_orig # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_1'] = x_tier_f1_bootstrap__mutmut_1 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_2'] = x_tier_f1_bootstrap__mutmut_2 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_3'] = x_tier_f1_bootstrap__mutmut_3 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_4'] = x_tier_f1_bootstrap__mutmut_4 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_5'] = x_tier_f1_bootstrap__mutmut_5 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_6'] = x_tier_f1_bootstrap__mutmut_6 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_7'] = x_tier_f1_bootstrap__mutmut_7 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_8'] = x_tier_f1_bootstrap__mutmut_8 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_9'] = x_tier_f1_bootstrap__mutmut_9 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_10'] = x_tier_f1_bootstrap__mutmut_10 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_11'] = x_tier_f1_bootstrap__mutmut_11 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_12'] = x_tier_f1_bootstrap__mutmut_12 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_13'] = x_tier_f1_bootstrap__mutmut_13 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_14'] = x_tier_f1_bootstrap__mutmut_14 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_15'] = x_tier_f1_bootstrap__mutmut_15 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_16'] = x_tier_f1_bootstrap__mutmut_16 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_17'] = x_tier_f1_bootstrap__mutmut_17 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_18'] = x_tier_f1_bootstrap__mutmut_18 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_19'] = x_tier_f1_bootstrap__mutmut_19 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_20'] = x_tier_f1_bootstrap__mutmut_20 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_21'] = x_tier_f1_bootstrap__mutmut_21 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_22'] = x_tier_f1_bootstrap__mutmut_22 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_23'] = x_tier_f1_bootstrap__mutmut_23 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_24'] = x_tier_f1_bootstrap__mutmut_24 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_25'] = x_tier_f1_bootstrap__mutmut_25 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_26'] = x_tier_f1_bootstrap__mutmut_26 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_27'] = x_tier_f1_bootstrap__mutmut_27 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_28'] = x_tier_f1_bootstrap__mutmut_28 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_29'] = x_tier_f1_bootstrap__mutmut_29 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_30'] = x_tier_f1_bootstrap__mutmut_30 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_31'] = x_tier_f1_bootstrap__mutmut_31 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_32'] = x_tier_f1_bootstrap__mutmut_32 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_33'] = x_tier_f1_bootstrap__mutmut_33 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_34'] = x_tier_f1_bootstrap__mutmut_34 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_35'] = x_tier_f1_bootstrap__mutmut_35 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_36'] = x_tier_f1_bootstrap__mutmut_36 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_37'] = x_tier_f1_bootstrap__mutmut_37 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_38'] = x_tier_f1_bootstrap__mutmut_38 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_39'] = x_tier_f1_bootstrap__mutmut_39 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_40'] = x_tier_f1_bootstrap__mutmut_40 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_41'] = x_tier_f1_bootstrap__mutmut_41 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_42'] = x_tier_f1_bootstrap__mutmut_42 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_43'] = x_tier_f1_bootstrap__mutmut_43 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_44'] = x_tier_f1_bootstrap__mutmut_44 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_45'] = x_tier_f1_bootstrap__mutmut_45 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_46'] = x_tier_f1_bootstrap__mutmut_46 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_47'] = x_tier_f1_bootstrap__mutmut_47 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_48'] = x_tier_f1_bootstrap__mutmut_48 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_49'] = x_tier_f1_bootstrap__mutmut_49 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_50'] = x_tier_f1_bootstrap__mutmut_50 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_51'] = x_tier_f1_bootstrap__mutmut_51 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_52'] = x_tier_f1_bootstrap__mutmut_52 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_53'] = x_tier_f1_bootstrap__mutmut_53 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_54'] = x_tier_f1_bootstrap__mutmut_54 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_55'] = x_tier_f1_bootstrap__mutmut_55 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_56'] = x_tier_f1_bootstrap__mutmut_56 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_57'] = x_tier_f1_bootstrap__mutmut_57 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_58'] = x_tier_f1_bootstrap__mutmut_58 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_59'] = x_tier_f1_bootstrap__mutmut_59 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_60'] = x_tier_f1_bootstrap__mutmut_60 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_61'] = x_tier_f1_bootstrap__mutmut_61 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_62'] = x_tier_f1_bootstrap__mutmut_62 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_63'] = x_tier_f1_bootstrap__mutmut_63 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_64'] = x_tier_f1_bootstrap__mutmut_64 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_65'] = x_tier_f1_bootstrap__mutmut_65 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_66'] = x_tier_f1_bootstrap__mutmut_66 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_67'] = x_tier_f1_bootstrap__mutmut_67 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_68'] = x_tier_f1_bootstrap__mutmut_68 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_69'] = x_tier_f1_bootstrap__mutmut_69 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_70'] = x_tier_f1_bootstrap__mutmut_70 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_71'] = x_tier_f1_bootstrap__mutmut_71 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_72'] = x_tier_f1_bootstrap__mutmut_72 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_73'] = x_tier_f1_bootstrap__mutmut_73 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_74'] = x_tier_f1_bootstrap__mutmut_74 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_75'] = x_tier_f1_bootstrap__mutmut_75 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_76'] = x_tier_f1_bootstrap__mutmut_76 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_77'] = x_tier_f1_bootstrap__mutmut_77 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_78'] = x_tier_f1_bootstrap__mutmut_78 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_79'] = x_tier_f1_bootstrap__mutmut_79 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_80'] = x_tier_f1_bootstrap__mutmut_80 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_81'] = x_tier_f1_bootstrap__mutmut_81 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_82'] = x_tier_f1_bootstrap__mutmut_82 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_83'] = x_tier_f1_bootstrap__mutmut_83 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_84'] = x_tier_f1_bootstrap__mutmut_84 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_85'] = x_tier_f1_bootstrap__mutmut_85 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_86'] = x_tier_f1_bootstrap__mutmut_86 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_87'] = x_tier_f1_bootstrap__mutmut_87 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_88'] = x_tier_f1_bootstrap__mutmut_88 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_89'] = x_tier_f1_bootstrap__mutmut_89 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_90'] = x_tier_f1_bootstrap__mutmut_90 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_91'] = x_tier_f1_bootstrap__mutmut_91 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_92'] = x_tier_f1_bootstrap__mutmut_92 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_93'] = x_tier_f1_bootstrap__mutmut_93 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_94'] = x_tier_f1_bootstrap__mutmut_94 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_95'] = x_tier_f1_bootstrap__mutmut_95 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_96'] = x_tier_f1_bootstrap__mutmut_96 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_97'] = x_tier_f1_bootstrap__mutmut_97 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_98'] = x_tier_f1_bootstrap__mutmut_98 # type: ignore # mutmut generated
mutants_x_tier_f1_bootstrap__mutmut['x_tier_f1_bootstrap__mutmut_99'] = x_tier_f1_bootstrap__mutmut_99 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_per_class_table__mutmut)
def per_class_table(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_orig(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_1(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = None
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_2(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = None
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_3(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(None)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_4(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = None
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_5(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=None)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_6(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=2)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_7(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = None
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_8(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(None, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_9(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, None, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_10(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=None, zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_11(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=None)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_12(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_13(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_14(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_15(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), )
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_16(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(None), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_17(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=1)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_18(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = None
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_19(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(None, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_20(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=None)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_21(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_22(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, )
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_23(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = None
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_24(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(None, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_25(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=None, minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_26(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=None)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_27(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_28(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_29(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), )
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_30(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=None), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_31(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=2), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_32(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = None
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_33(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(None, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_34(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, None, np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_35(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), None)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_36(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_37(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_38(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), )
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_39(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted >= 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_40(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 1, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_41(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum * np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_42(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(None, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_43(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, None), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_44(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_45(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, ), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_46(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 2), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_47(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        None
    )


def x_per_class_table__mutmut_48(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "XXclass_idXX": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_49(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "CLASS_ID": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_50(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(None),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_51(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "XXclassXX": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_52(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "CLASS": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_53(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(None),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_54(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "XXtierXX": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_55(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "TIER": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_56(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(None),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_57(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "XXsupportXX": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_58(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "SUPPORT": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_59(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "XXpredictedXX": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_60(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "PREDICTED": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_61(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "XXprecisionXX": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_62(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "PRECISION": precision,
            "recall": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_63(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "XXrecallXX": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_64(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "RECALL": recall,
            "f1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_65(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "XXf1XX": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_66(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "F1": f1,
            "confidence": confidence,
        }
    )


def x_per_class_table__mutmut_67(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "XXconfidenceXX": confidence,
        }
    )


def x_per_class_table__mutmut_68(
    logits: np.ndarray, labels: np.ndarray, class_names: Sequence[str], class_tiers: Sequence[str]
) -> pd.DataFrame:
    """One row per class: its id, name and tier; support (rows of the class), predicted (rows
    predicted as it), precision, recall, F1 (scikit-learn, zero_division=0) and confidence (mean
    top probability of the rows predicted as it, NaN if none: above precision = over-confident).

    logits: (n, K) logits; labels: (n,) class ids; class_names, class_tiers: (K,) in id order.
    """
    from sklearn.metrics import precision_recall_fscore_support

    k = len(class_names)
    p = probabilities(logits)
    pred = p.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(labels, pred, labels=np.arange(k), zero_division=0)
    predicted = np.bincount(pred, minlength=k)
    confidence_sum = np.bincount(pred, weights=p.max(axis=1), minlength=k)
    confidence = np.where(predicted > 0, confidence_sum / np.maximum(predicted, 1), np.nan)
    return pd.DataFrame(
        {
            "class_id": np.arange(k),
            "class": list(class_names),
            "tier": list(class_tiers),
            "support": support,
            "predicted": predicted,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "CONFIDENCE": confidence,
        }
    )

mutants_x_per_class_table__mutmut['_mutmut_orig'] = x_per_class_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_1'] = x_per_class_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_2'] = x_per_class_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_3'] = x_per_class_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_4'] = x_per_class_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_5'] = x_per_class_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_6'] = x_per_class_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_7'] = x_per_class_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_8'] = x_per_class_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_9'] = x_per_class_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_10'] = x_per_class_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_11'] = x_per_class_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_12'] = x_per_class_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_13'] = x_per_class_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_14'] = x_per_class_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_15'] = x_per_class_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_16'] = x_per_class_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_17'] = x_per_class_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_18'] = x_per_class_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_19'] = x_per_class_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_20'] = x_per_class_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_21'] = x_per_class_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_22'] = x_per_class_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_23'] = x_per_class_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_24'] = x_per_class_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_25'] = x_per_class_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_26'] = x_per_class_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_27'] = x_per_class_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_28'] = x_per_class_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_29'] = x_per_class_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_30'] = x_per_class_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_31'] = x_per_class_table__mutmut_31 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_32'] = x_per_class_table__mutmut_32 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_33'] = x_per_class_table__mutmut_33 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_34'] = x_per_class_table__mutmut_34 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_35'] = x_per_class_table__mutmut_35 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_36'] = x_per_class_table__mutmut_36 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_37'] = x_per_class_table__mutmut_37 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_38'] = x_per_class_table__mutmut_38 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_39'] = x_per_class_table__mutmut_39 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_40'] = x_per_class_table__mutmut_40 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_41'] = x_per_class_table__mutmut_41 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_42'] = x_per_class_table__mutmut_42 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_43'] = x_per_class_table__mutmut_43 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_44'] = x_per_class_table__mutmut_44 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_45'] = x_per_class_table__mutmut_45 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_46'] = x_per_class_table__mutmut_46 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_47'] = x_per_class_table__mutmut_47 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_48'] = x_per_class_table__mutmut_48 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_49'] = x_per_class_table__mutmut_49 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_50'] = x_per_class_table__mutmut_50 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_51'] = x_per_class_table__mutmut_51 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_52'] = x_per_class_table__mutmut_52 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_53'] = x_per_class_table__mutmut_53 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_54'] = x_per_class_table__mutmut_54 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_55'] = x_per_class_table__mutmut_55 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_56'] = x_per_class_table__mutmut_56 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_57'] = x_per_class_table__mutmut_57 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_58'] = x_per_class_table__mutmut_58 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_59'] = x_per_class_table__mutmut_59 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_60'] = x_per_class_table__mutmut_60 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_61'] = x_per_class_table__mutmut_61 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_62'] = x_per_class_table__mutmut_62 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_63'] = x_per_class_table__mutmut_63 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_64'] = x_per_class_table__mutmut_64 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_65'] = x_per_class_table__mutmut_65 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_66'] = x_per_class_table__mutmut_66 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_67'] = x_per_class_table__mutmut_67 # type: ignore # mutmut generated
mutants_x_per_class_table__mutmut['x_per_class_table__mutmut_68'] = x_per_class_table__mutmut_68 # type: ignore # mutmut generated
