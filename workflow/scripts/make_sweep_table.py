"""results/sweep/table.md: every recipe over seeds, marked differences, the KD grid, the ratio."""

import pandas as pd

from kdcal.runtime import log_to, write_text_atomic
from kdcal.sweep import render_sweep_table

log = log_to(snakemake.log[0])
summary = pd.read_csv(snakemake.input.summary, sep="\t")
grid = {label: {(t, a): recipe for t, a, recipe in points} for label, points in snakemake.params.grid.items()}
n_rows = summary[(summary.metric == "n_rows") & (summary.subset == "all")]
text = render_sweep_table(
    summary,
    snakemake.params.recipes,
    snakemake.params.seeds,
    snakemake.params.baseline,
    grid,
    snakemake.params.headline,
    int(n_rows.value.iloc[0]) if not n_rows.empty else None,
    snakemake.params.compare_with,
)
text += "\n## Figures\n\n![Reliability per recipe](figures/reliability.png)\n\n![NLL-ECE plane, every seed](figures/nll_vs_ece.png)\n\n![Coverage-accuracy curves](figures/coverage.png)\n"
write_text_atomic(snakemake.output.table, text)
log.info("wrote %s", snakemake.output.table)
