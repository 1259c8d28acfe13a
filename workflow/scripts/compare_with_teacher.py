"""Jensen-Shannon divergence from the teacher (kdcal's bits and the course's nats) and argmax
agreement, per arm and tier, on the eval half and on full validation."""

import pandas as pd

from kdcal.data.split import row_sets
from kdcal.evaluation.analysis import teacher_agreement
from kdcal.plan import TEACHER
from kdcal.predictions import load_predictions
from kdcal.runtime import atomic_path, by_arm, read_json, start_job

log = start_job(snakemake.log[0])
teacher = load_predictions(snakemake.input.teacher)
rows_of = row_sets(read_json(snakemake.input.split))
frames = []
for arm, path in by_arm(snakemake.params.arms, snakemake.input.predictions).items():
    if arm == TEACHER:
        continue
    p = load_predictions(path)
    for rows, index in rows_of.items():
        frame = teacher_agreement(p.logits[index], teacher.logits[index], p.tiers[index])
        frames.append(frame.assign(arm=arm, rows=rows))
out = pd.concat(frames)[["arm", "rows", "subset", "js_divergence", "js_divergence_course", "argmax_agreement", "n"]]
with atomic_path(snakemake.output.agreement) as tmp:
    out.to_csv(tmp, sep="\t", index=False, float_format="%.6f", na_rep="nan")
log.info("%d rows", len(out))
