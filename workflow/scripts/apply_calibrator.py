"""A post-hoc arm <arm>_<suffix>: validation logits through the arm's fitted map."""

from kdcal.calibration.registry import check_classes, load_fitted_map
from kdcal.predictions import Predictions, load_predictions, save_predictions
from kdcal.runtime import start_job

log = start_job(snakemake.log[0])
p = load_predictions(snakemake.input.predictions)
fitted = load_fitted_map(snakemake.input.calibrator)
check_classes(fitted, p.logits.shape[1], snakemake.input.calibrator, snakemake.input.predictions)
log.info("%s_%s: %s", snakemake.wildcards.fitted, snakemake.wildcards.posthoc, fitted.summary())
preds = p.preds if fitted.keeps_recorded_preds else None
save_predictions(snakemake.output.predictions, Predictions(fitted.transform(p.logits), p.labels, p.tiers, p.row_ids, preds))
