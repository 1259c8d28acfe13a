"""Across-seed summary of the sweep and the long table of every per-seed point estimate."""

from kdcal.evaluation.evaluate import ArmResult, write_metrics_tsv
from kdcal.reporting.sweep import per_seed_table, summarise_seeds
from kdcal.runtime import atomic_path, by_arm, start_job

log = start_job(snakemake.log[0])
p = snakemake.params
results = {arm: ArmResult.load(path) for arm, path in by_arm(p.arms, snakemake.input.evaluations).items()}
summary = summarise_seeds(results, p.recipe_of, p.baseline, tuple(p.headline), p.level, p.compare_with)
for frame, path in ((summary, snakemake.output.summary), (per_seed_table(results, p.recipe_of), snakemake.output.per_seed)):
    with atomic_path(path) as tmp:
        write_metrics_tsv(frame, tmp)
marked = summary[summary.exceeds_noise == 1.0]
log.info("%d arms, %d recipes; %d differences exceed both noise floors", len(results), summary.recipe.nunique(), len(marked))
