"""The resumable training loop shared by every arm: ``Trainer``, which owns one run's state,
checkpoint and progress log.

Arms differ only in the loss (``kdcal.training.losses``): the model initialisation (``seed``), the
order of examples, the batches and every hyperparameter are the same, so a difference between arms
is the loss's doing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from transformers import get_scheduler

from kdcal.errors import KdcalError
from kdcal.models.model import autocast_dtype, choose_precision, collate
from kdcal.training.losses import needs_teacher, student_loss

log = logging.getLogger(__name__)


class TrainingError(KdcalError, RuntimeError):
    """Training that must stop (a NaN loss, mismatched inputs), with the arm and step named."""


@dataclass
class TrainConfig:
    """Hyperparameters shared by all arms (``student.training``; their defaults live in the schema
    only, ``kdcal.config.schema_defaults("student.training")``)."""

    epochs: int
    batch_size: int
    learning_rate: float
    weight_decay: float
    warmup_ratio: float
    scheduler: str
    max_grad_norm: float
    seed: int
    group_by_length: bool
    checkpoint_every: int
    log_every: int


def epoch_batches(lengths: np.ndarray, batch_size: int, seed: int, epoch: int, group_by_length: bool) -> list[np.ndarray]:
    """The batches (arrays of row positions) of one epoch.

    A pure function of (lengths, batch_size, seed, epoch), so a resumed run and every arm see the
    same batches. With ``group_by_length``, rows are shuffled, then sorted by length within
    windows of 50 batches, cut into batches and the batches shuffled (the scheme of transformers'
    ``group_by_length``): batches hold rows of similar length, so dynamic padding wastes little.
    """
    rng = np.random.default_rng([seed, epoch])
    order = rng.permutation(len(lengths))
    if group_by_length:
        window = 50 * batch_size
        order = np.concatenate(
            [chunk[np.argsort(-lengths[chunk], kind="stable")] for chunk in np.split(order, range(window, len(order), window))]
        )
    batches = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    if group_by_length:
        batches = [batches[i] for i in rng.permutation(len(batches))]
    return batches


def fingerprint(*parts) -> str:
    """Hash of everything that determines a training run; a checkpoint is reused only on a match."""
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass
class TrainingState:
    """Everything a checkpoint holds, besides the step and the run id."""

    model: torch.nn.Module
    optimizer: torch.optim.Optimizer
    scheduler: object
    scaler: torch.amp.GradScaler

    def state_dict(self) -> dict:
        return {
            "model": self.model.state_dict(),
            "optimizer": self.optimizer.state_dict(),
            "scheduler": self.scheduler.state_dict(),
            "scaler": self.scaler.state_dict(),
            "torch_rng": torch.get_rng_state(),
            "cuda_rng": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else [],
        }

    def load_state_dict(self, state: dict) -> None:
        """``state`` as loaded to the CPU (``resume``); the optimizer's state follows the model's
        parameters to their device, the RNG states go where each belongs."""
        self.model.load_state_dict(state["model"])
        self.optimizer.load_state_dict(state["optimizer"])
        self.scheduler.load_state_dict(state["scheduler"])
        self.scaler.load_state_dict(state["scaler"])
        torch.set_rng_state(state["torch_rng"].cpu())
        cuda_states = state.get("cuda_rng") or []
        if cuda_states and torch.cuda.is_available() and len(cuda_states) == torch.cuda.device_count():
            torch.cuda.set_rng_state_all([s.cpu() for s in cuda_states])


def run_environment(precision: str) -> dict:
    """What besides the config decides a run's numbers: precision and library versions."""
    import transformers

    return {"precision": precision, "torch": torch.__version__, "transformers": transformers.__version__}


class _Progress:
    """Mean loss, learning rate and examples/s over the last ``every`` steps, as one log line."""

    def __init__(self, arm: str, total_steps: int, every: int):
        self.arm, self.total_steps, self.every = arm, total_steps, every
        self.loss, self.rows, self.start = 0.0, 0, time.perf_counter()

    def update(self, step: int, epoch: int, loss: float, rows: int, lr: float, scale: float | None = None) -> None:
        self.loss += loss * rows
        self.rows += rows
        if step % self.every == 0 or step == self.total_steps:
            now = time.perf_counter()
            log.info(
                "arm %s: step %d/%d epoch %d loss %.4f lr %.2e %.0f examples/s%s",
                *(self.arm, step, self.total_steps, epoch + 1, self.loss / self.rows),
                *(lr, self.rows / max(now - self.start, 1e-9)),
                "" if scale is None else f" loss scale {scale:g}",
            )
            self.loss, self.rows, self.start = 0.0, 0, now


