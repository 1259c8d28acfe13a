"""Markdown of the study: the results table, its analysis sections, the sweep's table, the notes
under the title and the figure list. All prose of ``results/table.md`` and
``results/sweep/table.md`` lives here; the numbers come from ``metrics.tsv`` and friends.

Interval levels and the published reference ratio are arguments (from the config), never literals.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np
import pandas as pd

from kdcal.data.split import small_halves_warning
from kdcal.evaluation.analysis import lowest_threshold
from kdcal.evaluation.evaluate import (
    DIFFERENCE_METHOD,
    FLOOR_METRIC,
    INTERVAL_METHOD,
    MIN_INTERVAL_ROWS,
    RATIO_METRIC,
    RATIO_METRICS,
    TEACHER_ARMS,
    TRANSFER_METRIC,
    comparison_arms,
    comparison_name,
    difference_metric,
)
from kdcal.evaluation.metrics import SUBSETS, TIERS, section_metrics
from kdcal.protocol import DEFINITIONS, Protocol
from kdcal.reporting.ship import LATER_DISTILLATION

# The figures of the headline study and of the sweep (same names in results/figures/ and
# results/sweep/figures/), with the alt text the tables give them.
FIGURES = {
    "reliability": "Reliability diagrams",
    "ece_vs_nll": "Arms on the NLL-ECE plane",
    "coverage": "Coverage-accuracy curves",
    "smooth_reliability": "Smooth reliability diagrams (relplot)",
}

# The table's columns, from each metric's declaration (kdcal.evaluation.metrics.BUILTIN_METRICS).
MAIN_METRICS = section_metrics("main")
DIFFERENCE_METRICS = section_metrics("difference")
MORE_METRICS = section_metrics("more")
FLOOR_COLUMNS = ((FLOOR_METRIC, "ECE floor"), *section_metrics("floor"))
SUMMARY_METRICS = (*section_metrics("summary"), *MORE_METRICS)
TIER_METRICS = section_metrics("tiers")


def labeller(labels: Mapping[str, str] | None) -> Callable[[str], str]:
    """Arm -> its label (``kdcal.plan.StudyPlan.labels``); an arm without one keeps its name."""
    labels = dict(labels or {})
    return lambda arm: labels.get(arm, arm)


_own_name = labeller(None)


def percent(level: float) -> str:
    """0.95 -> '95%', 0.9 -> '90%', 0.975 -> '97.5%'."""
    return f"{100 * level:g}%"


def percent_interval(low: float, high: float, level: float, word: str = "interval") -> str:
    """'95% interval 94% to 132%' for a ratio's interval, or why there is none: a ratio whose
    resamples give no finite value (a gain of 0 in a resample, as with very few eval rows) has no
    interval, and the table says so rather than printing 'nan%'."""
    if np.isfinite(low) and np.isfinite(high):
        return f"{percent(level)} {word} {100 * low:.0f}% to {100 * high:.0f}%"
    return f"no {percent(level)} {word}: the resamples give no finite ratio, as with too few eval rows"


# The headline study's figures of downstream uses (not in the sweep, whose table has no such metrics).
STUDY_FIGURES = {"downstream": "Top-k accuracy and conformal set size against coverage"}


def figures_markdown(figures: Mapping[str, str] = FIGURES) -> str:
    """The figure section of a table that sits beside its ``figures/`` folder."""
    return "\n## Figures\n\n" + "\n\n".join(f"![{alt}](figures/{name}.png)" for name, alt in figures.items()) + "\n"


def _posthoc_line(posthoc: Mapping[str, str]) -> str:
    methods = ", ".join(f"`<arm>_{suffix}` ({method.replace('_', ' ')})" for suffix, method in posthoc.items())
    return f"Post-hoc arms: {methods}, fitted on the cal half."


def replay_notes(posthoc: Mapping[str, str], sources: Mapping[str, str]) -> list[str]:
    """Lines under the table's title in replay mode. posthoc: suffix -> calibration method;
    sources: arm -> the file it was replayed from."""
    return [
        "Replayed prediction files (no training here):",
        "",
        *(f"- `{arm}`: `{uri}`" for arm, uri in sources.items()),
        "",
        _posthoc_line(posthoc),
    ]


def training_notes(posthoc: Mapping[str, str], trained: Mapping[str, str], dataset: str, seed: int, device: str) -> list[str]:
    """Lines under the table's title in training mode. trained: arm -> loss; device: the
    student's (``cpu`` or a GPU, whose reruns are not bit-identical)."""
    arms = ", ".join(f"`{arm}` ({loss})" for arm, loss in trained.items())
    gpu = [
        "",
        (
            f"Student device: `{device}`. Trained on a GPU, a rerun moves ECE and NLL in the fourth decimal "
            "(nondeterministic CUDA kernels; docs/gpu.md, 'Determinism on a GPU'); on CPU reruns are bit-identical."
        ),
    ]
    return [
        f"Trained here on `{dataset}` with seed {seed}; arms: {arms}. {_posthoc_line(posthoc)}",
        *(gpu if device != "cpu" else []),
        "",
        "Seed-to-seed spread: `snakemake --cores 1 sweep` (results/sweep/table.md).",
    ]


