"""Student models, their tokenizer, and a resumable training loop shared by every arm.

Arms differ only in the loss (``kdcal.losses``): the model initialisation (``seed``), the order of
examples, the batches and every hyperparameter are the same, so a difference between arms is the
loss's doing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from transformers import AutoModelForSequenceClassification, PreTrainedTokenizerFast, get_scheduler

from kdcal.errors import KdcalError
from kdcal.losses import needs_teacher, student_loss

log = logging.getLogger(__name__)


class TrainingError(KdcalError, RuntimeError):
    """Training that must stop (a NaN loss, mismatched inputs), with the arm and step named."""


SPECIAL_TOKENS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")


def train_tokenizer(texts: Sequence[str], vocab_size: int) -> PreTrainedTokenizerFast:
    """A lower-casing Unigram (SentencePiece-style) subword tokenizer trained on ``texts``, with
    BERT's special tokens ([PAD] = 0, [UNK] = 1, [CLS] = 2, [SEP] = 3, [MASK] = 4) and
    ``[CLS] text [SEP]`` framing.

    Unigram, not WordPiece: the WordPiece trainer of ``tokenizers`` breaks ties between equally
    frequent merges in hash-map order, so two runs on the same texts give different vocabularies,
    and every result downstream differs. The Unigram trainer gives the same pieces in every run,
    up to float rounding of the scores (~1e-14) and the order of ids; both are canonicalised here
    (pieces in string order, scores rounded to 1e-9), so the tokenizer file is byte-reproducible.
    """
    import json

    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors, trainers

    tokenizer = Tokenizer(models.Unigram())
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.UnigramTrainer(
        vocab_size=vocab_size, special_tokens=list(SPECIAL_TOKENS), unk_token="[UNK]", show_progress=False
    )
    tokenizer.train_from_iterator(list(texts), trainer)
    scores = dict(map(tuple, json.loads(tokenizer.to_str())["model"]["vocab"]))
    pieces = list(SPECIAL_TOKENS) + sorted(set(scores) - set(SPECIAL_TOKENS))
    tokenizer.model = models.Unigram([(p, round(float(scores[p]), 9)) for p in pieces], unk_id=1, byte_fallback=False)
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", 2), ("[SEP]", 3)]
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )


def build_student(spec: dict, n_classes: int, tokenizer, seed: int):
    """A sequence classifier with a fresh head, initialised from ``seed``.

    spec["source"] == "config": a ModernBERT built from ``spec`` (hidden_size, num_layers,
    num_heads, intermediate_size), full attention in every layer; "pretrained": weights from
    spec["name_or_path"] (a hub id or a local folder) with a new classification head.
    """
    torch.manual_seed(seed)
    if spec["source"] == "pretrained":
        # reference_compile=False: under transformers 4.x a pretrained ModernBERT compiles itself
        # (torch.compile) unless told not to, as the config-built one is below.
        extra = {"reference_compile": False} if _compiles_itself(spec["name_or_path"]) else {}
        return AutoModelForSequenceClassification.from_pretrained(spec["name_or_path"], num_labels=n_classes, **extra)
    from transformers import ModernBertConfig

    config = ModernBertConfig(
        vocab_size=len(tokenizer),
        hidden_size=spec["hidden_size"],
        num_hidden_layers=spec["num_layers"],
        num_attention_heads=spec["num_heads"],
        intermediate_size=spec["intermediate_size"],
        max_position_embeddings=max(512, spec.get("max_length", 128)),
        global_attn_every_n_layers=1,  # every layer attends globally: texts are short
        pad_token_id=tokenizer.pad_token_id,
        cls_token_id=tokenizer.cls_token_id,
        sep_token_id=tokenizer.sep_token_id,
        bos_token_id=tokenizer.cls_token_id,
        eos_token_id=tokenizer.sep_token_id,
        num_labels=n_classes,
        reference_compile=False,
    )
    return AutoModelForSequenceClassification.from_config(config)


def _compiles_itself(name_or_path: str) -> bool:
    """Whether the model's config has ModernBERT's ``reference_compile`` switch (transformers 4.x;
    later versions dropped it and do not compile on their own)."""
    from transformers import AutoConfig

    try:
        return hasattr(AutoConfig.from_pretrained(name_or_path), "reference_compile")
    except (OSError, ValueError):
        return False  # from_pretrained below reports the missing model


def choose_precision(device: torch.device) -> str:
    """fp32 on CPU; bf16 on GPUs with native bf16 (compute capability 8.0 and up: A100, L4, H100);
    fp16 with loss scaling below, e.g. a T4 (7.5). Decided by capability, because
    ``torch.cuda.is_bf16_supported()`` also counts bf16 emulated without tensor cores."""
    if device.type != "cuda":
        return "fp32"
    major, _ = torch.cuda.get_device_capability(device)
    return "bf16" if major >= 8 else "fp16"


def autocast_dtype(precision: str) -> torch.dtype | None:
    """The autocast dtype of a precision name; None for fp32 (autocast off)."""
    return {"bf16": torch.bfloat16, "fp16": torch.float16}.get(precision)


@dataclass
class TrainConfig:
    """Hyperparameters shared by all arms."""

    epochs: int = 4
    batch_size: int = 32
    learning_rate: float = 1e-3
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    scheduler: str = "linear"
    max_grad_norm: float = 1.0
    seed: int = 42
    group_by_length: bool = True
    checkpoint_every: int = 200
    log_every: int = 100


# A text longer than max_length * this many characters is cut before tokenizing (``tokenize``).
CHARS_PER_TOKEN_BOUND = 32


def tokenize(tokenizer, texts: Sequence[str], max_length: int) -> list[list[int]]:
    """Token ids per text, truncated to max_length (padding happens per batch).

    The tokenizer would turn a whole text into tokens before truncating it, so one huge cell (a
    pasted log of 200 MB) would take gigabytes. A text longer than max_length * 32 characters is
    therefore first cut at the last whitespace within them: words are tokenized independently, so
    the cut text's tokens are the whole text's first ones, and where it still fills max_length the
    result is the whole text's. Where it does not (tokens of more than 32 characters on average),
    the whole text is tokenized. A single word longer than the limit is cut inside it.
    """
    limit = max_length * CHARS_PER_TOKEN_BOUND
    cut = [_cut_at_whitespace(text, limit) for text in texts]
    ids = tokenizer(cut, truncation=True, max_length=max_length)["input_ids"]
    short = [i for i, (text, part) in enumerate(zip(texts, cut, strict=True)) if part is not text and len(ids[i]) < max_length]
    if short:
        full = tokenizer([texts[i] for i in short], truncation=True, max_length=max_length)["input_ids"]
        for i, row in zip(short, full, strict=True):
            ids[i] = row
    return ids


def _cut_at_whitespace(text: str, limit: int) -> str:
    """``text`` itself when it has at most ``limit`` characters, else its start up to the last
    whitespace within them (or the first ``limit`` characters when there is none)."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    end = max(head.rfind(c) for c in " \t\n\r")
    return head[:end] if end > 0 else head


