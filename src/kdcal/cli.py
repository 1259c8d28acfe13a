"""kdcal's command-line tools, in one place: ``python -m kdcal <command>``.

    python -m kdcal export-wordnet OUT.csv       the embedded corpus as a table (+ OUT.labels.json)
    python -m kdcal compare-published [RESULTS]  the published numbers beside a finished replay's
    python -m kdcal config-reference             regenerate config/README.md from the schema
    python -m kdcal error-reference              regenerate docs/errors.md from the code
    python -m kdcal measured-docs                rewrite the measured numbers of the README and docs/ from docs/measured.yaml

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


ERRORS_PAGE_HEAD = """# Every error message

Every message kdcal can stop with, as the code raises it, generated from the code by
`python -m kdcal error-reference` (a test keeps this page current). `…` stands for what is filled
in at run time: a file, key, row, value or count. Messages are grouped by the module that raises
them, in the order of the rule graph; the error's type and the function follow each message.
[Troubleshooting](troubleshooting.md) says what to do about the common ones; most messages say it
themselves.
"""


def _message(node) -> str | None:
    """The text of a raised error's message as written in the code, ``…`` for run-time parts."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "…" for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return (_message(node.left) or "…") + (_message(node.right) or "…")
    return None


def error_messages(root: Path) -> list[tuple[str, str, str, str]]:
    """(module, function, error type, message) of every ``raise SomeError(message)`` in the package
    under ``root/src/kdcal`` and the scripts under ``root/workflow/scripts``, in file order. A
    message that is not a string in the code (re-raising a variable) is left out."""
    import ast

    files = sorted((root / "src/kdcal").rglob("*.py")) + sorted((root / "workflow/scripts").glob("*.py"))
    found = []
    for path in files:
        in_file = []
        in_package = path.is_relative_to(root / "src")
        module = ".".join(path.relative_to(root / "src").with_suffix("").parts) if in_package else str(path.relative_to(root))
        tree = ast.parse(path.read_text(), str(path))
        functions = {}  # node -> the function (Class.method for a method) whose body holds it
        for node in tree.body:
            methods = (
                [(f"{node.name}.{getattr(m, 'name', '')}", m) for m in node.body]
                if isinstance(node, ast.ClassDef)
                else [(None, node)]
            )
            for name, definition in methods:
                if isinstance(definition, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    for child in ast.walk(definition):
                        functions[id(child)] = name or definition.name
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            kind = getattr(func, "id", None) or getattr(func, "attr", "")
            text = _message(node.exc.args[0]) if node.exc.args else None
            if kind.endswith("Error") and text:
                in_file.append((node.lineno, module, functions.get(id(node), "top level"), kind, text))
        found += [item[1:] for item in sorted(in_file)]
    return found


# The order of the rule graph (docs/development.md, "Where things live"): modules of a stage together.
STAGE_ORDER = (
    "kdcal.errors",
    "kdcal.runtime",
    "kdcal.hub",
    "kdcal.predictions",
    "kdcal.protocol",
    "kdcal.config",
    "kdcal.plan",
    "kdcal.data",
    "kdcal.models",
    "kdcal.teachers",
    "kdcal.training",
    "kdcal.calibration",
    "kdcal.evaluation",
    "kdcal.reporting",
    "kdcal.cli",
    "workflow/scripts",
)


def errors_page(root: Path) -> str:
    """docs/errors.md: every message of ``error_messages``, grouped by module in ``STAGE_ORDER``."""
    by_module: dict[str, list[tuple[str, str, str]]] = {}
    for module, function, kind, text in error_messages(root):
        by_module.setdefault(module, []).append((function, kind, text))

    def rank(module: str) -> tuple[int, str]:
        hits = [i for i, prefix in enumerate(STAGE_ORDER) if module == prefix or module.startswith((prefix + ".", prefix + "/"))]
        return (hits[0] if hits else len(STAGE_ORDER), module)

    lines = [ERRORS_PAGE_HEAD]
    for module in sorted(by_module, key=rank):
        lines += [f"## `{module}`", ""]
        for function, kind, text in by_module[module]:
            fence = "``" if "`" in text else "`"
            pad = " " if "`" in text else ""
            one_line = " ".join(text.split())
            quoted = " a library's own message, quoted;" if not one_line.strip("…: ") else ""
            lines.append(f"- {fence}{pad}{one_line}{pad}{fence} ({kind},{quoted} `{function}`)")
        lines.append("")
    return "\n".join(lines)


def error_reference(args: list[str]) -> int:
    """Writes docs/errors.md (run in the repository's root)."""
    if args:
        print("usage: python -m kdcal error-reference")
        return 2
    Path("docs/errors.md").write_text(errors_page(Path.cwd()))
    print("wrote docs/errors.md")
    return 0


def measured_docs(args: list[str]) -> int:
    """Rewrites the measured numbers of the README and docs/ from docs/measured.yaml (repository root)."""
    from kdcal.measured import update_pages

    if args:
        print("usage: python -m kdcal measured-docs")
        return 2
    changed = update_pages(Path.cwd())
    print(f"rewrote {len(changed)} page(s) from docs/measured.yaml: {', '.join(map(str, changed)) or 'none changed'}")
    return 0


COMMANDS = {
    "export-wordnet": export_wordnet,
    "measured-docs": measured_docs,
    "compare-published": compare_published,
    "config-reference": config_reference,
    "error-reference": error_reference,
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in COMMANDS:
        print(USAGE)
        return 2
    return COMMANDS[argv[0]](argv[1:])
