"""Fit the TF-IDF + logistic-regression teacher on the training rows."""

import time

import joblib
import pandas as pd

from kdcal.data.corpus import read_index_file
from kdcal.runtime import atomic_path, set_threads, start_job
from kdcal.teachers.tfidf import fit_tfidf_logreg

log = start_job(snakemake.log[0])
set_threads(snakemake.params.threads)
corpus = pd.read_parquet(snakemake.input.corpus)
train = read_index_file(snakemake.input.train_index, len(corpus))
p = snakemake.params.teacher
started = time.perf_counter()
log.info("fitting %s on %d rows: C=%s ngram_max=%s min_df=%s", p["source"], len(train), p["C"], p["ngram_max"], p["min_df"])
model = fit_tfidf_logreg(
    corpus.text.iloc[train],
    corpus.label.to_numpy()[train],
    c=p["C"],
    ngram_max=p["ngram_max"],
    min_df=p["min_df"],
    max_iter=p["max_iter"],
)
log.info("fitted in %.1f s (%d features)", time.perf_counter() - started, len(model.named_steps["tfidf"].vocabulary_))
with atomic_path(snakemake.output.model) as tmp:
    joblib.dump(model, tmp)
