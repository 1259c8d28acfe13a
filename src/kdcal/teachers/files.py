"""Teacher outputs as files: the rows a teacher scores, kdcal's two teacher files, a user's file of
teacher outputs (dense, or only the top k), and whether a file's logits are already
temperature-scaled."""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from kdcal.data.corpus import read_index_file, row_tiers
from kdcal.data.user_table import id_text
from kdcal.errors import KdcalError, first_line
from kdcal.predictions import PredictionsError, check_logits, checked_logits, logits_from_probs, open_npz, save_teacher_outputs
from kdcal.teachers.topk import TOPK_KEYS, dense_log_probs

log = logging.getLogger(__name__)


class TeacherError(KdcalError, ValueError):
    """A teacher that does not fit the study."""


# How a teacher file says its logits are already divided by a temperature: a word of its name (the
# published files are *_canonical_final.npz, divided by T = 1.2538, beside *_canonical_raw.npz), or a
# scalar array (.npz) or metadata key (.parquet) holding the temperature.
SCALED_NAME_WORDS = ("final", "calibrated", "scaled")
TEMPERATURE_KEYS = ("temperature", "teacher_temperature", "calibration_temperature")


def name_says_scaled(uri: str) -> str | None:
    """Why a teacher file's name (local path, URL or hf:// URI) marks its logits as already
    temperature-scaled, or None."""
    words = set(re.split(r"[^a-z0-9]+", Path(str(uri).split("?", 1)[0]).name.lower()))
    found = [word for word in SCALED_NAME_WORDS if word in words]
    return f"its name has the word {found[0]!r}" if found else None


