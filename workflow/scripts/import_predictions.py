"""Check the replayed files (alone and against each other) and write kdcal's predictions format."""

from kdcal.predictions import save_predictions
from kdcal.replay import read_study
from kdcal.runtime import by_arm, log_to

log = log_to(snakemake.log[0])
arms = snakemake.params.arms
files = by_arm(arms, snakemake.input.files)
sources = {arm: f"{files[arm]} (from {uri})" for arm, uri in snakemake.params.sources.items()}
predictions = read_study(files, sources)
for arm, path in by_arm(arms, snakemake.output.predictions).items():
    log.info("%s: %d rows, %d classes", arm, *predictions[arm].logits.shape)
    save_predictions(path, predictions[arm])
