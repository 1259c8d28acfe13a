"""The published study's numbers beside kdcal's, from a finished replay's ``results/``.

    python -m kdcal compare-published [results]

prints one row per published number: what was published, what kdcal's files say, and the
difference. Run it after ``snakemake --cores 1 results/table.md --configfile
config/replay-week6.yaml`` (the course protocol), where every row should agree to the published
rounding.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from sklearn.metrics import f1_score

from kdcal.predictions import load_predictions

# (item, published value, where kdcal has it: (file, selector)). Eval half, n = 3,215, unless named.
PUBLISHED = [
    ("vanilla ECE (eval half)", 0.1308, ("metrics", "vanilla", "all", "ece")),
    ("vanilla NLL (eval half)", 1.5515, ("metrics", "vanilla", "all", "nll")),
    ("vanilla macro F1 (eval half)", 0.2833, ("metrics", "vanilla", "all", "macro_f1")),
    ("vanilla + T ECE (eval half)", 0.0263, ("metrics", "vanilla_ts", "all", "ece")),
    ("vanilla + T NLL (eval half)", 1.4297, ("metrics", "vanilla_ts", "all", "nll")),
    ("vanilla + T macro F1 (eval half)", 0.2833, ("metrics", "vanilla_ts", "all", "macro_f1")),
    ("distilled ECE (eval half)", 0.0546, ("metrics", "kd", "all", "ece")),
    ("distilled NLL (eval half)", 1.3321, ("metrics", "kd", "all", "nll")),
    ("distilled macro F1 (eval half)", 0.2872, ("metrics", "kd", "all", "macro_f1")),
    ("headline ratio", 1.37, ("metrics", "vanilla_ts_vs_kd", "all", "ece_gain_ratio")),
    ("teacher ECE (full validation)", 0.021, ("diagnostics", "full_val", "all", "ece")),
    ("teacher NLL (full validation)", 1.256, ("diagnostics", "full_val", "all", "nll")),
    ("teacher macro F1 (full validation)", 0.322, ("diagnostics", "full_val", "all", "macro_f1")),
    ("teacher head F1 (full validation, course definition)", 0.652, ("diagnostics", "full_val", "head", "macro_f1_course")),
    ("teacher mid F1 (full validation, course definition)", 0.450, ("diagnostics", "full_val", "mid", "macro_f1_course")),
    ("teacher tail F1 (full validation, course definition)", 0.198, ("diagnostics", "full_val", "tail", "macro_f1_course")),
    ("vanilla macro F1 from preds (full validation)", 0.2638, ("preds", "vanilla")),
    ("distilled macro F1 from preds (full validation)", 0.2789, ("preds", "kd")),
]


def _value(results: Path, where: tuple) -> float:
    if where[0] == "preds":
        p = load_predictions(results / "predictions" / f"{where[1]}.npz")
        return float(f1_score(p.labels, p.predicted(), average="macro", zero_division=0))
    if where[0] == "metrics":
        frame = pd.read_csv(results / "metrics.tsv", sep="\t")
        hit = frame[(frame.arm == where[1]) & (frame.subset == where[2]) & (frame.metric == where[3])]
    else:
        frame = pd.read_csv(results / "teacher_diagnostics.tsv", sep="\t")
        hit = frame[(frame.rows == where[1]) & (frame.subset == where[2]) & (frame.metric == where[3])]
    return float(hit.value.iloc[0]) if not hit.empty else float("nan")


def published_comparison(results: str | Path = "results") -> pd.DataFrame:
    """Columns: item, published, kdcal, difference (kdcal minus published)."""
    results = Path(results)
    rows = []
    for item, published, where in PUBLISHED:
        try:
            value = _value(results, where)
        except FileNotFoundError:
            value = float("nan")
        rows.append((item, published, value, value - published))
    return pd.DataFrame(rows, columns=["item", "published", "kdcal", "difference"])


def not_the_published_study(results: Path) -> str | None:
    """Why ``results`` is not a study the published numbers describe (a replay of prediction files,
    or a training run on the published dataset, consumer_complaints), or None when it is one."""
    summary = results / "data" / "summary.json"
    if summary.is_file():
        import json

        source = json.loads(summary.read_text()).get("source")
        if source != "consumer_complaints":
            return f"{results} holds a study trained on {source!r}, another task than the published one (consumer_complaints)"
        return None
    table = results / "table.md"
    if not table.is_file() or "Replayed prediction files" not in table.read_text():
        return f"{results} is neither a replay (its table.md does not say 'Replayed prediction files') nor a training run"
    return None
