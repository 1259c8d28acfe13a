"""Replay through the real Snakefile: published-format fixtures (n = 6,430, K = 113) give the
numbers that an independent implementation of the published protocol computes in this test."""

import itertools

import numpy as np
import pandas as pd
import pytest
import yaml
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.metrics import f1_score

from published_fixtures import N, write_hub_cache, write_published_study
from workflow_helpers import copy_workflow, snakemake

pytestmark = pytest.mark.workflow


def protocol(logits, labels, cal, ev):
    """The published protocol, written independently: T by bounded search over T itself,
    ECE by the (lo, hi] bin loop, NLL, macro F1 by scikit-learn."""
    z = logits.astype(np.float64)

    def nll(t, rows):
        return -log_softmax(z[rows] / t, axis=1)[np.arange(len(rows)), labels[rows]].mean()

    t = minimize_scalar(lambda t: nll(t, cal), bounds=(0.05, 20), method="bounded", options={"xatol": 1e-10}).x

    def metrics(scale):
        p = softmax(z[ev] / scale, axis=1)
        conf, pred, y = p.max(1), p.argmax(1), labels[ev]
        acc = (pred == y).astype(float)
        edges = np.linspace(0, 1, 16)
        ece = sum(
            m.mean() * abs(acc[m].mean() - conf[m].mean())
            for lo, hi in itertools.pairwise(edges)
            if (m := (conf > lo) & (conf <= hi)).any()
        )
        return {
            "ece": ece,
            "nll": -np.log(np.clip(p[np.arange(len(y)), y], 1e-12, None)).mean(),
            "macro_f1": f1_score(y, pred, average="macro", zero_division=0),
        }

    return t, metrics(1.0), metrics(t)


@pytest.fixture(scope="module")
def replayed(tmp_path_factory):
    root = tmp_path_factory.mktemp("replay")
    workdir = copy_workflow(root / "wf")
    files = write_published_study(root / "published")
    # The distilled student comes through the hub cache (offline), the rest by local path.
    cache = root / "hub"
    write_hub_cache(cache, "model", "earino/ecbs5200-week6-distilled-student", "val_predictions.npz", files["kd"])
    config = {
        "mode": "replay",
        "replay": {
            "teacher": str(files["teacher"]),
            "arms": {
                "vanilla": str(files["vanilla"]),
                "kd": "hf://earino/ecbs5200-week6-distilled-student/val_predictions.npz",
                # An arm named like a fixed input of the rules is an ordinary arm.
                "split": str(files["kd_td1_a70"]),
            },
        },
        "evaluation": {"bootstrap_resamples": 200},
    }
    (workdir / "replay.yaml").write_text(yaml.safe_dump(config))
    run = snakemake(workdir, "results/table.md", configfile="replay.yaml", env={"HF_HUB_CACHE": str(cache)})
    assert run.returncode == 0, (run.stdout + run.stderr)[-5000:]
    return workdir, files, run


def test_replay_trains_nothing_and_fetches_through_the_cache(replayed):
    workdir, _, run = replayed
    out = run.stdout + run.stderr
    assert "rule fetch_predictions" in out and "rule import_predictions" in out
    for rule in ("train_student", "train_teacher", "infer_teacher"):
        assert f"rule {rule}" not in out
    assert (workdir / "resources/replay/kd.npz").exists()


def test_replayed_numbers_match_an_independent_protocol(replayed):
    workdir, files, _ = replayed
    metrics = pd.read_csv(workdir / "results/metrics.tsv", sep="\t").set_index(["arm", "subset", "metric"]).value
    perm = np.random.RandomState(42 + 999).permutation(N)
    cal, ev = perm[: N // 2], perm[N // 2 :]
    expected = {}
    for arm, file in (("vanilla", "vanilla"), ("kd", "kd"), ("split", "kd_td1_a70"), ("teacher", "teacher")):
        with np.load(files[file]) as data:
            logits, labels = data["logits"], data["labels"]
        t, raw, scaled = protocol(logits, labels, cal, ev)
        fitted = yaml.safe_load((workdir / f"results/calibration/{arm}.json").read_text())["temperature"]
        assert fitted == pytest.approx(t, rel=1e-6)
        expected[arm] = raw
        if arm != "teacher":  # the teacher's temperature serves distillation; it is no arm of its own
            expected[f"{arm}_ts"] = scaled
    for arm, values in expected.items():
        for metric, value in values.items():
            assert metrics[(arm, "all", metric)] == pytest.approx(value, abs=2e-6), (arm, metric)
    assert metrics[("vanilla", "all", "n_rows")] == 3215
    ratio = (expected["vanilla"]["ece"] - expected["vanilla_ts"]["ece"]) / (expected["vanilla"]["ece"] - expected["kd"]["ece"])
    assert metrics[("vanilla_ts_vs_kd", "all", "ece_gain_ratio")] == pytest.approx(ratio, abs=1e-5)
    table = (workdir / "results/table.md").read_text()
    assert f"removes {100 * ratio:.0f}% as much ECE" in table
    assert f"| vanilla (cross-entropy) | {expected['vanilla']['ece']:.4f} [" in table
    assert f"| split | {expected['split']['ece']:.4f} [" in table


def test_replay_produces_the_course_analyses(replayed):
    workdir, files, _ = replayed
    diagnostics = pd.read_csv(workdir / "results/teacher_diagnostics.tsv", sep="\t")
    with np.load(files["teacher"]) as data:
        p = softmax(data["logits"].astype(np.float64), axis=1)
        labels = data["labels"]
    full = diagnostics[(diagnostics.rows == "full_val") & (diagnostics.subset == "all")].set_index("metric").value
    assert full["macro_f1"] == pytest.approx(f1_score(labels, p.argmax(1), average="macro", zero_division=0), abs=1e-6)
    agreement = pd.read_csv(workdir / "results/teacher_agreement.tsv", sep="\t")
    assert set(agreement.arm) == {f"{arm}{suffix}" for arm in ("vanilla", "kd", "split") for suffix in ("", "_ts", "_vs")}
    assert agreement.js_divergence.between(0, 1).all()
    coverage = pd.read_csv(workdir / "results/coverage.tsv", sep="\t")
    assert sorted(coverage.threshold.unique()) == [0.5, 0.6, 0.7, 0.8, 0.9]
    table = (workdir / "results/table.md").read_text()
    assert "## Teacher diagnostics" in table and "lowest threshold meeting target" in table


def test_an_unreachable_file_stops_the_run_with_a_way_forward(tmp_path):
    workdir = copy_workflow(tmp_path / "wf")
    files = write_published_study(tmp_path / "published", arms=("vanilla",))
    config = {
        "mode": "replay",
        "replay": {
            "teacher": None,
            "arms": {"vanilla": str(files["vanilla"]), "kd": "hf://earino/ecbs5200-week6-distilled-student/val_predictions.npz"},
        },
    }
    (workdir / "replay.yaml").write_text(yaml.safe_dump(config))
    run = snakemake(
        workdir, "results/table.md", configfile="replay.yaml", env={"HF_HUB_CACHE": str(tmp_path / "empty-cache")}, timeout=300
    )
    assert run.returncode != 0
    log = (workdir / "logs/fetch_predictions/kd.log").read_text()
    assert "hf://earino/ecbs5200-week6-distilled-student/val_predictions.npz" in log
    assert "HF_HUB_OFFLINE=1" in log and "local path" in log and "Traceback" not in log
