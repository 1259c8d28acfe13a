"""Configuration checks that turn schema failures into one actionable sentence.

The workflow validates its config with Snakemake's ``validate`` (JSON Schema, defaults filled in);
these helpers phrase the first error as "config key X = value: what is allowed", and check what a
schema cannot express (arms that other keys refer to).
"""

from __future__ import annotations

from collections.abc import Mapping

from kdcal.errors import ConfigError
from kdcal.training.losses import LOSS_KEYS, teacher_choice

__all__ = ["ConfigError"]


def _find_validation_error(err: BaseException):
    import jsonschema

    seen = set()
    stack = [err]
    while stack:
        e = stack.pop()
        if id(e) in seen or e is None:
            continue
        seen.add(id(e))
        if isinstance(e, jsonschema.exceptions.ValidationError):
            return e
        stack.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))
        stack.extend([e.__cause__, e.__context__])
    return None


def describe_validation_error(err: BaseException, source: str = "config") -> str:
    """One sentence naming the key, the value and what the schema allows."""
    import jsonschema

    found = _find_validation_error(err)
    if found is None:
        return str(err)
    best = jsonschema.exceptions.best_match([found]) or found
    key = ".".join(str(p) for p in best.absolute_path) or "(top level)"
    schema = best.schema if isinstance(best.schema, dict) else {}
    allowed = []
    if "enum" in schema:
        allowed.append("one of " + ", ".join(map(str, schema["enum"])))
    for bound, word in (("minimum", ">="), ("exclusiveMinimum", ">"), ("maximum", "<="), ("exclusiveMaximum", "<")):
        if bound in schema:
            allowed.append(f"{word} {schema[bound]}")
    if "type" in schema:
        allowed.append(f"of type {schema['type']}")
    if best.validator == "additionalProperties":
        extra = sorted(set(best.instance) - set(best.schema.get("properties", {})))
        known = ", ".join(best.schema.get("properties", {}))
        return f"{source}: unknown key(s) {', '.join(extra)} under '{key}'; allowed keys: {known}"
    if "propertyNames" in best.absolute_schema_path:
        return (
            f"{source}: arm name {best.instance!r} under '{key}' is not allowed: names are lower_snake_case (at most 100 characters), "
            "not 'teacher' or 'tokenizer' (reserved files), without '_vs_' (reserved for comparisons such as "
            "vanilla_ts_vs_kd) and not ending in '_ts', '_vs', '_ms', '_hb' or '_s<digits>' (post-hoc and seeded arms are "
            "made from trained arms)"
        )
    if best.validator == "required":
        return f"{source}: '{key}' is missing a required key: {best.message}"
    detail = f" (allowed: {', '.join(allowed)})" if allowed else ""
    description = schema.get("description")
    tail = f". {key}: {description}" if description else ""
    return f"{source}: bad value for '{key}': {best.instance!r}: {best.message}{detail}{tail}"


def arms_in_default_order(config: dict, defaults: Mapping) -> None:
    """Put the arms the workflow's own config.yaml defines first, in its order, then the others in
    the order given (in place). Snakemake merges a --configfile before the workflow's config.yaml,
    so a file that only changes ``arms.kd.alpha`` would otherwise move kd before vanilla: the table's
    rows would change order and every summary job would rerun for it."""
    arms = config.get("arms")
    if not isinstance(arms, dict):
        return
    known = [name for name in defaults.get("arms") or {} if name in arms]
    config["arms"] = {name: arms[name] for name in [*known, *(name for name in arms if name not in known)]}


# "Temperature" names three numbers in this study, each with its own name now:
# - the distillation temperature T_d of a kd arm and of the KD grid (distill_temperature);
# - the calibration temperature T fitted on the cal half after training (calibration method
#   temperature_scaling, arms <name>_ts, results/calibration/<arm>_ts.json);
# - the teacher's divisor, what a kd arm divides the teacher's logits by (arms.<name>.teacher).
# Old spellings: old -> new key (in every arms.<name> and in sweep.kd_grid); old -> new calibration
# method names.
RENAMED_KEYS = {"temperature": "distill_temperature"}
RENAMED_METHODS = {"temperature": "temperature_scaling"}


def _written(user: Mapping, *keys: str) -> Mapping:
    """The section at ``keys`` of what the user wrote (``user``), or {} where they wrote none."""
    node = user
    for key in keys:
        node = node.get(key) if isinstance(node, Mapping) else None
    return node if isinstance(node, Mapping) else {}


