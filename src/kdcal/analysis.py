"""The published course's analyses of prediction files: agreement with the teacher and
selective-prediction coverage.

- Jensen-Shannon divergence from the teacher: per row,
  JS(p, q) = 1/2 KL(p || m) + 1/2 KL(q || m) with m = (p + q) / 2, in bits (range 0 to 1), averaged
  over rows (scipy's ``jensenshannon`` returns the square root of this, the JS distance).
- Argmax agreement: share of rows whose top-1 class equals the teacher's.
- Coverage at threshold t: the rows with confidence (max softmax probability) >= t are "covered";
  coverage = their share, accuracy = accuracy on them, covered = their number.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy.special import rel_entr

from kdcal.metrics import SUBSETS, probabilities


def js_divergence(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(n,) Jensen-Shannon divergence in bits between rows of two (n, K) probability arrays."""
    m = (p + q) / 2
    return (rel_entr(p, m).sum(axis=1) + rel_entr(q, m).sum(axis=1)) / (2 * np.log(2))


def _subset_rows(tiers: np.ndarray, subset: str) -> np.ndarray:
    return np.ones(len(tiers), bool) if subset == "all" else np.asarray(tiers) == subset


def teacher_agreement(logits: np.ndarray, teacher_logits: np.ndarray, tiers: np.ndarray) -> pd.DataFrame:
    """Mean JS divergence and argmax agreement per subset. logits, teacher_logits: (n, K) logits
    of the same rows; tiers: (n,). Columns: subset, js_divergence, argmax_agreement, rows."""
    p, q = probabilities(logits), probabilities(teacher_logits)
    js = js_divergence(p, q)
    agree = p.argmax(1) == q.argmax(1)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        n = int(mask.sum())
        rows.append((subset, js[mask].mean() if n else np.nan, agree[mask].mean() if n else np.nan, n))
    return pd.DataFrame(rows, columns=["subset", "js_divergence", "argmax_agreement", "rows"])


def coverage_table(
    logits: np.ndarray, labels: np.ndarray, tiers: np.ndarray, thresholds: Sequence[float], target: float
) -> pd.DataFrame:
    """Coverage, accuracy on covered rows and their number at each confidence threshold, per
    subset, and whether the accuracy meets ``target``. Columns: subset, threshold, coverage,
    accuracy, covered, meets_target."""
    probs = probabilities(logits)
    conf = probs.max(1)
    correct = probs.argmax(1) == np.asarray(labels)
    rows = []
    for subset in SUBSETS:
        mask = _subset_rows(tiers, subset)
        for t in thresholds:
            covered = mask & (conf >= t)
            n_cov = int(covered.sum())
            acc = correct[covered].mean() if n_cov else np.nan
            rows.append(
                (subset, float(t), n_cov / mask.sum() if mask.any() else np.nan, acc, n_cov, bool(n_cov and acc >= target))
            )
    return pd.DataFrame(rows, columns=["subset", "threshold", "coverage", "accuracy", "covered", "meets_target"])


def lowest_threshold(table: pd.DataFrame, subset: str = "all") -> float | None:
    """The lowest threshold whose covered accuracy meets the target, or None when none does."""
    hits = table[(table.subset == subset) & table.meets_target]
    return float(hits.threshold.min()) if not hits.empty else None


def render_sections(
    arms: Sequence[str],
    coverage: pd.DataFrame,
    target: float,
    diagnostics: pd.DataFrame | None = None,
    agreement: pd.DataFrame | None = None,
) -> str:
    """Markdown sections of the table: teacher diagnostics, agreement with the teacher, coverage."""
    from kdcal.evaluation import ARM_LABELS

    def label(arm):
        return ARM_LABELS.get(arm, arm)

    lines: list[str] = []
    if diagnostics is not None:
        lines += ["", "## Teacher diagnostics", "", "| rows | ECE | NLL | macro F1 | accuracy |", "|---|---|---|---|---|"]
        for rows_name, title in (("full_val", "full validation"), ("eval", "eval half")):
            sub = diagnostics[(diagnostics.rows == rows_name) & (diagnostics.subset == "all")].set_index("metric").value
            lines.append(f"| {title} | {sub['ece']:.4f} | {sub['nll']:.4f} | {sub['macro_f1']:.4f} | {sub['accuracy']:.4f} |")
    if agreement is not None and not agreement.empty:
        lines += [
            "",
            "## Agreement with the teacher (eval half)",
            "",
            "JS divergence in bits (lower = closer); agreement = share of rows with the teacher's top-1 class.",
            "",
        ]
        lines += [
            "| arm | JS all | JS head | JS mid | JS tail | agreement all | agreement head | agreement mid | agreement tail |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for arm in arms:
            sub = agreement[agreement.arm == arm].set_index("subset")
            if sub.empty:
                continue
            js = [f"{sub.js_divergence.get(s, np.nan):.4f}" for s in SUBSETS]
            ag = [f"{sub.argmax_agreement.get(s, np.nan):.4f}" for s in SUBSETS]
            lines.append(f"| {label(arm)} | " + " | ".join(js + ag) + " |")
    thresholds = sorted(coverage.threshold.unique())
    lines += ["", f"## Coverage (eval half, all classes; target accuracy {target:g})", ""]
    lines += ["Each cell: coverage / accuracy on covered rows / rows covered.", ""]
    lines += ["| arm | " + " | ".join(f"conf >= {t:g}" for t in thresholds) + " | lowest threshold meeting target |"]
    lines += ["|---|" + "---|" * len(thresholds) + "---|"]
    for arm in arms:
        sub = coverage[(coverage.arm == arm)]
        if sub.empty:
            continue
        cells = []
        for t in thresholds:
            r = sub[(sub.subset == "all") & (sub.threshold == t)].iloc[0]
            acc = "n/a" if not np.isfinite(r.accuracy) else f"{r.accuracy:.3f}"
            cells.append(f"{r.coverage:.3f} / {acc} / {int(r.covered)}")
        lowest = lowest_threshold(sub)
        lines.append(f"| {label(arm)} | " + " | ".join(cells) + f" | {'none' if lowest is None else f'{lowest:g}'} |")
    lines.append("")
    lines.append("Per-tier coverage: `results/coverage.tsv`.")
    return "\n".join(lines) + "\n"
