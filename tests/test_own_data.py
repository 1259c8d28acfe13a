"""A user's own table (dataset.source: table) and teacher outputs (teacher.source: logits): reading,
label order, every refusal, and the whole study end to end on CSV and Parquet."""

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from kdcal.data.corpus import DataError, load_wordnet_supersenses
from kdcal.data.replay import read_published
from kdcal.data.user_table import check_split_classes, conflicting_duplicates, fixed_splits, load_table, rows_text
from kdcal.predictions import PredictionsError
from kdcal.teachers.files import TeacherRows, align_teacher_file, read_teacher_file
from workflow_helpers import copy_workflow, snakemake, write_config


def write_csv(path, rows, columns=("text", "label")):
    pd.DataFrame(rows, columns=list(columns)).to_csv(path, index=False)
    return str(path)


GOOD = [("a red apple", "fruit"), ("a green pear", "fruit"), ("a fast car", "vehicle"), ("a slow bus", "vehicle")]


def test_rows_text_names_the_rows():
    assert rows_text([4]) == "row 4"
    assert rows_text([1, 3]) == "rows 1 and 3"
    assert rows_text(range(8)) == "rows 0, 1, 2, 3, 4 and 3 more"


def test_string_labels_are_sorted_and_texts_like_NA_stay_texts(tmp_path):
    path = write_csv(tmp_path / "t.csv", [("NA", "zebra"), ("null", "ant"), ("x y", "mole"), ("NaN", "ant")])
    corpus = load_table(path, "text", "label").corpus
    assert corpus.label_names == ["ant", "mole", "zebra"]
    assert corpus.labels.tolist() == [2, 0, 1, 0]
    assert corpus.texts == ["NA", "null", "x y", "NaN"]
    assert corpus.row_ids == ["0", "1", "2", "3"]


def test_integer_labels_are_ordered_by_value_or_index_label_names(tmp_path):
    path = write_csv(tmp_path / "t.csv", [("a", 3), ("b", 1), ("c", 10), ("d", 3)])
    corpus = load_table(path, "text", "label").corpus
    assert corpus.label_names == ["1", "3", "10"]  # numeric, not text, order
    assert corpus.labels.tolist() == [1, 0, 2, 1]
    named = load_table(path, "text", "label", label_names=[f"c{i}" for i in range(11)]).corpus
    assert named.labels.tolist() == [3, 1, 10, 3] and named.label_names[10] == "c10"


def test_label_names_fix_the_class_order_from_a_list_or_a_file(tmp_path):
    path = write_csv(tmp_path / "t.csv", GOOD)
    (tmp_path / "names.txt").write_text("vehicle\nfruit\n")
    (tmp_path / "names.json").write_text(json.dumps(["vehicle", "fruit", "boat"]))
    assert load_table(path, "text", "label", label_names=["vehicle", "fruit"]).corpus.labels.tolist() == [1, 1, 0, 0]
    assert load_table(path, "text", "label", label_names=str(tmp_path / "names.txt")).corpus.label_names == ["vehicle", "fruit"]
    assert load_table(path, "text", "label", label_names=str(tmp_path / "names.json")).corpus.label_names[2] == "boat"


@pytest.mark.parametrize("suffix", [".tsv", ".parquet", ".jsonl"])
def test_tsv_parquet_and_json_lines_read_like_csv(tmp_path, suffix):
    frame = pd.DataFrame(GOOD, columns=["body", "tag"]).assign(
        uid=["u1", "u2", "u3", "u4"], part=["train", "val", "train", "test"]
    )
    path = tmp_path / f"t{suffix}"
    if suffix == ".tsv":
        frame.to_csv(path, sep="\t", index=False)
    elif suffix == ".parquet":
        frame.to_parquet(path)
    else:
        frame.to_json(path, orient="records", lines=True)
    table = load_table(str(path), "body", "tag", id_column="uid", split_column="part")
    assert table.corpus.row_ids == ["u1", "u2", "u3", "u4"]
    assert table.corpus.label_names == ["fruit", "vehicle"] and table.corpus.labels.tolist() == [0, 0, 1, 1]
    assert {k: v.tolist() for k, v in fixed_splits(table.splits).items()} == {"train": [0, 2], "val": [1], "test": [3]}


