"""Teacher logits (float16, with row ids) from a sequence-classification checkpoint."""

from kdcal.runtime import log_to, read_json, select_device, set_threads
from kdcal.teacher import checkpoint_logits, load_teacher_rows, write_teacher_outputs

log = log_to(snakemake.log[0])
set_threads(snakemake.params.threads)
inputs, outputs, c = snakemake.input, snakemake.output, snakemake.params.checkpoint
device = select_device(snakemake.params.device)
rows = load_teacher_rows(inputs.corpus, inputs.train_index, inputs.val_index)
n_classes = len(read_json(inputs.labels))
write_teacher_outputs(
    rows,
    lambda part, index: checkpoint_logits(
        c["name_or_path"], rows.texts[index].tolist(), n_classes, device, c["adapter"], c["batch_size"], c["max_length"]
    ),
    read_json(inputs.tiers),
    outputs.train_logits,
    outputs.val_predictions,
)
