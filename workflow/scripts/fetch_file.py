"""Fetch one file into resources/: an hf:// URI (through the Hugging Face cache), an http(s) URL
or a local path; record the remote file's identity for runs that cannot reach it."""

from kdcal.hub import fetch_to, record_content_id
from kdcal.runtime import start_job

log = start_job(snakemake.log[0])
fetch_to(snakemake.params.uri, snakemake.output.file)
record_content_id(snakemake.params.uri, snakemake.params.content)
log.info("%s -> %s (%s)", snakemake.params.uri, snakemake.output.file, snakemake.params.content)
