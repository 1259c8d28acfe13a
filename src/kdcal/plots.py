"""Figures: reliability diagrams and the NLL-ECE plane."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402

from kdcal.evaluation import ARM_LABELS  # noqa: E402
from kdcal.runtime import atomic_path  # noqa: E402


def reliability_figure(bins_by_arm: Mapping[str, dict], ece_by_arm: Mapping[str, float]):
    """One panel per arm: accuracy per confidence bin (bars), the gap to the diagonal (hatched),
    bin sizes (grey line, right axis). bins_by_arm: arm -> ``metrics.reliability_bins`` output."""
    sns.set_theme(style="whitegrid", context="notebook")
    arms = list(bins_by_arm)
    fig, axes = plt.subplots(1, len(arms), figsize=(4.2 * len(arms), 4.4), sharey=True, squeeze=False)
    palette = sns.color_palette("deep", len(arms))
    for ax, arm, color in zip(axes[0], arms, palette):
        b = bins_by_arm[arm]
        width = b["upper"] - b["lower"]
        centres = (b["lower"] + b["upper"]) / 2
        filled = b["count"] > 0
        acc = np.where(filled, b["accuracy"], 0.0)
        conf = np.where(filled, b["confidence"], centres)
        ax.bar(b["lower"], acc, width=width, align="edge", color=color, edgecolor="white", label="accuracy")
        ax.bar(b["lower"][filled], (conf - acc)[filled], bottom=acc[filled], width=width[filled], align="edge",
               color="none", edgecolor="crimson", hatch="//", linewidth=0.8, label="gap to confidence")
        ax.plot([0, 1], [0, 1], ls="--", color="black", lw=1, label="perfect calibration")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_xlabel("confidence (max softmax probability)")
        ax.set_title(f"{ARM_LABELS.get(arm, arm)}\nECE = {ece_by_arm.get(arm, float('nan')):.4f}", fontsize=11)
        share = ax.twinx()
        share.plot(centres, b["count"] / max(b["count"].sum(), 1), color="grey", marker=".", lw=1)
        share.set_ylim(0, 1)
        share.grid(False)
        share.set_yticks([])
    axes[0][0].set_ylabel("accuracy")
    axes[0][0].legend(loc="upper left", fontsize=8)
    fig.text(0.99, 0.01, "grey: share of rows per bin", ha="right", fontsize=8, color="grey")
    fig.tight_layout()
    return fig


def ece_nll_figure(metrics: pd.DataFrame, arms: Sequence[str], origin: str = "vanilla"):
    """Arms on the NLL-ECE plane (eval half, all classes), 95% intervals as error bars, arrows from
    ``origin`` to every other arm. metrics: the long table of ``evaluation.summarise``."""
    sns.set_theme(style="whitegrid", context="notebook")
    sub = metrics[(metrics.subset == "all") & metrics.arm.isin(arms)]
    fig, ax = plt.subplots(figsize=(6.4, 5.0))
    palette = dict(zip(arms, sns.color_palette("deep", len(arms))))
    points = {}
    for arm in arms:
        nll = sub[(sub.arm == arm) & (sub.metric == "nll")]
        ece = sub[(sub.arm == arm) & (sub.metric == "ece")]
        if nll.empty or ece.empty:
            continue
        x, y = nll.value.iloc[0], ece.value.iloc[0]
        points[arm] = (x, y)
        # Interval lines, not error bars: a percentile interval of ECE can lie wholly above the
        # point estimate (ECE is biased upward under resampling), which error bars cannot show.
        color = palette[arm]
        ax.hlines(y, nll.ci_low.iloc[0], nll.ci_high.iloc[0], color=color, lw=1.5)
        ax.vlines(x, ece.ci_low.iloc[0], ece.ci_high.iloc[0], color=color, lw=1.5)
        ax.plot(x, y, "o", color=color, ms=8, label=ARM_LABELS.get(arm, arm))
    if origin in points:
        x0, y0 = points[origin]
        for arm, (x, y) in points.items():
            if arm not in (origin, "teacher"):  # arrows show remedies of the student, not the teacher
                ax.annotate("", xy=(x, y), xytext=(x0, y0), arrowprops=dict(arrowstyle="->", color=palette[arm], lw=1.5, alpha=0.8))
    ax.set_xlabel("NLL (lower is better)")
    ax.set_ylabel("ECE (lower is better)")
    ax.set_title("Arms on the NLL–ECE plane (eval half)")
    ax.legend(fontsize=8, loc="best")
    fig.tight_layout()
    return fig


def save_figure(fig, path) -> None:
    """Save as PNG via a temporary name, then rename (atomic)."""
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=130)
    plt.close(fig)
