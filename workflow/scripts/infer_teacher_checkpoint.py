"""Teacher logits (float16, with row ids) from a sequence-classification checkpoint."""

from kdcal.runtime import read_json, select_device, set_threads, start_job
from kdcal.teachers.checkpoint import load_checkpoint_teacher
from kdcal.teachers.files import load_teacher_rows, write_teacher_outputs

log = start_job(snakemake.log[0])
set_threads(snakemake.params.threads)
inputs, outputs, c = snakemake.input, snakemake.output, snakemake.params.checkpoint
device = select_device(snakemake.params.device)
rows = load_teacher_rows(inputs.corpus, inputs.train_index, inputs.val_index)
n_classes = len(read_json(inputs.labels))
# Loaded once for both parts (a large teacher takes minutes to load).
teacher = load_checkpoint_teacher(
    c["name_or_path"],
    n_classes,
    device,
    adapter=c["adapter"],
    dtype=c["dtype"],
    quantization=c["quantization"],
    device_map=c["device_map"],
    merge_adapter=c["merge_adapter"],
    trust_remote_code=c["trust_remote_code"],
    tokenizer=c.get("tokenizer"),
)
log.info(
    "teacher %s (adapter %s): dtype %s, quantization %s, device_map %s",
    c["name_or_path"],
    c["adapter"],
    c["dtype"],
    c["quantization"],
    c["device_map"],
)
# Each part is scored in shards that a killed job run again resumes from (results/teacher/shards).
write_teacher_outputs(
    rows,
    lambda part, index: teacher.logits(
        rows.texts[index].tolist(),
        c["batch_size"],
        c["max_length"],
        batch_tokens=c.get("batch_tokens"),
        shards=f"results/teacher/shards/{part}",
        shard_rows=snakemake.resources.shard_rows,
        fingerprint=c,
    ),
    read_json(inputs.tiers),
    outputs.train_logits,
    outputs.val_predictions,
    source=f"the checkpoint teacher {c['name_or_path']}" + (f" with adapter {c['adapter']}" if c["adapter"] else ""),
)
