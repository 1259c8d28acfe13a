"""The metrics of downstream uses: ranking (top-k, reciprocal rank, top-k mass), the Brier split and
conformal prediction sets, each against the test's own lines from the definitions or another library."""

import itertools

import numpy as np
import pandas as pd
import pytest
from scipy.optimize import minimize_scalar
from scipy.special import softmax
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.metrics import label_ranking_average_precision_score, top_k_accuracy_score

from kdcal.evaluation.conformal import ConformalSettings, conformal_metrics
from kdcal.evaluation.evaluate import evaluate_arm
from kdcal.evaluation.metrics import bootstrap_weights, evaluate
from kdcal.predictions import Predictions


@pytest.fixture
def rng():
    return np.random.default_rng(7)


def model(rng, n, k, signal=1.5):
    labels = rng.integers(0, k, n)
    logits = rng.normal(size=(n, k)) * 2
    logits[np.arange(n), labels] += signal
    return logits, labels


def reference_rank(logits, labels):
    """Rank of the true class when each row's classes are sorted by decreasing logit, ties to the
    lower index (a stable sort of the negated logits, as argmax breaks ties)."""
    return np.array([list(np.argsort(-row, kind="stable")).index(y) + 1 for row, y in zip(logits, labels)])


def test_ranking_metrics_are_their_definitions_and_agree_with_scikit_learn(rng):
    logits, labels = model(rng, 400, 9)
    tiers = np.full(400, "head")
    got = evaluate(logits, labels, tiers, None, n_bins=15, top_k=(1, 2, 5))
    probs = softmax(logits, axis=1)
    rank = reference_rank(logits, labels)
    for k in (1, 2, 5):
        assert got[("all", f"top{k}_accuracy")][0] == pytest.approx(np.mean(rank <= k), abs=1e-15)
        # Continuous logits have no ties, where scikit-learn's definition is the same.
        assert got[("all", f"top{k}_accuracy")][0] == pytest.approx(top_k_accuracy_score(labels, probs, k=k, labels=range(9)))
        mass = np.sort(probs, axis=1)[:, ::-1][:, :k].sum(axis=1).mean()
        assert got[("all", f"top{k}_mass_gap")][0] == pytest.approx(mass - np.mean(rank <= k), abs=1e-12)
    assert got[("all", "top1_accuracy")][0] == got[("all", "accuracy")][0]
    assert got[("all", "top1_mass_gap")][0] == pytest.approx(probs.max(axis=1).mean() - got[("all", "accuracy")][0], abs=1e-12)
    assert got[("all", "mean_reciprocal_rank")][0] == pytest.approx(np.mean(1 / rank), abs=1e-12)
    onehot = np.eye(9)[labels]
    assert got[("all", "mean_reciprocal_rank")][0] == pytest.approx(label_ranking_average_precision_score(onehot, probs))


def test_ranking_ties_go_to_the_lower_class_like_argmax(rng):
    logits = np.array([[1.0, 1.0, 0.0], [0.0, 2.0, 2.0], [3.0, 3.0, 3.0], [0.0, 0.0, 1.0]])
    labels = np.array([1, 1, 2, 0])
    got = evaluate(logits, labels, np.full(4, "head"), None, n_bins=15, top_k=(1, 2))
    # Ranks 2, 1, 3, 2: the true class behind an equal class of lower index.
    assert got[("all", "mean_reciprocal_rank")][0] == pytest.approx((1 / 2 + 1 + 1 / 3 + 1 / 2) / 4)
    assert got[("all", "top1_accuracy")][0] == got[("all", "accuracy")][0] == 0.25
    assert got[("all", "top2_accuracy")][0] == 0.75


