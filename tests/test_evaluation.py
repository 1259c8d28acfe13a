"""The study's summary: each metric's interval by its method, paired differences between arms and
the headline ratio, each recomputed here from the arms' own resampled rows with plain numpy."""

import itertools

import numpy as np
import pytest
from scipy.special import softmax

from conftest import random_predictions
from kdcal.evaluation.evaluate import evaluate_arm, summarise
from kdcal.predictions import Predictions

N, RESAMPLES, SEED = 400, 200, 7


def binned_ece(logits, labels, bins=15):
    probs = softmax(logits, axis=1)
    conf, correct = probs.max(1), (probs.argmax(1) == labels).astype(float)
    edges = np.linspace(0, 1, bins + 1)
    return sum(abs((correct - conf)[(conf > lo) & (conf <= hi)].sum()) for lo, hi in itertools.pairwise(edges)) / len(conf)


@pytest.fixture
def arms(rng):
    logits, labels = random_predictions(rng, n=N, k=6)
    tiers = np.where(labels < 2, "head", np.where(labels < 4, "mid", "tail"))
    shapes = {"vanilla": logits * 1.6, "vanilla_ts": logits * 0.9, "kd": logits * 1.2 + rng.normal(size=logits.shape) * 0.3}
    preds = {arm: Predictions(z, labels, tiers, np.arange(N).astype(str)) for arm, z in shapes.items()}
    results = {arm: evaluate_arm(p, np.arange(N), 15, RESAMPLES, SEED) for arm, p in preds.items()}
    return shapes, labels, summarise(results)


def resampled_ece(logits, labels):
    """ECE of every resample, drawing the rows exactly as the documented resampling does."""
    draws = np.random.default_rng(SEED).integers(0, N, size=(RESAMPLES, N))
    return np.array([binned_ece(logits[rows], labels[rows]) for rows in draws])


def row(frame, arm, metric):
    return frame[(frame.arm == arm) & (frame.subset == "all") & (frame.metric == metric)].iloc[0]


def test_ece_interval_is_the_basic_bootstrap_and_nll_the_percentile(arms):
    shapes, labels, frame = arms
    point, draws = binned_ece(shapes["kd"], labels), resampled_ece(shapes["kd"], labels)
    got = row(frame, "kd", "ece")
    assert got.value == pytest.approx(point, abs=1e-12)
    basic = (2 * point - np.quantile(draws, 0.975), 2 * point - np.quantile(draws, 0.025))
    assert (got.ci_low, got.ci_high) == pytest.approx(tuple(max(b, 0.0) for b in basic))  # ECE >= 0: cut there
    nll = row(frame, "kd", "nll")
    assert nll.ci_low < nll.value < nll.ci_high  # percentile: the draws' own quantiles bracket a mean-like metric


def test_differences_are_arm_minus_baseline_on_the_same_resamples(arms):
    shapes, labels, frame = arms
    diff = resampled_ece(shapes["kd"], labels) - resampled_ece(shapes["vanilla"], labels)
    got = row(frame, "kd", "ece_diff_vs_vanilla")
    point = binned_ece(shapes["kd"], labels) - binned_ece(shapes["vanilla"], labels)
    assert got.value == pytest.approx(point, abs=1e-12)
    # An ECE difference has the basic interval: the resampled differences mirrored around the point.
    low, high = np.quantile(diff, [0.025, 0.975])
    assert (got.ci_low, got.ci_high) == pytest.approx((2 * point - high, 2 * point - low))


def test_headline_ratio_and_its_interval_come_from_paired_resamples(arms):
    shapes, labels, frame = arms
    van, post, kd = (binned_ece(shapes[a], labels) for a in ("vanilla", "vanilla_ts", "kd"))
    d_van, d_post, d_kd = (resampled_ece(shapes[a], labels) for a in ("vanilla", "vanilla_ts", "kd"))
    got = row(frame, "vanilla_ts_vs_kd", "ece_gain_ratio")
    assert got.value == pytest.approx((van - post) / (van - kd), abs=1e-9)
    ratios = (d_van - d_post) / (d_van - d_kd)
    assert (got.ci_low, got.ci_high) == pytest.approx(tuple(np.quantile(ratios, [0.025, 0.975])))
    for ratio in ("ece_debiased_gain_ratio", "smece_gain_ratio"):
        assert np.isfinite(row(frame, "vanilla_ts_vs_kd", ratio).value)


