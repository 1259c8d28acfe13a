"""Teacher logits (float16, with row ids) for the training rows and for validation."""

import joblib
import pandas as pd

from kdcal.data import read_index_file, row_tiers
from kdcal.predictions import save_teacher_outputs
from kdcal.runtime import log_to, read_json
from kdcal.teacher import teacher_logits

log = log_to(snakemake.log[0])
corpus = pd.read_parquet(snakemake.input.corpus)
labels, row_ids = corpus.label.to_numpy(), corpus.row_id.to_numpy().astype(str)
n_classes = len(read_json(snakemake.input.labels))
model = joblib.load(snakemake.input.model)
train = read_index_file(snakemake.input.train_index, len(corpus))
val = read_index_file(snakemake.input.val_index, len(corpus))
logits = {
    name: teacher_logits(model, corpus.text.iloc[index].tolist(), n_classes) for name, index in (("train", train), ("val", val))
}
for name, index in (("train", train), ("val", val)):
    log.info("%s: %d rows, accuracy %.4f", name, len(index), float((logits[name].argmax(1) == labels[index]).mean()))
tiers = row_tiers(read_json(snakemake.input.tiers), labels[val])
save_teacher_outputs(
    snakemake.output.train_logits,
    snakemake.output.val_predictions,
    logits["train"],
    logits["val"],
    row_ids,
    labels,
    tiers,
    train,
    val,
)
