"""A trained student's logits on the training rows (row ids and labels beside them), for the arms
that distil from it (teacher: arm:<name>)."""

import pandas as pd
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from kdcal.data.corpus import read_index_file
from kdcal.models.model import predict_logits
from kdcal.models.tokenizer import tokenize
from kdcal.predictions import save_npz_atomic
from kdcal.runtime import select_device, set_threads, start_job

log = start_job(snakemake.log[0])
set_threads(snakemake.params.threads)
device = select_device(snakemake.params.device)
corpus = pd.read_parquet(snakemake.input.corpus)
train = read_index_file(snakemake.input.train_index, len(corpus))
tokenizer = AutoTokenizer.from_pretrained(snakemake.input.model)
model = AutoModelForSequenceClassification.from_pretrained(snakemake.input.model)
ids = tokenize(tokenizer, corpus.text.iloc[train].tolist(), snakemake.params.max_length)
logits = predict_logits(model, ids, tokenizer.pad_token_id, device)
labels = corpus.label.to_numpy()[train]
log.info(
    "%s: logits on %d training rows, training accuracy %.4f, device %s",
    snakemake.wildcards.trained,
    len(train),
    float((logits.argmax(1) == labels).mean()),
    device,
)
save_npz_atomic(snakemake.output.logits, logits=logits, row_ids=corpus.row_id.to_numpy().astype(str)[train], labels=labels)
