"""Which arms a study has: grid points, seeds and post-hoc arms become names, and adding one adds
names without changing any existing one."""

import copy
from pathlib import Path

import pytest
import yaml

from kdcal.config import ConfigError, check_references
from kdcal.plan import grid_name, grid_points, recipes, study_plan

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
