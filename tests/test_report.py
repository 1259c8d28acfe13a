"""What the results table says in words: the headline sentence claims only what the numbers show."""

import pandas as pd
import pytest


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
