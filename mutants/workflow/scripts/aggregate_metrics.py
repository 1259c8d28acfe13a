"""Long metrics table: every arm, subset and metric with intervals, differences and the ratio."""

from kdcal.evaluation import ArmResult, summarise, write_metrics_tsv
from kdcal.runtime import atomic_path, by_arm, log_to

log = log_to(snakemake.log[0])
baseline, posthoc, distilled = snakemake.params.headline
results = {arm: ArmResult.load(path) for arm, path in by_arm(snakemake.params.arms, snakemake.input.evaluations).items()}
frame = summarise(results, baseline, (baseline, posthoc, distilled), snakemake.params.level)
with atomic_path(snakemake.output.metrics) as tmp:
    write_metrics_tsv(frame, tmp)
log.info("%d rows for %d arms", len(frame), len(results))
