"""Teacher logits (float16, with row ids) for the training rows and for validation."""
import joblib
import numpy as np
import pandas as pd

from kdcal.data import read_index_file, row_tiers
from kdcal.predictions import Predictions, check_logits, save_npz_atomic, save_predictions
from kdcal.runtime import log_to, read_json
from kdcal.teacher import teacher_logits

log = log_to(snakemake.log[0])
corpus = pd.read_parquet(snakemake.input.corpus)
label_names = read_json(snakemake.input.labels)
tiers_file = read_json(snakemake.input.tiers)
model = joblib.load(snakemake.input.model)
labels = corpus.label.to_numpy()
for name in ("train", "val"):
    index = read_index_file(snakemake.input[f"{name}_index"], len(corpus))
    logits = teacher_logits(model, corpus.text.iloc[index].tolist(), len(label_names)).astype(np.float16)
    check_logits(logits, f"teacher logits for {name}")
    log.info("%s: %d rows, accuracy %.4f", name, len(index), float((logits.argmax(1) == labels[index]).mean()))
    row_ids = corpus.row_id.to_numpy()[index].astype(str)
    if name == "train":
        save_npz_atomic(snakemake.output.train_logits, logits=logits, row_ids=row_ids, labels=labels[index])
    else:
        tiers = row_tiers(tiers_file, labels[index])
        save_predictions(snakemake.output.val_predictions, Predictions(logits, labels[index], tiers, row_ids))
