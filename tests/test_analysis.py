"""The course's analyses, each number recomputed here from its definition: Jensen-Shannon
divergence (scipy's, in bits), argmax agreement, the coverage table and its lowest threshold."""

import numpy as np
import pandas as pd
import pytest
from scipy.spatial.distance import jensenshannon
from scipy.special import softmax

from conftest import random_predictions
from kdcal.evaluation.analysis import coverage_table, js_divergence, lowest_threshold, per_class_table, teacher_agreement


def test_js_divergence_is_scipys_in_bits_and_the_agreement_a_plain_mean(rng):
    student, labels = random_predictions(rng, n=300, k=7)
    teacher = student * 0.5 + rng.normal(size=student.shape)
    tiers = np.array(["head", "mid", "tail"])[labels % 3]
    p, q = softmax(student, axis=1), softmax(teacher, axis=1)
    # scipy returns the Jensen-Shannon *distance*, the square root of the divergence.
    reference = np.array([jensenshannon(a, b, base=2) ** 2 for a, b in zip(p, q)])
    assert js_divergence(p, q) == pytest.approx(reference, abs=1e-12)
    assert (js_divergence(p, q) <= 1).all() and js_divergence(p, p) == pytest.approx(np.zeros(len(p)), abs=1e-12)
    table = teacher_agreement(student, teacher, tiers).set_index("subset")
    for subset in ("all", "head", "mid", "tail"):
        rows = np.ones(len(tiers), bool) if subset == "all" else tiers == subset
        assert table.loc[subset, "js_divergence"] == pytest.approx(reference[rows].mean(), abs=1e-12)
        assert table.loc[subset, "argmax_agreement"] == pytest.approx((p.argmax(1) == q.argmax(1))[rows].mean())
        assert table.loc[subset, "n"] == rows.sum()


def test_coverage_rows_and_the_lowest_threshold_that_meets_the_target():
    # Five rows with known confidences and correctness (two classes, label 0 always).
    conf = np.array([0.95, 0.85, 0.75, 0.65, 0.55])
    correct = np.array([True, True, False, True, False])
    logits = np.log(np.column_stack([np.where(correct, conf, 1 - conf), np.where(correct, 1 - conf, conf)]))
    labels = np.zeros(5, int)
    tiers = np.array(["head", "head", "mid", "mid", "tail"])
    table = coverage_table(logits, labels, tiers, [0.5, 0.7, 0.8, 0.9], target=0.95)
    everything = table[table.subset == "all"].set_index("threshold")
    expected = pd.DataFrame(
        {"coverage": [1.0, 0.6, 0.4, 0.2], "accuracy": [3 / 5, 2 / 3, 1.0, 1.0], "covered": [5, 3, 2, 1]},
        index=pd.Index([0.5, 0.7, 0.8, 0.9], name="threshold"),
    )
    pd.testing.assert_frame_equal(everything[["coverage", "accuracy", "covered"]], expected, check_dtype=False)
    assert everything.meets_target.tolist() == [False, False, True, True]
    assert lowest_threshold(table) == 0.8
    mid = table[table.subset == "mid"].set_index("threshold")
    assert mid.loc[0.7, "covered"] == 1 and mid.loc[0.7, "accuracy"] == 0.0  # the 0.75 row, wrong
    assert lowest_threshold(table, "tail") is None  # its one row is wrong at every threshold


def test_per_class_table_counts_each_class_from_its_definition(rng):
    logits, labels = random_predictions(rng, n=400, k=6)
    logits[:, 5] -= 50  # class 5 is never predicted: precision 0 and confidence NaN
    names, tiers = [f"c{i}" for i in range(6)], ["head", "head", "mid", "mid", "tail", "tail"]
    table = per_class_table(logits, labels, names, tiers)
    p = softmax(logits, axis=1)
    pred, conf = p.argmax(1), p.max(1)
    assert table["class"].tolist() == names and table.tier.tolist() == tiers and table.class_id.tolist() == list(range(6))
    for c in range(6):
        row = table.iloc[c]
        hits = int(((pred == c) & (labels == c)).sum())
        support, predicted = int((labels == c).sum()), int((pred == c).sum())
        precision = hits / predicted if predicted else 0.0
        recall = hits / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        assert (row.support, row.predicted) == (support, predicted)
        assert (row.precision, row.recall, row.f1) == pytest.approx((precision, recall, f1), abs=1e-12)
        if predicted:
            assert row.confidence == pytest.approx(conf[pred == c].mean(), abs=1e-12)
        else:
            assert np.isnan(row.confidence)
    assert table.predicted.iloc[5] == 0


