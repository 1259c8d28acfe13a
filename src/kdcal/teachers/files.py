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
from typing import NamedTuple

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


# A teacher whose scores are the same for every class of a row says nothing about that row: its soft
# targets there are uniform. A few such rows can be rows an API failed on (logged); more than this
# share of a part's rows is a broken export or a teacher that learned nothing, and is refused.
CONSTANT_ROW_SHARE = 0.01


def check_informative(logits: np.ndarray, row_ids: np.ndarray, where: str, part: str) -> None:
    """Refuse (n, K) teacher logits (or log-probabilities) that are constant across the classes on
    every row, or on more than ``CONSTANT_ROW_SHARE`` of the rows, naming the first such row;
    log the count where a few are."""
    if not len(logits):
        return
    logits = np.asarray(logits, dtype=np.float64)
    # constant up to rounding: float16 files and log-probabilities of equal probabilities
    constant = np.ptp(logits, axis=1) <= 1e-6 * np.maximum(1.0, np.abs(logits).max(axis=1))
    count = int(constant.sum())
    if count == len(logits) or count > CONSTANT_ROW_SHARE * len(logits):
        first = str(row_ids[int(np.flatnonzero(constant)[0])])
        raise TeacherError(
            f"{where}: the teacher's scores are the same for every class on {count} of the {len(logits)} {part} rows "
            f"(first row id {first!r}); such a teacher says nothing about those rows, and a kd student would train on "
            f"uniform targets (refused above {CONSTANT_ROW_SHARE:.0%} of the rows). Check the file's export: the "
            "logits of every class, not one value repeated"
        )
    if count:
        log.warning(
            "%s: %d of the %d %s rows have the same score for every class (uniform targets)", where, count, len(logits), part
        )


def write_teacher_outputs(
    rows: TeacherRows,
    logits_of: Callable[[str, np.ndarray], np.ndarray],
    tiers_file: dict,
    train_path: str | Path,
    val_path: str | Path,
    stated_temperature: float | None = None,
    *,
    source: str,
) -> None:
    """One pipeline for every teacher source: ``logits_of(part, positions)`` gives the (n, K)
    logits of a part's rows; they are checked to say something (``check_informative``), logged
    with the teacher's accuracy and written as the training rows' soft targets (``train_path``)
    and the teacher arm's predictions (``val_path``). stated_temperature: the temperature the
    source file says it already divided by (kept). source: the teacher, as messages name it."""
    logits = {}
    for part, index in rows.parts.items():
        logits[part] = logits_of(part, index)
        check_informative(logits[part], rows.row_ids[index], source, part)
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


SCORE_KINDS = ("logits", "probs", "topk")


class TeacherFile(NamedTuple):
    """A user's teacher file as read: (n,) str row ids, (n, K) float32 logits, the file's class
    names (or None) and its (n,) labels as written, ids or class names (or None)."""

    ids: np.ndarray
    logits: np.ndarray
    names: list[str] | None
    labels: np.ndarray | None