def test_a_subset_with_too_few_rows_gets_no_interval_and_the_table_says_so(rng):
    from kdcal.evaluation.evaluate import MIN_INTERVAL_ROWS
    from kdcal.protocol import PROTOCOLS
    from kdcal.reporting.results_table import render_table

    logits, labels = random_predictions(rng, n=200, k=4)
    tiers = np.where(np.arange(200) < MIN_INTERVAL_ROWS - 1, "tail", "head")  # one row short in the tail
    p = Predictions(logits, labels, tiers, np.arange(200).astype(str))
    frame = summarise({"vanilla": evaluate_arm(p, np.arange(200), 15, 50, 0, floor_draws=50, top_k=(1, 3))}, headline=None)
    tail = frame[(frame.subset == "tail") & (frame.metric == "ece")].iloc[0]
    head = frame[(frame.subset == "head") & (frame.metric == "ece")].iloc[0]
    assert np.isfinite(tail.value) and np.isnan(tail.ci_low) and np.isnan(tail.ci_high)
    assert np.isfinite(head.ci_low) and np.isfinite(head.ci_high)
    n_eval = {"all": 200, "head": 181, "mid": 0, "tail": 19}
    table = render_table(
        frame, ["vanilla"], {}, n_eval, headline=("vanilla", "vanilla_ts", "kd"), level=0.95, protocol=PROTOCOLS["kdcal"]
    )
    assert f"{tail.value:.4f} [too few rows]" in table


def arm_result(rng, n_rows=(100, 40, 30, 30), metrics=("ece", "nll"), resamples=50, floor=None):
    """An ArmResult with random values, for the summary's bookkeeping (no model behind it)."""
    from kdcal.evaluation.evaluate import ArmResult

    s, m = len(n_rows), len(metrics)
    floor = np.zeros((0, s)) if floor is None else floor
    return ArmResult(
        rng.random((s, m)), rng.random((resamples, s, m)), np.array(n_rows), ("all", "head", "mid", "tail"), metrics, floor
    )


def test_an_evaluation_survives_saving_and_loading(tmp_path, rng):
    from kdcal.evaluation.evaluate import ArmResult

    saved = arm_result(rng, floor=rng.random((7, 4)))
    saved.save(tmp_path / "arm.npz")
    loaded = ArmResult.load(tmp_path / "arm.npz")
    for name in ("point", "draws", "n_rows", "floor"):
        assert np.array_equal(getattr(loaded, name), getattr(saved, name)), name
    assert loaded.subsets == saved.subsets and loaded.metrics == saved.metrics
    # A file written before the floor existed loads with an empty floor of the right width.
    np.savez(
        tmp_path / "old.npz",
        point=saved.point,
        draws=saved.draws,
        n_rows=saved.n_rows,
        subsets=np.array(saved.subsets),
        metrics=np.array(saved.metrics),
    )
    old = ArmResult.load(tmp_path / "old.npz")
    assert old.floor.shape == (0, 4) and np.array_equal(old.point, saved.point)


def test_metrics_tsv_is_tab_separated_at_six_decimals_with_nan_spelled_out(tmp_path):
    import pandas as pd

    from kdcal.evaluation.evaluate import write_metrics_tsv

    frame = pd.DataFrame(
        [("kd", "all", "ece_gain_ratio", 0.12345678, np.nan, np.inf)],
        columns=["arm", "subset", "metric", "value", "ci_low", "ci_high"],
    )
    write_metrics_tsv(frame, tmp_path / "m.tsv")
    assert (
        tmp_path / "m.tsv"
    ).read_text() == "arm\tsubset\tmetric\tvalue\tci_low\tci_high\nkd\tall\tece_gain_ratio\t0.123457\tnan\tinf\n"


