"""A user's teacher outputs (row ids plus logits or probabilities), matched to the training and
validation rows by id, in kdcal's files."""

from kdcal.runtime import read_json, start_job
from kdcal.teachers.files import (
    align_teacher_file,
    load_teacher_rows,
    read_teacher_file,
    stated_temperature,
    write_teacher_outputs,
)

log = start_job(snakemake.log[0])
inputs, outputs = snakemake.input, snakemake.output
where = f"{snakemake.params.source} (teacher.file)"
rows = load_teacher_rows(inputs.corpus, inputs.train_index, inputs.val_index)
label_names = read_json(inputs.labels)
teacher_file = read_teacher_file(
    inputs.file,
    where,
    n_classes=len(label_names),
    topk_missing_mass=snakemake.params.topk_missing_mass,
    scores=snakemake.params.scores,
)
logits_of = align_teacher_file(teacher_file, rows, label_names, where)
log.info("%s: %d rows, %d classes", where, *teacher_file.logits.shape)
write_teacher_outputs(
    rows,
    logits_of,
    read_json(inputs.tiers),
    outputs.train_logits,
    outputs.val_predictions,
    stated_temperature(inputs.file),
    source=where,
)
