"""Ensembles as arms: the members' probabilities averaged, members checked to share rows, and the
ensemble planned like a trained arm (post-hoc arms included) but never trained."""

from pathlib import Path

import numpy as np
import pytest
import yaml
from scipy.special import softmax

from conftest import random_predictions
from kdcal.plan import study_plan
from kdcal.predictions import Predictions, PredictionsError, average_probabilities


def arm(logits, labels, ids=None):
    n = len(labels)
    return Predictions(logits, labels, np.array(["head"] * n), np.arange(n).astype(str) if ids is None else ids)


def test_an_ensemble_is_the_mean_of_its_members_probabilities(rng):
    a, labels = random_predictions(rng, n=50, k=4, scale=3.0)
    b = rng.normal(0, 5, a.shape)
    c = a * 30  # near one-hot rows: the mean must not underflow
    out = average_probabilities({"a.npz": arm(a, labels), "b.npz": arm(b, labels), "c.npz": arm(c, labels)})
    expected = (softmax(a, axis=1) + softmax(b, axis=1) + softmax(c, axis=1)) / 3
    assert np.allclose(np.exp(out.logits), expected, rtol=1e-12, atol=1e-15)
    assert np.array_equal(out.labels, labels) and np.array_equal(out.row_ids, np.arange(50).astype(str))


def test_members_with_other_rows_are_refused_naming_the_file_and_row(rng):
    a, labels = random_predictions(rng, n=20, k=3)
    ids = np.arange(20).astype(str)
    shuffled = ids.copy()
    shuffled[[4, 7]] = shuffled[[7, 4]]
    with pytest.raises(PredictionsError, match=r"b\.npz: row id of row 4 is '7' but '4' in a\.npz \(2 rows differ\)"):
        average_probabilities({"a.npz": arm(a, labels, ids), "b.npz": arm(a, labels, shuffled)})
    with pytest.raises(PredictionsError, match=r"b\.npz: 10 rows x 3 classes, but a\.npz has 20 x 3"):
        average_probabilities({"a.npz": arm(a, labels), "b.npz": arm(a[:10], labels[:10])})
    other = labels.copy()
    other[3] = (other[3] + 1) % 3
    with pytest.raises(PredictionsError, match=r"b\.npz: label of row 3"):
        average_probabilities({"a.npz": arm(a, labels), "b.npz": arm(a, other)})


def test_an_ensemble_is_planned_like_a_trained_arm_but_not_trained():
    config = yaml.safe_load((Path(__file__).resolve().parents[1] / "config/config.yaml").read_text())
    config["ensembles"] = {"pair": ["vanilla_ts", "kd"]}
    plan = study_plan(config)
    assert plan.ensembles == {"pair": ["vanilla_ts", "kd"]}
    assert plan.study_arms[-5:] == ["pair", "pair_ts", "pair_vs", "pair_ms", "pair_hb"]
    assert "pair" in plan.fitted_arms and "pair" in plan.trained
    assert "pair" not in plan.students and "kd" in plan.students and "kd_s43" in plan.students
    assert "pair" not in {a.name for a in plan.sweep}


def test_a_fitted_map_file_reads_back_as_the_map_that_wrote_it(rng, tmp_path):
    import json

    from kdcal.calibration.maps import TemperatureScaler, fit_histogram_binning, fit_matrix_scaling
    from kdcal.calibration.registry import load_fitted_map

    logits, labels = random_predictions(rng, n=300, k=4, scale=3.0)
    (tmp_path / "t.json").write_text(json.dumps({"temperature": 1.7, "fit_method": "exact"}))
    assert np.array_equal(load_fitted_map(tmp_path / "t.json").transform(logits), TemperatureScaler(1.7).transform(logits))
    for name, (fitted, _) in {
        "ms": fit_matrix_scaling(logits, labels, [0.1], [10.0], folds=2),
        "hb": fit_histogram_binning(logits, labels),
    }.items():
        method = {"ms": "matrix_scaling", "hb": "histogram_binning"}[name]
        (tmp_path / f"{name}.json").write_text(json.dumps({"method": method, **fitted.to_record()}))
        assert np.array_equal(load_fitted_map(tmp_path / f"{name}.json").transform(logits), fitted.transform(logits))
    (tmp_path / "bad.json").write_text(json.dumps({"method": "dirichlet"}))
    with pytest.raises(
        ValueError, match=r"bad\.json: method 'dirichlet' is not one of temperature_scaling, vector_scaling, matrix_scaling"
    ):
        load_fitted_map(tmp_path / "bad.json")


def test_later_distillation_compares_only_the_second_generation_students(rng):
    """The measured later-distillation use ranks the students of other arms by their own NLL; the
    other uses still rank every arm."""
    from kdcal.evaluation.evaluate import evaluate_arm
    from kdcal.reporting.ship import LATER_DISTILLATION, which_to_ship

    logits, labels = random_predictions(rng, n=400, k=5, scale=3.0)
    tiers = np.where(labels < 2, "head", np.where(labels < 4, "mid", "tail"))
    shapes = {
        "vanilla": logits * 1.0,  # the best NLL of all, but not a second-generation student
        "from_kd": logits * 2.5,
        "from_vanilla": logits * 1.6,
    }
    results = {
        name: evaluate_arm(Predictions(z, labels, tiers, np.arange(400).astype(str)), np.arange(400), 15, 50, 0)
        for name, z in shapes.items()
    }
    nll = {name: -np.mean(np.log(softmax(z, axis=1)[np.arange(400), labels])) for name, z in shapes.items()}
    table = which_to_ship(results, list(shapes), 0.95, {"from_kd": "kd", "from_vanilla": "vanilla_ts"}).set_index("use")
    later = table.loc[LATER_DISTILLATION]
    best = min(("from_kd", "from_vanilla"), key=nll.get)
    assert later.best == best and later.runner_up == ({"from_kd", "from_vanilla"} - {best}).pop()
    assert later.best_value == pytest.approx(nll[best], abs=1e-9)
    assert table.loc["full distribution / later distillation"].best == min(nll, key=nll.get)
    assert LATER_DISTILLATION not in set(which_to_ship(results, list(shapes), 0.95).use)
