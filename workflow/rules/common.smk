# Helpers, arm lists and wildcard constraints shared by all rules.
import re

from kdcal.config import check_references, has_teacher
from kdcal.plan import grid_points, study_plan

REPLAY = config["mode"] == "replay"
PLAN = study_plan(config)
# Every arm with predictions of its own (trained here, or replayed): the study's and the sweep's.
TRAINED_ARMS = PLAN.trained
# The headline study's own trained arms (the sweep's are in PLAN.sweep).
TRAINED = [arm.name for arm in PLAN.study]
TEACHER = ["teacher"] if has_teacher(config) else []
# Arms with a temperature fitted on the cal half.
FITTED = TEACHER + list(TRAINED_ARMS)
# Display order: the teacher, then each arm followed by its post-hoc arms.
ARMS = TEACHER + PLAN.evaluated(PLAN.study)
SWEEP_ARMS = TEACHER + PLAN.evaluated(PLAN.sweep)
EVALUATED = list(dict.fromkeys(ARMS + SWEEP_ARMS))

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
    trained=_alternatives(TRAINED_ARMS),
    fitted=_alternatives(FITTED),
    arm=_alternatives(EVALUATED),
    split="train|val|test",
    source=_alternatives(FITTED),
    course_file="label_list|label_merge_mapping|train_indices|val_indices",
    part="train|val",


def study_outputs():
    """Every final output of the study."""
    return ["results/table.md", "results/metrics.tsv"] + figure_outputs() + list(analysis_outputs().values())


def figure_outputs():
    return [f"results/figures/{name}.png" for name in ("reliability", "ece_vs_nll", "coverage")]


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
        **{f"figure_{name}": f"results/figures/{name}.png" for name in ("reliability", "ece_vs_nll", "coverage")},
        **analysis_outputs(),
        **{f"temperature_{arm}": f"results/calibration/{arm}.json" for arm in TEACHER + TRAINED},
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
    return canonical(TRAINED_ARMS[wildcards.trained].spec)


def training_params(wildcards):
    """The shared training settings with this arm's seed (the study's own seed for its arms)."""
    return canonical({**config["student"]["training"], "seed": TRAINED_ARMS[wildcards.trained].seed})


def student_inputs(wildcards):
    """Training inputs of one arm; distillation arms also read the teacher (and its temperature)."""
    spec = TRAINED_ARMS[wildcards.trained].spec
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


def predictions_of(arms):
    return {arm: f"results/predictions/{arm}.npz" for arm in arms}


def table_notes():
    """Lines under the table's title that say where the predictions came from."""
    methods = ", ".join(f"`<arm>_{s}` ({m.replace('_', ' ')})" for m, s in zip(config["calibration"]["methods"], PLAN.posthoc))
    posthoc = f"Post-hoc arms: {methods}, fitted on the cal half."
    if REPLAY:
        return [
            "Replayed prediction files (no training here):",
            "",
            *(f"- `{arm}`: `{uri}`" for arm, uri in replay_sources().items()),
            "",
            posthoc,
        ]
    arms = ", ".join(f"`{a}` ({TRAINED_ARMS[a].spec['loss']})" for a in TRAINED)
    return [
        f"Trained here on `{config['dataset']['source']}` with seed {config['student']['training']['seed']}; arms: {arms}. {posthoc}",
        "",
        "Seed-to-seed spread: `snakemake --cores 1 sweep` (results/sweep/table.md).",
    ]


def sweep_recipe_of():
    """Evaluated sweep arm -> [recipe, seed] (the teacher is one run, seed 0)."""
    out = {"teacher": ["teacher", 0]} if TEACHER else {}
    out.update({arm: [recipe, seed] for arm, (recipe, seed) in PLAN.recipe_of(PLAN.sweep).items()})
    return out


def sweep_recipes():
    """Recipes of the sweep in display order: teacher, then each recipe and its post-hoc recipes."""
    return list(dict.fromkeys(recipe for recipe, _ in sweep_recipe_of().values()))


def sweep_panels():
    """Reliability / coverage panels of the sweep: recipe -> its arms over all seeds (pooled)."""
    panels = {}
    for arm, (recipe, _) in sweep_recipe_of().items():
        panels.setdefault(recipe, []).append(arm)
    return panels


def sweep_grid():
    """Grid label -> [[temperature, alpha, recipe], ...] for the sweep table (raw and post-hoc)."""
    teacher = config["sweep"]["kd_grid"]["teacher"]
    points = [[t, a, name] for t, a, name, _ in grid_points(config)]
    out = {f"teacher {teacher}": points}
    for s in PLAN.posthoc:
        out[f"teacher {teacher}, post-hoc _{s}"] = [[t, a, f"{r}_{s}"] for t, a, r in points]
    return out


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


def study_panels():
    """Reliability panels of the headline study: one per arm."""
    return {arm: [arm] for arm in ARMS}


def by_method(panels):
    """Coverage panels: the groups split into trained arms (and the teacher) and each post-hoc method."""
    titles = {"": "trained (and teacher)", "ts": "with temperature scaling", "vs": "with vector scaling"}
    out = {}
    for label, arms in panels.items():
        suffix = label.rsplit("_", 1)[-1] if label.rsplit("_", 1)[-1] in PLAN.posthoc else ""
        out.setdefault(titles[suffix], {})[label] = arms
    return out


def panel_inputs(panels):
    """Predictions of every arm in the panels, keyed by arm."""
    return predictions_of(dict.fromkeys(arm for arms in panels.values() for arm in arms))


if not REPLAY:
    _unknown = [r for r in config["sweep"]["compare_with"] if r not in sweep_recipes()]
    if _unknown:
        raise WorkflowError(
            f"config: bad value for 'sweep.compare_with': {', '.join(map(repr, _unknown))} is not a recipe of the sweep; "
            f"recipes: {', '.join(sweep_recipes())}"
        )