def _collate(ids: list[list[int]], rows: np.ndarray, pad_id: int, side: str = "right") -> tuple[torch.Tensor, torch.Tensor]:
    """Dynamic padding: pad a batch only to its own longest sequence, after the tokens (``side``
    right) or before them (left, where a decoder's tokenizer asks for it)."""
    width = max(len(ids[i]) for i in rows)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for j, i in enumerate(rows):
        place = slice(0, len(ids[i])) if side == "right" else slice(width - len(ids[i]), width)
        input_ids[j, place] = torch.tensor(ids[i])
        mask[j, place] = 1
    return input_ids, mask


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
class _TrainingState:
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
        """``state`` as loaded to the CPU (``_resume``); the optimizer's state follows the model's
        parameters to their device, the RNG states go where each belongs."""
        self.model.load_state_dict(state["model"])
        self.optimizer.load_state_dict(state["optimizer"])
        self.scheduler.load_state_dict(state["scheduler"])
        self.scaler.load_state_dict(state["scaler"])
        torch.set_rng_state(state["torch_rng"].cpu())
        cuda_states = state.get("cuda_rng") or []
        if cuda_states and torch.cuda.is_available() and len(cuda_states) == torch.cuda.device_count():
            torch.cuda.set_rng_state_all([s.cpu() for s in cuda_states])


def _training_state(model, config: TrainConfig, precision: str, total_steps: int) -> _TrainingState:
    # The fused AdamW kernel is ~3x faster than the default per-tensor loop on CPU for small models.
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.learning_rate, weight_decay=config.weight_decay, fused=True)
    scheduler = get_scheduler(
        config.scheduler,
        optimizer,
        num_warmup_steps=round(config.warmup_ratio * total_steps),
        num_training_steps=total_steps,
    )
    return _TrainingState(model, optimizer, scheduler, torch.amp.GradScaler("cuda", enabled=precision == "fp16"))


def run_environment(precision: str) -> dict:
    """What besides the config decides a run's numbers: precision and library versions."""
    import transformers

    return {"precision": precision, "torch": torch.__version__, "transformers": transformers.__version__}