# --- results/table.md -------------------------------------------------------------------------


EXCLUDES_ESTIMATE = " †"
NOT_AVAILABLE = "n/a"  # a metric without a value (e.g. a tier without rows)


def _cell(frame: pd.DataFrame, arm: str, subset: str, metric: str, digits: int = 4) -> str:
    """'value [low, high]', with EXCLUDES_ESTIMATE when the interval does not contain the value."""
    v, lo, hi = (_value(frame, arm, subset, metric, column) for column in ("value", "ci_low", "ci_high"))
    if not np.isfinite(v):
        return NOT_AVAILABLE
    if not np.isfinite(lo):
        few = _value(frame, arm, subset, "n_rows") < MIN_INTERVAL_ROWS
        return f"{v:.{digits}f} [{'too few rows' if few else 'no interval'}]"
    outside = EXCLUDES_ESTIMATE if not lo <= v <= hi else ""
    return f"{v:.{digits}f} [{lo:.{digits}f}, {hi:.{digits}f}]{outside}"


def _metric_names(metrics) -> str:
    return ", ".join(name for metric, name in (*SUMMARY_METRICS, *FLOOR_COLUMNS) if metric in metrics)


def intervals_note(level: float) -> str:
    """What the brackets are: which metrics have which interval."""
    basic = [m for m, method in INTERVAL_METHOD.items() if method == "basic"]
    return (
        f"Brackets: {percent(level)} bootstrap intervals, paired across arms: percentile intervals, except the basic "
        f"bootstrap for {_metric_names(basic)}, whose coverage was measured closer to nominal (docs/results.md, 'Intervals'). "
        "It mirrors the resamples around the estimate and is cut at 0."
    )


EXCLUDES_NOTE = (
    "† The interval excludes the estimate itself: the resampled values all sit on one side of it, as they do for a "
    "metric biased upward near 0 (the ECEs and MCE of a well-calibrated arm). The interval says where the true value "
    "is likely to lie, not a range around the estimate; read such an arm against its floor."
)


def _row(name: str, cells: Sequence[str]) -> str:
    return f"| {name} | " + " | ".join(cells) + " |"


def _header(first: str, columns: Sequence[str]) -> list[str]:
    return [_row(first, columns), "|---|" + "---|" * len(columns)]


def _value(frame, arm, subset, metric, column="value"):
    hit = frame[(frame.arm == arm) & (frame.subset == subset) & (frame.metric == metric)]
    return float(hit[column].iloc[0]) if not hit.empty else np.nan


def inside_floor(frame: pd.DataFrame, arm: str, subset: str = "all") -> bool:
    """Whether the arm's ECE is no larger than what a perfectly calibrated model with its
    confidences scores on these rows (the upper end of its floor's range)."""
    return _value(frame, arm, subset, "ece") <= _value(frame, arm, subset, FLOOR_METRIC, "ci_high")


def _main_section(frame, arms, temperatures, protocol, label=_own_name) -> list[str]:
    t_label = f"T (fit on cal, {DEFINITIONS[protocol.temperature_fit]})"
    lines = ["## All classes", "", *_header("arm", [*(title for _, title in MAIN_METRICS), t_label])]
    for arm in arms:
        t = temperatures.get(arm)
        cells = [_cell(frame, arm, "all", m) for m, _ in MAIN_METRICS]
        cells[0] += " ◦" if inside_floor(frame, arm) else ""
        lines.append(_row(label(arm), [*cells, f"{t:.3f}" if t is not None else "–"]))
    if not frame[frame.metric == FLOOR_METRIC].empty:
        lines += [
            "",
            (
                "◦ ECE inside its floor: not detectably miscalibrated at this n (which is not shown to be calibrated: "
                "the floor test has limited power, docs/metrics.md, 'More metrics'; see below)."
            ),
        ]
    return lines


