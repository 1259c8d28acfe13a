"""Prediction files: round trip, refusals with the file and problem named."""

import numpy as np
import pytest

from kdcal.predictions import (
    Predictions,
    PredictionsError,
    check_same_rows,
    load_predictions,
    logits_from_probs,
    looks_like_probabilities,
    save_npz_atomic,
    save_predictions,
)
from kdcal.teachers.files import load_teacher_targets


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
        (lambda a: a.pop("labels"), "missing key(s) ['labels']; found ['logits', 'row_ids', 'tiers']"),
        (lambda a: a.update(logits=a["logits"][:, 0]), "logits must be 2-D (rows x classes), got shape (20,)"),
        (
            lambda a: (a["logits"].__setitem__((3, 1), np.nan), a["logits"].__setitem__((7, 0), np.inf)),
            "logits hold 2 NaN or infinite values (first in row 3; 2 rows); the model that wrote them diverged or the file is corrupt",
        ),
        (
            lambda a: a["logits"][2].__setitem__(slice(None), -np.inf),
            "logits hold 4 NaN or infinite values (first in row 2; 1 rows); the model that wrote them diverged or the file is corrupt",
        ),
        (lambda a: a["labels"].__setitem__(5, 9), "label 9 in row 5 is outside [0, 4) for 4 classes"),
        (lambda a: a["labels"].__setitem__(6, -1), "label -1 in row 6 is outside [0, 4) for 4 classes"),
        (lambda a: a["labels"].__setitem__(1, 4), "label 4 in row 1 is outside [0, 4) for 4 classes"),
        (
            lambda a: a.update(tiers=np.array(["head", "torso", "Tail", "mid"] * 5)),
            "unknown tier name(s) ['Tail', 'torso']; expected head, mid, tail",
        ),
        (
            lambda a: a.update(preds=a["labels"].astype(float)),
            "preds must be integers, one per logits row (20), got float64 (20,)",
        ),
        (lambda a: a.update(preds=a["labels"][:19]), "preds must be integers, one per logits row (20), got int64 (19,)"),
        (lambda a: a.update(labels=a["labels"].astype(float)), "labels must be integers, got dtype float64"),
        (
            lambda a: a.update(labels=a["labels"][:19]),
            "labels must be 1-D with one entry per logits row (20), got shape (19,)",
        ),
        (
            lambda a: a.update(row_ids=a["row_ids"].reshape(10, 2)),
            "row_ids must be 1-D with one entry per logits row (20), got shape (10, 2)",
        ),
        (lambda a: a.update(tiers=a["tiers"][:3]), "tiers must be 1-D with one entry per logits row (20), got shape (3,)"),
        (lambda a: a.update({k: v[:0] for k, v in a.items()}), "no rows (logits of shape (0, 4))"),
        (
            lambda a: a.update(logits=a["logits"][:, :1]),
            "1 class column(s); calibration needs at least 2 classes (one logit per class)",
        ),
        (
            lambda a: a.update(logits=np.exp(a["logits"]) / np.exp(a["logits"]).sum(1, keepdims=True)),
            (
                "these look like probabilities, not logits (every row non-negative and summing to 1); "
                "store logits or log-probabilities (numpy.log of the probabilities)"
            ),
        ),
        (lambda a: a.update(logits=a["logits"].astype(np.int64)), "logits must be floating point, got dtype int64"),
    ],
)
def test_bad_files_are_refused(tmp_path, change, message):
    p = make()
    arrays = {"logits": p.logits.copy(), "labels": p.labels.copy(), "tiers": p.tiers, "row_ids": p.row_ids}
    change(arrays)
    path = tmp_path / "bad.npz"
    np.savez(path, **arrays)
    with pytest.raises(PredictionsError) as err:
        load_predictions(path)
    assert str(err.value) == f"{path}: {message}"


