"""Teacher logits (float16, with row ids) from a sequence-classification checkpoint."""
import numpy as np
import pandas as pd

from kdcal.data import read_index_file, row_tiers
from kdcal.predictions import Predictions, check_logits, save_npz_atomic, save_predictions
from kdcal.runtime import log_to, read_json, select_device, set_threads
from kdcal.teacher import checkpoint_logits

log = log_to(snakemake.log[0])
set_threads(snakemake.threads)
c = snakemake.params.checkpoint
device = select_device(snakemake.params.device)
corpus = pd.read_parquet(snakemake.input.corpus)
labels, row_ids = corpus.label.to_numpy(), corpus.row_id.to_numpy().astype(str)
n_classes = len(read_json(snakemake.input.labels))
for name in ("train", "val"):
    index = read_index_file(snakemake.input[f"{name}_index"], len(corpus))
    logits = checkpoint_logits(c["name_or_path"], corpus.text.iloc[index].tolist(), n_classes, device, c["adapter"], c["batch_size"], c["max_length"]).astype(np.float16)
    check_logits(logits, f"teacher logits for {name} from {c['name_or_path']}")
    log.info("%s: %d rows, accuracy %.4f", name, len(index), float((logits.argmax(1) == labels[index]).mean()))
    if name == "train":
        save_npz_atomic(snakemake.output.train_logits, logits=logits, row_ids=row_ids[index], labels=labels[index])
    else:
        save_predictions(snakemake.output.val_predictions, Predictions(logits, labels[index], row_tiers(read_json(snakemake.input.tiers), labels[index]), row_ids[index]))
