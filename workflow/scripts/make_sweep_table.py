"""results/sweep/table.md: every recipe over seeds, marked differences, the KD grid, the ratio."""

import pandas as pd

from kdcal.reporting.results_table import figures_markdown, render_sweep_table
from kdcal.runtime import start_job, write_text_atomic

log = start_job(snakemake.log[0])
p = snakemake.params
summary = pd.read_csv(snakemake.input.summary, sep="\t")
grid = {label: {(t, a): recipe for t, a, recipe in points} for label, points in p.grid.items()}
n_rows = summary[(summary.metric == "n_rows") & (summary.subset == "all")]
text = render_sweep_table(
    summary,
    p.recipes,
    p.seeds,
    p.baseline,
    grid,
    p.headline,
    int(n_rows.value.iloc[0]) if not n_rows.empty else None,
    p.compare_with,
    level=p.level,
    published_ratio=p.published_ratio,
)
write_text_atomic(snakemake.output.table, text + figures_markdown())
log.info("wrote %s", snakemake.output.table)