def test_probabilities_are_told_from_logits_by_sign_and_row_sums():
    """Non-negative rows summing to 1 within the tolerance are probabilities; a negative entry, a
    row sum off by more, or log-probabilities are not."""
    probs = np.array([[0.2, 0.8], [0.5, 0.5]])
    assert looks_like_probabilities(probs, atol=2e-3)
    assert looks_like_probabilities(probs.astype(np.float16) + np.float16(0.001), atol=2e-3)
    assert not looks_like_probabilities(probs + 0.003, atol=2e-3)
    assert not looks_like_probabilities(np.array([[-0.1, 1.1], [0.5, 0.5]]), atol=2e-3)
    assert not looks_like_probabilities(np.log(probs), atol=2e-3)
    assert looks_like_probabilities(np.array([[0.0, 1.0], [1.0, 0.0]]), atol=0.0)


def test_predicted_classes_are_the_recorded_ones_where_the_file_has_them():
    p = make(n=6, k=3)
    assert p.predicted().tolist() == np.argmax(p.logits, axis=1).tolist()
    recorded = Predictions(p.logits, p.labels, p.tiers, p.row_ids, preds=np.array([2, 2, 1, 0, 0, 1]))
    assert recorded.predicted().tolist() == [2, 2, 1, 0, 0, 1] and len(recorded) == 6


@pytest.mark.parametrize(
    ("probs", "message"),
    [
        (np.array([0.5, 0.5]), "probs must be a non-empty 2-D float array with at least 2 classes, got float64 (2,)"),
        (np.array([[1, 0], [0, 1]]), "probs must be a non-empty 2-D float array with at least 2 classes, got int64 (2, 2)"),
        (np.zeros((0, 3)), "probs must be a non-empty 2-D float array with at least 2 classes, got float64 (0, 3)"),
        (np.ones((3, 1)), "probs must be a non-empty 2-D float array with at least 2 classes, got float64 (3, 1)"),
        (
            np.array([[0.5, 0.5], [np.nan, 1.0], [0.5, np.inf]]),
            "probs hold NaN or infinite values (first in row 1; 2 rows)",
        ),
        (
            np.array([[0.5, 0.5], [1.1, -0.1], [-0.2, 1.2]]),
            "probs are negative in 2 rows (first row 1); store probabilities or logits",
        ),
        (
            np.array([[0.5, 0.5], [0.5, 0.5011], [0.4, 0.4]]),
            "probs do not sum to 1 within 0.001 in 2 rows (first row 1 sums to 1.0011); store a softmax over all classes, or logits",
        ),
    ],
)
def test_bad_probabilities_are_refused_with_the_rows_named(probs, message):
    with pytest.raises(PredictionsError) as err:
        logits_from_probs(probs, "arm.npz")
    assert str(err.value) == f"arm.npz: {message}"


def test_probabilities_become_clipped_float32_log_probabilities():
    probs = np.array([[0.25, 0.75, 0.0], [1.0 - 1.0005e-3, 1e-3, 0.0]], dtype=np.float64)
    logits = logits_from_probs(probs, "x")
    assert logits.dtype == np.float32
    expected = np.log(np.where(probs > 0, probs, 1e-30)).astype(np.float32)
    assert np.array_equal(logits, expected) and np.isfinite(logits).all()


