"""What the repository promises about itself: the conda environment is the package's, the licence
it announces exists, and profiles hold no key that does nothing."""

import tomllib
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]


def test_the_conda_environment_lists_the_packages_of_pyproject_pinned_the_same_way():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    env = yaml.safe_load((REPO / "envs/kdcal.yaml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert pip == project["dependencies"]
    assert env["channels"] == ["conda-forge"]
    python = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python="))
    assert project["requires-python"] == ">=" + python.removeprefix("python=")


def test_the_announced_licence_exists():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert (REPO / project["license"]["file"]).read_text().startswith("MIT License")


DEFAULT_PROFILE = yaml.safe_load((REPO / "profiles/default/config.yaml").read_text())


@pytest.mark.parametrize("profile", ["kaggle-t4/config.yaml", "slurm/config.yaml"])
def test_profiles_do_not_repeat_the_workflow_profile_or_set_keys_that_do_nothing(profile):
    keys = set(yaml.safe_load((REPO / profile).read_text()))
    assert not keys & set(DEFAULT_PROFILE), "profiles/default applies to every run already"
    rules = "".join(p.read_text() for p in (REPO / "workflow/rules").glob("*.smk"))
    if "shell:" not in rules:
        assert "printshellcmds" not in keys | set(DEFAULT_PROFILE)


def test_a_full_disk_or_a_too_long_name_is_one_line_naming_the_path():
    import errno

    from kdcal.runtime import storage_problem

    full = storage_problem(OSError(errno.ENOSPC, "No space left on device", "results/students/kd/model/model.safetensors"))
    assert full.startswith("no space left on the device writing results/students/kd/model/model.safetensors (")
    assert "MiB free" in full and "free space and run again" in full
    torch_full = storage_problem(
        RuntimeError("[enforce fail at inline_container.cc:603] . unexpected pos 64 vs 0 basic_ios::clear")
    )
    assert torch_full.startswith("a write failed (") and "MiB free" in torch_full
    name = "a" * 300 + ".npz"
    long = storage_problem(OSError(errno.ENAMETOOLONG, "File name too long", f"results/predictions/{name}"))
    assert "304 characters in its last part" in long and "shorten the arm name" in long
    assert storage_problem(ValueError("something else")) is None
    assert all("\n" not in m for m in (full, torch_full, long))


def test_a_full_disk_reports_the_free_space_of_the_file_system_written_to(tmp_path, monkeypatch):
    import errno
    import shutil

    from kdcal.runtime import storage_problem

    # Two "file systems": the working directory and /mnt/other, told apart by their free space.
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    other = tmp_path / "other"
    (other / "resources").mkdir(parents=True)
    free = {str(tmp_path / "work"): 5 * 2**30, str(other / "resources"): 7 * 2**20}
    monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(0, 0, free[str(p)]))
    message = storage_problem(OSError(errno.ENOSPC, "No space left on device", str(other / "resources/new/x.npz")))
    assert f"(7 MiB free under {other / 'resources'})" in message


def test_concurrent_jobs_on_a_two_gpu_machine_get_one_gpu_each(tmp_path, monkeypatch):
    """Mocked device count: the first job claims cuda:0, the next cuda:1 (its lock is separate),
    and a GPU whose job ended is free again."""
    import torch

    from kdcal import runtime

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda index=None: f"Mock GPU {index}")
    held = len(runtime._HELD)
    assert runtime.select_device("auto") == torch.device("cuda:0")
    assert runtime.select_device("cuda") == torch.device("cuda:1")
    assert runtime.select_device("cuda:1") == torch.device("cuda:1")  # an explicit index is kept
    runtime._HELD.pop(held).close()  # the first job ends: its GPU is free again
    assert runtime.select_device("auto") == torch.device("cuda:0")
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 1)
    assert runtime.select_device("auto") == torch.device("cuda")  # one GPU: nothing to choose
    for handle in runtime._HELD[held:]:
        handle.close()
    del runtime._HELD[held:]


def test_cuda_without_a_gpu_is_refused_in_one_line_and_a_gpu_profile_without_one_warns(monkeypatch):
    import torch

    from kdcal import runtime

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    for requested in ("cuda", "cuda:1"):
        with pytest.raises(runtime.NoGpuError) as err:
            runtime.select_device(requested)
        assert f"student.device is {requested} but torch finds no GPU here" in str(err.value)
        assert "\n" not in str(err.value)
    assert runtime.select_device("auto") == torch.device("cpu")
    with pytest.raises(runtime.NoGpuError, match="nothing was started and finished outputs are kept"):
        runtime.gpu_preflight("cuda", 0)
    warning = runtime.gpu_preflight("auto", 2)
    assert "declares 2 GPU(s)" in warning and "train on the CPU" in warning and "\n" not in warning
    assert runtime.gpu_preflight("auto", 0) is None  # no GPU promised: the CPU is what was asked for
    assert runtime.gpu_preflight("cpu", 2) is None
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert runtime.gpu_preflight("cuda", 2) is None and runtime.gpu_preflight("auto", 2) is None


