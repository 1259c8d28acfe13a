"""The docs stay true: the configuration reference is generated from the schema, shipped configs
validate, the rule graph on the DAG page is the workflow's, and the docs site renders."""

import os
import shutil
from pathlib import Path

import numpy as np
import pytest
import yaml

from kdcal.config import config_readme

REPO = Path(__file__).resolve().parents[1]


def test_the_error_page_lists_every_message_the_code_raises():
    """docs/errors.md is generated from the code (every ``raise ...Error("message")``), so a new or
    reworded message fails this test until the page is regenerated."""
    from kdcal.cli import error_messages, errors_page

    messages = error_messages(REPO)
    assert len(messages) > 150  # the package and the scripts, not an empty walk
    assert any("are both set" in m for *_, m in messages)  # kdcal.config's rename check
    assert (REPO / "docs/errors.md").read_text() == errors_page(REPO), (
        "run `python -m kdcal error-reference` to regenerate docs/errors.md"
    )


def test_config_readme_is_generated_from_the_schema():
    expected = config_readme(str(REPO / "workflow/schemas/config.schema.yaml"))
    assert (REPO / "config/README.md").read_text() == expected, (
        "run `python -m kdcal config-reference` to regenerate config/README.md"
    )


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
    page = (REPO / "docs/dag.md").read_text()
    shown = page.split("```mermaid", 1)[1].split("```", 1)[0]
    assert _edges(shown) == _edges(run.stdout), "regenerate docs/dag.md's rule graph: snakemake --rulegraph mermaid-js all sweep"


def test_the_readme_is_short_and_every_page_is_in_the_site():
    """The README stays a front page (at most 200 lines) and links every page under docs/, and the
    site's navigation lists every page (mkdocs build --strict, in .ci/gates, checks the links)."""
    readme = (REPO / "README.md").read_text()
    assert len(readme.splitlines()) <= 200
    pages = {p.name for p in (REPO / "docs").glob("*.md")} - {"index.md"}
    assert {page for page in pages if f"(docs/{page}" not in readme} == set()
    nav = yaml.safe_load((REPO / "mkdocs.yml").read_text().replace("!!python/name:", ""))["nav"]
    assert {next(iter(entry.values())) for entry in nav} == pages | {"index.md"}


@pytest.mark.workflow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs chromium (apt-get install chromium)")
def test_the_built_site_renders_its_home_page(tmp_path):
    """The site built from the pages, served on 127.0.0.1 and opened in headless Chromium: the home
    page's screenshot is not blank (a dark header, text, most of the page light)."""
    import functools
    import http.server
    import subprocess
    import sys
    import threading

    import matplotlib.image

    site = tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    assert "My classifier" in (site / "index.html").read_text()  # the README is the home page
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    shot = tmp_path / "home.png"
    try:
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--window-size=1280,900",
                f"--user-data-dir={tmp_path / 'profile'}",
                f"--screenshot={shot}",
                f"http://127.0.0.1:{server.server_address[1]}/",
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )
    finally:
        server.shutdown()
    assert shot.is_file(), "chromium wrote no screenshot"
    pixels = matplotlib.image.imread(shot)[..., :3]
    brightness = pixels.mean(axis=2)
    assert pixels.shape[:2] == (900, 1280)
    assert (brightness > 0.9).mean() > 0.5  # the page body
    header = pixels[:40]
    assert (header[..., 2] - header[..., 0] > 0.2).mean() > 0.6  # Material's blue header bar, not a bare page
    assert (brightness[60:] < 0.6).mean() > 0.01  # text below it: not a blank page
    assert len(np.unique((pixels * 255).astype(np.uint8).reshape(-1, 3), axis=0)) > 50  # anti-aliased text


def test_the_catalog_entry_and_the_ci_workflow_use_the_projects_own_files():
    """.snakemake-workflow-catalog.yml offers conda deployment and the report, which exist;
    .github/workflows/ci.yml runs .ci/run, the same script as every local CI run."""
    catalog = yaml.safe_load((REPO / ".snakemake-workflow-catalog.yml").read_text())["usage"]
    assert catalog["software-stack-deployment"]["conda"] and catalog["report"]
    assert (REPO / "envs/kdcal.yaml").is_file() and (REPO / "workflow/report").is_dir()
    ci = yaml.safe_load((REPO / ".github/workflows/ci.yml").read_text())
    assert [step.get("run") for step in ci["jobs"]["test"]["steps"] if "run" in step] == ["bash .ci/run"]
    run = (REPO / ".ci/run").read_text()
    assert "pip install -q -r requirements.txt" in run and "bash .ci/gates" in run and "python -m pytest -q" in run


def test_every_metric_is_defined_on_the_metrics_page_and_the_code_points_there():
    """docs/metrics.md, 'Definitions', is the one home of the metrics' definitions: every metric of
    metrics.tsv has a bullet there, and the module that computes them links to it instead of
    repeating them."""
    from kdcal.evaluation import metrics

    page = (REPO / "docs/metrics.md").read_text()
    definitions = page.split("## Definitions", 1)[1].split("\n## ", 1)[0]
    undefined = [name for name in metrics.METRICS if f"`{name}`" not in definitions]
    undefined += [name for name in ("top{k}_accuracy", "top{k}_mass_gap", "ece_floor") if f"`{name}`" not in definitions]
    assert not undefined, f"docs/metrics.md 'Definitions' does not define {undefined}"
    assert "docs/metrics.md" in metrics.__doc__ and "- ECE" not in metrics.__doc__ and "mean of -log" not in metrics.__doc__


def test_every_measured_number_on_the_pages_is_the_snapshots():
    """The README and docs/ quote measured numbers as spans of docs/measured.yaml (kdcal.measured):
    a span that says anything else (a page edited by hand, a snapshot rerun without
    `python -m kdcal measured-docs`) fails here, so no two pages can disagree on one quantity."""
    from kdcal.measured import SPAN, quantities, read_snapshot, stale_spans

    assert not stale_spans(REPO), "run `python -m kdcal measured-docs`"
    snapshot = read_snapshot(REPO)
    assert len(snapshot["run"]["commit"]) == 40 and snapshot["run"]["machine"]
    quoted = {
        key for page in ("README.md", "docs/results.md", "docs/development.md") for key in SPAN.findall((REPO / page).read_text())
    }
    assert {"headline.ece", "study", "install", "unit_tests"} <= {key for key, _ in quoted}
    assert set(quantities(snapshot)) >= {key for key, _ in quoted}


def test_a_span_naming_no_quantity_is_refused_with_its_page():
    from kdcal.measured import duration, rewrite

    assert rewrite("a <!-- measured:study -->old<!-- /measured --> b", {"study": "5 min 31 s"}, "p.md") == (
        "a <!-- measured:study -->5 min 31 s<!-- /measured --> b"
    )
    with pytest.raises(KeyError, match=r"p\.md: measured:stdy is not a quantity of docs/measured\.yaml"):
        rewrite("<!-- measured:stdy -->x<!-- /measured -->", {"study": "1 s"}, "p.md")
    assert (duration(85.4), duration(119.6), duration(331)) == ("85 s", "2 min 0 s", "5 min 31 s")