def test_evaluate_arm_defaults_its_class_tiers_from_every_row_and_draws_no_floor_unless_asked(rng):
    """Class 5 has rows only outside the evaluated positions: the default tier map (from all of the
    file's rows) still puts it in the tail, so the tail's macro F1 counts it (it is predicted)."""
    from kdcal.evaluation.evaluate import ArmResult

    logits, labels = random_predictions(rng, n=300, k=6)
    tiers = np.array(["head", "head", "mid", "mid", "tail", "tail"])[labels]
    p = Predictions(logits, labels, tiers, np.arange(300).astype(str))
    positions = np.flatnonzero(labels != 5)
    logits[positions[:5], 5] += 50  # five evaluated rows predicted as class 5
    by_default = evaluate_arm(p, positions, 15, 40, 3)
    explicit = evaluate_arm(
        p, positions, 15, 40, 3, tier_of_class={c: t for c, t in enumerate(["head", "head", "mid", "mid", "tail", "tail"])}
    )
    only_rows = evaluate_arm(
        p, positions, 15, 40, 3, tier_of_class={c: t for c, t in enumerate(["head", "head", "mid", "mid", "tail", ""])}
    )
    assert np.array_equal(by_default.point, explicit.point, equal_nan=True)
    assert np.array_equal(by_default.draws, explicit.draws, equal_nan=True)
    assert not np.array_equal(by_default.point, only_rows.point, equal_nan=True)
    assert by_default.floor.shape == (0, 4) and isinstance(by_default, ArmResult)
    with_floor = evaluate_arm(p, positions, 15, 40, 3, floor_draws=30)
    from kdcal.evaluation.metrics import consistency_floor

    expected = consistency_floor(logits[positions], tiers[positions], 15, 30, 3)
    assert np.array_equal(with_floor.floor, expected, equal_nan=True)
    assert np.array_equal(with_floor.point, by_default.point, equal_nan=True)
    assert not np.array_equal(evaluate_arm(p, positions, 10, 40, 3).point, by_default.point, equal_nan=True)


def test_the_floor_row_is_the_mean_and_quantiles_of_the_calibrated_replicas(rng):
    floor = rng.random((200, 4))
    floor[:, 3] = np.nan  # a subset whose replicas have no rows
    frame = summarise({"vanilla": arm_result(rng, floor=floor)}, headline=None).set_index(["subset", "metric"])
    got = frame.loc[("all", "ece_floor")]
    assert (got.value, got.ci_low, got.ci_high) == pytest.approx((floor[:, 0].mean(), *np.percentile(floor[:, 0], [2.5, 97.5])))
    assert frame.loc[("tail", "ece_floor")].isna()[["value", "ci_low", "ci_high"]].all()
    # The range follows the configured level (evaluation.confidence_level).
    at_90 = summarise({"vanilla": arm_result(rng, floor=floor)}, headline=None, level=0.9).set_index(["subset", "metric"])
    got = at_90.loc[("all", "ece_floor")]
    assert (got.ci_low, got.ci_high) == pytest.approx(tuple(np.percentile(floor[:, 0], [5, 95])))


def test_intervals_start_at_twenty_rows_and_a_basic_ece_interval_is_cut_at_zero(rng):
    """Exactly MIN_INTERVAL_ROWS rows get an interval. ECE draws far above a small point give a
    basic interval below 0, cut at 0; NLL's percentile interval is not cut."""
    from kdcal.evaluation.evaluate import MIN_INTERVAL_ROWS

    res = arm_result(rng, n_rows=(100, MIN_INTERVAL_ROWS, MIN_INTERVAL_ROWS - 1, 30))
    res.point[0] = [0.01, 0.01]
    res.draws[:, 0] = np.linspace(0.05, 0.09, len(res.draws))[:, None]
    frame = summarise({"vanilla": res}, headline=None).set_index(["subset", "metric"])
    assert frame.loc[("head", "ece")][["ci_low", "ci_high"]].notna().all()
    assert frame.loc[("mid", "ece")][["ci_low", "ci_high"]].isna().all()
    assert (frame.loc[("all", "ece"), "ci_low"], frame.loc[("all", "ece"), "ci_high"]) == (0.0, 0.0)
    assert frame.loc[("all", "nll"), "ci_low"] == pytest.approx(np.percentile(res.draws[:, 0, 1], 2.5))


