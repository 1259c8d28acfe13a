"""What the results table says in words: the headline sentence claims only what the numbers show."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kdcal.evaluation.conformal import ConformalSettings
from kdcal.evaluation.metrics import METRICS, ranking_metric_names
from recompute import LABELS, SUBSETS, check_results_table, parse_tables


def headline_frame(van, post, kd):
    ratio = (van - post) / (van - kd) if van != kd else np.nan
    rows = [(arm, "all", "ece", value, value, value) for arm, value in (("teacher", van), ("vanilla_ts", post), ("kd", kd))]
    rows.append(("vanilla_ts_vs_kd", "all", "ece_gain_ratio", ratio, ratio - 0.1, ratio + 0.1))
    return pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])


@pytest.mark.parametrize(
    ("eces", "expected"),
    [
        ((0.10, 0.02, 0.04), "One fitted temperature removes 133% as much ECE as distillation does"),
        # Both remedies add ECE: (0.10 - 0.13) / (0.10 - 0.24) = 21%, which is no gain at all.
        ((0.10, 0.13, 0.24), "No ratio of gains: temperature scaling and distillation do not lower ECE below teacher's"),
        ((0.10, 0.02, 0.12), "No ratio of gains: distillation does not lower ECE below teacher's"),
        # A remedy that leaves ECE exactly where it was does not lower it.
        ((0.10, 0.10, 0.04), "No ratio of gains: temperature scaling does not lower ECE below teacher's"),
        ((0.10, 0.02, 0.10), "No ratio of gains: distillation does not lower ECE below teacher's"),
    ],
)
def test_the_headline_claims_a_ratio_of_gains_only_when_both_remedies_lower_ece(eces, expected):
    from kdcal.reporting.results_table import _headline_section

    lines = _headline_section(headline_frame(*eces), ("teacher", "vanilla_ts", "kd"), 0.95, 1.37)
    sentence = lines[3]
    assert sentence.endswith(" with distillation (published study: 137%).")
    assert sentence.startswith(expected), sentence
    assert ("removes" in sentence) == (expected.startswith("One"))
    assert f"teacher ECE {eces[0]:.4f} -> {eces[1]:.4f} with temperature scaling, -> {eces[2]:.4f} with distillation" in sentence


ARMS = ("teacher", "vanilla", "vanilla_ts", "vanilla_vs", "kd", "kd_ts", "kd_vs")
FIRST_METRICS = METRICS[:15]  # the metrics of the first reviewed snapshots
LATER_METRICS = METRICS[15:] + ranking_metric_names() + ConformalSettings().metric_names()
N_ROWS = {"all": 400, "head": 250, "mid": 135, "tail": 15}  # the tail has too few rows for intervals


def synthetic_frame(seed):
    """A metrics table in metrics.tsv's long form, every value its own random number: a cell that
    shows another arm's, subset's, metric's or column's number cannot match by accident. Some
    intervals exclude their estimate; some ECEs lie above their floor, some inside."""
    import numpy as np

    rng = np.random.default_rng(seed)
    rows = []

    def add(arm, subset, metric, value):
        if subset == "tail":
            rows.append((arm, subset, metric, value, np.nan, np.nan))
            return
        low, high = sorted(value + rng.normal(0, 0.05, 2))
        rows.append((arm, subset, metric, value, low, high))

    for arm in ARMS:
        for subset, n in N_ROWS.items():
            rows.append((arm, subset, "n_rows", n, n, n))
            for metric in FIRST_METRICS:
                add(arm, subset, metric, rng.uniform(0.01, 2.0))
            add(arm, subset, "ece_floor", rng.uniform(0.01, 2.0))
            if arm != "vanilla":
                for metric in FIRST_METRICS:
                    add(arm, subset, f"{metric}_diff_vs_vanilla", rng.normal(0, 0.3))
    for ratio in ("ece_gain_ratio", "ece_debiased_gain_ratio", "smece_gain_ratio"):
        for subset in N_ROWS:
            add("vanilla_ts_vs_kd", subset, ratio, rng.normal(1, 0.5))
    # Metrics added since the first snapshots draw after everything else, so that a new metric
    # leaves the reviewed snapshots' numbers where they were.
    for arm in ARMS:
        for subset in N_ROWS:
            for metric in LATER_METRICS:
                add(arm, subset, metric, rng.uniform(0.01, 2.0))
                if arm != "vanilla":
                    add(arm, subset, f"{metric}_diff_vs_vanilla", rng.normal(0, 0.3))
    frame = pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])
    # ECE against the floor: between its mean and upper end (inside) for every other arm, above the
    # upper end for the rest, so the marker tells the bounds apart.
    for i, arm in enumerate(ARMS):
        floor = frame[(frame.arm == arm) & (frame.subset == "all") & (frame.metric == "ece_floor")].iloc[0]
        ece = (frame.arm == arm) & (frame.subset == "all") & (frame.metric == "ece")
        frame.loc[ece, "value"] = (floor.value + floor.ci_high) / 2 if i % 2 else floor.ci_high + 0.01
    # A metric without a value (n/a).
    frame.loc[(frame.arm == "kd_vs") & (frame.subset == "mid") & (frame.metric == "mce"), ["value", "ci_low", "ci_high"]] = np.nan
    return frame


@pytest.mark.parametrize(("protocol", "level", "seed"), [("kdcal", 0.95, 0), ("course", 0.9, 1), ("kdcal", 0.8, 2)])
def test_every_cell_of_the_results_table_is_its_metrics_row(protocol, level, seed):
    """render_table against the frame it renders, read back by the end-to-end test's parser: every
    number, arm label, tier section, ◦ (ECE at most its floor's upper end) and † (an interval that
    excludes its estimate), the level and the headline."""
    from kdcal.protocol import PROTOCOLS
    from kdcal.reporting.results_table import render_table

    frame = synthetic_frame(seed)
    temperatures = {"teacher": 0.8, "vanilla": 1.3, "vanilla_ts": 1.3, "kd": 1.05, "kd_ts": 1.05}
    text = render_table(
        frame,
        ARMS,
        temperatures,
        N_ROWS,
        headline=("vanilla", "vanilla_ts", "kd"),
        level=level,
        protocol=PROTOCOLS[protocol],
        labels=LABELS,
    )
    expected = {(r.arm, r.subset, r.metric): (r.value, r.ci_low, r.ci_high) for r in frame.itertuples()}
    tier_f1 = "macro_f1" if protocol == "kdcal" else "macro_f1_course"
    check_results_table(text, expected, ARMS, ("vanilla", "vanilla_ts", "kd"), level, N_ROWS, temperatures, tier_f1)
    assert "] †" in text and "◦" in text  # both markers occur (and were checked cell by cell)


# --- the analysis sections and the whole document ---------------------------------------------------

TIERS = SUBSETS[1:]
THRESHOLDS = (0.5, 0.7, 0.9)


def synthetic_analyses(seed):
    """coverage.tsv, teacher_agreement.tsv, teacher_diagnostics.tsv, teacher_temperature.tsv and
    tier_f1_bootstrap.tsv in their files' columns, every value its own random number, on both row
    sets. vanilla_vs has no coverage or agreement rows (skipped in those tables); kd_ts never meets
    the accuracy target; one coverage cell covers no rows (its accuracy is n/a)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    coverage, agreement, diagnostics = [], [], []
    for rows in ("eval", "full_val"):
        for arm in ARMS:
            if arm == "vanilla_vs":
                continue
            for subset in ("all", *TIERS):
                for t in THRESHOLDS:
                    covered = int(rng.integers(1, 500))
                    accuracy = rng.uniform()
                    if (arm, rows, subset, t) == ("kd", "eval", "all", 0.9):
                        covered, accuracy = 0, np.nan
                    meets = arm != "kd_ts" and bool(rng.integers(2))
                    coverage.append((arm, rows, subset, t, rng.uniform(), accuracy, covered, meets))
                if arm != "teacher":
                    agreement.append((arm, rows, subset, rng.uniform(), rng.uniform(), rng.uniform(), int(rng.integers(1, 500))))
        metrics = ("ece", "nll", "macro_f1", "accuracy", "macro_f1_course")
        diagnostics += [(rows, subset, metric, rng.uniform()) for metric in metrics for subset in ("all", *TIERS)]
    temperature = [
        (arm, divisor, rows, rng.uniform(0.5, 2), rng.uniform(1, 3), rng.uniform(1, 3))
        for arm, divisor in (("teacher", 1.0), ("kd", 1.2538))
        for rows in ("eval", "full_val")
    ]
    bootstrap = [
        ("kd", "vanilla", rows, tier, int(rng.integers(1, 500)), *rng.normal(0, 0.05, 4), bool(rng.integers(2)))
        for rows in ("eval", "full_val")
        for tier in TIERS
    ]
    return {
        "coverage": pd.DataFrame(
            coverage, columns=["arm", "rows", "subset", "threshold", "coverage", "accuracy", "covered", "meets_target"]
        ),
        "agreement": pd.DataFrame(
            agreement, columns=["arm", "rows", "subset", "js_divergence", "js_divergence_course", "argmax_agreement", "n"]
        ),
        "diagnostics": pd.DataFrame(diagnostics, columns=["rows", "subset", "metric", "value"]),
        "teacher_temperature": pd.DataFrame(
            temperature, columns=["arm", "divisor", "rows", "optimal_temperature", "nll", "nll_at_optimum"]
        ),
        "bootstrap": pd.DataFrame(
            bootstrap,
            columns=["arm", "reference", "rows", "tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"],
        ),
    }


