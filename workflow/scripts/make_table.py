"""results/table.md: the published table's shape plus intervals, tiers and the headline."""
import pandas as pd

from kdcal.evaluation import render_table
from kdcal.runtime import log_to, read_json, write_text_atomic

log = log_to(snakemake.log[0])
metrics = pd.read_csv(snakemake.input.metrics, sep="\t")
figures = {"reliability", "ece_vs_nll"}
temperatures = {arm: read_json(path)["temperature"] for arm, path in snakemake.input.items() if arm not in figures | {"metrics"}}
for arm, t in list(temperatures.items()):
    temperatures[f"{arm}_ts"] = t
n_eval = {row.subset: int(row.value) for row in metrics[(metrics.metric == "n_rows") & (metrics.arm == snakemake.params.arms[0])].itertuples()}
baseline, posthoc, distilled = snakemake.params.headline
text = render_table(metrics, snakemake.params.arms, temperatures, n_eval, baseline, (baseline, posthoc, distilled), notes=snakemake.params.notes)
text += "\n## Figures\n\n![Reliability diagrams](figures/reliability.png)\n\n![Arms on the NLL-ECE plane](figures/ece_vs_nll.png)\n"
write_text_atomic(snakemake.output.table, text)
log.info("wrote %s", snakemake.output.table)
