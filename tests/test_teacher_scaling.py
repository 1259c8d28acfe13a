"""One teacher temperature, stated: the Kaggle config distils from the published *_final logits as
they are, a fixed divisor on an already-scaled teacher file is refused unless the arm says so, and
the teacher's NLL-optimal temperature after each arm's divisor shows a double scaling."""

import copy

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from snakemake.utils import validate

from kdcal.config import ConfigError, check_teacher_scaling
from kdcal.evaluation.analysis import teacher_temperature_table
from kdcal.plan import recipes
from kdcal.predictions import save_teacher_outputs
from kdcal.teachers.files import TeacherError, check_teacher_divisor, name_says_scaled, stated_temperature
from workflow_helpers import REPO, copy_workflow, snakemake

KAGGLE = yaml.safe_load((REPO / "config/kaggle-t4.yaml").read_text())
PUBLISHED = "hf://datasets/earino/ecbs5200-week6-teacher-logits/"


def test_the_kaggle_study_distils_from_the_final_logits_as_they_are():
    # The dataset card: *_final.npz holds the logits already divided by T = 1.2538, and the course
    # distilled from it as it is. So: that file, and no further divisor.
    assert KAGGLE["teacher"]["train_logits"] == PUBLISHED + "train_test_logits_qwen3_32b_canonical_final.npz"
    assert KAGGLE["teacher"]["val_logits"] == PUBLISHED + "val_logits_canonical_final.npz"
    assert KAGGLE["arms"]["kd"]["teacher"] == "raw"
    assert not KAGGLE["arms"]["kd"].get("teacher_scaled", False)


def kaggle_with(**kd):
    config = copy.deepcopy(KAGGLE)
    config["arms"]["kd"].update(kd)
    validate(config, str(REPO / "workflow/schemas/config.schema.yaml"))
    return config


def test_a_fixed_divisor_on_the_final_logits_is_refused_at_config_time():
    with pytest.raises(ConfigError) as err:
        check_teacher_scaling(kaggle_with(teacher=1.25))
    message = str(err.value)
    for part in ("arm 'kd' divides the teacher's logits by 1.25", "arms.kd.teacher", "its name has the word 'final'"):
        assert part in message
    assert "teacher: raw" in message and "arms.kd.teacher_scaled: true" in message
    check_teacher_scaling(kaggle_with(teacher=1.25, teacher_scaled=True))  # on purpose: allowed
    check_teacher_scaling(kaggle_with(teacher="raw"))
    check_teacher_scaling(kaggle_with(teacher="calibrated"))  # a fitted T finds ~1 on scaled logits: harmless
    raw = kaggle_with(teacher=1.2538)
    raw["teacher"]["train_logits"] = PUBLISHED + "train_test_logits_qwen3_32b_canonical_raw.npz"
    check_teacher_scaling(raw)  # the other way to the course's teacher: the raw file divided once


@pytest.mark.parametrize(
    ("name", "scaled"),
    [
        ("train_test_logits_qwen3_32b_canonical_final.npz", True),
        ("val_logits_canonical_final.npz", True),
        ("https://example.org/teacher-calibrated.parquet?download=1", True),
        ("logits.temperature_scaled.npz", True),
        ("train_test_logits_qwen3_32b_canonical_raw.npz", False),
        ("finalists_logits.npz", False),  # a word, not a substring
        ("/data/final/logits.npz", False),  # the file's name, not its folder
    ],
)
def test_which_names_mark_a_teacher_file_as_scaled(name, scaled):
    assert (name_says_scaled(name) is not None) == scaled