def render_sections_of(analyses, protocol, level=0.95, target=0.85):
    from kdcal.reporting.results_table import render_sections

    rows = protocol.analysis_rows
    return render_sections(
        ARMS,
        analyses["coverage"],
        target,
        protocol=protocol,
        level=level,
        diagnostics=analyses["diagnostics"],
        agreement=analyses["agreement"],
        bootstrap=analyses["bootstrap"][analyses["bootstrap"].rows == rows],
        teacher_temperature=analyses["teacher_temperature"],
        labels=LABELS,
    )


@pytest.mark.parametrize(("protocol", "seed"), [("kdcal", 3), ("course", 4)])
def test_every_cell_of_the_analysis_sections_is_its_files_row(protocol, seed):
    """render_sections against the frames it renders: diagnostics on both row sets with the
    protocol's tier F1, the teacher's temperature per divisor, agreement and coverage on the
    protocol's rows with its JS column, the lowest threshold meeting the target, the bootstrap."""
    from kdcal.protocol import PROTOCOLS

    p = PROTOCOLS[protocol]
    analyses = synthetic_analyses(seed)
    tables = parse_tables(render_sections_of(analyses, p))

    diagnostics = analyses["diagnostics"].set_index(["rows", "subset", "metric"]).value
    tier_f1 = "macro_f1" if protocol == "kdcal" else "macro_f1_course"
    got = tables["Teacher diagnostics"]
    assert [r["rows"] for r in got] == ["full validation", "eval half"]
    for row, rows in zip(got, ("full_val", "eval")):
        expected = [diagnostics[(rows, "all", m)] for m in ("ece", "nll", "macro_f1", "accuracy")]
        expected += [diagnostics[(rows, t, tier_f1)] for t in TIERS]
        columns = ["ECE", "NLL", "macro F1", "accuracy", "head F1", "mid F1", "tail F1"]
        assert [row[c] for c in columns] == [f"{v:.4f}" for v in expected]

    temperature = analyses["teacher_temperature"].set_index(["arm", "rows"])
    got = tables["Teacher temperature"]
    assert [r["teacher as distilled by"] for r in got] == ["the teacher as imported", LABELS["kd"]]
    for row, arm in zip(got, ("teacher", "kd")):
        full, half = temperature.loc[(arm, "full_val")], temperature.loc[(arm, "eval")]
        assert row["divisor"] == f"{full.divisor:.4g}"
        assert (
            row["T* full validation"] == f"{full.optimal_temperature:.3f}"
            and row["T* eval half"] == f"{half.optimal_temperature:.3f}"
        )
        assert row["NLL full validation"] == f"{full.nll:.4f}" and row["NLL at T*"] == f"{full.nll_at_optimum:.4f}"

    rows = p.analysis_rows
    agreement = analyses["agreement"][analyses["agreement"].rows == rows].set_index(["arm", "subset"])
    got = tables[next(h for h in tables if h.startswith("Agreement"))]
    shown = [a for a in ARMS if a not in ("teacher", "vanilla_vs")]
    assert [r["arm"] for r in got] == [LABELS[a] for a in shown]
    for row, arm in zip(got, shown):
        for subset in ("all", *TIERS):
            assert row[f"JS {subset}"] == f"{agreement.loc[(arm, subset), p.js]:.4f}"
            assert row[f"agreement {subset}"] == f"{agreement.loc[(arm, subset), 'argmax_agreement']:.4f}"

    coverage = analyses["coverage"]
    coverage = coverage[(coverage.rows == rows) & (coverage.subset == "all")].set_index(["arm", "threshold"])
    got = tables[next(h for h in tables if h.startswith("Coverage"))]
    shown = [a for a in ARMS if a != "vanilla_vs"]
    assert [r["arm"] for r in got] == [LABELS[a] for a in shown]
    for row, arm in zip(got, shown):
        for t in THRESHOLDS:
            c = coverage.loc[(arm, t)]
            accuracy = "n/a" if c.covered == 0 else f"{c.accuracy:.3f}"
            assert row[f"conf >= {t:g}"] == f"{c.coverage:.3f} / {accuracy} / {c.covered}"
        meeting = [t for t in THRESHOLDS if coverage.loc[(arm, t)].meets_target]
        assert row["lowest threshold meeting target"] == (f"{min(meeting):g}" if meeting else "none")

    bootstrap = analyses["bootstrap"][analyses["bootstrap"].rows == rows]
    got = tables[next(h for h in tables if h.startswith("Tier macro F1 differences"))]
    assert len(got) == 3
    for row, r in zip(got, bootstrap.itertuples()):
        assert row["arm"] == f"{LABELS['kd']} − {LABELS['vanilla']}" and row["tier"] == r.tier and row["n"] == str(r.n)
        assert row["difference"] == f"{r.difference:+.4f}" and row["median"] == f"{r.median:+.4f}"
        assert row["95% interval"] == f"[{r.ci_low:+.4f}, {r.ci_high:+.4f}]"
        assert row["interval excludes 0"] == ("yes" if r.excludes_zero else "no")


