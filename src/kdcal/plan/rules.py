"""What each rule of the workflow gets from a study's config: the files many rules share, the
optional analyses and outputs, and every rule's params and input files, built from the config and
its ``StudyPlan``. ``workflow/rules/common.smk`` wraps these as Snakemake input functions (the
wildcards in, a name out); nothing here imports Snakemake, so all of it is unit-tested."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from pathlib import Path

from kdcal.calibration.registry import REGISTRY, by_suffix
from kdcal.config import dataset_columns
from kdcal.data.corpus import DataError
from kdcal.data.user_table import is_table_file, read_label_names
from kdcal.errors import ConfigError
from kdcal.evaluation.evaluate import EvaluationSettings
from kdcal.hub import content_id
from kdcal.plan.arms import StudyPlan, arm_teacher, posthoc_arm, study_plan, transfer_pairs
from kdcal.protocol import PROTOCOLS
from kdcal.reporting.results_table import FIGURES, replay_notes, training_notes
from kdcal.training.losses import needs_teacher

# The files many rules read, named once (the rule that writes one and every rule that reads it use the name).
CORPUS = "results/data/corpus.parquet"  # the corpus every rule after prepare_corpus reads
LABELS = "results/data/labels.json"  # the class names in id order
TIERS_FILE = "results/data/tiers.json"  # each class's tier
TRAIN_INDEX = "results/data/splits/train.json"  # corpus positions of the training rows
VAL_INDEX = "results/data/splits/val.json"  # ... of the validation rows
TEST_INDEX = "results/data/splits/test.json"  # ... of the test rows
SOURCE_ROWS = "results/data/source_rows.json"  # where each corpus row came from
CAL_EVAL = "results/split/cal_eval.json"  # the cal / eval halves of validation
TEACHER_TRAIN_LOGITS = "results/teacher/train_logits.npz"  # the teacher's soft targets on the training rows
TEACHER_PREDICTIONS = "results/predictions/teacher.npz"  # the teacher's arm: its validation logits
TOKENIZER = "results/students/tokenizer"  # the students' tokenizer
SWEEP = "results/sweep"  # the sweep's tables and figures
METRICS = "results/metrics.tsv"  # every number of the study

# Training settings that only set a cadence: how often the job logs and saves a checkpoint.
NOT_RERUN_TRAINING = ("log_every", "checkpoint_every")


def canonical(value):
    """A config value with dict keys sorted at every level. Snakemake compares params by their
    text, so without this, reordering keys in a config file would rerun jobs."""
    if isinstance(value, dict):
        return {key: canonical(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [canonical(v) for v in value]
    return value


def predictions_of(arms):
    return [f"results/predictions/{arm}.npz" for arm in arms]


def evaluations_of(arms):
    return [f"results/evaluation/{arm}.npz" for arm in arms]


def calibrations_of(arms):
    """The fitted map of each post-hoc arm."""
    return [f"results/calibration/{arm}.json" for arm in arms]


def figure(folder, name):
    """A figure of the headline study (folder results) or the sweep (results/sweep)."""
    return f"{folder}/figures/{name}.png"


def figures_of(folder):
    return [figure(folder, name) for name in FIGURES]


def panel_arms(panels):
    """Every arm of a figure's panels, once, in panel order."""
    return list(dict.fromkeys(arm for arms in panels.values() for arm in arms))


