"""Every setting is honoured and every change reruns exactly what it should.

Every leaf key of the config schema has an entry here, written from what the key means (not read
from the workflow): either the jobs of the tiny study a change must rerun (their downstream jobs
follow, by the study's dependencies written below), or that it must rerun nothing in this study (a
cadence, or a key of another mode or source, whose own tests are named). A key without an entry
fails the test. For every key that reruns jobs the change is made in a copy of the finished study,
those jobs are run, and the outputs the value should change are checked to have changed.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

from workflow_helpers import REPO, merge_config, planned_jobs, snakemake, write_config

pytestmark = pytest.mark.workflow

TRAINED = ("vanilla", "kd")
MAPS = ("vs", "ms", "hb")  # calibration maps beyond the temperature in the tiny study (tests/tiny_config.yaml)
ARMS = ("teacher", *(f"{arm}{suffix}" for arm in ("vanilla", "kd") for suffix in ("", "_ts", *(f"_{m}" for m in MAPS))))
EVALUATED = {f"evaluate_arm:arm={arm}" for arm in ARMS}
# One arm's evaluation (byte-deterministic): where a key changes every evaluation the same way, it
# shows the value reaching the script without evaluating every arm again.
ONE_EVALUATION = "results/evaluation/vanilla.npz"
READ_ALL_PREDICTIONS = {"compare_with_teacher", "tabulate_coverage", "tabulate_classes", "plot_reliability", "plot_coverage"}


def each(rule, wildcard, values):
    return {f"{rule}:{wildcard}={v}" for v in values}


def calibrators(rule, maps=MAPS, arms=("vanilla", "kd")):
    """fit_calibrator / apply_calibrator jobs of these maps and arms."""
    return {f"{rule}:fitted={arm}, posthoc={m}" for arm in arms for m in maps}


# Job -> the jobs that read its outputs (the tiny study's DAG, from the rule graph in docs/dag.md).
DOWNSTREAM = {
    "prepare_corpus": {"split_dataset", "train_teacher", "infer_teacher", "train_tokenizer", "tabulate_classes"}
    | each("train_student", "trained", TRAINED),
    "split_dataset": {"train_teacher", "infer_teacher", "train_tokenizer", "split_validation", "tabulate_classes"}
    | each("train_student", "trained", TRAINED),
    "train_teacher": {"infer_teacher"},
    "infer_teacher": {
        "train_student:trained=kd",
        "fit_calibrator:fitted=teacher, posthoc=ts",
        "evaluate_arm:arm=teacher",
        "diagnose_teacher",
    }
    | READ_ALL_PREDICTIONS,
    "train_tokenizer": each("train_student", "trained", TRAINED),
    "truncate_teacher:topk=5": {"train_student:trained=kd"},
    "split_validation": calibrators("fit_calibrator", ("ts",), ("teacher", *TRAINED))
    | calibrators("fit_calibrator")
    | EVALUATED
    | {"diagnose_teacher", "bootstrap_tier_f1"}
    | READ_ALL_PREDICTIONS,
    "fit_calibrator:fitted=teacher, posthoc=ts": {"diagnose_teacher", "make_table"},
    "evaluate_arm": {"aggregate_metrics"},
    "aggregate_metrics": {"make_table", "plot_ece_vs_nll", "plot_downstream"},
    **{
        job: {"make_table"}
        for job in (
            "diagnose_teacher",
            "bootstrap_tier_f1",
            "plot_ece_vs_nll",
            "plot_downstream",
            "make_table",
            *READ_ALL_PREDICTIONS,
        )
    },
}
for arm in TRAINED:
    DOWNSTREAM[f"train_student:trained={arm}"] = {
        f"fit_calibrator:fitted={arm}, posthoc=ts",
        f"apply_calibrator:fitted={arm}, posthoc=ts",
        *calibrators("fit_calibrator", arms=(arm,)),
        *calibrators("apply_calibrator", arms=(arm,)),
        f"evaluate_arm:arm={arm}",
        "bootstrap_tier_f1",
    } | READ_ALL_PREDICTIONS
    DOWNSTREAM[f"fit_calibrator:fitted={arm}, posthoc=ts"] = {f"apply_calibrator:fitted={arm}, posthoc=ts", "make_table"}
    DOWNSTREAM[f"apply_calibrator:fitted={arm}, posthoc=ts"] = {f"evaluate_arm:arm={arm}_ts"} | READ_ALL_PREDICTIONS
    for m in MAPS:
        DOWNSTREAM[f"fit_calibrator:fitted={arm}, posthoc={m}"] = {f"apply_calibrator:fitted={arm}, posthoc={m}"}
        DOWNSTREAM[f"apply_calibrator:fitted={arm}, posthoc={m}"] = {f"evaluate_arm:arm={arm}_{m}"} | READ_ALL_PREDICTIONS


def downstream(job):
    return DOWNSTREAM.get(job, DOWNSTREAM.get(job.split(":")[0], set()))


def closure(direct):
    out, todo = set(), list(direct)
    while todo:
        job = todo.pop()
        if job not in out:
            out.add(job)
            todo.extend(downstream(job))
    return out


STUDENTS = each("train_student", "trained", TRAINED)
# key -> (a changed value, the jobs it must rerun directly, outputs its value must change).
RERUN = {
    "protocol": (
        "course",
        {"make_table", "bootstrap_tier_f1"} | calibrators("fit_calibrator", ("ts",), ("teacher", *TRAINED)),
        ["results/table.md"],
    ),
    "compute.threads": (2, {"train_teacher"} | STUDENTS, []),  # the numerics may move; nothing says they must
    "dataset.sizes.train": (2900, {"split_dataset"}, ["results/data/splits/train.json"]),
    "dataset.sizes.val": (500, {"split_dataset"}, ["results/split/cal_eval.json"]),
    "dataset.sizes.test": (90, {"split_dataset"}, ["results/data/splits/test.json"]),
    "dataset.seed": (7, {"split_dataset"}, ["results/data/splits/val.json"]),
    "dataset.tiers.head": (5, {"split_dataset"}, ["results/data/tiers.json"]),
    "dataset.tiers.mid": (10, {"split_dataset"}, ["results/data/tiers.json"]),
    "teacher.C": (1.0, {"train_teacher"}, ["results/predictions/teacher.npz"]),
    "teacher.ngram_max": (1, {"train_teacher"}, ["results/predictions/teacher.npz"]),
    "teacher.min_df": (1, {"train_teacher"}, ["results/predictions/teacher.npz"]),
    "teacher.max_iter": (20, {"train_teacher"}, ["results/predictions/teacher.npz"]),
    "student.model.hidden_size": (64, STUDENTS, ["results/predictions/vanilla.npz"]),
    "student.model.num_layers": (1, STUDENTS, ["results/predictions/vanilla.npz"]),
    "student.model.num_heads": (4, STUDENTS, ["results/predictions/vanilla.npz"]),
    "student.model.intermediate_size": (128, STUDENTS, ["results/predictions/vanilla.npz"]),
    "student.vocab_size": (600, {"train_tokenizer"}, ["results/students/tokenizer/tokenizer.json"]),
    "student.max_length": (16, STUDENTS, ["results/predictions/vanilla.npz"]),
    "student.device": ("cpu", STUDENTS, []),  # auto is the CPU here: same numbers
    "student.training.epochs": (1, STUDENTS, ["results/predictions/vanilla.npz"]),
    "student.training.batch_size": (64, STUDENTS, ["results/predictions/vanilla.npz"]),
    "student.training.learning_rate": (0.001, STUDENTS, ["results/predictions/vanilla.npz"]),
    "student.training.weight_decay": (0.5, STUDENTS, ["results/predictions/vanilla.npz"]),
    "student.training.warmup_ratio": (0.5, STUDENTS, ["results/predictions/vanilla.npz"]),
    "student.training.scheduler": ("cosine", STUDENTS, ["results/predictions/vanilla.npz"]),
    "student.training.max_grad_norm": (0.05, STUDENTS, ["results/predictions/vanilla.npz"]),
    "student.training.seed": (7, STUDENTS, ["results/predictions/vanilla.npz"]),
    "student.training.group_by_length": (False, STUDENTS, ["results/predictions/vanilla.npz"]),
    "arms.<name>.loss": (
        ("vanilla", "label_smoothing", {"epsilon": 0.1}),
        {"train_student:trained=vanilla"},
        ["results/predictions/vanilla.npz"],
    ),
    "arms.<name>.epsilon": (
        ("vanilla", 0.3, {"loss": "label_smoothing"}),
        {"train_student:trained=vanilla"},
        ["results/predictions/vanilla.npz"],
    ),
    "arms.<name>.distill_temperature": (("kd", 2.0), {"train_student:trained=kd"}, ["results/predictions/kd.npz"]),
    "arms.<name>.alpha": (("kd", 0.5), {"train_student:trained=kd"}, ["results/predictions/kd.npz"]),
    "arms.<name>.teacher": (
        ("kd", "calibrated"),
        {"train_student:trained=kd", "diagnose_teacher"},
        ["results/predictions/kd.npz", "results/teacher_temperature.tsv"],
    ),
    # Distillation from the teacher's top 5 alone: the truncated teacher, and the arm on it.
    "arms.<name>.teacher_topk": (
        ("kd", 5),
        {"truncate_teacher:topk=5", "train_student:trained=kd"},
        ["results/predictions/kd.npz"],
    ),
    # Compared with the same top-5 arm on the other treatment (BASE).
    "arms.<name>.topk_missing_mass": (
        ("kd", "renormalise", {"teacher_topk": 5}),
        {"truncate_teacher:topk=5", "train_student:trained=kd"},
        ["results/predictions/kd.npz"],
    ),
    # A new ensemble: its own jobs, and every job that reads all arms (its evaluation, the table's rows).
    "ensembles.<name>": (
        ("pair", ["vanilla_ts", "kd"]),
        {
            "average_ensemble:ensemble=pair",
            "fit_calibrator:fitted=pair, posthoc=ts",
            "apply_calibrator:fitted=pair, posthoc=ts",
            *calibrators("fit_calibrator", arms=("pair",)),
            *calibrators("apply_calibrator", arms=("pair",)),
            *(f"evaluate_arm:arm=pair{s}" for s in ("", "_ts", *(f"_{m}" for m in MAPS))),
            "bootstrap_tier_f1",
            "make_table",
        }
        | READ_ALL_PREDICTIONS,
        ["results/metrics.tsv"],
    ),
    "calibration.methods": (
        ["temperature_scaling"],
        {
            "aggregate_metrics",
            "make_table",
            "compare_with_teacher",
            "tabulate_coverage",
            "tabulate_classes",
            "plot_reliability",
            "plot_coverage",
            "plot_ece_vs_nll",
        },
        ["results/metrics.tsv"],
    ),
    "calibration.vector_scaling.l2_grid": (
        [0.1, 10.0],
        calibrators("fit_calibrator", ("vs",)),
        ["results/calibration/vanilla_vs.json"],
    ),
    "calibration.vector_scaling.folds": (
        3,
        calibrators("fit_calibrator", ("vs",)),
        ["results/calibration/vanilla_vs.json"],
    ),
    "calibration.vector_scaling.seed": (
        5,
        calibrators("fit_calibrator", ("vs",)),
        ["results/calibration/vanilla_vs.json"],
    ),
    "calibration.matrix_scaling.l2_grid": (
        [0.1, 10.0],
        calibrators("fit_calibrator", ("ms",)),
        ["results/calibration/vanilla_ms.json"],
    ),
    "calibration.matrix_scaling.off_diagonal_grid": (
        [1.0, 50.0],
        calibrators("fit_calibrator", ("ms",)),
        ["results/calibration/vanilla_ms.json"],
    ),
    "calibration.matrix_scaling.folds": (
        3,
        calibrators("fit_calibrator", ("ms",)),
        ["results/calibration/vanilla_ms.json"],
    ),
    "calibration.matrix_scaling.seed": (
        5,
        calibrators("fit_calibrator", ("ms",)),
        ["results/calibration/vanilla_ms.json"],
    ),
    "split.seed": (5, {"split_validation"}, ["results/split/cal_eval.json"]),
    "evaluation.ece_bins": (
        10,
        EVALUATED | {"diagnose_teacher", "plot_reliability"},
        ["results/metrics.tsv", "results/teacher_diagnostics.tsv"],
    ),
    "evaluation.bootstrap_resamples": (40, EVALUATED, [ONE_EVALUATION]),
    "evaluation.bootstrap_seed": (3, EVALUATED, [ONE_EVALUATION]),
    "evaluation.floor_draws": (300, EVALUATED, [ONE_EVALUATION]),
    "evaluation.top_k": ([1, 2], EVALUATED, [ONE_EVALUATION]),
    "evaluation.conformal.alphas": ([0.2], EVALUATED, [ONE_EVALUATION]),
    "evaluation.conformal.methods": (["aps"], EVALUATED, [ONE_EVALUATION]),
    "evaluation.conformal.raps_lambda": (0.2, EVALUATED, [ONE_EVALUATION]),
    "evaluation.conformal.raps_k_reg": (30, EVALUATED, [ONE_EVALUATION]),  # 1 gives the same sets here
    "evaluation.confidence_level": (
        0.9,
        {"aggregate_metrics", "bootstrap_tier_f1", "make_table"},
        ["results/metrics.tsv", "results/tier_f1_bootstrap.tsv"],
    ),
    # Another baseline (not a headline arm): the differences are taken from it; a post-hoc baseline
    # has no tier F1 bootstrap (that compares trained arms), so the table no longer waits for one.
    "evaluation.baseline": ("kd_ts", {"aggregate_metrics", "plot_ece_vs_nll", "make_table"}, ["results/metrics.tsv"]),
    "evaluation.headline.posthoc": ("vanilla_vs", {"aggregate_metrics", "make_table"}, ["results/metrics.tsv"]),
    "evaluation.headline.distilled": ("kd_ts", {"aggregate_metrics", "make_table"}, ["results/metrics.tsv"]),
    "evaluation.headline.published_ratio": (1.37, {"make_table"}, ["results/table.md"]),
    "analysis.tier_f1_bootstrap.resamples": (30, {"bootstrap_tier_f1"}, ["results/tier_f1_bootstrap.tsv"]),
    "analysis.tier_f1_bootstrap.seed": (1, {"bootstrap_tier_f1"}, ["results/tier_f1_bootstrap.tsv"]),
    "analysis.coverage_thresholds": ([0.3, 0.6], {"tabulate_coverage"}, ["results/coverage.tsv"]),
    "analysis.accuracy_target": (0.5, {"tabulate_coverage", "make_table"}, ["results/coverage.tsv"]),
}
# Keys that must rerun nothing in this study: a cadence, or a key of another mode, source or target
# (changing it here must not touch the study; the test named beside it runs that mode).
NO_RERUN = {
    "student.training.log_every": "cadence of the log (test_workflow: it reaches the log)",
    "student.training.checkpoint_every": "cadence of checkpoints (test_workflow: killed runs resume from them)",
    "student.model.name_or_path": "source: pretrained only (test_full_study)",
    "dataset.path": "source: table only (test_own_data)",
    "dataset.hf_dataset": "source: consumer_complaints only (test_full_study)",
    "dataset.revision": "hub or table sources only (test_own_data)",
    "dataset.text_column": "table and hub sources only (test_own_data)",
    "dataset.label_column": "table and hub sources only (test_own_data)",
    "dataset.id_column": "source: table only (test_own_data)",
    "dataset.encoding": "source: table only (test_own_data)",
    "dataset.strip_labels": "source: table only (test_own_data)",
    "dataset.split_column": "source: table only (test_own_data)",
    "dataset.label_names": "source: table only (test_own_data)",
    "dataset.train_splits": "source: consumer_complaints only (test_full_study)",
    "dataset.course_files.label_list": "source: consumer_complaints only (test_full_study)",
    "dataset.course_files.label_merge_mapping": "source: consumer_complaints only (test_full_study)",
    "dataset.course_files.train_indices": "source: consumer_complaints only (test_full_study)",
    "dataset.course_files.val_indices": "source: consumer_complaints only (test_full_study)",
    "teacher.file": "teacher.source: logits only (test_own_data)",
    "teacher.topk_missing_mass": "a top-k teacher file, or arms with teacher_topk and no treatment of their own (test_topk)",
    "teacher.scores": "teacher.source: logits or logits_files only (test_own_data)",
    "teacher.train_logits": "teacher.source: logits_files only (test_full_study)",
    "teacher.val_logits": "teacher.source: logits_files only (test_full_study)",
    "teacher.name_or_path": "teacher.source: checkpoint only (test_full_study)",
    "teacher.adapter": "teacher.source: checkpoint only",
    "teacher.tokenizer": "teacher.source: checkpoint only (test_llm_teacher)",
    "teacher.batch_size": "teacher.source: checkpoint only",
    "teacher.max_length": "teacher.source: checkpoint only",
    "teacher.batch_tokens": "teacher.source: checkpoint only (test_llm_teacher)",
    "teacher.dtype": "teacher.source: checkpoint only (test_llm_teacher)",
    "teacher.quantization": "teacher.source: checkpoint only (test_llm_teacher)",
    "teacher.device_map": "teacher.source: checkpoint only (test_llm_teacher)",
    "teacher.merge_adapter": "teacher.source: checkpoint only (test_llm_teacher)",
    "teacher.trust_remote_code": "teacher.source: checkpoint only",
    "teacher.shard_rows": "cadence of the checkpoint teacher's saves (test_llm_teacher: a killed run resumes)",
    "arms.<name>.teacher_scaled": "a divisor on an already scaled teacher only (test_teacher_scaling)",
    "evaluation.min_rows": "a threshold that refuses a split too small, a resource of split_validation (test_config_values)",
    "replay.teacher": "mode: replay only (test_replay_workflow)",
    "replay.arms.<name>": "mode: replay only (test_replay_workflow, test_invalidation)",
    "sweep.seeds": "the sweep target only (test_workflow: adding a seed reruns no existing arm)",
    "sweep.compare_with": "the sweep target only (test_sweep)",
    "sweep.kd_grid.distill_temperature": "the sweep target only (test_plan, test_workflow)",
    "sweep.kd_grid.alpha": "the sweep target only (test_plan, test_workflow)",
    "sweep.kd_grid.teacher": "the sweep target only (test_plan)",
}
# Switches between kinds of study: each value builds another DAG, run end to end by its own tests.
SWITCHES = {
    "mode": "test_replay_workflow, test_recompute",
    "dataset.source": "test_own_data, test_full_study",
    "teacher.source": "test_own_data, test_full_study",
    "student.model.source": "test_full_study (a pretrained student), test_student",
}
# A value for each no-rerun key, of the right type, that differs from the tiny study's.
NO_RERUN_VALUES = {
    "student.training.log_every": 7,
    "student.training.checkpoint_every": 13,
    "dataset.label_names": ["a", "b"],
    "dataset.train_splits": ["train"],
    "dataset.strip_labels": False,
    "teacher.batch_size": 3,
    "teacher.topk_missing_mass": "renormalise",
    "teacher.scores": "logits",
    "evaluation.min_rows": 40,
    "teacher.max_length": 64,
    "teacher.batch_tokens": 4096,
    "teacher.dtype": "bfloat16",
    "teacher.quantization": "8bit",
    "teacher.device_map": "auto",
    "teacher.merge_adapter": True,
    "teacher.trust_remote_code": True,
    "teacher.shard_rows": 7,
    "arms.<name>.teacher_scaled": ("kd", False),
    "replay.arms.<name>": ("other", "elsewhere.npz"),
    "sweep.seeds": [42, 1],
    "sweep.compare_with": [],
    "sweep.kd_grid.distill_temperature": [2.0],
    "sweep.kd_grid.alpha": [0.5],
    "sweep.kd_grid.teacher": "calibrated",
}


def merge(base, extra):
    return merge_config(copy.deepcopy(base), extra)


def schema_leaves():
    schema = yaml.safe_load((REPO / "workflow/schemas/config.schema.yaml").read_text())
    defs = schema.get("$defs", {})

    def resolve(node):
        while "$ref" in node:
            node = {**defs[node["$ref"].split("/")[-1]], **{k: v for k, v in node.items() if k != "$ref"}}
        return node

    leaves = []

    def walk(node, path):
        node = resolve(node)
        if node.get("properties"):
            for key, child in node["properties"].items():
                walk(child, [*path, key])
        elif isinstance(node.get("additionalProperties"), dict):
            walk(node["additionalProperties"], [*path, "<name>"])
        else:
            leaves.append(".".join(path))

    walk(schema, [])
    return leaves


def test_every_schema_key_has_an_entry():
    leaves = schema_leaves()
    entries = {**RERUN, **NO_RERUN, **SWITCHES}
    assert not set(leaves) - set(entries), f"keys without an entry in test_settings.py: {sorted(set(leaves) - set(entries))}"
    assert not set(entries) - set(leaves), f"entries for keys the schema no longer has: {sorted(set(entries) - set(leaves))}"
    assert not set(RERUN) & set(NO_RERUN) and not set(SWITCHES) & (set(RERUN) | set(NO_RERUN))


def override(key, value):
    """A nested config dict that sets ``key`` to ``value`` (arm keys: value = (arm, value, extra))."""
    path = key.split(".")
    if "<name>" in path:
        name, value, *extra = value
        path[path.index("<name>")] = name
        if path[-1] == name:  # a map entry itself (replay.arms.<name>)
            nested = value
        else:
            nested = {path[-1]: value, **(extra[0] if extra else {})}
            path = path[:-1]
    else:
        nested = value
        path, last = path[:-1], path[-1]
        nested = {last: nested}
    for part in reversed(path):
        nested = {part: nested}
    return nested


def plan(workdir, name, overrides):
    """The jobs a dry run plans for results/table.md with ``overrides`` (as 'rule:wildcards')."""
    write_config(workdir, name, overrides)
    dry = snakemake(workdir, "-n", "results/table.md", configfile=name)
    assert dry.returncode == 0, (name, (dry.stdout + dry.stderr)[-3000:])
    return {f"{rule}:{w}" if w else rule for rule, w in planned_jobs(dry.stdout + dry.stderr)}


def file_name(key):
    return "change_" + key.replace(".", "_").replace("<", "").replace(">", "") + ".yaml"


def test_a_cadence_or_another_modes_key_reruns_nothing(tiny_study):
    """All of them changed at once plan nothing (and when something is planned, each is tried alone
    to name the key)."""
    together = {}
    for key in NO_RERUN:
        merge_config(together, override(key, NO_RERUN_VALUES.get(key, "x.npz")))
    if plan(tiny_study, "no_rerun.yaml", together):
        with ThreadPoolExecutor(2) as pool:
            alone = pool.map(lambda k: plan(tiny_study, file_name(k), override(k, NO_RERUN_VALUES.get(k, "x.npz"))), NO_RERUN)
        wrong = {key: sorted(jobs) for key, jobs in zip(NO_RERUN, alone) if jobs}
        assert not wrong, wrong


def test_the_old_spellings_of_renamed_keys_rerun_nothing_and_say_so(tiny_study):
    """arms.kd.temperature, sweep.kd_grid.temperature and calibration.methods' temperature, spelled
    the old way with the study's own values: the same jobs, so nothing to do, and a deprecation line
    for each on the console."""
    old = {
        "arms": {"kd": {"temperature": 4.0}},
        "sweep": {"kd_grid": {"temperature": [1.0, 4.0, 8.0]}},
        "calibration": {"methods": ["temperature", "vector_scaling", "matrix_scaling", "histogram_binning"]},
    }
    write_config(tiny_study, "old_spelling.yaml", old)
    dry = snakemake(tiny_study, "-n", "results/table.md", configfile="old_spelling.yaml")
    assert dry.returncode == 0, (dry.stdout + dry.stderr)[-3000:]
    assert planned_jobs(dry.stdout + dry.stderr) == []
    for line in (
        "'arms.kd.temperature' is now spelled 'arms.kd.distill_temperature'",
        "'sweep.kd_grid.temperature' is now spelled 'sweep.kd_grid.distill_temperature'",
        "calibration.methods 'temperature' is now spelled 'temperature_scaling'",
    ):
        assert line in dry.stderr


@pytest.fixture(scope="module")
def plans(tiny_study):
    with ThreadPoolExecutor(2) as pool:
        return dict(zip(RERUN, pool.map(lambda k: plan(tiny_study, file_name(k), override(k, RERUN[k][0])), RERUN)))


def test_each_setting_reruns_exactly_the_jobs_it_should(plans):
    wrong = {}
    for key, (_, direct, _) in RERUN.items():
        expected, got = closure(direct), plans[key]
        if got != expected:
            wrong[key] = {"missing": sorted(expected - got), "unexpected": sorted(got - expected)}
    assert not wrong, wrong


# Training is the slow part: keys that retrain a student are compared on one-epoch students (the
# study with epochs 1, and the same with the key changed), which shows the value reaching the job in
# seconds; `epochs` itself is compared with the study.
QUICK = {"student": {"training": {"epochs": 1}}}
# key -> overrides of the run it is compared with, when that is not the finished study.
BASE = {
    **{key: QUICK for key, (_, direct, _) in RERUN.items() if "train_student" in str(closure(direct))},
    "student.training.epochs": {},
    "arms.<name>.epsilon": merge(QUICK, {"arms": {"vanilla": {"loss": "label_smoothing", "epsilon": 0.1}}}),
    "arms.<name>.topk_missing_mass": merge(QUICK, {"arms": {"kd": {"teacher_topk": 5}}}),
}


TOKENIZER = "results/students/tokenizer"


def outputs(study, root, overrides, targets):
    """The bytes of ``targets`` after running them in a copy of the finished study with ``overrides``."""
    workdir = Path(tempfile.mkdtemp(dir=root)) / "study"
    shutil.copytree(study, workdir, symlinks=True)
    write_config(workdir, "changed.yaml", overrides)
    # A file inside a directory output is made by asking for the directory.
    asked = dict.fromkeys(TOKENIZER if path.startswith(TOKENIZER) else path for path in targets)
    run = snakemake(workdir, *asked, configfile="changed.yaml")
    assert run.returncode == 0, (overrides, run.stderr[-3000:])
    return {path: (workdir / path).read_bytes() for path in targets}


def test_each_changed_value_reaches_its_script(tiny_study, tmp_path):
    """Every key that reruns jobs and should change an output, run: that output has changed."""
    keys = sorted(k for k in RERUN if RERUN[k][2])
    bases = {}  # base overrides (as YAML) -> bytes of every target its keys compare
    for key in keys:
        bases.setdefault(yaml.safe_dump(BASE.get(key, {})), set()).update(RERUN[key][2])
    with ThreadPoolExecutor(2) as pool:
        before = dict(
            zip(
                bases,
                pool.map(
                    lambda item: (
                        outputs(tiny_study, tmp_path, yaml.safe_load(item[0]), sorted(item[1]))
                        if yaml.safe_load(item[0])
                        else {path: (tiny_study / path).read_bytes() for path in item[1]}
                    ),
                    bases.items(),
                ),
            )
        )
        after = dict(
            zip(
                keys,
                pool.map(
                    lambda key: outputs(
                        tiny_study, tmp_path, merge(BASE.get(key, {}), override(key, RERUN[key][0])), RERUN[key][2]
                    ),
                    keys,
                ),
            )
        )
    unchanged = {}
    for key in keys:
        base = before[yaml.safe_dump(BASE.get(key, {}))]
        unchanged[key] = [path for path in RERUN[key][2] if after[key][path] == base[path]]
    unchanged = {key: paths for key, paths in unchanged.items() if paths}
    assert not unchanged, f"outputs the changed value did not change: {unchanged}"
