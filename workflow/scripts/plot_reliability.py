"""Reliability diagrams (accuracy per confidence bin) of the headline arms on the eval half."""
import pandas as pd

from kdcal.metrics import reliability_bins
from kdcal.plots import reliability_figure, save_figure
from kdcal.predictions import load_predictions
from kdcal.runtime import log_to, read_json

log = log_to(snakemake.log[0])
eval_rows = read_json(snakemake.input.split)["eval"]
metrics = pd.read_csv(snakemake.input.metrics, sep="\t")
bins, ece = {}, {}
for arm in snakemake.params.arms:
    p = load_predictions(snakemake.input[arm])
    bins[arm] = reliability_bins(p.logits[eval_rows], p.labels[eval_rows], snakemake.params.ece_bins)
    ece[arm] = float(metrics[(metrics.arm == arm) & (metrics.subset == "all") & (metrics.metric == "ece")].value.iloc[0])
save_figure(reliability_figure(bins, ece), snakemake.output.figure)
log.info("wrote %s", snakemake.output.figure)
