"""All arms on the NLL-ECE plane with intervals, arrows from the baseline."""

import pandas as pd

from kdcal.reporting.plots import ece_nll_figure, save_figure
from kdcal.runtime import start_job

log = start_job(snakemake.log[0])
metrics = pd.read_csv(snakemake.input.metrics, sep="\t")
p = snakemake.params
save_figure(ece_nll_figure(metrics, p.arms, p.baseline, p.labels), snakemake.output.figure)
log.info("wrote %s", snakemake.output.figure)
