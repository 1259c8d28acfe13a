"""kdcal's command-line tools, in one place: ``python -m kdcal <command>``.

    python -m kdcal export-wordnet OUT.csv       the embedded corpus as a table (+ OUT.labels.json)
    python -m kdcal compare-published [RESULTS]  the published numbers beside a finished replay's
    python -m kdcal config-reference             regenerate config/README.md from the schema

Each returns 0 on success and 2 (after printing why) on wrong arguments or inputs.
"""

from __future__ import annotations

import sys
from pathlib import Path

USAGE = __doc__.split("\n\n")[1].rstrip()

EXPORT_USAGE = """usage: python -m kdcal export-wordnet OUT.csv

Writes the embedded corpus as a table (columns row_id, text, label; labels by name) to OUT.csv and
its 45 class names in kdcal's id order to OUT.labels.json. With

    dataset: {source: table, path: OUT.csv, id_column: row_id, label_names: OUT.labels.json}

and the same sizes and seeds, the study gives the same results/metrics.tsv as the embedded one."""


def export_wordnet(args: list[str]) -> int:
    from kdcal.data.corpus import export_wordnet

    if len(args) != 1:
        print(EXPORT_USAGE)
        return 2
    table, labels = export_wordnet(args[0])
    print(f"wrote {table} and {labels}; use them with")
    print(f"  dataset: {{source: table, path: {table}, id_column: row_id, label_names: {labels}}}")
    return 0


def compare_published(args: list[str]) -> int:
    import numpy as np

    from kdcal.reporting.published import not_the_published_study, published_comparison

    if len(args) > 1:
        print("usage: python -m kdcal compare-published [RESULTS]   (default: results)")
        return 2
    results = Path(args[0] if args else "results")
    if not (results / "metrics.tsv").exists():
        print(f"{results}/metrics.tsv not found: run the replay first (see docs/replay.md, 'Checking the published numbers')")
        return 2
    problem = not_the_published_study(results)
    if problem is not None:
        print(
            f"{problem}: its numbers are not comparable with the published ones. Compare a replay of the published files "
            "(config/replay-week6.yaml) or the full study (config/kaggle-t4.yaml)"
        )
        return 2
    frame = published_comparison(results)
    print("| published number | published | kdcal | difference |\n|---|---|---|---|")
    for r in frame.itertuples():
        kdcal = "n/a" if np.isnan(r.kdcal) else f"{r.kdcal:.4f}"
        diff = "n/a" if np.isnan(r.difference) else f"{r.difference:+.4f}"
        print(f"| {r.item} | {r.published:.4f} | {kdcal} | {diff} |")
    return 0


def config_reference(args: list[str]) -> int:
    """Writes config/README.md (run in the repository's root)."""
    from kdcal.config import config_readme

    if args:
        print("usage: python -m kdcal config-reference")
        return 2
    Path("config/README.md").write_text(config_readme())
    print("wrote config/README.md")
    return 0


COMMANDS = {"export-wordnet": export_wordnet, "compare-published": compare_published, "config-reference": config_reference}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in COMMANDS:
        print(USAGE)
        return 2
    return COMMANDS[argv[0]](argv[1:])
