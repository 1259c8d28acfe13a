"""Prediction files: the one format every arm hands to calibration and evaluation.

A predictions file is an ``.npz`` with
- ``logits``: (n, K) logits (float16 or float32 as produced; all math runs in float64),
- ``labels``: (n,) int64 true labels in [0, K),
- ``tiers``: (n,) str, the tier (head / mid / tail) of each row's true label,
- ``row_ids``: (n,) str, which rows these are (the same rows, in the same order, for every arm),
- optionally ``preds``: (n,) int, the predicted class as the file's maker recorded it (a replayed
  published file's ``preds``; the published course computed its tier F1 bootstrap from them).

Files are written atomically (a temporary file renamed into place), so an interrupted job never
leaves a finished-looking partial file.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Self

import numpy as np

from kdcal.errors import KdcalError
from kdcal.runtime import atomic_path, file_sha256, write_text_atomic

# The class tiers by training frequency of the true class (head, mid, tail), as every file names them.
TIERS = ("head", "mid", "tail")


class PredictionsError(KdcalError, ValueError):
    """A predictions file that kdcal refuses, with the file and the problem named."""


@dataclass
class Predictions:
    logits: np.ndarray
    labels: np.ndarray
    tiers: np.ndarray
    row_ids: np.ndarray
    preds: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.labels)

    def predicted(self) -> np.ndarray:
        """(n,) predicted classes: the recorded ``preds`` where the file has them, else the argmax."""
        return np.asarray(self.logits).argmax(axis=1) if self.preds is None else np.asarray(self.preds)


def save_npz_atomic(path: str | Path, **arrays: np.ndarray) -> None:
    """``np.savez_compressed`` to a temporary name, then an atomic rename onto ``path``."""
    with atomic_path(path) as tmp:
        np.savez_compressed(tmp, **arrays)


class NpzArrays(dict):
    """Every array of an .npz file, read at once; ``files`` and ``with`` work as with ``np.load``."""

    @property
    def files(self) -> list[str]:
        return list(self)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        return None


def _npz_problem(path: Path) -> str:
    """What is wrong with a file numpy could not read, in kdcal's words (numpy's own message may
    recommend allow_pickle, which must never be used on a file from elsewhere)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)  # the first bytes are enough (the file may be gigabytes)
    except OSError as read_error:
        return f"cannot be read ({read_error.strerror or read_error})"
    if head[:2] == b"PK":
        return "is a damaged or truncated zip archive (an .npz is a zip of .npy arrays); write it again"
    if head[:1] == b"\x80":
        return "holds pickled Python objects, which kdcal never loads; save plain numeric or string arrays with numpy.savez"
    return "is not an .npz archive (it does not start like a zip file); write it with numpy.savez or numpy.savez_compressed"


def checked_logits(data: NpzArrays, where: str) -> np.ndarray:
    """The ``logits`` array of an opened .npz (``open_npz``), refused in one line naming ``where``
    when it is missing or not usable logits (``check_logits``)."""
    if "logits" not in data.files:
        raise PredictionsError(f"{where}: missing key 'logits'; found {sorted(data.files)}")
    logits = data["logits"]
    check_logits(logits, where)
    return logits


def open_npz(path: str | Path, where: str) -> NpzArrays:
    """Every array of an .npz file (no pickles), or one line naming ``where`` and the problem: a
    missing, truncated or non-zip file, or an array of Python objects."""
    path = Path(path)
    if not path.is_file():
        raise PredictionsError(f"{where}: no such file")
    arrays = NpzArrays()
    try:
        with np.load(path, allow_pickle=False) as data:
            for key in data.files:
                try:
                    arrays[key] = data[key]
                except ValueError as err:
                    if "Object arrays" in str(err):
                        raise PredictionsError(
                            f"{where}: array {key!r} holds Python objects (dtype object), which kdcal does not load; "
                            "save numbers or strings (e.g. labels as int64, row ids as str)"
                        ) from None
                    raise
    except PredictionsError:
        raise
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error):
        raise PredictionsError(f"{where}: {_npz_problem(path)}") from None
    return arrays


