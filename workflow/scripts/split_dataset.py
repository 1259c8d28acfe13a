"""Train / val / test index files (class-stratified by dataset.sizes, or a table's split column),
checked so that every class has training rows, and the tier of every class."""

import numpy as np
import pandas as pd

from kdcal.data.corpus import assign_tiers, stratified_splits, tiers_record
from kdcal.data.user_table import check_split_classes, fixed_splits
from kdcal.runtime import read_json, start_job, write_json_atomic

log = start_job(snakemake.log[0])
p = snakemake.params
corpus = pd.read_parquet(snakemake.input.corpus, columns=["label", "split"] if p.fixed else ["label"])
labels = corpus["label"].to_numpy()
label_names = read_json(snakemake.input.labels)
if p.fixed:
    splits, sizes = fixed_splits(corpus["split"].to_numpy()), None
else:
    sizes = {name: p.sizes[name] for name in ("train", "val", "test")}
    splits = stratified_splits(labels, sizes, p.seed)
check_split_classes(labels, splits, label_names, p.dataset, sizes)
tiers = assign_tiers(labels[splits["train"]], label_names, p.tiers["head"], p.tiers["mid"], snakemake.output.train)
for name, index in splits.items():
    log.info("%s: %d rows, %d classes", name, len(index), len(np.unique(labels[index])))
    write_json_atomic(snakemake.output[name], index.tolist())
write_json_atomic(snakemake.output.tiers, tiers_record(label_names, tiers))
