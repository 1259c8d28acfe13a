"""Data: the embedded WordNet corpus, stratified splits, index files and tiers."""

import json

import numpy as np
import pandas as pd
import pytest

from kdcal.data import (
    DataError,
    assign_tiers,
    check_disjoint,
    load_wordnet_supersenses,
    read_index_file,
    stratified_splits,
    validate_corpus,
)
from kdcal.split import cal_eval_split


@pytest.fixture(scope="module")
def wordnet():
    return load_wordnet_supersenses()


def test_wordnet_corpus_has_the_documented_shape(wordnet):
    counts = np.bincount(wordnet.labels)
    assert len(wordnet.texts) == 117_659
    assert len(wordnet.label_names) == 45 and wordnet.label_names[3] == "noun.Tops"
    assert counts.max() == 14_435 and counts.min() == 42
    assert len(set(wordnet.row_ids)) == len(wordnet.row_ids)
    first = wordnet.texts[wordnet.row_ids.index("n00001740")]
    assert first.startswith("entity: that which is perceived")


def test_adjective_markers_and_underscores_are_removed(wordnet):
    text = wordnet.texts[wordnet.row_ids.index("s00019731")]
    assert text.startswith("handy, ready to hand: easy to reach")


def test_stratified_splits_are_exact_disjoint_and_proportional(wordnet):
    sizes = {"train": 15000, "val": 5000, "test": 2000}
    splits = stratified_splits(wordnet.labels, sizes, seed=42)
    assert {k: len(v) for k, v in splits.items()} == sizes
    check_disjoint(splits, {k: k for k in splits})
    share = np.bincount(wordnet.labels, minlength=45) / len(wordnet.labels)
    for name, index in splits.items():
        got = np.bincount(wordnet.labels[index], minlength=45)
        assert np.all(np.abs(got - share * sizes[name]) <= 1.0 + 1e-9)
    again = stratified_splits(wordnet.labels, sizes, seed=42)
    assert all(np.array_equal(splits[k], again[k]) for k in sizes)
    other = stratified_splits(wordnet.labels, sizes, seed=43)
    assert not np.array_equal(splits["train"], other["train"])


def test_split_sizes_larger_than_the_corpus_are_refused():
    with pytest.raises(DataError, match="dataset.sizes ask for 12 rows"):
        stratified_splits(np.zeros(10, int), {"train": 8, "val": 4}, 0)


def test_cal_eval_split_is_the_published_protocol():
    cal, ev = cal_eval_split(6430, 42)
    perm = np.random.RandomState(42 + 999).permutation(6430)
    assert np.array_equal(cal, perm[:3215]) and np.array_equal(ev, perm[3215:])
    assert len(np.intersect1d(cal, ev)) == 0 and len(ev) == 3215


def test_tiers_follow_training_frequency():
    labels = np.repeat(np.arange(5), [50, 40, 30, 20, 10])
    assert assign_tiers(labels, list("abcde"), head=1, mid=2, source="x") == ["head", "mid", "mid", "tail", "tail"]


def test_a_tie_across_a_cut_off_puts_the_lower_class_ids_in_the_higher_tier():
    """Classes 1, 2 and 3 have 30 training rows each; with head 2 the cut falls inside the tie:
    class 0 (40 rows) and class 1 (the lowest id of the tie) are head, 2 and 3 mid; with mid 1 the
    second cut falls inside it too. Labels are shuffled so order of appearance plays no part."""
    rng = np.random.default_rng(0)
    labels = rng.permutation(np.repeat(np.arange(6), [40, 30, 30, 30, 5, 5])[::-1].copy())
    names = list("abcdef")
    assert assign_tiers(labels, names, head=2, mid=2, source="x") == ["head", "head", "mid", "mid", "tail", "tail"]
    assert assign_tiers(labels, names, head=2, mid=1, source="x") == ["head", "head", "mid", "tail", "tail", "tail"]
    # The tie between the two 5-row classes straddles head + mid = 5: class 4 in, class 5 out.
    assert assign_tiers(labels, names, head=1, mid=4, source="x") == ["head", "mid", "mid", "mid", "mid", "tail"]


def test_a_class_without_training_rows_is_refused():
    with pytest.raises(DataError, match=r"train.json: class\(es\) c have no training rows"):
        assign_tiers(np.array([0, 0, 1]), ["a", "b", "c"], 1, 1, "train.json")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ([0, 1, 1], "row index 1 appears more than once"),
        ([0, 7], r"index 7 \(position 1\) is outside \[0, 5\)"),
        ({"a": 1}, "expected a JSON list of integer row indices"),
    ],
)
def test_bad_index_files_are_refused_with_the_file_named(tmp_path, content, message):
    path = tmp_path / "train_indices.json"
    path.write_text(json.dumps(content))
    with pytest.raises(DataError, match=message) as err:
        read_index_file(path, 5)
    assert "train_indices.json" in str(err.value)


def test_overlapping_splits_are_refused():
    with pytest.raises(DataError, match="train.json and val.json overlap: row 3"):
        check_disjoint({"train": np.array([1, 3]), "val": np.array([3, 4])}, {"train": "train.json", "val": "val.json"})


def test_labels_outside_the_label_list_and_empty_texts_are_refused():
    frame = pd.DataFrame({"row_id": ["a", "b", "c"], "text": ["x", "y", "z"], "label": [0, 1, 5]})
    with pytest.raises(DataError, match=r"corpus.parquet: row 2 \(row_id c\) has label 5, outside the 3 labels"):
        validate_corpus(frame, ["p", "q", "r"], "corpus.parquet")
    frame = pd.DataFrame({"row_id": ["a", "b"], "text": ["x", "  "], "label": [0, 1]})
    with pytest.raises(DataError, match=r"row 1 \(row_id b\) has empty text"):
        validate_corpus(frame, ["p", "q"], "corpus.parquet")
    frame = pd.DataFrame({"row_id": ["a", "b"], "text": ["x", "y"], "label": [1, 1]})
    with pytest.raises(DataError, match=r"every one of the 2 rows has the same label \('q'\): a classifier needs at least two"):
        validate_corpus(frame, ["p", "q"], "corpus.parquet")


def test_the_default_split_seed_is_the_published_42_and_row_sets_name_the_eval_half_and_all_rows():
    from kdcal.split import row_sets

    cal, ev = cal_eval_split(101)
    assert np.array_equal(cal, cal_eval_split(101, 42)[0]) and not np.array_equal(cal, cal_eval_split(101, 43)[0])
    rows = row_sets({"cal": cal.tolist(), "eval": ev.tolist(), "n": 101})
    assert sorted(rows) == ["eval", "full_val"]
    assert np.array_equal(rows["eval"], ev) and np.array_equal(rows["full_val"], np.arange(101))