def test_sections_without_their_files_are_left_out():
    """A study without a teacher has no diagnostics, temperature or agreement files; without the
    tier bootstrap (or with an empty one) that section is left out too. Coverage is always there."""
    from kdcal.protocol import PROTOCOLS
    from kdcal.reporting.results_table import render_sections

    analyses = synthetic_analyses(5)
    for bootstrap in (None, analyses["bootstrap"].iloc[:0]):
        text = render_sections(ARMS, analyses["coverage"], 0.85, protocol=PROTOCOLS["kdcal"], level=0.95, bootstrap=bootstrap)
        assert [line for line in text.splitlines() if line.startswith("## ")] == [
            "## Coverage (eval half, all classes; target accuracy 0.85)"
        ]
    text = render_sections(
        ARMS, analyses["coverage"], 0.85, protocol=PROTOCOLS["kdcal"], level=0.95, agreement=analyses["agreement"].iloc[:0]
    )
    assert "## Agreement" not in text


SNAPSHOTS = Path(__file__).parent / "snapshots"


def assert_snapshot(text, name):
    """The text equals tests/snapshots/<name>: the wording a user reads, reviewed once and kept.
    The numbers in it are checked against their frames by the tests above; this pins the prose, the
    headings and the layout. KDCAL_UPDATE_SNAPSHOTS=1 rewrites the file (review its diff)."""
    import os

    path = SNAPSHOTS / name
    if os.environ.get("KDCAL_UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(text)
    assert path.is_file(), f"{path}: no snapshot; write it with KDCAL_UPDATE_SNAPSHOTS=1 and review it"
    expected = path.read_text()
    if text != expected:
        import difflib

        diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), str(path), "rendered"))
        raise AssertionError(f"the rendered text differs from {path}:\n{diff[:6000]}")