def _floor_section(frame, arms, level, label=_own_name) -> list[str]:
    """The estimator's floor and the calibration measures that do not share binned ECE's bias."""
    if frame[frame.metric == FLOOR_METRIC].empty:
        return []
    lines = ["", "## Calibration against its floor (definitions: docs/metrics.md, 'More metrics')", ""]
    lines += [
        (
            f"ECE floor: mean [{percent(level)} range] of the ECE of a perfectly calibrated model with the arm's "
            "confidences on these rows (consistency resampling with the confidences held fixed). Debiased ECE: signed "
            "root of Kumar et al.'s debiased squared L2 error, a root-mean-square gap, not on ECE's scale (negative: "
            "below noise). Smooth ECE: Blasiok & Nakkiran's kernel-smoothed ECE (relplot). NLL = calibration part (what one temperature fitted on these rows removes) + refinement part "
            "(what no temperature can). eAURC: AURC above an oracle ranking with the same accuracy."
        ),
        "",
    ]
    lines += _header("arm", [name for _, name in FLOOR_COLUMNS])
    lines += [_row(label(arm), [_cell(frame, arm, "all", m) for m, _ in FLOOR_COLUMNS]) for arm in arms]
    inside = [arm for arm in arms if inside_floor(frame, arm)]
    outside = [arm for arm in arms if arm not in inside]
    lines += [
        "",
        (
            f"Inside the floor (not detectably miscalibrated at this n: their ECE is within what a perfectly calibrated "
            "model with their confidences scores): "
            f"{', '.join(inside) or 'none'}; above it: {', '.join(outside) or 'none'}."
        ),
    ]
    return lines


def _difference_section(frame, arms, baseline, label=_own_name) -> list[str]:
    others = [
        a
        for a in arms
        if a != baseline and not frame[(frame.arm == a) & (frame.metric == difference_metric("ece", baseline))].empty
    ]
    if not others:
        return []
    metrics = [m for m, _ in DIFFERENCE_METRICS]
    lines = ["", f"## Difference from {baseline} (arm minus {baseline}; paired bootstrap)", ""]
    basic = [m for m, method in DIFFERENCE_METHOD.items() if method == "basic"]
    lines += [
        (
            f"Same resamples for both arms; the basic interval for differences in {_metric_names(basic)}, the "
            "percentile interval for the rest (docs/metrics.md, 'Differences'). An ECE difference is biased towards 0 when one "
            "arm is near calibrated and its interval under-covers on that side: one that excludes 0 understates the "
            "difference, one that includes 0 does not show the arms equally calibrated (compare debiased ECE)."
        ),
        "",
    ]
    lines += _header("arm", [f"Δ{title}" for _, title in DIFFERENCE_METRICS])
    for arm in others:
        lines.append(_row(label(arm), [_cell(frame, arm, "all", difference_metric(m, baseline)) for m in metrics]))
    return lines


def _more_metrics_section(frame, arms, label=_own_name) -> list[str]:
    lines = ["", "## More calibration metrics (definitions: docs/metrics.md, 'Metrics')", ""]
    lines += _header("arm", [name for _, name in MORE_METRICS])
    lines += [_row(label(arm), [_cell(frame, arm, "all", m) for m, _ in MORE_METRICS]) for arm in arms]
    return lines


def _tier_sections(frame, arms, protocol, label=_own_name) -> list[str]:
    f1_first, f1_second = dict.fromkeys([protocol.tier_f1, "macro_f1", "macro_f1_course"])
    sections = [
        *((metric, name, "") for metric, name in TIER_METRICS),
        (f1_first, "macro F1", f"; {DEFINITIONS[f1_first]}"),
        (f1_second, "macro F1", f"; {DEFINITIONS[f1_second]}"),
        *((metric, name, "") for metric, name in MORE_METRICS),
    ]
    lines = []
    for metric, name, definition in sections:
        if frame[frame.metric == metric].empty:
            continue
        lines += ["", f"## {name} by tier (tiers by training frequency of the true class{definition})", ""]
        lines += [*_header("arm", SUBSETS)]
        lines += [_row(label(arm), [_cell(frame, arm, s, metric) for s in SUBSETS]) for arm in arms]
    return lines


def _reference(published_ratio: float | None, suffix: str = "") -> str:
    return "" if published_ratio is None else f" (published study: {100 * published_ratio:.0f}%{suffix})"


