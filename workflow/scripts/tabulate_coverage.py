"""Coverage table per arm and tier on the eval half: coverage, accuracy and rows at each threshold."""

import pandas as pd

from kdcal.analysis import coverage_table
from kdcal.predictions import load_predictions
from kdcal.runtime import atomic_path, by_arm, log_to, read_json

log = log_to(snakemake.log[0])
eval_rows = read_json(snakemake.input.split)["eval"]
frames = []
for arm, path in by_arm(snakemake.params.arms, snakemake.input.predictions).items():
    p = load_predictions(path)
    table = coverage_table(
        p.logits[eval_rows], p.labels[eval_rows], p.tiers[eval_rows], snakemake.params.thresholds, snakemake.params.target
    )
    frames.append(table.assign(arm=arm))
out = pd.concat(frames)[["arm", "subset", "threshold", "coverage", "accuracy", "covered", "meets_target"]]
with atomic_path(snakemake.output.coverage) as tmp:
    out.to_csv(tmp, sep="\t", index=False, float_format="%.6f", na_rep="nan")
log.info("%d rows", len(out))
