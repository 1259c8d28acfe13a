"""Replay: published-format files, hub fetching from a local cache, and refusals of bad files."""

import numpy as np
import pytest

from kdcal.data.replay import read_published, read_study
from kdcal.hub import FetchError, fetch_to, parse_hf_uri
from kdcal.predictions import PredictionsError
from published_fixtures import K, N, write_hub_cache, write_published_study


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    return write_published_study(tmp_path_factory.mktemp("published"))


def test_published_files_read_with_their_shapes(study):
    arms = read_study({arm: study[arm] for arm in ("teacher", "vanilla", "kd")})
    assert arms["vanilla"].logits.shape == (N, K) and arms["vanilla"].logits.dtype == np.float16
    assert list(arms["kd"].row_ids[:3]) == ["0", "1", "2"]
    assert set(arms["teacher"].tiers) == {"head", "mid", "tail"}


def test_parse_hf_uris():
    f = parse_hf_uri("hf://datasets/earino/ecbs5200-week6-teacher-logits/val_logits_canonical_final.npz")
    assert (f.repo_type, f.repo_id, f.filename, f.revision) == (
        "dataset",
        "earino/ecbs5200-week6-teacher-logits",
        "val_logits_canonical_final.npz",
        None,
    )
    f = parse_hf_uri("hf://earino/ecbs5200-week6-vanilla-baseline@v1/sub/val_predictions.npz")
    assert (f.repo_type, f.repo_id, f.filename, f.revision) == (
        "model",
        "earino/ecbs5200-week6-vanilla-baseline",
        "sub/val_predictions.npz",
        "v1",
    )
    assert f.uri == "hf://earino/ecbs5200-week6-vanilla-baseline@v1/sub/val_predictions.npz"
    with pytest.raises(FetchError, match="expected hf://"):
        parse_hf_uri("hf://earino/only-repo")


def test_fetch_reads_the_hub_cache_offline(study, tmp_path, monkeypatch):
    cache = tmp_path / "hub"
    write_hub_cache(cache, "dataset", "earino/ecbs5200-week6-teacher-logits", "val_logits_canonical_final.npz", study["teacher"])
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    import huggingface_hub.constants as c

    monkeypatch.setattr(c, "HF_HUB_CACHE", str(cache))
    monkeypatch.setattr(c, "HF_HUB_OFFLINE", True)
    fetch_to("hf://datasets/earino/ecbs5200-week6-teacher-logits/val_logits_canonical_final.npz", tmp_path / "got.npz")
    assert (tmp_path / "got.npz").read_bytes() == study["teacher"].read_bytes()
    with pytest.raises(FetchError) as err:
        fetch_to("hf://earino/ecbs5200-week6-vanilla-baseline/val_predictions.npz", tmp_path / "missing.npz")
    message = str(err.value)
    assert "hf://earino/ecbs5200-week6-vanilla-baseline/val_predictions.npz" in message
    assert "HF_HUB_OFFLINE=1" in message and "local path" in message


def test_fetch_works_with_huggingface_hub_before_1_0(study, tmp_path, monkeypatch):
    """Kaggle's image ships huggingface_hub < 1.0, where RemoteEntryNotFoundError does not exist
    (it is EntryNotFoundError there): the fetch must not fail on the import."""
    import huggingface_hub.constants as c
    import huggingface_hub.file_download  # noqa: F401 -- loaded before the name goes, as it would be in 0.x
    from huggingface_hub import errors

    monkeypatch.delattr(errors, "RemoteEntryNotFoundError", raising=False)  # absent anyway before 1.0
    cache = tmp_path / "hub"
    write_hub_cache(cache, "dataset", "earino/ecbs5200-week6-teacher-logits", "val_logits_canonical_final.npz", study["teacher"])
    monkeypatch.setattr(c, "HF_HUB_CACHE", str(cache))
    monkeypatch.setattr(c, "HF_HUB_OFFLINE", True)
    fetch_to("hf://datasets/earino/ecbs5200-week6-teacher-logits/val_logits_canonical_final.npz", tmp_path / "got.npz")
    assert (tmp_path / "got.npz").read_bytes() == study["teacher"].read_bytes()
    with pytest.raises(FetchError, match="HF_HUB_OFFLINE=1 is set and the file is not in the cache"):
        fetch_to("hf://earino/ecbs5200-week6-vanilla-baseline/val_predictions.npz", tmp_path / "missing.npz")


def test_a_missing_local_file_is_named_and_nothing_is_written(tmp_path):
    with pytest.raises(FetchError, match="nope.npz: no such file"):
        fetch_to(str(tmp_path / "nope.npz"), tmp_path / "out.npz")
    assert list(tmp_path.iterdir()) == []


def test_a_local_file_is_copied_into_a_new_folder(tmp_path):
    source = tmp_path / "source.json"
    source.write_text("[1, 2]")
    fetch_to(str(source), tmp_path / "a" / "copy.json")
    assert (tmp_path / "a" / "copy.json").read_text() == "[1, 2]"


