"""The post-hoc arm: validation logits divided by the arm's fitted temperature."""

from kdcal.calibration.maps import TemperatureScaler
from kdcal.predictions import Predictions, load_predictions, save_predictions
from kdcal.runtime import read_json, start_job

log = start_job(snakemake.log[0])
p = load_predictions(snakemake.input.predictions)
scaler = TemperatureScaler(read_json(snakemake.input.temperature)["temperature"])
log.info("%s_ts: logits / %.6f", snakemake.wildcards.trained, scaler.temperature)
save_predictions(snakemake.output.predictions, Predictions(scaler.transform(p.logits), p.labels, p.tiers, p.row_ids, p.preds))
