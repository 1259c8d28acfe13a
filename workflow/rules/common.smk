# Helpers, arm lists and wildcard constraints shared by all rules.
import re

from kdcal.config import check_references, posthoc_arms, trained_arms

TRAINED = trained_arms(config)
POSTHOC = posthoc_arms(TRAINED)
# Arms with a temperature fitted on the cal half: the trained arms and the teacher.
FITTED = ["teacher"] + TRAINED
# Display order: the teacher, then each trained arm followed by its post-hoc arm.
ARMS = ["teacher"] + [a for arm in TRAINED for a in (arm, f"{arm}_ts")]

try:
    check_references(config, ARMS)
except ConfigError as err:
    raise WorkflowError(str(err)) from None


def _alternatives(names):
    return "|".join(re.escape(n) for n in names)


wildcard_constraints:
    trained=_alternatives(TRAINED),
    fitted=_alternatives(FITTED),
    arm=_alternatives(ARMS),
    split="train|val|test",


def study_outputs():
    """Every final output of the study."""
    return [
        "results/table.md",
        "results/metrics.tsv",
        "results/figures/reliability.png",
        "results/figures/ece_vs_nll.png",
    ]


def arm_spec(wildcards):
    """The loss spec of a trained arm: only this arm's keys, so a change reruns only this arm."""
    return dict(config["arms"][wildcards.trained])


def student_inputs(wildcards):
    """Training inputs of one arm; distillation arms also read the teacher (and its temperature)."""
    spec = config["arms"][wildcards.trained]
    inputs = {
        "corpus": "results/data/corpus.parquet",
        "train_index": "results/data/splits/train.json",
        "val_index": "results/data/splits/val.json",
        "tiers": "results/data/tiers.json",
        "tokenizer": "results/students/tokenizer",
    }
    if spec["loss"] in ("kd", "kd_hard"):
        inputs["teacher_logits"] = "results/teacher/train_logits.npz"
        if spec.get("teacher", "raw") == "calibrated":
            inputs["teacher_temperature"] = "results/calibration/teacher.json"
    return inputs


def student_model_params():
    return {**config["student"]["model"], "max_length": config["student"]["max_length"]}


def arm_evaluations(wildcards):
    return {arm: f"results/evaluation/{arm}.npz" for arm in ARMS}


def temperatures(wildcards):
    return {arm: f"results/calibration/{arm}.json" for arm in FITTED}


def headline_arms():
    ev = config["evaluation"]
    return [ev["baseline"], ev["headline"]["posthoc"], ev["headline"]["distilled"]]


def reliability_arms():
    """The arms of the reliability figure: baseline, its post-hoc arm and the distilled arm."""
    return [a for a in dict.fromkeys(headline_arms()) if a in ARMS]


def reliability_inputs(wildcards):
    return {arm: f"results/predictions/{arm}.npz" for arm in reliability_arms()}
