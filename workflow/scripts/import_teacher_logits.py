"""Published teacher logits, checked against the training and validation rows, in kdcal's files."""

from kdcal.predictions import load_teacher_targets
from kdcal.runtime import log_to, read_json
from kdcal.teacher import load_teacher_rows, write_teacher_outputs

log = log_to(snakemake.log[0])
inputs, outputs, sources = snakemake.input, snakemake.output, snakemake.params.sources
rows = load_teacher_rows(inputs.corpus, inputs.train_index, inputs.val_index)
write_teacher_outputs(
    rows,
    lambda part, index: load_teacher_targets(
        inputs[f"{part}_logits"],
        rows.row_ids[index],
        rows.labels[index],
        1.0,
        f"teacher logits from {sources[part]} for the {part} rows",
    ),
    read_json(inputs.tiers),
    outputs.train_logits,
    outputs.val_predictions,
)
