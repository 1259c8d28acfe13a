# The study's plan, path helpers, input functions and wildcard constraints shared by all rules.
# Which arms exist is decided once, by kdcal.plan.study_plan: PLAN.study_arms (the table's arms),
# PLAN.sweep_arms, PLAN.fitted_arms (arms with a temperature), PLAN.evaluated_arms (all of them).
# Per-arm files are passed as lists with the arm names beside them as params, so an arm name never
# meets a fixed input name.
import re

from kdcal.config import dataset_columns
from kdcal.data.corpus import DataError
from kdcal.hub import content_id
from kdcal.training.losses import needs_teacher
from kdcal.calibration.registry import REGISTRY, by_suffix
from kdcal.plan import arm_teacher, check_references, grid_points, study_plan, transfer_pairs
from kdcal.protocol import PROTOCOLS
from kdcal.reporting.results_table import FIGURES, replay_notes, training_notes
from kdcal.data.user_table import is_table_file, read_label_names

REPLAY = config["mode"] == "replay"
# Splits fixed by a column of the user's table (else drawn by dataset.sizes and dataset.seed).
FIXED_SPLITS = config["dataset"]["source"] == "table" and bool(config["dataset"]["split_column"])
PLAN = study_plan(config)
# KD arm pairs that differ only in the teacher (raw, calibrated), and the arm their transfer ratio
# also needs: the teacher after its temperature, evaluated for metrics.tsv but not a row of the table.
TRANSFER = transfer_pairs(config)
TEACHER_TS = PLAN.posthoc_name("teacher", "temperature_scaling") if PLAN.teacher else None
TRANSFER_ARMS = [TEACHER_TS] if TRANSFER and PLAN.teacher else []
PROTOCOL = PROTOCOLS[config["protocol"]]

try:
    check_references(config, PLAN)
except ConfigError as err:
    raise WorkflowError(str(err)) from None


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


def _alternatives(names):
    return "|".join(re.escape(n) for n in names)


wildcard_constraints:
    trained=_alternatives(PLAN.trained),
    fitted=_alternatives(PLAN.fitted_arms),
    arm=_alternatives(PLAN.evaluated_arms + TRANSFER_ARMS),
    split="train|val|test",
    source=_alternatives(PLAN.fitted_arms),
    course_file="label_list|label_merge_mapping|train_indices|val_indices",
    part="train|val",
    posthoc=_alternatives(entry.suffix for entry in REGISTRY.values()),
    ensemble=_alternatives(PLAN.ensembles) or "(?!)",
    topk=r"[1-9][0-9]*",


# --- paths ------------------------------------------------------------------------------------

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
TEACHER_CALIBRATION = "results/calibration/teacher_ts.json"  # the teacher's calibration temperature
SWEEP = "results/sweep"  # the sweep's tables and figures
METRICS = "results/metrics.tsv"  # every number of the study


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


# Optional analyses of the headline study: coverage always; teacher diagnostics, the teacher's
# temperature and agreement only with a teacher; the tier F1 bootstrap when the baseline is a trained (or replayed) arm; the
# per-class table when the class names are known (not in a replay).
ANALYSES = {
    "coverage": "results/coverage.tsv",
    **(
        {
            "teacher_diagnostics": "results/teacher_diagnostics.tsv",
            "teacher_temperature": "results/teacher_temperature.tsv",
            "agreement": "results/teacher_agreement.tsv",
        }
        if PLAN.teacher
        else {}
    ),
    **({"tier_f1_bootstrap": "results/tier_f1_bootstrap.tsv"} if config["evaluation"]["baseline"] in PLAN.study_trained else {}),
    **({} if REPLAY else {"per_class": "results/per_class.tsv"}),
}


def analysis_arms():
    """The arms of the coverage and agreement tables: on full validation (course protocol) the
    trained arms and the teacher, as the course showed them; on the eval half every arm."""
    return PLAN.teacher_arms + PLAN.study_trained if PROTOCOL.analysis_of_trained_arms_only else PLAN.study_arms


