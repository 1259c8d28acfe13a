"""Read the configured corpus into one table (row_id, text, label; split with a split column) plus
the label names and a summary (rows, classes, duplicate texts with different labels)."""

from kdcal.data.complaints import build_corpus, load_hf_splits, read_label_list, read_merge_mapping
from kdcal.data.corpus import load_wordnet_supersenses, validate_corpus
from kdcal.data.user_table import conflicting_duplicates, load_table
from kdcal.runtime import atomic_path, start_job, write_json_atomic

log = start_job(snakemake.log[0])
source, d = snakemake.params.source, snakemake.params.dataset
row_split = None
if source == "consumer_complaints":
    splits = load_hf_splits(d["hf_dataset"], d["text_column"], d["label_column"], ("train", "test"), d["revision"])
    corpus, dropped = build_corpus(
        splits, read_merge_mapping(snakemake.input.label_merge_mapping), read_label_list(snakemake.input.label_list)
    )
    source_rows = {split: len(texts) for split, (texts, _) in splits.items()}
    log.info("rows dropped because their merged label is not in the label list: %s", dropped)
elif source == "table":
    table = load_table(
        d["path"],
        d["text_column"],
        d["label_column"],
        d["id_column"],
        d["split_column"],
        d["label_names"],
        d["revision"],
        encoding=d["encoding"],
        strip_labels=d["strip_labels"],
    )
    corpus, row_split = table.corpus, table.splits
    source_rows = {"all": len(corpus.texts)}
else:
    corpus = load_wordnet_supersenses()
    source_rows = {"all": len(corpus.texts)}
frame = corpus.to_frame()
if row_split is not None:
    frame["split"] = row_split
validate_corpus(frame, corpus.label_names, f"{source} corpus")
summary = {"source": source, "rows": len(frame), "classes": len(corpus.label_names)}
summary.update(conflicting_duplicates(corpus.texts, corpus.labels))
log.info("%s: %d rows, %d classes", source, len(frame), len(corpus.label_names))
log.info(
    "%d texts occur more than once with different labels (%d rows); kept as they are",
    summary["conflicting_duplicate_texts"],
    summary["rows_with_conflicting_duplicates"],
)
with atomic_path(snakemake.output.corpus) as tmp:
    frame.to_parquet(tmp, index=False)
write_json_atomic(snakemake.output.labels, corpus.label_names)
write_json_atomic(snakemake.output.source_rows, source_rows)
write_json_atomic(snakemake.output.summary, summary)
