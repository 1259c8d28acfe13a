"""Published teacher logits, checked against the training and validation rows, in kdcal's files."""
import numpy as np
import pandas as pd

from kdcal.data import read_index_file, row_tiers
from kdcal.predictions import Predictions, load_teacher_targets, save_npz_atomic, save_predictions
from kdcal.runtime import log_to, read_json

log = log_to(snakemake.log[0])
corpus = pd.read_parquet(snakemake.input.corpus)
labels, row_ids = corpus.label.to_numpy(), corpus.row_id.to_numpy().astype(str)
train = read_index_file(snakemake.input.train_index, len(corpus))
val = read_index_file(snakemake.input.val_index, len(corpus))
sources = snakemake.params.sources
train_logits = load_teacher_targets(snakemake.input.train_logits, row_ids[train], labels[train], 1.0, f"teacher logits from {sources['train']} for the training rows")
val_logits = load_teacher_targets(snakemake.input.val_logits, row_ids[val], labels[val], 1.0, f"teacher logits from {sources['val']} for the validation rows")
for name, logits, index in (("train", train_logits, train), ("val", val_logits, val)):
    log.info("%s: %d rows, teacher accuracy %.4f", name, len(index), float((logits.argmax(1) == labels[index]).mean()))
save_npz_atomic(snakemake.output.train_logits, logits=train_logits.astype(np.float16), row_ids=row_ids[train], labels=labels[train])
tiers = row_tiers(read_json(snakemake.input.tiers), labels[val])
save_predictions(snakemake.output.val_predictions, Predictions(val_logits.astype(np.float16), labels[val], tiers, row_ids[val]))