def read_teacher_file(
    path: str | Path,
    where: str,
    *,
    n_classes: int | None = None,
    topk_missing_mass: str = "uniform",
    scores: str | None = None,
) -> TeacherFile:
    """A user's teacher outputs: row ids, (n, K) float32 logits (probabilities become clipped
    log-probabilities; a top-k file becomes the log-probabilities of ``kdcal.teachers.topk``'s
    ``topk_missing_mass`` treatment over ``n_classes`` classes), the file's class names and its
    labels where it has them.

    ``.npz``: ``row_ids`` and ``logits`` or ``probs``, or ``topk_ids`` (n, k) int and
    ``topk_logprobs`` (n, k) float; optionally ``label_names`` and ``labels``. ``.parquet``: a
    column ``row_id`` and a column ``logits`` or ``probs`` holding one list of K numbers per row, or
    list columns ``topk_ids`` and ``topk_logprobs`` of k numbers per row; optionally ``labels``.
    A file with more than one kind of scores is refused unless ``scores`` (``teacher.scores``:
    logits, probs or topk) names the one to read.
    """
    if str(path).lower().endswith(".parquet"):
        if not Path(path).is_file():
            raise PredictionsError(f"{where}: no such file")
        try:
            frame = pd.read_parquet(path)
        except (OSError, ValueError) as err:
            raise PredictionsError(f"{where}: cannot be read as Parquet ({first_line(err)})") from None
        names = None
        kind = score_kind(
            set(frame.columns),
            "row_id",
            where,
            scores,
            "a column row_id and a list column",
            f"columns: {', '.join(map(str, frame.columns))}",
        )
        ids = frame["row_id"].to_numpy()
        arrays = {key: _list_column(frame, key, where) for key in (TOPK_KEYS if kind == "topk" else (kind,))}
        labels = frame["labels"].to_numpy() if "labels" in frame.columns else None
    else:
        with open_npz(path, where) as data:
            keys = set(data.files)
            kind = score_kind(keys, "row_ids", where, scores, "arrays row_ids and", f"found {', '.join(sorted(keys))}")
            ids = data["row_ids"]
            arrays = {key: data[key] for key in (TOPK_KEYS if kind == "topk" else (kind,))}
            names = data["label_names"].astype(str).tolist() if "label_names" in keys else None
            labels = data["labels"] if "labels" in keys else None
    if kind == "topk":
        if n_classes is None:
            raise PredictionsError(f"{where}: a top-k file needs the dataset's class count to fill in the other classes")
        logits = dense_log_probs(arrays["topk_ids"], arrays["topk_logprobs"], n_classes, topk_missing_mass, where)
    elif kind == "probs":
        logits = logits_from_probs(arrays[kind], where)
    else:
        check_logits(np.asarray(arrays[kind]), where)
        logits = np.asarray(arrays[kind], dtype=np.float32)
    score_key = "topk_ids" if kind == "topk" else kind
    ids = np.array([id_text(v) for v in ids], dtype=str)
    if len(ids) != len(logits):
        raise PredictionsError(f"{where}: {len(ids)} row ids for {len(logits)} rows of {score_key}")
    if labels is not None and len(labels) != len(ids):
        raise PredictionsError(f"{where}: {len(labels)} labels for {len(ids)} rows; one label per row, or no labels array")
    return TeacherFile(ids, logits, names, labels)


def score_kinds(keys: set) -> list[str]:
    """The kinds of scores (``SCORE_KINDS``) whose arrays or columns are among ``keys``."""
    present = {"logits": "logits" in keys, "probs": "probs" in keys, "topk": all(k in keys for k in TOPK_KEYS)}
    return [kind for kind in SCORE_KINDS if present[kind]]


def score_kind(keys: set, id_key: str, where: str, chosen: str | None, expected: str, found: str) -> str:
    """The kind of scores to read from a file with arrays (or columns) ``keys``: logits, probs or
    topk. Refuses a file without ``id_key`` or any scores (naming what it has, ``found``), a file
    with more than one kind unless ``chosen`` (``teacher.scores``) names one, and a ``chosen`` kind
    the file lacks. The kind read is logged."""
    kinds = score_kinds(keys)
    if id_key not in keys or not kinds:
        raise PredictionsError(f"{where}: expected {expected} logits or probs (or topk_ids and topk_logprobs); {found}")
    if chosen is not None and chosen not in kinds:
        raise PredictionsError(f"{where}: teacher.scores is {chosen} but the file holds {' and '.join(kinds)} scores; {found}")
    if chosen is None and len(kinds) > 1:
        arrays = ", ".join("topk_ids and topk_logprobs" if k == "topk" else k for k in kinds)
        raise PredictionsError(
            f"{where}: holds more than one kind of scores ({arrays}); set teacher.scores to the one to use "
            f"({' or '.join(kinds)}), or write a file with one"
        )
    kind = chosen or kinds[0]
    log.info("%s: reading its %s scores", where, kind)
    return kind


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
    teacher_file: TeacherFile,
    rows: TeacherRows,
    label_names: Sequence[str],
    where: str,
) -> Callable[[str, np.ndarray], np.ndarray]:
    """Match a teacher file's rows to the study's by row id; refuses duplicate ids, ids that are
    not rows of the dataset (extra rows), training or validation rows the file lacks (missing
    rows), a class count (or class names) that differ from the dataset's, and labels (class ids or
    names) that differ from the dataset's labels of the same rows. Returns ``logits_of`` for
    ``write_teacher_outputs``."""
    file_ids, logits, file_names = teacher_file.ids, teacher_file.logits, teacher_file.names
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
    if teacher_file.labels is not None:
        check_file_labels(teacher_file.labels, rows.labels[[position[rid] for rid in file_ids]], file_ids, label_names, where)
    in_file = {rid: i for i, rid in enumerate(file_ids)}
    for part, index in rows.parts.items():
        missing = [str(rows.row_ids[i]) for i in index if rows.row_ids[i] not in in_file]
        if missing:
            raise PredictionsError(
                f"{where}: {len(missing)} of the {len(index)} {part} rows are missing (first id {missing[0]!r}); the file "
                "needs a row for every training and validation row"
            )
    return lambda part, index: logits[[in_file[rows.row_ids[i]] for i in index]]