def test_a_temperature_leaves_every_ranking_metric_exactly_as_it_was(rng):
    """Also on float16 logits with ties, as published teacher files hold them."""
    logits, labels = model(rng, 300, 12)
    logits = logits.astype(np.float16)
    tiers = rng.choice(["head", "mid", "tail"], 300)
    weights = bootstrap_weights(300, 20, 0)
    ranking = ("mean_reciprocal_rank", "top1_accuracy", "top3_accuracy", "top5_accuracy")
    raw = evaluate(logits, labels, tiers, weights, n_bins=15)
    for temperature in (0.37, 1.7, 6.0):
        scaled = evaluate(logits.astype(np.float64) / temperature, labels, tiers, weights, n_bins=15)
        for subset in ("all", "head", "mid", "tail"):
            for metric in ranking:
                np.testing.assert_array_equal(scaled[(subset, metric)], raw[(subset, metric)])


def test_top_k_larger_than_the_classes_is_refused(rng):
    logits, labels = model(rng, 20, 4)
    with pytest.raises(ValueError, match=r"evaluation.top_k: \[5\] larger than the 4 classes"):
        evaluate(logits, labels, np.full(20, "head"), None, n_bins=15, top_k=(1, 5))


def test_resampled_ranking_metrics_are_those_of_the_resampled_rows(rng):
    logits, labels = model(rng, 60, 6)
    weights = bootstrap_weights(60, 4, 1)
    draws = evaluate(logits, labels, np.full(60, "head"), weights, n_bins=15)
    for r in range(4):
        rows = np.repeat(np.arange(60), weights[r].astype(int))
        rank = reference_rank(logits[rows], labels[rows])
        assert draws[("all", "top3_accuracy")][r] == pytest.approx(np.mean(rank <= 3), abs=1e-12)
        assert draws[("all", "mean_reciprocal_rank")][r] == pytest.approx(np.mean(1 / rank), abs=1e-12)


def brier_at(logits, labels, log_t):
    p = softmax(logits / np.exp(log_t), axis=1)
    return ((p - np.eye(logits.shape[1])[labels]) ** 2).sum(axis=1).mean()


@pytest.mark.parametrize("scale", [0.3, 1.0, 4.0])
def test_brier_refinement_is_the_brier_score_at_the_best_temperature(rng, scale):
    """Against scipy's bounded scalar search over log T in [-2, 2] (the documented range)."""
    logits, labels = model(rng, 500, 8)
    logits = logits * scale
    got = evaluate(logits, labels, np.full(500, "head"), None, n_bins=15)
    best = minimize_scalar(lambda t: brier_at(logits, labels, t), bounds=(-2, 2), method="bounded", options={"xatol": 1e-8})
    assert got[("all", "brier_refinement")][0] == pytest.approx(best.fun, abs=1e-7)
    assert got[("all", "brier_calibration")][0] == pytest.approx(brier_at(logits, labels, 0.0) - best.fun, abs=1e-7)
    assert got[("all", "brier_calibration")][0] >= -1e-9


# Conformal sets: the test's own lines, one row at a time, from the papers' definitions.


def own_threshold(scores, alpha):
    n = len(scores)
    position = int(np.ceil((n + 1) * (1 - alpha) - 1e-12))
    return np.inf if position > n else np.sort(scores)[position - 1]


def own_sets(probs, cal_probs, cal_labels, method, alpha, lam=0.01, k_reg=5):
    """Sets by the definitions: LAC {k : p_k >= 1 - q}; APS / RAPS walk each row's classes in order
    of decreasing p (ties to the lower index) and stop at the first class whose (penalised)
    cumulative mass reaches q, keeping it."""

    def walk_score(p, y):
        order = list(np.argsort(-p, kind="stable"))
        position = order.index(y) + 1
        score = p[order[:position]].sum()
        return score + (lam * max(0, position - k_reg) if method == "raps" else 0.0)

    if method == "lac":
        q = own_threshold(1 - cal_probs[np.arange(len(cal_labels)), cal_labels], alpha)
        return [set(np.flatnonzero(1 - p <= q)) for p in probs]
    q = own_threshold(np.array([walk_score(p, y) for p, y in zip(cal_probs, cal_labels)]), alpha)
    sets = []
    for p in probs:
        chosen = set()
        for position, k in enumerate(np.argsort(-p, kind="stable"), start=1):
            chosen.add(int(k))
            score = p[list(chosen)].sum() + (lam * max(0, position - k_reg) if method == "raps" else 0.0)
            if score >= q:
                break
        sets.append(chosen)
    return sets


