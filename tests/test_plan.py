"""Which arms a study has: grid points, seeds and post-hoc arms become names, and adding one adds
names without changing any existing one."""

import copy
from pathlib import Path

import pytest
import yaml

from kdcal.config import ConfigError
from kdcal.plan import check_references, grid_name, grid_points, recipes, study_plan

DEFAULT = yaml.safe_load((Path(__file__).resolve().parents[1] / "config" / "config.yaml").read_text())


def config(**changes):
    c = copy.deepcopy(DEFAULT)
    for dotted, value in changes.items():
        node = c
        *path, last = dotted.split("__")
        for key in path:
            node = node[key]
        node[last] = value
    return c


def test_the_published_grid_reuses_the_kd_arm_for_its_matching_point():
    names = list(recipes(DEFAULT, include_grid=True))
    assert names[:2] == ["vanilla", "kd"]
    assert "kd_T4_a0.7" not in names  # the kd arm is T 4, alpha 0.7, raw teacher
    assert set(names[2:]) == {"kd_T1_a0.7", "kd_T1_a0.9", "kd_T4_a0.9", "kd_T8_a0.7", "kd_T8_a0.9"}
    assert grid_name(4, 0.9, "calibrated") == "kd_cal_T4_a0.9"


def test_the_study_seed_keeps_plain_names_and_other_seeds_are_suffixed():
    plan = study_plan(DEFAULT)
    assert [a.name for a in plan.study] == ["vanilla", "kd"]
    sweep = {a.name: (a.recipe, a.seed) for a in plan.sweep}
    assert sweep["vanilla"] == ("vanilla", 42) and sweep["kd_s43"] == ("kd", 43)
    assert len(plan.sweep) == 7 * 3
    assert plan.evaluated(plan.study) == [f"{a}{s}" for a in ("vanilla", "kd") for s in ("", "_ts", "_vs", "_ms", "_hb")]
    assert plan.recipe_of(plan.sweep)["kd_T8_a0.9_s44_vs"] == ("kd_T8_a0.9_vs", 44)
    assert plan.recipe_of(plan.sweep)["kd_T8_a0.9_s44_hb"] == ("kd_T8_a0.9_hb", 44)


def test_adding_a_seed_or_a_grid_point_only_adds_arms():
    before = study_plan(config(sweep__seeds=[42, 43]))
    after = study_plan(
        config(
            sweep__seeds=[42, 43, 44],
            sweep__kd_grid={"distill_temperature": [1.0, 4.0, 8.0, 2.0], "alpha": [0.7, 0.9], "teacher": "raw"},
        )
    )
    old = {a.name: (a.recipe, a.seed, a.spec) for a in before.sweep}
    new = {a.name: (a.recipe, a.seed, a.spec) for a in after.sweep}
    assert all(new[name] == value for name, value in old.items())
    added = set(new) - set(old)
    assert {n for n in added if n.endswith("_s44")} and "kd_T2_a0.7" in added


def test_seed_is_the_only_difference_between_seeded_copies():
    plan = study_plan(DEFAULT)
    by_name = plan.trained
    assert by_name["kd_s43"].spec == by_name["kd"].spec and by_name["kd_s43"].seed == 43


def test_replay_has_no_sweep():
    c = config(mode="replay", replay={"teacher": None, "arms": {"vanilla": "a.npz", "kd": "b.npz"}})
    plan = study_plan(c)
    assert [a.name for a in plan.study] == ["vanilla", "kd"] and plan.sweep == []


def test_post_hoc_methods_follow_the_config():
    plan = study_plan(config(calibration__methods=["temperature_scaling"]))
    assert plan.evaluated(plan.study) == ["vanilla", "vanilla_ts", "kd", "kd_ts"]


def test_grid_points_name_each_pair_and_reuse_the_matching_arm():
    points = {(t, a): name for t, a, name, _ in grid_points(DEFAULT)}
    assert len(points) == 6 and points[(4.0, 0.7)] == "kd" and points[(8.0, 0.9)] == "kd_T8_a0.9"