class StudyRules:
    """A validated study config and its plan, as the rules read them."""

    def __init__(self, config: Mapping):
        self.config = config
        self.plan: StudyPlan = study_plan(config)
        self.replay = config["mode"] == "replay"
        # Splits fixed by a column of the user's table (else drawn by dataset.sizes and dataset.seed).
        self.fixed_splits = config["dataset"]["source"] == "table" and bool(config["dataset"]["split_column"])
        self.protocol = PROTOCOLS[config["protocol"]]
        self.evaluation = EvaluationSettings.from_config(config["evaluation"])
        # KD arm pairs that differ only in the teacher (raw, calibrated), and the arm their transfer
        # ratio also needs: the teacher after its temperature, evaluated for metrics.tsv but not a row of the table.
        self.transfer = transfer_pairs(config)
        # The teacher's temperature-scaled arm, named by the plan whether or not the study has a teacher
        # (without one, nothing reads its file).
        self.teacher_ts = posthoc_arm(self.plan.teacher_arm, "temperature_scaling").name
        self.transfer_arms = [self.teacher_ts] if self.transfer and self.plan.teacher else []

    # --- outputs ----------------------------------------------------------------------------------

    @property
    def teacher_calibration(self) -> str:
        """The teacher's calibration temperature."""
        return calibrations_of([self.teacher_ts])[0]

    @cached_property
    def analyses(self) -> dict[str, str]:
        """Optional analyses of the headline study: coverage always; teacher diagnostics, the
        teacher's temperature and agreement only with a teacher; the tier F1 bootstrap when the
        baseline is a trained (or replayed) arm; the per-class table when the class names are known
        (not in a replay)."""
        out = {"coverage": "results/coverage.tsv"}
        if self.plan.teacher:
            out.update(
                teacher_diagnostics="results/teacher_diagnostics.tsv",
                teacher_temperature="results/teacher_temperature.tsv",
                agreement="results/teacher_agreement.tsv",
            )
        if self.config["evaluation"]["baseline"] in self.plan.study_trained:
            out["tier_f1_bootstrap"] = "results/tier_f1_bootstrap.tsv"
        if not self.replay:
            out["per_class"] = "results/per_class.tsv"
        return out

    def analysis_arms(self) -> list[str]:
        """The arms of the coverage and agreement tables: on full validation (course protocol) the
        trained arms and the teacher, as the course showed them; on the eval half every arm."""
        plan = self.plan
        return plan.teacher_arms + plan.study_trained if self.protocol.analysis_of_trained_arms_only else plan.study_arms

    def study_outputs(self) -> list[str]:
        """Every final output of the study."""
        return ["results/table.md", METRICS, *figures_of("results"), *self.analyses.values()]

    def validation_rows(self) -> str:
        """What fixes the number of validation rows: the val split, or a replayed predictions file."""
        return predictions_of(self.plan.study_trained[:1])[0] if self.replay else VAL_INDEX

    def headline_arms(self) -> list[str]:
        return list(self.evaluation.headline)

    def replay_sources(self) -> dict[str, str]:
        """Replayed arm -> the local path or hf:// URI of its predictions file."""
        replay = self.config["replay"]
        return {**({"teacher": replay["teacher"]} if self.plan.teacher else {}), **replay["arms"]}

    def notes(self) -> list[str]:
        """The lines under the results table's title."""
        plan, config = self.plan, self.config
        posthoc = {REGISTRY[m].suffix: m for m in plan.methods}
        if self.replay:
            return replay_notes(posthoc, self.replay_sources())
        trained = {arm.name: arm.spec["loss"] for arm in plan.study if arm.name not in plan.ensembles}
        trained.update({name: f"ensemble of {' + '.join(members)}" for name, members in plan.ensembles.items()})
        return training_notes(
            posthoc,
            trained,
            dataset=config["dataset"]["source"],
            seed=config["student"]["training"]["seed"],
            device=config["student"]["device"],
        )

    def teacher_divisors(self) -> dict:
        """Distilled arm of the table -> its teacher setting: raw, calibrated or a fixed divisor (none
        in a replay, whose arms were trained elsewhere)."""
        if self.replay:
            return {}
        return {
            arm.name: arm.spec.get("teacher", "raw")
            for arm in self.plan.study
            if needs_teacher(arm.spec) and arm_teacher(arm.spec) is None  # an ensemble's loss needs none
        }

    def second_generation(self) -> dict[str, str]:
        """Second-generation student of the table -> the arm it distils from (teacher: arm:<name>)."""
        return {arm.name: arm_teacher(arm.spec) for arm in self.plan.study if arm_teacher(arm.spec) is not None}

    # --- per-job params and inputs (by the job's wildcard values) ---------------------------------

    def calibration_method(self, suffix: str) -> str:
        return by_suffix(suffix).method

    def calibration_settings(self, suffix: str) -> dict:
        """A map's settings: the protocol's fit for the temperature, calibration.<method> for the others."""
        method = self.calibration_method(suffix)
        if method == "temperature_scaling":
            return {"fit": self.protocol.temperature_fit}
        return canonical(self.config["calibration"].get(method, {}))

    def replay_reference(self) -> str:
        """The replayed arm every other replayed file is checked against (same rows, labels, tiers)."""
        return self.plan.fitted_arms[0]

    def replay_import_inputs(self, source: str) -> dict[str, str]:
        """One replayed file, and the reference arm's file for the same-rows check."""
        files = {"file": f"resources/replay/{source}.npz"}
        if source != self.replay_reference():
            files["reference"] = f"resources/replay/{self.replay_reference()}.npz"
        return files

    def arm_spec(self, trained: str) -> dict:
        """The loss spec of a trained arm: only this arm's keys, so a change reruns only this arm (and a
        top-k arm's missing mass, teacher.topk_missing_mass unless the arm sets its own)."""
        spec = dict(self.plan.trained[trained].spec)
        if "teacher_topk" in spec:
            spec.setdefault("topk_missing_mass", self.config["teacher"]["topk_missing_mass"])
        return canonical(spec)

    def training_params(self, trained: str) -> dict:
        """The shared training settings with this arm's seed (the study's own seed for its arms); not
        the cadences (NOT_RERUN_TRAINING), which change the log and the checkpoints' timing but never
        the student (they reach the job as resources, see train_student)."""
        training = {k: v for k, v in self.config["student"]["training"].items() if k not in NOT_RERUN_TRAINING}
        return canonical({**training, "seed": self.plan.trained[trained].seed})

    def student_inputs(self, trained: str) -> dict[str, str]:
        """Training inputs of one arm; distillation arms also read the teacher (and its calibration temperature)."""
        spec = self.plan.trained[trained].spec
        inputs = {
            "corpus": CORPUS,
            "train_index": TRAIN_INDEX,
            "val_index": VAL_INDEX,
            "tiers": TIERS_FILE,
            "tokenizer": TOKENIZER,
        }
        source = arm_teacher(spec)
        if source is not None:
            # A second-generation student: another arm's student on the training rows, through that
            # arm's fitted map when the teacher is one of its post-hoc arms.
            student, method = self.plan.teacher_source(source)
            inputs["teacher_logits"] = f"results/students/{student}/train_logits.npz"
            if method is not None:
                inputs["teacher_map"] = calibrations_of([self.plan.posthoc_name(student, method)])[0]
        elif needs_teacher(spec):
            # A top-k arm reads the teacher's top k alone (truncate_teacher).
            topk = spec.get("teacher_topk")
            inputs["teacher_logits"] = f"results/teacher/top{topk}/train_logits.npz" if topk else TEACHER_TRAIN_LOGITS
            if spec.get("teacher", "raw") == "calibrated":
                inputs["teacher_calibration"] = self.teacher_calibration
        return inputs

    # --- parse-time params ------------------------------------------------------------------------

    def student_model_params(self) -> dict:
        """The student's model keys its source uses (a config-built model: its sizes; a pretrained one:
        its name) and max_length, so that a key of the other source reruns nothing."""
        student = self.config["student"]
        model = student["model"]
        used = (
            ("name_or_path",)
            if model["source"] == "pretrained"
            else ("hidden_size", "num_layers", "num_heads", "intermediate_size")
        )
        return canonical({"source": model["source"], **{k: model[k] for k in used}, "max_length": student["max_length"]})

    def tokenizer_params(self) -> dict:
        """What the tokenizer is made from: a pretrained model's own, or one trained here with vocab_size."""
        model = self.config["student"]["model"]
        if model["source"] == "pretrained":
            return {"source": "pretrained", "name_or_path": model["name_or_path"]}
        return {"source": "config", "vocab_size": self.config["student"]["vocab_size"]}

    def dataset_params(self) -> dict:
        """The dataset keys that change the corpus (the WordNet corpus has none). A table file is also
        tracked by its content and label_names by the names a file of them holds."""
        d = self.config["dataset"]
        text_column, label_column = dataset_columns(d)
        columns = {"text_column": text_column, "label_column": label_column}
        if d["source"] == "consumer_complaints":
            return canonical({"hf_dataset": d["hf_dataset"], "revision": d["revision"], **columns})
        if d["source"] != "table":
            return {}
        try:
            label_names = read_label_names(d["label_names"])
        except DataError as err:
            raise ConfigError(f"config: {err}") from None
        keys = ("path", "revision", "id_column", "split_column", "encoding", "strip_labels")
        content = content_id(d["path"]) if is_table_file(d["path"]) else None
        return canonical({**{k: d[k] for k in keys}, **columns, "label_names": label_names, "content": content})

    def corpus_inputs(self) -> dict[str, str]:
        """The files the corpus is built from: the course files of the consumer-complaints corpus, a
        table file (none for WordNet, or for a Hugging Face dataset)."""
        d = self.config["dataset"]
        if d["source"] == "consumer_complaints":
            return {name: f"resources/course/{name}.json" for name in ("label_list", "label_merge_mapping")}
        if d["source"] == "table" and is_table_file(d["path"]):
            return {"table": d["path"]}
        return {}

    def teacher_file_suffix(self) -> str:
        """.npz or .parquet: the format of teacher.file (checked by kdcal.config.check_job_values)."""
        return Path(self.config["teacher"]["file"]).suffix.lower()

    def tfidf_teacher_params(self) -> dict:
        """The keys of the TF-IDF + logistic-regression teacher (the other sources' keys are not its)."""
        t = self.config["teacher"]
        return canonical({k: t[k] for k in ("source", "C", "ngram_max", "min_df", "max_iter")})

    def teacher_checkpoint_params(self) -> dict:
        t = self.config["teacher"]
        keys = (
            "name_or_path",
            "adapter",
            "batch_size",
            "batch_tokens",
            "max_length",
            "dtype",
            "quantization",
            "device_map",
            "merge_adapter",
            "trust_remote_code",
            "tokenizer",
        )
        # No token budget and no tokenizer of its own (null) are left out, so that runs from before the
        # keys keep their outputs and shards.
        return canonical({k: t[k] for k in keys if k not in ("batch_tokens", "tokenizer") or t[k] is not None})
