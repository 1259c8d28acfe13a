"""The embedded default's teacher: TF-IDF features and multinomial logistic regression.

A different model family from the student on purpose: it is fast on a CPU, deterministic, and on
the WordNet supersense task it is clearly stronger than a tiny transformer trained for minutes.
Its logits are ``log predict_proba`` (log-probabilities are valid logits: softmax recovers them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline


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
