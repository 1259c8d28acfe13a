"""Fetch one file: an hf:// URI through the Hugging Face cache, or a local path."""

import shutil

from kdcal.hub import fetch
from kdcal.runtime import atomic_path, log_to

log = log_to(snakemake.log[0])
uri = snakemake.params.uri
path = fetch(uri)
log.info("%s -> %s", uri, path)
with atomic_path(snakemake.output.file) as tmp:
    shutil.copyfile(path, tmp)