def test_arms_must_share_rows():
    """Each difference between two arms' files is refused, naming both files and arms, the first
    differing row and how many differ."""
    a = make()
    where = "k.npz (arm kd) vs v.npz (arm vanilla)"
    sources = {"vanilla": "v.npz", "kd": "k.npz", "ts": "t.npz"}

    def refused(b):
        with pytest.raises(PredictionsError) as err:
            check_same_rows({"vanilla": a, "ts": a, "kd": b}, sources)
        return str(err.value)

    short = Predictions(a.logits[:18], a.labels[:18], a.tiers[:18], a.row_ids[:18])
    assert refused(short) == f"{where}: 18 rows vs 20; all arms must predict the same rows"
    wide = Predictions(np.hstack([a.logits, a.logits[:, :1]]), a.labels, a.tiers, a.row_ids)
    assert refused(wide) == f"{where}: 5 classes vs 4"
    labels = a.labels.copy()
    labels[[7, 11]] = (labels[[7, 11]] + 1) % 4
    assert refused(Predictions(a.logits, labels, a.tiers, a.row_ids)) == (
        f"{where}: labels disagree in 2 rows (first row 7: {labels[7]} vs {a.labels[7]}); "
        "the arms must be the same rows in the same order"
    )
    ids = a.row_ids.copy()
    ids[3] = "x"
    assert refused(Predictions(a.logits, a.labels, a.tiers, ids)) == (
        f"{where}: row_ids disagree in 1 rows (first row 3: 'x' vs 'r3'); the arms must be the same rows in the same order"
    )
    tiers = a.tiers.copy()
    tiers[19] = "tail"
    assert refused(Predictions(a.logits, a.labels, tiers, a.row_ids)) == (
        f"{where}: tiers disagree in 1 rows (first row 19: 'tail' vs 'mid'); the arms must be the same rows in the same order"
    )
    check_same_rows({"vanilla": a, "kd": Predictions(a.logits * 2, a.labels, a.tiers, a.row_ids)}, sources)


def test_teacher_targets_must_match_the_training_rows(tmp_path):
    path = tmp_path / "teacher.npz"
    logits = np.random.default_rng(0).normal(size=(5, 3)).astype(np.float16)
    save_npz_atomic(path, logits=logits, row_ids=np.array(list("abcde")), labels=np.array([0, 1, 2, 0, 1]))
    out = load_teacher_targets(path, np.array(list("abcde")), np.array([0, 1, 2, 0, 1]), 2.0, "kd")
    assert out.dtype == np.float32 and np.array_equal(out, (logits.astype(np.float64) / 2).astype(np.float32))
    where = f"{path} (teacher logits for arm kd)"

    def refused(row_ids, labels, file=path):
        with pytest.raises(PredictionsError) as err:
            load_teacher_targets(file, np.array(list(row_ids)), labels, 1.0, "teacher logits for arm kd")
        return str(err.value)

    assert refused("abcd", None) == (
        f"{where}: 5 rows of logits but the student trains on 4 rows; they must be the same rows in the same order"
    )
    assert refused("abxdy", None) == f"{where}: row 2 is 'c' in the file but 'x' in the training rows (2 rows differ)"
    assert refused("abcde", np.array([0, 1, 2, 0, 2])) == (
        f"{where}: label of row 4 is 1 in the file but 2 in the training data (1 rows differ)"
    )
    no_logits = tmp_path / "scores.npz"
    np.savez(no_logits, scores=logits)
    assert refused("abcde", None, no_logits) == f"{no_logits} (teacher logits for arm kd): missing key 'logits'; found ['scores']"
    bare = tmp_path / "bare.npz"
    np.savez(bare, logits=logits[:, :1])
    assert refused("abcde", None, bare).startswith(f"{bare} (teacher logits for arm kd): 1 class column(s)")
    np.savez(bare, logits=logits)  # without row ids or labels: taken in order
    assert np.array_equal(load_teacher_targets(bare, np.array(list("vwxyz")), np.zeros(5, int), 1.0, "kd"), logits)
    # Published logits beside probabilities: one of them would be ignored unnoticed.
    both = tmp_path / "both.npz"
    np.savez(both, logits=logits, probs=np.full((5, 3), 1 / 3))
    assert refused("abcde", None, both) == (
        f"{both} (teacher logits for arm kd): holds more than one kind of scores (logits and probs); kdcal reads the "
        "logits of such a file only when teacher.scores is logits, or write a file with one"
    )
    chosen = load_teacher_targets(both, np.array(list("abcde")), None, 1.0, "kd", scores="logits")
    assert np.array_equal(chosen, logits.astype(np.float32))


