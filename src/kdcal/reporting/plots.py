"""Figures: reliability small multiples, coverage-accuracy curves, the NLL-ECE plane (one seed with
intervals, or every seed of the sweep)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from kdcal.evaluation.conformal import set_metrics
from kdcal.evaluation.metrics import top_ks
from kdcal.runtime import atomic_path


def reliability_figure(bins_by_panel: Mapping[str, dict], columns: int = 4, titles: Mapping[str, str] | None = None):
    """Small multiples, one panel per arm (or per recipe, rows pooled over its seeds): accuracy per
    confidence bin (bars), the gap to the diagonal (hatched), bin sizes (grey line, right axis), and
    the ECE of exactly the rows drawn. bins_by_panel: label -> ``metrics.reliability_bins`` output."""
    sns.set_theme(style="whitegrid", context="notebook")
    labels = list(bins_by_panel)
    cols = min(columns, len(labels))
    rows = -(-len(labels) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(3.6 * cols, 3.7 * rows), sharex=True, sharey=True, squeeze=False)
    palette = sns.color_palette("deep", len(labels))
    for ax, label, color in zip(axes.ravel(), labels, palette):
        b = bins_by_panel[label]
        width = b["upper"] - b["lower"]
        centres = (b["lower"] + b["upper"]) / 2
        filled = b["count"] > 0
        acc = np.where(filled, b["accuracy"], 0.0)
        conf = np.where(filled, b["confidence"], centres)
        ece = float((b["count"][filled] * np.abs(acc - conf)[filled]).sum() / max(b["count"].sum(), 1))
        ax.bar(b["lower"], acc, width=width, align="edge", color=color, edgecolor="white", label="accuracy")
        ax.bar(
            b["lower"][filled],
            (conf - acc)[filled],
            bottom=acc[filled],
            width=width[filled],
            align="edge",
            color="none",
            edgecolor="crimson",
            hatch="//",
            linewidth=0.8,
            label="gap to confidence",
        )
        ax.plot([0, 1], [0, 1], ls="--", color="black", lw=1, label="perfect calibration")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_title(f"{(titles or {}).get(label, label)}\nECE = {ece:.4f}", fontsize=10)
        share = ax.twinx()
        share.plot(centres, b["count"] / max(b["count"].sum(), 1), color="grey", marker=".", lw=1)
        share.set_ylim(0, 1)
        share.grid(False)
        share.set_yticks([])
    for ax in axes.ravel()[len(labels) :]:
        ax.set_visible(False)
    for ax in axes[:, 0]:
        ax.set_ylabel("accuracy")
    for ax in axes[-1]:
        ax.set_xlabel("confidence")
    axes[0][0].legend(loc="upper left", fontsize=7)
    fig.text(0.99, 0.005, "grey: share of rows per bin", ha="right", fontsize=8, color="grey")
    fig.tight_layout()
    return fig


def smooth_reliability_figure(
    rows_by_panel: Mapping[str, tuple[np.ndarray, np.ndarray]], columns: int = 4, titles: Mapping[str, str] | None = None
):
    """relplot's smooth reliability diagrams (Blasiok & Nakkiran 2023), one panel per arm (or recipe):
    E[correct | confidence] kernel-smoothed at the smooth-ECE bandwidth, drawn thicker where more rows
    lie, the density of confidences (grey) and the smooth ECE. rows_by_panel: label -> (confidence,
    correct) of the rows drawn. No bootstrap band, so the figure is the same on every run."""
    import relplot  # imported here: only this figure needs it

    sns.set_theme(style="whitegrid", context="notebook")
    labels = list(rows_by_panel)
    cols = min(columns, len(labels))
    rows = -(-len(labels) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(3.6 * cols, 3.8 * rows), squeeze=False)
    palette = sns.color_palette("deep", len(labels))
    for ax, label, color in zip(axes.ravel(), labels, palette):
        confidence, correct = rows_by_panel[label]
        diagram = relplot.prepare_rel_diagram(confidence, correct, plot_confidence_band=False, report_CE_std=False)
        diagram.pop("ce")  # the title carries it
        relplot.plot_rel_diagram(diagram, fig=fig, ax=ax, use_default_style=False, color=color, plot_density=True)
        ax.set_title(f"{(titles or {}).get(label, label)}\nsmooth ECE = {relplot.smECE(confidence, correct):.4f}", fontsize=10)
        ax.set_xlabel("confidence")
        ax.set_ylabel("accuracy (smoothed)")
    for ax in axes.ravel()[len(labels) :]:
        ax.set_visible(False)
    fig.tight_layout()
    return fig


def coverage_figure(
    panels: Mapping[str, Mapping[str, tuple[np.ndarray, np.ndarray]]],
    labels: Mapping[str, str] | None = None,
    families: Mapping[str, str] | None = None,
):
    """Coverage-accuracy curves: for each panel, label -> (coverage, accuracy) where accuracy is that
    of the most confident rows at each coverage (``metrics.risk_coverage``; mean over seeds).
    labels: panel label -> legend text; families: panel label -> its family (one colour each)."""
    labels, families = labels or {}, families or {}
    sns.set_theme(style="whitegrid", context="notebook")
    fig, axes = plt.subplots(1, len(panels), figsize=(5.2 * len(panels), 4.6), sharey=True, squeeze=False)
    # One colour per recipe family in every panel: kd, kd_ts and kd_vs share kd's colour.
    families_in_order = list(dict.fromkeys(families.get(label, label) for curves in panels.values() for label in curves))
    palette = dict(
        zip(families_in_order, sns.color_palette("tab20" if len(families_in_order) > 10 else "deep", len(families_in_order)))
    )
    for ax, (title, curves) in zip(axes[0], panels.items()):
        for label, (coverage, accuracy) in curves.items():
            ax.plot(coverage, accuracy, color=palette[families.get(label, label)], lw=1.4, label=labels.get(label, label))
        ax.set_xlim(0, 1)
        ax.set_xlabel("coverage (share of rows answered, most confident first)")
        ax.set_title(title, fontsize=11)
        ax.legend(fontsize=7, loc="lower left")
    axes[0][0].set_ylabel("accuracy on the answered rows")
    fig.tight_layout()
    return fig


def seeds_plane_figure(
    per_seed: pd.DataFrame,
    recipes: Sequence[str],
    families: Mapping[str, str] | None = None,
    markers: Mapping[str, str] | None = None,
):
    """Every arm and seed on the NLL-ECE plane: one small dot per seed, a large marker at the seed
    mean, lines to the dots. per_seed: ``sweep.per_seed_table`` output. families: recipe -> its
    family (one colour each); markers: recipe -> its marker (trained o, each calibration method its
    own: ``kdcal.calibration.registry``)."""
    families, markers = families or {}, markers or {}
    sns.set_theme(style="whitegrid", context="notebook")
    sub = per_seed[(per_seed.subset == "all") & per_seed.metric.isin(["nll", "ece"])]
    wide = sub.pivot_table(index=["recipe", "seed"], columns="metric", values="value").reset_index()
    fig, ax = plt.subplots(figsize=(9.5, 6.0))
    in_order = list(dict.fromkeys(families.get(r, r) for r in recipes))
    palette = dict(zip(in_order, sns.color_palette("tab20" if len(in_order) > 10 else "deep", len(in_order))))
    for recipe in recipes:
        rows = wide[wide.recipe == recipe]
        if rows.empty:
            continue
        marker = markers.get(recipe, "o")
        color = palette[families.get(recipe, recipe)]
        mx, my = rows.nll.mean(), rows.ece.mean()
        for x, y in zip(rows.nll, rows.ece):
            ax.plot([mx, x], [my, y], color=color, lw=0.6, alpha=0.6)
        ax.plot(rows.nll, rows.ece, marker, color=color, ms=3.5, alpha=0.7)
        ax.plot(mx, my, marker, color=color, ms=9, mec="black", mew=0.6, label=recipe if marker == "o" else None)
    handles = [
        plt.Line2D([], [], marker=m, ls="", color="grey", mec="black", ms=8, label=lab)
        for m, lab in (("o", "trained"), ("s", "+ temperature"), ("^", "+ vector scaling"))
    ]
    first = ax.legend(handles=handles, loc="upper right", fontsize=8, title="marker")
    ax.add_artist(first)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), title="recipe (colour)")
    ax.set_xlabel("NLL (lower is better)")
    ax.set_ylabel("ECE (lower is better)")
    ax.set_title("Every recipe and seed on the NLL–ECE plane (eval half; small dots: seeds, large: mean)")
    fig.tight_layout()
    return fig


def ece_nll_figure(metrics: pd.DataFrame, arms: Sequence[str], origin: str = "vanilla", labels: Mapping[str, str] | None = None):
    """Arms on the NLL-ECE plane (eval half, all classes), the metrics' intervals as error bars, arrows from
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
        ax.plot(x, y, "o", color=color, ms=8, label=(labels or {}).get(arm, arm))
    if origin in points:
        x0, y0 = points[origin]
        for arm, (x, y) in points.items():
            if arm not in (origin, "teacher"):  # arrows show remedies of the student, not the teacher
                ax.annotate(
                    "",
                    xy=(x, y),
                    xytext=(x0, y0),
                    arrowprops={"arrowstyle": "->", "color": palette[arm], "lw": 1.5, "alpha": 0.8},
                )
    ax.set_xlabel("NLL (lower is better)")
    ax.set_ylabel("ECE (lower is better)")
    ax.set_title("Arms on the NLL–ECE plane (eval half)")
    ax.legend(fontsize=8, loc="best")
    fig.tight_layout()
    return fig