def test_a_temperature_stated_in_the_file_is_found_in_npz_and_parquet(tmp_path):
    logits = np.zeros((3, 4), np.float16)
    np.savez(tmp_path / "a.npz", logits=logits, temperature=np.float64(1.2538))
    np.savez(tmp_path / "b.npz", logits=logits, calibration_temperature=np.array([1.5]))
    np.savez(tmp_path / "c.npz", logits=logits, temperature=np.float64(1.0))  # 1 = not scaled
    np.savez(tmp_path / "d.npz", logits=logits)
    table = pa.table({"row_id": ["a"], "logits": [[0.0, 1.0]]}).replace_schema_metadata({"temperature": "1.3"})
    pq.write_table(table, tmp_path / "e.parquet")
    (tmp_path / "broken.npz").write_bytes(b"not a zip")
    assert stated_temperature(tmp_path / "a.npz") == pytest.approx(1.2538)
    assert stated_temperature(tmp_path / "b.npz") == pytest.approx(1.5)
    assert stated_temperature(tmp_path / "c.npz") is None
    assert stated_temperature(tmp_path / "d.npz") is None
    assert stated_temperature(tmp_path / "e.parquet") == pytest.approx(1.3)
    assert stated_temperature(tmp_path / "broken.npz") is None  # the import job reports the file itself
    assert stated_temperature(tmp_path / "missing.npz") is None
    # A local file whose name says nothing but whose content does is refused at config time too.
    config = kaggle_with(teacher=1.25)
    config["teacher"]["train_logits"] = str(tmp_path / "a.npz")
    with pytest.raises(ConfigError, match=r"it states temperature 1\.2538"):
        check_teacher_scaling(config)


def test_the_import_keeps_the_stated_temperature_so_the_distilled_arm_refuses_it(tmp_path):
    # An hf:// file is not local at config time: the import job keeps what it states in kdcal's
    # training file, and the distilled arm's job checks it before training.
    rng = np.random.default_rng(0)
    n, k = 10, 4
    row_ids, labels = np.array([f"r{i}" for i in range(n)]), rng.integers(0, k, n)
    train, val = np.arange(6), np.arange(6, 10)
    logits = rng.normal(size=(n, k))
    tiers = np.array(["head"] * 4)
    args = {
        "train_logits": logits[train],
        "val_logits": logits[val],
        "row_ids": row_ids,
        "labels": labels,
        "tiers_of_val": tiers,
        "train": train,
        "val": val,
    }
    save_teacher_outputs(tmp_path / "train.npz", tmp_path / "val.npz", **args, stated_temperature=1.2538)
    save_teacher_outputs(tmp_path / "plain_train.npz", tmp_path / "plain_val.npz", **args)
    assert stated_temperature(tmp_path / "train.npz") == pytest.approx(1.2538)
    assert stated_temperature(tmp_path / "plain_train.npz") is None
    spec = {"loss": "kd", "distill_temperature": 4.0, "alpha": 0.7, "teacher": 1.25}
    with pytest.raises(TeacherError, match=r"arm 'kd' divides the teacher's logits by 1\.25.*states temperature 1\.2538"):
        check_teacher_divisor("kd", spec, "it states temperature 1.2538", "results/teacher/train_logits.npz")
    check_teacher_divisor("kd", {**spec, "teacher_scaled": True}, "it states temperature 1.2538", "x")
    check_teacher_divisor("kd", spec, None, "x")


def test_teacher_scaled_false_leaves_every_recipe_as_it_was():
    # The schema fills teacher_scaled: false into every arm; a trained student's params, and the
    # grid point that equals the kd arm, must not change because of it.
    config = yaml.safe_load((REPO / "config/config.yaml").read_text())
    before = recipes(copy.deepcopy(config), include_grid=True)
    validate(config, str(REPO / "workflow/schemas/config.schema.yaml"))
    assert config["arms"]["kd"]["teacher_scaled"] is False
    after = recipes(config, include_grid=True)
    assert list(after) == list(before)
    assert all("teacher_scaled" not in spec for spec in after.values())


def nll(logits, labels, t):
    """Mean -log softmax(logits / t)[label], by hand (log-sum-exp with the row maximum taken out)."""
    z = logits / t
    z = z - z.max(axis=1, keepdims=True)
    return float(np.mean(np.log(np.exp(z).sum(axis=1)) - z[np.arange(len(labels)), labels]))