def study_outputs():
    """Every final output of the study."""
    return ["results/table.md", METRICS, *figures_of("results"), *ANALYSES.values()]


def validation_rows():
    """What fixes the number of validation rows: the val split, or a replayed predictions file."""
    return predictions_of(PLAN.study_trained[:1])[0] if REPLAY else VAL_INDEX


def headline_arms():
    ev = config["evaluation"]
    return [ev["baseline"], ev["headline"]["posthoc"], ev["headline"]["distilled"]]


def replay_sources():
    """Replayed arm -> the local path or hf:// URI of its predictions file."""
    return {**({"teacher": config["replay"]["teacher"]} if PLAN.teacher else {}), **config["replay"]["arms"]}


def notes():
    """The lines under the results table's title."""
    posthoc = {REGISTRY[m].suffix: m for m in PLAN.methods}
    if REPLAY:
        return replay_notes(posthoc, replay_sources())
    trained = {arm.name: arm.spec["loss"] for arm in PLAN.study if arm.name not in PLAN.ensembles}
    trained.update({name: f"ensemble of {' + '.join(members)}" for name, members in PLAN.ensembles.items()})
    return training_notes(
        posthoc,
        trained,
        dataset=config["dataset"]["source"],
        seed=config["student"]["training"]["seed"],
        device=config["student"]["device"],
    )


def panel_arms(panels):
    """Every arm of a figure's panels, once, in panel order."""
    return list(dict.fromkeys(arm for arms in panels.values() for arm in arms))


# --- per-job input functions and params (they read the job's wildcards) -----------------------


def teacher_divisors():
    """Distilled arm of the table -> its teacher setting: raw, calibrated or a fixed divisor (none
    in a replay, whose arms were trained elsewhere)."""
    if REPLAY:
        return {}
    return {
        arm.name: arm.spec.get("teacher", "raw")
        for arm in PLAN.study
        if needs_teacher(arm.spec) and arm_teacher(arm.spec) is None  # an ensemble's loss needs none
    }


def second_generation():
    """Second-generation student of the table -> the arm it distils from (teacher: arm:<name>)."""
    return {arm.name: arm_teacher(arm.spec) for arm in PLAN.study if arm_teacher(arm.spec) is not None}


def calibration_method(wildcards):
    return by_suffix(wildcards.posthoc).method


def calibration_settings(wildcards):
    """A map's settings: the protocol's fit for the temperature, calibration.<method> for the others."""
    method = calibration_method(wildcards)
    if method == "temperature_scaling":
        return {"fit": PROTOCOL.temperature_fit}
    return canonical(config["calibration"].get(method, {}))


def replay_uri(wildcards):
    return replay_sources()[wildcards.source]


def course_file_url(wildcards):
    return config["dataset"]["course_files"][wildcards.course_file]


def teacher_logits_uri(wildcards):
    return config["teacher"][f"{wildcards.part}_logits"]


def content_of(uri_of):
    """A params function: the content id of the file an input function names (kdcal.hub.content_id),
    so that replacing a local file in place reruns its fetch and what depends on it."""
    return lambda wildcards: content_id(uri_of(wildcards))


def replay_reference():
    """The replayed arm every other replayed file is checked against (same rows, labels, tiers)."""
    return PLAN.fitted_arms[0]


def replay_import_inputs(wildcards):
    """One replayed file, and the reference arm's file for the same-rows check."""
    files = {"file": f"resources/replay/{wildcards.source}.npz"}
    if wildcards.source != replay_reference():
        files["reference"] = f"resources/replay/{replay_reference()}.npz"
    return files


def arm_spec(wildcards):
    """The loss spec of a trained arm: only this arm's keys, so a change reruns only this arm (and a
    top-k arm's missing mass, teacher.topk_missing_mass unless the arm sets its own)."""
    spec = dict(PLAN.trained[wildcards.trained].spec)
    if "teacher_topk" in spec:
        spec.setdefault("topk_missing_mass", config["teacher"]["topk_missing_mass"])
    return canonical(spec)


