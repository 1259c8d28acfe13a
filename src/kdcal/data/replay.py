"""Prediction files in the published study's format, read into kdcal's predictions format.

Published format (``.npz``):
- students: ``logits`` (n, K) float16, ``preds`` (n,), ``labels`` (n,), ``val_tiers`` (n,) str;
- teacher: ``logits``, ``labels``, ``tiers`` (same row order as the students).
Any file may hold ``probs`` (softmax probabilities) in place of ``logits``: they are checked (finite,
non-negative, rows summing to 1 within ``PROB_SUM_TOLERANCE``) and stored as clipped log-probabilities.
The files carry no row ids, so rows are identified by position (``"0"``, ``"1"``, ...), and all
files of one study must hold the same rows in the same order: same count, labels and tiers.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from kdcal.predictions import Predictions, PredictionsError, check_predictions, check_same_rows, logits_from_probs, open_npz

TIER_KEYS = ("val_tiers", "tiers")
log = logging.getLogger(__name__)


def read_published(path: str | Path, source: str | None = None) -> Predictions:
    """One published-format file as Predictions; refuses missing keys, bad shapes, labels outside
    [0, K), non-finite logits, unknown tiers, and ``preds`` that contradict the logits."""
    where = source or str(path)
    with open_npz(path, where) as data:
        files = set(data.files)
        score_key = "probs" if "probs" in files and "logits" not in files else "logits"
        missing = ([] if {"logits", "probs"} & files else ["logits or probs"]) + ([] if "labels" in files else ["labels"])
        tier_key = next((k for k in TIER_KEYS if k in files), None)
        if tier_key is None:
            missing.append(" or ".join(TIER_KEYS))
        if missing:
            raise PredictionsError(f"{where}: missing key(s) {', '.join(missing)}; found {', '.join(sorted(files))}")
        logits, labels, tiers = data[score_key], data["labels"], data[tier_key].astype(str)
        preds = data["preds"] if "preds" in files else None
    if score_key == "probs":
        logits = logits_from_probs(logits, where)
    if not np.issubdtype(labels.dtype, np.integer):
        raise PredictionsError(f"{where}: labels must be integers, got dtype {labels.dtype}")
    p = Predictions(logits, labels.astype(np.int64), tiers, np.arange(len(labels)).astype(str))
    check_predictions(p, where)
    if preds is not None:
        _check_preds(logits, preds, where)
        p.preds = preds.astype(np.int64)
    return p


def _check_preds(logits: np.ndarray, preds: np.ndarray, where: str) -> None:
    """``preds`` should be an argmax of the logits (rows whose top logits tie, as float16 rounding
    makes them, may name either tied class). kdcal computes every metric from the logits; rows
    where ``preds`` says otherwise are reported as a warning, since a metric computed from
    ``preds`` (as the published tier F1 bootstrap was) would differ there; ``preds`` are kept with
    the predictions for that bootstrap."""
    if not np.issubdtype(preds.dtype, np.integer):
        raise PredictionsError(f"{where}: preds must be integer class ids, got dtype {preds.dtype}")
    if preds.shape != (len(logits),):
        raise PredictionsError(f"{where}: preds must have one entry per row ({len(logits)}), got shape {preds.shape}")
    top = logits.max(axis=1)
    chosen = logits[np.arange(len(logits)), np.clip(preds, 0, logits.shape[1] - 1)]
    bad = np.flatnonzero((preds < 0) | (preds >= logits.shape[1]) | (chosen != top))
    if bad.size:
        i = bad[0]
        log.warning(
            "%s: preds disagree with the argmax of the logits in %d rows (first row %d: preds %d, argmax %d); "
            "kdcal's metrics use the logits",
            where,
            bad.size,
            i,
            preds[i],
            int(logits[i].argmax()),
        )


def read_study(paths: Mapping[str, str | Path], sources: Mapping[str, str] | None = None) -> dict[str, Predictions]:
    """Every arm's file, checked one by one and then against each other (same rows required)."""
    sources = dict(sources or {arm: str(path) for arm, path in paths.items()})
    arms = {arm: read_published(path, sources[arm]) for arm, path in paths.items()}
    check_same_rows(arms, sources)
    return arms