def rename_deprecated_keys(config: dict, user: Mapping) -> list[str]:
    """Translate the old spellings of renamed keys and calibration methods (in place) and return one
    deprecation line for each. ``user`` is what the user wrote: the --configfile files and --config
    values merged (Snakemake's ``workflow.config_settings.overwrite_config``), without the workflow's
    own config.yaml, which Snakemake merges under them and which holds the new spellings. An old key
    the user set beside its new name (in one file or across files and --config) is refused, whatever
    the two values: a config that says one thing twice in two spellings is ambiguous to its reader."""
    lines = []

    def rename(section: dict, written: Mapping, old: str, new: str, where: str) -> None:
        if not isinstance(section, dict) or old not in section:
            return
        if old in written and new in written:
            raise ConfigError(
                f"config: '{where}.{old}' and '{where}.{new}' are both set ({written[old]!r} and {written[new]!r}); "
                f"'{old}' is the old spelling of '{new}': keep only '{new}'"
            )
        section[new] = section.pop(old)
        lines.append(f"config: '{where}.{old}' is now spelled '{where}.{new}'; the old spelling still works but is deprecated")

    # (section, what the user wrote of it, its dotted name)
    sections = [(arm, _written(user, "arms", name), f"arms.{name}") for name, arm in (config.get("arms") or {}).items()]
    sections.append(((config.get("sweep") or {}).get("kd_grid"), _written(user, "sweep", "kd_grid"), "sweep.kd_grid"))
    for section, written, where in sections:
        for old, new in RENAMED_KEYS.items():
            rename(section, written, old, new, where)
    methods = (config.get("calibration") or {}).get("methods")
    if isinstance(methods, list) and any(m in RENAMED_METHODS for m in methods):
        for old in sorted({m for m in methods if m in RENAMED_METHODS}):
            if RENAMED_METHODS[old] in methods:
                raise ConfigError(
                    f"config: calibration.methods lists both '{old}' and '{RENAMED_METHODS[old]}'; '{old}' is the old "
                    f"spelling of '{RENAMED_METHODS[old]}': keep only '{RENAMED_METHODS[old]}'"
                )
            lines.append(
                f"config: calibration.methods '{old}' is now spelled '{RENAMED_METHODS[old]}'; "
                "the old spelling still works but is deprecated"
            )
        config["calibration"]["methods"] = [RENAMED_METHODS.get(m, m) for m in methods]
    return lines


def unread_arm_keys(config: dict, user: Mapping) -> list[str]:
    """Refuse an arm key that the arm's loss does not read (``alpha`` on ``ce``, ``epsilon`` on
    ``kd``, ...), which would have no effect but to rerun the arm's jobs, where the user wrote it
    (``user``: the --configfile files and --config values merged, as for ``rename_deprecated_keys``).
    Where such a key comes from the workflow's own config.yaml (a user's file that turns
    ``arms.kd.loss`` into ``ce`` keeps config.yaml's ``alpha`` of kd: a merge cannot remove a key),
    it is dropped (in place), with one line returned for it. Runs before validation: schema
    defaults are not in ``config`` yet."""
    lines = []
    for name, spec in (config.get("arms") or {}).items():
        if not isinstance(spec, dict) or spec.get("loss") not in LOSS_KEYS:
            continue  # the schema says what is wrong with it
        loss = spec["loss"]
        # as the user wrote it, in the new spellings (rename_deprecated_keys has run)
        written = {RENAMED_KEYS.get(k, k): v for k, v in _written(user, "arms", name).items()}
        unread = [key for key in spec if key != "loss" and key not in LOSS_KEYS[loss]]
        refused = [key for key in unread if key in written]
        if refused:
            reads = ", ".join(LOSS_KEYS[loss]) or "no key besides loss"
            raise ConfigError(
                f"config: arm '{name}' sets {', '.join(f'{k}: {written[k]}' for k in refused)} but its loss {loss} does not read "
                f"{'it' if len(refused) == 1 else 'them'} (a key with no effect would only rerun the arm); "
                f"{loss} reads {reads}: remove {', '.join(f'arms.{name}.{k}' for k in refused)}"
            )
        if loss == "kd_hard" and "teacher" in written and teacher_choice(written).kind not in ("raw", "arm"):
            raise ConfigError(
                f"config: arm '{name}' sets teacher: {written['teacher']} but its loss kd_hard reads the teacher's argmax, "
                "which dividing the logits by a positive number does not change; remove "
                f"arms.{name}.teacher (or give teacher: arm:<name> to take the labels of another arm)"
            )
        for key in unread:
            del spec[key]
        if unread:
            lines.append(
                f"config: arm '{name}' has loss {loss}, which does not read {', '.join(unread)} (set in the workflow's "
                "config/config.yaml for another loss): dropped"
            )
    return lines