@pytest.mark.parametrize(("protocol", "seed"), [("kdcal", 0), ("course", 1)])
def test_the_results_document_reads_as_reviewed(protocol, seed):
    """results/table.md as make_table.py assembles it (notes, table, sections, figures), on the
    synthetic frames: every word as in tests/snapshots/."""
    from kdcal.protocol import PROTOCOLS
    from kdcal.reporting.results_table import figures_markdown, render_table, replay_notes, training_notes

    p = PROTOCOLS[protocol]
    options = {}
    if protocol == "kdcal":
        trained = {"vanilla": "ce", "kd": "kd"}
        notes = training_notes({"ts": "temperature", "vs": "vector_scaling"}, trained, "wordnet_supersenses", 42, "cuda")
        options["published_ratio"] = 1.37
    else:
        notes = replay_notes({"ts": "temperature_scaling"}, {"vanilla": "data/vanilla.npz", "kd": "hf://org/set/kd.npz"})
        options["title"] = "Replayed study"
    temperatures = {"vanilla": 1.3, "vanilla_ts": 1.3, "kd": 1.05, "kd_ts": 1.05}
    level = 0.95 if protocol == "kdcal" else 0.9
    headline = ("vanilla", "vanilla_ts", "kd")
    text = render_table(
        synthetic_frame(seed),
        ARMS,
        temperatures,
        N_ROWS,
        headline=headline,
        notes=notes,
        level=level,
        protocol=p,
        labels=LABELS,
        **options,
    )
    text += render_sections_of(synthetic_analyses(seed), p, level=level)
    text += figures_markdown()
    assert_snapshot(text, f"results_table_{protocol}.md")


