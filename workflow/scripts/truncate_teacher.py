"""The teacher's top k classes per training row, in the format of an API teacher's top-k file."""

from kdcal.runtime import start_job
from kdcal.teachers.topk import truncate_teacher_file

log = start_job(snakemake.log[0])
k = int(snakemake.wildcards.topk)
mass = truncate_teacher_file(snakemake.input.logits, snakemake.output.logits, k)
log.info(
    "top %d of the teacher's classes on %d training rows: they hold %.4f of its probability on average (%.4f to %.4f)",
    k,
    len(mass),
    float(mass.mean()),
    float(mass.min()),
    float(mass.max()),
)