def test_the_plan_names_every_view_of_the_arms_once():
    plan = study_plan(
        config(
            sweep__seeds=[42, 43],
            sweep__kd_grid={"distill_temperature": [4.0], "alpha": [0.7], "teacher": "raw"},
            calibration__methods=["temperature_scaling", "vector_scaling"],
        )
    )
    assert plan.study_arms == ["teacher", "vanilla", "vanilla_ts", "vanilla_vs", "kd", "kd_ts", "kd_vs"]
    assert plan.study_trained == ["vanilla", "kd"]
    assert plan.fitted_arms == ["teacher", "vanilla", "kd", "vanilla_s43", "kd_s43"]
    assert plan.sweep_arms[:4] == ["teacher", "vanilla", "vanilla_ts", "vanilla_vs"] and "kd_s43_vs" in plan.sweep_arms
    assert plan.evaluated_arms == list(dict.fromkeys(plan.study_arms + plan.sweep_arms))
    assert plan.sweep_recipes() == ["teacher", "vanilla", "vanilla_ts", "vanilla_vs", "kd", "kd_ts", "kd_vs"]
    assert plan.sweep_panels()["kd_ts"] == ["kd_ts", "kd_s43_ts"]
    groups = plan.by_method(plan.study_panels())
    assert list(groups) == ["trained (and teacher)", "with temperature scaling", "with vector scaling"]
    assert list(groups["with temperature scaling"]) == ["vanilla_ts", "kd_ts"]


def test_a_replay_without_teacher_has_no_teacher_arm():
    plan = study_plan(config(mode="replay", replay={"teacher": None, "arms": {"split": "a.npz"}}))
    assert plan.study_arms == ["split", "split_ts", "split_vs", "split_ms", "split_hb"] and plan.fitted_arms == ["split"]


def test_two_grid_points_with_one_short_name_are_refused():
    with pytest.raises(ConfigError, match="'kd_T1_a0.7' like another point"):
        grid_points(config(sweep__kd_grid={"distill_temperature": [1.0, 1.0000001], "alpha": [0.7], "teacher": "raw"}))


def test_references_name_arms_and_recipes_of_the_study():
    check_references(DEFAULT, study_plan(DEFAULT))
    with pytest.raises(ConfigError, match="'evaluation.headline.distilled': 'kd2' is not an arm"):
        bad = config(evaluation__headline={"posthoc": "vanilla_ts", "distilled": "kd2", "published_ratio": None})
        check_references(bad, study_plan(bad))
    with pytest.raises(ConfigError, match="'sweep.compare_with': 'nope' is not a recipe"):
        bad = config(sweep__compare_with=["nope"])
        check_references(bad, study_plan(bad))


# --- the typed arm model and the calibration registry ------------------------------------------


def test_every_arm_is_one_typed_object_with_its_kind_base_method_and_label():
    from kdcal.plan import ENSEMBLE, POSTHOC, TEACHER_KIND, TRAINED
    from recompute import LABELS

    plan = study_plan(config(ensembles={"both": ["vanilla", "kd"]}))
    arms = plan.arms
    assert arms["teacher"].kind == TEACHER_KIND and arms["vanilla"].kind == TRAINED and arms["both"].kind == ENSEMBLE
    kd_ms = arms["kd_ms"]
    assert (kd_ms.kind, kd_ms.base, kd_ms.method, kd_ms.recipe, kd_ms.seed) == (POSTHOC, "kd", "matrix_scaling", "kd_ms", 42)
    assert arms["kd_s43_vs"].recipe == "kd_vs" and arms["kd_s43_vs"].base == "kd_s43"
    # Labels written out by hand (tests/recompute.py), not by the code under test.
    assert plan.labels(list(LABELS)) == LABELS
    assert plan.labels(["both_hb", "kd_T1_a0.7"]) == {"both_hb": "both_hb", "kd_T1_a0.7": "kd_T1_a0.7"}
    assert plan.families(["kd_ts", "kd", "both_vs", "teacher"]) == {
        "kd_ts": "kd",
        "kd": "kd",
        "both_vs": "both",
        "teacher": "teacher",
    }
    assert plan.temperature_arms() == {
        "teacher": "teacher_ts",
        "vanilla": "vanilla_ts",
        "vanilla_ts": "vanilla_ts",
        "kd": "kd_ts",
        "kd_ts": "kd_ts",
        "both": "both_ts",
        "both_ts": "both_ts",
    }
    assert plan.markers({"kd": ["kd"], "kd_ts": ["kd_ts", "kd_s43_ts"], "kd_hb": ["kd_hb"]}) == {
        "kd": "o",
        "kd_ts": "s",
        "kd_hb": "v",
    }
    # A teacher named by arm:<name>: a configured trained arm or one of its post-hoc arms.
    assert plan.teacher_source("kd_vs") == ("kd", "vector_scaling") and plan.teacher_source("kd") == ("kd", None)
    assert plan.teacher_source("kd_s43") is None and plan.teacher_source("both") is None and plan.teacher_source("x") is None


