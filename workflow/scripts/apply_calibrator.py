"""A post-hoc arm <arm>_<vs|ms|hb>: validation logits through the arm's fitted calibration map."""

from kdcal.calibration.maps import map_from_record
from kdcal.predictions import Predictions, load_predictions, save_predictions
from kdcal.runtime import read_json, start_job

log = start_job(snakemake.log[0])
p = load_predictions(snakemake.input.predictions)
fitted = map_from_record(read_json(snakemake.input.calibrator), snakemake.input.calibrator)
if fitted.n_classes != p.logits.shape[1]:
    raise ValueError(
        f"{snakemake.input.calibrator}: {fitted.n_classes} classes but {snakemake.input.predictions} has {p.logits.shape[1]}"
    )
log.info("%s_%s: %s", snakemake.wildcards.trained, snakemake.wildcards.posthoc, fitted.summary())
save_predictions(snakemake.output.predictions, Predictions(fitted.transform(p.logits), p.labels, p.tiers, p.row_ids))