def training_params(wildcards):
    """The shared training settings with this arm's seed (the study's own seed for its arms); not
    the cadences (NOT_RERUN_TRAINING), which change the log and the checkpoints' timing but never
    the student (they reach the job as resources, see train_student)."""
    training = {k: v for k, v in config["student"]["training"].items() if k not in NOT_RERUN_TRAINING}
    return canonical({**training, "seed": PLAN.trained[wildcards.trained].seed})


def student_inputs(wildcards):
    """Training inputs of one arm; distillation arms also read the teacher (and its calibration temperature)."""
    spec = PLAN.trained[wildcards.trained].spec
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
        student, method = PLAN.teacher_source(source)
        inputs["teacher_logits"] = f"results/students/{student}/train_logits.npz"
        if method is not None:
            inputs["teacher_map"] = calibrations_of([PLAN.posthoc_name(student, method)])[0]
    elif needs_teacher(spec):
        # A top-k arm reads the teacher's top k alone (truncate_teacher).
        topk = spec.get("teacher_topk")
        inputs["teacher_logits"] = f"results/teacher/top{topk}/train_logits.npz" if topk else TEACHER_TRAIN_LOGITS
        if spec.get("teacher", "raw") == "calibrated":
            inputs["teacher_calibration"] = TEACHER_CALIBRATION
    return inputs


# --- parse-time params ------------------------------------------------------------------------


def student_model_params():
    """The student's model keys its source uses (a config-built model: its sizes; a pretrained one:
    its name) and max_length, so that a key of the other source reruns nothing."""
    model = config["student"]["model"]
    used = (
        ("name_or_path",) if model["source"] == "pretrained" else ("hidden_size", "num_layers", "num_heads", "intermediate_size")
    )
    return canonical({"source": model["source"], **{k: model[k] for k in used}, "max_length": config["student"]["max_length"]})


def tokenizer_params():
    """What the tokenizer is made from: a pretrained model's own, or one trained here with vocab_size."""
    model = config["student"]["model"]
    if model["source"] == "pretrained":
        return {"source": "pretrained", "name_or_path": model["name_or_path"]}
    return {"source": "config", "vocab_size": config["student"]["vocab_size"]}


def dataset_params():
    """The dataset keys that change the corpus (the WordNet corpus has none). A table file is also
    tracked by its content and label_names by the names a file of them holds."""
    d = config["dataset"]
    text_column, label_column = dataset_columns(d)
    columns = {"text_column": text_column, "label_column": label_column}
    if d["source"] == "consumer_complaints":
        return canonical({"hf_dataset": d["hf_dataset"], "revision": d["revision"], **columns})
    if d["source"] != "table":
        return {}
    try:
        label_names = read_label_names(d["label_names"])
    except DataError as err:
        raise WorkflowError(f"config: {err}") from None
    keys = ("path", "revision", "id_column", "split_column", "encoding", "strip_labels")
    content = content_id(d["path"]) if is_table_file(config["dataset"]["path"]) else None
    return canonical({**{k: d[k] for k in keys}, **columns, "label_names": label_names, "content": content})


def corpus_inputs():
    """The files the corpus is built from: the course files of the consumer-complaints corpus, a
    table file (none for WordNet, or for a Hugging Face dataset)."""
    if config["dataset"]["source"] == "consumer_complaints":
        return {name: f"resources/course/{name}.json" for name in ("label_list", "label_merge_mapping")}
    if config["dataset"]["source"] == "table" and is_table_file(config["dataset"]["path"]):
        return {"table": config["dataset"]["path"]}
    return {}


def teacher_file_suffix():
    """.npz or .parquet: the format of teacher.file (checked by kdcal.config.check_job_values)."""
    return Path(config["teacher"]["file"]).suffix.lower()


def tfidf_teacher_params():
    """The keys of the TF-IDF + logistic-regression teacher (the other sources' keys are not its)."""
    t = config["teacher"]
    return canonical({k: t[k] for k in ("source", "C", "ngram_max", "min_df", "max_iter")})


def teacher_checkpoint_params():
    t = config["teacher"]
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
