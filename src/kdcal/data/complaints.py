"""The full study's dataset: consumer complaints with the published label merge and splits.

Hugging Face dataset ``determined-ai/consumer_complaints_medium``: text column "Consumer
Complaint", label column "Issue". The published study merged 153 raw labels into 113 classes and
fixed its splits with four JSON files (``label_list.json``: the classes in id order;
``label_merge_mapping.json``: raw label -> merged label, keys starting with "_" are comments;
``train_indices.json`` / ``val_indices.json``: row indices into the dataset's ``train`` split). The
test set is the dataset's ``test`` split. Rows whose merged label is not in the list are dropped.

Row ids are ``"<split>:<row index in that split>"``, so index files and teacher logits can be
checked against the rows they claim to describe.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from kdcal.data.corpus import Corpus, DataError, read_json_input


def read_label_list(path: str | Path) -> list[str]:
    labels = read_json_input(path, "a list of class names in id order")
    if not isinstance(labels, list) or not labels or not all(isinstance(x, str) for x in labels):
        raise DataError(f"{path}: expected a non-empty JSON list of class names in id order")
    if len(set(labels)) != len(labels):
        dup = next(x for x in labels if labels.count(x) > 1)
        raise DataError(f"{path}: class {dup!r} is listed more than once")
    return labels


def read_merge_mapping(path: str | Path) -> dict[str, str]:
    """raw label -> merged label; keys starting with "_" are comments and are skipped."""
    mapping = read_json_input(path, "an object raw label -> merged label")
    if not isinstance(mapping, dict):
        raise DataError(f"{path}: expected a JSON object raw label -> merged label")
    out = {k: v for k, v in mapping.items() if not k.startswith("_")}
    bad = [k for k, v in out.items() if not isinstance(v, str)]
    if bad:
        raise DataError(f"{path}: the merged label of {bad[0]!r} is not a string")
    return out


def merge_labels(raw: Sequence[str], mapping: Mapping[str, str], label_list: Sequence[str]) -> np.ndarray:
    """(n,) class ids of raw labels after merging; -1 where the merged label is not in the list."""
    index = {name: i for i, name in enumerate(label_list)}
    return np.array([index.get(mapping.get(r, r), -1) if r is not None else -1 for r in raw], dtype=np.int64)


def build_corpus(
    splits: Mapping[str, tuple[Sequence[str], Sequence[str]]], mapping: Mapping[str, str], label_list: Sequence[str]
) -> tuple[Corpus, dict[str, int]]:
    """One corpus from the dataset's splits: {split: (texts, raw labels)} -> Corpus of the rows
    whose merged label is in the list, plus the number of dropped rows per split."""
    row_ids, texts, labels, dropped = [], [], [], {}
    for split, (split_texts, raw) in splits.items():
        ids = merge_labels(raw, mapping, label_list)
        keep = np.flatnonzero(ids >= 0)
        dropped[split] = int(len(ids) - len(keep))
        row_ids += [f"{split}:{i}" for i in keep]
        texts += [split_texts[i] for i in keep]
        labels.append(ids[keep])
    return Corpus(row_ids, texts, np.concatenate(labels) if labels else np.zeros(0, np.int64), list(label_list)), dropped


def load_hf_splits(
    name_or_path: str, text_column: str, label_column: str, splits: Sequence[str] = ("train", "test"), revision: str | None = None
) -> dict[str, tuple[list[str], list[str]]]:
    """{split: (texts, raw labels)} of a Hugging Face dataset (hub id or local folder), with the
    columns checked by name before anything is read."""
    from datasets import load_dataset

    dataset = load_dataset(name_or_path, revision=revision)
    out = {}
    for split in splits:
        if split not in dataset:
            raise DataError(f"dataset {name_or_path}: no split {split!r}; it has {', '.join(dataset)}")
        part = dataset[split]
        for key, column in (("dataset.text_column", text_column), ("dataset.label_column", label_column)):
            if column not in part.column_names:
                raise DataError(
                    f"dataset {name_or_path} ({split}): no column {column!r} (config {key}); columns: {', '.join(part.column_names)}"
                )
        out[split] = (list(part[text_column]), list(part[label_column]))
    return out


def positions_of(row_ids: Sequence[str], split: str, indices: np.ndarray, source: str) -> tuple[np.ndarray, int]:
    """Corpus positions of ``split`` rows at ``indices`` (in the given order), skipping rows that
    were dropped for their label; returns the positions and the number skipped."""
    where = {rid: i for i, rid in enumerate(row_ids)}
    found = [where.get(f"{split}:{int(i)}", -1) for i in indices]
    positions = np.array([p for p in found if p >= 0], dtype=np.int64)
    return positions, len(found) - len(positions)