def test_a_cpu_run_s_notes_say_nothing_of_a_gpu():
    from kdcal.reporting.results_table import training_notes

    notes = training_notes({"ts": "temperature_scaling"}, {"vanilla": "ce"}, "d", 1, "cpu")
    assert notes == [
        "Trained here on `d` with seed 1; arms: `vanilla` (ce). Post-hoc arms: `<arm>_ts` (temperature scaling), fitted on the cal half.",
        "",
        "Seed-to-seed spread: `snakemake --cores 1 sweep` (results/sweep/table.md).",
    ]


def one_cell_frame(value, low, high, n_rows):
    return pd.DataFrame(
        [("kd", "all", "ece", value, low, high), ("kd", "all", "n_rows", n_rows, n_rows, n_rows)],
        columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"],
    )


@pytest.mark.parametrize(
    ("value", "low", "high", "n_rows", "expected"),
    [
        (0.05, 0.05, 0.07, 500, "0.0500 [0.0500, 0.0700]"),  # an end equal to the estimate contains it
        (0.07, 0.05, 0.07, 500, "0.0700 [0.0500, 0.0700]"),
        (0.0499, 0.05, 0.07, 500, "0.0499 [0.0500, 0.0700] †"),
        (0.0701, 0.05, 0.07, 500, "0.0701 [0.0500, 0.0700] †"),
        (0.05, np.nan, np.nan, 19, "0.0500 [too few rows]"),
        (0.05, np.nan, np.nan, 20, "0.0500 [no interval]"),  # enough rows, but no interval in the file
        (0.05, 0.04, 0.06, 5, "0.0500 [0.0400, 0.0600]"),  # an interval in the file is shown whatever the rows
        (np.nan, np.nan, np.nan, 0, "n/a"),
    ],
)
def test_a_cell_shows_its_interval_and_marks_one_that_excludes_the_estimate(value, low, high, n_rows, expected):
    from kdcal.reporting.results_table import _cell

    assert _cell(one_cell_frame(value, low, high, n_rows), "kd", "all", "ece") == expected
    assert _cell(one_cell_frame(value, low, high, n_rows), "kd", "all", "nll") == "n/a"  # no such row


def test_an_ece_equal_to_the_upper_end_of_its_floor_is_inside_it():
    from kdcal.reporting.results_table import inside_floor

    frame = one_cell_frame(0.05, 0.04, 0.06, 500)
    floor = pd.DataFrame([("kd", "all", "ece_floor", 0.03, 0.02, 0.05)], columns=frame.columns)
    assert inside_floor(pd.concat([frame, floor]), "kd")
    assert not inside_floor(pd.concat([frame, floor.assign(ci_high=0.0499)]), "kd")


def render(frame, arms=ARMS, **options):
    from kdcal.protocol import PROTOCOLS
    from kdcal.reporting.results_table import render_table

    options = {
        "headline": ("vanilla", "vanilla_ts", "kd"),
        "level": 0.95,
        "protocol": PROTOCOLS["kdcal"],
        "labels": LABELS,
        **options,
    }
    return render_table(frame, arms, {}, N_ROWS, **options)


def headings(text):
    return [line[3:] for line in text.splitlines() if line.startswith("## ")]


def test_a_table_without_floor_rows_has_no_floor_section_or_marks():
    frame = synthetic_frame(9)
    text = render(frame[frame.metric != "ece_floor"])
    assert "◦" not in text and not any(h.startswith("Calibration against its floor") for h in headings(text))
    assert any(h.startswith("Calibration against its floor") for h in headings(render(frame)))


def test_the_floor_sentence_says_none_when_no_arm_or_every_arm_is_inside():
    frame = synthetic_frame(10)
    ece = frame.metric == "ece"
    floor_high = frame[frame.metric == "ece_floor"].set_index(["arm", "subset"]).ci_high
    upper = [floor_high[(a, s)] for a, s in zip(frame.arm[ece], frame.subset[ece])]
    above = frame.copy()
    above.loc[ece, "value"] = np.array(upper) + 0.01
    inside = frame.copy()
    inside.loc[ece, "value"] = np.array(upper) - 0.01
    assert f"scores): none; above it: {', '.join(ARMS)}." in render(above)
    assert f"scores): {', '.join(ARMS)}; above it: none." in render(inside)


def test_an_arm_without_difference_rows_is_left_out_of_the_difference_table():

    frame = synthetic_frame(11)
    frame = frame[~((frame.arm == "kd_ts") & frame.metric.str.contains("_diff_vs_"))]
    rows = parse_tables(render(frame))["Difference from vanilla (arm minus vanilla; paired bootstrap)"]
    assert [r["arm"] for r in rows] == [LABELS[a] for a in ARMS if a not in ("vanilla", "kd_ts")]
    no_differences = frame[~frame.metric.str.contains("_diff_vs_")]
    assert not any(h.startswith("Difference from") for h in headings(render(no_differences)))