def save_predictions(path: str | Path, predictions: Predictions) -> None:
    check_predictions(predictions, str(path))
    save_npz_atomic(
        path,
        logits=predictions.logits,
        labels=np.asarray(predictions.labels, dtype=np.int64),
        tiers=np.asarray(predictions.tiers).astype(str),
        row_ids=np.asarray(predictions.row_ids).astype(str),
        **({} if predictions.preds is None else {"preds": np.asarray(predictions.preds, dtype=np.int64)}),
    )
    write_text_atomic(_digest_path(path), f"{file_sha256(path)}  {Path(path).name}\n")


def _digest_path(path: str | Path) -> Path:
    """Where ``save_predictions`` keeps the SHA-256 of what it wrote: <file>.sha256 beside it."""
    return Path(f"{path}.sha256")


def check_unchanged(path: str | Path) -> None:
    """Refuse a predictions file changed since kdcal wrote it (its SHA-256 differs from the one
    ``save_predictions`` kept beside it): the tables would cite its source for numbers that are not
    its. A file without the record (written by an older kdcal) is taken as it is."""
    record = _digest_path(path)
    if record.is_file() and record.read_text().split()[0] != file_sha256(path):
        raise PredictionsError(
            f"{path}: changed after kdcal wrote it (its SHA-256 no longer matches {record.name}), so the table would cite "
            "its source for numbers that are not that source's. Delete it and rerun to have it made again, or, to "
            "evaluate the edited file, give it as a replay file (replay.arms)"
        )


def looks_like_probabilities(values: np.ndarray, atol: float) -> bool:
    """Whether (n, K) ``values`` are probabilities rather than logits: every entry non-negative and
    every row summing to 1 within ``atol``."""
    values = np.asarray(values)
    return bool((values >= 0).all() and np.allclose(values.astype(np.float64).sum(axis=1), 1.0, atol=atol))


def check_logits(logits: np.ndarray, source: str) -> None:
    """Refuse logits that are not a finite 2-D array."""
    if logits.ndim != 2:
        raise PredictionsError(f"{source}: logits must be 2-D (rows x classes), got shape {logits.shape}")
    if not np.issubdtype(logits.dtype, np.floating):
        raise PredictionsError(f"{source}: logits must be floating point, got dtype {logits.dtype}")
    if logits.shape[0] == 0:
        raise PredictionsError(f"{source}: no rows (logits of shape {logits.shape})")
    if logits.shape[1] < 2:
        raise PredictionsError(
            f"{source}: {logits.shape[1]} class column(s); calibration needs at least 2 classes (one logit per class)"
        )
    if looks_like_probabilities(logits, atol=2e-3):
        raise PredictionsError(
            f"{source}: these look like probabilities, not logits (every row non-negative and summing to 1); "
            "store logits or log-probabilities (numpy.log of the probabilities)"
        )
    finite = np.isfinite(logits)
    if not finite.all():
        rows = np.flatnonzero(~finite.all(axis=1))
        raise PredictionsError(
            f"{source}: logits hold {int((~finite).sum())} NaN or infinite values (first in row {rows[0]}; {rows.size} rows); "
            "the model that wrote them diverged or the file is corrupt"
        )


# Rows of a probabilities matrix must sum to 1 within this (float16 storage of 100+ classes is off
# by up to ~1e-4; a softmax that lost a class, or scores that are not probabilities, by far more).
PROB_SUM_TOLERANCE = 1e-3
# Probabilities are clipped here before the log, so a 0 becomes a finite logit (float16-safe).
PROB_FLOOR = 1e-30