def stated_temperature(path: str | Path) -> float | None:
    """The temperature a teacher file says its logits are already divided by (a scalar
    ``temperature``, ``teacher_temperature`` or ``calibration_temperature``: an array of an .npz,
    a key of a Parquet file's metadata), or None where it states none, states 1, or is not a
    readable local file (the import job then reports the file itself)."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        if path.suffix.lower() == ".parquet":
            import pyarrow.parquet as pq

            metadata = pq.read_schema(path).metadata or {}
            stated = next((metadata[k.encode()] for k in TEMPERATURE_KEYS if k.encode() in metadata), None)
            value = None if stated is None else float(stated.decode())
        else:
            with np.load(path, allow_pickle=False) as data:
                key = next((k for k in TEMPERATURE_KEYS if k in data.files), None)
                stated = None if key is None else data[key]
                value = None if stated is None or stated.size != 1 else float(stated.reshape(-1)[0])
    except (OSError, ValueError, EOFError, UnicodeDecodeError, zipfile.BadZipFile, zlib.error):
        return None
    return value if value is not None and np.isfinite(value) and value > 0 and value != 1.0 else None


def scaling_evidence(path_or_uri: str | Path) -> str | None:
    """Why a teacher file counts as already temperature-scaled: its name, or the temperature it
    states (a local file only); None where neither says so."""
    stated = stated_temperature(path_or_uri)
    return name_says_scaled(str(path_or_uri)) or (None if stated is None else f"it states temperature {stated:g}")


def check_teacher_divisor(arm: str, spec: dict, evidence: str | None, where: str) -> None:
    """Refuse a fixed teacher divisor (``teacher: <number>``) on a teacher file that ``evidence``
    says is already temperature-scaled, unless the arm sets ``teacher_scaled: true``: that would
    scale the teacher twice without anyone deciding it."""
    divisor = spec.get("teacher", "raw")
    if evidence is None or isinstance(divisor, str) or spec.get("teacher_scaled", False):
        return
    raise TeacherError(
        f"arm {arm!r} divides the teacher's logits by {divisor:g} (arms.{arm}.teacher), but {where} is already "
        f"temperature-scaled ({evidence}): that scales the teacher twice. Use teacher: raw to distil from the file as it "
        f"is (the published study distilled from *_final.npz as it is), point the teacher at the unscaled file, or set "
        f"arms.{arm}.teacher_scaled: true to divide again on purpose"
    )


@dataclass
class TeacherRows:
    """The rows a teacher scores: the corpus columns and the positions of each part.

    texts: (N,) str; labels: (N,) int; row_ids: (N,) str; parts: "train" / "val" -> corpus positions.
    """

    texts: np.ndarray
    labels: np.ndarray
    row_ids: np.ndarray
    parts: dict[str, np.ndarray]


def load_teacher_rows(corpus_path: str | Path, train_index: str | Path, val_index: str | Path) -> TeacherRows:
    """The corpus table and the training and validation split files of a study."""
    corpus = pd.read_parquet(corpus_path)
    parts = {"train": read_index_file(train_index, len(corpus)), "val": read_index_file(val_index, len(corpus))}
    return TeacherRows(corpus.text.to_numpy(dtype=object), corpus.label.to_numpy(), corpus.row_id.to_numpy().astype(str), parts)


def write_teacher_outputs(
    rows: TeacherRows,
    logits_of: Callable[[str, np.ndarray], np.ndarray],
    tiers_file: dict,
    train_path: str | Path,
    val_path: str | Path,
    stated_temperature: float | None = None,
) -> None:
    """One pipeline for every teacher source: ``logits_of(part, positions)`` gives the (n, K)
    logits of a part's rows; they are logged with the teacher's accuracy and written as the
    training rows' soft targets (``train_path``) and the teacher arm's predictions (``val_path``).
    stated_temperature: the temperature the source file says it already divided by (kept)."""
    logits = {}
    for part, index in rows.parts.items():
        logits[part] = logits_of(part, index)
        accuracy = float((logits[part].argmax(1) == rows.labels[index]).mean())
        log.info("%s: %d rows, teacher accuracy %.4f", part, len(index), accuracy)
    train, val = rows.parts["train"], rows.parts["val"]
    tiers = row_tiers(tiers_file, rows.labels[val])
    if stated_temperature is not None:
        log.info("the source says its logits are already divided by temperature %.6g", stated_temperature)
    save_teacher_outputs(
        train_path,
        val_path,
        train_logits=logits["train"],
        val_logits=logits["val"],
        row_ids=rows.row_ids,
        labels=rows.labels,
        tiers_of_val=tiers,
        train=train,
        val=val,
        stated_temperature=stated_temperature,
    )


def read_teacher_file(
    path: str | Path, where: str, *, n_classes: int | None = None, topk_missing_mass: str = "uniform"
) -> tuple[np.ndarray, np.ndarray, list[str] | None]:
    """A user's teacher outputs: (n,) str row ids, (n, K) float32 logits (probabilities become
    clipped log-probabilities; a top-k file becomes the log-probabilities of ``kdcal.teachers.topk``'s
    ``topk_missing_mass`` treatment over ``n_classes`` classes) and the file's class names where it
    has them (else None).

    ``.npz``: ``row_ids`` and ``logits`` or ``probs``, or ``topk_ids`` (n, k) int and
    ``topk_logprobs`` (n, k) float; optionally ``label_names``. ``.parquet``: a column ``row_id`` and
    a column ``logits`` or ``probs`` holding one list of K numbers per row, or list columns
    ``topk_ids`` and ``topk_logprobs`` of k numbers per row.
    """
    if str(path).lower().endswith(".parquet"):
        if not Path(path).is_file():
            raise PredictionsError(f"{where}: no such file")
        try:
            frame = pd.read_parquet(path)
        except (OSError, ValueError) as err:
            raise PredictionsError(f"{where}: cannot be read as Parquet ({first_line(err)})") from None
        names = None
        topk, score_key = _score_keys(
            set(frame.columns),
            "row_id",
            where,
            "a column row_id and a list column",
            f"columns: {', '.join(map(str, frame.columns))}",
        )
        ids = frame["row_id"].to_numpy()
        arrays = {key: _list_column(frame, key, where) for key in (TOPK_KEYS if topk else (score_key,))}
    else:
        with open_npz(path, where) as data:
            keys = set(data.files)
            topk, score_key = _score_keys(keys, "row_ids", where, "arrays row_ids and", f"found {', '.join(sorted(keys))}")
            ids = data["row_ids"]
            arrays = {key: data[key] for key in (TOPK_KEYS if topk else (score_key,))}
            names = data["label_names"].astype(str).tolist() if "label_names" in keys else None
    if topk:
        if n_classes is None:
            raise PredictionsError(f"{where}: a top-k file needs the dataset's class count to fill in the other classes")
        logits = dense_log_probs(arrays["topk_ids"], arrays["topk_logprobs"], n_classes, topk_missing_mass, where)
        score_key = "topk_ids"
    elif score_key == "probs":
        scores = arrays[score_key]
        logits = logits_from_probs(scores, where)
    else:
        scores = arrays[score_key]
        check_logits(np.asarray(scores), where)
        logits = np.asarray(scores, dtype=np.float32)
    ids = np.array([id_text(v) for v in ids], dtype=str)
    if len(ids) != len(logits):
        raise PredictionsError(f"{where}: {len(ids)} row ids for {len(logits)} rows of {score_key}")
    return ids, logits, names


def _score_keys(keys: set, id_key: str, where: str, expected: str, found: str) -> tuple[bool, str | None]:
    """(whether the file is a top-k file, its dense score key ``logits`` or ``probs`` or None),
    refusing a file without ``id_key`` or any scores, naming what it has (``found``)."""
    topk = all(k in keys for k in TOPK_KEYS)
    score_key = next((k for k in ("logits", "probs") if k in keys), None)
    if id_key not in keys or (score_key is None and not topk):
        raise PredictionsError(f"{where}: expected {expected} logits or probs (or topk_ids and topk_logprobs); {found}")
    return topk, score_key


def _list_column(frame: pd.DataFrame, key: str, where: str) -> np.ndarray:
    """A Parquet column holding one list per row as a (rows, length) array; refuses lists of
    different lengths, naming the first row that differs."""
    lengths = frame[key].map(lambda v: -1 if v is None else len(v)).to_numpy()
    if len(set(lengths.tolist())) > 1:
        i = int(np.flatnonzero(lengths != lengths[0])[0])
        raise PredictionsError(
            f"{where}: column {key} has lists of different lengths ({lengths[0]} in row 0, {lengths[i]} in row {i}); "
            "every row needs the same number of values"
        )
    return np.stack(frame[key].to_numpy()) if len(frame) else np.zeros((0, 0))


def align_teacher_file(
    file_ids: np.ndarray,
    logits: np.ndarray,
    file_names: list[str] | None,
    rows: TeacherRows,
    label_names: Sequence[str],
    where: str,
) -> Callable[[str, np.ndarray], np.ndarray]:
    """Match a teacher file's rows to the study's by row id; refuses duplicate ids, ids that are
    not rows of the dataset (extra rows), training or validation rows the file lacks (missing
    rows), a class count (or class names) that differ from the dataset's. Returns ``logits_of``
    for ``write_teacher_outputs``."""
    k = len(label_names)
    if logits.shape[1] != k:
        raise PredictionsError(
            f"{where}: {logits.shape[1]} classes per row, but the dataset has {k} classes (results/data/labels.json)"
        )
    if file_names is not None and list(file_names) != list(label_names):
        differ = next(
            i for i in range(max(len(file_names), k)) if i >= len(file_names) or i >= k or file_names[i] != label_names[i]
        )
        raise PredictionsError(
            f"{where}: label_names differ from the dataset's at class {differ} "
            f"({file_names[differ] if differ < len(file_names) else None!r} vs {label_names[differ] if differ < k else None!r}); "
            "the logit columns must follow the dataset's class order (dataset.label_names)"
        )
    unique, counts = np.unique(file_ids, return_counts=True)
    if (counts > 1).any():
        raise PredictionsError(
            f"{where}: {int((counts > 1).sum())} row ids occur more than once (first {str(unique[counts > 1][0])!r}); one row per id"
        )
    position = {rid: i for i, rid in enumerate(rows.row_ids)}
    extra = [str(rid) for rid in file_ids if rid not in position]
    if extra:
        raise PredictionsError(
            f"{where}: {len(extra)} rows have ids that are not rows of the dataset (first {extra[0]!r}); row ids must be "
            "the dataset's (dataset.id_column, else the row number)"
        )
    in_file = {rid: i for i, rid in enumerate(file_ids)}
    for part, index in rows.parts.items():
        missing = [str(rows.row_ids[i]) for i in index if rows.row_ids[i] not in in_file]
        if missing:
            raise PredictionsError(
                f"{where}: {len(missing)} of the {len(index)} {part} rows are missing (first id {missing[0]!r}); the file "
                "needs a row for every training and validation row"
            )
    return lambda part, index: logits[[in_file[rows.row_ids[i]] for i in index]]


def load_teacher_targets(
    path: str | Path,
    row_ids: np.ndarray,
    labels: np.ndarray | None,
    temperature: float,
    purpose: str,
    *,
    n_classes: int | None = None,
    topk_missing_mass: str | None = None,
) -> np.ndarray:
    """Teacher logits for the training rows, checked against them, divided by ``temperature``.

    path: ``.npz`` with ``logits`` (n, K), or a top-k teacher's ``topk_ids`` and ``topk_logprobs``
    (n, k) (``kdcal.teachers.topk``; read as the log-probabilities of the ``topk_missing_mass`` treatment over
    ``n_classes`` classes), and, where known, ``row_ids`` and ``labels`` of the rows.
    row_ids / labels: the training rows the student will see, in order. Refuses a row count, row
    id or label mismatch and non-finite logits, naming the file and ``purpose`` (e.g. "teacher logits
    for arm kd"), before any training. Returns (n, K) float32 logits.
    """
    where = f"{path} ({purpose})"
    with open_npz(path, where) as data:
        if topk_missing_mass is not None:
            if not all(key in data.files for key in TOPK_KEYS):
                raise PredictionsError(f"{where}: missing keys {list(TOPK_KEYS)} of a top-k teacher; found {sorted(data.files)}")
            logits = dense_log_probs(data["topk_ids"], data["topk_logprobs"], n_classes, topk_missing_mass, where)
        else:
            logits = checked_logits(data, where)
        if len(logits) != len(row_ids):
            raise PredictionsError(
                f"{where}: {len(logits)} rows of logits but the student trains on {len(row_ids)} rows; they must be the same rows in the same order"
            )
        if "row_ids" in data.files:
            file_ids = data["row_ids"].astype(str)
            differ = np.flatnonzero(file_ids != np.asarray(row_ids).astype(str))
            if differ.size:
                i = differ[0]
                raise PredictionsError(
                    f"{where}: row {i} is {str(file_ids[i])!r} in the file but {str(row_ids[i])!r} in the training rows ({differ.size} rows differ)"
                )
        if labels is not None and "labels" in data.files:
            differ = np.flatnonzero(data["labels"] != np.asarray(labels))
            if differ.size:
                i = differ[0]
                raise PredictionsError(
                    f"{where}: label of row {i} is {data['labels'][i]} in the file but {labels[i]} in the training data ({differ.size} rows differ)"
                )
    return (logits.astype(np.float64) / temperature).astype(np.float32)
