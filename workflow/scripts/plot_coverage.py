"""Coverage-accuracy curves on the eval half (mean over seeds where a label has several arms)."""

import numpy as np

from kdcal.evaluation.metrics import risk_coverage
from kdcal.predictions import load_predictions
from kdcal.reporting.plots import coverage_figure, save_figure
from kdcal.runtime import by_arm, read_json, start_job

log = start_job(snakemake.log[0])
eval_rows = read_json(snakemake.input.split)["eval"]
files = by_arm(snakemake.params.arms, snakemake.input.predictions)
panels = {}
for title, groups in snakemake.params.panels.items():
    panels[title] = {}
    for label, arms in groups.items():
        curves = [risk_coverage(p.logits[eval_rows], p.labels[eval_rows]) for p in (load_predictions(files[a]) for a in arms)]
        panels[title][label] = (curves[0]["coverage"], np.mean([c["accuracy"] for c in curves], axis=0))
save_figure(coverage_figure(panels, snakemake.params.labels, snakemake.params.families), snakemake.output.figure)
log.info("wrote %s", snakemake.output.figure)
