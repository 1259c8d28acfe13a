"""The measured numbers the README and the docs quote, from one committed snapshot of a named run
(``docs/measured.yaml``, written by ``benchmarks/measure_study.py`` from a fresh clone).

A page quotes a number as a marked span, ``<!-- measured:KEY -->text<!-- /measured -->``, invisible
where Markdown is rendered; ``python -m kdcal measured-docs`` rewrites every span's text from the
snapshot, and a test fails when a span's text is not the snapshot's (so two pages cannot state
different numbers for one quantity, and none can drift from the run it names).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import yaml

SNAPSHOT = Path("docs/measured.yaml")
SPAN = re.compile(r"<!-- measured:([a-z0-9_.]+) -->(.*?)<!-- /measured -->", re.DOTALL)
PAGES = ("README.md", "docs/*.md")


def duration(seconds: float) -> str:
    """85 -> '85 s', 331 -> '5 min 31 s'."""
    seconds = round(float(seconds))
    return f"{seconds} s" if seconds < 120 else f"{seconds // 60} min {seconds % 60} s"


def _percent(value: float) -> str:
    return f"{100 * float(value):.0f}%"


def quantities(snapshot: Mapping) -> dict[str, str]:
    """Every quotable quantity of a snapshot, as the pages print it."""
    run, out = snapshot["run"], {}
    out["machine"] = run["machine"]
    out["commit"] = run["commit"][:7]
    out["date"] = run["date"]
    out["install"] = duration(snapshot["install_s"])
    out["study"] = duration(snapshot["study_s"])
    out["unit_tests"] = f"{snapshot['tests']['unit']:,}"
    out["all_tests"] = f"{snapshot['tests']['all']:,}"
    for name, ratio in snapshot["headline"].items():
        out[f"headline.{name}"] = _percent(ratio["value"])
        out[f"headline.{name}_interval"] = f"{_percent(ratio['low'])} to {_percent(ratio['high'])}"
    for rule, seconds in snapshot["rules"].items():
        out[f"rules.{rule}"] = duration(seconds)
    for arm, metrics in snapshot["arms"].items():
        for metric, value in metrics.items():
            out[f"arms.{arm}.{metric}"] = f"{value:.4f}" if metric != "nll" else f"{value:.3f}"
    return out


def pages(root: Path) -> list[Path]:
    return [p for pattern in PAGES for p in sorted(root.glob(pattern))]


def rewrite(text: str, values: Mapping[str, str], source: str) -> str:
    """Every span of ``text`` with the snapshot's value; an unknown key is refused naming it."""

    def replace(match):
        key = match.group(1)
        if key not in values:
            raise KeyError(f"{source}: measured:{key} is not a quantity of {SNAPSHOT} ({', '.join(sorted(values))})")
        return f"<!-- measured:{key} -->{values[key]}<!-- /measured -->"

    return SPAN.sub(replace, text)


def read_snapshot(root: Path) -> dict:
    return yaml.safe_load((root / SNAPSHOT).read_text())


def stale_spans(root: Path) -> list[str]:
    """'page: key says X, the snapshot Y' for every span that differs from the snapshot."""
    values = quantities(read_snapshot(root))
    out = []
    for page in pages(root):
        for key, text in SPAN.findall(page.read_text()):
            if values.get(key) != text:
                out.append(f"{page.relative_to(root)}: {key} says {text!r}, {SNAPSHOT} gives {values.get(key)!r}")
    return out


def update_pages(root: Path) -> list[Path]:
    """Rewrite the spans of every page from the snapshot; returns the pages changed."""
    values = quantities(read_snapshot(root))
    changed = []
    for page in pages(root):
        text = page.read_text()
        new = rewrite(text, values, str(page.relative_to(root)))
        if new != text:
            page.write_text(new)
            changed.append(page)
    return changed
