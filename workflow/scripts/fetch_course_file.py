"""Fetch one published course file (URL or local path) into resources/course/."""

from kdcal.hub import fetch_url
from kdcal.runtime import log_to

log = log_to(snakemake.log[0])
fetch_url(snakemake.params.url, snakemake.output.course_file)
log.info("%s -> %s", snakemake.params.url, snakemake.output.course_file)
