"""Which arm to ship for which downstream use, decided from the paired bootstrap of the arms.

One row per downstream use, each judged by the metric that use depends on (on all eval rows):
- threshold gating (auto-route above a confidence, escalate below): ECE, lower is better;
- top-k routing: top-k accuracy (k = 3 when ``evaluation.top_k`` has it, else its smallest k above
  1), higher is better;
- set-valued answers: the mean conformal set size (LAC at alpha 0.1 when configured, else the first
  configured method and alpha), lower is better, among the arms whose coverage is met (the upper
  end of their coverage interval reaches 1 - alpha);
- the full distribution or a later distillation (this student as someone's teacher): NLL, lower
  is better;
- where the study trains second-generation students (``teacher: arm:<name>``), later distillation
  measured: the NLL of those students themselves, so the best is the student of the best teacher.

The best arm is the one with the best point estimate; the runner-up is the best arm of another
student (a post-hoc map of the best arm's own student, ``kd_ts`` beside ``kd``, is no rival: the
question is which student, and which map on it). Their difference
(best minus runner-up) has the paired interval of a ``_diff_vs_`` row of that metric
(``evaluation.metric_interval``). The verdict is the best arm when that interval excludes 0, else
"tie". The teacher is never a candidate (it is what the students learn from, not one of them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from kdcal.evaluation.conformal import set_metrics
from kdcal.evaluation.evaluate import ArmResult, metric_interval, percentile_interval
from kdcal.evaluation.metrics import top_ks

TIE = "tie"
COLUMNS = [
    "use",
    "metric",
    "lower_is_better",
    "best",
    "best_value",
    "runner_up",
    "runner_up_value",
    "difference",
    "ci_low",
    "ci_high",
    "verdict",
    "excluded",
]


@dataclass(frozen=True)
class Use:
    name: str
    metric: str
    lower_is_better: bool
    coverage: str | None = None  # the coverage metric an arm must meet to be a candidate
    target: float = np.nan  # the coverage it must reach
    only: tuple[str, ...] | None = None  # the only candidate arms, where the use names them


def uses_for(metrics: Sequence[str]) -> list[Use]:
    """The downstream uses that the evaluated ``metrics`` can judge (see the module docstring)."""
    uses = [Use("threshold gating", "ece", True)]
    ks = top_ks(metrics)
    if ks:
        k = 3 if 3 in ks else next((k for k in ks if k > 1), ks[0])
        uses.append(Use("top-k routing", f"top{k}_accuracy", False))
    sets = set_metrics(metrics)
    if sets:
        method, alpha = next(((m, a) for m, a in sets if m == "lac" and float(a) == 0.1), sets[0])
        size, coverage = f"{method}_set_size_a{alpha}", f"{method}_coverage_a{alpha}"
        uses.append(Use("set-valued answers", size, True, coverage, 1 - float(alpha)))
    uses.append(Use("full distribution / later distillation", "nll", True))
    return uses


LATER_DISTILLATION = "later distillation (measured)"


def which_to_ship(
    results: Mapping[str, ArmResult],
    candidates: Sequence[str],
    level: float,
    teachers: Mapping[str, str] | None = None,
    families: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """One row per use (``COLUMNS``) for the arms ``candidates`` of ``results``. ``teachers``:
    second-generation student -> the arm it distils from (adds the measured later-distillation use
    when at least one of them is among the candidates). ``families``: arm -> the student it comes
    from (``kdcal.plan.StudyPlan.families``; a post-hoc arm's trained arm): the runner-up is the best
    arm of another student. An arm not in it is its own student."""
    families = families or {}
    arms = [a for a in candidates if a in results and a != "teacher"]
    if not arms:
        return pd.DataFrame(columns=COLUMNS)
    first = results[arms[0]]
    subset = first.subsets.index("all")
    rows = []
    uses = uses_for(first.metrics)
    students = tuple(a for a in (teachers or {}) if a in arms)
    if students:
        uses.append(Use(LATER_DISTILLATION, "nll", True, only=students))
    for use in uses:
        j = first.metrics.index(use.metric)
        eligible, excluded = [], []
        for arm in arms if use.only is None else use.only:
            if use.coverage is not None:
                c = results[arm].metrics.index(use.coverage)
                high = percentile_interval(results[arm].draws[:, subset, c], level)[1]
                if not high >= use.target:  # NaN counts as unmet
                    excluded.append(arm)
                    continue
            if np.isfinite(results[arm].point[subset, j]):
                eligible.append(arm)
        sign = 1 if use.lower_is_better else -1
        ranked = sorted(eligible, key=lambda a: (sign * results[a].point[subset, j], arms.index(a)))
        best = ranked[0] if ranked else None
        rivals = [a for a in ranked if best and families.get(a, a) != families.get(best, best)]
        runner = rivals[0] if rivals else None
        value = results[best].point[subset, j] if best else np.nan
        other = results[runner].point[subset, j] if runner else np.nan
        difference, low, high = np.nan, np.nan, np.nan
        if best and runner:
            difference = value - other
            draws = results[best].draws[:, subset, j] - results[runner].draws[:, subset, j]
            low, high = metric_interval(use.metric, difference, draws, level, difference=True)
        if best is None:
            verdict = None
        elif runner is None:
            verdict = best  # the only arm left
        else:
            verdict = best if np.isfinite(low) and (low > 0 or high < 0) else TIE
        rows.append(
            (
                use.name,
                use.metric,
                use.lower_is_better,
                best,
                value,
                runner,
                other,
                difference,
                low,
                high,
                verdict,
                ",".join(excluded),
            )
        )
    return pd.DataFrame(rows, columns=COLUMNS)