def test_the_teacher_s_files_hold_float16_targets_with_their_rows_and_its_validation_arm(tmp_path):
    from kdcal.predictions import save_teacher_outputs

    rng = np.random.default_rng(0)
    row_ids, labels = np.array([f"r{i}" for i in range(8)]), np.array([0, 1, 2, 0, 1, 2, 0, 1])
    train, val = np.array([0, 2, 4, 6]), np.array([1, 7])
    logits = rng.normal(size=(8, 3))
    save_teacher_outputs(
        tmp_path / "t.npz",
        tmp_path / "v.npz",
        train_logits=logits[train],
        val_logits=logits[val],
        row_ids=row_ids,
        labels=labels,
        tiers_of_val=np.array(["head", "mid"]),
        train=train,
        val=val,
        stated_temperature=1.25,
    )
    with np.load(tmp_path / "t.npz") as data:
        assert sorted(data.files) == ["labels", "logits", "row_ids", "temperature"]
        assert data["logits"].dtype == np.float16 and np.array_equal(data["logits"], logits[train].astype(np.float16))
        assert data["row_ids"].tolist() == ["r0", "r2", "r4", "r6"] and data["labels"].tolist() == [0, 2, 1, 0]
        assert data["temperature"].dtype == np.float64 and data["temperature"] == 1.25
    arm = load_predictions(tmp_path / "v.npz")
    assert arm.logits.dtype == np.float16 and np.array_equal(arm.logits, logits[val].astype(np.float16))
    assert arm.row_ids.tolist() == ["r1", "r7"] and arm.labels.tolist() == [1, 1] and arm.tiers.tolist() == ["head", "mid"]
    rest = {"row_ids": row_ids, "labels": labels, "tiers_of_val": np.array(["head", "mid"]), "train": train, "val": val}
    save_teacher_outputs(tmp_path / "u.npz", tmp_path / "w.npz", train_logits=logits[train], val_logits=logits[val], **rest)
    with np.load(tmp_path / "u.npz") as data:
        assert "temperature" not in data.files
    bad = logits[train].copy()
    bad[1, 2] = np.nan
    with pytest.raises(PredictionsError) as err:
        save_teacher_outputs(tmp_path / "x.npz", tmp_path / "y.npz", train_logits=bad, val_logits=logits[val], **rest)
    assert str(err.value).startswith(f"{tmp_path / 'x.npz'} (teacher logits for the training rows): logits hold 1 NaN")
    assert not (tmp_path / "x.npz").exists()


def test_a_saved_file_holds_int64_labels_string_ids_and_tiers_and_its_recorded_predictions(tmp_path):
    p = make(n=4, k=3)
    p = Predictions(
        p.logits.astype(np.float16), p.labels.astype(np.int32), ["head", "mid", "mid", "tail"], [10, 11, 12, 13], [2, 1, 0, 2]
    )
    save_predictions(tmp_path / "a.npz", p)
    with np.load(tmp_path / "a.npz") as data:
        assert sorted(data.files) == ["labels", "logits", "preds", "row_ids", "tiers"]
        assert data["labels"].dtype == np.int64 and data["preds"].dtype == np.int64 and data["preds"].tolist() == [2, 1, 0, 2]
        assert data["logits"].dtype == np.float16
        assert data["row_ids"].tolist() == ["10", "11", "12", "13"] and data["tiers"].dtype.kind == "U"
    q = load_predictions(tmp_path / "a.npz")
    assert q.preds.tolist() == [2, 1, 0, 2] and q.tiers.tolist() == ["head", "mid", "mid", "tail"]
    import hashlib

    digest = hashlib.sha256((tmp_path / "a.npz").read_bytes()).hexdigest()
    assert (tmp_path / "a.npz.sha256").read_text() == f"{digest}  a.npz\n"
    with pytest.raises(PredictionsError) as err:
        save_predictions(tmp_path / "b.npz", Predictions(p.logits, p.labels, ["head", "mid", "mid", "leg"], p.row_ids))
    assert str(err.value) == f"{tmp_path / 'b.npz'}: unknown tier name(s) ['leg']; expected head, mid, tail"
    assert not (tmp_path / "b.npz").exists() and not (tmp_path / "b.npz.sha256").exists()


def write_truncated(path):
    p = make()
    save_predictions(path, p)
    path.write_bytes(path.read_bytes()[:-40])


