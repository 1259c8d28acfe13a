"""What the repository promises about itself: the conda environment is the package's, the licence
it announces exists, and profiles hold no key that does nothing."""

import tomllib
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]


def test_the_conda_environment_lists_the_packages_of_pyproject_pinned_the_same_way():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    env = yaml.safe_load((REPO / "envs/kdcal.yaml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert pip == project["dependencies"]
    assert env["channels"] == ["conda-forge"]
    python = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python="))
    assert project["requires-python"] == ">=" + python.removeprefix("python=")


def test_the_announced_licence_exists():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert (REPO / project["license"]["file"]).read_text().startswith("MIT License")


DEFAULT_PROFILE = yaml.safe_load((REPO / "profiles/default/config.yaml").read_text())


@pytest.mark.parametrize("profile", ["kaggle-t4/config.yaml", "slurm/config.yaml"])
def test_profiles_do_not_repeat_the_workflow_profile_or_set_keys_that_do_nothing(profile):
    keys = set(yaml.safe_load((REPO / profile).read_text()))
    assert not keys & set(DEFAULT_PROFILE), "profiles/default applies to every run already"
    rules = "".join(p.read_text() for p in (REPO / "workflow/rules").glob("*.smk"))
    if "shell:" not in rules:
        assert "printshellcmds" not in keys | set(DEFAULT_PROFILE)
