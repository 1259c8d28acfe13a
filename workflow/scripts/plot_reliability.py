"""Reliability small multiples on the eval half: one panel per arm, or per recipe with the rows of
all its seeds pooled."""

import numpy as np

from kdcal.metrics import reliability_bins
from kdcal.plots import reliability_figure, save_figure
from kdcal.predictions import load_predictions
from kdcal.runtime import by_arm, log_to, read_json

log = log_to(snakemake.log[0])
eval_rows = read_json(snakemake.input.split)["eval"]
files = by_arm(snakemake.params.arms, snakemake.input.predictions)
bins = {}
for label, arms in snakemake.params.panels.items():
    runs = [load_predictions(files[arm]) for arm in arms]
    logits = np.concatenate([p.logits[eval_rows] for p in runs])
    labels = np.concatenate([p.labels[eval_rows] for p in runs])
    bins[label] = reliability_bins(logits, labels, snakemake.params.ece_bins)
save_figure(reliability_figure(bins), snakemake.output.figure)
log.info("wrote %s (%d panels)", snakemake.output.figure, len(bins))