def _headline_section(frame, headline, level, published_ratio, warning: str | None = None) -> list[str]:
    """The headline sentence and the other ratios, with ``warning`` (a line) under the sentence;
    without the ratio rows, the warning alone."""
    ratio_arm = comparison_name(headline[1], headline[2])
    if frame[(frame.arm == ratio_arm) & (frame.subset == "all") & (frame.metric == RATIO_METRIC)].empty:
        return ["", warning] if warning else []

    def ratio_of(ratio):
        return [_value(frame, ratio_arm, "all", ratio, column) for column in ("value", "ci_low", "ci_high")]

    value, low, high = ratio_of(RATIO_METRIC)
    van, post, kd = (_value(frame, arm, "all", "ece") for arm in headline)
    change = f"{headline[0]} ECE {van:.4f} -> {post:.4f} with temperature scaling, -> {kd:.4f} with distillation"
    if post < van and kd < van and np.isfinite(value):
        sentence = (
            f"One fitted temperature removes {100 * value:.0f}% as much ECE as distillation does "
            f"({percent_interval(low, high, level)}): {change}{_reference(published_ratio)}."
        )
    elif post < van and kd < van:
        sentence = f"No ratio of gains could be computed from these rows: {change}{_reference(published_ratio)}."
    else:
        # A ratio of gains means nothing when a remedy adds ECE (two increases give a positive ratio).
        worse = [name for name, ece in (("temperature scaling", post), ("distillation", kd)) if ece >= van]
        sentence = (
            f"No ratio of gains: {' and '.join(worse)} {'does' if len(worse) == 1 else 'do'} not lower ECE below "
            f"{headline[0]}'s: {change}{_reference(published_ratio)}."
        )
    lines = ["", "## Headline", "", sentence, *(["", warning] if warning else [])]
    others = []
    for metric, ratio in RATIO_METRICS.items():
        value, low, high = ratio_of(ratio)
        if ratio != RATIO_METRIC and np.isfinite(value):
            span = f"[{100 * low:.0f}%, {100 * high:.0f}%]" if np.isfinite(low) and np.isfinite(high) else "(no interval)"
            others.append(f"{100 * value:.0f}% {span} with {dict(FLOOR_COLUMNS)[metric]}")
    if others:
        lines += ["", f"The same ratio with other calibration errors in place of ECE: {'; '.join(others)}."]
    return lines


def render_table(
    frame: pd.DataFrame,
    arms: Sequence[str],
    temperatures: Mapping[str, float],
    n_eval: Mapping[str, int],
    *,
    headline: Sequence[str],
    level: float,
    protocol: Protocol,
    notes: Sequence[str] = (),
    published_ratio: float | None = None,
    title: str = "kdcal results",
    n_cal: int | None = None,
    labels: Mapping[str, str] | None = None,
) -> str:
    """The results table in Markdown: the published table's shape plus intervals, differences,
    tiers and the headline sentence. n_eval: subset -> eval rows; n_cal: cal rows (a half below
    ``SMALL_HALF_ROWS`` puts a warning line under the headline); headline: (baseline, post-hoc
    arm, distilled arm), the baseline also the reference of the differences; ``published_ratio``
    (e.g. 1.37) is quoted beside the headline ratio when given; ``protocol`` picks which
    definition of the tier F1 comes first and names the temperature fit; ``labels``: arm -> its label."""
    label = labeller(labels)
    baseline = headline[0]
    lines = [f"# {title}", ""]
    lines.append(
        f"Eval half of validation, n = {n_eval['all']} rows "
        f"(head {n_eval['head']}, mid {n_eval['mid']}, tail {n_eval['tail']}). " + intervals_note(level)
    )
    body = [
        *_main_section(frame, arms, temperatures, protocol, label=label),
        *_difference_section(frame, arms, baseline, label=label),
        *_more_metrics_section(frame, arms, label=label),
        *_floor_section(frame, arms, level, label=label),
        *_tier_sections(frame, arms, protocol, label=label),
    ]
    if any(EXCLUDES_ESTIMATE.strip() in line for line in body):
        lines += ["", EXCLUDES_NOTE]
    if notes:
        lines += ["", *notes]
    lines.append("")
    lines += [f"Protocol: `{protocol.name}` (definitions: docs/results.md, 'The evaluation protocol').", ""]
    lines += body
    warning = None if n_cal is None else small_halves_warning(n_cal, n_eval["all"])
    lines += _headline_section(frame, headline, level, published_ratio, warning)
    lines += _transfer_section(frame, level, label=label)
    return "\n".join(lines) + "\n"


