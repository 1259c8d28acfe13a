"""The post-hoc arm <arm>_vs: validation logits scaled and shifted per class."""

import numpy as np

from kdcal.calibration import VectorScaler
from kdcal.predictions import Predictions, load_predictions, save_predictions
from kdcal.runtime import log_to, read_json

log = log_to(snakemake.log[0])
p = load_predictions(snakemake.input.predictions)
fitted = read_json(snakemake.input.calibrator)
scaler = VectorScaler(l2=fitted["l2"], scale=np.array(fitted["scale"]), bias=np.array(fitted["bias"]))
if len(scaler.scale) != p.logits.shape[1]:
    raise ValueError(
        f"{snakemake.input.calibrator}: {len(scaler.scale)} classes but {snakemake.input.predictions} has {p.logits.shape[1]}"
    )
log.info(
    "%s_vs: per-class scale in [%.3f, %.3f], l2 = %g",
    snakemake.wildcards.trained,
    scaler.scale.min(),
    scaler.scale.max(),
    scaler.l2,
)
save_predictions(snakemake.output.predictions, Predictions(scaler.transform(p.logits), p.labels, p.tiers, p.row_ids))