def summarise_sets(sets, labels, alpha, min_rows=10):
    covered = np.array([y in s for s, y in zip(sets, labels)])
    size = np.array([len(s) for s in sets])
    judged = [c for c in np.unique(labels) if (labels == c).sum() >= min_rows]
    gap = (1 - alpha) - min(covered[labels == c].mean() for c in judged) if judged else np.nan
    return covered.mean(), size.mean(), np.mean(size == 1), gap


@pytest.mark.parametrize("method", ["lac", "aps", "raps"])
@pytest.mark.parametrize("alpha", [0.1, 0.05, 0.3])
def test_conformal_sets_are_their_definitions(rng, method, alpha):
    k = 8
    cal_logits, cal_labels = model(rng, 250, k)
    logits, labels = model(rng, 180, k)
    # Ties: two classes with equal logits in some rows, and a class (7) that is never the top class.
    logits[:30, 1] = logits[:30, 2]
    logits[:, 7] -= 6
    cal_logits[:, 7] -= 6
    cal_probs, probs = softmax(cal_logits, axis=1), softmax(logits, axis=1)
    settings = ConformalSettings(alphas=(alpha,), methods=(method,), raps_lambda=0.05, raps_k_reg=2)
    got = conformal_metrics(
        cal_probs, cal_labels, probs, labels, masks={"all": np.ones(180)}, weights=np.ones((1, 180)), settings=settings
    )
    sets = own_sets(probs, cal_probs, cal_labels, method, alpha, lam=0.05, k_reg=2)
    coverage, size, singleton, gap = summarise_sets(sets, labels, alpha)
    a = f"{alpha:g}"
    assert got[("all", f"{method}_coverage_a{a}")][0] == pytest.approx(coverage, abs=1e-12)
    assert got[("all", f"{method}_set_size_a{a}")][0] == pytest.approx(size, abs=1e-12)
    assert got[("all", f"{method}_singleton_a{a}")][0] == pytest.approx(singleton, abs=1e-12)
    assert got[("all", f"{method}_worst_class_gap_a{a}")][0] == pytest.approx(gap, abs=1e-12)


class FixedProbabilities(ClassifierMixin, BaseEstimator):
    """A 'model' whose features are its probabilities, for MAPIE's prefit mode."""

    def fit(self, X, y):
        self.classes_ = np.arange(np.asarray(X).shape[1])
        return self

    def predict_proba(self, X):
        return np.asarray(X)

    def predict(self, X):
        return np.asarray(X).argmax(axis=1)


@pytest.mark.parametrize("alpha", [0.1, 0.05])
def test_lac_sets_are_mapies(rng, alpha):
    """MAPIE's split conformal classifier (its APS and RAPS randomise the cal scores, so only LAC
    is the same method)."""
    from mapie.classification import SplitConformalClassifier

    cal_logits, cal_labels = model(rng, 300, 7)
    logits, labels = model(rng, 200, 7)
    cal_probs, probs = softmax(cal_logits, axis=1), softmax(logits, axis=1)
    mapie = SplitConformalClassifier(FixedProbabilities().fit(cal_probs, cal_labels), confidence_level=1 - alpha, prefit=True)
    mapie.conformalize(cal_probs, cal_labels)
    sets = mapie.predict_set(probs)[1][:, :, 0]
    settings = ConformalSettings(alphas=(alpha,), methods=("lac",))
    got = conformal_metrics(
        cal_probs, cal_labels, probs, labels, masks={"all": np.ones(200)}, weights=np.ones((1, 200)), settings=settings
    )
    assert got[("all", f"lac_set_size_a{alpha:g}")][0] == pytest.approx(sets.sum(axis=1).mean(), abs=1e-12)
    assert got[("all", f"lac_coverage_a{alpha:g}")][0] == pytest.approx(sets[np.arange(200), labels].mean(), abs=1e-12)


