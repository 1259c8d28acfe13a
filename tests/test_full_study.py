"""The full study's code paths on CPU: the consumer-complaints dataset (real column names, course
files of the real shapes), published teacher logits, the kaggle-t4 profile, the Slurm profile."""

import json
import re

import numpy as np
import pandas as pd
import pytest
import yaml

from complaints_fixtures import (
    KAGGLE_ON_FIXTURES,
    LABELS,
    complaints_config,
    kaggle_input_paths,
    write_complaints_inputs,
    write_kaggle_input,
)
from kdcal.data.complaints import build_corpus, load_hf_splits, merge_labels, read_merge_mapping
from kdcal.data.corpus import DataError
from workflow_helpers import REPO, copy_workflow, planned_jobs, snakemake, write_config


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    return write_complaints_inputs(tmp_path_factory.mktemp("complaints"))


def test_label_merge_skips_comments_and_drops_unlisted_labels(inputs):
    mapping = read_merge_mapping(inputs["label_merge_mapping"])
    assert "_comment" not in mapping
    ids = merge_labels(["Improper use of my credit report", "Card fraud", "Something else"], mapping, LABELS)
    assert ids.tolist() == [3, 1, -1]


def test_hf_dataset_columns_are_checked_by_name(inputs):
    splits = load_hf_splits(str(inputs["dataset"]), "Consumer Complaint", "Issue")
    assert set(splits) == {"train", "test"} and len(splits["train"][0]) == 1400
    corpus, dropped = build_corpus(splits, read_merge_mapping(inputs["label_merge_mapping"]), LABELS)
    assert dropped == {"train": 1, "test": 1} and corpus.row_ids[0] == "train:0"
    with pytest.raises(
        DataError, match=r"no column 'Complaint' \(config dataset.text_column\); columns: Consumer Complaint, Issue, Product"
    ):
        load_hf_splits(str(inputs["dataset"]), "Complaint", "Issue")


@pytest.mark.workflow
def test_the_full_study_runs_on_cpu_with_fixture_inputs(inputs, tmp_path):
    workdir = copy_workflow(tmp_path / "wf")
    (workdir / "full.yaml").write_text(yaml.safe_dump(complaints_config(inputs)))
    run = snakemake(workdir, "results/table.md", configfile="full.yaml")
    assert run.returncode == 0, (run.stdout + run.stderr)[-4000:]
    train = json.loads((workdir / "results/data/splits/train.json").read_text())
    corpus = pd.read_parquet(workdir / "results/data/corpus.parquet")
    assert len(train) == 999 + 299  # train indices and the test split, each less its dropped row
    assert corpus.row_id.iloc[train[0]].startswith("train:") and corpus.row_id.iloc[train[-1]].startswith("test:")
    with np.load(workdir / "results/teacher/train_logits.npz") as data:
        assert data["logits"].shape == (len(train), len(LABELS))
    metrics = pd.read_csv(workdir / "results/metrics.tsv", sep="\t")
    assert {"teacher", "vanilla", "kd", "vanilla_ts", "kd_ts"} <= set(metrics.arm)


@pytest.mark.workflow
def test_misaligned_teacher_logits_stop_before_training(inputs, tmp_path):
    workdir = copy_workflow(tmp_path / "wf")
    with np.load(inputs["train_logits"]) as data:
        short = tmp_path / "short_train_logits.npz"
        np.savez(short, logits=data["logits"][:-7], labels=data["labels"][:-7])
    config = complaints_config(inputs)
    config["teacher"]["train_logits"] = str(short)
    (workdir / "bad.yaml").write_text(yaml.safe_dump(config))
    run = snakemake(workdir, "results/table.md", configfile="bad.yaml")
    assert run.returncode != 0
    log = (workdir / "logs/import_teacher_logits/import_teacher_logits.log").read_text()
    assert "short_train_logits.npz" in log and "1291 rows of logits but the student trains on 1298 rows" in log
    assert not (workdir / "logs/train_student/kd.log").exists()  # the distilled student never started


@pytest.mark.workflow
def test_the_kaggle_profile_validates_and_plans_the_full_study(tmp_path):
    workdir = copy_workflow(tmp_path)
    run = snakemake(workdir, "-n", "--profile", "kaggle-t4", configfile="config/kaggle-t4.yaml")
    assert run.returncode == 0, run.stderr[-3000:]
    jobs = planned_jobs(run.stdout)
    rules = [rule for rule, _ in jobs]
    assert rules.count("fetch_course_file") == 4 and rules.count("fetch_teacher_logits") == 2
    assert ("train_student", "trained=vanilla") in jobs and ("train_student", "trained=kd") in jobs
    assert "train_teacher" not in rules
    assert "gpu=1" in run.stdout


def test_the_slurm_profile_names_partitions_and_gpus():
    profile = yaml.safe_load((REPO / "slurm/config.yaml").read_text())
    assert profile["executor"] == "slurm"
    assert profile["set-resources"]["train_student"]["gpu"] == 1
    assert profile["set-resources"]["train_student"]["slurm_partition"]


