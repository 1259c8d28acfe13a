"""Class-stratified train / val / test index files and the tier of every class."""

import numpy as np
import pandas as pd

from kdcal.data import assign_tiers, stratified_splits, tiers_record
from kdcal.runtime import log_to, read_json, write_json_atomic

log = log_to(snakemake.log[0])
labels = pd.read_parquet(snakemake.input.corpus, columns=["label"])["label"].to_numpy()
label_names = read_json(snakemake.input.labels)
sizes = {name: snakemake.params.sizes[name] for name in ("train", "val", "test")}
splits = stratified_splits(labels, sizes, snakemake.params.seed)
tiers = assign_tiers(
    labels[splits["train"]], label_names, snakemake.params.tiers["head"], snakemake.params.tiers["mid"], snakemake.output.train
)
for name, index in splits.items():
    log.info("%s: %d rows, %d classes", name, len(index), len(np.unique(labels[index])))
    write_json_atomic(snakemake.output[name], index.tolist())
write_json_atomic(snakemake.output.tiers, tiers_record(label_names, tiers))