def test_every_arm_but_the_baseline_gets_differences_whatever_their_order(rng):
    results = {"kd": arm_result(rng), "vanilla": arm_result(rng), "vanilla_ts": arm_result(rng)}
    frame = summarise(results, headline=None, level=0.9)
    diffs = frame[frame.metric == "nll_diff_vs_vanilla"]
    assert sorted(set(diffs.arm)) == ["kd", "vanilla_ts"]
    got = diffs[(diffs.arm == "vanilla_ts") & (diffs.subset == "all")].iloc[0]
    j = results["vanilla"].metrics.index("nll")
    d = results["vanilla_ts"].draws[:, 0, j] - results["vanilla"].draws[:, 0, j]
    assert (got.ci_low, got.ci_high) == pytest.approx(tuple(np.percentile(d, [5, 95])))


def test_a_ratio_with_a_zero_denominator_is_inf_or_nan_and_its_interval_skips_those_draws(rng):
    """KD's ECE equal to vanilla's: the point ratio is +-inf (or NaN), the interval comes from the
    finite draws, and the division warns about nothing."""
    van, post, kd = arm_result(rng), arm_result(rng), arm_result(rng)
    kd.point[:, 0] = van.point[:, 0]
    kd.draws[:5, :, 0] = van.draws[:5, :, 0]
    post.draws[:2, :, 0] = van.draws[:2, :, 0]  # 0 / 0 in two draws
    got = summarise({"vanilla": van, "vanilla_ts": post, "kd": kd}).set_index(["arm", "subset", "metric"])
    ratio = got.loc[("vanilla_ts_vs_kd", "all", "ece_gain_ratio")]
    assert not np.isfinite(ratio.value)
    draws = (van.draws[5:, 0, 0] - post.draws[5:, 0, 0]) / (van.draws[5:, 0, 0] - kd.draws[5:, 0, 0])
    assert (ratio.ci_low, ratio.ci_high) == pytest.approx(tuple(np.percentile(draws, [2.5, 97.5])))


def test_the_point_estimate_weighs_every_evaluated_row_once(rng):
    """evaluate_arm's point is evaluate's own point estimate (weights None) on those rows: AURC
    and smooth ECE would move if the rows counted twice."""
    from kdcal.evaluation.metrics import METRICS, SUBSETS, evaluate

    logits, labels = random_predictions(rng, n=300, k=5)
    tiers = np.array(["head", "mid", "tail", "tail", "tail"])[labels]
    p = Predictions(logits, labels, tiers, np.arange(300).astype(str))
    positions = np.arange(0, 300, 2)
    got = evaluate_arm(p, positions, 15, 30, 1)
    expected = evaluate(
        logits[positions],
        labels[positions],
        tiers[positions],
        None,
        n_bins=15,
        tier_of_class={c: t for c, t in zip(labels, tiers)},
    )
    for s, subset in enumerate(SUBSETS):
        for m, metric in enumerate(METRICS):
            assert got.point[s, m] == pytest.approx(expected[(subset, metric)][0], rel=1e-12, abs=1e-15), (subset, metric)


def test_ratios_are_given_for_the_calibration_errors_the_arms_have(rng):
    results = {name: arm_result(rng, metrics=("ece", "nll", "smece")) for name in ("vanilla", "vanilla_ts", "kd")}
    ratios = summarise(results).query("arm == 'vanilla_ts_vs_kd'")
    assert sorted(set(ratios.metric)) == ["ece_gain_ratio", "smece_gain_ratio"]