def test_the_teacher_key_is_one_tagged_value():
    from kdcal.training.losses import TeacherChoice, teacher_choice

    assert teacher_choice({}) == TeacherChoice("raw")
    assert teacher_choice({"teacher": "calibrated"}) == TeacherChoice("calibrated")
    assert teacher_choice({"teacher": 1.25}) == TeacherChoice("divisor", divisor=1.25)
    assert teacher_choice({"teacher": "arm:kd_ts"}) == TeacherChoice("arm", arm="kd_ts")
    with pytest.raises(
        ConfigError, match=r"an arm's teacher is 'warm'; expected raw, calibrated, a positive number or arm:<name>"
    ):
        teacher_choice({"teacher": "warm"})


def test_the_schema_lists_every_registered_method_and_reserves_every_suffix():
    import re

    from kdcal.calibration.registry import REGISTRY

    schema = yaml.safe_load((Path(__file__).resolve().parents[1] / "workflow" / "schemas" / "config.schema.yaml").read_text())
    methods = schema["properties"]["calibration"]["properties"]["methods"]
    assert methods["items"]["enum"] == list(REGISTRY) == methods["default"]
    pattern = re.compile(schema["$defs"]["arm_name"]["pattern"])
    for entry in REGISTRY.values():
        assert pattern.match("kd") and not pattern.match(f"kd_{entry.suffix}"), entry.suffix


def test_a_map_added_through_the_registry_alone_is_planned_fitted_evaluated_and_tabled(rng, tmp_path):
    """A toy map (class 0's logit raised by its share of the cal rows) is one
    CalibrationMap subclass and one register call; the plan names its arms, the one fit/apply pair
    fits, stores and reloads it, the evaluation measures it and the table labels its row."""
    from dataclasses import dataclass

    import numpy as np

    from kdcal.calibration.maps import CalibrationMap
    from kdcal.calibration.registry import PosthocMethod, fit_map, load_fitted_map, register, unregister
    from kdcal.evaluation.evaluate import evaluate_arm, summarise
    from kdcal.predictions import Predictions
    from kdcal.protocol import PROTOCOLS
    from kdcal.reporting.results_table import render_table
    from kdcal.runtime import write_json_atomic

    @dataclass
    class ShiftFirst(CalibrationMap):
        shift: float | None = None

        @property
        def is_fitted(self):
            return self.shift is not None

        def fit(self, logits, labels):
            self.shift = float(np.mean(labels == 0))
            return self

        def _transform(self, logits):
            out = np.array(logits, dtype=np.float64)
            out[:, 0] += self.shift
            return out

        def to_record(self):
            return {"shift": self.shift}

        @classmethod
        def from_record(cls, record):
            return cls(record["shift"])

        def summary(self):
            return f"shift {self.shift:g}"

    register(PosthocMethod("shift_first", "sf", "first-class shift", "P", ShiftFirst, lambda z, y: (ShiftFirst().fit(z, y), [])))
    try:
        plan = study_plan(config(calibration__methods=["temperature_scaling", "shift_first"]))
        assert plan.study_arms == ["teacher", "vanilla", "vanilla_ts", "vanilla_sf", "kd", "kd_ts", "kd_sf"]
        assert plan.labels(["kd_sf"]) == {"kd_sf": "distilled + first-class shift"}
        assert plan.markers({"kd_sf": ["kd_sf"]}) == {"kd_sf": "P"}
        with pytest.raises(RuntimeError, match="^ShiftFirst.transform called before fit$"):
            ShiftFirst().transform(np.zeros((1, 3)))

        logits = rng.normal(size=(400, 3)) * 2
        labels = rng.integers(0, 3, 400)
        cal, ev = np.arange(200), np.arange(200, 400)
        fitted, cv, record = fit_map("shift_first", logits[cal], labels[cal], {}, "toy")
        assert record["method"] == "shift_first" and record["shift"] == fitted.shift == pytest.approx(np.mean(labels[cal] == 0))
        assert cv == []
        write_json_atomic(tmp_path / "kd_sf.json", record)
        shifted = load_fitted_map(tmp_path / "kd_sf.json").transform(logits)
        expected = logits.copy()
        expected[:, 0] += np.mean(labels[cal] == 0)
        assert np.array_equal(shifted, expected)

        tiers = np.array(["head", "mid", "tail"])[labels]
        results = {
            arm: evaluate_arm(Predictions(z, labels, tiers, np.arange(400).astype(str)), ev, 10, 50, 0, top_k=(1,))
            for arm, z in {"vanilla": logits, "vanilla_ts": logits / 1.5, "kd": logits * 0.8, "kd_sf": shifted}.items()
        }
        frame = summarise(results, "vanilla", ("vanilla", "vanilla_ts", "kd"))
        arms = ["vanilla", "vanilla_ts", "kd", "kd_sf"]
        text = render_table(
            frame,
            arms,
            {},
            {"all": 200, "head": 1, "mid": 1, "tail": 1},
            headline=("vanilla", "vanilla_ts", "kd"),
            level=0.95,
            protocol=PROTOCOLS["kdcal"],
            labels=plan.labels(arms),
        )
        ece = frame[(frame.arm == "kd_sf") & (frame.subset == "all") & (frame.metric == "ece")].value.iloc[0]
        assert f"| distilled + first-class shift | {ece:.4f}" in text
    finally:
        unregister("shift_first")