def logits_from_probs(probs: np.ndarray, source: str) -> np.ndarray:
    """(n, K) float32 clipped log-probabilities (valid logits) of an (n, K) probabilities matrix;
    refuses NaN / inf, negative values and rows that do not sum to 1 within PROB_SUM_TOLERANCE,
    naming ``source`` and how many rows."""
    probs = np.asarray(probs)
    if probs.ndim != 2 or not np.issubdtype(probs.dtype, np.floating) or probs.shape[0] == 0 or probs.shape[1] < 2:
        raise PredictionsError(
            f"{source}: probs must be a non-empty 2-D float array with at least 2 classes, got {probs.dtype} {probs.shape}"
        )
    p = probs.astype(np.float64)
    finite = np.isfinite(p).all(axis=1)
    if not finite.all():
        bad = np.flatnonzero(~finite)
        raise PredictionsError(f"{source}: probs hold NaN or infinite values (first in row {bad[0]}; {bad.size} rows)")
    negative = (p < 0).any(axis=1)
    if negative.any():
        bad = np.flatnonzero(negative)
        raise PredictionsError(
            f"{source}: probs are negative in {bad.size} rows (first row {bad[0]}); store probabilities or logits"
        )
    off = np.abs(p.sum(axis=1) - 1) > PROB_SUM_TOLERANCE
    if off.any():
        bad = np.flatnonzero(off)
        raise PredictionsError(
            f"{source}: probs do not sum to 1 within {PROB_SUM_TOLERANCE:g} in {bad.size} rows (first row {bad[0]} sums to "
            f"{p[bad[0]].sum():.6g}); store a softmax over all classes, or logits"
        )
    return np.log(np.clip(p, PROB_FLOOR, None)).astype(np.float32)


def check_predictions(p: Predictions, source: str) -> None:
    """Shape, range and vocabulary checks of one predictions object."""
    check_logits(np.asarray(p.logits), source)
    n, k = p.logits.shape
    for name in ("labels", "tiers", "row_ids"):
        value = getattr(p, name)
        if np.ndim(value) != 1 or len(value) != n:
            raise PredictionsError(
                f"{source}: {name} must be 1-D with one entry per logits row ({n}), got shape {np.shape(value)}"
            )
    labels = np.asarray(p.labels)
    if not np.issubdtype(labels.dtype, np.integer):
        raise PredictionsError(f"{source}: labels must be integers, got dtype {labels.dtype}")
    bad = np.flatnonzero((labels < 0) | (labels >= k))
    if bad.size:
        raise PredictionsError(f"{source}: label {labels[bad[0]]} in row {bad[0]} is outside [0, {k}) for {k} classes")
    if p.preds is not None and (np.shape(p.preds) != (n,) or not np.issubdtype(np.asarray(p.preds).dtype, np.integer)):
        raise PredictionsError(
            f"{source}: preds must be integers, one per logits row ({n}), got {np.asarray(p.preds).dtype} {np.shape(p.preds)}"
        )
    unknown = sorted(str(t) for t in set(np.asarray(p.tiers).astype(str)) - set(TIERS))
    if unknown:
        raise PredictionsError(f"{source}: unknown tier name(s) {unknown}; expected {', '.join(TIERS)}")


def load_predictions(path: str | Path) -> Predictions:
    """Read and check a predictions file written by ``save_predictions`` (unchanged since)."""
    path = Path(path)
    with open_npz(path, str(path)) as data:
        missing = [k for k in ("logits", "labels", "tiers", "row_ids") if k not in data.files]
        if missing:
            raise PredictionsError(f"{path}: missing key(s) {missing}; found {sorted(data.files)}")
        preds = data["preds"] if "preds" in data.files else None
        p = Predictions(data["logits"], data["labels"], data["tiers"].astype(str), data["row_ids"].astype(str), preds)
    check_unchanged(path)
    check_predictions(p, str(path))
    return p


def check_same_rows(arms: Mapping[str, Predictions], sources: Mapping[str, str]) -> None:
    """All arms must describe the same rows: same count, classes, row ids, labels and tiers."""
    names = list(arms)
    first = names[0]
    ref = arms[first]
    for name in names[1:]:
        p = arms[name]
        where = f"{sources[name]} (arm {name}) vs {sources[first]} (arm {first})"
        if len(p) != len(ref):
            raise PredictionsError(f"{where}: {len(p)} rows vs {len(ref)}; all arms must predict the same rows")
        if p.logits.shape[1] != ref.logits.shape[1]:
            raise PredictionsError(f"{where}: {p.logits.shape[1]} classes vs {ref.logits.shape[1]}")
        for key in ("row_ids", "labels", "tiers"):
            differ = np.flatnonzero(np.asarray(getattr(p, key)) != np.asarray(getattr(ref, key)))
            if differ.size:
                i = differ[0]
                raise PredictionsError(
                    f"{where}: {key} disagree in {differ.size} rows (first row {i}: "
                    f"{getattr(p, key)[i].item()!r} vs {getattr(ref, key)[i].item()!r}); the arms must be the same rows in the same order"
                )


