"""Sequence classifiers as students and checkpoint teachers use them: building a student from a config or
a pretrained checkpoint, the precision a device trains and infers in, and batched inference
(length-sorted, dynamically padded, final layer in fp32)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import contextmanager

import numpy as np
import torch
from transformers import AutoModelForSequenceClassification


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


def collate(ids: list[list[int]], rows: np.ndarray, pad_id: int, side: str = "right") -> tuple[torch.Tensor, torch.Tensor]:
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


def _final_linear(model) -> torch.nn.Linear | None:
    """The classifier's last linear layer (the one that writes the logits)."""
    n_labels = model.config.num_labels
    last = None
    for module in model.modules():
        if isinstance(module, torch.nn.Linear) and module.out_features == n_labels:
            last = module
    return last


@contextmanager
def logits_in_float32(model, device: torch.device):
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
    progress: Callable[[int], None] | None = None,
) -> np.ndarray:
    """(n, K) float32 logits of ``model`` on pre-tokenised rows, in row order; the encoder runs
    under the device's autocast precision, the final layer in fp32. Batches: ``inference_batches``
    (``batch_size`` rows, ``batch_tokens`` padded tokens at most). ``placed``: the model is
    already where it runs (sharded across GPUs, or quantised) and is not moved; the inputs go to
    its first device. ``padding_side``: where each batch's padding goes (its tokenizer's).
    ``progress(rows)`` is called after each batch with the rows it scored."""
    model.eval()
    if placed:
        device = next(model.parameters()).device
    else:
        model.to(device)
    dtype = autocast_dtype(choose_precision(device))
    # Sorting by length keeps padding small; the result is put back in row order.
    out = None
    for rows in inference_batches([len(x) for x in input_ids], batch_size, batch_tokens):
        ids, mask = collate(input_ids, rows, pad_id, padding_side)
        with torch.autocast(device.type, dtype=dtype, enabled=dtype is not None), logits_in_float32(model, device):
            logits = model(input_ids=ids.to(device), attention_mask=mask.to(device)).logits.float().cpu().numpy()
        if out is None:
            out = np.empty((len(input_ids), logits.shape[1]), dtype=np.float32)
        out[rows] = logits
        if progress is not None:
            progress(len(rows))
    return out
