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