def test_the_wordnet_export_reads_back_as_the_embedded_corpus(tmp_path, capsys):
    """``python -m kdcal export-wordnet OUT.csv`` (``kdcal.cli.main``, in this process): the table and
    label list it writes read back as the embedded corpus, and it prints the config that uses them."""
    from kdcal.cli import main

    out = tmp_path / "new" / "folder" / "wn.csv"  # folders made as needed
    assert main(["export-wordnet", str(out)]) == 0
    labels = out.with_suffix(".labels.json")
    assert capsys.readouterr().out.splitlines() == [
        f"wrote {out} and {labels}; use them with",
        f"  dataset: {{source: table, path: {out}, id_column: row_id, label_names: {labels}}}",
    ]
    table = load_table(str(out), "text", "label", id_column="row_id", label_names=str(labels)).corpus
    embedded = load_wordnet_supersenses()
    assert table.row_ids == embedded.row_ids and table.texts == embedded.texts
    assert table.label_names == embedded.label_names and np.array_equal(table.labels, embedded.labels)
    # Labels by name in the table; the label list one name per line, as json.dumps(indent=1) writes it.
    assert pd.read_csv(out, nrows=1).columns.tolist() == ["row_id", "text", "label"]
    assert pd.read_csv(out, nrows=1).label[0] == embedded.label_names[embedded.labels[0]]
    assert labels.read_text() == "[\n" + ",\n".join(f' "{name}"' for name in embedded.label_names) + "\n]\n"


def test_the_wordnet_export_writes_into_an_existing_folder(tmp_path, monkeypatch):
    from kdcal.data import corpus as data

    small = data.Corpus(["n1", "v2"], ["cat: a pet", "run: move"], np.array([1, 0]), ["verb.motion", "noun.animal"])
    monkeypatch.setattr(data, "load_wordnet_supersenses", lambda: small)
    assert data.export_wordnet(tmp_path / "wn.csv") == (tmp_path / "wn.csv", tmp_path / "wn.labels.json")
    assert (tmp_path / "wn.csv").read_text() == "row_id,text,label\nn1,cat: a pet,noun.animal\nv2,run: move,verb.motion\n"
    assert json.loads((tmp_path / "wn.labels.json").read_text()) == ["verb.motion", "noun.animal"]


@pytest.mark.parametrize("argv", [["export-wordnet"], ["export-wordnet", "a.csv", "b.csv"]])
def test_the_wordnet_export_without_its_one_argument_prints_its_usage(argv, capsys):
    from kdcal.cli import EXPORT_USAGE, main

    assert main(argv) == 2
    assert capsys.readouterr().out == EXPORT_USAGE + "\n"
    assert EXPORT_USAGE.startswith("usage: python -m kdcal export-wordnet OUT.csv\n")


@pytest.mark.parametrize("argv", [[], ["export", "x.csv"], ["--help"]])
def test_an_unknown_command_prints_every_command(argv, capsys):
    from kdcal.cli import main

    assert main(argv) == 2
    out = capsys.readouterr().out
    assert all(
        f"python -m kdcal {c}" in out for c in ("export-wordnet", "compare-published", "config-reference", "error-reference")
    )


