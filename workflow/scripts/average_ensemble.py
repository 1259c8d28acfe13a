"""An ensemble arm: its members' probabilities averaged on the validation rows (log of the mean)."""

from kdcal.predictions import average_probabilities, load_predictions, save_predictions
from kdcal.runtime import start_job

log = start_job(snakemake.log[0])
members = dict(zip(snakemake.params.members, snakemake.input.members, strict=True))
ensemble = average_probabilities({path: load_predictions(path) for path in members.values()})
log.info(
    "%s: mean probabilities of %s on %d rows, accuracy %.4f",
    snakemake.wildcards.ensemble,
    ", ".join(members),
    len(ensemble.labels),
    float((ensemble.logits.argmax(1) == ensemble.labels).mean()),
)
save_predictions(snakemake.output.predictions, ensemble)