def test_an_unreachable_url_is_named_with_the_way_forward(tmp_path):
    with pytest.raises(FetchError, match="http://127.0.0.1:9/label_list.json: download failed.*local path"):
        fetch_to("http://127.0.0.1:9/label_list.json", tmp_path / "out.json", timeout=5)
    assert list(tmp_path.iterdir()) == []


def rewrite(path, out, **changes):
    with np.load(path) as data:
        arrays = {k: data[k] for k in data.files}
    for key, value in changes.items():
        if value is None:
            arrays.pop(key)
        else:
            arrays[key] = value(arrays[key]) if callable(value) else value
    np.savez(out, **arrays)
    return out


def with_value(index, value):
    def change(a):
        a = a.copy()
        a[index] = value
        return a

    return change


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"labels": None}, r"missing key\(s\) labels"),
        ({"val_tiers": None}, r"missing key\(s\) val_tiers or tiers"),
        ({"logits": lambda a: a.reshape(-1)}, "logits must be 2-D"),
        ({"logits": with_value((17, 3), np.nan)}, "NaN or infinite values .first in row 17"),
        ({"logits": with_value((9, 0), np.inf)}, "NaN or infinite values .first in row 9"),
        ({"labels": with_value(4, K)}, rf"label {K} in row 4 is outside \[0, {K}\)"),
        ({"labels": with_value(4, -1)}, r"label -1 in row 4 is outside"),
        ({"val_tiers": with_value(2, "body")}, r"unknown tier name\(s\) \['body'\]"),
    ],
)
def test_bad_files_are_refused_naming_file_and_problem(study, tmp_path, changes, message):
    bad = rewrite(study["kd"], tmp_path / "broken_kd.npz", **changes)
    with pytest.raises(PredictionsError, match=message) as err:
        read_study({"vanilla": study["vanilla"], "kd": bad})
    assert "broken_kd.npz" in str(err.value)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"logits": lambda a: a[:-5], "preds": lambda a: a[:-5], "labels": lambda a: a[:-5], "val_tiers": lambda a: a[:-5]},
            "6425 rows vs 6430",
        ),
        ({"labels": lambda a: np.roll(a, 1)}, "labels disagree"),
        ({"val_tiers": lambda a: np.where(a == "head", "mid", a)}, "tiers disagree"),
    ],
)
def test_arms_that_do_not_share_rows_are_refused(study, tmp_path, changes, message):
    bad = rewrite(study["kd"], tmp_path / "other_rows.npz", **changes)
    with pytest.raises(PredictionsError, match=message) as err:
        read_study({"vanilla": study["vanilla"], "kd": bad})
    assert "other_rows.npz" in str(err.value) and "vanilla" in str(err.value)


def test_ties_in_float16_logits_allow_either_tied_class(study, tmp_path):
    with np.load(study["kd"]) as data:
        logits, preds = data["logits"].copy(), data["preds"].copy()
    top = logits[0].argmax()
    other = (top + 1) % K
    logits[0, other] = logits[0, top]
    preds[0] = other
    path = rewrite(study["kd"], tmp_path / "tied.npz", logits=logits, preds=preds)
    assert read_published(path).logits.shape == (N, K)


def test_preds_that_contradict_the_logits_are_reported(study, tmp_path, caplog):
    path = rewrite(study["kd"], tmp_path / "odd_preds.npz", preds=lambda a: (a + 1) % K)
    with caplog.at_level("WARNING"):
        read_published(path)
    assert f"odd_preds.npz: preds disagree with the argmax of the logits in {N} rows" in caplog.text


def test_content_id_follows_a_local_files_bytes_not_its_name_or_time(tmp_path):
    import hashlib
    import os

    from kdcal.hub import content_id

    path = tmp_path / "arm.npz"
    path.write_bytes(b"first")
    first = content_id(str(path))
    assert first == "sha256:" + hashlib.sha256(b"first").hexdigest()
    stat = path.stat()
    path.write_bytes(b"second")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert content_id(str(path)) != first  # same name, same time, new content
    assert content_id(str(tmp_path / "absent.npz")) == "missing"


def test_content_id_of_a_hub_file_is_the_commit_of_its_cached_copy_when_offline(tmp_path, monkeypatch):
    from huggingface_hub import constants

    from kdcal.hub import content_id
    from published_fixtures import write_hub_cache

    source = tmp_path / "file.npz"
    source.write_bytes(b"logits")
    cache = tmp_path / "hub"
    uri = "hf://datasets/someone/logits/val.npz"
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(cache))
    assert content_id(uri) == uri  # not cached: the URI alone (fetching it will say why it cannot)
    write_hub_cache(cache, "dataset", "someone/logits", "val.npz", source, commit="a" * 40)
    assert content_id(uri) == f"{uri} @ {'a' * 40}"
    write_hub_cache(cache, "dataset", "someone/logits", "val.npz", source, commit="b" * 40)  # main moved on
    assert content_id(uri) == f"{uri} @ {'b' * 40}"