def _percent_or_why(value: float) -> str:
    return f"{100 * value:.0f}%" if np.isfinite(value) else "an undefined share (the teacher's ECE did not change)"


def _transfer_section(frame, level, label=_own_name) -> list[str]:
    """One sentence per pair of students distilled from the raw and the temperature-scaled teacher
    (``calibration_transfer_ratio``): how far the student's ECE moved, against the teacher's."""
    rows = frame[(frame.metric == TRANSFER_METRIC) & (frame.subset == "all")]
    lines = []
    for pair in rows.arm:
        calibrated, raw = comparison_arms(pair)
        value, low, high = (_value(frame, pair, "all", TRANSFER_METRIC, column) for column in ("value", "ci_low", "ci_high"))
        student = _value(frame, calibrated, "all", "ece") - _value(frame, raw, "all", "ece")
        teacher = _value(frame, TEACHER_ARMS[1], "all", "ece") - _value(frame, TEACHER_ARMS[0], "all", "ece")
        lines += [
            "",
            (
                f"Calibration transfer: temperature scaling changes the teacher's ECE by {teacher:+.4f}; distilling from the "
                f"scaled teacher changes the student's by {student:+.4f} ({label(calibrated)} against {label(raw)}), "
                f"{_percent_or_why(value)} of the teacher's change ({percent_interval(low, high, level)})."
            ),
        ]
    return ["", "## Calibration transfer from the teacher", *lines] if lines else []


def _diagnostics_section(diagnostics, protocol) -> list[str]:
    tier_f1 = [f"{tier} F1" for tier in TIERS]
    lines = ["", "## Teacher diagnostics", "", f"Tier F1: {DEFINITIONS[protocol.tier_f1]}.", ""]
    lines += _header("rows", ["ECE", "NLL", "macro F1", "accuracy", *tier_f1])
    for rows_name, title in (("full_val", "full validation"), ("eval", "eval half")):
        rows = diagnostics[diagnostics.rows == rows_name]
        overall = rows[rows.subset == "all"].set_index("metric").value
        tiers = rows[rows.metric == protocol.tier_f1].set_index("subset").value
        cells = [f"{overall[m]:.4f}" for m in ("ece", "nll", "macro_f1", "accuracy")] + [
            f"{tiers.get(t, np.nan):.4f}" for t in TIERS
        ]
        lines.append(_row(title, cells))
    return lines


def _teacher_temperature_section(frame, label=_own_name) -> list[str]:
    lines = ["", "## Teacher temperature", ""]
    lines += [
        (
            "The teacher's validation logits divided by what each distilled arm divides them by, and the temperature "
            "T* that would then minimise their NLL: about 1 = scaled right; below 1 = under-confident, e.g. divided too far (a temperature "
            "applied to logits that were already scaled shows as ~0.8); above 1 = over-confident. "
            "`results/teacher_temperature.tsv`."
        ),
        "",
    ]
    lines += _header(
        "teacher as distilled by", ["divisor", "T* full validation", "T* eval half", "NLL full validation", "NLL at T*"]
    )
    for arm in dict.fromkeys(frame.arm):
        sub = frame[frame.arm == arm].set_index("rows")
        full, half = sub.loc["full_val"], sub.loc["eval"]
        name = "the teacher as imported" if arm == "teacher" else label(arm)
        cells = [f"{full.divisor:.4g}", f"{full.optimal_temperature:.3f}", f"{half.optimal_temperature:.3f}"]
        lines.append(_row(name, cells + [f"{full.nll:.4f}", f"{full.nll_at_optimum:.4f}"]))
    return lines


def _agreement_section(arms, agreement, protocol, label=_own_name) -> list[str]:
    rows = protocol.analysis_rows
    lines = ["", f"## Agreement with the teacher ({DEFINITIONS[rows]})", ""]
    lines += [
        (
            f"JS divergence in {DEFINITIONS[protocol.js]} (lower = closer); agreement = share of rows with the teacher's "
            "top-1 class. Both JS definitions on both row sets: `results/teacher_agreement.tsv`."
        ),
        "",
    ]
    lines += _header("arm", [f"JS {s}" for s in SUBSETS] + [f"agreement {s}" for s in SUBSETS])
    for arm in arms:
        sub = agreement[(agreement.arm == arm) & (agreement.rows == rows)].set_index("subset")
        if sub.empty:
            continue
        js = [f"{sub[protocol.js].get(s, np.nan):.4f}" for s in SUBSETS]
        ag = [f"{sub.argmax_agreement.get(s, np.nan):.4f}" for s in SUBSETS]
        lines.append(_row(label(arm), js + ag))
    return lines