def test_the_calibration_transfer_ratio_is_the_students_ece_change_over_the_teachers(rng):
    """(ECE[kd_calibrated] - ECE[kd]) / (ECE[teacher_ts] - ECE[teacher]) with the interval of the
    same ratio on every paired resample, recomputed with plain numpy; absent without the teacher."""
    logits, labels = random_predictions(rng, n=N, k=6)
    tiers = np.where(labels < 2, "head", np.where(labels < 4, "mid", "tail"))
    shapes = {
        "teacher": logits * 2.0,
        "teacher_ts": logits * 1.1,
        "kd": logits * 1.5 + rng.normal(size=logits.shape) * 0.2,
        "kd_calibrated": logits * 1.25 + rng.normal(size=logits.shape) * 0.2,
    }
    preds = {arm: Predictions(z, labels, tiers, np.arange(N).astype(str)) for arm, z in shapes.items()}
    results = {arm: evaluate_arm(p, np.arange(N), 15, RESAMPLES, SEED) for arm, p in preds.items()}
    frame = summarise(results, None, None, transfer=[("kd", "kd_calibrated")])
    ece = {arm: binned_ece(z, labels) for arm, z in shapes.items()}
    draws = {arm: resampled_ece(z, labels) for arm, z in shapes.items()}
    got = row(frame, "kd_calibrated_vs_kd", "calibration_transfer_ratio")
    expected = (ece["kd_calibrated"] - ece["kd"]) / (ece["teacher_ts"] - ece["teacher"])
    assert got.value == pytest.approx(expected, abs=1e-9)
    ratios = (draws["kd_calibrated"] - draws["kd"]) / (draws["teacher_ts"] - draws["teacher"])
    assert (got.ci_low, got.ci_high) == pytest.approx(tuple(np.quantile(ratios, [0.025, 0.975])))
    without_teacher = summarise(
        {a: r for a, r in results.items() if a != "teacher_ts"}, None, None, transfer=[("kd", "kd_calibrated")]
    )
    assert "calibration_transfer_ratio" not in set(without_teacher.metric)


def test_transfer_pairs_are_kd_arms_that_differ_only_in_the_teacher():
    from kdcal.plan import transfer_pairs

    kd = {"loss": "kd", "distill_temperature": 4.0, "alpha": 0.7}
    arms = {
        "vanilla": {"loss": "ce"},
        "kd": {**kd, "teacher": "raw"},
        "kd_calibrated": {**kd, "teacher": "calibrated"},
        "kd_cal_other_alpha": {**kd, "alpha": 0.9, "teacher": "calibrated"},  # no raw twin
        "kd_hard_calibrated": {"loss": "kd_hard", "teacher": "calibrated"},  # argmax: a temperature changes nothing
    }
    assert transfer_pairs({"mode": "train", "arms": arms}) == [("kd", "kd_calibrated")]
    # The raw teacher is the default: an arm that leaves it out is the twin too.
    assert transfer_pairs({"arms": {"kd": kd, "kd_calibrated": arms["kd_calibrated"]}}) == [("kd", "kd_calibrated")]
    assert transfer_pairs({"mode": "replay", "arms": arms}) == []


# --- one declaration per metric --------------------------------------------------------------------