@pytest.mark.parametrize(
    ("write", "message"),
    [
        (write_truncated, "is a damaged or truncated zip archive (an .npz is a zip of .npy arrays); write it again"),
        (
            lambda path: path.write_text("arm,logit\nvanilla,0.3\n"),
            "is not an .npz archive (it does not start like a zip file); write it with numpy.savez or numpy.savez_compressed",
        ),
        (
            lambda path: path.write_bytes(b"PK"),
            "is a damaged or truncated zip archive (an .npz is a zip of .npy arrays); write it again",
        ),
        (
            lambda path: path.write_bytes(__import__("pickle").dumps({"logits": [1.0]})),
            "holds pickled Python objects, which kdcal never loads; save plain numeric or string arrays with numpy.savez",
        ),
        (
            lambda path: np.savez(path, logits=np.zeros((2, 2)), labels=np.array([0, 1]), tiers=np.array(["head", None])),
            (
                "array 'tiers' holds Python objects (dtype object), which kdcal does not load; "
                "save numbers or strings (e.g. labels as int64, row ids as str)"
            ),
        ),
        (lambda path: None, "no such file"),
        (lambda path: path.mkdir(), "no such file"),
    ],
)
def test_unreadable_files_get_one_line_that_never_suggests_unpickling(tmp_path, write, message):
    """A damaged, foreign or pickled file is named with its problem; numpy's own message (which
    recommends allow_pickle) never reaches the user."""
    path = tmp_path / "arm.npz"
    write(path)
    with pytest.raises(PredictionsError) as err:
        load_predictions(path)
    assert str(err.value) == f"{path}: {message}"


def test_an_unreadable_file_is_named_with_the_system_s_reason(tmp_path, monkeypatch):
    """A file numpy cannot open and kdcal cannot read either (here: reading raises, as for a
    file without read permission, which root ignores) gets the system's reason."""
    import builtins

    from kdcal.predictions import open_npz

    path = tmp_path / "arm.npz"
    path.write_bytes(b"PK\x03\x04 not really")

    def unreadable(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    real_open = builtins.open
    monkeypatch.setattr(builtins, "open", unreadable)
    with pytest.raises(PredictionsError) as err:
        open_npz(path, "the kd arm's file")
    assert str(err.value) == "the kd arm's file: cannot be read (Permission denied)"


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
    with pytest.raises(PredictionsError) as err:
        load_predictions(path)
    assert str(err.value) == (
        f"{path}: changed after kdcal wrote it (its SHA-256 no longer matches kd.npz.sha256), so the table would cite "
        "its source for numbers that are not that source's. Delete it and rerun to have it made again, or, to "
        "evaluate the edited file, give it as a replay file (replay.arms)"
    )
    (tmp_path / "kd.npz.sha256").unlink()  # no record (an older kdcal's file): taken as it is
    assert np.array_equal(load_predictions(path).logits, p.logits * 2)


def test_a_missing_teacher_or_tier_file_is_named_with_what_it_was_for(tmp_path):
    from kdcal.predictions import check_file_tiers

    missing = tmp_path / "teacher.npz"
    with pytest.raises(PredictionsError) as err:
        load_teacher_targets(missing, np.array(["a"]), None, 1.0, "teacher logits for arm kd")
    assert str(err.value) == f"{missing} (teacher logits for arm kd): no such file"
    with pytest.raises(PredictionsError) as err:
        check_file_tiers(missing, np.array(["head"]), "teacher val logits")
    assert str(err.value) == "teacher val logits: no such file"


def test_two_classes_are_enough_and_recorded_predictions_are_stored_as_int64(tmp_path):
    p = make(n=6, k=2)
    p = Predictions(p.logits, p.labels, p.tiers, p.row_ids, preds=np.array([1, 0, 1, 1, 0, 0], dtype=np.int32))
    save_predictions(tmp_path / "two.npz", p)
    q = load_predictions(tmp_path / "two.npz")
    assert q.logits.shape == (6, 2) and q.preds.dtype == np.int64 and q.preds.tolist() == [1, 0, 1, 1, 0, 0]