def average_probabilities(members: Mapping[str, Predictions]) -> Predictions:
    """An ensemble: the mean of the members' probabilities, as log-probabilities (logits whose
    softmax is that mean). ``members``: source (a file name, for messages) -> its predictions. The
    members must hold the same rows in the same order with the same labels; the first names the
    rows, labels and tiers of the result."""
    from scipy.special import log_softmax, logsumexp

    (first_source, first), *others = members.items()
    for source, other in others:
        if other.logits.shape != first.logits.shape:
            raise PredictionsError(
                f"{source}: {other.logits.shape[0]} rows x {other.logits.shape[1]} classes, but {first_source} has "
                f"{first.logits.shape[0]} x {first.logits.shape[1]}; the members of an ensemble must share rows and classes"
            )
        for what, mine, theirs in (("row id", other.row_ids, first.row_ids), ("label", other.labels, first.labels)):
            differ = np.flatnonzero(np.asarray(mine).astype(str) != np.asarray(theirs).astype(str))
            if differ.size:
                i = differ[0]
                raise PredictionsError(
                    f"{source}: {what} of row {i} is {str(mine[i])!r} but {str(theirs[i])!r} in {first_source} ({differ.size} rows "
                    "differ); the members of an ensemble must hold the same rows in the same order"
                )
    logp = np.stack([log_softmax(np.asarray(p.logits, dtype=np.float64), axis=1) for p in members.values()])
    mean = logsumexp(logp, axis=0) - np.log(len(members))  # log of the mean probability, no underflow
    return Predictions(mean, first.labels, first.tiers, first.row_ids)


def save_teacher_outputs(
    train_path: str | Path,
    val_path: str | Path,
    *,
    train_logits: np.ndarray,
    val_logits: np.ndarray,
    row_ids: np.ndarray,
    labels: np.ndarray,
    tiers_of_val: np.ndarray,
    train: np.ndarray,
    val: np.ndarray,
    stated_temperature: float | None = None,
) -> None:
    """The teacher's two files: float16 logits of the training rows (soft targets, with row ids and
    labels) and its validation predictions (an arm). row_ids, labels: (N,) of the corpus; train,
    val: corpus positions; tiers_of_val: (len(val),) tiers of the validation rows.
    stated_temperature: what the source file says its logits are already divided by, kept in the
    training file as ``temperature`` so that a distilled arm can refuse to divide them again."""
    check_logits(train_logits, f"{train_path} (teacher logits for the training rows)")
    stated = {} if stated_temperature is None else {"temperature": np.float64(stated_temperature)}
    save_npz_atomic(
        train_path, logits=np.asarray(train_logits).astype(np.float16), row_ids=row_ids[train], labels=labels[train], **stated
    )
    save_predictions(val_path, Predictions(np.asarray(val_logits).astype(np.float16), labels[val], tiers_of_val, row_ids[val]))


def check_file_tiers(path: str | Path, tiers: np.ndarray, where: str) -> None:
    """Refuse a file whose ``tiers`` (when it has them) disagree with kdcal's tiers of the same rows,
    saying how many rows differ: the tiers would then mean different classes in the two."""
    with open_npz(path, where) as data:
        if "tiers" not in data.files:
            return
        file_tiers = data["tiers"].astype(str)
    tiers = np.asarray(tiers).astype(str)
    if file_tiers.shape != tiers.shape:
        raise PredictionsError(f"{where}: {len(file_tiers)} tiers in the file for {len(tiers)} rows")
    differ = np.flatnonzero(file_tiers != tiers)
    if differ.size:
        i = differ[0]
        raise PredictionsError(
            f"{where}: the file's tiers disagree with kdcal's in {differ.size} of {len(tiers)} rows (first row {i}: "
            f"{str(file_tiers[i])!r} in the file, {str(tiers[i])!r} by training frequency); check dataset.tiers (head, mid) "
            "and dataset.train_splits against the run that wrote the file"
        )