def _coverage_section(arms, coverage, target, protocol, label=_own_name) -> list[str]:
    coverage = coverage[coverage.rows == protocol.analysis_rows]
    thresholds = sorted(coverage.threshold.unique())
    lines = ["", f"## Coverage ({DEFINITIONS[protocol.analysis_rows]}, all classes; target accuracy {target:g})", ""]
    lines += ["Each cell: coverage / accuracy on covered rows / rows covered.", ""]
    lines += _header("arm", [f"conf >= {t:g}" for t in thresholds] + ["lowest threshold meeting target"])
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
        lines.append(_row(label(arm), [*cells, "none" if lowest is None else f"{lowest:g}"]))
    return [*lines, "", "Per-tier coverage, both row sets: `results/coverage.tsv`."]


def _bootstrap_section(bootstrap, level, label=_own_name) -> list[str]:
    if bootstrap is None or bootstrap.empty:
        return []
    rows = DEFINITIONS[bootstrap.rows.iloc[0]]
    lines = ["", f"## Tier macro F1 differences (course bootstrap, {rows})", ""]
    lines += [
        (
            f"Course definition of tier F1; within-tier resamples; median and {percent(level)} quantile interval of the "
            "resampled differences, and the difference on the rows themselves. Its coverage was not measured; kdcal's "
            "paired macro F1 differences (percentile, all rows) covered 93-95% in simulation (docs/metrics.md, 'Differences')."
        ),
        "",
    ]
    lines += _header("arm", ["tier", "n", "difference", "median", f"{percent(level)} interval", "interval excludes 0"])
    for r in bootstrap.itertuples():
        cells = [r.tier, str(int(r.n)), f"{r.difference:+.4f}", f"{r.median:+.4f}", f"[{r.ci_low:+.4f}, {r.ci_high:+.4f}]"]
        lines.append(_row(f"{label(r.arm)} − {label(r.reference)}", [*cells, "yes" if r.excludes_zero else "no"]))
    return lines


def _ship_metric(metric: str) -> str:
    """The name a reader knows of each metric ``kdcal.reporting.ship`` decides by: 'ece' -> 'ECE',
    'top3_accuracy' -> 'top-3 accuracy', 'lac_set_size_a0.1' -> 'LAC set size at alpha 0.1'."""
    if metric == "ece":
        return "ECE"
    if metric == "nll":
        return "NLL"
    if metric.startswith("top") and metric.endswith("_accuracy"):
        return f"top-{metric[3 : -len('_accuracy')]} accuracy"
    method, _, alpha = metric.partition("_set_size_a")
    return f"{method.upper()} set size at alpha {alpha}"


