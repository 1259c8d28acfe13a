import numpy as np
import pytest

from workflow_helpers import copy_workflow, snakemake


@pytest.fixture
def rng():
    return np.random.default_rng(12345)


def random_predictions(rng, n=600, k=12, scale=3.0):
    """Logits with signal: the true class gets a boost, so accuracy is well above chance."""
    labels = rng.integers(0, k, size=n)
    logits = rng.normal(size=(n, k)) * scale
    logits[np.arange(n), labels] += rng.normal(2.0, 1.5, size=n)
    return logits, labels


@pytest.fixture(scope="session")
def tiny_study(tmp_path_factory):
    """The embedded study on the tiny config, run once per session (tests that change it copy it)."""
    workdir = copy_workflow(tmp_path_factory.mktemp("study"))
    run = snakemake(workdir, "results/table.md")
    assert run.returncode == 0, run.stderr[-4000:]
    return workdir
