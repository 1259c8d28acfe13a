"""Config values that pass the schema key by key but cannot work: each is refused before any job,
naming the key. One case per value found by going through every schema entry; the workflow test
(test_workflow.py, BAD_CONFIGS) checks that the refusal happens before the first job."""

import copy
import re
from pathlib import Path

import pytest
import yaml
from snakemake.exceptions import WorkflowError
from snakemake.utils import validate

from kdcal.config import ConfigError, describe_validation_error
from kdcal.plan import check_references, study_plan
from workflow_helpers import merge_config

REPO = Path(__file__).resolve().parents[1]
SCHEMA = str(REPO / "workflow" / "schemas" / "config.schema.yaml")
DEFAULT = yaml.safe_load((REPO / "config" / "config.yaml").read_text())


def changed(**changes):
    c = copy.deepcopy(DEFAULT)
    for dotted, value in changes.items():
        node = c
        *path, last = dotted.split("__")
        for key in path:
            node = node.setdefault(key, {})
        node[last] = value
    return c


def refusal(config) -> str:
    """The one-line message kdcal stops with (schema first, then the cross-key checks)."""
    try:
        validate(config, SCHEMA, set_default=True)
    except WorkflowError as err:
        return describe_validation_error(err)
    try:
        check_references(config, study_plan(config))
    except ConfigError as err:
        return str(err)
    return ""


