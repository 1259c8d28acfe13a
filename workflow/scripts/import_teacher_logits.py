"""Published teacher logits, checked against the training and validation rows (and the file's
tiers against kdcal's), in kdcal's files."""

from kdcal.data.corpus import row_tiers
from kdcal.predictions import check_file_tiers
from kdcal.runtime import read_json, start_job
from kdcal.teachers.files import load_teacher_rows, load_teacher_targets, stated_temperature, write_teacher_outputs

log = start_job(snakemake.log[0])
inputs, outputs, sources = snakemake.input, snakemake.output, snakemake.params.sources
rows = load_teacher_rows(inputs.corpus, inputs.train_index, inputs.val_index)
tiers_file = read_json(inputs.tiers)
val_tiers = row_tiers(tiers_file, rows.labels[rows.parts["val"]])
check_file_tiers(inputs.val_logits, val_tiers, f"teacher logits from {sources['val']} for the val rows")
write_teacher_outputs(
    rows,
    lambda part, index: load_teacher_targets(
        inputs[f"{part}_logits"],
        rows.row_ids[index],
        rows.labels[index],
        1.0,
        f"teacher logits from {sources[part]} for the {part} rows",
        scores=snakemake.params.scores,
    ),
    tiers_file,
    outputs.train_logits,
    outputs.val_predictions,
    stated_temperature(inputs.train_logits),
    source=f"teacher logits from {sources['train']} and {sources['val']} (teacher.logits_files)",
)
