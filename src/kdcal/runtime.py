"""Small pieces every workflow script needs: logging to the rule's log, atomic JSON, the device."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kdcal.errors import KdcalError

# One writer per directory. The snakemake process of a run holds RUN_LOCK exclusively; every job
# holds JOBS_LOCK shared while it runs. Both are flock()s, which the kernel releases when the holding
# process dies, so neither goes stale (no --unlock, unlike Snakemake's own lock, which kdcal turns
# off with nolock). A new run refuses to start while another run's snakemake process is alive, or
# while jobs of an earlier run still run after their snakemake process was killed (they would
# collide with the same jobs started again, and Snakemake deletes a failed job's outputs).
RUN_LOCK = Path(".snakemake/kdcal-run.lock")
JOBS_LOCK = Path(".snakemake/kdcal-jobs.lock")
JOB_PIDS = Path(".snakemake/kdcal-jobs")
_HELD: list = []


class RunInProgressError(Exception):
    """Another run, or jobs of an earlier one, are working in this directory."""


class WorkingDirectoryError(Exception):
    """The working directory cannot hold the workflow's outputs."""


def _live(pids: list[int]) -> list[int]:
    alive = []
    for pid in pids:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            continue
        except PermissionError:
            pass
        alive.append(pid)
    return alive


def _hold_lock(path: Path, shared: bool = False, wait: bool = False):
    """``path`` opened and flock()ed (exclusive, or ``shared``), kept open and so locked until
    this process exits; None when ``wait`` is False and another process holds a conflicting lock."""
    import fcntl

    handle = open(path, "a+")  # noqa: SIM115 -- held open (and locked) until this process exits
    try:
        fcntl.flock(handle, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        handle.close()
        return None
    _HELD.append(handle)
    return handle


# The folders the workflow writes into, relative to the working directory.
WORKING_FOLDERS = ("results", "logs", "resources", ".snakemake")


def check_working_directory() -> None:
    """Before Snakemake looks at any file: the working directory can be written, and the folders
    the workflow writes into are folders; else one line saying which and what to do (Snakemake
    would stop later with a traceback)."""
    import tempfile

    cwd = Path.cwd()
    for name in WORKING_FOLDERS:
        if Path(name).exists() and not Path(name).is_dir():
            raise WorkingDirectoryError(
                f"kdcal: {cwd / name} is a file, but the workflow writes into a folder of that name; move or rename the "
                "file, or run in another folder (snakemake --directory <folder>)"
            )
    try:
        with tempfile.TemporaryFile(dir=cwd):
            pass
    except OSError as err:
        raise WorkingDirectoryError(
            f"kdcal: cannot write in the working directory {cwd} ({err.strerror}); run in a folder you can write to, "
            "e.g. snakemake --directory <a folder of yours> (the workflow's files may stay where they are)"
        ) from None


def claim_directory() -> None:
    """Make this process the directory's one writer, or stop with one line that says who is
    writing and what to do (called by the Snakefile's ``onstart``: real runs only, not dry runs)."""
    RUN_LOCK.parent.mkdir(parents=True, exist_ok=True)
    run = _hold_lock(RUN_LOCK)
    if run is None:
        holder = RUN_LOCK.read_text().strip() or "unknown"
        raise RunInProgressError(
            f"kdcal: another run is in progress in {Path.cwd()} (snakemake process {holder}); wait for it to finish, "
            f"or stop it (kill {holder}) and run again: finished outputs are kept"
        ) from None
    run.seek(0)
    run.truncate()
    run.write(f"{os.getpid()}\n")
    run.flush()
    jobs = _hold_lock(JOBS_LOCK)  # free only when no job of any run holds it
    if jobs is None:
        pids = _live([int(p.name) for p in JOB_PIDS.glob("*") if p.name.isdigit()])
        which = ", ".join(map(str, pids)) or "unknown"
        raise RunInProgressError(
            f"kdcal: jobs of an earlier run are still running in {Path.cwd()} (processes {which}), most likely because "
            "its snakemake process was killed; wait for them to finish (or kill them), then run again: "
            "what they finish is kept"
        )
    _HELD.remove(jobs)  # released at once: this run's own jobs take it shared
    jobs.close()


def hold_job_lock() -> None:
    """Hold the directory's job lock (shared) until this job's process exits, and leave its pid
    where ``claim_directory`` can name it. Outside a workflow directory it does nothing."""
    import atexit

    if not JOBS_LOCK.parent.is_dir():
        return
    _hold_lock(JOBS_LOCK, shared=True, wait=True)
    JOB_PIDS.mkdir(exist_ok=True)
    marker = JOB_PIDS / str(os.getpid())
    marker.touch()
    atexit.register(marker.unlink, missing_ok=True)


def start_job(log_path: str | Path) -> logging.Logger:
    """What every rule's script does first, each step named: hold the directory's job lock for the
    life of the job (``hold_job_lock``), send stderr, warnings and the ``kdcal`` loggers to the
    rule's log file (``log_to``), and report kdcal's refusals in one line
    (``report_errors_in_one_line``). Returns a logger for the script."""
    hold_job_lock()
    log = log_to(log_path)
    report_errors_in_one_line()
    return log


def log_to(path: str | Path) -> logging.Logger:
    """Send stderr, warnings and the ``kdcal`` loggers to the log file ``path`` (line-buffered, so
    progress shows while the job runs); returns a logger for the script."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    stream = open(path, "w", buffering=1)  # noqa: SIM115 -- stays open as the job's stderr until exit
    sys.stderr = stream
    logging.basicConfig(level=logging.INFO, stream=stream, format="%(asctime)s %(name)s %(levelname)s %(message)s", force=True)
    logging.captureWarnings(True)
    return logging.getLogger("kdcal.script")


def report_errors_in_one_line() -> None:
    """Replace the process's excepthook: a refusal by kdcal, a full disk or a too long file name is
    then one line in the log (``_report_error``); anything else keeps its traceback."""
    sys.excepthook = _report_error


def storage_problem(error: BaseException) -> str | None:
    """One line for a write that failed for lack of space or a too long file name, naming the path
    and the cause (torch's C++ writer reports a full disk only as ``basic_ios::clear`` or
    ``PytorchStreamWriter failed writing file``); None for any other error."""
    import errno
    import shutil

    chain, seen = [], error
    while seen is not None and len(chain) < 10:  # the error and the ones it happened while handling
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    for candidate in chain:
        if isinstance(candidate, OSError) and candidate.errno in (errno.ENOSPC, errno.EDQUOT, errno.ENAMETOOLONG):
            error = candidate
            break
    text = str(error)
    path = getattr(error, "filename", None)
    full = isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)
    full = full or "No space left on device" in text or "Disk quota exceeded" in text
    writer_marks = ("basic_ios::clear", "PytorchStreamWriter failed", "inline_container.cc")
    torch_writer = any(isinstance(e, RuntimeError) and any(m in str(e) for m in writer_marks) for e in chain)
    if isinstance(error, OSError) and error.errno == errno.ENAMETOOLONG:
        name = Path(str(path or "")).name
        return (
            f"a file name is too long for the file system ({len(name)} characters in its last part, most allow 255): "
            f"{path}; shorten the arm name or the working directory's path"
        )
    if full or torch_writer:
        # The free space of the file system the write went to (the nearest existing folder of the
        # path), not of the working directory, which may sit on another one.
        folder = Path(os.path.abspath(path)) if path else Path.cwd()
        while not folder.is_dir() and folder != folder.parent:
            folder = folder.parent
        free = shutil.disk_usage(folder).free / 2**20
        where = f" writing {path}" if path else ""
        cause = "no space left on the device" if full else f"a write failed ({text.splitlines()[0][:120]})"
        return (
            f"{cause}{where} ({free:.0f} MiB free under {folder}); free space and run again: "
            "finished outputs are kept and this job starts over"
        )
    return None


def _report_error(kind, error, tb) -> None:
    """A refusal by kdcal, a full disk or a too long file name is a one-line message; anything
    else keeps its full traceback."""
    if isinstance(error, KdcalError):
        print(f"kdcal error: {error}", file=sys.stderr)
    elif (problem := storage_problem(error)) is not None:
        print(f"kdcal error: {problem}", file=sys.stderr)
    else:
        sys.__excepthook__(kind, error, tb)


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success rename it onto ``path`` (atomic on one
    file system), on failure remove it. A killed job never leaves a finished-looking output."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp{path.suffix}")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            if tmp.is_dir():
                import shutil

                shutil.rmtree(tmp)
            else:
                tmp.unlink()


def file_sha256(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, as hex."""
    import hashlib

    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def write_text_atomic(path: str | Path, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text)


def write_json_atomic(path: str | Path, obj) -> None:
    """JSON (keys in insertion order) written atomically."""
    write_text_atomic(path, json.dumps(obj, indent=2) + "\n")


def by_arm(arms, paths) -> dict[str, str]:
    """Arm name -> file, from a rule's list of per-arm files and the arm names in its params."""
    arms, paths = list(arms), list(paths)
    if len(arms) != len(paths):
        raise ValueError(f"{len(arms)} arm names for {len(paths)} files: {arms} / {paths}")
    return dict(zip(arms, paths, strict=True))


def read_json(path: str | Path):
    return json.loads(Path(path).read_text())


GPU_LOCKS = Path(".snakemake/kdcal-gpu")


def claim_gpu(count: int) -> int:
    """The index of a GPU no other job of this directory holds: the first of ``count`` whose lock
    (a flock, released when the job's process ends) is free. With more jobs than GPUs, the job
    shares GPU ``pid % count``. Jobs that ask for a ``gpu`` resource run at most as many at once as
    the profile's ``resources: gpu`` allows, so with gpu = 2 on a two-GPU machine two students
    train at once, one per GPU."""
    GPU_LOCKS.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        if _hold_lock(GPU_LOCKS / f"{index}.lock") is not None:
            return index
    return os.getpid() % count


class NoGpuError(KdcalError):
    """A GPU was asked for where torch finds none."""


def _no_gpu_reason() -> str:
    import torch

    if torch.version.cuda is None:
        return f"this torch ({torch.__version__}) is a CPU build"
    return "no CUDA device is visible (check the driver, nvidia-smi and CUDA_VISIBLE_DEVICES)"


def select_device(requested: str = "auto"):
    """torch.device for "auto" (CUDA if available, else CPU), "cpu" or "cuda". On a machine with
    several GPUs, "auto" and "cuda" give each concurrent job its own (``claim_gpu``, logged);
    "cuda:N" is taken as given. "cuda" where torch finds no GPU stops with one line (NoGpuError)."""
    import torch

    if requested == "auto":
        requested = "cuda" if torch.cuda.is_available() else "cpu"
    if requested.startswith("cuda") and not torch.cuda.is_available():
        raise NoGpuError(
            f"student.device is {requested} but torch finds no GPU here: {_no_gpu_reason()}; set student.device: auto or cpu"
        )
    if requested == "cuda" and torch.cuda.device_count() > 1:
        count = torch.cuda.device_count()
        index = claim_gpu(count)
        logging.getLogger(__name__).info(
            "GPU %d of %d claimed for this job (%s)", index, count, torch.cuda.get_device_name(index)
        )
        return torch.device(f"cuda:{index}")
    return torch.device(requested)


def gpu_preflight(device: str, declared_gpus: int) -> str | None:
    """Before any job of a run on this machine: stop at once, with one line, where ``device``
    (student.device) asks for "cuda" and torch finds no GPU, so that no job starts and Snakemake
    removes no finished output to rerun it; return a warning for the console where the profile
    declares GPUs (``resources: gpu``) but "auto" would train on the CPU; else None."""
    if device == "cpu" or (device == "auto" and declared_gpus <= 0):
        return None
    import torch

    if torch.cuda.is_available():
        return None
    if device != "auto":
        raise NoGpuError(
            f"kdcal: student.device is {device} but torch finds no GPU here: {_no_gpu_reason()}. Set student.device: auto "
            "(or cpu) to train on the CPU, or run where a GPU is visible; nothing was started and finished outputs are kept"
        )
    return (
        f"kdcal: the profile declares {declared_gpus} GPU(s) (resources: gpu) but torch finds none here: {_no_gpu_reason()}. "
        "The students will train on the CPU, many times slower; stop now (Ctrl-C) to move to a GPU, finished outputs are kept"
    )


def set_threads(threads: int) -> None:
    """Run this job's math on ``threads`` CPU threads: torch's intra-op pool and the BLAS / OpenMP
    pools numpy and scikit-learn use (``compute.threads``; the same value gives the same numbers)."""
    import torch
    from threadpoolctl import threadpool_limits

    threads = max(1, int(threads))
    torch.set_num_threads(threads)
    threadpool_limits(limits=threads)


def prepend_pythonpath(folder: str | Path) -> None:
    """Put ``folder`` first on PYTHONPATH, so child processes import the same kdcal."""
    current = os.environ.get("PYTHONPATH", "")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(folder), current) if p)
