"""Every recipe and seed of the sweep on the NLL-ECE plane."""

import pandas as pd

from kdcal.reporting.plots import save_figure, seeds_plane_figure
from kdcal.runtime import start_job

log = start_job(snakemake.log[0])
per_seed = pd.read_csv(snakemake.input.per_seed, sep="\t")
p = snakemake.params
save_figure(seeds_plane_figure(per_seed, p.recipes, p.families, p.markers), snakemake.output.figure)
log.info("wrote %s", snakemake.output.figure)
