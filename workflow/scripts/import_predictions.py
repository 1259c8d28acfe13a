"""Check one replayed file (alone, then against the reference arm's file: same rows, labels and
tiers) and write it in kdcal's predictions format."""

from kdcal.data.replay import read_published, read_study
from kdcal.predictions import save_predictions
from kdcal.runtime import start_job

log = start_job(snakemake.log[0])
arm, reference = snakemake.wildcards.source, snakemake.params.reference
where = f"{snakemake.input.file} (from {snakemake.params.uri})"
if "reference" in snakemake.input.keys():
    files = {reference: snakemake.input.reference, arm: snakemake.input.file}
    predictions = read_study(files, {reference: f"{snakemake.input.reference} (arm {reference})", arm: where})[arm]
else:
    predictions = read_published(snakemake.input.file, where)
log.info("%s: %d rows, %d classes", arm, *predictions.logits.shape)
save_predictions(snakemake.output.predictions, predictions)
