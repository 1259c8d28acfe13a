"""Cached results never go stale: a file read from outside results/ is tracked by its content, so
replacing it in place (even keeping its modification time) reruns exactly what depends on it."""

import os

import numpy as np
import pandas as pd
import pytest
import yaml

from workflow_helpers import copy_workflow, planned_jobs, snakemake

pytestmark = pytest.mark.workflow
N, K = 600, 5


def write_arm(path, seed, scale):
    rng = np.random.default_rng(0)
    labels = rng.integers(0, K, N)
    tiers = np.array(["head", "mid", "tail", "tail", "tail"])[labels]
    logits = np.random.default_rng(seed).normal(size=(N, K)) * scale
    logits[np.arange(N), labels] += 2.0
    np.savez(path, logits=logits.astype(np.float16), labels=labels, val_tiers=tiers)


def metric(workdir, arm, name="ece"):
    frame = pd.read_csv(workdir / "results/metrics.tsv", sep="\t")
    return frame[(frame.arm == arm) & (frame.subset == "all") & (frame.metric == name)].value.iloc[0]


def test_replacing_one_replayed_file_in_place_reruns_that_arm_and_the_summaries_only(tmp_path):
    workdir = copy_workflow(tmp_path / "wf")
    files = {arm: tmp_path / f"{arm}.npz" for arm in ("vanilla", "kd", "other")}
    for seed, (arm, path) in enumerate(files.items()):
        write_arm(path, seed, 1.0)
    config = {
        "mode": "replay",
        "replay": {"teacher": None, "arms": {arm: str(path) for arm, path in files.items()}},
        "evaluation": {"bootstrap_resamples": 50, "floor_draws": 50},
    }
    (workdir / "replay.yaml").write_text(yaml.safe_dump(config))
    first = snakemake(workdir, "results/metrics.tsv", configfile="replay.yaml")
    assert first.returncode == 0, (first.stdout + first.stderr)[-4000:]
    before = metric(workdir, "vanilla"), metric(workdir, "other")

    # vanilla is not the reference arm (the first, kd, whose rows every file is checked against
    # and whose row count fixes the cal/eval split, so replacing it reruns everything).
    stat = os.stat(files["vanilla"])
    write_arm(files["vanilla"], 7, 2.5)  # another model's logits, same rows
    os.utime(files["vanilla"], ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and the old modification time

    plan = snakemake(workdir, "-n", "results/metrics.tsv", configfile="replay.yaml")
    jobs = planned_jobs(plan.stdout + plan.stderr)
    per_arm = {(rule, w) for rule, w in jobs if w}
    assert ("fetch_predictions", "source=vanilla") in per_arm and ("import_predictions", "source=vanilla") in per_arm
    wildcards = [dict(part.split("=") for part in w.split(", ")) for _, w in per_arm]
    touched = {"_".join(w[k] for k in ("trained", "fitted", "posthoc") if k in w) or next(iter(w.values())) for w in wildcards}
    # nothing of kd or other
    assert touched <= {"vanilla", *(f"vanilla_{s}" for s in ("ts", "vs", "ms", "hb"))}, sorted(per_arm)
    assert {rule for rule, w in jobs if not w} >= {"aggregate_metrics"}

    second = snakemake(workdir, "results/metrics.tsv", configfile="replay.yaml")
    assert second.returncode == 0, (second.stdout + second.stderr)[-4000:]
    assert metric(workdir, "vanilla") != pytest.approx(before[0], abs=1e-6)
    assert metric(workdir, "other") == before[1]
    again = snakemake(workdir, "-n", "results/metrics.tsv", configfile="replay.yaml")
    assert "Nothing to be done" in again.stdout + again.stderr