# Fewest optimizer steps a run may have: below this, warm-up and decay cover a handful of steps and
# the "training" is a few noisy updates (a batch larger than the training set gives one per epoch).
MIN_OPTIMIZER_STEPS = 5


def check_schedule(config: TrainConfig, n_rows: int, arm: str) -> int:
    """The run's optimizer steps, refused before training when there are fewer than
    ``MIN_OPTIMIZER_STEPS`` or the learning rate is 0 at every step (names the keys to change)."""
    steps_per_epoch = math.ceil(n_rows / config.batch_size)
    total = steps_per_epoch * config.epochs
    if total < MIN_OPTIMIZER_STEPS:
        raise TrainingError(
            f"arm {arm}: {n_rows} training rows in batches of student.training.batch_size = {config.batch_size} for "
            f"student.training.epochs = {config.epochs} give {total} optimizer steps; at least {MIN_OPTIMIZER_STEPS} are "
            "needed (lower batch_size or raise epochs)"
        )
    probe = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
    schedule = get_scheduler(
        config.scheduler, probe, num_warmup_steps=round(config.warmup_ratio * total), num_training_steps=total
    )
    rates = []
    for _ in range(total):
        rates.append(schedule.get_last_lr()[0])
        probe.step()
        schedule.step()
    if max(rates) * config.learning_rate <= 0:
        raise TrainingError(
            f"arm {arm}: the learning rate is 0 at every one of the {total} steps (student.training.scheduler = "
            f"{config.scheduler}, warmup_ratio = {config.warmup_ratio}); lower warmup_ratio or train for more steps"
        )
    return total


