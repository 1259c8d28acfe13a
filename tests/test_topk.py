"""Top-k log-probability teachers: the distribution each missing-mass treatment builds, the KD loss
on it against the test's own lines from the definitions, the file formats and every refusal."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import torch
from scipy.special import logsumexp

from kdcal.predictions import PredictionsError, save_npz_atomic
from kdcal.teachers.files import TeacherRows, align_teacher_file, load_teacher_targets, read_teacher_file
from kdcal.teachers.topk import dense_log_probs, truncate_teacher_file
from kdcal.training.losses import kd_loss

K = 6
IDS = np.array([[2, 0, 5], [1, 3, 4], [4, 5, 0]])
PROBS = np.array([[0.5, 0.2, 0.1], [0.9, 0.05, 0.01], [0.3, 0.3, 0.3]])
LOGPROBS = np.log(PROBS)
FLOOR = 1e-30  # the documented floor of every probability (kdcal.predictions.PROB_FLOOR)


def own_uniform():
    """The top k keep their probabilities; the rest of the mass is shared evenly by the others."""
    p = np.zeros((len(IDS), K))
    for r in range(len(IDS)):
        p[r] = (1 - PROBS[r].sum()) / (K - IDS.shape[1])
        p[r, IDS[r]] = PROBS[r]
    return np.maximum(p, FLOOR)


def own_renormalised():
    """The top k divided by their sum; the others nothing."""
    p = np.zeros((len(IDS), K))
    for r in range(len(IDS)):
        p[r, IDS[r]] = PROBS[r] / PROBS[r].sum()
    return np.maximum(p, FLOOR)


def own_kd(student, teacher_probs, labels, t, alpha):
    """Hinton et al. (2015) with alpha on the soft term: alpha T^2 KL(q_t || q_s) + (1 - alpha) CE,
    q = softmax(logits / T) and the teacher's logits the log-probabilities (so q_t is p^(1/T), normalised)."""
    q_t = teacher_probs ** (1 / t)
    q_t /= q_t.sum(axis=1, keepdims=True)
    log_q_s = student / t - logsumexp(student / t, axis=1, keepdims=True)
    kl = (q_t * (np.log(q_t) - log_q_s)).sum(axis=1).mean()
    ce = -(student - logsumexp(student, axis=1, keepdims=True))[np.arange(len(labels)), labels].mean()
    return alpha * t * t * kl + (1 - alpha) * ce


TREATMENTS = [("uniform", own_uniform), ("renormalise", own_renormalised)]


@pytest.mark.parametrize(("treatment", "own"), TREATMENTS)
def test_each_treatment_fills_in_the_missing_mass_as_documented(treatment, own):
    got = np.exp(dense_log_probs(IDS, LOGPROBS, K, treatment, "t").astype(np.float64))
    np.testing.assert_allclose(got, own(), rtol=1e-6, atol=0)  # float32 log-probabilities
    assert np.allclose(got.sum(axis=1), 1, atol=1e-6)


@pytest.mark.parametrize(("treatment", "own"), TREATMENTS)
def test_the_kd_loss_on_a_top_k_teacher_read_from_a_file_is_the_definitions(tmp_path, treatment, own):
    path = tmp_path / "topk.npz"
    np.savez(path, row_ids=np.array(["a", "b", "c"]), topk_ids=IDS, topk_logprobs=LOGPROBS)
    ids, logits, names, _ = read_teacher_file(path, "teacher.file", n_classes=K, topk_missing_mass=treatment)
    assert ids.tolist() == ["a", "b", "c"] and names is None and logits.shape == (3, K)
    student = np.random.default_rng(0).normal(size=(3, K))
    labels = np.array([2, 1, 0])
    got = kd_loss(torch.tensor(student), torch.tensor(logits, dtype=torch.float64), torch.tensor(labels), 4.0, 0.7)
    assert float(got) == pytest.approx(own_kd(student, own(), labels, 4.0, 0.7), rel=1e-5)


def test_the_two_treatments_give_different_teachers():
    uniform, renormalised = (dense_log_probs(IDS, LOGPROBS, K, t, "t") for t in ("uniform", "renormalise"))
    assert np.exp(uniform[0, 1]) == pytest.approx(0.2 / 3, rel=1e-6) and np.exp(renormalised[0, 1]) < 1e-29


def test_a_parquet_top_k_file_with_class_names_reads_like_the_npz(tmp_path):
    frame = pd.DataFrame({"row_id": ["a", "b", "c"], "topk_ids": list(IDS), "topk_logprobs": list(LOGPROBS)})
    frame.to_parquet(tmp_path / "topk.parquet")
    ids, logits, _, _ = read_teacher_file(tmp_path / "topk.parquet", "teacher.file", n_classes=K)
    np.testing.assert_array_equal(logits, dense_log_probs(IDS, LOGPROBS, K, "uniform", "t"))
    names = np.array([f"class {c}" for c in range(K)])
    np.savez(tmp_path / "named.npz", row_ids=ids, topk_ids=IDS, topk_logprobs=LOGPROBS, label_names=names)
    assert read_teacher_file(tmp_path / "named.npz", "teacher.file", n_classes=K).names == names.tolist()


def test_a_top_k_mass_within_the_tolerance_above_1_is_divided_by_its_sum():
    got = np.exp(dense_log_probs(np.array([[0, 1]]), np.log([[0.6, 0.4005]]), 3, "uniform", "t").astype(np.float64))
    np.testing.assert_allclose(got[0], [0.6 / 1.0005, 0.4005 / 1.0005, FLOOR], rtol=1e-6)


