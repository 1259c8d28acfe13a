"""Long metrics table: every arm, subset and metric with intervals, differences and the ratio."""

from kdcal.evaluation.evaluate import ArmResult, summarise, write_metrics_tsv
from kdcal.reporting.ship import which_to_ship
from kdcal.runtime import atomic_path, by_arm, start_job

log = start_job(snakemake.log[0])
baseline, posthoc, distilled = snakemake.params.headline
evaluated = snakemake.params.arms + snakemake.params.transfer_arms  # the second only for the transfer ratio
results = {arm: ArmResult.load(path) for arm, path in by_arm(evaluated, snakemake.input.evaluations).items()}
transfer = [tuple(pair) for pair in snakemake.params.transfer]
frame = summarise(results, baseline, (baseline, posthoc, distilled), snakemake.params.level, transfer)
with atomic_path(snakemake.output.metrics) as tmp:
    write_metrics_tsv(frame, tmp)
p = snakemake.params
ship = which_to_ship(results, p.arms, p.level, p.teachers, p.families)
with atomic_path(snakemake.output.ship) as tmp:
    write_metrics_tsv(ship, tmp)
log.info("which to ship: %s", dict(zip(ship.use, ship.verdict)))
log.info("%d rows for %d arms", len(frame), len(results))
