"""Run the real Snakefile in a temporary copy of the workflow."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
COPIED = ("Snakefile", "workflow", "config", "profiles", "src", "envs", "kaggle-t4", "slurm")


def copy_workflow(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    shutil.copy2(REPO / "tests" / "tiny_config.yaml", dest / "tiny.yaml")
    return dest


def merge_config(base: dict, extra: dict) -> dict:
    """``extra`` merged into ``base`` key by key, as Snakemake merges a --configfile (in place)."""
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merge_config(base[key], value)
        else:
            base[key] = value
    return base


def write_config(workdir: Path, name: str, overrides: dict) -> Path:
    """tiny.yaml with nested overrides merged in, written as workdir/name."""
    config = merge_config(yaml.safe_load((workdir / "tiny.yaml").read_text()), overrides)
    path = workdir / name
    path.write_text(yaml.safe_dump(config))
    return path


def snakemake(
    workdir: Path,
    *args: str,
    configfile: str | list[str] | None = "tiny.yaml",
    timeout: int = 600,
    env: dict | None = None,
    cores: str | None = "2",
) -> subprocess.CompletedProcess:
    """Snakemake in ``workdir`` offline; ``cores=None`` leaves the cores to a profile; a list of
    config files is given as one --configfile, merged in order; None gives none."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONHASHSEED": "0", **(env or {})}
    cmd = [sys.executable, "-m", "snakemake", *(["--cores", cores] if cores else [])]
    if configfile is None:
        cmd += list(args)
    elif isinstance(configfile, str):
        cmd += [f"--configfile={configfile}", *args]
    else:  # --configfile takes every word after it: the files go last
        cmd += [*args, "--configfile", *configfile]
    return subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def planned_jobs(output: str) -> list[tuple[str, str]]:
    """(rule, wildcards) of every job in a dry-run's output."""
    jobs = []
    for block in re.split(r"\n(?=(?:local)?rule \w+:)", output):
        match = re.match(r"(?:local)?rule (\w+):", block.strip())
        if match:
            wildcards = re.search(r"wildcards: (.*)", block)
            jobs.append((match.group(1), wildcards.group(1).strip() if wildcards else ""))
    return jobs
