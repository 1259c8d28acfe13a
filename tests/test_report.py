"""What the results table says in words: the headline sentence claims only what the numbers show."""

import pandas as pd
import pytest

from kdcal.metrics import METRICS


def headline_frame(van, post, kd):
    ratio = (van - post) / (van - kd)
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
    ],
)
def test_the_headline_claims_a_ratio_of_gains_only_when_both_remedies_lower_ece(eces, expected):
    from kdcal.report import _headline_section

    lines = _headline_section(headline_frame(*eces), ("teacher", "vanilla_ts", "kd"), 0.95, None)
    sentence = lines[3]
    assert sentence.startswith(expected), sentence
    assert ("removes" in sentence) == (expected.startswith("One"))
    assert f"teacher ECE {eces[0]:.4f} -> {eces[1]:.4f} with temperature scaling, -> {eces[2]:.4f} with distillation" in sentence


ARMS = ("teacher", "vanilla", "vanilla_ts", "vanilla_vs", "kd", "kd_ts", "kd_vs")
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
            for metric in METRICS:
                add(arm, subset, metric, rng.uniform(0.01, 2.0))
            add(arm, subset, "ece_floor", rng.uniform(0.01, 2.0))
            if arm != "vanilla":
                for metric in METRICS:
                    add(arm, subset, f"{metric}_diff_vs_vanilla", rng.normal(0, 0.3))
    for ratio in ("ece_gain_ratio", "ece_debiased_gain_ratio", "smece_gain_ratio"):
        for subset in N_ROWS:
            add("vanilla_ts_vs_kd", subset, ratio, rng.normal(1, 0.5))
    frame = pd.DataFrame(rows, columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"])
    # ECE against the floor: between its mean and upper end (inside) for every other arm, above the
    # upper end for the rest, so the marker tells the bounds apart.
    for i, arm in enumerate(ARMS):
        floor = frame[(frame.arm == arm) & (frame.subset == "all") & (frame.metric == "ece_floor")].iloc[0]
        ece = (frame.arm == arm) & (frame.subset == "all") & (frame.metric == "ece")
        frame.loc[ece, "value"] = (floor.value + floor.ci_high) / 2 if i % 2 else floor.ci_high + 0.01
    return frame


@pytest.mark.parametrize(("protocol", "level", "seed"), [("kdcal", 0.95, 0), ("course", 0.9, 1), ("kdcal", 0.8, 2)])
def test_every_cell_of_the_results_table_is_its_metrics_row(protocol, level, seed):
    """render_table against the frame it renders, read back by the end-to-end test's parser: every
    number, arm label, tier section, ◦ (ECE at most its floor's upper end) and † (an interval that
    excludes its estimate), the level and the headline."""
    from kdcal.protocol import PROTOCOLS
    from kdcal.report import render_table
    from recompute import check_results_table

    frame = synthetic_frame(seed)
    temperatures = {"teacher": 0.8, "vanilla": 1.3, "vanilla_ts": 1.3, "kd": 1.05, "kd_ts": 1.05}
    text = render_table(
        frame, ARMS, temperatures, N_ROWS, "vanilla", ("vanilla", "vanilla_ts", "kd"), level=level, protocol=PROTOCOLS[protocol]
    )
    expected = {(r.arm, r.subset, r.metric): (r.value, r.ci_low, r.ci_high) for r in frame.itertuples()}
    tier_f1 = "macro_f1" if protocol == "kdcal" else "macro_f1_course"
    check_results_table(text, expected, ARMS, ("vanilla", "vanilla_ts", "kd"), level, N_ROWS, temperatures, tier_f1)
    assert "] †" in text and "◦" in text  # both markers occur (and were checked cell by cell)
