"""Fit one temperature on the cal half of an arm's validation logits (minimum NLL), with the
protocol's method; under the course protocol the exact temperature is recorded beside it."""

from kdcal.calibration.maps import TEMPERATURE_FITS, TemperatureScaler, check_temperature, nll_at_temperature
from kdcal.predictions import load_predictions
from kdcal.runtime import read_json, start_job, write_json_atomic

log = start_job(snakemake.log[0])
p = load_predictions(snakemake.input.predictions)
cal = read_json(snakemake.input.split)["cal"]
logits, labels = p.logits[cal], p.labels[cal]
# The exact fit always; the course's LBFGS fit (which imports torch) only where the protocol uses it.
methods = dict.fromkeys(["exact", snakemake.params.fit])
fitted = {method: TEMPERATURE_FITS[method](logits, labels) for method in methods}
for value in fitted.values():
    check_temperature(value, logits, f"{snakemake.input.predictions} (cal half)")
scaler = TemperatureScaler(fitted[snakemake.params.fit], snakemake.params.fit)
before, after = nll_at_temperature(logits, labels, 1.0), nll_at_temperature(logits, labels, scaler.temperature)
log.info(
    "%s: T = %.6f (%s; all methods: %s), cal NLL %.4f -> %.4f on %d rows",
    snakemake.wildcards.fitted,
    scaler.temperature,
    scaler.fit_method,
    fitted,
    before,
    after,
    len(cal),
)
write_json_atomic(
    snakemake.output.temperature,
    {
        "temperature": scaler.temperature,
        "fit_method": scaler.fit_method,
        **{f"temperature_{method}": value for method, value in fitted.items()},
        "cal_rows": len(cal),
        "cal_nll_before": before,
        "cal_nll_after": after,
    },
)
