"""Which arms a study has: trained arms, post-hoc arms, the KD grid and the training seeds.

Every arm is a name, and every name is a job in the workflow. A trained arm is a *recipe* (a loss
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

from kdcal.calibration import POSTHOC_SUFFIX, POSTHOC_TITLE
from kdcal.config import ConfigError
from kdcal.training.losses import TEACHER_LOSSES

TEACHER = "teacher"
ENSEMBLE_LOSS = "ensemble"  # the "loss" of an ensemble arm's spec: nothing is trained


@dataclass(frozen=True)
class TrainedArm:
    name: str
    recipe: str
    seed: int
    spec: dict = field(hash=False, compare=False)


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


ARM_TEACHER = "arm:"


def arm_teacher(spec: Mapping) -> str | None:
    """The arm named by ``teacher: arm:<name>`` (a second-generation student's teacher), else None."""
    teacher = spec.get("teacher")
    return teacher[len(ARM_TEACHER) :] if isinstance(teacher, str) and teacher.startswith(ARM_TEACHER) else None


def teacher_source(name: str, trained: Sequence[str], posthoc: Sequence[str]) -> tuple[str, str | None] | None:
    """(student, post-hoc suffix or None) behind an arm used as a teacher: a trained arm itself, or
    ``<arm>_<suffix>`` for one of its post-hoc arms; None if ``name`` is neither."""
    if name in trained:
        return name, None
    stem, _, suffix = name.rpartition("_")
    return (stem, suffix) if stem in trained and suffix in posthoc else None


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
    each trained arm followed by its post-hoc arms."""

    study: list[TrainedArm]
    sweep: list[TrainedArm]
    posthoc: list[str]
    seeds: list[int]
    teacher: bool = True

    @property
    def trained(self) -> dict[str, TrainedArm]:
        """Every arm with predictions of its own (trained here, replayed, or an ensemble), study and
        sweep, by name: each gets the post-hoc arms."""
        return {arm.name: arm for arm in self.study + self.sweep}

    @property
    def ensembles(self) -> dict[str, list[str]]:
        """Ensemble arm -> its members."""
        return {arm.name: list(arm.spec["members"]) for arm in self.study if arm.spec.get("loss") == ENSEMBLE_LOSS}

    @property
    def students(self) -> list[str]:
        """Arms trained by train_student (study and sweep; none in a replay)."""
        if not self.seeds:
            return []
        return [name for name, arm in self.trained.items() if arm.spec.get("loss") != ENSEMBLE_LOSS]

    @property
    def teacher_arms(self) -> list[str]:
        return [TEACHER] if self.teacher else []

    @property
    def study_trained(self) -> list[str]:
        """The headline study's own trained arms."""
        return [arm.name for arm in self.study]

    @property
    def fitted_arms(self) -> list[str]:
        """Arms with a calibration temperature fitted on the cal half: the teacher and every trained arm."""
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

    def evaluated(self, trained: list[TrainedArm]) -> list[str]:
        """Display order: each trained arm followed by its post-hoc arms."""
        return [name for arm in trained for name in [arm.name] + [f"{arm.name}_{s}" for s in self.posthoc]]

    def recipe_of(self, trained: list[TrainedArm]) -> dict[str, tuple[str, int]]:
        """Evaluated arm -> (recipe, seed); a post-hoc arm's recipe is ``<recipe>_<suffix>``."""
        out = {}
        for arm in trained:
            out[arm.name] = (arm.recipe, arm.seed)
            for s in self.posthoc:
                out[f"{arm.name}_{s}"] = (f"{arm.recipe}_{s}", arm.seed)
        return out

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

    def by_method(self, panels: Mapping[str, list[str]]) -> dict[str, dict[str, list[str]]]:
        """Panels grouped by how their arms were made: trained (and the teacher), then one group per
        post-hoc method, titled for the coverage figure."""
        titles = {"": "trained (and teacher)", **{s: f"with {POSTHOC_TITLE[s]}" for s in self.posthoc}}
        out: dict[str, dict[str, list[str]]] = {}
        for label, arms in panels.items():
            suffix = label.rsplit("_", 1)[-1]
            out.setdefault(titles[suffix if suffix in self.posthoc else ""], {})[label] = arms
        return out


def ensemble_arms(config: Mapping, seed: int) -> list[TrainedArm]:
    """``ensembles`` as arms (spec: loss ``ensemble`` and the members), in the config's order."""
    return [
        TrainedArm(name, name, seed, {"loss": ENSEMBLE_LOSS, "members": list(members)})
        for name, members in (config.get("ensembles") or {}).items()
    ]


def study_plan(config: Mapping) -> StudyPlan:
    posthoc = [POSTHOC_SUFFIX[m] for m in config["calibration"]["methods"]]
    if config.get("mode", "train") != "train":
        names = list(config["replay"]["arms"])
        has_teacher = config["replay"].get("teacher") is not None
        return StudyPlan([TrainedArm(n, n, 0, {}) for n in names] + ensemble_arms(config, 0), [], posthoc, [], has_teacher)
    study_seed = int(config["student"]["training"]["seed"])
    study = [TrainedArm(name, name, study_seed, spec) for name, spec in recipes(config, include_grid=False).items()]
    study += ensemble_arms(config, study_seed)
    seeds = [int(s) for s in config["sweep"]["seeds"]]
    sweep = [
        TrainedArm(seeded_name(recipe, seed, study_seed), recipe, seed, spec)
        for recipe, spec in recipes(config, include_grid=True).items()
        for seed in seeds
    ]
    return StudyPlan(study, sweep, posthoc, seeds)
