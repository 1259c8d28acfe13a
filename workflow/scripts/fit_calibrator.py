"""Fit one post-hoc map (a calibration.methods entry) on the cal half of an arm's validation
logits; vector and matrix scaling choose their strength by cross-validation."""

from kdcal.calibration.registry import fit_map
from kdcal.predictions import load_predictions
from kdcal.runtime import read_json, start_job, write_json_atomic

log = start_job(snakemake.log[0])
method, settings = snakemake.params.method, snakemake.params.settings
p = load_predictions(snakemake.input.predictions)
cal = read_json(snakemake.input.split)["cal"]
logits, labels = p.logits[cal], p.labels[cal]
fitted, cv, record = fit_map(method, logits, labels, settings, f"{snakemake.input.predictions} (cal half)")
for row in cv:
    strengths = ", ".join(f"{key} = {value:g}" for key, value in row.items() if key != "cv_nll")
    log.info("%s: mean held-out NLL %.5f over %d folds", strengths, row["cv_nll"], settings["folds"])
if not record.get("converged", True):
    log.warning("L-BFGS stopped after %d iterations without meeting its tolerance", record["iterations"])
log.info(
    "%s_%s: %s, cal NLL %.4f -> %.4f on %d rows",
    snakemake.wildcards.fitted,
    snakemake.wildcards.posthoc,
    fitted.summary(),
    record["cal_nll_before"],
    record["cal_nll_after"],
    len(cal),
)
write_json_atomic(snakemake.output.calibrator, record)