# Two mocked GPUs for the training jobs of a run: kdcal.runtime.select_device runs for real (the
# GPU locks, the claim and its log line) against a torch that reports two CUDA devices, then the
# job computes on the CPU, which is all this machine has.
MOCK_TWO_GPUS = """
import sys

if any("train_student" in arg for arg in sys.argv[:1]):
    from unittest import mock

    import torch

    from kdcal import runtime

    real_select_device = runtime.select_device

    def select_device(requested="auto"):
        with (
            mock.patch.object(torch.cuda, "is_available", lambda: True),
            mock.patch.object(torch.cuda, "device_count", lambda: 2),
            mock.patch.object(torch.cuda, "get_device_name", lambda index=None: f"Mock T4 {index}"),
        ):
            real_select_device(requested)
        return torch.device("cpu")

    runtime.select_device = select_device
"""


def log_span(path):
    """(first, last) timestamp of a job's log, and the GPU index it claimed."""
    from datetime import datetime

    lines = path.read_text().splitlines()
    stamps = [datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f") for line in lines if line[:4].isdigit()]
    claimed = [int(m.group(1)) for line in lines if (m := re.search(r"GPU (\d) of 2 claimed", line))]
    return stamps[0], stamps[-1], claimed


@pytest.mark.workflow
def test_under_the_kaggle_profile_two_students_train_at_once_one_per_gpu(tmp_path):
    profile = yaml.safe_load((REPO / "kaggle-t4/config.yaml").read_text())
    kaggle = yaml.safe_load((REPO / "config/kaggle-t4.yaml").read_text())
    threads = kaggle["compute"]["threads"]
    assert profile["resources"]["gpu"] == 2 and profile["cores"] >= 2 * threads  # room for two GPU jobs
    workdir = copy_workflow(tmp_path / "wf")
    # One epoch on a small split: the test is about two jobs sharing the machine, not about what they learn.
    small = {"compute": {"threads": threads}, "student": {"training": {"epochs": 1}}}
    write_config(workdir, "kaggle-tiny.yaml", {**small, "dataset": {"sizes": {"train": 3000, "val": 600, "test": 100}}})
    # The teacher and the tokenizer first, so that both students can start at the same moment.
    ready = snakemake(workdir, "results/teacher/train_logits.npz", "results/students/tokenizer", configfile="kaggle-tiny.yaml")
    assert ready.returncode == 0, ready.stderr[-3000:]
    mock = tmp_path / "mock"
    mock.mkdir()
    (mock / "sitecustomize.py").write_text(MOCK_TWO_GPUS)
    targets = ("results/predictions/vanilla.npz", "results/predictions/kd.npz")
    run = snakemake(
        workdir, "--profile", "kaggle-t4", *targets, configfile="kaggle-tiny.yaml", cores=None, env={"PYTHONPATH": str(mock)}
    )
    assert run.returncode == 0, run.stderr[-3000:]
    # The profile's GPUs are not on this machine: the console says so before training on the CPU.
    assert "the profile declares 2 GPU(s) (resources: gpu) but torch finds none here" in run.stderr
    assert "Provided cores: 4" in run.stderr
    start_a, end_a, gpu_a = log_span(workdir / "logs/train_student/vanilla.log")
    start_b, end_b, gpu_b = log_span(workdir / "logs/train_student/kd.log")
    assert start_a < end_b and start_b < end_a, ((start_a, end_a), (start_b, end_b))  # they overlapped
    assert len(gpu_a) == len(gpu_b) == 1 and {gpu_a[0], gpu_b[0]} == {0, 1}  # one GPU each


@pytest.mark.workflow
def test_the_kaggle_study_runs_with_internet_off_from_attached_datasets(inputs, tmp_path):
    import copy

    from workflow_helpers import merge_config

    kaggle = yaml.safe_load((REPO / "config/kaggle-t4.yaml").read_text())
    offline_text = (REPO / "config/kaggle-t4-offline.yaml").read_text()
    # Every input of the Kaggle study comes from an attached dataset: nothing is left to the network.
    named = kaggle_input_paths(merge_config(copy.deepcopy(kaggle), yaml.safe_load(offline_text)))
    assert len(named) == 8 and all(path.startswith("/kaggle/input/") for path in named.values()), named
    root = tmp_path / "kaggle" / "input"
    workdir = copy_workflow(tmp_path / "wf")
    (workdir / "offline.yaml").write_text(write_kaggle_input(root, inputs, offline_text))
    (workdir / "small.yaml").write_text(yaml.safe_dump(KAGGLE_ON_FIXTURES))
    run = snakemake(
        workdir,
        "--profile",
        "kaggle-t4",
        "results/table.md",
        configfile=["config/kaggle-t4.yaml", "offline.yaml", "small.yaml"],
        cores=None,
        env={"HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "empty-hf-home")},
    )
    assert run.returncode == 0, (run.stdout + run.stderr)[-5000:]
    for log in (workdir / "logs").glob("fetch_*/*.log"):
        assert str(root) in log.read_text() and "http" not in log.read_text(), log
    assert "ModernBertForSequenceClassification" in (workdir / "results/students/kd/model/config.json").read_text()
    table = (workdir / "results/table.md").read_text()
    assert "Protocol: `course`" in table and "## Teacher temperature" in table
