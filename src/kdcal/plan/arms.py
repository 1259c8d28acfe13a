"""Which arms a study has: trained arms, post-hoc arms, the KD grid and the training seeds.

Every arm is an ``Arm``, built here once: its name, its kind (trained, replayed, ensemble, post-hoc
or the teacher), the arm a post-hoc arm calibrates and its calibration method, its recipe, seed and
label. The rules, scripts, tables and figures read these objects (through params); no other module
takes an arm's name apart. Every arm name is a job in the workflow. A trained arm is a *recipe* (a loss
spec from ``arms`` or a point of the KD grid) trained with one *seed*. The arm trained with the
study's own seed (``student.training.seed``) keeps the recipe's name, so the headline study and
the sweep share those jobs; other seeds are ``<recipe>_s<seed>``. Every trained arm also yields one
post-hoc arm per calibration method: ``<arm>_ts`` (temperature scaling), ``<arm>_vs`` (vector scaling),
``<arm>_ms`` (matrix scaling with ODIR) and ``<arm>_hb`` (top-label isotonic map).

An ensemble (``ensembles: {name: [arm, ...]}``) is an arm too: its members' probabilities averaged,
listed after the trained arms, with post-hoc arms of its own like any trained arm.

Names are the only link between a job and its parameters, so adding a seed or a grid point adds
names and changes none: nothing already computed reruns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from kdcal.calibration.registry import REGISTRY, PosthocMethod
from kdcal.config import check_job_values, check_teacher_scaling, check_topk_arms
from kdcal.errors import ConfigError
from kdcal.training.losses import TEACHER_LOSSES, teacher_choice

TEACHER = "teacher"
ENSEMBLE_LOSS = "ensemble"  # the "loss" of an ensemble arm's spec: nothing is trained

# Arm kinds.
TRAINED, REPLAYED, ENSEMBLE, POSTHOC, TEACHER_KIND = "trained", "replayed", "ensemble", "posthoc", "teacher"
# Labels of the two arms every study names; their post-hoc arms read "<short> + <method label>".
KNOWN_LABELS = {"vanilla": ("vanilla (cross-entropy)", "vanilla"), "kd": ("distilled (KD)", "distilled")}


@dataclass(frozen=True)
class Arm:
    """One arm. ``kind``: TRAINED (train_student), REPLAYED (a prediction file), ENSEMBLE (members'
    probabilities averaged), POSTHOC (``base``'s predictions through the map of ``method``, a
    ``calibration.methods`` entry) or TEACHER_KIND. ``recipe``: what the arm is across seeds (a post-hoc
    arm's is ``<base recipe>_<suffix>``); ``spec``: a trained arm's loss spec, an ensemble's members."""

    name: str
    recipe: str
    seed: int
    spec: dict = field(default_factory=dict, hash=False, compare=False)
    kind: str = TRAINED
    base: str | None = None
    method: str | None = None
    label: str = ""

    @property
    def posthoc(self) -> PosthocMethod | None:
        return REGISTRY[self.method] if self.method else None


def arm_label(name: str, recipe: str, base_recipe: str | None = None, method: str | None = None) -> str:
    """``vanilla (cross-entropy)``, ``distilled + vector scaling`` (by recipe, so every seed of a
    recipe has its label); other arms keep their name."""
    if base_recipe is None:
        return KNOWN_LABELS[recipe][0] if recipe in KNOWN_LABELS else name
    return f"{KNOWN_LABELS[base_recipe][1]} + {REGISTRY[method].label}" if base_recipe in KNOWN_LABELS else name


def posthoc_arm(base: Arm, method: str) -> Arm:
    """The post-hoc arm of ``base`` by ``method``: ``<base>_<suffix>``, the one place that name is built."""
    suffix = REGISTRY[method].suffix
    name = f"{base.name}_{suffix}"
    return Arm(
        name,
        f"{base.recipe}_{suffix}",
        base.seed,
        kind=POSTHOC,
        base=base.name,
        method=method,
        label=arm_label(name, f"{base.recipe}_{suffix}", base.recipe, method),
    )


def _arm(name: str, recipe: str, seed: int, spec: Mapping, kind: str) -> Arm:
    return Arm(name, recipe, seed, dict(spec), kind, label=arm_label(name, recipe))


def grid_name(distill_temperature: float, alpha: float, teacher: str = "raw") -> str:
    """``kd_T4_a0.7`` (``kd_cal_T4_a0.7`` when distilling from the calibrated teacher)."""
    prefix = "kd_cal" if teacher == "calibrated" else "kd"
    return f"{prefix}_T{float(distill_temperature):g}_a{float(alpha):g}"


def recipe_of(spec: Mapping) -> dict:
    """A configured arm's loss spec, less ``teacher_scaled: false`` (the schema's default): that key
    only permits a fixed divisor on an already-scaled teacher, so leaving it out keeps an arm's
    params, and its trained student, the same with or without it."""
    return {k: v for k, v in spec.items() if k != "teacher_scaled" or v}


def _normalised(spec: Mapping) -> tuple:
    """A spec as a hashable value with numbers as floats and the default teacher filled in."""
    full = {"teacher": "raw", **spec} if spec.get("loss") in TEACHER_LOSSES else dict(spec)
    return tuple(sorted((k, float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v) for k, v in full.items()))


def grid_points(config: Mapping) -> list[tuple[float, float, str, dict]]:
    """Every point of ``sweep.kd_grid`` as (distillation temperature, alpha, recipe name, spec). A point whose
    spec equals a configured arm's (or an earlier point's) takes that name instead of its own."""
    grid = config["sweep"]["kd_grid"]
    known = {_normalised(recipe_of(spec)): name for name, spec in config["arms"].items()}
    spec_of = {name: key for key, name in known.items()}
    points = []
    for t in grid["distill_temperature"]:
        for a in grid["alpha"]:
            spec = {"loss": "kd", "distill_temperature": float(t), "alpha": float(a), "teacher": grid["teacher"]}
            name = known.setdefault(_normalised(spec), grid_name(t, a, grid["teacher"]))
            if spec_of.setdefault(name, _normalised(spec)) != _normalised(spec):
                # Two different points whose short names agree (1.0 and 1.0000001 both print as 1).
                raise ConfigError(
                    f"config: bad value for 'sweep.kd_grid': the point T_d={t}, alpha={a} would be named {name!r} like "
                    "another point or arm with a different recipe; use values that differ in their first 6 digits"
                )
            points.append((float(t), float(a), name, spec))
    return points


def recipes(config: Mapping, include_grid: bool) -> dict[str, dict]:
    """Recipe name -> loss spec: the configured arms, then (with ``include_grid``) every point of
    ``sweep.kd_grid`` that is not already one of them (an equal spec reuses the arm's name)."""
    out = {name: recipe_of(spec) for name, spec in config["arms"].items()}
    if include_grid:
        for _, _, name, spec in grid_points(config):
            out.setdefault(name, spec)
    return out


def arm_teacher(spec: Mapping) -> str | None:
    """The arm named by ``teacher: arm:<name>`` (a second-generation student's teacher), else None."""
    return teacher_choice(spec).arm


def transfer_pairs(config: Mapping) -> list[tuple[str, str]]:
    """(raw-teacher arm, calibrated-teacher arm) for each configured KD arm distilled from the
    temperature-scaled teacher whose recipe, but for the teacher, is another arm's (``kd`` and
    ``kd_calibrated`` in config/shortlist.yaml): the pairs of ``calibration_transfer_ratio``."""
    if config.get("mode", "train") != "train":
        return []
    raw = {
        _normalised({**recipe_of(spec), "teacher": "raw"}): name
        for name, spec in config["arms"].items()
        if spec["loss"] == "kd" and spec.get("teacher", "raw") == "raw"
    }
    pairs = []
    for name, spec in config["arms"].items():
        if spec["loss"] == "kd" and spec.get("teacher") == "calibrated":
            twin = raw.get(_normalised({**recipe_of(spec), "teacher": "raw"}))
            if twin is not None:
                pairs.append((twin, name))
    return pairs


def seeded_name(recipe: str, seed: int, study_seed: int) -> str:
    return recipe if seed == study_seed else f"{recipe}_s{seed}"


@dataclass
class StudyPlan:
    """The arms of the headline study and of the sweep (no sweep in replay mode), and the views of
    them that the workflow's rules need. Every list is in display order: the teacher first, then
    each trained arm followed by its post-hoc arms. ``study`` and ``sweep`` hold the arms with
    predictions of their own (trained, replayed, ensembles); ``methods`` the calibration methods."""

    study: list[Arm]
    sweep: list[Arm]
    methods: list[str]
    seeds: list[int]
    teacher: bool = True

    @property
    def posthoc(self) -> list[str]:
        """The post-hoc suffixes, in ``calibration.methods`` order."""
        return [REGISTRY[m].suffix for m in self.methods]

    @property
    def teacher_arm(self) -> Arm:
        return Arm(TEACHER, TEACHER, 0, kind=TEACHER_KIND, label="teacher")

    @cached_property
    def arms(self) -> dict[str, Arm]:
        """Every arm by name: the teacher (and its post-hoc arms), each arm with predictions of its
        own and its post-hoc arms (built once per plan; the plan's lists are not changed after)."""
        bases = ([self.teacher_arm] if self.teacher else []) + list(self.trained.values())
        return {arm.name: arm for base in bases for arm in [base, *self.posthoc_arms(base)]}

    def posthoc_arms(self, base: Arm) -> list[Arm]:
        return [posthoc_arm(base, m) for m in self.methods]

    def posthoc_name(self, base: str, method: str) -> str:
        """The post-hoc arm of the arm ``base`` by ``method``."""
        return posthoc_arm(self.arms[base], method).name

    @property
    def trained(self) -> dict[str, Arm]:
        """Every arm with predictions of its own (trained here, replayed, or an ensemble), study and
        sweep, by name: each gets the post-hoc arms."""
        return {arm.name: arm for arm in self.study + self.sweep}

    @property
    def ensembles(self) -> dict[str, list[str]]:
        """Ensemble arm -> its members."""
        return {arm.name: list(arm.spec["members"]) for arm in self.study if arm.kind == ENSEMBLE}

    @property
    def students(self) -> list[str]:
        """Arms trained by train_student (study and sweep; none in a replay)."""
        return [name for name, arm in self.trained.items() if arm.kind == TRAINED]

    @property
    def teacher_arms(self) -> list[str]:
        return [TEACHER] if self.teacher else []

    @property
    def study_trained(self) -> list[str]:
        """The headline study's own trained arms."""
        return [arm.name for arm in self.study]

    @property
    def fitted_arms(self) -> list[str]:
        """Arms whose predictions calibration maps are fitted to: the teacher and every trained arm."""
        return self.teacher_arms + list(self.trained)

    @property
    def study_arms(self) -> list[str]:
        """Every arm of the headline study's table."""
        return self.teacher_arms + self.evaluated(self.study)

    @property
    def sweep_arms(self) -> list[str]:
        """Every arm the sweep summarises."""
        return self.teacher_arms + self.evaluated(self.sweep)

    @property
    def evaluated_arms(self) -> list[str]:
        """Every arm evaluated by the study or the sweep."""
        return list(dict.fromkeys(self.study_arms + self.sweep_arms))

    def evaluated(self, trained: list[Arm]) -> list[str]:
        """Display order: each trained arm followed by its post-hoc arms."""
        return [arm.name for base in trained for arm in [base, *self.posthoc_arms(base)]]

    def labels(self, names: Sequence[str]) -> dict[str, str]:
        """Arm -> its label in tables and figure titles."""
        arms = self.arms
        return {name: arms[name].label if name in arms else name for name in names}

    def families(self, names: Sequence[str]) -> dict[str, str]:
        """Arm -> the arm with predictions of its own it comes from (a post-hoc arm's base, else itself):
        one candidate per family in "which to ship"."""
        arms = self.arms
        return {name: arms[name].base if name in arms and arms[name].base else name for name in names}

    def panel_labels(self, panels: Mapping[str, list[str]]) -> dict[str, str]:
        """Figure panel (an arm, or a recipe pooling its seeds) -> its title: its arms' label."""
        return {label: self.arms[names[0]].label for label, names in panels.items()}

    def panel_families(self, panels: Mapping[str, list[str]]) -> dict[str, str]:
        """Figure panel -> its family, the recipe of the arm its arms calibrate (one colour each)."""
        arms = self.arms
        out = {}
        for label, names in panels.items():
            arm = arms[names[0]]
            out[label] = arms[arm.base].recipe if arm.base else label
        return out

    def temperature_arms(self) -> dict[str, str]:
        """Arm of the table -> the temperature-scaled arm whose fitted temperature the table shows
        beside it: the teacher and each trained arm, and its own temperature-scaled arm."""
        out = {}
        for base in self.teacher_arms + self.study_trained:
            scaled = self.posthoc_name(base, "temperature_scaling")
            out[base] = scaled
            if scaled in self.study_arms:
                out[scaled] = scaled
        return out

    def teacher_source(self, name: str) -> tuple[str, str | None] | None:
        """(trained student, calibration method or None) behind an arm used as a teacher
        (``teacher: arm:<name>``): a configured trained arm itself, or one of its post-hoc arms; None
        if ``name`` is neither."""
        arm = self.arms.get(name)
        configured = [a.name for a in self.study if a.kind == TRAINED]
        if arm is None or (arm.base or arm.name) not in configured:
            return None
        return (arm.base, arm.method) if arm.base else (arm.name, None)

    def teacher_choices(self) -> list[str]:
        """Every arm a ``teacher: arm:<name>`` may name."""
        return [n for n in self.arms if self.teacher_source(n) is not None]

    def recipe_of(self, trained: list[Arm]) -> dict[str, tuple[str, int]]:
        """Evaluated arm -> (recipe, seed); a post-hoc arm's recipe is ``<recipe>_<suffix>``."""
        return {arm.name: (arm.recipe, arm.seed) for base in trained for arm in [base, *self.posthoc_arms(base)]}

    def sweep_recipe_of(self) -> dict[str, list]:
        """Every sweep arm -> [recipe, seed]; the teacher is one run, recipe ``teacher``, seed 0."""
        out = {TEACHER: [TEACHER, 0]} if self.teacher else {}
        out.update({arm: [recipe, seed] for arm, (recipe, seed) in self.recipe_of(self.sweep).items()})
        return out

    def sweep_recipes(self) -> list[str]:
        """Recipes of the sweep in display order: the teacher, then each recipe and its post-hoc recipes."""
        return list(dict.fromkeys(recipe for recipe, _ in self.sweep_recipe_of().values()))

    def sweep_panels(self) -> dict[str, list[str]]:
        """Recipe -> its arms over all seeds (a figure panel pools them)."""
        panels: dict[str, list[str]] = {}
        for arm, (recipe, _) in self.sweep_recipe_of().items():
            panels.setdefault(recipe, []).append(arm)
        return panels

    def study_panels(self) -> dict[str, list[str]]:
        """One panel per arm of the headline study."""
        return {arm: [arm] for arm in self.study_arms}

    def markers(self, panels: Mapping[str, list[str]]) -> dict[str, str]:
        """Panel -> its marker on the NLL-ECE plane: its calibration method's, or ``o`` for trained arms."""
        arms = self.arms
        return {label: (arms[names[0]].posthoc.marker if arms[names[0]].posthoc else "o") for label, names in panels.items()}

    def by_method(self, panels: Mapping[str, list[str]]) -> dict[str, dict[str, list[str]]]:
        """Panels grouped by how their arms were made: trained (and the teacher), then one group per
        post-hoc method, titled for the coverage figure."""
        arms = self.arms
        titles = {None: "trained (and teacher)", **{m: f"with {REGISTRY[m].label}" for m in self.methods}}
        out: dict[str, dict[str, list[str]]] = {title: {} for title in titles.values()}
        for label, names in panels.items():
            out[titles[arms[names[0]].method]][label] = names
        return {title: group for title, group in out.items() if group}

    def sweep_grid(self, config: Mapping) -> dict[str, list[list]]:
        """Grid label -> [[distillation temperature, alpha, recipe], ...] for the sweep table (raw and post-hoc)."""
        teacher = config["sweep"]["kd_grid"]["teacher"]
        points = [[t, a, name] for t, a, name, _ in grid_points(config)]
        out = {f"teacher {teacher}": points}
        for method in self.methods:
            suffix = REGISTRY[method].suffix
            out[f"teacher {teacher}, post-hoc _{suffix}"] = [[t, a, f"{r}_{suffix}"] for t, a, r in points]
        return out


def ensemble_arms(config: Mapping, seed: int) -> list[Arm]:
    """``ensembles`` as arms (spec: loss ``ensemble`` and the members), in the config's order."""
    return [
        _arm(name, name, seed, {"loss": ENSEMBLE_LOSS, "members": list(members)}, ENSEMBLE)
        for name, members in (config.get("ensembles") or {}).items()
    ]


def study_plan(config: Mapping) -> StudyPlan:
    methods = list(config["calibration"]["methods"])
    unknown = [m for m in methods if m not in REGISTRY]
    if unknown:
        raise ConfigError(
            f"config: bad value for 'calibration.methods': {', '.join(map(repr, unknown))}; allowed: {', '.join(REGISTRY)}"
        )
    if config.get("mode", "train") != "train":
        names = list(config["replay"]["arms"])
        has_teacher = config["replay"].get("teacher") is not None
        study = [_arm(n, n, 0, {}, REPLAYED) for n in names] + ensemble_arms(config, 0)
        return StudyPlan(study, [], methods, [], has_teacher)
    study_seed = int(config["student"]["training"]["seed"])
    study = [_arm(name, name, study_seed, spec, TRAINED) for name, spec in recipes(config, include_grid=False).items()]
    study += ensemble_arms(config, study_seed)
    seeds = [int(s) for s in config["sweep"]["seeds"]]
    sweep = [
        _arm(seeded_name(recipe, seed, study_seed), recipe, seed, spec, TRAINED)
        for recipe, spec in recipes(config, include_grid=True).items()
        for seed in seeds
    ]
    return StudyPlan(study, sweep, methods, seeds)


# --- checks of the keys that name arms (they need the plan) ------------------------------------


def check_ensembles(config: Mapping, plan: StudyPlan) -> None:
    """Each ensemble has a name of its own and averages arms of this study that are not ensembles."""
    ensembles = config.get("ensembles") or {}
    # The ensembles' arms: each ensemble and its post-hoc arms, as the plan names them.
    made = set(plan.evaluated([arm for arm in plan.study if arm.name in ensembles]))
    own = [a for a in plan.study_arms if a not in made]
    trained = config["replay"]["arms"] if config.get("mode", "train") == "replay" else config["arms"]
    for name, members in ensembles.items():
        if name in trained or name == "teacher":
            raise ConfigError(
                f"config: bad key 'ensembles.{name}': {name!r} is already an arm; give the ensemble a name of its own"
            )
        for member in members:
            if member in made:
                raise ConfigError(
                    f"config: bad value for 'ensembles.{name}': {member!r} is an ensemble; list its members instead"
                )
            if member not in own:
                raise ConfigError(
                    f"config: bad value for 'ensembles.{name}': {member!r} is not an arm of this study; arms: {', '.join(own)}"
                )


def check_references(config: Mapping, plan: StudyPlan) -> None:
    """Keys that name arms or recipes must name those of this study (``plan``: its StudyPlan)."""
    replay = config.get("mode", "train") == "replay"
    if replay and not config["replay"]["arms"]:
        raise ConfigError(
            "config: mode is replay but 'replay.arms' names no prediction files; give arm name -> path or hf:// URI"
        )
    check_ensembles(config, plan)
    arms = plan.study_arms
    ev = config["evaluation"]
    for key, value in (
        ("evaluation.baseline", ev["baseline"]),
        ("evaluation.headline.posthoc", ev["headline"]["posthoc"]),
        ("evaluation.headline.distilled", ev["headline"]["distilled"]),
    ):
        if value not in arms:
            raise ConfigError(f"config: bad value for '{key}': {value!r} is not an arm of this study; arms: {', '.join(arms)}")
    posthoc, distilled = ev["headline"]["posthoc"], ev["headline"]["distilled"]
    for key, value in (("evaluation.headline.posthoc", posthoc), ("evaluation.headline.distilled", distilled)):
        if value == ev["baseline"]:
            raise ConfigError(
                f"config: bad value for '{key}': {value!r} is also evaluation.baseline; the headline ratio compares "
                "two remedies against the baseline, so both must differ from it"
            )
    if replay:
        return
    if ev["baseline"] == "teacher":
        raise ConfigError(
            "config: bad value for 'evaluation.baseline': 'teacher' is not a student; differences and the tier F1 "
            f"bootstrap compare trained arms with a trained baseline ({', '.join(config['arms'])})"
        )
    check_job_values(config)
    for name, spec in config["arms"].items():
        if spec.get("teacher", "raw") != "raw" and spec["loss"] not in TEACHER_LOSSES:
            raise ConfigError(
                f"config: arm '{name}' sets teacher: {spec['teacher']} but its loss {spec['loss']} does not use the teacher"
            )
    check_teacher_scaling(config)
    check_arm_teachers(config, plan)
    check_topk_arms(config)
    recipes = plan.sweep_recipes()
    unknown = [r for r in config["sweep"]["compare_with"] if r not in recipes]
    if unknown:
        raise ConfigError(
            f"config: bad value for 'sweep.compare_with': {', '.join(map(repr, unknown))} is not a recipe of the sweep; "
            f"recipes: {', '.join(recipes)}"
        )


def check_arm_teachers(config: Mapping, plan: StudyPlan) -> None:
    """``teacher: arm:<name>`` names a trained arm of this study or one of its post-hoc arms, and
    no chain of such teachers leads back to the arm itself."""
    allowed = plan.teacher_choices()
    teacher_of = {}
    for name, spec in config["arms"].items():
        source = arm_teacher(spec)
        if source is None:
            continue
        found = plan.teacher_source(source)
        if found is None:
            raise ConfigError(
                f"config: bad value for 'arms.{name}.teacher': arm:{source} names no trained arm of this study or post-hoc arm "
                f"of one; allowed: {', '.join(f'arm:{a}' for a in allowed)}"
            )
        teacher_of[name] = found[0]
    for name in teacher_of:
        chain = [name]
        while chain[-1] in teacher_of:
            chain.append(teacher_of[chain[-1]])
            if chain[-1] == name:
                raise ConfigError(
                    f"config: bad value for 'arms.{name}.teacher': the teachers form a cycle ({' -> '.join(chain)}); "
                    "a student cannot learn from itself"
                )
            if len(chain) > len(teacher_of) + 1:
                break
