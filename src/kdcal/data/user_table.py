"""A user's own dataset (``dataset.source: table``): a local CSV, TSV, Parquet or JSON Lines file, or
a Hugging Face dataset (hub id or folder), read into kdcal's ``Corpus``.

Columns (named in the config): the text, the label (strings or integers), optionally a stable row id
(default: the row number in the file, ``"0"``, ``"1"``, ...) and a split column (``train`` / ``val``
/ ``test`` per row; without it the class-stratified split by ``dataset.sizes`` applies).

Label ids. With ``dataset.label_names`` (a list, or a JSON / one-name-per-line file) the ids are the
positions in that list: text labels are names that must be listed there; numbers (an integer column
of a Parquet or JSON Lines file) are positions into it; integer-looking text (every CSV cell is text)
is read as names when every value is one of the names (labels "0" to "3" with names ["3", "2", "1",
"0"]: "0" is the class named "0", id 3), as positions when none is, and refused when some are and
some are not. Without it, text labels are sorted (Python string order) and integer labels
numerically; a Hugging Face ``ClassLabel`` column brings its own names. The order is what a
teacher's logit columns must follow. Labels are compared as written: two spellings that differ only
in surrounding whitespace are refused, or stripped with ``dataset.strip_labels``.

Exact duplicate texts with different labels are kept (a dataset may well contain them, and removing
either row would change the task); their number is reported in ``results/data/summary.json`` and in
the log.

Every refusal is one line naming the file, the column and the offending rows (row numbers count the
data rows of the file from 0, header excluded).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from kdcal.data.corpus import Corpus, DataError
from kdcal.errors import first_line

SPLITS = ("train", "val", "test")
SUFFIXES = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_INTEGER = re.compile(r"^[+-]?\d+$")


@dataclass
class Table:
    """The user's table as kdcal uses it: the corpus and each row's split (None without a split
    column)."""

    corpus: Corpus
    splits: np.ndarray | None


def rows_text(positions: Sequence[int], limit: int = 5) -> str:
    """'rows 3, 17 and 20' / 'rows 3, 17, 20, 21, 40 and 12 more': the offending rows of a refusal."""
    positions = [int(p) for p in positions]
    shown = ", ".join(map(str, positions[:limit]))
    if len(positions) == 1:
        return f"row {positions[0]}"
    if len(positions) <= limit:
        head, _, last = shown.rpartition(", ")
        return f"rows {head} and {last}"
    return f"rows {shown} and {len(positions) - limit} more"


def is_table_file(path: str) -> bool:
    """Whether ``dataset.path`` names a file pandas reads (else a Hugging Face dataset id or folder)."""
    return Path(path).suffix.lower() in SUFFIXES


def read_frame(path: str, revision: str | None = None, encoding: str = "utf-8") -> tuple[pd.DataFrame, dict[str, list[str]]]:
    """The table as a DataFrame, plus the class names of Hugging Face ``ClassLabel`` columns.

    A path ending in .csv, .tsv/.tab, .parquet/.pq or .jsonl/.ndjson is read with pandas (CSV and
    TSV cells as text, nothing turned into NaN, so a text "NA" stays a text; CSV, TSV and JSON Lines
    in ``encoding``). Anything else is given to ``datasets.load_dataset`` (a hub id or a local
    dataset folder); its splits are concatenated in the dataset's order. The index holds each row's
    default id: its row number in a file, ``<split>:<row>`` in a Hugging Face dataset.
    """
    if is_table_file(path):
        kind = SUFFIXES[Path(path).suffix.lower()]
        if not Path(path).is_file():
            raise DataError(f"dataset.path {path}: no such file")
        try:
            if kind in ("csv", "tsv"):
                frame = pd.read_csv(path, sep="," if kind == "csv" else "\t", dtype=str, keep_default_na=False, encoding=encoding)
            elif kind == "parquet":
                frame = pd.read_parquet(path)
            else:
                frame = pd.read_json(path, lines=True, dtype=False, encoding=encoding)
        except UnicodeDecodeError:
            raise DataError(f"dataset.path {path}: {_undecodable(path, encoding)}") from None
        except LookupError:
            raise DataError(
                f"dataset.encoding {encoding!r}: not an encoding Python knows (e.g. utf-8, latin-1, cp1252)"
            ) from None
        except (ValueError, OSError, pd.errors.ParserError) as err:
            where = _bad_json_line(path, encoding) if kind == "jsonl" else None
            raise DataError(f"dataset.path {path}: cannot be read as {kind} ({where or first_line(err)})") from None
        frame.index = [str(i) for i in range(len(frame))]
        return frame, {}
    return _read_hf_dataset(path, revision)


def _undecodable(path: str, encoding: str) -> str:
    """Where a file stops being text in ``encoding``: its byte offset and line (from 1)."""
    import codecs

    decoder = codecs.getincrementaldecoder(encoding)()
    offset = lines = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as err:
                line = lines + chunk[: err.start].count(b"\n") + 1
                return (
                    f"not valid {encoding} at byte {offset + err.start} (line {line}); set dataset.encoding to the file's "
                    "encoding (e.g. latin-1 or cp1252), or save it as UTF-8"
                )
            offset += len(chunk)
            lines += chunk.count(b"\n")
    return f"not valid {encoding} at its end; set dataset.encoding to the file's encoding, or save it as UTF-8"


def _bad_json_line(path: str, encoding: str) -> str | None:
    """The first line of a JSON Lines file that is not one JSON object, as 'line N: why'."""
    with open(path, encoding=encoding) as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as err:
                return f"line {number} is not valid JSON: {err.msg} at column {err.colno}"
            if not isinstance(value, dict):
                return f"line {number} is not a JSON object (one object per line)"
    return None


def _duplicate_header(path: str, used: Sequence[str], encoding: str) -> None:
    """Refuse a CSV or TSV header that names a column kdcal reads more than once (pandas would
    rename the second to '<name>.1' and read only the first)."""
    import csv

    kind = SUFFIXES.get(Path(path).suffix.lower())
    if kind not in ("csv", "tsv"):
        return
    with open(path, newline="", encoding=encoding) as handle:
        header = next(csv.reader(handle, delimiter="," if kind == "csv" else "\t"), [])
    for name in used:
        positions = [i for i, column in enumerate(header) if column == name]
        if len(positions) > 1:
            raise DataError(
                f"{path}: the header names column {name!r} {len(positions)} times (columns "
                f"{rows_text([p + 1 for p in positions]).removeprefix('rows ')}); give each column its own name, so it is "
                "clear which one to read"
            )


def _read_hf_dataset(path: str, revision: str | None) -> tuple[pd.DataFrame, dict[str, list[str]]]:
    from datasets import load_dataset

    try:
        dataset = load_dataset(path, revision=revision)
    except Exception as err:  # noqa: BLE001 - datasets raises many types (offline, not found, bad folder): one line for all
        raise DataError(
            f"dataset.path {path}: not a file ending in {', '.join(SUFFIXES)}, and datasets.load_dataset cannot load it "
            f"as a Hugging Face dataset ({type(err).__name__}: {first_line(err)}). With HF_HUB_OFFLINE=1 the dataset must be in "
            "the local cache; otherwise check the id or folder"
        ) from None
    frames, names = [], {}
    for split, part in dataset.items():
        frame = part.to_pandas()
        frame.index = [f"{split}:{i}" for i in range(len(frame))]
        frames.append(frame)
        for column, feature in part.features.items():
            if type(feature).__name__ == "ClassLabel":
                names[column] = list(feature.names)
    return pd.concat(frames), names


def read_label_names(value, where: str = "dataset.label_names") -> list[str] | None:
    """``dataset.label_names``: None, a list of names, or a path to a JSON list / one name per line."""
    if value is None:
        return None
    if isinstance(value, str):
        path = Path(value)
        if not path.is_file():
            raise DataError(f"{where} {value}: no such file (give a list of class names, or a JSON list / one-per-line file)")
        text = path.read_text()
        if path.suffix.lower() == ".json":
            try:
                value = json.loads(text)
            except json.JSONDecodeError as err:
                raise DataError(f"{where} {value}: not valid JSON ({err}); expected a list of class names") from None
        else:
            value = [line for line in text.splitlines() if line.strip()]
        where = f"{where} ({path})"
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(f"{where}: expected a non-empty list of non-empty class names in id order")
    seen = set()
    for name in value:
        if name in seen:
            raise DataError(f"{where}: class {name!r} is listed more than once")
        seen.add(name)
    return list(value)


def _missing(values: pd.Series) -> np.ndarray:
    """(n,) bool: a cell that holds nothing (None, NaN, or only whitespace)."""
    isna = values.isna().to_numpy()
    blank = values.map(lambda v: isinstance(v, str) and not v.strip()).to_numpy(dtype=bool)
    return isna | blank


def _column(frame: pd.DataFrame, column: str, key: str, path: str) -> pd.Series:
    if column not in frame.columns:
        raise DataError(f"{path}: no column {column!r} ({key}); the columns are {', '.join(map(str, frame.columns))}")
    return frame[column]


def _labels(
    values: pd.Series,
    declared: list[str] | None,
    class_labels: list[str] | None,
    path: str,
    column: str,
    strip: bool = False,
) -> tuple[np.ndarray, list[str]]:
    """(n,) class ids and the class names in id order (see the module docstring)."""
    if class_labels is not None and declared is None:
        declared = class_labels
    raw = values.to_numpy(dtype=object)
    numeric = pd.api.types.is_integer_dtype(values.dtype) or (
        pd.api.types.is_float_dtype(values.dtype) and all(float(v).is_integer() for v in raw)
    )
    integer_text = not numeric and all(isinstance(v, str) and _INTEGER.match(v.strip()) for v in raw)
    if integer_text and declared is not None:
        # Integer-looking text with class names: names where every value is one, positions where
        # none is; a mix of both could be read either way and is refused.
        known = set(declared)
        is_name = np.array([v in known for v in raw], dtype=bool)
        if is_name.all():
            integer_text = False
        elif is_name.any():
            raise DataError(
                f"{path}: column {column!r} holds integer-looking labels of which some are class names in dataset.label_names "
                f"({raw[is_name][0]!r}, {rows_text(np.flatnonzero(is_name))}) and some are not ({raw[~is_name][0]!r}, "
                f"{rows_text(np.flatnonzero(~is_name))}): they could be names or positions. Write every label as a name "
                "from dataset.label_names, or every label as a position 0 to K-1 with class names that are not numbers"
            )
    if numeric or integer_text:
        numbers = np.array([int(v) for v in raw], dtype=np.int64)
        if declared is None:
            unique = np.unique(numbers)
            return np.searchsorted(unique, numbers), [str(u) for u in unique]
        bad = np.flatnonzero((numbers < 0) | (numbers >= len(declared)))
        if bad.size:
            raise DataError(
                f"{path}: column {column!r} holds integer labels outside [0, {len(declared)}) for the "
                f"{len(declared)} classes of dataset.label_names, in {rows_text(bad)}"
            )
        return numbers, list(declared)
    text = np.array([str(v).strip() if strip else str(v) for v in raw], dtype=object)
    if strip and declared is not None:
        declared = [name.strip() for name in declared]
    if not strip:
        _refuse_whitespace_variants(text, path, column)
    names = declared if declared is not None else sorted(set(text))
    index = {name: i for i, name in enumerate(names)}
    ids = np.array([index.get(t, -1) for t in text], dtype=np.int64)
    bad = np.flatnonzero(ids < 0)
    if bad.size:
        unknown = sorted(set(text[bad]))
        near = [f"{u!r} differs from {name!r} only in spaces" for u in unknown for name in names if u.strip() == name.strip()]
        hint = f" ({'; '.join(near[:2])}: set dataset.strip_labels: true to strip them)" if near else ""
        raise DataError(
            f"{path}: column {column!r} has label(s) {', '.join(map(repr, unknown[:5]))} not in dataset.label_names, "
            f"in {rows_text(bad)}{hint}; list every class there, or drop those rows"
        )
    return ids, list(names)


def _refuse_whitespace_variants(text: np.ndarray, path: str, column: str) -> None:
    """Refuse two spellings of one label that differ only in surrounding whitespace ('noun.food'
    and 'noun.food '): they would be two classes."""
    spellings: dict[str, set[str]] = {}
    for value in set(text):
        spellings.setdefault(value.strip(), set()).add(value)
    clash = next((sorted(variants) for variants in spellings.values() if len(variants) > 1), None)
    if clash is None:
        return
    rows = "; ".join(f"{v!r} in {rows_text(np.flatnonzero(text == v))}" for v in clash[:2])
    raise DataError(
        f"{path}: column {column!r} spells one label in ways that differ only in surrounding whitespace ({rows}); "
        "they would become separate classes. Fix the spelling, or set dataset.strip_labels: true to strip every label"
    )


def load_table(
    path: str,
    text_column: str,
    label_column: str,
    id_column: str | None = None,
    split_column: str | None = None,
    label_names=None,
    revision: str | None = None,
    *,
    encoding: str = "utf-8",
    strip_labels: bool = False,
) -> Table:
    """Read and check a user's table; refuses (``DataError``) a missing column, a column named twice
    in the header, empty or missing texts, missing labels, labels outside ``label_names``,
    integer-looking labels that could be names or positions, one label spelt with different
    surrounding whitespace (unless ``strip_labels``), missing or duplicate ids, and split values
    other than train / val / test, each naming the file, the column and the rows."""
    frame, class_labels = read_frame(path, revision, encoding)
    if is_table_file(path):
        _duplicate_header(path, [c for c in (text_column, label_column, id_column, split_column) if c], encoding)
    declared = read_label_names(label_names)
    if len(frame) == 0:
        raise DataError(f"{path}: the table has no rows")
    texts = _column(frame, text_column, "dataset.text_column", path)
    labels = _column(frame, label_column, "dataset.label_column", path)
    ids = _column(frame, id_column, "dataset.id_column", path) if id_column else None
    split = _column(frame, split_column, "dataset.split_column", path) if split_column else None

    empty = _missing(texts)
    if empty.any():
        raise DataError(
            f"{path}: column {text_column!r} (dataset.text_column) is empty or whitespace-only in {rows_text(np.flatnonzero(empty))}"
        )
    bad = np.flatnonzero(~texts.map(lambda v: isinstance(v, str)).to_numpy(dtype=bool))
    if bad.size:
        raise DataError(f"{path}: column {text_column!r} (dataset.text_column) holds non-text values in {rows_text(bad)}")
    missing = np.flatnonzero(_missing(labels))
    if missing.size:
        raise DataError(f"{path}: column {label_column!r} (dataset.label_column) has no label in {rows_text(missing)}")
    label_ids, names = _labels(labels, declared, class_labels.get(label_column), path, label_column, strip_labels)

    if ids is None:
        row_ids = list(frame.index)  # the row number, or <split>:<row> in a Hugging Face dataset
    else:
        absent = np.flatnonzero(_missing(ids))
        if absent.size:
            raise DataError(f"{path}: column {id_column!r} (dataset.id_column) has no id in {rows_text(absent)}")
        row_ids = [id_text(v) for v in ids.to_numpy(dtype=object)]
        duplicated = pd.Series(row_ids).duplicated(keep=False).to_numpy()
        if duplicated.any():
            first = row_ids[int(np.flatnonzero(duplicated)[0])]
            raise DataError(
                f"{path}: column {id_column!r} (dataset.id_column) has duplicate ids ({first!r} and others) in "
                f"{rows_text(np.flatnonzero(duplicated))}; row ids must be unique"
            )
    row_split = None
    if split is not None:
        row_split = np.array([str(v).strip() if isinstance(v, str) else v for v in split.to_numpy(dtype=object)], dtype=object)
        other = np.flatnonzero(~np.isin(row_split.astype(str), SPLITS) | _missing(split))
        if other.size:
            values = sorted({str(v) for v in row_split[other]})
            raise DataError(
                f"{path}: column {split_column!r} (dataset.split_column) has value(s) {', '.join(map(repr, values[:5]))} "
                f"in {rows_text(other)}; allowed: {', '.join(SPLITS)}"
            )
        row_split = row_split.astype(str)

    text_list = [str(t) for t in texts.to_numpy(dtype=object)]
    corpus = Corpus(row_ids, text_list, np.asarray(label_ids, dtype=np.int64), names)
    return Table(corpus, row_split)


def id_text(value) -> str:
    """A row id as text: an integral float (a Parquet or JSON id column with gaps) without ".0"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def conflicting_duplicates(texts: Sequence[str], labels: np.ndarray) -> dict[str, int]:
    """Exact duplicate texts that carry more than one label: how many such texts, and their rows."""
    frame = pd.DataFrame({"text": list(texts), "label": np.asarray(labels)})
    per_text = frame.groupby("text", sort=False)["label"].nunique()
    conflicting = per_text[per_text > 1].index
    rows = int(frame["text"].isin(conflicting).sum())
    return {"conflicting_duplicate_texts": len(conflicting), "rows_with_conflicting_duplicates": rows}


