"""Metrics of one arm on the eval half, every subset, with paired bootstrap draws."""

from kdcal.evaluation.conformal import ConformalSettings, check_alphas_and_rows
from kdcal.evaluation.evaluate import evaluate_arm
from kdcal.evaluation.metrics import check_top_k
from kdcal.predictions import load_predictions
from kdcal.runtime import read_json, start_job

log = start_job(snakemake.log[0])
p = load_predictions(snakemake.input.predictions)
split = read_json(snakemake.input.split)
if split["n"] != len(p):
    raise ValueError(
        f"{snakemake.input.predictions}: {len(p)} rows but the cal/eval split {snakemake.input.split} is for {split['n']} rows"
    )
params = snakemake.params
conformal = ConformalSettings.from_config(params.conformal)
check_top_k(params.top_k, p.logits.shape[1], snakemake.input.predictions)
check_alphas_and_rows(conformal, len(split["cal"]), snakemake.input.split)
result = evaluate_arm(
    p,
    split["eval"],
    params.ece_bins,
    params.resamples,
    params.seed,
    floor_draws=params.floor_draws,
    top_k=params.top_k,
    cal_positions=split["cal"],
    conformal=conformal,
)
log.info("%s: %s", snakemake.wildcards.arm, dict(zip(result.metrics, result.point[0].round(4))))
result.save(snakemake.output.evaluation)