def check_topk_arms(config: Mapping) -> None:
    """``teacher_topk`` only on a kd arm that distils from the study's teacher, and
    ``topk_missing_mass`` only beside it."""
    for name, spec in config["arms"].items():
        if "topk_missing_mass" in spec and "teacher_topk" not in spec:
            raise ConfigError(
                f"config: arm '{name}' sets topk_missing_mass but not teacher_topk; the missing mass is that of a top-k teacher"
            )
        if "teacher_topk" not in spec:
            continue
        if spec["loss"] != "kd":
            raise ConfigError(
                f"config: arm '{name}' sets teacher_topk but its loss is {spec['loss']}; only kd reads the teacher's "
                "probabilities (kd_hard reads its argmax, which every top k keeps)"
            )
        if teacher_choice(spec).kind == "arm":
            raise ConfigError(
                f"config: arm '{name}' sets teacher_topk with teacher: {spec['teacher']}; top-k distillation truncates "
                "the study's teacher (teacher: raw, calibrated or a number)"
            )


def check_teacher_scaling(config: Mapping) -> None:
    """Refuse, before any job, a fixed teacher divisor on a teacher file whose name or stated
    temperature marks it as already scaled (``kdcal.teachers.files.check_teacher_divisor``). A file that is
    not local yet is checked again by the distilled arm's job, from what the import job kept."""
    from kdcal.teachers.files import TeacherError, check_teacher_divisor, scaling_evidence

    key = {"logits_files": "train_logits", "logits": "file"}.get(config["teacher"]["source"])
    fixed = any(not isinstance(spec.get("teacher", "raw"), str) for spec in config["arms"].values())
    if key is None or not config["teacher"].get(key) or not fixed:
        return
    uri = config["teacher"][key]
    evidence = scaling_evidence(uri)  # an hf:// or http(s) file is not local: its name only
    for name, spec in config["arms"].items():
        try:
            check_teacher_divisor(name, spec, evidence, f"teacher.{key} {uri}")
        except TeacherError as err:
            raise ConfigError(f"config: {err}") from None


def check_job_values(config: Mapping) -> None:
    """Values the schema lets through one by one that cannot work together (each would otherwise
    fail inside a job, after earlier jobs ran)."""
    model = config["student"]["model"]
    if model["source"] == "config" and model["hidden_size"] % model["num_heads"]:
        raise ConfigError(
            f"config: bad value for 'student.model.num_heads': {model['num_heads']} does not divide "
            f"student.model.hidden_size {model['hidden_size']}; each head gets hidden_size / num_heads dimensions"
        )
    teacher = config["teacher"]
    needed = {"checkpoint": ("name_or_path",), "logits_files": ("train_logits", "val_logits"), "logits": ("file",)}
    missing = [key for key in needed.get(teacher["source"], ()) if not teacher.get(key)]
    if missing:
        raise ConfigError(
            f"config: teacher.source is {teacher['source']} but {', '.join('teacher.' + k for k in missing)} "
            "is not set; give a local path or hub id"
        )
    if teacher["source"] == "logits_files" and teacher.get("scores") not in (None, "logits"):
        raise ConfigError(
            f"config: bad value for 'teacher.scores': {teacher['scores']!r}: teacher.source logits_files reads the "
            "logits array of its files; use teacher.source logits (teacher.file) for probabilities or top-k scores"
        )
    if teacher["source"] == "logits" and not teacher["file"].lower().endswith(TEACHER_FILE_SUFFIXES):
        raise ConfigError(
            f"config: bad value for 'teacher.file': {teacher['file']!r}: expected a file ending in "
            f"{' or '.join(TEACHER_FILE_SUFFIXES)} (row ids plus logits or probabilities)"
        )
    dataset = config["dataset"]
    drawn = dataset["source"] == "wordnet_supersenses" or (dataset["source"] == "table" and not dataset.get("split_column"))
    if drawn:  # else the size of validation is known once the data are read (split_validation checks it then)
        from kdcal.data.split import SplitError, check_half_sizes

        try:
            check_half_sizes(dataset["sizes"]["val"], config["evaluation"]["min_rows"], "config: dataset.sizes.val")
        except SplitError as err:
            raise ConfigError(str(err)) from None
    dataset = config["dataset"]
    if dataset["source"] == "table" and not dataset.get("path"):
        raise ConfigError(
            "config: dataset.source is table but dataset.path is not set; give a .csv, .tsv, .parquet or .jsonl "
            "file, or a Hugging Face dataset id or folder"
        )


