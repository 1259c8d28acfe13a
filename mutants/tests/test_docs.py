"""The configuration reference stays in step with the schema; shipped configs validate."""

from pathlib import Path

import pytest
import yaml

from kdcal.config import config_readme

REPO = Path(__file__).resolve().parents[1]


def test_config_readme_is_generated_from_the_schema():
    expected = config_readme(str(REPO / "workflow/schemas/config.schema.yaml"))
    assert (REPO / "config/README.md").read_text() == expected, "run `python -m kdcal.config` to regenerate config/README.md"


@pytest.mark.parametrize("config", sorted(p.name for p in (REPO / "config").glob("*.yaml")))
def test_shipped_configs_validate(config):
    from snakemake.utils import update_config, validate

    data = yaml.safe_load((REPO / "config" / "config.yaml").read_text())
    update_config(data, yaml.safe_load((REPO / "config" / config).read_text()))
    validate(data, str(REPO / "workflow/schemas/config.schema.yaml"))


def _edges(mermaid: str) -> set[tuple[str, str]]:
    import re

    nodes = dict(re.findall(r"(id\d+)\[(\w+)\]", mermaid))
    return {(nodes[a], nodes[b]) for a, b in re.findall(r"(id\d+) --> (id\d+)", mermaid)}


@pytest.mark.workflow
def test_readme_rule_graph_is_the_workflows():
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "snakemake", "--rulegraph", "mermaid-js", "all", "sweep"],
        cwd=REPO,
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    readme = (REPO / "README.md").read_text()
    shown = readme.split("```mermaid", 1)[1].split("```", 1)[0]
    assert _edges(shown) == _edges(run.stdout), "regenerate the README's rule graph: snakemake --rulegraph mermaid-js all sweep"
