"""Fit vector scaling on the cal half of an arm's validation logits (strength chosen by CV)."""

from kdcal.calibration import fit_vector_scaling, mean_nll
from kdcal.predictions import load_predictions
from kdcal.runtime import log_to, read_json, write_json_atomic

log = log_to(snakemake.log[0])
settings = snakemake.params.settings
p = load_predictions(snakemake.input.predictions)
cal = read_json(snakemake.input.split)["cal"]
logits, labels = p.logits[cal], p.labels[cal]
scaler, cv = fit_vector_scaling(logits, labels, settings["l2_grid"], settings["folds"], settings["seed"])
for record in cv:
    log.info("l2 = %g: mean held-out NLL %.5f over %d folds", record["l2"], record["cv_nll"], settings["folds"])
before, after = mean_nll(logits, labels), mean_nll(scaler.transform(logits), labels)
if not scaler.converged:
    log.warning("L-BFGS stopped after %d iterations without meeting its tolerance", scaler.iterations)
log.info("%s: l2 = %g, cal NLL %.4f -> %.4f on %d rows", snakemake.wildcards.trained, scaler.l2, before, after, len(cal))
write_json_atomic(
    snakemake.output.calibrator,
    {
        "method": "vector_scaling",
        "l2": scaler.l2,
        "scale": scaler.scale.tolist(),
        "bias": scaler.bias.tolist(),
        "converged": scaler.converged,
        "iterations": scaler.iterations,
        "cv": cv,
        "cal_rows": len(cal),
        "cal_nll_before": before,
        "cal_nll_after": after,
    },
)