def check_split_classes(
    labels: np.ndarray, splits: dict[str, np.ndarray], label_names: Sequence[str], source: str, sizes: dict | None = None
) -> None:
    """Refuse a split that cannot train or evaluate every class: fewer train or val rows than
    classes, or a class with no training row (named, with its count and what to change).

    labels: (N,) class ids of the corpus; splits: name -> corpus positions; sizes: the requested
    ``dataset.sizes`` (None when a split column fixed the splits).
    """
    k = len(label_names)
    for name in ("train", "val"):
        if len(splits[name]) < k:
            change = f"raise dataset.sizes.{name}" if sizes is not None else f"give more rows the {name} split"
            raise DataError(
                f"{source}: the {name} split has {len(splits[name])} rows for {k} classes; every class needs rows: {change}"
            )
    counts = np.bincount(labels, minlength=k)
    train_counts = np.bincount(labels[splits["train"]], minlength=k)
    empty = np.flatnonzero(train_counts == 0)
    if not empty.size:
        return
    c = int(empty[np.argmin(counts[empty])])
    if sizes is not None:
        needed = math.ceil(len(labels) / sizes["train"])
        advice = (
            f"the stratified split (dataset.sizes.train {sizes['train']} of {len(labels)} rows) gives a class of fewer than "
            f"about {needed} rows no training row: add rows of that class, raise dataset.sizes.train, or drop the class"
        )
    else:
        in_splits = ", ".join(f"{s} {int((labels[splits[s]] == c).sum())}" for s in SPLITS if s in splits)
        advice = f"its rows by split: {in_splits}; put some of them in train, or drop the class"
    raise DataError(
        f"{source}: class {label_names[c]!r} has {int(counts[c])} row(s) and none in the train split "
        f"({empty.size} class(es) without training rows); {advice}"
    )


def fixed_splits(row_split: np.ndarray) -> dict[str, np.ndarray]:
    """Corpus positions of each split named by a split column (train, val, test; test may be empty)."""
    row_split = np.asarray(row_split).astype(str)
    return {name: np.flatnonzero(row_split == name) for name in SPLITS}
