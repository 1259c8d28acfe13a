"""Metrics of one arm on the eval half, every subset, with paired bootstrap draws."""

from kdcal.evaluation import evaluate_arm
from kdcal.predictions import load_predictions
from kdcal.runtime import log_to, read_json

log = log_to(snakemake.log[0])
p = load_predictions(snakemake.input.predictions)
split = read_json(snakemake.input.split)
if split["n"] != len(p):
    raise ValueError(
        f"{snakemake.input.predictions}: {len(p)} rows but the cal/eval split {snakemake.input.split} is for {split['n']} rows"
    )
params = snakemake.params
result = evaluate_arm(p, split["eval"], params.ece_bins, params.resamples, params.seed, floor_draws=params.floor_draws)
log.info("%s: %s", snakemake.wildcards.arm, dict(zip(result.metrics, result.point[0].round(4))))
result.save(snakemake.output.evaluation)
