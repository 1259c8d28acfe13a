"""The embedded default's teacher: TF-IDF features and multinomial logistic regression.

A different model family from the student on purpose: it is fast on a CPU, deterministic, and on
the WordNet supersense task it is clearly stronger than a tiny transformer trained for minutes.
Its logits are ``log predict_proba`` (log-probabilities are valid logits: softmax recovers them).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from kdcal.errors import KdcalError


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
