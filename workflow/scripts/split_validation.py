"""Cal / eval halves of validation: RandomState(seed + 999).permutation(n)."""
import json

from kdcal.runtime import log_to, write_json_atomic
from kdcal.split import cal_eval_split

log = log_to(snakemake.log[0])
n = len(json.load(open(snakemake.input.val_index)))
cal, evaluation = cal_eval_split(n, snakemake.params.seed)
log.info("validation rows %d: cal %d, eval %d (seed %d)", n, len(cal), len(evaluation), snakemake.params.seed)
write_json_atomic(snakemake.output.split, {"n": n, "seed": snakemake.params.seed, "cal": cal.tolist(), "eval": evaluation.tolist()})
