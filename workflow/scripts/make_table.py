"""results/table.md: the published table's shape plus intervals, tiers, analyses and the headline."""

import pandas as pd

from kdcal.analysis import render_sections
from kdcal.evaluation import render_table
from kdcal.runtime import log_to, read_json, write_text_atomic

log = log_to(snakemake.log[0])
inputs = snakemake.input
metrics = pd.read_csv(inputs.metrics, sep="\t")
temperatures = {}
for key in inputs.keys():
    if key.startswith("temperature_"):
        arm = key.removeprefix("temperature_")
        temperatures[arm] = temperatures[f"{arm}_ts"] = read_json(inputs[key])["temperature"]
arms = snakemake.params.arms
n_eval = {row.subset: int(row.value) for row in metrics[(metrics.metric == "n_rows") & (metrics.arm == arms[0])].itertuples()}
baseline, posthoc, distilled = snakemake.params.headline


def optional(name):
    return pd.read_csv(inputs[name], sep="\t") if name in inputs.keys() else None


text = render_table(metrics, arms, temperatures, n_eval, baseline, (baseline, posthoc, distilled), notes=snakemake.params.notes)
text += render_sections(
    arms, optional("coverage"), snakemake.params.accuracy_target, optional("teacher_diagnostics"), optional("agreement")
)
text += (
    "\n## Figures\n\n![Reliability diagrams](figures/reliability.png)\n\n![Arms on the NLL-ECE plane](figures/ece_vs_nll.png)\n"
    "\n![Coverage-accuracy curves](figures/coverage.png)\n"
)
write_text_atomic(snakemake.output.table, text)
log.info("wrote %s", snakemake.output.table)