def check_file_labels(
    file_labels: np.ndarray, labels: np.ndarray, file_ids: np.ndarray, label_names: Sequence[str], where: str
) -> None:
    """Refuse a teacher file whose ``labels`` (class ids, or class names) differ from the dataset's
    ``labels`` of the same rows (ids, in the file's row order), naming the first row that differs
    and the count: the file was made for other rows, or with another class order."""
    file_labels = np.asarray(file_labels)
    whole = file_labels.dtype.kind == "f" and np.all(np.isfinite(file_labels)) and np.all(file_labels == np.round(file_labels))
    if file_labels.dtype.kind in "iu" or whole:  # class ids (a Parquet column of ids may be float)
        as_ids = file_labels.astype(np.int64)
    else:
        index = {name: i for i, name in enumerate(label_names)}
        as_ids = np.array([index.get(str(v), -1) for v in file_labels], dtype=np.int64)
    differ = np.flatnonzero(as_ids != np.asarray(labels))
    if differ.size:
        i = int(differ[0])
        shown = label_names[labels[i]] if 0 <= labels[i] < len(label_names) else labels[i]
        raise PredictionsError(
            f"{where}: its labels differ from the dataset's on {differ.size} of {len(labels)} rows (first row id "
            f"{str(file_ids[i])!r}: {file_labels[i].tolist()!r} in the file, {int(labels[i])} ({shown!r}) in the dataset); the file "
            "was made for other rows or another class order. Match its row ids to the dataset's (dataset.id_column) "
            "or drop its labels array"
        )


def load_teacher_targets(
    path: str | Path,
    row_ids: np.ndarray,
    labels: np.ndarray | None,
    temperature: float,
    purpose: str,
    *,
    n_classes: int | None = None,
    topk_missing_mass: str | None = None,
    scores: str | None = None,
) -> np.ndarray:
    """Teacher logits for the training rows, checked against them, divided by ``temperature``.

    path: ``.npz`` with ``logits`` (n, K), or a top-k teacher's ``topk_ids`` and ``topk_logprobs``
    (n, k) (``kdcal.teachers.topk``; read as the log-probabilities of the ``topk_missing_mass`` treatment over
    ``n_classes`` classes), and, where known, ``row_ids`` and ``labels`` of the rows.
    row_ids / labels: the training rows the student will see, in order. Refuses a row count, row
    id or label mismatch and non-finite logits, naming the file and ``purpose`` (e.g. "teacher logits
    for arm kd"), before any training, and a file that holds other scores beside its logits unless
    ``scores`` (``teacher.scores``) is ``logits``. Returns (n, K) float32 logits.
    """
    where = f"{path} ({purpose})"
    with open_npz(path, where) as data:
        if topk_missing_mass is not None:
            if not all(key in data.files for key in TOPK_KEYS):
                raise PredictionsError(f"{where}: missing keys {list(TOPK_KEYS)} of a top-k teacher; found {sorted(data.files)}")
            logits = dense_log_probs(data["topk_ids"], data["topk_logprobs"], n_classes, topk_missing_mass, where)
        else:
            others = [kind for kind in score_kinds(set(data.files)) if kind != "logits"]
            if others and "logits" in data.files and scores != "logits":
                raise PredictionsError(
                    f"{where}: holds more than one kind of scores (logits and {' and '.join(others)}); kdcal reads the "
                    "logits of such a file only when teacher.scores is logits, or write a file with one"
                )
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
