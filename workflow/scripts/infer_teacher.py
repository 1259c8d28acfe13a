"""Teacher logits (float16, with row ids) of the TF-IDF + logistic-regression teacher."""

import joblib

from kdcal.runtime import read_json, start_job
from kdcal.teachers.files import load_teacher_rows, write_teacher_outputs
from kdcal.teachers.tfidf import teacher_logits

log = start_job(snakemake.log[0])
inputs, outputs = snakemake.input, snakemake.output
rows = load_teacher_rows(inputs.corpus, inputs.train_index, inputs.val_index)
model, n_classes = joblib.load(inputs.model), len(read_json(inputs.labels))
write_teacher_outputs(
    rows,
    lambda part, index: teacher_logits(model, rows.texts[index].tolist(), n_classes),
    read_json(inputs.tiers),
    outputs.train_logits,
    outputs.val_predictions,
    source="the TF-IDF + logistic-regression teacher",
)
