"""Unigram subword tokenizer trained on the training texts, saved in transformers' format."""

import pandas as pd

from kdcal.data.corpus import read_index_file
from kdcal.models.tokenizer import train_tokenizer
from kdcal.runtime import atomic_path, start_job

log = start_job(snakemake.log[0])
made_from = snakemake.params.tokenizer
if made_from["source"] == "pretrained":
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(made_from["name_or_path"])
else:
    corpus = pd.read_parquet(snakemake.input.corpus)
    train = read_index_file(snakemake.input.train_index, len(corpus))
    tokenizer = train_tokenizer(corpus.text.iloc[train].tolist(), made_from["vocab_size"])
log.info("tokenizer: %d tokens", len(tokenizer))
with atomic_path(snakemake.output.tokenizer) as tmp:
    tokenizer.save_pretrained(tmp)
