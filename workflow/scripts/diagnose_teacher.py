"""Teacher diagnostics on the full validation set and on the eval half, and the temperature that would
minimise the teacher's NLL after each distilled arm's divisor."""

import pandas as pd

from kdcal.calibration.registry import load_fitted_map
from kdcal.data.split import row_sets
from kdcal.evaluation.analysis import teacher_temperature_table
from kdcal.evaluation.metrics import METRICS, evaluate
from kdcal.predictions import load_predictions
from kdcal.runtime import atomic_path, read_json, start_job
from kdcal.training.losses import teacher_divisor

log = start_job(snakemake.log[0])
p = load_predictions(snakemake.input.predictions)
# Tier classes as they occur in full validation, for the course's tier F1 on either row set.
tier_of_class = {int(c): str(t) for c, t in zip(p.labels, p.tiers)}
sets = row_sets(read_json(snakemake.input.split))
rows = []
for rows_name, index in sets.items():
    values = evaluate(
        p.logits[index],
        p.labels[index],
        p.tiers[index],
        n_bins=snakemake.params.ece_bins,
        tier_of_class=tier_of_class,
        top_k=(),  # the ranking metrics of the teacher are in metrics.tsv
    )
    for (subset, metric), value in values.items():
        rows.append((rows_name, subset, metric, float(value[0])))
frame = pd.DataFrame(rows, columns=["rows", "subset", "metric", "value"])
frame["metric"] = pd.Categorical(frame.metric, METRICS)
frame = frame.sort_values(["rows", "subset", "metric"], kind="stable")
with atomic_path(snakemake.output.diagnostics) as tmp:
    frame.to_csv(tmp, sep="\t", index=False, float_format="%.6f", na_rep="nan")
log.info("teacher on full validation: %s", frame[(frame.rows == "full_val") & (frame.subset == "all")].to_dict("records"))

fitted = load_fitted_map(snakemake.input.temperature).temperature
divisors = {arm: teacher_divisor({"teacher": choice}, fitted) for arm, choice in snakemake.params.divisors.items()}
table = teacher_temperature_table(p.logits, p.labels, sets, divisors)
with atomic_path(snakemake.output.temperature) as tmp:
    table.to_csv(tmp, sep="\t", index=False, float_format="%.6f")
log.info("teacher temperature:\n%s", table.to_string(index=False))
