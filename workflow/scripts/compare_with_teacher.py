"""Jensen-Shannon divergence from the teacher and argmax agreement, per arm and tier (eval half)."""

import pandas as pd

from kdcal.analysis import teacher_agreement
from kdcal.plan import TEACHER
from kdcal.predictions import load_predictions
from kdcal.runtime import atomic_path, by_arm, log_to, read_json

log = log_to(snakemake.log[0])
eval_rows = read_json(snakemake.input.split)["eval"]
teacher = load_predictions(snakemake.input.teacher)
frames = []
for arm, path in by_arm(snakemake.params.arms, snakemake.input.predictions).items():
    if arm == TEACHER:
        continue
    p = load_predictions(path)
    frame = teacher_agreement(p.logits[eval_rows], teacher.logits[eval_rows], p.tiers[eval_rows])
    frames.append(frame.assign(arm=arm))
out = pd.concat(frames)[["arm", "subset", "js_divergence", "argmax_agreement", "rows"]]
with atomic_path(snakemake.output.agreement) as tmp:
    out.to_csv(tmp, sep="\t", index=False, float_format="%.6f", na_rep="nan")
log.info("%d rows", len(out))