def test_a_metric_without_rows_loses_its_tier_section_only():
    frame = synthetic_frame(12)
    shown = headings(render(frame[frame.metric != "ece_adaptive"]))
    assert "adaptive ECE by tier (tiers by training frequency of the true class)" not in shown
    assert "classwise ECE by tier (tiers by training frequency of the true class)" in shown
    assert "MCE by tier (tiers by training frequency of the true class)" in shown


def test_a_ratio_without_an_interval_says_why_and_no_table_prints_nan_percent():
    """Validation of a few rows: the resampled gains are 0 or undefined, the interval NaN. Once
    "removes 127% ... (95% interval nan% to nan%)"."""
    frame = synthetic_frame(21)
    ratios = frame.metric.str.endswith("_gain_ratio")
    frame.loc[ratios, ["ci_low", "ci_high"]] = np.nan
    text = render(frame)
    assert "nan%" not in text and "nan" not in text.split("## Headline", 1)[1].split("\n## ", 1)[0]
    assert "(no 95% interval: the resamples give no finite ratio, as with too few eval rows)" in text
    frame.loc[ratios, "value"] = np.nan
    text = render(frame)
    assert "nan%" not in text and "No ratio of gains could be computed from these rows" in text


@pytest.mark.parametrize(("n_cal", "warned"), [(120, True), (199, True), (200, False), (None, False)])
def test_few_rows_in_a_half_put_a_warning_under_the_headline(n_cal, warned):
    text = render(synthetic_frame(22), n_cal=n_cal)  # the eval half has 400 rows (N_ROWS)
    headline = text.split("## Headline", 1)[1].split("\n## ", 1)[0]
    assert ("**Warning: few rows.**" in headline) == warned
    if warned:
        assert f"The cal half has {n_cal} rows and the eval half 400, fewer than 200 in a half" in headline
    assert "Warning" not in text.split("## Headline", 1)[0]


def test_without_the_ratio_rows_there_is_no_headline():
    frame = synthetic_frame(13)
    assert "## Headline" in render(frame)
    assert "## Headline" not in render(frame[frame.arm != "vanilla_ts_vs_kd"])
    # The ratio of other subsets is not the headline's.
    assert "## Headline" not in render(frame[~((frame.arm == "vanilla_ts_vs_kd") & (frame.subset == "all"))])


def test_without_an_excluding_interval_there_is_no_dagger_note_and_no_double_blank_line():
    frame = synthetic_frame(14)
    spread = np.where(frame.metric == "n_rows", 0.0, 0.5)
    frame = frame.assign(ci_low=frame.value - spread, ci_high=frame.value + spread)
    text = render(frame)
    assert "†" not in text and "\n\n\n" not in text
    assert "\n\n\n" not in render(synthetic_frame(14), notes=["a note"])


def test_an_arm_without_a_label_is_shown_by_its_name():
    from kdcal.reporting.results_table import labeller

    label = labeller({"vanilla": "vanilla (cross-entropy)"})
    assert label("kd_t2") == "kd_t2" and label("vanilla") == "vanilla (cross-entropy)"


def test_a_tier_missing_from_a_file_shows_as_nan_and_a_one_row_bootstrap_is_rendered():
    from kdcal.protocol import PROTOCOLS

    analyses = synthetic_analyses(15)
    diagnostics = analyses["diagnostics"]
    agreement = analyses["agreement"]
    text = render_sections_of(
        {
            **analyses,
            "diagnostics": diagnostics[diagnostics.subset != "tail"],
            "agreement": agreement[agreement.subset != "tail"],
            "bootstrap": analyses["bootstrap"].iloc[:1],
        },
        PROTOCOLS["kdcal"],
    )
    tables = parse_tables(text)
    assert [r["tail F1"] for r in tables["Teacher diagnostics"]] == ["nan", "nan"]
    agreement_rows = tables[next(h for h in tables if h.startswith("Agreement"))]
    assert {r["JS tail"] for r in agreement_rows} == {"nan"} and {r["agreement tail"] for r in agreement_rows} == {"nan"}
    assert len(tables["Tier macro F1 differences (course bootstrap, eval half)"]) == 1


# --- results/sweep/table.md ------------------------------------------------------------------------

SWEEP_RECIPES = ("vanilla", "kd", "kd_t1_a0.5", "kd_t4_a0.5", "kd_t4_a0.9", "teacher")
SUMMARY = ("ece", "nll", "macro_f1", "accuracy", "ece_adaptive", "ece_classwise", "mce", "aurc")
DIFFERENCES = ("ece", "nll", "macro_f1", "aurc")


