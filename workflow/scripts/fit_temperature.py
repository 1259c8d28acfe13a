"""Fit one temperature on the cal half of an arm's validation logits (minimum NLL)."""

from kdcal.calibration import TemperatureScaler, nll_at_temperature
from kdcal.predictions import load_predictions
from kdcal.runtime import log_to, read_json, write_json_atomic

log = log_to(snakemake.log[0])
p = load_predictions(snakemake.input.predictions)
cal = read_json(snakemake.input.split)["cal"]
scaler = TemperatureScaler().fit(p.logits[cal], p.labels[cal])
before = nll_at_temperature(p.logits[cal], p.labels[cal], 1.0)
after = nll_at_temperature(p.logits[cal], p.labels[cal], scaler.temperature)
log.info("%s: T = %.6f, cal NLL %.4f -> %.4f on %d rows", snakemake.wildcards.fitted, scaler.temperature, before, after, len(cal))
write_json_atomic(
    snakemake.output.temperature,
    {"temperature": scaler.temperature, "cal_rows": len(cal), "cal_nll_before": before, "cal_nll_after": after},
)
