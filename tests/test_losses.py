"""Distillation loss: the documented convention, checked analytically."""

import pytest
import torch
import torch.nn.functional as F

from kdcal.training.losses import LOSSES, kd_loss, needs_teacher, student_loss, teacher_divisor


@pytest.fixture
def batch():
    g = torch.Generator().manual_seed(0)
    return torch.randn(16, 7, generator=g), torch.randn(16, 7, generator=g) * 3, torch.randint(0, 7, (16,), generator=g)


def test_alpha_zero_is_cross_entropy(batch):
    s, t, y = batch
    assert torch.allclose(kd_loss(s, t, y, distill_temperature=4.0, alpha=0.0), F.cross_entropy(s, y))


def test_alpha_one_with_teacher_equal_to_student_is_zero(batch):
    s, _, y = batch
    assert float(kd_loss(s, s.clone(), y, distill_temperature=4.0, alpha=1.0)) == pytest.approx(0.0, abs=1e-6)


def test_soft_term_is_t_squared_batchmean_kl_of_teacher_to_student(batch):
    s, t, y = batch
    T, alpha = 4.0, 0.7
    p_t = torch.softmax(t / T, -1)
    kl = (p_t * (torch.log(p_t) - torch.log_softmax(s / T, -1))).sum(-1).mean()
    expected = alpha * T * T * kl + (1 - alpha) * F.cross_entropy(s, y)
    assert torch.allclose(kd_loss(s, t, y, T, alpha), expected, atol=1e-6)


def test_arm_losses(batch):
    s, t, y = batch
    assert torch.allclose(student_loss({"loss": "ce"}, s, y), F.cross_entropy(s, y))
    assert torch.allclose(student_loss({"loss": "kd_hard"}, s, y, t), F.cross_entropy(s, t.argmax(-1)))
    assert torch.allclose(
        student_loss({"loss": "label_smoothing", "epsilon": 0.1}, s, y), F.cross_entropy(s, y, label_smoothing=0.1)
    )
    with pytest.raises(ValueError, match="needs teacher logits"):
        student_loss({"loss": "kd", "distill_temperature": 4, "alpha": 0.7}, s, y)


def test_which_arms_read_teacher_logits_and_unknown_losses():
    assert [needs_teacher({"loss": name}) for name in LOSSES] == [False, True, True, False]
    s, y = torch.zeros(2, 3), torch.zeros(2, dtype=torch.int64)
    with pytest.raises(ValueError, match="^unknown loss 'mse'; expected one of ce, kd, kd_hard, label_smoothing$"):
        student_loss({"loss": "mse"}, s, y, s)
    with pytest.raises(ValueError, match="^teacher: calibrated needs the teacher's calibration temperature$"):
        teacher_divisor({"loss": "kd", "teacher": "calibrated"})
