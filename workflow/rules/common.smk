# Snakemake glue around kdcal.plan: the study's plan and rule settings (kdcal.plan.rules.StudyRules,
# unit-tested), the wildcard constraints, and input functions that hand a job's wildcards to it.
# Which arms exist is decided once, by kdcal.plan.study_plan: PLAN.study_arms (the table's arms),
# PLAN.sweep_arms, PLAN.fitted_arms (arms that calibration maps are fitted to), PLAN.evaluated_arms.
# Per-arm files are passed as lists with the arm names beside them as params, so an arm name never
# meets a fixed input name.
import re

from kdcal.calibration.registry import REGISTRY
from kdcal.hub import content_id
from kdcal.plan import check_references
from kdcal.plan.rules import (
    CAL_EVAL,
    CORPUS,
    LABELS,
    METRICS,
    NOT_RERUN_TRAINING,
    SOURCE_ROWS,
    SWEEP,
    TEACHER_PREDICTIONS,
    TEACHER_TRAIN_LOGITS,
    TEST_INDEX,
    TIERS_FILE,
    TOKENIZER,
    TRAIN_INDEX,
    VAL_INDEX,
    StudyRules,
    calibrations_of,
    canonical,
    evaluations_of,
    figure,
    figures_of,
    panel_arms,
    predictions_of,
)

try:
    RULES = StudyRules(config)
    check_references(config, RULES.plan)
except ConfigError as err:
    raise WorkflowError(str(err)) from None
PLAN = RULES.plan
EVALUATION = RULES.evaluation
REPLAY = RULES.replay
FIXED_SPLITS = RULES.fixed_splits
PROTOCOL = RULES.protocol
TRANSFER = RULES.transfer
TRANSFER_ARMS = RULES.transfer_arms
TEACHER_CALIBRATION = RULES.teacher_calibration
ANALYSES = RULES.analyses


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


# --- parse-time views (kdcal.plan.rules.StudyRules) ------------------------------------------------

analysis_arms = RULES.analysis_arms
study_outputs = RULES.study_outputs
validation_rows = RULES.validation_rows
headline_arms = RULES.headline_arms
replay_sources = RULES.replay_sources
notes = RULES.notes
teacher_divisors = RULES.teacher_divisors
second_generation = RULES.second_generation
replay_reference = RULES.replay_reference
student_model_params = RULES.student_model_params
tokenizer_params = RULES.tokenizer_params
corpus_inputs = RULES.corpus_inputs
teacher_file_suffix = RULES.teacher_file_suffix
tfidf_teacher_params = RULES.tfidf_teacher_params
teacher_checkpoint_params = RULES.teacher_checkpoint_params


def dataset_params():
    try:
        return RULES.dataset_params()
    except ConfigError as err:
        raise WorkflowError(str(err)) from None


# --- per-job input functions and params (a job's wildcards in) -------------------------------------


def calibration_method(wildcards):
    return RULES.calibration_method(wildcards.posthoc)


def calibration_settings(wildcards):
    return RULES.calibration_settings(wildcards.posthoc)


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


def replay_import_inputs(wildcards):
    return RULES.replay_import_inputs(wildcards.source)


def arm_spec(wildcards):
    return RULES.arm_spec(wildcards.trained)


def training_params(wildcards):
    return RULES.training_params(wildcards.trained)


def student_inputs(wildcards):
    return RULES.student_inputs(wildcards.trained)