def _ship_section(
    ship: pd.DataFrame,
    coverage: pd.DataFrame | None,
    target: float,
    protocol: Protocol,
    level: float,
    teachers: Mapping[str, str] | None = None,
    label=_own_name,
):
    """'Which to ship': one row per downstream use (``kdcal.reporting.ship``), each sentence from its numbers;
    ``teachers``: second-generation student -> the arm it distils from."""
    if ship is None or ship.empty:
        return []
    lines = ["", "## Which to ship", ""]
    lines += [
        (
            f"Per downstream use, the arm with the best value of the metric that use depends on (all eval rows), the "
            "best arm of another student (the runner-up), and their paired "
            f'{percent(level)} interval (best minus runner-up); "tie" when it includes 0. The teacher is not a candidate.'
        ),
        "",
    ]
    lines += _header("downstream use", ["decided by", "best", "runner-up", f"difference [{percent(level)}]", "ship"])
    for r in ship.itertuples():
        better = "lower" if r.lower_is_better else "higher"
        best = NOT_AVAILABLE if not isinstance(r.best, str) else f"{label(r.best)} {r.best_value:.4f}"
        runner = NOT_AVAILABLE if not isinstance(r.runner_up, str) else f"{label(r.runner_up)} {r.runner_up_value:.4f}"
        diff = NOT_AVAILABLE if not np.isfinite(r.difference) else f"{r.difference:+.4f} [{r.ci_low:+.4f}, {r.ci_high:+.4f}]"
        verdict = (
            NOT_AVAILABLE if not isinstance(r.verdict, str) else ("tie" if r.verdict == "tie" else f"**{label(r.verdict)}**")
        )
        lines.append(_row(r.use, [f"{_ship_metric(r.metric)} ({better} is better)", best, runner, diff, verdict]))
    for r in ship.itertuples():
        if isinstance(r.excluded, str) and r.excluded:
            arms = ", ".join(label(a) for a in r.excluded.split(","))
            lines += ["", f"{r.use[:1].upper()}{r.use[1:]}: left out for coverage below target: {arms}."]
    later = ship[ship.use == LATER_DISTILLATION]
    if teachers and not later.empty:
        pairs = ", ".join(f"{label(student)} (teacher {label(teacher)})" for student, teacher in teachers.items())
        lines += [
            "",
            f"Later distillation (measured): students trained from other arms of this study, compared by their own NLL: {pairs}.",
        ]
    gating = ship[ship.use == "threshold gating"]
    if coverage is not None and not gating.empty and isinstance(gating.verdict.iloc[0], str):
        rows = coverage[(coverage.rows == protocol.analysis_rows) & (coverage.subset == "all")]
        said = []
        for arm in (gating.best.iloc[0], gating.runner_up.iloc[0]):
            hits = rows[(rows.arm == arm) & rows.meets_target]
            if isinstance(arm, str) and not rows[rows.arm == arm].empty:
                said.append(
                    f"{label(arm)} {hits.coverage.max():.3f}" if not hits.empty else f"{label(arm)} none of the thresholds"
                )
        if said:
            lines += [
                "",
                f"Threshold gating: the largest share of rows auto-routed at accuracy >= {target:g} ({DEFINITIONS[protocol.analysis_rows]}): {'; '.join(said)}.",
            ]
    return lines


def render_sections(
    arms: Sequence[str],
    coverage: pd.DataFrame,
    target: float,
    *,
    protocol: Protocol,
    level: float,
    diagnostics: pd.DataFrame | None = None,
    agreement: pd.DataFrame | None = None,
    bootstrap: pd.DataFrame | None = None,
    teacher_temperature: pd.DataFrame | None = None,
    ship: pd.DataFrame | None = None,
    teachers: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
) -> str:
    """Markdown sections of the table: teacher diagnostics (with the teacher's temperature as each
    distilled arm sees it), agreement with the teacher, coverage and the tier F1 bootstrap, on the
    rows the protocol names. ``arms``: the arms to show; a section whose file is absent (None) or
    empty is left out, except coverage. ``labels``: arm -> its label."""
    label = labeller(labels)
    lines = [
        *_ship_section(ship, coverage, target, protocol, level, teachers, label=label),
        *(_diagnostics_section(diagnostics, protocol) if diagnostics is not None else []),
        *(_teacher_temperature_section(teacher_temperature, label=label) if teacher_temperature is not None else []),
        *(_agreement_section(arms, agreement, protocol, label=label) if agreement is not None and not agreement.empty else []),
        *_coverage_section(arms, coverage, target, protocol, label=label),
        *_bootstrap_section(bootstrap, level, label=label),
    ]
    return "\n".join(lines) + "\n"


# --- results/sweep/table.md -------------------------------------------------------------------


def _get(frame: pd.DataFrame, recipe: str, subset: str, metric: str):
    hit = frame[(frame.recipe == recipe) & (frame.subset == subset) & (frame.metric == metric)]
    return None if hit.empty else hit.iloc[0]


def _mean_sd(row, digits: int = 4) -> str:
    if row is None or not np.isfinite(row.value):
        return NOT_AVAILABLE
    sd = f" ± {row.sd:.{digits}f}" if np.isfinite(row.sd) else ""
    return f"{row.value:.{digits}f}{sd}"


def _diff_cell(row, digits: int = 4) -> str:
    if row is None or not np.isfinite(row.value):
        return NOT_AVAILABLE
    text = f"{row.value:+.{digits}f} [{row.ci_low:+.{digits}f}, {row.ci_high:+.{digits}f}]"
    if np.isfinite(row.noise_floor) and row.n_seeds > 1:
        text += f" (spread {row.noise_floor:.{digits}f})"
    return f"**{text}**" if row.exceeds_noise == 1.0 else text


