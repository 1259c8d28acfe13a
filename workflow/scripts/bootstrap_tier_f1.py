"""The course's paired bootstrap of tier macro F1 differences: every trained arm against the
baseline, from the predicted classes the files record (or the argmax)."""

import numpy as np
import pandas as pd

from kdcal.data.split import row_sets
from kdcal.evaluation.analysis import tier_f1_bootstrap
from kdcal.evaluation.metrics import TIERS
from kdcal.predictions import load_predictions
from kdcal.runtime import atomic_path, by_arm, read_json, start_job

log = start_job(snakemake.log[0])
p = snakemake.params
arms = {arm: load_predictions(path) for arm, path in by_arm(p.arms, snakemake.input.predictions).items()}
reference = arms[p.baseline]
rows = row_sets(read_json(snakemake.input.split))[p.rows]
# TIER_LABELS as the course defines them: the tier's classes as they occur in full validation.
tier_classes = {tier: np.unique(reference.labels[reference.tiers == tier]) for tier in TIERS}
n_classes = reference.logits.shape[1]
frames = []
for arm, pred in arms.items():
    if arm == p.baseline:
        continue
    table = tier_f1_bootstrap(
        reference.predicted()[rows],
        pred.predicted()[rows],
        reference.labels[rows],
        reference.tiers[rows],
        tier_classes,
        n_classes,
        n_resamples=p.resamples,
        seed=p.seed,
        level=p.level,
    )
    frames.append(table.assign(arm=arm, reference=p.baseline, rows=p.rows))
    log.info("%s - %s: %s", arm, p.baseline, table.round(4).to_dict("records"))
columns = ["arm", "reference", "rows", "tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"]
out = pd.concat(frames)[columns] if frames else pd.DataFrame(columns=columns)
with atomic_path(snakemake.output.bootstrap) as tmp:
    out.to_csv(tmp, sep="\t", index=False, float_format="%.6f", na_rep="nan")
