"""Training losses of the student arms.

Distillation convention (Hinton et al. 2015), stated because libraries disagree on which term
alpha weights: here alpha weights the SOFT term,

    loss = alpha * T_d**2 * KL(softmax(t / T_d) || softmax(s / T_d)) + (1 - alpha) * CE(s, y)

with the KL divergence averaged over the batch (``reduction="batchmean"``), t the teacher's and s
the student's logits. alpha = 0 is plain cross-entropy; alpha = 1 is pure distillation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from kdcal.errors import ConfigError

LOSSES = ("ce", "kd", "kd_hard", "label_smoothing")
# The losses that read the teacher's logits (every other reads the gold labels only).
TEACHER_LOSSES = ("kd", "kd_hard")
# The arm keys each loss reads besides ``loss`` (a key it does not read has no effect and is refused
# at config time: kdcal.config.unread_arm_keys).
LOSS_KEYS = {
    "ce": (),
    "kd": ("distill_temperature", "alpha", "teacher", "teacher_scaled", "teacher_topk", "topk_missing_mass"),
    "kd_hard": ("teacher",),
    "label_smoothing": ("epsilon",),
}


# An arm's ``teacher`` key is one tagged value, read only by ``teacher_choice``: raw, calibrated, a
# fixed divisor (a number), or another arm of the study (``arm:<name>``).
ARM_TEACHER = "arm:"


@dataclass(frozen=True)
class TeacherChoice:
    """What an arm distils from. kind ``raw`` (the teacher's logits as they are), ``calibrated``
    (divided by the teacher's calibration temperature, fitted on the cal half), ``divisor`` (divided
    by the fixed number ``divisor``) or ``arm`` (the student of the arm ``arm`` of this study,
    through its fitted map when ``arm`` is one of its post-hoc arms)."""

    kind: str
    divisor: float | None = None
    arm: str | None = None


def teacher_choice(spec: Mapping) -> TeacherChoice:
    """The arm's ``teacher`` key (default raw) as a ``TeacherChoice``."""
    choice = spec.get("teacher", "raw")
    if isinstance(choice, str) and choice.startswith(ARM_TEACHER):
        return TeacherChoice("arm", arm=choice[len(ARM_TEACHER) :])
    if choice in ("raw", "calibrated"):
        return TeacherChoice(choice)
    if isinstance(choice, (int, float)) and not isinstance(choice, bool) and choice > 0:
        return TeacherChoice("divisor", divisor=float(choice))
    raise ConfigError(f"config: an arm's teacher is {choice!r}; expected raw, calibrated, a positive number or arm:<name>")


def kd_loss(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    distill_temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss at distillation temperature T_d (``distill_temperature``).
    logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = distill_temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def student_loss(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["distill_temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = spec["loss"]
    if loss == "ce":
        return F.cross_entropy(s, labels)
    if loss == "label_smoothing":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["distill_temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def needs_teacher(spec: dict) -> bool:
    """Whether an arm's loss reads teacher logits."""
    return spec["loss"] in TEACHER_LOSSES


def teacher_divisor(spec: dict, fitted: float | None = None) -> float:
    """The teacher's divisor, what its logits are divided by before distillation (and before T_d):
    1 for ``teacher: raw``, the teacher's calibration temperature fitted on the cal half for
    ``teacher: calibrated`` (``fitted``), or the fixed number given as ``teacher`` (1.25 in the
    published study)."""
    choice = teacher_choice(spec)
    if choice.kind in ("raw", "arm"):  # an arm's own fitted map is applied instead
        return 1.0
    if choice.kind == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's calibration temperature")
        return float(fitted)
    return choice.divisor
