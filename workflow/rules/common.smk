# Helpers, arm lists and wildcard constraints shared by all rules.
import re

from kdcal.config import check_references, has_teacher, trained_arms

REPLAY = config["mode"] == "replay"
# Arms with predictions of their own (trained here, or replayed from files).
TRAINED = trained_arms(config)
TEACHER = ["teacher"] if has_teacher(config) else []
# Arms with a temperature fitted on the cal half.
FITTED = TEACHER + TRAINED
# Display order: the teacher, then each arm followed by its post-hoc arm.
ARMS = TEACHER + [a for arm in TRAINED for a in (arm, f"{arm}_ts")]

try:
    check_references(config, ARMS)
except ConfigError as err:
    raise WorkflowError(str(err)) from None


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
    trained=_alternatives(TRAINED),
    fitted=_alternatives(FITTED),
    arm=_alternatives(ARMS),
    split="train|val|test",
    source=_alternatives(FITTED),
    course_file="label_list|label_merge_mapping|train_indices|val_indices",
    part="train|val",


def study_outputs():
    """Every final output of the study."""
    return ["results/table.md", "results/metrics.tsv"] + figure_outputs() + list(analysis_outputs().values())


def figure_outputs():
    return ["results/figures/reliability.png", "results/figures/ece_vs_nll.png"]


def analysis_outputs():
    """The course's analyses: coverage always; teacher diagnostics and agreement with a teacher."""
    outputs = {"coverage": "results/coverage.tsv"}
    if TEACHER:
        outputs["teacher_diagnostics"] = "results/teacher_diagnostics.tsv"
        outputs["agreement"] = "results/teacher_agreement.tsv"
    return outputs


def table_inputs(wildcards):
    return {
        "metrics": "results/metrics.tsv",
        "reliability": "results/figures/reliability.png",
        "ece_vs_nll": "results/figures/ece_vs_nll.png",
        **analysis_outputs(),
        **{f"temperature_{arm}": f"results/calibration/{arm}.json" for arm in FITTED},
    }


def validation_rows(wildcards):
    """What fixes the number of validation rows: the val split, or a replayed predictions file."""
    return f"results/predictions/{TRAINED[0]}.npz" if REPLAY else "results/data/splits/val.json"


def all_predictions(wildcards):
    return {arm: f"results/predictions/{arm}.npz" for arm in ARMS}


def replay_sources():
    """Replayed arm -> the local path or hf:// URI of its predictions file."""
    return {**({"teacher": config["replay"]["teacher"]} if TEACHER else {}), **config["replay"]["arms"]}


def replay_uri(wildcards):
    return replay_sources()[wildcards.source]


def fetched_files(wildcards):
    return {arm: f"resources/replay/{arm}.npz" for arm in FITTED}


def arm_spec(wildcards):
    """The loss spec of a trained arm: only this arm's keys, so a change reruns only this arm."""
    return canonical(config["arms"][wildcards.trained])


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
    return canonical({**config["student"]["model"], "max_length": config["student"]["max_length"]})


def arm_evaluations(wildcards):
    return {arm: f"results/evaluation/{arm}.npz" for arm in ARMS}


def headline_arms():
    ev = config["evaluation"]
    return [ev["baseline"], ev["headline"]["posthoc"], ev["headline"]["distilled"]]


def reliability_arms():
    """The arms of the reliability figure: baseline, its post-hoc arm and the distilled arm."""
    return [a for a in dict.fromkeys(headline_arms()) if a in ARMS]


def reliability_inputs(wildcards):
    return {arm: f"results/predictions/{arm}.npz" for arm in reliability_arms()}


def table_notes():
    """Lines under the table's title that say where the predictions came from."""
    if REPLAY:
        return ["Replayed prediction files (no training here):", ""] + [f"- `{arm}`: `{uri}`" for arm, uri in replay_sources().items()]
    return [f"Trained here on `{config['dataset']['source']}`; arms: " + ", ".join(f"`{a}` ({config['arms'][a]['loss']})" for a in TRAINED) + "."]


def course_file_url(wildcards):
    return config["dataset"]["course_files"][wildcards.course_file]


def dataset_params():
    """The dataset keys that change the corpus (the WordNet corpus has none)."""
    d = config["dataset"]
    if d["source"] != "consumer_complaints":
        return {}
    return canonical({k: d[k] for k in ("hf_dataset", "revision", "text_column", "label_column")})


def corpus_inputs(wildcards):
    if config["dataset"]["source"] == "consumer_complaints":
        return {name: f"resources/course/{name}.json" for name in ("label_list", "label_merge_mapping")}
    return {}


def teacher_logits_uri(wildcards):
    return config["teacher"][f"{wildcards.part}_logits"]


def teacher_checkpoint_params():
    t = config["teacher"]
    return canonical({k: t[k] for k in ("name_or_path", "adapter", "batch_size", "max_length")})