def test_an_empty_tier_gives_nan_rows_without_a_warning(rng):
    """A tier with no rows: NaN means and n = 0 in the agreement table, NaN coverage and accuracy
    in the coverage table, and no numpy warning on the way (the test suite turns those into errors)."""
    student, labels = random_predictions(rng, n=60, k=4)
    tiers = np.where(labels < 2, "head", "mid")  # no tail rows
    agreement = teacher_agreement(student, student + rng.normal(size=student.shape), tiers).set_index("subset")
    assert agreement.loc["tail", "n"] == 0 and agreement.loc["tail", ["js_divergence", "js_divergence_course"]].isna().all()
    coverage = coverage_table(student, labels, tiers, [0.0, 1.1], target=0.5).set_index(["subset", "threshold"])
    assert np.isnan(coverage.loc[("tail", 0.0), "coverage"]) and np.isnan(coverage.loc[("tail", 0.0), "accuracy"])
    assert coverage.loc[("all", 1.1), "covered"] == 0 and np.isnan(coverage.loc[("all", 1.1), "accuracy"])
    assert not coverage.meets_target.loc[[("all", 1.1), ("tail", 0.0)]].any()


def test_the_course_js_column_is_the_clipped_nats_divergence_of_each_row(rng):
    student, _ = random_predictions(rng, n=40, k=5)
    teacher = student.copy()
    student[0, 0], teacher[1, 1] = -1e4, -1e4  # probabilities that underflow to exactly 0
    p, q = softmax(student, axis=1), softmax(teacher, axis=1)
    assert p[0, 0] == 0 and q[1, 1] == 0
    pc, qc = np.clip(p, 1e-12, 1), np.clip(q, 1e-12, 1)
    mc = (pc + qc) / 2
    nats = 0.5 * ((pc * np.log(pc / mc)).sum(1) + (qc * np.log(qc / mc)).sum(1))
    table = teacher_agreement(student, teacher, np.full(40, "head")).set_index("subset")
    assert table.loc["all", "js_divergence_course"] == pytest.approx(nats.mean(), abs=1e-15)
    assert np.isfinite(table.loc["all", "js_divergence_course"])


def test_a_row_at_the_threshold_is_covered_and_an_accuracy_at_the_target_meets_it():
    logits = np.log(np.array([[0.8, 0.2], [0.7, 0.3], [0.6, 0.4]]))
    labels = np.array([0, 0, 1])  # the 0.6 row is wrong: accuracy of all three is 2/3
    at = softmax(logits, axis=1).max(1)
    table = coverage_table(logits, labels, np.full(3, "head"), [at[2], at[1]], target=2 / 3)
    rows = table[table.subset == "all"].set_index("threshold")
    assert rows.loc[at[2], "covered"] == 3 and rows.loc[at[1], "covered"] == 2
    assert rows.loc[at[2], "accuracy"] == 2 / 3 and rows.meets_target.tolist() == [True, True]


def test_per_class_table_keeps_absent_classes_and_warns_about_nothing():
    """A class in neither labels nor predictions keeps its row (zeros, NaN confidence); a class
    predicted once has that row's confidence; no scikit-learn zero-division warning is raised."""
    import warnings

    logits = np.log(np.array([[0.9, 0.05, 0.05, 0.0 + 1e-9], [0.2, 0.7, 0.1, 1e-9], [0.6, 0.3, 0.1, 1e-9]]))
    labels = np.array([0, 0, 2])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        table = per_class_table(logits, labels, ["a", "b", "c", "d"], ["head"] * 4)
    assert table.support.tolist() == [2, 0, 1, 0] and table.predicted.tolist() == [2, 1, 0, 0]
    assert table.confidence.iloc[1] == pytest.approx(softmax(logits, axis=1)[1].max(), abs=1e-15)
    assert table.loc[3, ["precision", "recall", "f1"]].tolist() == [0.0, 0.0, 0.0] and np.isnan(table.confidence.iloc[3])