def test_a_metric_added_by_its_declaration_and_kernel_is_evaluated_with_an_interval(rng):
    """A toy metric (the error rate) is one Metric with a kernel over the named column sums: evaluate
    returns it for every subset and resample, and the summary gives it its declared interval."""
    from kdcal.evaluation.metrics import Metric, metric_names, register_metric, unregister_metric

    logits, labels = random_predictions(rng, n=600, k=6, scale=2.0)
    tiers = np.array(["head", "mid", "tail"])[labels % 3]
    p = Predictions(logits, labels, tiers, np.arange(600).astype(str))
    register_metric(Metric("error_rate", "error rate", interval="basic", kernel=lambda c: 1 - c["correct"] / c["rows"]))
    try:
        assert "error_rate" in metric_names()
        result = evaluate_arm(p, np.arange(300, 600), 10, 200, 3, top_k=(1,))
        frame = summarise({"vanilla": result}, None, None)
    finally:
        unregister_metric("error_rate")
    assert "error_rate" not in metric_names()
    eval_labels, eval_tiers = labels[300:], tiers[300:]
    wrong = logits[300:].argmax(axis=1) != eval_labels
    j = result.metrics.index("error_rate")
    for i, subset in enumerate(result.subsets):
        rows = np.ones(300, bool) if subset == "all" else eval_tiers == subset
        assert result.point[i, j] == pytest.approx(wrong[rows].mean(), abs=1e-12)
    # The same resamples as every other metric: error rate = 1 - accuracy in every draw.
    a = result.metrics.index("accuracy")
    assert np.allclose(result.draws[:, :, j], 1 - result.draws[:, :, a])
    row = frame[(frame.subset == "all") & (frame.metric == "error_rate")].iloc[0]
    draws = result.draws[:, 0, j]
    basic = (max(2 * row.value - np.quantile(draws, 0.975), 0.0), 2 * row.value - np.quantile(draws, 0.025))
    assert (row.ci_low, row.ci_high) == pytest.approx(basic)


def test_the_table_sections_and_interval_tables_come_from_the_declarations():
    from kdcal.evaluation.evaluate import DIFFERENCE_METHOD, INTERVAL_METHOD, LOWEST
    from kdcal.reporting.results_table import DIFFERENCE_METRICS, FLOOR_COLUMNS, MAIN_METRICS, MORE_METRICS

    # Written out from docs/results.md ("Intervals") and the table's columns, not from the code.
    assert INTERVAL_METHOD == dict.fromkeys(["ece", "ece_adaptive", "ece_classwise", "mce", "nll_calibration"], "basic")
    assert LOWEST == dict.fromkeys(INTERVAL_METHOD, 0.0)
    assert DIFFERENCE_METHOD == dict.fromkeys(["ece", "ece_adaptive", "ece_classwise", "smece"], "basic")
    assert [t for _, t in MAIN_METRICS] == ["ECE", "NLL", "macro F1", "accuracy", "Brier"]
    assert [m for m, _ in DIFFERENCE_METRICS] == ["ece", "nll", "macro_f1", "accuracy", "aurc"]
    assert [m for m, _ in MORE_METRICS] == ["ece_adaptive", "ece_classwise", "mce", "aurc"]
    assert [m for m, _ in FLOOR_COLUMNS] == ["ece_floor", "ece_debiased", "smece", "nll_calibration", "nll_refinement", "eaurc"]


def test_every_declared_metric_is_defined_under_its_anchor_in_the_docs():
    import re
    from pathlib import Path

    from kdcal.evaluation.metrics import BUILTIN_METRICS

    text = (Path(__file__).resolve().parents[1] / "docs" / "metrics.md").read_text()
    sections = {}
    for heading, body in re.findall(r"^## ([^\n]+)\n(.*?)(?=^## |\Z)", text, flags=re.MULTILINE | re.DOTALL):
        sections[re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")] = body
    for metric in BUILTIN_METRICS:
        assert f"`{metric.name}`" in sections[metric.anchor], (metric.name, metric.anchor)


def test_the_recomputation_checks_every_declared_metric(rng):
    """tests/recompute.py computes each metric on its own; it must cover every metric kdcal declares."""
    from kdcal.evaluation.metrics import BUILTIN_METRICS
    from recompute import sample_metrics

    logits, labels = random_predictions(rng, n=200, k=5, scale=2.0)
    tiers = np.array(["head", "mid", "tail"])[labels % 3]
    mass_bins = {s: np.zeros(200, int) for s in ("all", "head", "mid", "tail")}
    classes = {t: [c for c in range(5) if c % 3 == i] for i, t in enumerate(("head", "mid", "tail"))}
    out = sample_metrics(logits, labels, tiers, np.arange(200), mass_bins, classes, 10, {"top_k": (1,), "sets": {}})
    assert {m.name for m in BUILTIN_METRICS} <= {metric for _, metric in out}
