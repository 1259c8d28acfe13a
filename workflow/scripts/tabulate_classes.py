"""Per-class table on the eval half, per arm: class names and tiers, training rows, support,
precision, recall, F1 and the mean confidence of the rows predicted as each class."""

import numpy as np
import pandas as pd

from kdcal.data.corpus import read_index_file
from kdcal.evaluation.analysis import per_class_table
from kdcal.predictions import load_predictions
from kdcal.runtime import atomic_path, by_arm, read_json, start_job

log = start_job(snakemake.log[0])
tiers_file = read_json(snakemake.input.tiers)
names = tiers_file["labels"]
labels = pd.read_parquet(snakemake.input.corpus, columns=["label"])["label"].to_numpy()
train_rows = np.bincount(labels[read_index_file(snakemake.input.train_index, len(labels))], minlength=len(names))
rows = np.asarray(read_json(snakemake.input.split)["eval"])
frames = []
for arm, path in by_arm(snakemake.params.arms, snakemake.input.predictions).items():
    pred = load_predictions(path)
    table = per_class_table(pred.logits[rows], pred.labels[rows], names, tiers_file["tiers"])
    frames.append(table.assign(arm=arm, train_rows=train_rows))
columns = ["arm", "class_id", "class", "tier", "train_rows", "support", "predicted", "precision", "recall", "f1", "confidence"]
out = pd.concat(frames)[columns]
with atomic_path(snakemake.output.per_class) as tmp:
    out.to_csv(tmp, sep="\t", index=False, float_format="%.6f", na_rep="nan")
log.info("%d arms x %d classes", len(frames), len(names))
