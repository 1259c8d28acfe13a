"""Published teacher logits, checked against the training and validation rows, in kdcal's files."""

import pandas as pd

from kdcal.data import read_index_file, row_tiers
from kdcal.predictions import load_teacher_targets, save_teacher_outputs
from kdcal.runtime import log_to, read_json

log = log_to(snakemake.log[0])
corpus = pd.read_parquet(snakemake.input.corpus)
labels, row_ids = corpus.label.to_numpy(), corpus.row_id.to_numpy().astype(str)
train = read_index_file(snakemake.input.train_index, len(corpus))
val = read_index_file(snakemake.input.val_index, len(corpus))
sources = snakemake.params.sources
logits = {
    name: load_teacher_targets(
        snakemake.input[f"{name}_logits"],
        row_ids[index],
        labels[index],
        1.0,
        f"teacher logits from {sources[name]} for the {name} rows",
    )
    for name, index in (("train", train), ("val", val))
}
for name, index in (("train", train), ("val", val)):
    log.info("%s: %d rows, teacher accuracy %.4f", name, len(index), float((logits[name].argmax(1) == labels[index]).mean()))
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