TOO_BIG_SEED = 2**32  # numpy's legacy RandomState and torch.manual_seed take 0 .. 2^32 - 1
CASES = {
    "training seed above 2^32 - 1": ({"student__training__seed": TOO_BIG_SEED}, ["student.training.seed", "<= 4294967295"]),
    "dataset seed above 2^32 - 1": ({"dataset__seed": TOO_BIG_SEED}, ["dataset.seed", "<= 4294967295"]),
    "sweep seed above 2^32 - 1": ({"sweep__seeds": [42, TOO_BIG_SEED]}, ["sweep.seeds", "<= 4294967295"]),
    "bootstrap seed above 2^32 - 1": ({"evaluation__bootstrap_seed": TOO_BIG_SEED}, ["evaluation.bootstrap_seed"]),
    "split seed + 999 above 2^32 - 1": ({"split__seed": 2**32 - 999}, ["split.seed", "<= 4294966296"]),
    "bootstrap resamples needing tens of GiB": ({"evaluation__bootstrap_resamples": 10**6}, ["bootstrap_resamples", "<= 20000"]),
    "heads that do not divide the hidden size": (
        {"student__model__num_heads": 3},
        ["student.model.num_heads", "3 does not divide", "hidden_size 128"],
    ),
    "table dataset without a path": ({"dataset__source": "table"}, ["dataset.source is table", "dataset.path is not set"]),
    "teacher outputs without a file": ({"teacher__source": "logits"}, ["teacher.source is logits", "teacher.file"]),
    "teacher outputs in another format": (
        {"teacher__source": "logits", "teacher__file": "teacher.csv"},
        ["teacher.file", "teacher.csv", ".npz or .parquet"],
    ),
    "one class name": ({"dataset__label_names": ["only"]}, ["dataset.label_names", "too short"]),
    "a class name twice": ({"dataset__label_names": ["a", "b", "a"]}, ["dataset.label_names", "non-unique"]),
    "checkpoint teacher without a model": (
        {"teacher__source": "checkpoint"},
        ["teacher.source is checkpoint", "teacher.name_or_path"],
    ),
    "published-logits teacher without files": (
        {"teacher__source": "logits_files", "teacher__train_logits": "t.npz"},
        ["teacher.source is logits_files", "teacher.val_logits"],
    ),
    "an arm name too long for a file name": (
        {"arms": {"vanilla": {"loss": "ce"}, "kd": DEFAULT["arms"]["kd"], "a" * 150: {"loss": "ce"}}},
        ["arm name 'aaaa", "at most 100 characters"],
    ),
    "an unknown conformal method": (
        {"evaluation__conformal__methods": ["lac", "thr"]},
        ["evaluation.conformal.methods.1", "'thr' is not one of ['lac', 'aps', 'raps']"],
    ),
    "a conformal alpha outside (0, 1)": (
        {"evaluation__conformal__alphas": [0.1, 1.5]},
        ["evaluation.conformal.alphas.1", "1.5", "< 1"],
    ),
    "a validation of 5 rows": (
        {"dataset__sizes__val": 5},
        ["dataset.sizes.val", "a cal half of 2 and an eval half of 3", "evaluation.min_rows = 30", "at least 60 rows"],
    ),
    "a half just below evaluation.min_rows": ({"dataset__sizes__val": 59}, ["a cal half of 29 and an eval half of 30"]),
    "published logits read as probabilities": (
        {
            "teacher__source": "logits_files",
            "teacher__train_logits": "t.npz",
            "teacher__val_logits": "v.npz",
            "teacher__scores": "probs",
        },
        ["teacher.scores", "'probs'", "reads the logits array"],
    ),
    "a conformal alpha of 0": ({"evaluation__conformal__alphas": [0]}, ["evaluation.conformal.alphas.0", "> 0"]),
    "a top-k of 0": ({"evaluation__top_k": [0, 3]}, ["evaluation.top_k.0", ">= 1"]),
    "a top-k twice": ({"evaluation__top_k": [3, 3]}, ["evaluation.top_k", "non-unique"]),
    "the teacher as baseline": ({"evaluation__baseline": "teacher"}, ["evaluation.baseline", "'teacher' is not a student"]),
    "a headline arm equal to the baseline": (
        {"evaluation__headline": {"posthoc": "vanilla", "distilled": "kd"}},
        ["evaluation.headline.posthoc", "also evaluation.baseline"],
    ),
    "a teacher arm that does not exist": (
        {"arms__kd__teacher": "arm:kd_calibrated"},
        ["arms.kd.teacher", "arm:kd_calibrated names no trained arm", "arm:vanilla_ts"],
    ),
    "a teacher arm that is the arm itself": ({"arms__kd__teacher": "arm:kd_ts"}, ["arms.kd.teacher", "cycle (kd -> kd)"]),
    "teacher arms in a cycle": (
        {
            "arms__kd__teacher": "arm:kd2",
            "arms__kd2": {"loss": "kd", "distill_temperature": 2.0, "alpha": 0.5, "teacher": "arm:kd_vs"},
        },
        ["arms.kd.teacher", "cycle (kd -> kd2 -> kd)"],
    ),
    "a teacher arm for a loss without a teacher": (
        {"arms__vanilla__teacher": "arm:kd"},
        ["arm 'vanilla' sets teacher: arm:kd", "does not use the teacher"],
    ),
    "a top-k teacher on a loss other than kd": (
        {"arms__kd_hard": {"loss": "kd_hard", "teacher_topk": 5}},
        ["arm 'kd_hard' sets teacher_topk", "loss is kd_hard", "only kd"],
    ),
    "a top-k teacher of another arm": (
        {"arms__kd2": {"loss": "kd", "distill_temperature": 2.0, "alpha": 0.5, "teacher": "arm:vanilla", "teacher_topk": 5}},
        ["arm 'kd2' sets teacher_topk with teacher: arm:vanilla", "the study's teacher"],
    ),
    "a missing-mass treatment without a top k": (
        {"arms__kd__topk_missing_mass": "renormalise"},
        ["arm 'kd' sets topk_missing_mass but not teacher_topk"],
    ),
    "a top k of 0": ({"arms__kd__teacher_topk": 0}, ["arms.kd.teacher_topk", ">= 1"]),
    "an unknown missing-mass treatment": (
        {"arms__kd__teacher_topk": 5, "arms__kd__topk_missing_mass": "spread"},
        ["arms.kd.topk_missing_mass", "'spread' is not one of ['uniform', 'renormalise']"],
    ),
    "an ensemble of one arm": ({"ensembles": {"pair": ["vanilla"]}}, ["ensembles.pair", "too short"]),
    "an ensemble named like an arm": ({"ensembles": {"kd": ["vanilla", "teacher"]}}, ["ensembles.kd", "already an arm"]),
    "an ensemble of an unknown arm": (
        {"ensembles": {"pair": ["vanilla", "kd_calibrated"]}},
        ["ensembles.pair", "'kd_calibrated' is not an arm of this study", "vanilla_ts"],
    ),
    "an ensemble of an ensemble": (
        {"ensembles": {"pair": ["vanilla", "kd"], "more": ["pair_ts", "teacher"]}},
        ["ensembles.more", "'pair_ts' is an ensemble"],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_value_that_would_fail_inside_a_job_is_refused_up_front(case):
    changes, expected = CASES[case]
    message = refusal(changed(**changes))
    for part in expected:
        assert part in message, f"{part!r} not in {message!r}"
    assert "\n" not in message


def test_evaluation_min_rows_admits_a_split_whose_halves_reach_it():
    assert refusal(changed(dataset__sizes__val=60)) == ""
    # Fixed splits are checked by split_validation once their size is known.
    assert "min_rows" not in refusal(
        changed(dataset__sizes__val=5, dataset__source="table", dataset__path="t.csv", dataset__split_column="part")
    )


@pytest.mark.parametrize(
    ("arm", "refused"),
    [
        ({"loss": "ce", "alpha": 0.5}, "sets alpha: 0.5 but its loss ce does not read it"),
        (
            {"loss": "ce", "distill_temperature": 4.0, "alpha": 0.7},
            "sets distill_temperature: 4.0, alpha: 0.7 but its loss ce does not read them",
        ),
        (
            {"loss": "kd", "distill_temperature": 4.0, "alpha": 0.7, "epsilon": 0.1},
            "sets epsilon: 0.1 but its loss kd does not read it",
        ),
        (
            {"loss": "label_smoothing", "epsilon": 0.1, "teacher": "raw"},
            "sets teacher: raw but its loss label_smoothing does not read it",
        ),
        ({"loss": "kd_hard", "alpha": 0.7}, "sets alpha: 0.7 but its loss kd_hard does not read it"),
        ({"loss": "kd_hard", "teacher": 1.25}, "sets teacher: 1.25 but its loss kd_hard reads the teacher's argmax"),
        # the old spelling of a key the loss does not read is refused as the user wrote it
        ({"loss": "ce", "temperature": 4.0}, "sets distill_temperature: 4.0 but its loss ce does not read it"),
    ],
)
def test_a_key_the_arms_loss_does_not_read_is_refused_naming_arm_key_and_loss(arm, refused):
    from kdcal.config import rename_deprecated_keys, unread_arm_keys

    written = {"arms": {"mine": arm}}
    merged = merge_config(copy.deepcopy(DEFAULT), copy.deepcopy(written))
    rename_deprecated_keys(merged, written)
    with pytest.raises(ConfigError, match=rf"^config: arm 'mine' {re.escape(refused)}"):
        unread_arm_keys(merged, written)


def test_a_default_key_left_by_a_changed_loss_is_dropped_and_reruns_nothing_it_should_not():
    """A user's file that turns kd into a ce arm cannot remove config.yaml's distill_temperature,
    alpha and teacher of kd (a merge only adds): those are dropped with one line, and the arm is
    the same ce arm as one written from scratch."""
    from kdcal.config import unread_arm_keys

    written = {"arms": {"kd": {"loss": "ce"}}}
    merged = merge_config(copy.deepcopy(DEFAULT), copy.deepcopy(written))
    lines = unread_arm_keys(merged, written)
    assert merged["arms"]["kd"] == {"loss": "ce"}
    dropped = "distill_temperature, alpha, teacher (set in the workflow's config/config.yaml for another loss): dropped"
    assert lines == [f"config: arm 'kd' has loss ce, which does not read {dropped}"]
    assert unread_arm_keys(copy.deepcopy(DEFAULT), {}) == []


def test_the_shipped_configs_pass():
    for path in sorted((REPO / "config").glob("*.yaml")):
        merged = merge_config(copy.deepcopy(DEFAULT), yaml.safe_load(path.read_text()) or {})
        assert refusal(merged) == "", path.name


def test_a_config_file_that_changes_one_arm_keeps_the_default_arms_order():
    """Snakemake merges a --configfile first and config.yaml after it: {arms: {kd: {alpha: 0.5}}}
    arrives as kd, vanilla. The default arms go back first in config.yaml's order, new ones after."""
    from kdcal.config import arms_in_default_order

    merged = {"arms": {"kd": {"alpha": 0.5}, "ls": {"loss": "label_smoothing"}, "vanilla": {"loss": "ce"}}}
    arms_in_default_order(merged, DEFAULT)
    assert list(merged["arms"]) == ["vanilla", "kd", "ls"]
    assert merged["arms"]["kd"] == {"alpha": 0.5}


def test_the_old_spellings_of_the_three_temperatures_are_translated_with_a_deprecation_line():
    """arms.<name>.temperature and sweep.kd_grid.temperature are now distill_temperature, and the
    calibration method temperature is temperature_scaling. A user's file with the old spelling is
    merged over config.yaml, which has the new one: the user's value wins, and the result is the
    config the new spelling gives (same arms, same params, so nothing reruns for the spelling)."""
    from kdcal.config import rename_deprecated_keys

    old = {
        "arms": {"kd": {"temperature": 2.0}, "kd8": {"loss": "kd", "temperature": 8.0, "alpha": 0.5}},
        "sweep": {"kd_grid": {"temperature": [2.0, 3.0]}},
        "calibration": {"methods": ["temperature", "vector_scaling"]},
    }
    new = {
        "arms": {"kd": {"distill_temperature": 2.0}, "kd8": {"loss": "kd", "distill_temperature": 8.0, "alpha": 0.5}},
        "sweep": {"kd_grid": {"distill_temperature": [2.0, 3.0]}},
        "calibration": {"methods": ["temperature_scaling", "vector_scaling"]},
    }
    merged_old, merged_new = (merge_config(copy.deepcopy(DEFAULT), copy.deepcopy(c)) for c in (old, new))
    lines = rename_deprecated_keys(merged_old, old)
    assert rename_deprecated_keys(merged_new, new) == []
    assert merged_old == merged_new
    assert merged_old["arms"]["kd"]["distill_temperature"] == 2.0 and "temperature" not in merged_old["arms"]["kd"]
    assert refusal(merged_old) == ""
    assert study_plan(merged_old).trained.keys() == study_plan(merged_new).trained.keys()
    tail = "; the old spelling still works but is deprecated"
    assert lines == [
        "config: 'arms.kd.temperature' is now spelled 'arms.kd.distill_temperature'" + tail,
        "config: 'arms.kd8.temperature' is now spelled 'arms.kd8.distill_temperature'" + tail,
        "config: 'sweep.kd_grid.temperature' is now spelled 'sweep.kd_grid.distill_temperature'" + tail,
        "config: calibration.methods 'temperature' is now spelled 'temperature_scaling'" + tail,
    ]


@pytest.mark.parametrize(
    "written",
    [
        {"arms": {"kd8": {"loss": "kd", "temperature": 8.0, "distill_temperature": 2.0, "alpha": 0.5}}},
        # the same value twice: refused too, a reader cannot tell which spelling is meant
        {"arms": {"kd8": {"loss": "kd", "temperature": 8.0, "distill_temperature": 8.0, "alpha": 0.5}}},
        # the new spelling at the workflow's default (4.0) beside the old: once the old one silently won
        {"arms": {"kd": {"temperature": 2.0, "distill_temperature": 4.0}}},
        {"sweep": {"kd_grid": {"temperature": [2.0], "distill_temperature": [2.0, 4.0]}}},
    ],
)
def test_an_old_spelling_beside_its_new_one_is_refused_naming_both_keys_whatever_the_values(written):
    from kdcal.config import rename_deprecated_keys

    where = "sweep.kd_grid" if "sweep" in written else f"arms.{next(iter(written['arms']))}"
    merged = merge_config(copy.deepcopy(DEFAULT), copy.deepcopy(written))
    pattern = rf"^config: '{re.escape(where)}\.temperature' and '{re.escape(where)}\.distill_temperature' are both set .*keep only 'distill_temperature'$"
    with pytest.raises(ConfigError, match=pattern):
        rename_deprecated_keys(merged, written)


def test_an_old_calibration_method_beside_its_new_spelling_is_refused():
    from kdcal.config import rename_deprecated_keys

    written = {"calibration": {"methods": ["temperature", "temperature_scaling"]}}
    with pytest.raises(ConfigError, match=r"lists both 'temperature' and 'temperature_scaling'"):
        rename_deprecated_keys(merge_config(copy.deepcopy(DEFAULT), copy.deepcopy(written)), written)