def _resume(
    state: _TrainingState, checkpoint_path: Path | None, run_id: str, device, arm: str, total_steps: int, environment=None
) -> int:
    """Load the checkpoint of this run, if there is one; returns the step to continue from. The
    checkpoint is read to the CPU (its RNG state must stay there; ``load_state_dict`` places the
    rest), whatever ``device`` training runs on."""
    if checkpoint_path is None or not checkpoint_path.exists():
        return 0
    saved = torch.load(checkpoint_path, map_location="cpu", weights_only=False)
    if saved.get("run_id") != run_id:
        before = saved.get("environment") or {}
        changed = [f"{k} {before[k]} -> {v}" for k, v in (environment or {}).items() if k in before and before[k] != v]
        why = f" ({', '.join(changed)})" if changed else " from a different configuration"
        log.info("arm %s: starting over: checkpoint %s was written under another setup%s", arm, checkpoint_path, why)
        return 0
    state.load_state_dict(saved)
    log.info("arm %s: resuming from checkpoint %s at step %d/%d", arm, checkpoint_path, saved["step"], total_steps)
    return saved["step"]


def _save_checkpoint(state: _TrainingState, path: Path, run_id: str, step: int, environment=None) -> None:
    from kdcal.runtime import atomic_path

    with atomic_path(path) as tmp:
        torch.save({"run_id": run_id, "step": step, "environment": environment or {}, **state.state_dict()}, tmp)


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


def _device_batch(input_ids, rows, pad_id, labels, teacher, device) -> tuple:
    """(input ids, attention mask, labels, teacher logits or None) of one batch, on the device."""
    ids, mask = _collate(input_ids, rows, pad_id)
    return ids.to(device), mask.to(device), labels[rows].to(device), None if teacher is None else teacher[rows].to(device)


def _step(state: _TrainingState, batch: tuple, loss_spec: dict, config: TrainConfig, device, dtype) -> torch.Tensor:
    """One optimizer step on one batch (input ids, mask, labels, teacher logits or None); returns
    the batch's loss before the update."""
    ids, mask, labels, teacher = batch
    with torch.autocast(device.type, dtype=dtype, enabled=dtype is not None):
        logits = state.model(input_ids=ids, attention_mask=mask).logits
    loss = student_loss(loss_spec, logits, labels, teacher)
    state.optimizer.zero_grad(set_to_none=True)
    state.scaler.scale(loss).backward()
    state.scaler.unscale_(state.optimizer)
    torch.nn.utils.clip_grad_norm_(state.model.parameters(), config.max_grad_norm)
    state.scaler.step(state.optimizer)
    state.scaler.update()
    state.scheduler.step()
    return loss


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


def train_student(
    model,
    input_ids: list[list[int]],
    labels: np.ndarray,
    loss_spec: dict,
    config: TrainConfig,
    device: torch.device,
    pad_id: int,
    teacher_logits: np.ndarray | None = None,
    checkpoint_path: Path | None = None,
    run_id: str = "",
    arm: str = "",
) -> dict:
    """Train ``model`` in place; returns a summary (steps, final loss, seconds, resumed_from).

    input_ids: per-row token ids; labels: (n,) int; teacher_logits: (n, K) logits aligned with the
    rows, needed by distillation losses. Every ``config.checkpoint_every`` steps the full training
    state goes to ``checkpoint_path``; a later call with the same ``run_id`` resumes from it and
    reaches the same weights as an uninterrupted run (bit-identical on CPU).
    """
    if needs_teacher(loss_spec) and teacher_logits is None:
        raise TrainingError(f"arm {arm}: loss {loss_spec['loss']} needs teacher logits")
    total_steps = check_schedule(config, len(input_ids), arm)
    steps_per_epoch = total_steps // config.epochs
    model.to(device)
    precision = choose_precision(device)
    environment = run_environment(precision)
    run_id = fingerprint(run_id, environment)  # a checkpoint resumes only under the same precision and versions
    dtype = autocast_dtype(precision)
    state = _training_state(model, config, precision, total_steps)
    lengths = np.array([len(x) for x in input_ids])
    labels_t = torch.as_tensor(np.asarray(labels), dtype=torch.long)
    teacher_t = None if teacher_logits is None else torch.as_tensor(np.asarray(teacher_logits, dtype=np.float32))

    step = resumed_from = _resume(state, checkpoint_path, run_id, device, arm, total_steps, environment)
    model.train()
    started = time.perf_counter()
    log.info(
        "arm %s: training on %s in %s (torch %s, transformers %s), %d steps of %d rows",
        *(arm, device, precision, environment["torch"], environment["transformers"], total_steps, config.batch_size),
    )
    progress = _Progress(arm, total_steps, config.log_every)
    loss_value = float("nan")
    while step < total_steps:
        epoch, position = divmod(step, steps_per_epoch)
        if position == 0 or step == resumed_from:
            batches = epoch_batches(lengths, config.batch_size, config.seed, epoch, config.group_by_length)
        rows = batches[position]
        batch = _device_batch(input_ids, rows, pad_id, labels_t, teacher_t, device)
        loss_value = float(_step(state, batch, loss_spec, config, device, dtype).detach())
        if not math.isfinite(loss_value):
            raise TrainingError(
                f"arm {arm}: training loss became {loss_value} at step {step + 1}/{total_steps} "
                f"(epoch {epoch + 1}); no model was written. Lower the learning rate or check the inputs."
            )
        step += 1
        scale = state.scaler.get_scale() if state.scaler.is_enabled() else None
        progress.update(step, epoch, loss_value, len(rows), state.scheduler.get_last_lr()[0], scale)
        if checkpoint_path is not None and config.checkpoint_every and step % config.checkpoint_every == 0 and step < total_steps:
            _save_checkpoint(state, checkpoint_path, run_id, step, environment)
    return {
        "arm": arm,
        "steps": total_steps,
        "resumed_from_step": resumed_from,
        "final_batch_loss": loss_value,
        "seconds": time.perf_counter() - started,
        "precision": precision,
    }


