"""The published splits as corpus positions: train indices (+ test split), val indices, tiers."""

import numpy as np
import pandas as pd

from kdcal.data.complaints import positions_of
from kdcal.data.corpus import assign_tiers, check_disjoint, read_index_file, tiers_record
from kdcal.runtime import read_json, start_job, write_json_atomic

log = start_job(snakemake.log[0])
corpus = pd.read_parquet(snakemake.input.corpus, columns=["row_id", "label"])
row_ids, labels = corpus.row_id.tolist(), corpus.label.to_numpy()
source_rows = read_json(snakemake.input.source_rows)
label_names = read_json(snakemake.input.labels)
train_idx = read_index_file(snakemake.input.train_indices, source_rows["train"])
val_idx = read_index_file(snakemake.input.val_indices, source_rows["train"])
test_positions = np.flatnonzero(corpus.row_id.str.startswith("test:").to_numpy())
train, skipped_train = positions_of(row_ids, "train", train_idx, snakemake.input.train_indices)
val, skipped_val = positions_of(row_ids, "train", val_idx, snakemake.input.val_indices)
log.info("rows skipped (label not in the list): train %d, val %d", skipped_train, skipped_val)
splits = {"train": train, "val": val, "test": test_positions}
check_disjoint(splits, {"train": snakemake.input.train_indices, "val": snakemake.input.val_indices, "test": "the test split"})
if "test" in snakemake.params.train_splits:
    splits["train"], splits["test"] = np.concatenate([train, test_positions]), np.zeros(0, np.int64)
tiers = assign_tiers(
    labels[splits["train"]],
    label_names,
    snakemake.params.tiers["head"],
    snakemake.params.tiers["mid"],
    snakemake.input.train_indices,
)
for name, index in splits.items():
    log.info("%s: %d rows", name, len(index))
    write_json_atomic(snakemake.output[name], index.tolist())
write_json_atomic(snakemake.output.tiers, tiers_record(label_names, tiers))
