"""Fit one calibration map (calibration.methods beyond the temperature) on the cal half of an arm's
validation logits; vector and matrix scaling choose their strength by cross-validation."""

from kdcal.calibration.maps import CALIBRATION_MAPS, mean_nll
from kdcal.predictions import load_predictions
from kdcal.runtime import read_json, start_job, write_json_atomic

log = start_job(snakemake.log[0])
method, settings = snakemake.params.method, snakemake.params.settings
p = load_predictions(snakemake.input.predictions)
cal = read_json(snakemake.input.split)["cal"]
logits, labels = p.logits[cal], p.labels[cal]
fitted, cv = CALIBRATION_MAPS[method][1](logits, labels, **settings)
for record in cv:
    strengths = ", ".join(f"{key} = {value:g}" for key, value in record.items() if key != "cv_nll")
    log.info("%s: mean held-out NLL %.5f over %d folds", strengths, record["cv_nll"], settings["folds"])
before, after = mean_nll(logits, labels), mean_nll(fitted.transform(logits), labels)
record = fitted.to_record()
if not record.get("converged", True):
    log.warning("L-BFGS stopped after %d iterations without meeting its tolerance", record["iterations"])
log.info(
    "%s_%s: %s, cal NLL %.4f -> %.4f on %d rows",
    snakemake.wildcards.trained,
    snakemake.wildcards.posthoc,
    fitted.summary(),
    before,
    after,
    len(cal),
)
write_json_atomic(
    snakemake.output.calibrator,
    {"method": method, **record, "cv": cv, "cal_rows": len(cal), "cal_nll_before": before, "cal_nll_after": after},
)