# --- what each rule gets (kdcal.plan.rules) --------------------------------------------------------


def test_the_rules_get_the_outputs_analyses_and_evaluation_settings_of_the_study():
    from kdcal.plan.rules import StudyRules

    rules = StudyRules(DEFAULT)
    assert list(rules.analyses) == [
        "coverage",
        "teacher_diagnostics",
        "teacher_temperature",
        "agreement",
        "tier_f1_bootstrap",
        "per_class",
    ]
    assert rules.study_outputs()[:2] == ["results/table.md", "results/metrics.tsv"]
    assert "results/figures/reliability.png" in rules.study_outputs()
    assert rules.headline_arms() == ["vanilla", "vanilla_ts", "kd"]
    ev = DEFAULT["evaluation"]
    assert rules.evaluation.for_arm() == {
        "ece_bins": ev["ece_bins"],
        "resamples": ev["bootstrap_resamples"],
        "seed": ev["bootstrap_seed"],
        "floor_draws": ev["floor_draws"],
        "top_k": ev["top_k"],
        "conformal": ev["conformal"],
    }
    assert rules.analysis_arms() == rules.plan.study_arms  # the kdcal protocol: every arm on the eval half
    course = StudyRules(config(protocol="course"))
    assert course.analysis_arms() == ["teacher", "vanilla", "kd"]
    assert course.calibration_settings("ts") == {"fit": "course_lbfgs"} and rules.calibration_settings("ts") == {"fit": "exact"}
    assert rules.calibration_settings("vs") == DEFAULT["calibration"]["vector_scaling"]
    assert rules.calibration_method("hb") == "histogram_binning"


def test_a_students_inputs_follow_its_teacher():
    from kdcal.plan.rules import StudyRules

    arms = {
        "vanilla": {"loss": "ce"},
        "kd": {"loss": "kd", "distill_temperature": 4.0, "alpha": 0.7},
        "kd_cal": {"loss": "kd", "distill_temperature": 4.0, "alpha": 0.7, "teacher": "calibrated"},
        "kd_top": {"loss": "kd", "distill_temperature": 4.0, "alpha": 0.7, "teacher_topk": 5},
        "second": {"loss": "kd", "distill_temperature": 2.0, "alpha": 0.5, "teacher": "arm:vanilla_ms"},
    }
    rules = StudyRules(config(arms=arms, teacher__topk_missing_mass="uniform"))
    assert "teacher_logits" not in rules.student_inputs("vanilla")
    assert rules.student_inputs("kd")["teacher_logits"] == "results/teacher/train_logits.npz"
    assert rules.student_inputs("kd_cal")["teacher_calibration"] == "results/calibration/teacher_ts.json"
    assert rules.student_inputs("kd_top")["teacher_logits"] == "results/teacher/top5/train_logits.npz"
    assert rules.arm_spec("kd_top")["topk_missing_mass"] == "uniform"
    second = rules.student_inputs("second")
    assert second["teacher_logits"] == "results/students/vanilla/train_logits.npz"
    assert second["teacher_map"] == "results/calibration/vanilla_ms.json"
    assert rules.second_generation() == {"second": "vanilla_ms"}
    assert rules.teacher_divisors() == {"kd": "raw", "kd_cal": "calibrated", "kd_top": "raw"}
    # Cadences are resources, not params: changing them reruns nothing.
    assert not set(rules.training_params("kd")) & {"log_every", "checkpoint_every"}
    assert rules.training_params("kd")["seed"] == DEFAULT["student"]["training"]["seed"]