REFUSALS = {
    "missing text column": (
        GOOD,
        {"text_column": "body"},
        r"t.csv: no column 'body' \(dataset.text_column\); the columns are text, label",
    ),
    "missing label column": (GOOD, {"label_column": "y"}, r"no column 'y' \(dataset.label_column\)"),
    "empty and blank texts": (
        [("a", "x"), ("", "x"), ("b", "y"), ("   ", "y")],
        {},
        r"t.csv: column 'text' \(dataset.text_column\) is empty or whitespace-only in rows 1 and 3",
    ),
    "missing label": ([("a", "x"), ("b", ""), ("c", "y")], {}, r"column 'label' \(dataset.label_column\) has no label in row 1"),
    "label not in label_names": (
        GOOD,
        {"label_names": ["fruit", "boat"]},
        r"label\(s\) 'vehicle' not in dataset.label_names, in rows 2 and 3",
    ),
    "integer label outside label_names": (
        [("a", 0), ("b", 2)],
        {"label_names": ["p", "q"]},
        r"integer labels outside \[0, 2\) for the 2 classes of dataset.label_names, in row 1",
    ),
    "duplicate ids": (
        [("a", "x", "k1"), ("b", "y", "k2"), ("c", "x", "k1")],
        {"id_column": "id"},
        r"column 'id' \(dataset.id_column\) has duplicate ids \('k1' and others\) in rows 0 and 2",
    ),
    "missing id": (
        [("a", "x", "k1"), ("b", "y", "")],
        {"id_column": "id"},
        r"column 'id' \(dataset.id_column\) has no id in row 1",
    ),
    "bad split value": (
        [("a", "x", "train"), ("b", "y", "dev"), ("c", "y", "")],
        {"split_column": "id"},
        r"column 'id' \(dataset.split_column\) has value\(s\) '', 'dev' in rows 1 and 2; allowed: train, val, test",
    ),
    "no rows": ([], {}, r"t.csv: the table has no rows"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_bad_tables_are_refused_naming_file_column_and_rows(tmp_path, case):
    rows, options, message = REFUSALS[case]
    columns = ("text", "label", "id") if rows and len(rows[0]) == 3 else ("text", "label")
    path = write_csv(tmp_path / "t.csv", rows, columns)
    with pytest.raises(DataError, match=message):
        load_table(
            path,
            options.get("text_column", "text"),
            options.get("label_column", "label"),
            options.get("id_column"),
            options.get("split_column"),
            options.get("label_names"),
        )


def test_integer_looking_text_labels_are_names_when_every_one_is_a_name(tmp_path):
    # CSV cells are text: "0".."3" with names ["3", "2", "1", "0"] are those names, not positions.
    path = write_csv(tmp_path / "t.csv", [("a", "0"), ("b", "1"), ("c", "2"), ("d", "3")])
    named = load_table(path, "text", "label", label_names=["3", "2", "1", "0"]).corpus
    assert named.labels.tolist() == [3, 2, 1, 0]
    assert [named.label_names[i] for i in named.labels] == ["0", "1", "2", "3"]  # each row keeps its own label
    # None of them a name: positions into the names (a CSV of class ids with a names file).
    positions = load_table(path, "text", "label", label_names=["w", "x", "y", "z"]).corpus
    assert positions.labels.tolist() == [0, 1, 2, 3] and positions.label_names == ["w", "x", "y", "z"]
    # Numbers in a Parquet column are positions whatever the names look like.
    frame = pd.DataFrame({"text": list("abcd"), "label": [0, 1, 2, 3]})
    frame.to_parquet(tmp_path / "t.parquet")
    numbers = load_table(str(tmp_path / "t.parquet"), "text", "label", label_names=["3", "2", "1", "0"]).corpus
    assert numbers.labels.tolist() == [0, 1, 2, 3]
    # Some names, some not: either reading is possible, so neither is taken.
    with pytest.raises(DataError) as err:
        load_table(path, "text", "label", label_names=["3", "2", "1", "7"])
    message = str(err.value)
    assert "some are class names in dataset.label_names ('1', rows 1, 2 and 3)" in message
    assert "some are not ('0', row 0)" in message and "\n" not in message


def test_labels_differing_only_in_whitespace_are_refused_or_stripped_on_request(tmp_path):
    rows = [("a", "noun.food"), ("b", "noun.food "), ("c", "noun.act"), ("d", "noun.food")]
    path = write_csv(tmp_path / "t.csv", rows)
    with pytest.raises(DataError) as err:
        load_table(path, "text", "label")
    message = str(err.value)
    assert "'noun.food' in rows 0 and 3; 'noun.food ' in row 1" in message and "dataset.strip_labels: true" in message
    stripped = load_table(path, "text", "label", strip_labels=True).corpus
    assert stripped.label_names == ["noun.act", "noun.food"] and stripped.labels.tolist() == [1, 1, 0, 1]
    with pytest.raises(DataError, match=r"'noun.food ' differs from 'noun.food' only in spaces"):
        load_table(write_csv(tmp_path / "u.csv", rows[1:3]), "text", "label", label_names=["noun.food", "noun.act"])


def test_a_column_named_twice_in_the_header_is_refused(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("text,label,label\na,x,y\nb,y,x\n")
    with pytest.raises(DataError, match=r"t.csv: the header names column 'label' 2 times \(columns 2 and 3\)"):
        load_table(str(path), "text", "label")
    path.write_text("text,label,note,note\na,x,1,2\nb,y,3,4\n")  # a column kdcal does not read may repeat
    assert load_table(str(path), "text", "label").corpus.labels.tolist() == [0, 1]


def test_an_encoding_is_a_setting_and_a_wrong_one_names_byte_and_line(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes("text,label\nthe café,x\nna\u00efve,y\n".encode("latin-1"))
    with pytest.raises(DataError) as err:
        load_table(str(path), "text", "label")
    assert "not valid utf-8 at byte 18 (line 2); set dataset.encoding" in str(err.value)
    corpus = load_table(str(path), "text", "label", encoding="latin-1").corpus
    assert corpus.texts == ["the café", "naïve"]
    with pytest.raises(DataError, match=r"dataset.encoding 'latin-9000': not an encoding"):
        load_table(str(path), "text", "label", encoding="latin-9000")


def test_a_broken_json_lines_file_is_reported_by_line(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text('{"text": "a", "label": "x"}\n{"text": "b", "label": "y"}\n{"text": "c", "label": \n')
    with pytest.raises(DataError, match=r"t.jsonl: cannot be read as jsonl \(line 3 is not valid JSON: Expecting value"):
        load_table(str(path), "text", "label")


def test_unreadable_and_absent_files_are_named(tmp_path):
    (tmp_path / "t.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(DataError, match=r"t.parquet: cannot be read as parquet"):
        load_table(str(tmp_path / "t.parquet"), "text", "label")
    with pytest.raises(DataError, match=r"dataset.path .*absent.csv: no such file"):
        load_table(str(tmp_path / "absent.csv"), "text", "label")


def test_a_hub_dataset_that_is_not_cached_offline_is_one_line(monkeypatch, tmp_path):
    import datasets.config
    import huggingface_hub.constants

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    # Both libraries read the variable once, at import; another test may have imported them online.
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(DataError, match=r"no-such-user/no-such-dataset: not a file ending in .*HF_HUB_OFFLINE=1"):
        load_table("no-such-user/no-such-dataset", "text", "label")


def test_a_dataset_folder_concatenates_its_splits_and_keeps_classlabel_names(tmp_path):
    import datasets

    features = datasets.Features({"text": datasets.Value("string"), "label": datasets.ClassLabel(names=["neg", "pos", "mixed"])})
    folder = tmp_path / "ds"
    folder.mkdir()
    datasets.Dataset.from_dict({"text": ["good", "bad"], "label": [1, 0]}, features=features).to_parquet(folder / "train.parquet")
    datasets.Dataset.from_dict({"text": ["so so"], "label": [2]}, features=features).to_parquet(folder / "test.parquet")
    corpus = load_table(str(folder), "text", "label").corpus
    assert sorted(corpus.row_ids) == ["test:0", "train:0", "train:1"]
    assert corpus.label_names == ["neg", "pos", "mixed"]
    by_id = dict(zip(corpus.row_ids, corpus.labels.tolist(), strict=True))
    assert by_id == {"train:0": 1, "train:1": 0, "test:0": 2}


def test_duplicate_texts_with_different_labels_are_kept_and_counted(tmp_path):
    rows = [("same", "x"), ("same", "y"), ("same", "x"), ("other", "x"), ("other", "x"), ("third", "y")]
    table = load_table(write_csv(tmp_path / "t.csv", rows), "text", "label")
    assert len(table.corpus.texts) == 6
    # One text ("same") carries two labels over three rows; "other" repeats with one label.
    assert conflicting_duplicates(table.corpus.texts, table.corpus.labels) == {
        "conflicting_duplicate_texts": 1,
        "rows_with_conflicting_duplicates": 3,
    }


def test_a_class_too_small_for_the_split_is_named_with_its_count_and_the_fix():
    labels = np.array([0] * 60 + [1] * 38 + [2] * 2)
    sizes = {"train": 20, "val": 10, "test": 5}
    splits = {"train": np.arange(0, 100, 5), "val": np.arange(1, 100, 10), "test": np.arange(2, 100, 20)}
    splits["train"] = splits["train"][labels[splits["train"]] != 2]
    with pytest.raises(
        DataError,
        match=r"data.csv: class 'c' has 2 row\(s\) and none in the train split .*about 5 rows.*raise dataset.sizes.train",
    ):
        check_split_classes(labels, splits, ["a", "b", "c"], "data.csv", sizes)


def test_a_fixed_split_without_training_rows_of_a_class_says_where_its_rows_are():
    labels = np.array([0, 0, 1, 1, 2, 2, 0, 1])
    splits = fixed_splits(np.array(["train", "train", "train", "val", "val", "test", "val", "val"]))
    with pytest.raises(
        DataError, match=r"class 'c' has 2 row\(s\) and none in the train split .*val 1, test 1; put some of them in train"
    ):
        check_split_classes(labels, splits, ["a", "b", "c"], "data.csv")


def test_more_classes_than_rows_in_a_split_is_refused():
    labels = np.arange(10) % 5
    with pytest.raises(DataError, match=r"the val split has 3 rows for 5 classes.*raise dataset.sizes.val"):
        check_split_classes(
            labels,
            {"train": np.arange(5), "val": np.arange(5, 8), "test": np.arange(8, 10)},
            list("abcde"),
            "d",
            {"train": 5, "val": 3, "test": 2},
        )


# --- the user's teacher outputs ----------------------------------------------------------------


def teacher_rows():
    ids = np.array(["r0", "r1", "r2", "r3", "r4", "r5"])
    return TeacherRows(
        np.array(["t"] * 6, dtype=object),
        np.array([0, 1, 2, 0, 1, 2]),
        ids,
        {"train": np.array([0, 1, 2, 3]), "val": np.array([4, 5])},
    )


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


@pytest.mark.parametrize("fmt", ["npz", "parquet"])
@pytest.mark.parametrize("key", ["logits", "probs"])
def test_teacher_outputs_are_matched_by_row_id_in_any_order(tmp_path, fmt, key):
    rng = np.random.default_rng(0)
    logits = rng.normal(size=(7, 3)).astype(np.float32)
    ids = np.array(["r5", "r3", "extra_test_row", "r0", "r1", "r4", "r2"])
    values = softmax(logits.astype(np.float64)) if key == "probs" else logits
    path = tmp_path / f"teacher.{fmt}"
    if fmt == "npz":
        np.savez(path, row_ids=ids, **{key: values})
    else:
        pd.DataFrame({"row_id": ids, key: list(values)}).to_parquet(path)
    rows = teacher_rows()
    rows.row_ids = np.append(rows.row_ids, "extra_test_row")  # a dataset row outside train and val is allowed
    logits_of = align_teacher_file(read_teacher_file(path, "teacher.file"), rows, ["a", "b", "c"], "teacher.file")
    order = {rid: i for i, rid in enumerate(ids)}
    expected = (
        np.log(values[[order[f"r{i}"] for i in range(4)]]) if key == "probs" else logits[[order[f"r{i}"] for i in range(4)]]
    )
    np.testing.assert_allclose(logits_of("train", rows.parts["train"]), expected, rtol=1e-6, atol=1e-6)


def test_zero_probabilities_become_a_finite_clipped_log(tmp_path):
    probs = np.array([[1.0, 0.0, 0.0]] * 6)
    np.savez(tmp_path / "t.npz", row_ids=teacher_rows().row_ids, probs=probs)
    logits = read_teacher_file(tmp_path / "t.npz", "t").logits
    assert np.isfinite(logits).all() and logits[0, 1] == pytest.approx(np.log(1e-30))


def bad_teacher(tmp_path, **arrays):
    base = {"row_ids": teacher_rows().row_ids, "logits": np.zeros((6, 3), np.float32)}
    base.update(arrays)
    np.savez(tmp_path / "t.npz", **{k: v for k, v in base.items() if v is not None})
    return tmp_path / "t.npz"


TEACHER_REFUSALS = {
    "extra rows": (
        {"row_ids": np.array(["r0", "r1", "r2", "r3", "r4", "zz"])},
        r"1 rows have ids that are not rows of the dataset \(first 'zz'\)",
    ),
    "missing val row": (
        {"row_ids": np.array(["r0", "r1", "r2", "r3", "r4"]), "logits": np.zeros((5, 3), np.float32)},
        r"1 of the 2 val rows are missing \(first id 'r5'\)",
    ),
    "duplicate ids": (
        {"row_ids": np.array(["r0", "r1", "r2", "r3", "r4", "r4"])},
        r"1 row ids occur more than once \(first 'r4'\)",
    ),
    "class count": ({"logits": np.zeros((6, 4), np.float32)}, r"4 classes per row, but the dataset has 3 classes"),
    "nan and inf": (
        {"logits": np.array([[0, 0, 0], [np.nan, 0, 0], [0, 0, 0], [0, np.inf, np.nan], [0, 0, 0], [0, 0, 0]], np.float32)},
        r"NaN or infinite values \(first in row 1; 2 rows\)",
    ),
    "probs not summing to 1": (
        {"logits": None, "probs": np.array([[0.5, 0.5, 0.0]] * 4 + [[0.5, 0.4, 0.0], [0.3, 0.3, 0.3]])},
        r"probs do not sum to 1 within 0.001 in 2 rows \(first row 4 sums to 0.9\)",
    ),
    "probabilities under logits": ({"logits": np.full((6, 3), 1 / 3, np.float32)}, r"look like probabilities, not logits"),
    "no scores": (
        {"logits": None, "scores": np.zeros((6, 3))},
        r"expected arrays row_ids and logits or probs \(or topk_ids and topk_logprobs\); found row_ids, scores",
    ),
    "other class names": (
        {"label_names": np.array(["a", "c", "b"])},
        r"label_names differ from the dataset's at class 1 \('c' vs 'b'\)",
    ),
    # The dataset's labels are 0 1 2 0 1 2 for r0 .. r5.
    "labels of other rows": (
        {"labels": np.array([0, 1, 2, 1, 1, 0])},
        r"its labels differ from the dataset's on 2 of 6 rows \(first row id 'r3': 1 in the file, 0 \('a'\) in the dataset\)",
    ),
    "labels as other names": (
        {"labels": np.array(["a", "b", "c", "a", "c", "c"])},
        r"its labels differ from the dataset's on 1 of 6 rows \(first row id 'r4': 'c' in the file, 1 \('b'\) in the dataset\)",
    ),
    "logits and probs": (
        {"probs": np.full((6, 3), 1 / 3)},
        r"holds more than one kind of scores \(logits, probs\); set teacher.scores to the one to use \(logits or probs\)",
    ),
    "dense and top-k": (
        {"topk_ids": np.zeros((6, 1), np.int64), "topk_logprobs": np.zeros((6, 1))},
        r"holds more than one kind of scores \(logits, topk_ids and topk_logprobs\)",
    ),
}


@pytest.mark.parametrize("case", list(TEACHER_REFUSALS))
def test_bad_teacher_outputs_are_refused_with_the_file_problem_and_rows(tmp_path, case):
    arrays, message = TEACHER_REFUSALS[case]
    path = bad_teacher(tmp_path, **arrays)
    with pytest.raises(PredictionsError, match=r"teacher.file: .*" + message):
        align_teacher_file(read_teacher_file(path, "teacher.file"), teacher_rows(), ["a", "b", "c"], "teacher.file")


def test_a_file_with_two_kinds_of_scores_is_read_as_teacher_scores_says(tmp_path):
    rng = np.random.default_rng(3)
    logits = rng.normal(size=(6, 3)).astype(np.float32)
    probs = softmax(rng.normal(size=(6, 3)))
    path = bad_teacher(tmp_path, logits=logits, probs=probs)
    np.testing.assert_array_equal(read_teacher_file(path, "t", scores="logits").logits, logits)
    np.testing.assert_allclose(read_teacher_file(path, "t", scores="probs").logits, np.log(probs), rtol=1e-6)
    with pytest.raises(PredictionsError, match=r"t: teacher.scores is topk but the file holds logits and probs scores"):
        read_teacher_file(path, "t", scores="topk")


def test_labels_that_match_the_dataset_are_accepted_as_ids_or_names(tmp_path):
    for labels in (np.array([0, 1, 2, 0, 1, 2]), np.array(["a", "b", "c", "a", "b", "c"])):
        logits = np.random.default_rng(4).normal(size=(6, 3)).astype(np.float32)
        path = bad_teacher(tmp_path, logits=logits, labels=labels)
        logits_of = align_teacher_file(read_teacher_file(path, "t"), teacher_rows(), ["a", "b", "c"], "t")
        np.testing.assert_array_equal(logits_of("val", np.array([4, 5])), logits[[4, 5]])


@pytest.mark.parametrize("constant_rows", [6, 1])
def test_a_teacher_constant_across_classes_is_refused_for_that_reason(tmp_path, constant_rows):
    """Uniform logits on every row (or on more than 1% of them: here 1 of 4 training rows) say
    nothing; the import refuses them instead of training a kd student on uniform targets."""
    from kdcal.teachers.files import TeacherError, write_teacher_outputs

    rows = teacher_rows()
    logits = np.random.default_rng(5).normal(size=(6, 3)).astype(np.float32)
    logits[:constant_rows] = 0.7
    tiers = {"tiers": ["head", "mid", "tail"]}
    with pytest.raises(
        TeacherError,
        match=rf"teacher.file: the teacher's scores are the same for every class on {min(constant_rows, 4)} of the 4 train rows \(first row id 'r0'\)",
    ):
        write_teacher_outputs(
            rows, lambda part, index: logits[index], tiers, tmp_path / "t.npz", tmp_path / "v.npz", source="teacher.file"
        )
    assert not (tmp_path / "t.npz").exists()


def test_a_replayed_file_may_hold_probabilities(tmp_path):
    rng = np.random.default_rng(1)
    probs = softmax(rng.normal(size=(50, 4)))
    labels, tiers = rng.integers(0, 4, 50), np.array(["head"] * 50)
    np.savez(tmp_path / "p.npz", probs=probs, labels=labels, val_tiers=tiers)
    np.savez(tmp_path / "l.npz", logits=np.log(probs), labels=labels, val_tiers=tiers)
    np.testing.assert_allclose(read_published(tmp_path / "p.npz").logits, read_published(tmp_path / "l.npz").logits, rtol=1e-6)
    np.savez(tmp_path / "bad.npz", probs=probs * 1.01, labels=labels, val_tiers=tiers)
    with pytest.raises(PredictionsError, match=r"bad.npz: probs do not sum to 1 within 0.001 in 50 rows"):
        read_published(tmp_path / "bad.npz")
    np.savez(tmp_path / "none.npz", labels=labels, val_tiers=tiers)
    with pytest.raises(PredictionsError, match=r"missing key\(s\) logits or probs"):
        read_published(tmp_path / "none.npz")


# --- end to end ---------------------------------------------------------------------------------


def assert_same_predictions(one, two, keys=("logits", "labels", "tiers")):
    """Every arm's prediction arrays bit for bit (metrics.tsv alone is written at 6 decimals)."""
    names = sorted(p.name for p in (two / "results/predictions").glob("*.npz"))
    assert names and names == sorted(p.name for p in (one / "results/predictions").glob("*.npz"))
    for name in names:
        with np.load(one / "results/predictions" / name) as a, np.load(two / "results/predictions" / name) as b:
            assert all(np.array_equal(a[k], b[k]) for k in keys), name


@pytest.mark.workflow
def test_the_wordnet_table_as_csv_gives_the_embedded_studys_metrics(tiny_study, tmp_path):
    """The embedded corpus exported to CSV and read back through dataset.source: table, with the
    same sizes and seeds: metrics.tsv byte for byte; label names in the per-class table."""
    workdir = copy_workflow(tmp_path / "csv")
    done = subprocess.run([sys.executable, "-m", "kdcal", "export-wordnet", "data/wn.csv"], cwd=workdir, check=False)
    assert done.returncode == 0
    dataset = {"source": "table", "path": "data/wn.csv", "id_column": "row_id", "label_names": "data/wn.labels.json"}
    write_config(workdir, "own.yaml", {"dataset": dataset})
    run = snakemake(workdir, "results/metrics.tsv", "results/per_class.tsv", configfile="own.yaml")
    assert run.returncode == 0, run.stderr[-4000:]
    assert (workdir / "results/metrics.tsv").read_bytes() == (tiny_study / "results/metrics.tsv").read_bytes()
    assert_same_predictions(workdir, tiny_study, keys=("logits", "labels", "tiers", "row_ids"))
    per_class = pd.read_csv(workdir / "results/per_class.tsv", sep="\t")
    assert per_class[per_class.arm == "kd"]["class"].tolist() == load_wordnet_supersenses().label_names
    summary = json.loads((workdir / "results/data/summary.json").read_text())
    assert summary == {
        "source": "table",
        "rows": 117659,
        "classes": 45,
        "conflicting_duplicate_texts": 0,
        "rows_with_conflicting_duplicates": 0,
    }


@pytest.mark.workflow
def test_a_parquet_table_with_the_users_teacher_outputs_gives_the_embedded_studys_metrics(tiny_study, tmp_path):
    """Parquet with integer labels, default row ids (row numbers) and the teacher given as a
    Parquet file of its logits keyed by row id, shuffled: the same metrics as the embedded study."""
    workdir = copy_workflow(tmp_path / "parquet")
    corpus = pd.read_parquet(tiny_study / "results/data/corpus.parquet")
    (workdir / "data").mkdir()
    corpus[["text", "label"]].rename(columns={"text": "body", "label": "y"}).to_parquet(workdir / "data/own.parquet")
    position = {rid: i for i, rid in enumerate(corpus.row_id)}
    ids, logits = [], []
    for name in ("results/teacher/train_logits.npz", "results/predictions/teacher.npz"):
        with np.load(tiny_study / name) as part:
            ids += [str(position[r]) for r in part["row_ids"].astype(str)]
            logits += list(part["logits"].astype(np.float32))
    order = np.random.default_rng(0).permutation(len(ids))
    teacher = pd.DataFrame({"row_id": np.array(ids)[order], "logits": [logits[i] for i in order]})
    teacher.to_parquet(workdir / "data/teacher.parquet")
    names = json.loads((tiny_study / "results/data/labels.json").read_text())
    overrides = {
        "dataset": {
            "source": "table",
            "path": "data/own.parquet",
            "text_column": "body",
            "label_column": "y",
            "label_names": names,
        },
        "teacher": {"source": "logits", "file": "data/teacher.parquet"},
    }
    write_config(workdir, "own.yaml", overrides)
    run = snakemake(workdir, "results/metrics.tsv", configfile="own.yaml")
    assert run.returncode == 0, run.stderr[-4000:]
    assert "rule train_teacher" not in run.stdout + run.stderr
    assert (workdir / "results/metrics.tsv").read_bytes() == (tiny_study / "results/metrics.tsv").read_bytes()
    assert_same_predictions(workdir, tiny_study)  # row ids differ: row numbers here, synset ids there


@pytest.mark.workflow
def test_a_bad_table_stops_before_any_training_with_one_line(tmp_path):
    workdir = copy_workflow(tmp_path / "bad")
    rows = [(f"text {i}", "big" if i % 10 else "rare") for i in range(400)] + [("one more", "tiny")]
    write_csv(workdir / "small.csv", rows)
    sizes = {"train": 100, "val": 60, "test": 20}
    write_config(
        workdir, "own.yaml", {"dataset": {"source": "table", "path": "small.csv", "sizes": sizes, "tiers": {"head": 1, "mid": 1}}}
    )
    run = snakemake(workdir, "results/table.md", configfile="own.yaml")
    assert run.returncode != 0
    log = (workdir / "logs/split_dataset/split_dataset.log").read_text()
    assert "small.csv: class 'tiny' has 1 row(s) and none in the train split" in log
    assert "raise dataset.sizes.train" in log
    assert not (workdir / "results/students").exists() and not (workdir / "results/teacher").exists()


@pytest.mark.workflow
def test_a_single_class_table_is_refused_for_that_reason_before_any_training(tmp_path):
    workdir = copy_workflow(tmp_path / "one")
    write_csv(workdir / "one.csv", [(f"text number {i}", "only") for i in range(400)])
    sizes = {"train": 200, "val": 100, "test": 50}
    write_config(workdir, "own.yaml", {"dataset": {"source": "table", "path": "one.csv", "sizes": sizes}})
    run = snakemake(workdir, "results/table.md", configfile="own.yaml")
    assert run.returncode != 0
    log = (workdir / "logs/prepare_corpus/prepare_corpus.log").read_text()
    assert "every one of the 400 rows has the same label ('only'): a classifier needs at least two classes" in log
    assert "Traceback" not in log and "tiers" not in log
    assert not (workdir / "results/students").exists()


@pytest.mark.workflow
def test_one_huge_text_cell_costs_a_student_job_no_more_memory(tiny_study, tmp_path):
    """One validation text of ~50 MB: the student's job tokenizes only its first max_length tokens'
    worth, so its peak RSS (the benchmark file's max_rss) stays within 1.5x of the same study
    without that cell."""
    corpus = pd.read_parquet(tiny_study / "results/data/corpus.parquet")
    split = np.full(len(corpus), "", dtype=object)
    for name in ("train", "val", "test"):
        split[json.loads((tiny_study / f"results/data/splits/{name}.json").read_text())] = name
    table = corpus[split != ""].assign(split=split[split != ""])
    names = json.loads((tiny_study / "results/data/labels.json").read_text())
    peaks = {}
    for case in ("plain", "huge"):
        workdir = copy_workflow(tmp_path / case)
        (workdir / "data").mkdir()
        frame = table.copy()
        if case == "huge":
            row = int(np.flatnonzero(frame.split.to_numpy() == "val")[0])
            frame.iloc[row, frame.columns.get_loc("text")] = frame.text.iloc[row] + " " + "pasted log line 42 " * 2_700_000
        frame[["row_id", "text", "label", "split"]].to_parquet(workdir / "data/own.parquet")
        dataset = {"source": "table", "path": "data/own.parquet", "id_column": "row_id", "split_column": "split"}
        write_config(workdir, "own.yaml", {"dataset": {**dataset, "label_names": names}})
        run = snakemake(workdir, "results/predictions/vanilla.npz", configfile="own.yaml")
        assert run.returncode == 0, run.stderr[-3000:]
        bench = pd.read_csv(workdir / "results/benchmarks/train_student/vanilla.tsv", sep="\t")
        peaks[case] = float(bench.max_rss.iloc[0])
    assert peaks["huge"] < 1.5 * peaks["plain"], peaks