def _sweep_differences(frame, recipes, references) -> list[str]:
    diff_metrics = (("ece", "ΔECE"), ("nll", "ΔNLL"), ("macro_f1", "Δmacro F1"), ("aurc", "ΔAURC"))
    lines = []
    for reference in references:
        if _get(frame, reference, "all", "ece") is None:
            continue
        lines += ["", f"## Difference from {reference} (recipe minus {reference}, paired by seed and resample)", ""]
        lines += _header("recipe", [name for _, name in diff_metrics])
        for recipe in recipes:
            if recipe == reference or _get(frame, recipe, "all", difference_metric("ece", reference)) is None:
                continue
            lines.append(
                _row(recipe, [_diff_cell(_get(frame, recipe, "all", difference_metric(m, reference))) for m, _ in diff_metrics])
            )
    return lines


def _sweep_grid(frame, grid) -> list[str]:
    lines = []
    for grid_label, points in (grid or {}).items():
        temps = sorted({t for t, _ in points})
        alphas = sorted({a for _, a in points})
        for metric, metric_label in (("ece", "ECE"), ("nll", "NLL")):
            lines += ["", f"## KD grid, {grid_label}: {metric_label} (rows T_d, columns alpha)", ""]
            lines += _header("T_d", [f"alpha {a:g}" for a in alphas])
            for t in temps:
                cells = [_mean_sd(_get(frame, points[(t, a)], "all", metric)) if (t, a) in points else "–" for a in alphas]
                lines.append(_row(f"{t:g}", cells))
    return lines


def _sweep_headline(frame, headline, level, published_ratio) -> list[str]:
    row = None if headline is None else _get(frame, comparison_name(headline[1], headline[2]), "all", RATIO_METRIC)
    if row is None or not np.isfinite(row.value):
        return []
    return [
        "",
        "## Headline over seeds",
        "",
        (
            f"One fitted temperature removes {100 * row.value:.0f}% as much ECE as distillation does "
            f"(seed means; {percent_interval(row.ci_low, row.ci_high, level, 'bootstrap interval')}; "
            f"per seed {100 * row['min']:.0f}% to {100 * row['max']:.0f}% over {int(row.n_seeds)} seeds)"
            f"{_reference(published_ratio, ', one seed')}."
        ),
    ]


def render_sweep_table(
    frame: pd.DataFrame,
    recipes: Sequence[str],
    seeds: Sequence[int],
    baseline: str,
    grid: Mapping[str, Mapping[tuple[float, float], str]] | None = None,
    headline: Sequence[str] | None = None,
    n_eval: int | None = None,
    compare_with: Sequence[str] = (),
    *,
    level: float,
    published_ratio: float | None = None,
) -> str:
    """The sweep's Markdown table: mean ± SD over seeds, differences with their noise marks, the
    KD grid and the headline ratio over seeds. grid: label -> {(distillation temperature T_d, alpha): recipe}."""
    lines = ["# kdcal sweep: every recipe over training seeds", ""]
    lines.append(
        f"Seeds: {', '.join(str(s) for s in seeds)} ({len(seeds)} trainings per recipe)"
        + (f"; eval half of validation, n = {n_eval} rows." if n_eval else ".")
        + " Values are the mean ± SD over seeds."
    )
    lines += [
        "",
        (
            f"A difference is in **bold** when it exceeds both noise floors: its {percent(level)} paired "
            "bootstrap interval (eval rows resampled, seed mean) excludes 0 and its size is larger than the "
            "seed-to-seed spread of the paired difference (its max - min across seeds, shown as 'spread')."
        ),
        "",
        "## All recipes",
        "",
        *_header("recipe", [name for _, name in SUMMARY_METRICS]),
    ]
    lines += [_row(recipe, [_mean_sd(_get(frame, recipe, "all", m)) for m, _ in SUMMARY_METRICS]) for recipe in recipes]
    lines += _sweep_differences(frame, recipes, dict.fromkeys([baseline, *compare_with]))
    lines += _sweep_grid(frame, grid)
    for metric, name in (("ece", "ECE"), ("nll", "NLL"), ("aurc", "AURC")):
        lines += ["", f"## {name} by tier (mean ± SD over seeds)", "", *_header("recipe", SUBSETS)]
        lines += [_row(recipe, [_mean_sd(_get(frame, recipe, s, metric)) for s in SUBSETS]) for recipe in recipes]
    lines += _sweep_headline(frame, headline, level, published_ratio)
    return "\n".join(lines) + "\n"
