"""A finished student's outputs are taken back by a rerun only when that rerun is for their
incompleteness alone: same run id, same inputs, and the run allowed it."""

import os

from kdcal.training.finished import allow_restore, restore, stash


def finished_job(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in/corpus.parquet").write_bytes(b"rows")
    (tmp_path / "out/model").mkdir(parents=True)
    (tmp_path / "out/model/weights.bin").write_bytes(b"w" * 10)
    (tmp_path / "out/kd.npz").write_bytes(b"logits")
    (tmp_path / "out/kd.npz.sha256").write_text("abc  kd.npz\n")
    inputs, outputs = ["in/corpus.parquet"], ["out/model", "out/kd.npz"]
    stash("kd", "run1", inputs, outputs)
    return inputs, outputs


def delete_outputs(tmp_path):
    """What Snakemake does to an incomplete job's outputs before running it again."""
    import shutil

    shutil.rmtree(tmp_path / "out")


def test_an_incomplete_rerun_takes_the_stash_back_without_extra_space(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    inputs, outputs = finished_job(tmp_path)
    assert os.stat(tmp_path / "out/kd.npz").st_nlink == 2  # a hard link, not a copy
    allow_restore({"kd": True})
    delete_outputs(tmp_path)
    assert restore("kd", "run1", inputs, outputs)
    assert (tmp_path / "out/model/weights.bin").read_bytes() == b"w" * 10
    assert (tmp_path / "out/kd.npz.sha256").read_text() == "abc  kd.npz\n"
    assert not restore("kd", "run1", inputs, outputs)  # the permission is used up


def test_any_other_rerun_trains(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    inputs, outputs = finished_job(tmp_path)
    assert not restore("kd", "run1", inputs, outputs)  # the run did not allow it
    allow_restore({"kd": True})
    assert not restore("kd", "run2", inputs, outputs)  # another recipe or setting
    allow_restore({"kd": True})
    os.utime(tmp_path / "in/corpus.parquet", ns=(1, 1))
    assert not restore("kd", "run1", inputs, outputs)  # an input changed
    allow_restore({"kd": False})  # rerun for another reason: the stash goes
    assert not (tmp_path / ".snakemake/kdcal-finished/kd").exists()