def bench_training():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_training", Path(__file__).resolve().parents[1] / "benchmarks/bench_training.py"
    )
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_the_training_benchmark_looks_up_each_gpus_own_peak(monkeypatch):
    """'L4' is a substring of 'NVIDIA L40S': the longer name must win, or MFU is off by 3x."""
    import torch

    bench = bench_training()
    for name, peak in (("NVIDIA L40S", 362.0), ("NVIDIA L4", 121.0), ("Tesla T4", 65.0), ("NVIDIA H200", 989.0)):
        monkeypatch.setattr(torch.cuda, "get_device_name", lambda *a, name=name: name)
        assert bench.peak_tflops(torch.device("cuda"), None) == peak, name


def test_the_training_benchmark_predicts_the_kaggle_study_from_its_config():
    bench = bench_training()
    kaggle = yaml.safe_load((Path(__file__).resolve().parents[1] / "config/kaggle-t4.yaml").read_text())
    study = bench.kaggle_study()
    assert study == {
        "arms": len(kaggle["arms"]),
        "epochs": kaggle["student"]["training"]["epochs"],
        "batch_size": 32,
        "rows": 79278,
    }
    # 200 examples/s: an epoch of 79,278 rows is 396.39 s; two students on two GPUs train at once
    # (3 epochs: 1189.17 s), on one GPU one after the other (2378.34 s).
    assert bench.study_times(200.0, study, 2) == pytest.approx((396.39, 1189.17))
    assert bench.study_times(200.0, study, 1) == pytest.approx((396.39, 2378.34))


def test_a_table_of_students_trained_off_the_cpu_says_gpu_reruns_move_the_fourth_decimal():
    from kdcal.reporting.results_table import training_notes

    on_cpu = "\n".join(training_notes({"ts": "temperature_scaling"}, {"vanilla": "ce"}, "d", 42, "cpu"))
    on_gpu = "\n".join(training_notes({"ts": "temperature_scaling"}, {"vanilla": "ce"}, "d", 42, "auto"))
    assert "fourth decimal" not in on_cpu and "fourth decimal" in on_gpu


# The package's folders follow the rule graph (models: the tokenizer and classifiers that teachers and
# students share): each stage may import only from itself and the stages
# before it (core: shared file formats and job plumbing; config and plan check a whole study, and
# the command-line tools call any stage).
STAGES = ["core", "data", "models", "teachers", "training", "calibration", "evaluation", "reporting", "study"]
CORE = {"errors", "runtime", "hub", "predictions", "protocol", "__init__"}
STUDY = {"config", "plan", "cli", "measured", "__main__"}


def _stage(parts: list[str]) -> str:
    return "core" if parts[0] in CORE else "study" if parts[0] in STUDY else parts[0]


def test_each_stage_of_the_package_imports_only_from_itself_and_earlier_stages():
    import ast

    package = REPO / "src/kdcal"
    upward, private = [], []
    for path in sorted(package.rglob("*.py")):
        here = path.relative_to(package).with_suffix("").parts
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kdcal"):
                target = node.module.split(".")[1:] or [alias.name for alias in node.names][:1]
                if STAGES.index(_stage(target)) > STAGES.index(_stage(list(here))):
                    upward.append(f"{'/'.join(here)} imports {node.module}")
                private += [f"{'/'.join(here)} imports {node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    assert not upward, upward
    assert not private, private


def test_no_module_of_the_package_imports_itself_back():
    """No import cycle between modules, function-level imports included (kdcal.config checks the
    config; kdcal.plan builds on it, never the other way)."""
    import ast

    package = REPO / "src/kdcal"
    modules = {".".join(p.relative_to(package).with_suffix("").parts).removesuffix(".__init__"): p for p in package.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kdcal."):
                module = node.module.removeprefix("kdcal.")
                targets.add(module)
                targets.update(f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in modules)
        graph[name] = {t for t in targets if t in modules and t != name}
    cycles = []

    def visit(node, trail):
        for nxt in graph[node]:
            if nxt in trail:
                cycles.append(" -> ".join(trail[trail.index(nxt) :] + [nxt]))
            elif nxt not in done:
                visit(nxt, trail + [nxt])
        done.add(node)

    done = set()
    for name in sorted(graph):
        if name not in done:
            visit(name, [name])
    assert not cycles, cycles
