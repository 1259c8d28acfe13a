"""The course's definitions beside kdcal's, each checked against its own few lines from the
week 6 notebooks or against scikit-learn / torch."""

import numpy as np
import pytest
import torch
from sklearn.metrics import f1_score

from kdcal.calibration.maps import TemperatureScaler, fit_temperature, fit_temperature_course
from kdcal.evaluation.analysis import js_divergence, js_divergence_course, tier_f1, tier_f1_bootstrap
from kdcal.predictions import PredictionsError, check_file_tiers
from kdcal.training.losses import teacher_divisor


@pytest.fixture
def study(rng):
    n, k = 900, 24
    labels = rng.choice(k, size=n, p=(w := 1 / np.arange(1, k + 1)) / w.sum())
    class_tier = np.array(["head"] * 4 + ["mid"] * 8 + ["tail"] * 12)
    logits = rng.normal(size=(n, k)) * 2.5
    logits[np.arange(n), labels] += rng.normal(2, 1, size=n)
    return logits.astype(np.float16), labels, class_tier[labels], class_tier


def test_course_temperature_is_the_notebooks_lbfgs_and_stops_short_of_the_exact_minimum(study):
    logits, labels, _, _ = study
    log_t = torch.nn.Parameter(torch.zeros(1))
    z, y = torch.from_numpy(logits.astype(np.float32)), torch.from_numpy(labels).long()
    opt = torch.optim.LBFGS([log_t], lr=0.1, max_iter=200)

    def closure():
        opt.zero_grad()
        loss = torch.nn.CrossEntropyLoss()(z / torch.exp(log_t), y)
        loss.backward()
        return loss

    opt.step(closure)
    expected = float(torch.exp(log_t.detach()))
    course = fit_temperature_course(logits, labels)
    assert course == expected  # bit for bit
    # float32 whatever the logits' dtype, and any integer labels
    assert fit_temperature_course(logits.astype(np.float64), labels.astype(np.int32)) == expected
    assert TemperatureScaler(fit_method="course_lbfgs").fit(logits, labels).temperature == expected
    assert course == pytest.approx(fit_temperature(logits, labels), rel=5e-3) and course != fit_temperature(logits, labels)


def test_course_js_is_in_nats_with_clipping_and_kdcal_js_in_bits(rng):
    p = rng.dirichlet(np.ones(6), size=50)
    q = rng.dirichlet(np.ones(6), size=50)
    q[0] = [1, 0, 0, 0, 0, 0]  # a zero that the course clips at 1e-12
    m = (p + q) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        bits = 0.5 * (np.nansum(p * np.log2(p / m), axis=1) + np.nansum(q * np.log2(q / m), axis=1))
    pc, qc = np.clip(p, 1e-12, 1), np.clip(q, 1e-12, 1)
    mc = (pc + qc) / 2
    nats = 0.5 * ((pc * np.log(pc / mc)).sum(1) + (qc * np.log(qc / mc)).sum(1))
    assert js_divergence(p, q) == pytest.approx(bits, abs=1e-12)
    assert js_divergence_course(p, q) == pytest.approx(nats, abs=1e-12)
    assert (js_divergence_course(p, q) <= np.log(2) + 1e-12).all()


def test_tier_f1_is_scikit_learns_with_the_tiers_labels(study):
    logits, labels, tiers, class_tier = study
    preds = logits.argmax(1)
    for tier in ("head", "mid", "tail"):
        m = tiers == tier
        classes = np.flatnonzero(class_tier == tier)
        expected = f1_score(labels[m], preds[m], labels=classes, average="macro", zero_division=0)
        assert tier_f1(labels[m], preds[m], classes, logits.shape[1])[0] == pytest.approx(expected, abs=1e-12)


def test_tier_f1_bootstrap_consumes_one_random_state_head_mid_tail_like_the_lab(study):
    logits, labels, tiers, _ = study
    a, b = logits.argmax(1), np.roll(logits, 1, axis=1).argmax(1)
    classes = {t: np.unique(labels[tiers == t]) for t in ("head", "mid", "tail")}
    table = tier_f1_bootstrap(a, b, labels, tiers, classes, logits.shape[1], n_resamples=60, seed=42, level=0.95).set_index(
        "tier"
    )
    rng = np.random.RandomState(42)
    for tier in ("head", "mid", "tail"):
        idx = np.where(tiers == tier)[0]
        deltas = []
        for _ in range(60):
            s = rng.choice(idx, size=len(idx), replace=True)
            f1_a = f1_score(labels[s], a[s], labels=classes[tier], average="macro", zero_division=0)
            f1_b = f1_score(labels[s], b[s], labels=classes[tier], average="macro", zero_division=0)
            deltas.append(f1_b - f1_a)
        got = table.loc[tier, ["median", "ci_low", "ci_high"]].tolist()
        assert got == pytest.approx([np.median(deltas), np.quantile(deltas, 0.025), np.quantile(deltas, 0.975)], abs=1e-12)


