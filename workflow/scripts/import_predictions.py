"""Check the replayed files (alone and against each other) and write kdcal's predictions format."""

from kdcal.predictions import save_predictions
from kdcal.replay import read_study
from kdcal.runtime import log_to

log = log_to(snakemake.log[0])
sources = {arm: f"{snakemake.input[arm]} (from {uri})" for arm, uri in snakemake.params.sources.items()}
arms = read_study({arm: snakemake.input[arm] for arm in sources}, sources)
for arm, predictions in arms.items():
    log.info("%s: %d rows, %d classes", arm, *predictions.logits.shape)
    save_predictions(snakemake.output[arm], predictions)
