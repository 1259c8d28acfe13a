"""Fetch one file into resources/: an hf:// URI (through the Hugging Face cache), an http(s) URL
or a local path."""

from kdcal.hub import fetch_to
from kdcal.runtime import log_to

log = log_to(snakemake.log[0])
fetch_to(snakemake.params.uri, snakemake.output.file)
log.info("%s -> %s", snakemake.params.uri, snakemake.output.file)
