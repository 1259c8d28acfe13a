"""Read the configured corpus into one table (row_id, text, label) plus the label names."""

from kdcal.complaints import build_corpus, load_hf_splits, read_label_list, read_merge_mapping
from kdcal.data import load_wordnet_supersenses, validate_corpus
from kdcal.runtime import atomic_path, log_to, write_json_atomic

log = log_to(snakemake.log[0])
source, d = snakemake.params.source, snakemake.params.dataset
if source == "consumer_complaints":
    splits = load_hf_splits(d["hf_dataset"], d["text_column"], d["label_column"], ("train", "test"), d["revision"])
    corpus, dropped = build_corpus(
        splits, read_merge_mapping(snakemake.input.label_merge_mapping), read_label_list(snakemake.input.label_list)
    )
    source_rows = {split: len(texts) for split, (texts, _) in splits.items()}
    log.info("rows dropped because their merged label is not in the label list: %s", dropped)
else:
    corpus = load_wordnet_supersenses()
    source_rows = {"all": len(corpus.texts)}
frame = corpus.to_frame()
validate_corpus(frame, corpus.label_names, f"{source} corpus")
log.info("%s: %d rows, %d classes", source, len(frame), len(corpus.label_names))
with atomic_path(snakemake.output.corpus) as tmp:
    frame.to_parquet(tmp, index=False)
write_json_atomic(snakemake.output.labels, corpus.label_names)
write_json_atomic(snakemake.output.source_rows, source_rows)
