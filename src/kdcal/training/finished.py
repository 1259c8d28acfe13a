"""A training job's finished outputs, kept where a rerun can take them back instead of retraining.

When Snakemake's own process is killed (a notebook restarted, Ctrl-C twice, an out-of-memory kill of
the scheduler) its running jobs go on as orphans and finish, but Snakemake never records them as
complete: the next run sees their outputs as incomplete, deletes them and starts the job again. For
a student, that is a whole training run. So a training job, once its outputs are written, hard-links
them into a stash (no extra disk space) with a record of the run that made them (the run id, which
hashes the arm's recipe, model and training settings, and the size and modification time of every
input). The next run's ``onstart`` allows a restore only for the jobs Snakemake reruns because their
outputs are incomplete (``allow_restore``); such a job links the stash back and stops, in seconds,
and Snakemake then records it as complete as usual. Any other rerun (a changed setting or input,
``--forcerun``) trains.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path

STASHES = Path(".snakemake/kdcal-finished")
RECORD, ALLOWED = "record.json", "restore-allowed"


def stash_folder(job: str) -> Path:
    return STASHES / job


def _files(outputs: Iterable[str | Path]) -> list[Path]:
    """Every file of the outputs (a directory output contributes the files under it), plus the
    SHA-256 records ``kdcal.predictions.save_predictions`` keeps beside a predictions file."""
    files = []
    for output in map(Path, outputs):
        if output.is_dir():
            files += sorted(p for p in output.rglob("*") if p.is_file())
        else:
            files += [output, *([Path(f"{output}.sha256")] if Path(f"{output}.sha256").is_file() else [])]
    return files


def input_state(inputs: Iterable[str | Path]) -> dict[str, list[int]]:
    """Path -> [size, modification time in ns] of every input file (a directory's files)."""
    return {str(p): [p.stat().st_size, p.stat().st_mtime_ns] for p in _files(inputs)}


def stash(job: str, run_id: str, inputs: Iterable[str | Path], outputs: Iterable[str | Path]) -> None:
    """Hard-link a finished job's outputs into its stash (replacing an older one) and write its
    record last, so a stash without a record is never taken back."""
    folder = stash_folder(job)
    shutil.rmtree(folder, ignore_errors=True)
    for path in _files(outputs):
        target = folder / "files" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        _link(path, target)
    record = {"run_id": run_id, "inputs": input_state(inputs), "outputs": [str(p) for p in outputs]}
    (folder / RECORD).write_text(json.dumps(record))


def allow_restore(jobs: Mapping[str, bool]) -> None:
    """``onstart``: job -> whether Snakemake reruns it only because its outputs are incomplete.
    Those may take their stash back; the others may not (and their stashes are dropped)."""
    for job, incomplete in jobs.items():
        folder = stash_folder(job)
        if incomplete and (folder / RECORD).is_file():
            (folder / ALLOWED).touch()
        else:
            shutil.rmtree(folder, ignore_errors=True)


def restore(job: str, run_id: str, inputs: Iterable[str | Path], outputs: Iterable[str | Path]) -> bool:
    """Link the stash back onto ``outputs`` when the run allowed it and its record matches this
    job's run id and inputs; True if it did (the job is then done), False to train."""
    folder = stash_folder(job)
    allowed, record_path = folder / ALLOWED, folder / RECORD
    if not allowed.is_file() or not record_path.is_file():
        return False
    allowed.unlink()
    record = json.loads(record_path.read_text())
    if record["run_id"] != run_id or record["inputs"] != input_state(inputs) or record["outputs"] != [str(p) for p in outputs]:
        return False
    for source in sorted((folder / "files").rglob("*")):
        if source.is_file():
            target = source.relative_to(folder / "files")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.unlink(missing_ok=True)
            _link(source, target)
    return True


def _link(source: Path, target: Path) -> None:
    """A hard link (no extra space), or a copy where the two are on different file systems."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