def synthetic_sweep(seed):
    """summary.tsv of a sweep in its columns, every value its own random number. kd_t4_a0.9 has
    no macro F1 (n/a), one SD unmeasured and one difference without a value; differences from
    vanilla and from kd, one of each marking (1, 0, unmeasured), kd_t1_a0.5's from one seed only
    (no spread shown), kd_t4_a0.5's from two; the teacher has no differences."""
    import numpy as np

    from kdcal.reporting.sweep import COLUMNS

    rng = np.random.default_rng(seed)
    rows = []

    def add(recipe, subset, metric, n_seeds=3, **fixed):
        value = rng.uniform(0.01, 2)
        low, high = sorted(value + rng.normal(0, 0.05, 2))
        lo, hi = sorted(value + rng.normal(0, 0.1, 2))
        row = {
            "recipe": recipe,
            "subset": subset,
            "metric": metric,
            "n_seeds": n_seeds,
            "value": value,
            "sd": rng.uniform(0, 0.1),
        }
        row.update({"min": lo, "max": hi, "ci_low": low, "ci_high": high, "noise_floor": np.nan, "exceeds_noise": np.nan})
        rows.append({**row, **fixed})

    for recipe in SWEEP_RECIPES:
        for subset in SUBSETS:
            add(recipe, subset, "n_rows", value=400.0)
            for metric in SUMMARY:
                if (recipe, metric) == ("kd_t4_a0.9", "macro_f1"):
                    add(recipe, subset, metric, value=np.nan)
                elif (recipe, subset, metric) == ("kd_t4_a0.9", "all", "nll"):
                    add(recipe, subset, metric, sd=np.nan)
                else:
                    add(recipe, subset, metric)
        for i, reference in enumerate(("vanilla", "kd")):
            if recipe in (reference, "teacher"):  # the teacher is not trained per seed: no differences
                continue
            for j, metric in enumerate(DIFFERENCES):
                marked = (1.0, 0.0, np.nan)[(i + j + len(recipe)) % 3]
                n_seeds = {"kd_t1_a0.5": 1, "kd_t4_a0.5": 2}.get(recipe, 3)
                fixed = {"value": np.nan} if (recipe, reference, metric) == ("kd_t4_a0.9", "kd", "nll") else {}
                noise = rng.uniform(0, 0.1)
                add(recipe, "all", f"{metric}_diff_vs_{reference}", n_seeds, noise_floor=noise, exceeds_noise=marked, **fixed)
    add("vanilla_ts_vs_kd", "all", "ece_gain_ratio")
    return pd.DataFrame(rows)[COLUMNS]


SWEEP_GRID = {"teacher raw": {(1.0, 0.5): "kd_t1_a0.5", (4.0, 0.5): "kd_t4_a0.5", (4.0, 0.9): "kd_t4_a0.9"}}


def render_sweep(seed, **options):
    from kdcal.reporting.results_table import render_sweep_table

    frame = synthetic_sweep(seed)
    text = render_sweep_table(frame, SWEEP_RECIPES, [1, 2, 3], "vanilla", SWEEP_GRID, ("vanilla", "vanilla_ts", "kd"), **options)
    return frame, text