def test_conformal_coverage_holds_at_about_the_nominal_rate_on_a_calibrated_model(rng):
    """Labels drawn from the model's own probabilities: over 100 cal/eval draws the mean coverage of
    each method is at least 1 - alpha (less a simulation margin); LAC's is also at most
    1 - alpha + 1 / (n + 1) (plus the margin), while the non-randomised APS and RAPS, which keep the
    class that crosses the threshold, cover more (the price of dropping the randomisation)."""
    settings = ConformalSettings(alphas=(0.1,), methods=("lac", "aps", "raps"))
    coverage = {m: [] for m in settings.methods}
    for _ in range(100):
        probs = softmax(rng.normal(size=(400, 6)) * 1.5, axis=1)
        labels = (rng.random((400, 1)) > np.cumsum(probs, axis=1)).sum(axis=1)
        got = conformal_metrics(
            probs[:200],
            labels[:200],
            probs[200:],
            labels[200:],
            masks={"all": np.ones(200)},
            weights=np.ones((1, 200)),
            settings=settings,
        )
        for m in settings.methods:
            coverage[m].append(got[("all", f"{m}_coverage_a0.1")][0])
    for m, values in coverage.items():
        assert np.mean(values) >= 0.895, (m, np.mean(values))
    assert np.mean(coverage["lac"]) <= 0.9 + 1 / 201 + 0.01
    assert np.mean(coverage["aps"]) > np.mean(coverage["lac"]) + 0.02


def test_a_resample_and_a_tier_see_the_conformal_metrics_of_their_rows(rng):
    cal_logits, cal_labels = model(rng, 200, 5)
    logits, labels = model(rng, 120, 5)
    tiers = np.where(labels < 2, "head", "tail")
    cal_probs, probs = softmax(cal_logits, axis=1), softmax(logits, axis=1)
    weights = bootstrap_weights(120, 3, 2)
    # "mixed" takes rows whatever their class: its judged classes have rows outside it, so their
    # coverage comes from its own rows (tiers, which follow the class, share the sums over all rows).
    masks = {"all": np.ones(120), "head": (tiers == "head") * 1.0, "mixed": (rng.random(120) < 0.7) * 1.0}
    settings = ConformalSettings(alphas=(0.1,), methods=("aps",))
    got = conformal_metrics(cal_probs, cal_labels, probs, labels, masks=masks, weights=weights, settings=settings)
    sets = own_sets(probs, cal_probs, cal_labels, "aps", 0.1)
    for r in range(3):
        for subset, mask in masks.items():
            rows = np.repeat(np.arange(120), (weights[r] * mask).astype(int))
            coverage, size, _, gap = summarise_sets([sets[i] for i in rows], labels[rows], 0.1)
            assert got[(subset, "aps_coverage_a0.1")][r] == pytest.approx(coverage, abs=1e-12)
            assert got[(subset, "aps_set_size_a0.1")][r] == pytest.approx(size, abs=1e-12)
            if not np.isnan(gap):  # classes judged: those with 10 rows among the evaluated rows
                judged = [c for c in range(5) if ((labels == c) & (mask > 0)).sum() >= 10]
                covered = np.array([labels[i] in sets[i] for i in rows])
                drawn = [c for c in judged if (labels[rows] == c).any()]
                expected = 0.9 - min(covered[labels[rows] == c].mean() for c in drawn)
                assert got[(subset, "aps_worst_class_gap_a0.1")][r] == pytest.approx(expected, abs=1e-12)


def test_bad_conformal_settings_are_refused():
    with pytest.raises(ValueError, match=r"evaluation.conformal.methods: unknown method\(s\) \['thr'\]"):
        ConformalSettings(methods=("lac", "thr"))
    with pytest.raises(ValueError, match=r"evaluation.conformal.alphas: \[0.0, 1.5\] outside \(0, 1\)"):
        ConformalSettings(alphas=(0.1, 0.0, 1.5))


