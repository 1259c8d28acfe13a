"""Prediction files: round trip, refusals with the file and problem named."""

import numpy as np
import pytest

from kdcal.predictions import (
    Predictions,
    PredictionsError,
    check_same_rows,
    load_predictions,
    load_teacher_targets,
    save_npz_atomic,
    save_predictions,
)


def make(n=20, k=4, seed=0):
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, k, n)
    return Predictions(
        rng.normal(size=(n, k)).astype(np.float32),
        labels,
        np.array(["head", "mid"] * (n // 2)),
        np.array([f"r{i}" for i in range(n)]),
    )


def test_round_trip(tmp_path):
    p = make()
    save_predictions(tmp_path / "a.npz", p)
    q = load_predictions(tmp_path / "a.npz")
    assert np.array_equal(p.logits, q.logits) and np.array_equal(p.labels, q.labels)
    assert list(q.tiers) == list(p.tiers) and list(q.row_ids) == list(p.row_ids)
    # No temporary file left behind; beside the file, the record of its content (check_unchanged).
    assert sorted(f.name for f in tmp_path.iterdir()) == ["a.npz", "a.npz.sha256"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda a: a.pop("labels"), r"missing key\(s\) \['labels'\]"),
        (lambda a: a.update(logits=a["logits"][:, 0]), "logits must be 2-D"),
        (lambda a: a["logits"].__setitem__((3, 1), np.nan), "NaN or infinite values .first in row 3"),
        (lambda a: a["logits"].__setitem__((2, 0), np.inf), "NaN or infinite values .first in row 2"),
        (lambda a: a["labels"].__setitem__(5, 9), r"label 9 in row 5 is outside \[0, 4\)"),
        (lambda a: a.update(tiers=np.array(["head", "torso"] * 10)), r"unknown tier name\(s\) \['torso'\]"),
        (lambda a: a.update(preds=a["labels"].astype(float)), "preds must be integers"),
        (lambda a: a.update(labels=a["labels"].astype(float)), "labels must be integers"),
        (lambda a: a.update({k: v[:0] for k, v in a.items()}), "no rows"),
        (lambda a: a.update(logits=a["logits"][:, :1]), "1 class column"),
        (lambda a: a.update(logits=np.exp(a["logits"]) / np.exp(a["logits"]).sum(1, keepdims=True)), "look like probabilities"),
        (lambda a: a.update(logits=a["logits"].astype(np.int64)), "floating point"),
    ],
)
def test_bad_files_are_refused(tmp_path, change, message):
    p = make()
    arrays = {"logits": p.logits.copy(), "labels": p.labels.copy(), "tiers": p.tiers, "row_ids": p.row_ids}
    change(arrays)
    path = tmp_path / "bad.npz"
    np.savez(path, **arrays)
    with pytest.raises(PredictionsError, match=message) as err:
        load_predictions(path)
    assert "bad.npz" in str(err.value)


def test_arms_must_share_rows():
    a, b = make(), make(seed=1)
    with pytest.raises(PredictionsError, match="labels disagree"):
        check_same_rows({"vanilla": a, "kd": b}, {"vanilla": "v.npz", "kd": "k.npz"})
    with pytest.raises(PredictionsError, match="18 rows vs 20"):
        short = Predictions(a.logits[:18], a.labels[:18], a.tiers[:18], a.row_ids[:18])
        check_same_rows({"vanilla": a, "kd": short}, {"vanilla": "v.npz", "kd": "k.npz"})


def test_teacher_targets_must_match_the_training_rows(tmp_path):
    path = tmp_path / "teacher.npz"
    logits = np.random.default_rng(0).normal(size=(5, 3)).astype(np.float16)
    save_npz_atomic(path, logits=logits, row_ids=np.array(list("abcde")), labels=np.array([0, 1, 2, 0, 1]))
    out = load_teacher_targets(path, np.array(list("abcde")), np.array([0, 1, 2, 0, 1]), 2.0, "kd")
    assert np.allclose(out, logits.astype(np.float32) / 2)
    with pytest.raises(PredictionsError, match="5 rows of logits but the student trains on 4 rows"):
        load_teacher_targets(path, np.array(list("abcd")), None, 1.0, "kd")
    with pytest.raises(PredictionsError, match="row 2 is 'c' in the file but 'x'"):
        load_teacher_targets(path, np.array(list("abxde")), None, 1.0, "kd")
    with pytest.raises(PredictionsError, match="label of row 4 is 1 in the file but 2"):
        load_teacher_targets(path, np.array(list("abcde")), np.array([0, 1, 2, 0, 2]), 1.0, "kd")


def write_truncated(path):
    p = make()
    save_predictions(path, p)
    path.write_bytes(path.read_bytes()[:-40])


@pytest.mark.parametrize(
    ("write", "message"),
    [
        (write_truncated, "damaged or truncated zip"),
        (lambda path: path.write_text("arm,logit\nvanilla,0.3\n"), "not an .npz archive"),
        (lambda path: path.write_bytes(__import__("pickle").dumps({"logits": [1.0]})), "pickled Python objects"),
        (
            lambda path: np.savez(path, logits=np.zeros((2, 2)), labels=np.array([0, 1]), tiers=np.array(["head", None])),
            "array 'tiers' holds Python objects",
        ),
        (lambda path: None, "no such file"),
    ],
)
def test_unreadable_files_get_one_line_that_never_suggests_unpickling(tmp_path, write, message):
    """A damaged, foreign or pickled file is named with its problem; numpy's own message (which
    recommends allow_pickle) never reaches the user."""
    path = tmp_path / "arm.npz"
    write(path)
    with pytest.raises(PredictionsError, match=message) as err:
        load_predictions(path)
    text = str(err.value)
    assert text.startswith(str(path)) and "allow_pickle" not in text and "\n" not in text


def test_a_predictions_file_edited_after_kdcal_wrote_it_is_refused(tmp_path):
    rng = np.random.default_rng(0)
    p = Predictions(
        rng.normal(size=(6, 3)).astype(np.float32), np.array([0, 1, 2, 0, 1, 2]), np.array(["head"] * 6), np.arange(6).astype(str)
    )
    path = tmp_path / "kd.npz"
    save_predictions(path, p)
    assert (tmp_path / "kd.npz.sha256").read_text().endswith("  kd.npz\n")
    assert np.array_equal(load_predictions(path).logits, p.logits)
    with np.load(path) as data:
        arrays = dict(data)
    arrays["logits"] = arrays["logits"] * 2  # edited by hand
    np.savez(path, **arrays)
    with pytest.raises(PredictionsError, match=r"kd.npz: changed after kdcal wrote it .* give it as a replay file"):
        load_predictions(path)
    (tmp_path / "kd.npz.sha256").unlink()  # no record (an older kdcal's file): taken as it is
    assert np.array_equal(load_predictions(path).logits, p.logits * 2)