def test_every_cell_of_the_sweep_table_is_its_summary_row():
    """Mean ± SD cells, difference cells (bold exactly when marked; the spread only when several
    seeds measured it), the KD grid (rows T_d, columns alpha, – where no recipe) and the headline
    over seeds, each against the frame's row."""
    import re

    import numpy as np

    frame, text = render_sweep(6, n_eval=400, compare_with=("no_such_recipe", "kd"), level=0.9, published_ratio=1.37)
    row = {(r.recipe, r.subset, r.metric): r for r in frame.itertuples()}
    tables = parse_tables(text)

    def mean_sd(r):
        if not np.isfinite(r.value):
            return "n/a"
        return f"{r.value:.4f}" + (f" ± {r.sd:.4f}" if np.isfinite(r.sd) else "")

    names = ["ECE", "NLL", "macro F1", "accuracy", "adaptive ECE", "classwise ECE", "MCE", "AURC"]
    got = tables["All recipes"]
    assert [r["recipe"] for r in got] == list(SWEEP_RECIPES)
    for cells, recipe in zip(got, SWEEP_RECIPES):
        assert [cells[n] for n in names] == [mean_sd(row[(recipe, "all", m)]) for m in SUMMARY]
    for metric, name in (("ece", "ECE"), ("nll", "NLL"), ("aurc", "AURC")):
        got = tables[f"{name} by tier (mean ± SD over seeds)"]
        for cells, recipe in zip(got, SWEEP_RECIPES, strict=True):
            assert [cells[s] for s in SUBSETS] == [mean_sd(row[(recipe, s, metric)]) for s in SUBSETS]
    for reference in ("vanilla", "kd"):
        got = tables[f"Difference from {reference} (recipe minus {reference}, paired by seed and resample)"]
        others = [r for r in SWEEP_RECIPES if r not in (reference, "teacher")]
        assert [r["recipe"] for r in got] == others
        for cells, recipe in zip(got, others):
            for metric, name in zip(DIFFERENCES, ("ΔECE", "ΔNLL", "Δmacro F1", "ΔAURC")):
                r = row[(recipe, "all", f"{metric}_diff_vs_{reference}")]
                if not np.isfinite(r.value):
                    assert cells[name] == "n/a"
                    continue
                text_cell = f"{r.value:+.4f} [{r.ci_low:+.4f}, {r.ci_high:+.4f}]"
                if r.n_seeds > 1:
                    text_cell += f" (spread {r.noise_floor:.4f})"
                assert cells[name] == (f"**{text_cell}**" if r.exceeds_noise == 1.0 else text_cell), (recipe, metric)
    for metric, name in (("ece", "ECE"), ("nll", "NLL")):
        got = tables[f"KD grid, teacher raw: {name} (rows T_d, columns alpha)"]
        assert [r["T_d"] for r in got] == ["1", "4"]
        assert got[0]["alpha 0.5"] == mean_sd(row[("kd_t1_a0.5", "all", metric)]) and got[0]["alpha 0.9"] == "–"
        assert got[1]["alpha 0.5"] == mean_sd(row[("kd_t4_a0.5", "all", metric)])
        assert got[1]["alpha 0.9"] == mean_sd(row[("kd_t4_a0.9", "all", metric)])
    ratio = row[("vanilla_ts_vs_kd", "all", "ece_gain_ratio")]
    sentence = re.search(
        r"removes (\d+)% .* 90% bootstrap interval (\d+)% to (\d+)%; per seed (\d+)% to (\d+)% over 3 seeds\)", text
    )
    expected = (ratio.value, ratio.ci_low, ratio.ci_high, ratio.min, ratio.max)
    assert [int(x) for x in sentence.groups()] == [round(100 * v) for v in expected]
    assert "Seeds: 1, 2, 3 (3 trainings per recipe); eval half of validation, n = 400 rows." in text


def test_the_sweep_table_reads_as_reviewed():
    from kdcal.reporting.results_table import figures_markdown

    _, text = render_sweep(7, n_eval=400, compare_with=("kd",), level=0.9, published_ratio=1.37)
    assert_snapshot(text + figures_markdown(), "sweep_table.md")


def test_a_sweep_without_a_headline_ratio_or_row_count_leaves_them_out():
    from kdcal.reporting.results_table import render_sweep_table

    frame = synthetic_sweep(8)
    text = render_sweep_table(frame[frame.metric != "ece_gain_ratio"], SWEEP_RECIPES, [5], "vanilla", level=0.95)
    assert "Seeds: 5 (1 trainings per recipe). Values are the mean ± SD over seeds." in text
    assert "## Headline" not in text and "## KD grid" not in text and "## Difference from kd" not in text
    nan_ratio = frame.assign(value=frame.value.where(frame.metric != "ece_gain_ratio"))
    text = render_sweep_table(nan_ratio, SWEEP_RECIPES, [5], "vanilla", headline=("vanilla", "vanilla_ts", "kd"), level=0.95)
    assert "## Headline" not in text


def test_the_transfer_sentence_reads_the_ratio_and_both_ece_changes():
    from kdcal.reporting.results_table import _transfer_section

    ece = {"teacher": 0.20, "teacher_ts": 0.05, "kd": 0.12, "kd_calibrated": 0.09}
    rows = [(arm, "all", "ece", value, value, value) for arm, value in ece.items()]
    rows.append(("kd_calibrated_vs_kd", "all", "calibration_transfer_ratio", 0.2, 0.05, 0.4))
    frame = pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])
    lines = _transfer_section(frame, 0.9)
    assert lines[1] == "## Calibration transfer from the teacher"
    # (0.09 - 0.12) / (0.05 - 0.20) = 20%
    assert "teacher's ECE by -0.1500" in lines[3] and "student's by -0.0300" in lines[3]
    assert lines[3].endswith("20% of the teacher's change (90% interval 5% to 40%).")
    assert _transfer_section(frame[frame.metric == "ece"], 0.9) == []