def downstream_figure(metrics: pd.DataFrame, arms: Sequence[str], labels: Mapping[str, str] | None = None):
    """Two panels from ``metrics.tsv`` (all eval rows): top-k accuracy against k per arm, and mean
    conformal set size against coverage, one point per arm, method and alpha, with the targets
    1 - alpha as dashed lines; error bars are the metrics' intervals."""
    sns.set_theme(style="whitegrid", context="notebook")
    rows = metrics[(metrics.subset == "all") & metrics.arm.isin(arms)].set_index(["arm", "metric"])
    names = metrics.metric.unique()
    ks, sets = top_ks(names), sorted(set(set_metrics(names)))
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.8))
    palette = dict(zip(arms, sns.color_palette("deep", len(arms))))
    markers = dict(zip(sorted({method for method, _ in sets}), "osD^v"))
    for i, arm in enumerate(arms):
        offset = (i - (len(arms) - 1) / 2) * 0.04  # arms side by side at each k
        values = [rows.loc[(arm, f"top{k}_accuracy")] for k in ks if (arm, f"top{k}_accuracy") in rows.index]
        if values:
            y = np.array([v.value for v in values])
            err = np.abs(np.array([[v.ci_low for v in values], [v.ci_high for v in values]]) - y)
            left.errorbar(
                np.array(ks[: len(values)]) + offset,
                y,
                yerr=np.nan_to_num(err),
                marker="o",
                capsize=3,
                color=palette[arm],
                label=(labels or {}).get(arm, arm),
            )
        for method, alpha in sets:
            cov, size = (arm, f"{method}_coverage_a{alpha}"), (arm, f"{method}_set_size_a{alpha}")
            if cov not in rows.index or size not in rows.index:
                continue
            c, z = rows.loc[cov], rows.loc[size]
            right.errorbar(
                c.value,
                z.value,
                xerr=np.nan_to_num([[abs(c.value - c.ci_low)], [abs(c.ci_high - c.value)]]),
                yerr=np.nan_to_num([[abs(z.value - z.ci_low)], [abs(z.ci_high - z.value)]]),
                marker=markers[method],
                color=palette[arm],
                capsize=2,
                linestyle="none",
            )
    for target in sorted({1 - float(alpha) for _, alpha in sets}):
        right.axvline(target, ls="--", color="grey", lw=1)
    left.set_xticks(ks)
    left.set_xlabel("k")
    left.set_ylabel("top-k accuracy")
    left.set_title("Top-k routing: is the true class among the k most probable?")
    left.legend(fontsize=8)
    right.set_xlabel("coverage (share of sets holding the true class)")
    right.set_ylabel("mean set size (classes)")
    right.set_title("Conformal sets: size at the coverage reached")
    for method, marker in markers.items():
        right.plot([], [], marker=marker, color="black", linestyle="none", label=method.upper())
    if markers:
        right.legend(fontsize=8, title="method (dashed: 1 - alpha)")
    fig.tight_layout()
    return fig


def save_figure(fig, path) -> None:
    """Save as PNG via a temporary name, then rename (atomic)."""
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=130)
    plt.close(fig)
