"""Coverage table per arm and tier, on the eval half and on full validation: coverage, accuracy
and rows covered at each confidence threshold."""

import pandas as pd

from kdcal.data.split import row_sets
from kdcal.evaluation.analysis import coverage_table
from kdcal.predictions import load_predictions
from kdcal.runtime import atomic_path, by_arm, read_json, start_job

log = start_job(snakemake.log[0])
rows_of = row_sets(read_json(snakemake.input.split))
p = snakemake.params
frames = []
for arm, path in by_arm(p.arms, snakemake.input.predictions).items():
    pred = load_predictions(path)
    for rows, index in rows_of.items():
        table = coverage_table(pred.logits[index], pred.labels[index], pred.tiers[index], p.thresholds, p.target)
        frames.append(table.assign(arm=arm, rows=rows))
out = pd.concat(frames)[["arm", "rows", "subset", "threshold", "coverage", "accuracy", "covered", "meets_target"]]
with atomic_path(snakemake.output.coverage) as tmp:
    out.to_csv(tmp, sep="\t", index=False, float_format="%.6f", na_rep="nan")
log.info("%d rows", len(out))