def test_the_teacher_temperature_table_shows_a_double_scaling():
    # Labels drawn from softmax(logits): the logits are calibrated, so T* ~ 1 as they are, and
    # ~ 1 / 1.25 = 0.8 after dividing them by 1.25 once more.
    rng = np.random.default_rng(7)
    n, k = 6000, 10
    logits = rng.normal(size=(n, k)) * 2.5
    p = np.exp(logits - logits.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    labels = np.array([rng.choice(k, p=row) for row in p])
    order = rng.permutation(n)
    sets = {"eval": order[n // 2 :], "full_val": np.arange(n)}
    table = teacher_temperature_table(logits, labels, sets, {"kd": 1.0, "kd_twice": 1.25})
    assert list(table.columns) == ["arm", "divisor", "rows", "optimal_temperature", "nll", "nll_at_optimum"]
    assert table.arm.tolist() == ["teacher", "teacher", "kd", "kd", "kd_twice", "kd_twice"]
    full = table[table.rows == "full_val"].set_index("arm")
    assert full.optimal_temperature["teacher"] == pytest.approx(1.0, abs=0.05)
    assert full.optimal_temperature["kd_twice"] == pytest.approx(0.8, abs=0.05)
    grid = np.exp(np.linspace(np.log(0.3), np.log(3.0), 4001))  # steps of 0.06%
    for row in table.itertuples():
        index = sets[row.rows]
        z, y = logits[index] / row.divisor, labels[index]
        scan = grid[np.argmin([nll(z, y, t) for t in grid])]
        assert row.optimal_temperature == pytest.approx(scan, rel=1.5e-3)
        assert row.nll == pytest.approx(nll(z, y, 1.0), rel=1e-9)
        assert row.nll_at_optimum == pytest.approx(nll(z, y, row.optimal_temperature), rel=1e-9)
        assert row.nll_at_optimum <= min(nll(z, y, t) for t in grid[::50]) + 1e-12


@pytest.mark.workflow
def test_the_kaggle_config_with_a_second_divisor_stops_before_any_job(tmp_path):
    workdir = copy_workflow(tmp_path)
    config = copy.deepcopy(KAGGLE)
    config["arms"]["kd"]["teacher"] = 1.25
    (workdir / "twice.yaml").write_text(yaml.safe_dump(config))
    run = snakemake(workdir, "-n", "--profile", "kaggle-t4", configfile="twice.yaml", timeout=120)
    message = run.stdout + run.stderr
    assert run.returncode != 0
    assert "arm 'kd' divides the teacher's logits by 1.25" in message and "teacher_scaled" in message
    assert "Traceback" not in message


@pytest.mark.workflow
def test_the_table_shows_the_teacher_temperature_each_distilled_arm_sees(tiny_study):
    teacher = np.load(tiny_study / "results/predictions/teacher.npz")
    logits, labels = teacher["logits"].astype(np.float64), teacher["labels"]
    frame = pd.read_csv(tiny_study / "results/teacher_temperature.tsv", sep="\t")
    full = frame[(frame.rows == "full_val")].set_index("arm")
    assert set(full.index) == {"teacher", "kd"} and full.divisor["kd"] == 1.0  # the tiny study's kd: teacher raw
    grid = np.exp(np.linspace(np.log(0.2), np.log(5.0), 3001))
    scan = grid[np.argmin([nll(logits, labels, t) for t in grid])]
    assert full.optimal_temperature["kd"] == pytest.approx(scan, rel=2e-3)
    table = (tiny_study / "results/table.md").read_text()
    section = table.split("## Teacher temperature", 1)[1].split("\n## ", 1)[0]
    row = next(line for line in section.splitlines() if line.startswith("| distilled (KD) |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1] == "1" and float(cells[2]) == pytest.approx(scan, abs=2e-3)
    assert float(cells[4]) == pytest.approx(nll(logits, labels, 1.0), abs=1e-4)


def test_the_teacher_temperature_table_divides_float16_logits_in_float64():
    """Teacher files store float16 logits; the division by a distilled arm's divisor and the NLL
    are computed in float64 (float16 arithmetic would round every divided logit)."""
    from scipy.special import log_softmax

    rng = np.random.default_rng(4)
    logits = (rng.normal(size=(300, 7)) * 3).astype(np.float16)
    labels = rng.integers(0, 7, 300)
    table = teacher_temperature_table(logits, labels, {"eval": np.arange(300)}, {"kd": 1.2538}).set_index("arm")
    z = logits.astype(np.float64) / 1.2538
    expected = -log_softmax(z, axis=1)[np.arange(300), labels].mean()
    assert table.loc["kd", "nll"] == pytest.approx(expected, abs=1e-12)