def test_evaluate_arm_adds_the_conformal_metrics_fitted_on_the_cal_rows(rng):
    logits, labels = model(rng, 300, 6)
    tiers = np.where(labels < 3, "head", "mid")
    p = Predictions(logits, labels, tiers, np.arange(300).astype(str))
    settings = ConformalSettings(alphas=(0.1,), methods=("lac",))
    result = evaluate_arm(p, np.arange(150, 300), 15, 10, 0, cal_positions=np.arange(150), conformal=settings, top_k=(1, 2))
    assert result.metrics[-4:] == ("lac_coverage_a0.1", "lac_set_size_a0.1", "lac_singleton_a0.1", "lac_worst_class_gap_a0.1")
    assert "top2_accuracy" in result.metrics and "top3_accuracy" not in result.metrics
    sets = own_sets(softmax(logits[150:], axis=1), softmax(logits[:150], axis=1), labels[:150], "lac", 0.1)
    coverage, size, _, _ = summarise_sets(sets, labels[150:], 0.1)
    j = result.metrics.index("lac_set_size_a0.1")
    assert result.point[0, j] == pytest.approx(size, abs=1e-12)
    assert result.point[0, result.metrics.index("lac_coverage_a0.1")] == pytest.approx(coverage, abs=1e-12)


# Which to ship: the section follows the numbers.


def shaped_probabilities(rng, labels, k, correct, confidence, true_second):
    """(n, k) probabilities whose top class is the label where ``correct`` (else another class),
    with mass ``confidence`` on it; where wrong, the label gets 80% of the rest (``true_second``:
    ranked second) or a Dirichlet share like every other class."""
    n = len(labels)
    top = np.where(correct, labels, (labels + rng.integers(1, k, n)) % k)
    probs = rng.dirichlet(np.ones(k - 1), n) * (1 - confidence)[:, None] * (0.2 if true_second else 1.0)
    full = np.zeros((n, k))
    for i in range(n):
        others = [c for c in range(k) if c != top[i]]
        full[i, others] = probs[i]
        if true_second and not correct[i]:
            full[i, labels[i]] += 0.8 * (1 - confidence[i])
        full[i, top[i]] = confidence[i]
    return full / full.sum(axis=1, keepdims=True)


def own_ece(probs, labels, n_bins=15):
    conf, correct = probs.max(axis=1), probs.argmax(axis=1) == labels
    edges = np.linspace(0, 1, n_bins + 1)
    return sum(
        abs((correct[m] - conf[m]).sum()) for lo, hi in itertools.pairwise(edges) if (m := (conf > lo) & (conf <= hi)).any()
    ) / len(labels)


@pytest.mark.parametrize("calibrated_arm", ["vanilla_ts", "kd"])
def test_which_to_ship_follows_the_numbers(rng, calibrated_arm):
    """One arm calibrated in its confidence but blind beyond its top class, the other over-confident
    but with the true class second when wrong. Whichever name each shape carries, threshold gating
    goes to the calibrated one and top-k routing to the other, and the table says so."""
    from kdcal.protocol import PROTOCOLS
    from kdcal.reporting.results_table import render_sections
    from kdcal.reporting.ship import which_to_ship

    n, k = 2000, 10
    labels = rng.integers(0, k, n)
    confidence = rng.uniform(0.4, 0.8, n)
    correct = rng.random(n) < confidence
    other = "kd" if calibrated_arm == "vanilla_ts" else "vanilla_ts"
    probs = {
        calibrated_arm: shaped_probabilities(rng, labels, k, correct, confidence, False),
        other: shaped_probabilities(rng, labels, k, correct, np.minimum(confidence + 0.25, 0.99), True),
    }
    tiers = np.full(n, "head")
    results = {
        arm: evaluate_arm(
            Predictions(np.log(p), labels, tiers, np.arange(n).astype(str)),
            np.arange(1000, n),
            15,
            200,
            0,
            cal_positions=np.arange(1000),
            conformal=ConformalSettings(alphas=(0.1,), methods=("lac",)),
        )
        for arm, p in probs.items()
    }
    ship = which_to_ship(results, ["vanilla_ts", "kd"], 0.95).set_index("use")
    assert own_ece(probs[calibrated_arm][1000:], labels[1000:]) < own_ece(probs[other][1000:], labels[1000:])
    assert ship.loc["threshold gating", "verdict"] == calibrated_arm
    assert ship.loc["threshold gating", "best_value"] == pytest.approx(
        own_ece(probs[calibrated_arm][1000:], labels[1000:]), abs=1e-9
    )
    assert ship.loc["top-k routing", "verdict"] == other
    nll = {arm: -np.log(p[np.arange(1000, n), labels[1000:]]).mean() for arm, p in probs.items()}
    assert ship.loc["full distribution / later distillation", "best"] == min(nll, key=nll.get)
    labels_of = {"vanilla_ts": "vanilla + temperature scaling", "kd": "distilled (KD)"}
    text = render_sections(
        ["vanilla_ts", "kd"],
        pd.DataFrame(columns=["arm", "rows", "subset", "threshold", "coverage", "accuracy", "covered", "meets_target"]),
        0.9,
        protocol=PROTOCOLS["kdcal"],
        level=0.95,
        ship=ship.reset_index(),
        labels=labels_of,
    )
    gating = next(line for line in text.splitlines() if line.startswith("| threshold gating"))
    routing = next(line for line in text.splitlines() if line.startswith("| top-k routing"))
    assert gating.endswith(f"| **{labels_of[calibrated_arm]}** |") and routing.endswith(f"| **{labels_of[other]}** |")
    assert f"{labels_of[calibrated_arm]} {ship.loc['threshold gating', 'best_value']:.4f}" in gating


