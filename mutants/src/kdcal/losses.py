"""Training losses of the student arms.

Distillation convention (Hinton et al. 2015), stated because libraries disagree on which term
alpha weights: here alpha weights the SOFT term,

    loss = alpha * T_d**2 * KL(softmax(t / T_d) || softmax(s / T_d)) + (1 - alpha) * CE(s, y)

with the KL divergence averaged over the batch (``reduction="batchmean"``), t the teacher's and s
the student's logits. alpha = 0 is plain cross-entropy; alpha = 1 is pure distillation.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

LOSSES = ("ce", "kd", "kd_hard", "label_smoothing")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_kd_loss__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_kd_loss__mutmut)
def kd_loss(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_orig(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_1(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = None
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_2(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = None
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_3(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(None, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_4(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=None) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_5(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_6(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, ) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_7(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits * t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_8(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=2) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_9(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = None
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_10(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(None, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_11(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, None, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_12(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction=None, log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_13(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=None)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_14(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_15(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_16(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_17(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", )
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_18(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="XXbatchmeanXX", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_19(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="BATCHMEAN", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_20(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=False)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_21(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = None
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_22(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(None, labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_23(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, None)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_24(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(labels)
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_25(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, )
    return alpha * t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_26(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft - (1.0 - alpha) * hard


def x_kd_loss__mutmut_27(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t / soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_28(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t / t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_29(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha / t * t * soft + (1.0 - alpha) * hard


def x_kd_loss__mutmut_30(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 - alpha) / hard


def x_kd_loss__mutmut_31(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (1.0 + alpha) * hard


def x_kd_loss__mutmut_32(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float,
    alpha: float,
) -> torch.Tensor:
    """Hinton distillation loss. logits: (B, K) logits (not probabilities); labels: (B,) int64."""
    t = temperature
    log_student, log_teacher = (F.log_softmax(logits / t, dim=1) for logits in (student_logits, teacher_logits))
    soft = F.kl_div(log_student, log_teacher, reduction="batchmean", log_target=True)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * t * t * soft + (2.0 - alpha) * hard

mutants_x_kd_loss__mutmut['_mutmut_orig'] = x_kd_loss__mutmut_orig # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_1'] = x_kd_loss__mutmut_1 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_2'] = x_kd_loss__mutmut_2 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_3'] = x_kd_loss__mutmut_3 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_4'] = x_kd_loss__mutmut_4 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_5'] = x_kd_loss__mutmut_5 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_6'] = x_kd_loss__mutmut_6 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_7'] = x_kd_loss__mutmut_7 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_8'] = x_kd_loss__mutmut_8 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_9'] = x_kd_loss__mutmut_9 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_10'] = x_kd_loss__mutmut_10 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_11'] = x_kd_loss__mutmut_11 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_12'] = x_kd_loss__mutmut_12 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_13'] = x_kd_loss__mutmut_13 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_14'] = x_kd_loss__mutmut_14 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_15'] = x_kd_loss__mutmut_15 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_16'] = x_kd_loss__mutmut_16 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_17'] = x_kd_loss__mutmut_17 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_18'] = x_kd_loss__mutmut_18 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_19'] = x_kd_loss__mutmut_19 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_20'] = x_kd_loss__mutmut_20 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_21'] = x_kd_loss__mutmut_21 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_22'] = x_kd_loss__mutmut_22 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_23'] = x_kd_loss__mutmut_23 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_24'] = x_kd_loss__mutmut_24 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_25'] = x_kd_loss__mutmut_25 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_26'] = x_kd_loss__mutmut_26 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_27'] = x_kd_loss__mutmut_27 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_28'] = x_kd_loss__mutmut_28 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_29'] = x_kd_loss__mutmut_29 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_30'] = x_kd_loss__mutmut_30 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_31'] = x_kd_loss__mutmut_31 # type: ignore # mutmut generated
mutants_x_kd_loss__mutmut['x_kd_loss__mutmut_32'] = x_kd_loss__mutmut_32 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_student_loss__mutmut)
def student_loss(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_orig(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_1(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = None
    loss = spec["loss"]
    if loss == "ce":
        return F.cross_entropy(s, labels)
    if loss == "label_smoothing":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_2(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = None
    if loss == "ce":
        return F.cross_entropy(s, labels)
    if loss == "label_smoothing":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_3(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = spec["XXlossXX"]
    if loss == "ce":
        return F.cross_entropy(s, labels)
    if loss == "label_smoothing":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_4(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = spec["LOSS"]
    if loss == "ce":
        return F.cross_entropy(s, labels)
    if loss == "label_smoothing":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_5(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = spec["loss"]
    if loss != "ce":
        return F.cross_entropy(s, labels)
    if loss == "label_smoothing":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_6(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = spec["loss"]
    if loss == "XXceXX":
        return F.cross_entropy(s, labels)
    if loss == "label_smoothing":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_7(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = spec["loss"]
    if loss == "CE":
        return F.cross_entropy(s, labels)
    if loss == "label_smoothing":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_8(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = spec["loss"]
    if loss == "ce":
        return F.cross_entropy(None, labels)
    if loss == "label_smoothing":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_9(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = spec["loss"]
    if loss == "ce":
        return F.cross_entropy(s, None)
    if loss == "label_smoothing":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_10(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = spec["loss"]
    if loss == "ce":
        return F.cross_entropy(labels)
    if loss == "label_smoothing":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_11(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = spec["loss"]
    if loss == "ce":
        return F.cross_entropy(s, )
    if loss == "label_smoothing":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_12(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = spec["loss"]
    if loss == "ce":
        return F.cross_entropy(s, labels)
    if loss != "label_smoothing":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_13(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = spec["loss"]
    if loss == "ce":
        return F.cross_entropy(s, labels)
    if loss == "XXlabel_smoothingXX":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_14(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
    - kd_hard: cross-entropy on the teacher's argmax (what a closed API that returns only labels
      allows); the gold labels are not used.
    - label_smoothing: cross-entropy with spec["epsilon"] of the mass spread uniformly.
    Computed in float32 whatever the autocast dtype of the logits.
    """
    s = student_logits.float()
    loss = spec["loss"]
    if loss == "ce":
        return F.cross_entropy(s, labels)
    if loss == "LABEL_SMOOTHING":
        return F.cross_entropy(s, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_15(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return F.cross_entropy(None, labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_16(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return F.cross_entropy(s, None, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_17(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return F.cross_entropy(s, labels, label_smoothing=None)
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_18(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return F.cross_entropy(labels, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_19(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return F.cross_entropy(s, label_smoothing=float(spec["epsilon"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_20(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return F.cross_entropy(s, labels, )
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_21(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return F.cross_entropy(s, labels, label_smoothing=float(None))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_22(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return F.cross_entropy(s, labels, label_smoothing=float(spec["XXepsilonXX"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_23(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return F.cross_entropy(s, labels, label_smoothing=float(spec["EPSILON"]))
    if teacher_logits is None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_24(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
    if teacher_logits is not None:
        raise ValueError(f"loss {loss!r} needs teacher logits")
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_25(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        raise ValueError(None)
    t = teacher_logits.float()
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_26(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
    t = None
    if loss == "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_27(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
    if loss != "kd":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_28(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
    if loss == "XXkdXX":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_29(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
    if loss == "KD":
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_30(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(None, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_31(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, None, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_32(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, None, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_33(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, None, float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_34(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), None)
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_35(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_36(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_37(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_38(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_39(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), )
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_40(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(None), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_41(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["XXtemperatureXX"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_42(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["TEMPERATURE"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_43(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(None))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_44(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["XXalphaXX"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_45(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["ALPHA"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_46(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss != "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_47(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "XXkd_hardXX":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_48(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "KD_HARD":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_49(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(None, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_50(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, None)
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_51(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_52(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, )
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_53(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=None))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_54(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=2))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(LOSSES)}")


def x_student_loss__mutmut_55(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(None)


def x_student_loss__mutmut_56(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {', '.join(None)}")


def x_student_loss__mutmut_57(
    spec: dict,
    student_logits: torch.Tensor,
    labels: torch.Tensor,
    teacher_logits: torch.Tensor | None = None,
) -> torch.Tensor:
    """The loss of one arm. spec: {"loss": one of LOSSES, plus its parameters}.

    - ce: cross-entropy on the hard labels.
    - kd: ``kd_loss`` with spec["temperature"] and spec["alpha"].
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
        return kd_loss(s, t, labels, float(spec["temperature"]), float(spec["alpha"]))
    if loss == "kd_hard":
        return F.cross_entropy(s, t.argmax(dim=1))
    raise ValueError(f"unknown loss {loss!r}; expected one of {'XX, XX'.join(LOSSES)}")

mutants_x_student_loss__mutmut['_mutmut_orig'] = x_student_loss__mutmut_orig # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_1'] = x_student_loss__mutmut_1 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_2'] = x_student_loss__mutmut_2 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_3'] = x_student_loss__mutmut_3 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_4'] = x_student_loss__mutmut_4 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_5'] = x_student_loss__mutmut_5 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_6'] = x_student_loss__mutmut_6 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_7'] = x_student_loss__mutmut_7 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_8'] = x_student_loss__mutmut_8 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_9'] = x_student_loss__mutmut_9 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_10'] = x_student_loss__mutmut_10 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_11'] = x_student_loss__mutmut_11 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_12'] = x_student_loss__mutmut_12 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_13'] = x_student_loss__mutmut_13 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_14'] = x_student_loss__mutmut_14 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_15'] = x_student_loss__mutmut_15 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_16'] = x_student_loss__mutmut_16 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_17'] = x_student_loss__mutmut_17 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_18'] = x_student_loss__mutmut_18 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_19'] = x_student_loss__mutmut_19 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_20'] = x_student_loss__mutmut_20 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_21'] = x_student_loss__mutmut_21 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_22'] = x_student_loss__mutmut_22 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_23'] = x_student_loss__mutmut_23 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_24'] = x_student_loss__mutmut_24 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_25'] = x_student_loss__mutmut_25 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_26'] = x_student_loss__mutmut_26 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_27'] = x_student_loss__mutmut_27 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_28'] = x_student_loss__mutmut_28 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_29'] = x_student_loss__mutmut_29 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_30'] = x_student_loss__mutmut_30 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_31'] = x_student_loss__mutmut_31 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_32'] = x_student_loss__mutmut_32 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_33'] = x_student_loss__mutmut_33 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_34'] = x_student_loss__mutmut_34 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_35'] = x_student_loss__mutmut_35 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_36'] = x_student_loss__mutmut_36 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_37'] = x_student_loss__mutmut_37 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_38'] = x_student_loss__mutmut_38 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_39'] = x_student_loss__mutmut_39 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_40'] = x_student_loss__mutmut_40 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_41'] = x_student_loss__mutmut_41 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_42'] = x_student_loss__mutmut_42 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_43'] = x_student_loss__mutmut_43 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_44'] = x_student_loss__mutmut_44 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_45'] = x_student_loss__mutmut_45 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_46'] = x_student_loss__mutmut_46 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_47'] = x_student_loss__mutmut_47 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_48'] = x_student_loss__mutmut_48 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_49'] = x_student_loss__mutmut_49 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_50'] = x_student_loss__mutmut_50 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_51'] = x_student_loss__mutmut_51 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_52'] = x_student_loss__mutmut_52 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_53'] = x_student_loss__mutmut_53 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_54'] = x_student_loss__mutmut_54 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_55'] = x_student_loss__mutmut_55 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_56'] = x_student_loss__mutmut_56 # type: ignore # mutmut generated
mutants_x_student_loss__mutmut['x_student_loss__mutmut_57'] = x_student_loss__mutmut_57 # type: ignore # mutmut generated
mutants_x_needs_teacher__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_needs_teacher__mutmut)
def needs_teacher(spec: dict) -> bool:
    """Whether an arm's loss reads teacher logits."""
    return spec["loss"] in ("kd", "kd_hard")


def x_needs_teacher__mutmut_orig(spec: dict) -> bool:
    """Whether an arm's loss reads teacher logits."""
    return spec["loss"] in ("kd", "kd_hard")


def x_needs_teacher__mutmut_1(spec: dict) -> bool:
    """Whether an arm's loss reads teacher logits."""
    return spec["XXlossXX"] in ("kd", "kd_hard")


def x_needs_teacher__mutmut_2(spec: dict) -> bool:
    """Whether an arm's loss reads teacher logits."""
    return spec["LOSS"] in ("kd", "kd_hard")


def x_needs_teacher__mutmut_3(spec: dict) -> bool:
    """Whether an arm's loss reads teacher logits."""
    return spec["loss"] not in ("kd", "kd_hard")


def x_needs_teacher__mutmut_4(spec: dict) -> bool:
    """Whether an arm's loss reads teacher logits."""
    return spec["loss"] in ("XXkdXX", "kd_hard")


def x_needs_teacher__mutmut_5(spec: dict) -> bool:
    """Whether an arm's loss reads teacher logits."""
    return spec["loss"] in ("KD", "kd_hard")


def x_needs_teacher__mutmut_6(spec: dict) -> bool:
    """Whether an arm's loss reads teacher logits."""
    return spec["loss"] in ("kd", "XXkd_hardXX")


def x_needs_teacher__mutmut_7(spec: dict) -> bool:
    """Whether an arm's loss reads teacher logits."""
    return spec["loss"] in ("kd", "KD_HARD")

mutants_x_needs_teacher__mutmut['_mutmut_orig'] = x_needs_teacher__mutmut_orig # type: ignore # mutmut generated
mutants_x_needs_teacher__mutmut['x_needs_teacher__mutmut_1'] = x_needs_teacher__mutmut_1 # type: ignore # mutmut generated
mutants_x_needs_teacher__mutmut['x_needs_teacher__mutmut_2'] = x_needs_teacher__mutmut_2 # type: ignore # mutmut generated
mutants_x_needs_teacher__mutmut['x_needs_teacher__mutmut_3'] = x_needs_teacher__mutmut_3 # type: ignore # mutmut generated
mutants_x_needs_teacher__mutmut['x_needs_teacher__mutmut_4'] = x_needs_teacher__mutmut_4 # type: ignore # mutmut generated
mutants_x_needs_teacher__mutmut['x_needs_teacher__mutmut_5'] = x_needs_teacher__mutmut_5 # type: ignore # mutmut generated
mutants_x_needs_teacher__mutmut['x_needs_teacher__mutmut_6'] = x_needs_teacher__mutmut_6 # type: ignore # mutmut generated
mutants_x_needs_teacher__mutmut['x_needs_teacher__mutmut_7'] = x_needs_teacher__mutmut_7 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_teacher_temperature__mutmut)
def teacher_temperature(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_orig(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_1(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = None
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_2(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get(None, "raw")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_3(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", None)
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_4(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("raw")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_5(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", )
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_6(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("XXteacherXX", "raw")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_7(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("TEACHER", "raw")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_8(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "XXrawXX")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_9(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "RAW")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_10(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice != "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_11(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "XXrawXX":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_12(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "RAW":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_13(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "raw":
        return 2.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_14(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "raw":
        return 1.0
    if choice != "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_15(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "raw":
        return 1.0
    if choice == "XXcalibratedXX":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_16(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "raw":
        return 1.0
    if choice == "CALIBRATED":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_17(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is not None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_18(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError(None)
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_19(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("XXteacher: calibrated needs the teacher's fitted temperatureXX")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_20(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("TEACHER: CALIBRATED NEEDS THE TEACHER'S FITTED TEMPERATURE")
        return float(fitted)
    return float(choice)


def x_teacher_temperature__mutmut_21(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(None)
    return float(choice)


def x_teacher_temperature__mutmut_22(spec: dict, fitted: float | None = None) -> float:
    """What the teacher's logits are divided by before distillation: 1 for ``teacher: raw``, the
    temperature fitted on the cal half for ``teacher: calibrated`` (``fitted``), or the fixed
    number given as ``teacher`` (1.25 in the published study)."""
    choice = spec.get("teacher", "raw")
    if choice == "raw":
        return 1.0
    if choice == "calibrated":
        if fitted is None:
            raise ValueError("teacher: calibrated needs the teacher's fitted temperature")
        return float(fitted)
    return float(None)

mutants_x_teacher_temperature__mutmut['_mutmut_orig'] = x_teacher_temperature__mutmut_orig # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_1'] = x_teacher_temperature__mutmut_1 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_2'] = x_teacher_temperature__mutmut_2 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_3'] = x_teacher_temperature__mutmut_3 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_4'] = x_teacher_temperature__mutmut_4 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_5'] = x_teacher_temperature__mutmut_5 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_6'] = x_teacher_temperature__mutmut_6 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_7'] = x_teacher_temperature__mutmut_7 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_8'] = x_teacher_temperature__mutmut_8 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_9'] = x_teacher_temperature__mutmut_9 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_10'] = x_teacher_temperature__mutmut_10 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_11'] = x_teacher_temperature__mutmut_11 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_12'] = x_teacher_temperature__mutmut_12 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_13'] = x_teacher_temperature__mutmut_13 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_14'] = x_teacher_temperature__mutmut_14 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_15'] = x_teacher_temperature__mutmut_15 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_16'] = x_teacher_temperature__mutmut_16 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_17'] = x_teacher_temperature__mutmut_17 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_18'] = x_teacher_temperature__mutmut_18 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_19'] = x_teacher_temperature__mutmut_19 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_20'] = x_teacher_temperature__mutmut_20 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_21'] = x_teacher_temperature__mutmut_21 # type: ignore # mutmut generated
mutants_x_teacher_temperature__mutmut['x_teacher_temperature__mutmut_22'] = x_teacher_temperature__mutmut_22 # type: ignore # mutmut generated
