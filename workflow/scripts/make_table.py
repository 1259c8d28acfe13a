"""results/table.md: the published table's shape plus intervals, tiers, analyses and the headline."""

import pandas as pd

from kdcal.calibration.registry import load_fitted_map
from kdcal.protocol import PROTOCOLS
from kdcal.reporting.results_table import FIGURES, STUDY_FIGURES, figures_markdown, render_sections, render_table
from kdcal.runtime import by_arm, read_json, start_job, write_text_atomic

log = start_job(snakemake.log[0])
inputs, p = snakemake.input, snakemake.params
protocol = PROTOCOLS[p.protocol]
metrics = pd.read_csv(inputs.metrics, sep="\t")
fitted = {
    arm: load_fitted_map(path).temperature
    for arm, path in by_arm(list(dict.fromkeys(p.temperature_of.values())), inputs.temperatures).items()
}
temperatures = {arm: fitted[scaled] for arm, scaled in p.temperature_of.items()}
n_eval = {row.subset: int(row.value) for row in metrics[(metrics.metric == "n_rows") & (metrics.arm == p.arms[0])].itertuples()}
analyses = {name: pd.read_csv(inputs[name], sep="\t") for name in p.analyses}
text = render_table(
    metrics,
    p.arms,
    temperatures,
    n_eval,
    headline=p.headline,
    level=p.level,
    protocol=protocol,
    notes=p.notes,
    published_ratio=p.published_ratio,
    n_cal=len(read_json(inputs.split)["cal"]),
    labels=p.labels,
)
text += render_sections(
    p.analysis_arms,
    analyses["coverage"],
    p.accuracy_target,
    protocol=protocol,
    level=p.level,
    diagnostics=analyses.get("teacher_diagnostics"),
    agreement=analyses.get("agreement"),
    bootstrap=analyses.get("tier_f1_bootstrap"),
    teacher_temperature=analyses.get("teacher_temperature"),
    ship=pd.read_csv(inputs.ship, sep="\t"),
    teachers=p.teachers,
    labels=p.labels,
)
text += figures_markdown({**FIGURES, **STUDY_FIGURES})
write_text_atomic(snakemake.output.table, text)
log.info("wrote %s", snakemake.output.table)
