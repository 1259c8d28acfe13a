"""Reliability small multiples on the eval half, binned and smooth (relplot): one panel per arm, or
per recipe with the rows of all its seeds pooled."""

import numpy as np

from kdcal.evaluation.metrics import probabilities, reliability_bins
from kdcal.predictions import load_predictions
from kdcal.reporting.plots import reliability_figure, save_figure, smooth_reliability_figure
from kdcal.runtime import by_arm, read_json, start_job

log = start_job(snakemake.log[0])
eval_rows = read_json(snakemake.input.split)["eval"]
files = by_arm(snakemake.params.arms, snakemake.input.predictions)
bins, smooth = {}, {}
for label, arms in snakemake.params.panels.items():
    runs = [load_predictions(files[arm]) for arm in arms]
    logits = np.concatenate([p.logits[eval_rows] for p in runs])
    labels = np.concatenate([p.labels[eval_rows] for p in runs])
    bins[label] = reliability_bins(logits, labels, snakemake.params.ece_bins)
    probs = probabilities(logits)
    smooth[label] = (probs.max(axis=1), (probs.argmax(axis=1) == labels).astype(float))
titles = snakemake.params.labels
save_figure(reliability_figure(bins, titles=titles), snakemake.output.figure)
save_figure(smooth_reliability_figure(smooth, titles=titles), snakemake.output.smooth)
log.info("wrote %s and %s (%d panels)", snakemake.output.figure, snakemake.output.smooth, len(bins))
