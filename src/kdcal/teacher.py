"""The embedded default's teacher: TF-IDF features and multinomial logistic regression.

A different model family from the student on purpose: it is fast on a CPU, deterministic, and on
the WordNet supersense task it is clearly stronger than a tiny transformer trained for minutes.
Its logits are ``log predict_proba`` (log-probabilities are valid logits: softmax recovers them).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from kdcal.data import read_index_file, row_tiers

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline
from kdcal.errors import KdcalError
from kdcal.predictions import save_teacher_outputs

log = logging.getLogger(__name__)


class TeacherError(KdcalError, ValueError):
    """A teacher that does not fit the study."""


# Floor of log-probabilities, so that float16 storage never meets -inf.
LOG_PROB_FLOOR = float(np.log(1e-30))


def fit_tfidf_logreg(
    texts: Sequence[str],
    labels: np.ndarray,
    c: float = 10.0,
    ngram_max: int = 2,
    min_df: int = 2,
    max_iter: int = 1000,
) -> Pipeline:
    """Fit TF-IDF (1..ngram_max grams, sublinear tf) + logistic regression (lbfgs, multinomial)."""
    # Imported here: jobs that only read teacher logits skip scikit-learn's ~0.8 s import.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    model = Pipeline(
        [
            ("tfidf", TfidfVectorizer(ngram_range=(1, ngram_max), min_df=min_df, sublinear_tf=True)),
            ("logreg", LogisticRegression(C=c, max_iter=max_iter)),
        ]
    )
    model.fit(list(texts), np.asarray(labels))
    return model


def teacher_logits(model: Pipeline, texts: Sequence[str], n_classes: int) -> np.ndarray:
    """(n, n_classes) float32 logits (log-probabilities) of a fitted pipeline.

    Classes the pipeline never saw in training get the floor log-probability.
    """
    log_proba = model.predict_log_proba(list(texts))
    out = np.full((len(texts), n_classes), LOG_PROB_FLOOR, dtype=np.float64)
    out[:, model.classes_] = np.maximum(log_proba, LOG_PROB_FLOOR)
    return out.astype(np.float32)


def checkpoint_logits(
    name_or_path: str,
    texts: Sequence[str],
    n_classes: int,
    device,
    adapter: str | None = None,
    batch_size: int = 64,
    max_length: int = 512,
) -> np.ndarray:
    """(n, n_classes) float32 logits of a sequence-classification checkpoint (optionally with a
    PEFT adapter), in batches sorted by length, under the device's mixed precision."""
    from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer

    from kdcal.student import predict_logits

    config = AutoConfig.from_pretrained(name_or_path)
    if config.num_labels != n_classes:
        raise TeacherError(
            f"{name_or_path}: the model predicts {config.num_labels} classes, the study has {n_classes}; a teacher checkpoint must be trained on the study's classes"
        )
    tokenizer = AutoTokenizer.from_pretrained(adapter or name_or_path)
    model = AutoModelForSequenceClassification.from_pretrained(name_or_path)
    if adapter:
        from peft import PeftModel  # optional dependency: pip install peft

        model = PeftModel.from_pretrained(model, adapter)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
        model.config.pad_token_id = tokenizer.pad_token_id
    ids = tokenizer(list(texts), truncation=True, max_length=max_length)["input_ids"]
    return predict_logits(model, ids, tokenizer.pad_token_id, device, batch_size)


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
) -> None:
    """One pipeline for every teacher source: ``logits_of(part, positions)`` gives the (n, K)
    logits of a part's rows; they are logged with the teacher's accuracy and written as the
    training rows' soft targets (``train_path``) and the teacher arm's predictions (``val_path``)."""
    logits = {}
    for part, index in rows.parts.items():
        logits[part] = logits_of(part, index)
        accuracy = float((logits[part].argmax(1) == rows.labels[index]).mean())
        log.info("%s: %d rows, teacher accuracy %.4f", part, len(index), accuracy)
    train, val = rows.parts["train"], rows.parts["val"]
    tiers = row_tiers(tiers_file, rows.labels[val])
    save_teacher_outputs(train_path, val_path, logits["train"], logits["val"], rows.row_ids, rows.labels, tiers, train, val)