def test_two_arms_that_do_not_differ_are_a_tie_and_a_post_hoc_map_of_the_same_student_no_rival(rng):
    from kdcal.reporting.ship import which_to_ship

    logits, labels = model(rng, 400, 6)
    p = Predictions(logits, labels, np.full(400, "head"), np.arange(400).astype(str))
    same = evaluate_arm(p, np.arange(200, 400), 15, 50, 0, top_k=(1, 3))
    scaled = evaluate_arm(Predictions(logits / 2, labels, p.tiers, p.row_ids), np.arange(200, 400), 15, 50, 0, top_k=(1, 3))
    ship = which_to_ship({"vanilla": same, "kd": same}, ["vanilla", "kd"], 0.95).set_index("use")
    assert (ship.verdict == "tie").all() and (ship.difference == 0).all()
    # kd_ts is kd's own student: the runner-up of every use is vanilla, never kd beside kd_ts.
    families = {"vanilla": "vanilla", "kd": "kd", "kd_ts": "kd"}
    ship = which_to_ship({"vanilla": same, "kd": scaled, "kd_ts": same}, ["vanilla", "kd", "kd_ts"], 0.95, families=families)
    assert set(ship.runner_up) <= {"vanilla", "kd", "kd_ts"}
    for row in ship.itertuples():
        assert {row.best, row.runner_up} & {"vanilla"}, row


def test_refusals_that_need_the_data_name_the_key_and_the_file():
    from kdcal.errors import ConfigError
    from kdcal.evaluation.conformal import check_alphas_and_rows
    from kdcal.evaluation.metrics import check_top_k

    with pytest.raises(ConfigError, match=r"^evaluation.top_k: \[50\] larger than the 45 classes of results/predictions/kd.npz$"):
        check_top_k((1, 3, 50), 45, "results/predictions/kd.npz")
    check_top_k((1, 45), 45)
    message = (
        r"^results/split/cal_eval.json: evaluation.conformal.alphas \[0.005\] need more than 150 cal rows "
        r"\(alpha >= 1 / \(n \+ 1\) = 0.006623\); every set would hold every class$"
    )
    with pytest.raises(ConfigError, match=message):
        check_alphas_and_rows(ConformalSettings(alphas=(0.1, 0.005)), 150, "results/split/cal_eval.json")
    check_alphas_and_rows(ConformalSettings(alphas=(1 / 151,)), 150, "split")
    # methods: [] is "no sets": alphas too small for the cal half are then not refused
    check_alphas_and_rows(ConformalSettings(alphas=(0.005,), methods=()), 150, "split")