TEACHER_FILE_SUFFIXES = (".npz", ".parquet")
DEFAULT_COLUMNS = {"consumer_complaints": ("Consumer Complaint", "Issue"), "table": ("text", "label")}


def dataset_columns(dataset: Mapping) -> tuple[str, str]:
    """The text and label columns of a dataset config, with the source's defaults where null."""
    text, label = DEFAULT_COLUMNS.get(dataset["source"], (None, None))
    return dataset.get("text_column") or text, dataset.get("label_column") or label


def _resolved(node: Mapping, defs: Mapping) -> Mapping:
    """A schema node with its ``$ref`` (to ``#/$defs/<name>``) replaced by the definition, the
    node's own keys taking precedence."""
    ref = node.get("$ref")
    if ref:
        return {**defs[ref.rsplit("/", 1)[1]], **{k: v for k, v in node.items() if k != "$ref"}}
    return node


SCHEMA_PATH = "workflow/schemas/config.schema.yaml"


def load_schema(schema_path: str = SCHEMA_PATH) -> dict:
    """The config schema (JSON Schema, written in YAML)."""
    import yaml

    with open(schema_path) as handle:
        return yaml.safe_load(handle)


def schema_reference(schema: Mapping) -> str:
    """Markdown table of every key in a JSON Schema (key, type, default, allowed, description),
    the source of config/README.md."""
    import json

    defs = schema.get("$defs", {})
    rows = []

    def walk(node, prefix):
        node = _resolved(node, defs)
        props = node.get("properties", {})
        if "additionalProperties" in node and isinstance(node["additionalProperties"], dict):
            props = {"<name>": node["additionalProperties"], **props}
        for key, sub in props.items():
            sub = _resolved(sub, defs)
            path = f"{prefix}{key}"
            allowed = []
            if "enum" in sub:
                allowed.append(" / ".join(map(str, sub["enum"])))
            for bound, word in (("minimum", ">="), ("exclusiveMinimum", ">"), ("maximum", "<="), ("exclusiveMaximum", "<")):
                if bound in sub:
                    allowed.append(f"{word} {sub[bound]}")
            default = json.dumps(sub["default"]) if "default" in sub and sub.get("type") != "object" else ""
            rows.append(
                f"| `{path}` | {sub.get('type', '')} | {default} | {', '.join(allowed)} | {sub.get('description', '').strip()} |"
            )
            if sub.get("type") == "object":
                walk(sub, f"{path}.")

    walk(schema, "")
    header = ["| key | type | default | allowed | description |", "|---|---|---|---|---|"]
    return "\n".join(header + rows) + "\n"


CONFIG_README_INTRO = """# Configuration reference

Generated from `workflow/schemas/config.schema.yaml` by `python -m kdcal config-reference` (the test suite
checks that the two agree). A config is validated against that schema before any job runs: a bad
value or an unknown key stops the run with a message naming the key, the value and what is allowed.

Snakemake merges a `--configfile` on top of `config/config.yaml`, key by key. Shipped configs:
`config/config.yaml`, the embedded default (offline CPU study); `config/own-data.yaml`, the study on
your own table and teacher outputs; `config/shortlist.yaml`, more arms; `config/topk.yaml`,
distillation from the teacher's top k classes; `config/replay-week6.yaml`, the published study from
its prediction files; `config/kaggle-t4.yaml`, the full study on a GPU.

"""


def config_readme(schema_path: str = SCHEMA_PATH) -> str:
    return CONFIG_README_INTRO + schema_reference(load_schema(schema_path))


def schema_defaults(dotted: str, schema_path: str = SCHEMA_PATH) -> dict:
    """The schema's default of every key directly under ``dotted`` (e.g. ``student.training``): the
    only home of kdcal's defaults, for code that builds settings without a config (tests,
    benchmarks). Reads ``schema_path``."""
    schema = load_schema(schema_path)
    defs = schema.get("$defs", {})
    node = schema
    for key in dotted.split("."):
        node = node["properties"][key]
    properties = {key: _resolved(sub, defs) for key, sub in node["properties"].items()}
    return {key: sub["default"] for key, sub in properties.items() if "default" in sub}
