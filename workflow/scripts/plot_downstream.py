"""Top-k accuracy per arm, and conformal set size against coverage, from metrics.tsv."""

import pandas as pd

from kdcal.reporting.plots import downstream_figure, save_figure
from kdcal.runtime import start_job

log = start_job(snakemake.log[0])
metrics = pd.read_csv(snakemake.input.metrics, sep="\t")
arms = [a for a in snakemake.params.arms if a != "teacher"]
save_figure(downstream_figure(metrics, arms, snakemake.params.labels), snakemake.output.figure)
log.info("wrote %s", snakemake.output.figure)