def test_a_kd_arm_divides_the_teacher_by_1_its_calibration_temperature_or_a_fixed_divisor():
    assert teacher_divisor({"loss": "kd"}) == 1.0
    assert teacher_divisor({"loss": "kd", "teacher": "calibrated"}, fitted=0.8) == 0.8
    assert teacher_divisor({"loss": "kd", "teacher": 1.25}, fitted=0.8) == 1.25
    with pytest.raises(ValueError, match="calibration temperature"):
        teacher_divisor({"loss": "kd", "teacher": "calibrated"})


def test_a_file_whose_tiers_disagree_with_kdcals_is_refused_with_the_count(tmp_path):
    tiers = np.array(["head", "mid", "tail", "tail"])
    good, bad, none = tmp_path / "good.npz", tmp_path / "bad.npz", tmp_path / "none.npz"
    np.savez(good, logits=np.zeros((4, 3)), tiers=tiers)
    np.savez(bad, logits=np.zeros((4, 3)), tiers=np.array(["head", "head", "tail", "mid"]))
    np.savez(none, logits=np.zeros((4, 3)))
    check_file_tiers(good, tiers, "teacher val logits")
    check_file_tiers(none, tiers, "teacher val logits")
    with pytest.raises(PredictionsError) as err:
        check_file_tiers(bad, tiers, "teacher val logits")
    assert str(err.value) == (
        "teacher val logits: the file's tiers disagree with kdcal's in 2 of 4 rows (first row 1: 'head' in the file, "
        "'mid' by training frequency); check dataset.tiers (head, mid) and dataset.train_splits against the run that "
        "wrote the file"
    )
    np.savez(bad, logits=np.zeros((3, 3)), tiers=tiers[:3])
    with pytest.raises(PredictionsError) as err:
        check_file_tiers(bad, tiers, "teacher val logits")
    assert str(err.value) == "teacher val logits: 3 tiers in the file for 4 rows"


def test_tier_f1_bootstrap_reports_size_point_difference_and_whether_zero_is_excluded(study):
    logits, labels, tiers, _ = study
    guess = logits.argmax(1)
    classes = {t: np.unique(labels[tiers == t]) for t in ("head", "mid", "tail")}
    # The same predictions: every difference is 0 and the interval [0, 0] does not exclude 0.
    same = tier_f1_bootstrap(guess, guess, labels, tiers, classes, logits.shape[1], n_resamples=30, seed=1, level=0.95)
    assert list(same.columns) == ["tier", "n", "difference", "median", "ci_low", "ci_high", "excludes_zero"]
    assert (same[["difference", "ci_low", "ci_high"]] == 0).all().all() and not same.excludes_zero.any()
    # Perfect predictions against guesses: better in every resample, so zero is excluded.
    table = tier_f1_bootstrap(
        guess, labels, labels, tiers, classes, logits.shape[1], n_resamples=30, seed=1, level=0.95
    ).set_index("tier")
    assert table.excludes_zero.all() and (table.ci_low > 0).all() and (table.ci_high < 1).all()
    worse = tier_f1_bootstrap(labels, guess, labels, tiers, classes, logits.shape[1], n_resamples=30, seed=1, level=0.95)
    assert worse.excludes_zero.all() and (worse.ci_high < 0).all()
    for tier in ("head", "mid", "tail"):
        m = tiers == tier
        assert table.loc[tier, "n"] == m.sum()
        point = 1.0 - f1_score(labels[m], guess[m], labels=classes[tier], average="macro", zero_division=0)
        assert table.loc[tier, "difference"] == pytest.approx(point, abs=1e-12)
    seeded = {"n_resamples": 1000, "level": 0.95}
    first = tier_f1_bootstrap(guess, labels, labels, tiers, classes, logits.shape[1], seed=42, **seeded)
    again = tier_f1_bootstrap(guess, labels, labels, tiers, classes, logits.shape[1], seed=42, **seeded)
    assert first.equals(again) and not first.equals(
        tier_f1_bootstrap(guess, labels, labels, tiers, classes, logits.shape[1], seed=43, **seeded)
    )