BAD = [
    ("ids outside the classes", np.array([[0, 6]]), np.log([[0.5, 0.2]]), r"row 0 names class ids outside 0\.\.5"),
    (
        "a class twice in a row",
        np.array([[1, 2], [3, 3]]),
        np.log([[0.5, 0.2], [0.5, 0.2]]),
        r"row 1 names a class more than once",
    ),
    ("a log-probability above 0", np.array([[0, 1]]), np.array([[0.3, -1.0]]), r"row 0 has a log-probability above 0"),
    ("mass above 1", np.array([[0, 1]]), np.log([[0.7, 0.35]]), r"row 0 sum to 1\.05 \(1 rows above 1 \+ 0\.001\)"),
    (
        "shapes differ",
        np.array([[0, 1]]),
        np.log([[0.5, 0.2, 0.1]]),
        r"must both be \(rows x k\), got shapes \(1, 2\) and \(1, 3\)",
    ),
    ("ids not integers", np.array([[0.0, 1.0]]), np.log([[0.5, 0.2]]), r"topk_ids must be integer class ids"),
    (
        "more entries than classes",
        np.arange(7)[None, :],
        np.full((1, 7), np.log(0.1)),
        r"k = 7 classes per row, but the dataset has only 6",
    ),
    ("NaN", np.array([[0, 1]]), np.array([[np.nan, -1.0]]), r"topk_logprobs hold NaN \(first in row 0"),
    ("no mass", np.array([[0, 1]]), np.full((1, 2), -np.inf), r"row 0 sum to 0"),
]


@pytest.mark.parametrize(("case", "ids", "logprobs", "message"), BAD, ids=[b[0] for b in BAD])
def test_a_bad_top_k_file_is_refused_naming_the_row(case, ids, logprobs, message):
    with pytest.raises(PredictionsError, match=message):
        dense_log_probs(ids, logprobs, K, "uniform", "teacher.file")


def test_an_unknown_treatment_and_a_missing_row_are_refused(tmp_path):
    with pytest.raises(PredictionsError, match=r"unknown teacher.topk_missing_mass 'spread'"):
        dense_log_probs(IDS, LOGPROBS, K, "spread", "teacher.file")
    path = tmp_path / "topk.npz"
    np.savez(path, row_ids=np.array(["a", "b", "c"]), topk_ids=IDS, topk_logprobs=LOGPROBS)
    teacher_file = read_teacher_file(path, "teacher.file", n_classes=K)
    row_ids = np.array(["a", "b", "c", "d"])
    rows = TeacherRows(row_ids, np.zeros(4, int), row_ids, {"train": np.array([0, 1, 3]), "val": np.array([2])})
    with pytest.raises(PredictionsError, match=r"1 of the 3 train rows are missing \(first id 'd'\)"):
        align_teacher_file(teacher_file, rows, [f"c{i}" for i in range(K)], "teacher.file")


def test_the_truncated_teacher_keeps_its_k_most_probable_classes_and_their_log_probabilities(tmp_path):
    """truncate_teacher's file: the k largest of each row's softmax, most probable first, with the
    row ids, labels and stated temperature of the dense file; read back for an arm it is the
    treatment's distribution of exactly those k probabilities."""
    rng = np.random.default_rng(3)
    logits = rng.normal(scale=3, size=(7, K)).astype(np.float16)
    row_ids, labels = np.array([f"r{i}" for i in range(7)]), rng.integers(0, K, 7)
    save_npz_atomic(tmp_path / "dense.npz", logits=logits, row_ids=row_ids, labels=labels, temperature=np.float64(1.25))
    mass = truncate_teacher_file(tmp_path / "dense.npz", tmp_path / "top3.npz", 3)
    probs = np.exp(logits.astype(np.float64))
    probs /= probs.sum(axis=1, keepdims=True)
    with np.load(tmp_path / "top3.npz") as top:
        for r in range(7):
            order = sorted(range(K), key=lambda c: -probs[r, c])[:3]
            assert top["topk_ids"][r].tolist() == order
            np.testing.assert_allclose(np.exp(top["topk_logprobs"][r].astype(np.float64)), probs[r, order], rtol=1e-6)
        assert top["row_ids"].tolist() == row_ids.tolist() and top["labels"].tolist() == labels.tolist()
        assert float(top["temperature"]) == 1.25
    np.testing.assert_allclose(mass, np.sort(probs, axis=1)[:, -3:].sum(axis=1), rtol=1e-6)
    # What the arm trains on: the kept classes' probabilities, the rest shared evenly, divided by T.
    targets = load_teacher_targets(
        tmp_path / "top3.npz", row_ids, labels, 2.0, "arm kd_top3", n_classes=K, topk_missing_mass="uniform"
    )
    for r in range(7):
        order = np.argsort(-probs[r])
        own = np.full(K, (1 - probs[r, order[:3]].sum()) / (K - 3))
        own[order[:3]] = probs[r, order[:3]]
        np.testing.assert_allclose(targets[r].astype(np.float64), np.log(own) / 2.0, atol=1e-5)


def test_a_top_k_above_the_class_count_and_a_dense_file_read_as_top_k_are_refused(tmp_path):
    save_npz_atomic(tmp_path / "dense.npz", logits=np.zeros((2, K), dtype=np.float16))
    with pytest.raises(PredictionsError, match=f"cannot keep the top 7 of {K} classes; k must be 1 to {K}"):
        truncate_teacher_file(tmp_path / "dense.npz", tmp_path / "top7.npz", 7)
    with pytest.raises(PredictionsError, match=r"dense.npz \(arm kd_top3\): missing keys \['topk_ids', 'topk_logprobs'\]"):
        load_teacher_targets(
            tmp_path / "dense.npz", np.array(["a", "b"]), None, 1.0, "arm kd_top3", n_classes=K, topk_missing_mass="uniform"
        )