def _final_linear(model) -> torch.nn.Linear | None:
    """The classifier's last linear layer (the one that writes the logits)."""
    n_labels = model.config.num_labels
    last = None
    for module in model.modules():
        if isinstance(module, torch.nn.Linear) and module.out_features == n_labels:
            last = module
    return last


@contextmanager
def _logits_in_float32(model, device: torch.device):
    """Run the final linear layer outside autocast, in fp32: under fp16 / bf16 autocast the saved
    logits would otherwise be rounded to 16 bits (steps of ~0.008 at logit 10 in fp16, ~0.06 in
    bf16), and calibration metrics move with that rounding."""
    layer = _final_linear(model)
    if layer is None or not layer.weight.is_floating_point():  # a quantised head stays as it is
        yield
        return

    def forward(x):
        # The weights in fp32 too: a model loaded in fp16 / bf16 (a large teacher) has a 16-bit head.
        # For an fp32 layer .float() is the tensor itself, so the numbers are those of the layer.
        with torch.autocast(device.type, enabled=False):
            bias = None if layer.bias is None else layer.bias.float()
            return torch.nn.functional.linear(x.float(), layer.weight.float(), bias)

    layer.forward = forward
    try:
        yield
    finally:
        del layer.forward


def inference_batches(lengths: Sequence[int], batch_size: int, batch_tokens: int | None = None) -> list[np.ndarray]:
    """Row positions of each inference batch: the rows sorted by length (shortest first, ties in
    row order) cut into batches of at most ``batch_size`` rows and, with ``batch_tokens``, at most
    that many padded tokens (rows x the batch's longest row; a row longer than the budget alone is
    a batch of its own). A budget keeps a batch of long rows within memory while letting short rows
    share large batches."""
    order = np.argsort(np.asarray(lengths), kind="stable")
    if batch_tokens is None:
        return [order[start : start + batch_size] for start in range(0, len(order), batch_size)]
    batches, start = [], 0
    for end in range(1, len(order) + 1):
        # Sorted: the batch's longest row is its last.
        over = end - start > batch_size or (end - start) * lengths[order[end - 1]] > batch_tokens
        if over and end - 1 > start:
            batches.append(order[start : end - 1])
            start = end - 1
    if start < len(order):
        batches.append(order[start:])
    return batches


@torch.no_grad()
def predict_logits(
    model,
    input_ids: list[list[int]],
    pad_id: int,
    device: torch.device,
    batch_size: int = 256,
    *,
    batch_tokens: int | None = None,
    placed: bool = False,
    padding_side: str = "right",
    progress: Callable[[int, int], None] | None = None,
) -> np.ndarray:
    """(n, K) float32 logits of ``model`` on pre-tokenised rows, in row order; the encoder runs
    under the device's autocast precision, the final layer in fp32. Batches: ``inference_batches``
    (``batch_size`` rows, ``batch_tokens`` padded tokens at most). ``placed``: the model is
    already where it runs (sharded across GPUs, or quantised) and is not moved; the inputs go to
    its first device. ``padding_side``: where each batch's padding goes (its tokenizer's).
    ``progress(rows, tokens)`` is called after each batch with what it scored."""
    model.eval()
    if placed:
        device = next(model.parameters()).device
    else:
        model.to(device)
    dtype = autocast_dtype(choose_precision(device))
    # Sorting by length keeps padding small; the result is put back in row order.
    out = None
    for rows in inference_batches([len(x) for x in input_ids], batch_size, batch_tokens):
        ids, mask = _collate(input_ids, rows, pad_id, padding_side)
        with torch.autocast(device.type, dtype=dtype, enabled=dtype is not None), _logits_in_float32(model, device):
            logits = model(input_ids=ids.to(device), attention_mask=mask.to(device)).logits.float().cpu().numpy()
        if out is None:
            out = np.empty((len(input_ids), logits.shape[1]), dtype=np.float32)
        out[rows] = logits
        if progress is not None:
            progress(len(rows), int(mask.sum()))
    return out
