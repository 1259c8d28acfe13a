"""Read the configured corpus into one table (row_id, text, label) plus the label names."""
from kdcal.data import load_wordnet_supersenses, validate_corpus
from kdcal.runtime import atomic_path, log_to, write_json_atomic

log = log_to(snakemake.log[0])
source = snakemake.params.source
corpus = load_wordnet_supersenses()
frame = corpus.to_frame()
validate_corpus(frame, corpus.label_names, source)
log.info("%s: %d rows, %d classes", source, len(frame), len(corpus.label_names))
with atomic_path(snakemake.output.corpus) as tmp:
    frame.to_parquet(tmp, index=False)
write_json_atomic(snakemake.output.labels, corpus.label_names)