class Trainer:
    """One arm's training run. It owns the run's state (model, optimizer, learning-rate schedule and
    loss scaler, ``state``, built by ``start``), its checkpoint (read back by ``resume``, written by
    ``save_checkpoint`` every ``config.checkpoint_every`` steps) and its progress log. ``fit`` trains.

    precision: the autocast precision (default ``kdcal.models.model.choose_precision(device)``). The
    run id hashes the caller's ``run_id`` (the recipe, model and training settings) with the
    precision and library versions, so a checkpoint resumes only under the same setup.
    """

    def __init__(
        self,
        model,
        *,
        loss_spec: dict,
        config: TrainConfig,
        device: torch.device,
        pad_id: int,
        checkpoint_path: Path | None = None,
        run_id: str = "",
        arm: str = "",
        precision: str | None = None,
    ):
        self.model, self.loss_spec, self.config, self.device, self.pad_id = model, loss_spec, config, device, pad_id
        self.checkpoint_path, self.arm = checkpoint_path, arm
        self.precision = choose_precision(device) if precision is None else precision
        self.environment = run_environment(self.precision)
        self.run_id = fingerprint(run_id, self.environment)
        self.dtype = autocast_dtype(self.precision)
        self.state: TrainingState | None = None
        self.total_steps = 0

    def start(self, total_steps: int) -> None:
        """Move the model to the device and build a fresh state for ``total_steps`` optimizer steps."""
        self.model.to(self.device)
        # The fused AdamW kernel is ~3x faster than the default per-tensor loop on CPU for small models.
        optimizer = torch.optim.AdamW(
            self.model.parameters(), lr=self.config.learning_rate, weight_decay=self.config.weight_decay, fused=True
        )
        scheduler = get_scheduler(
            self.config.scheduler,
            optimizer,
            num_warmup_steps=round(self.config.warmup_ratio * total_steps),
            num_training_steps=total_steps,
        )
        scaler = torch.amp.GradScaler("cuda", enabled=self.precision == "fp16")
        self.state, self.total_steps = TrainingState(self.model, optimizer, scheduler, scaler), total_steps

    def resume(self) -> int:
        """Load this run's checkpoint, if there is one; returns the step to continue from. The
        checkpoint is read to the CPU (its RNG state must stay there; ``load_state_dict`` places the
        rest), whatever device training runs on."""
        path = self.checkpoint_path
        if path is None or not path.exists():
            return 0
        saved = torch.load(path, map_location="cpu", weights_only=False)
        if saved.get("run_id") != self.run_id:
            before = saved.get("environment") or {}
            changed = [f"{k} {before[k]} -> {v}" for k, v in self.environment.items() if k in before and before[k] != v]
            why = f" ({', '.join(changed)})" if changed else " from a different configuration"
            log.info("arm %s: starting over: checkpoint %s was written under another setup%s", self.arm, path, why)
            return 0
        self.state.load_state_dict(saved)
        log.info("arm %s: resuming from checkpoint %s at step %d/%d", self.arm, path, saved["step"], self.total_steps)
        return saved["step"]

    def save_checkpoint(self, step: int) -> None:
        from kdcal.runtime import atomic_path

        with atomic_path(self.checkpoint_path) as tmp:
            torch.save({"run_id": self.run_id, "step": step, "environment": self.environment, **self.state.state_dict()}, tmp)

    def batch(self, input_ids, rows, labels: torch.Tensor, teacher: torch.Tensor | None) -> tuple:
        """(input ids, attention mask, labels, teacher logits or None) of one batch, on the device."""
        ids, mask = collate(input_ids, rows, self.pad_id)
        device = self.device
        return ids.to(device), mask.to(device), labels[rows].to(device), None if teacher is None else teacher[rows].to(device)

    def step(self, batch: tuple) -> torch.Tensor:
        """One optimizer step on one batch (``batch``'s tuple); returns the batch's loss before the update."""
        ids, mask, labels, teacher = batch
        state = self.state
        with torch.autocast(self.device.type, dtype=self.dtype, enabled=self.dtype is not None):
            logits = state.model(input_ids=ids, attention_mask=mask).logits
        loss = student_loss(self.loss_spec, logits, labels, teacher)
        state.optimizer.zero_grad(set_to_none=True)
        state.scaler.scale(loss).backward()
        state.scaler.unscale_(state.optimizer)
        torch.nn.utils.clip_grad_norm_(state.model.parameters(), self.config.max_grad_norm)
        state.scaler.step(state.optimizer)
        state.scaler.update()
        state.scheduler.step()
        return loss

    def fit(self, input_ids: list[list[int]], labels: np.ndarray, teacher_logits: np.ndarray | None = None) -> dict:
        """Train the model in place; returns a summary (steps, final loss, seconds, resumed_from).

        input_ids: per-row token ids; labels: (n,) int; teacher_logits: (n, K) logits aligned with
        the rows, needed by distillation losses. A run with the same run id as a checkpoint resumes
        from it and reaches the same weights as an uninterrupted run (bit-identical on CPU).
        """
        arm, config = self.arm, self.config
        if needs_teacher(self.loss_spec) and teacher_logits is None:
            raise TrainingError(f"arm {arm}: loss {self.loss_spec['loss']} needs teacher logits")
        total_steps = check_schedule(config, len(input_ids), arm)
        steps_per_epoch = total_steps // config.epochs
        self.start(total_steps)
        lengths = np.array([len(x) for x in input_ids])
        labels_t = torch.as_tensor(np.asarray(labels), dtype=torch.long)
        teacher_t = None if teacher_logits is None else torch.as_tensor(np.asarray(teacher_logits, dtype=np.float32))

        step = resumed_from = self.resume()
        self.model.train()
        started = time.perf_counter()
        log.info(
            "arm %s: training on %s in %s (torch %s, transformers %s), %d steps of %d rows",
            *(arm, self.device, self.precision, self.environment["torch"], self.environment["transformers"]),
            *(total_steps, config.batch_size),
        )
        progress = _Progress(arm, total_steps, config.log_every)
        loss_value = float("nan")
        while step < total_steps:
            epoch, position = divmod(step, steps_per_epoch)
            if position == 0 or step == resumed_from:
                batches = epoch_batches(lengths, config.batch_size, config.seed, epoch, config.group_by_length)
            rows = batches[position]
            loss_value = float(self.step(self.batch(input_ids, rows, labels_t, teacher_t)).detach())
            if not math.isfinite(loss_value):
                raise TrainingError(
                    f"arm {arm}: training loss became {loss_value} at step {step + 1}/{total_steps} "
                    f"(epoch {epoch + 1}); no model was written. Lower the learning rate or check the inputs."
                )
            step += 1
            scaler = self.state.scaler
            progress.update(
                step,
                epoch,
                loss_value,
                len(rows),
                self.state.scheduler.get_last_lr()[0],
                scaler.get_scale() if scaler.is_enabled() else None,
            )
            if (
                self.checkpoint_path is not None
                and config.checkpoint_every
                and step % config.checkpoint_every == 0
                and step < total_steps
            ):
                self.save_checkpoint(step)
        return {
            "arm": arm,
            "steps": total_steps,
            "resumed_from_step": resumed_from,
            "final_batch_loss": loss_value,
            "seconds": time.perf_counter() - started,
            "precision": self.precision,
        }
