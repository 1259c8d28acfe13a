"""Cal / eval halves of validation: RandomState(seed + 999).permutation(n)."""

from kdcal.data.split import cal_eval_split, check_half_sizes
from kdcal.predictions import load_predictions
from kdcal.runtime import read_json, start_job, write_json_atomic

log = start_job(snakemake.log[0])
rows = snakemake.input.rows
n = len(load_predictions(rows)) if rows.endswith(".npz") else len(read_json(rows))
check_half_sizes(n, snakemake.resources.min_rows, rows)
cal, evaluation = cal_eval_split(n, snakemake.params.seed)
log.info("validation rows %d (from %s): cal %d, eval %d (seed %d)", n, rows, len(cal), len(evaluation), snakemake.params.seed)
write_json_atomic(
    snakemake.output.split, {"n": n, "seed": snakemake.params.seed, "cal": cal.tolist(), "eval": evaluation.tolist()}
)
