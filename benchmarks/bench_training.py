"""Training throughput and model FLOPs utilisation (MFU) of a student, against a plain baseline.

Builds ModernBERT from its config (no hub access: ``--model base`` is ModernBERT-base's shape,
``--model tiny`` the embedded default's), trains on synthetic token batches of the full study's
shape (batch 32, 128 tokens, 113 classes) and reports examples/s, tokens/s and MFU =
6 * non-embedding parameters * tokens/s / peak FLOP/s of the device. Two recipes are timed in the same run:
- baseline: fp32, padding every batch to max_length, the default (for-each) AdamW — the plain loop;
- kdcal: the device's mixed precision (fp16 with loss scaling on a T4, bf16 on newer GPUs, fp32 on
  CPU), dynamic padding of length-grouped batches, fused AdamW.

    python benchmarks/bench_training.py --model base --steps 30           # on a GPU
    python benchmarks/bench_training.py --model tiny --steps 20 --peak-tflops 0.1   # CPU smoke run
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import torch
from transformers import AutoModelForSequenceClassification, ModernBertConfig

from kdcal.losses import student_loss
from kdcal.student import autocast_dtype, choose_precision

MODELS = {
    "base": {"hidden_size": 768, "num_hidden_layers": 22, "num_attention_heads": 12, "intermediate_size": 1152},
    "tiny": {
        "hidden_size": 128,
        "num_hidden_layers": 2,
        "num_attention_heads": 2,
        "intermediate_size": 256,
        "global_attn_every_n_layers": 1,
    },
}
# Dense bf16/fp16 tensor-core peaks (TFLOP/s) of common GPUs, for MFU.
PEAKS = {"T4": 65.0, "A100": 312.0, "H100": 989.0, "H200": 989.0, "L4": 121.0, "A10": 125.0, "V100": 125.0, "P100": 18.7}


def peak_tflops(device: torch.device, override: float | None) -> float:
    if override:
        return override
    if device.type == "cuda":
        name = torch.cuda.get_device_name(device)
        for key, value in PEAKS.items():
            if key in name:
                return value
    raise SystemExit("unknown device peak: pass --peak-tflops")


def run(model, lengths, recipe, device, steps, batch_size, max_length, n_classes, precision="auto"):
    if recipe != "kdcal":
        precision = "fp32"
    elif precision == "auto":
        precision = choose_precision(device)
    dtype = autocast_dtype(precision)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-5, fused=(recipe == "kdcal"))
    scaler = torch.amp.GradScaler("cuda", enabled=precision == "fp16")
    rng = np.random.default_rng(0)
    order = np.argsort(lengths) if recipe == "kdcal" else np.arange(len(lengths))
    tokens = examples = 0
    elapsed = 0.0
    for step in range(steps + 3):  # 3 warm-up steps, not timed
        rows = order[(step * batch_size) % len(order) :][:batch_size]
        width = int(lengths[rows].max()) if recipe == "kdcal" else max_length
        ids = torch.randint(5, 30000, (len(rows), width), device=device)
        mask = (torch.arange(width, device=device)[None, :] < torch.as_tensor(lengths[rows], device=device)[:, None]).long()
        labels = torch.as_tensor(rng.integers(0, n_classes, len(rows)), device=device)
        if device.type == "cuda":
            torch.cuda.synchronize()
        start = time.perf_counter()
        with torch.autocast(device.type, dtype=dtype, enabled=dtype is not None):
            logits = model(input_ids=ids, attention_mask=mask).logits
        loss = student_loss({"loss": "ce"}, logits, labels)
        optimizer.zero_grad(set_to_none=True)
        scaler.scale(loss).backward()
        scaler.step(optimizer)
        scaler.update()
        if device.type == "cuda":
            torch.cuda.synchronize()
        if step >= 3:
            elapsed += time.perf_counter() - start
            tokens += int(mask.sum())
            examples += len(rows)
    return precision, examples / elapsed, tokens / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", choices=MODELS, default="base")
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--peak-tflops", type=float, default=None, help="device peak; known GPUs are looked up")
    parser.add_argument(
        "--precision",
        choices=("auto", "fp32", "fp16", "bf16"),
        default="auto",
        help="kdcal recipe's precision (auto: as training)",
    )
    args = parser.parse_args()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    # Complaint lengths are long-tailed: most texts are far shorter than max_length.
    lengths = np.clip(np.random.default_rng(1).lognormal(np.log(70), 0.6, size=4096).astype(int), 8, args.max_length)
    peak = peak_tflops(device, args.peak_tflops)
    print(
        f"device: {torch.cuda.get_device_name(device) if device.type == 'cuda' else 'cpu'}; model: ModernBERT-{args.model} from config; "
        f"batch {args.batch_size}, max length {args.max_length}, {args.steps} timed steps, peak {peak} TFLOP/s"
    )
    print("| recipe | precision | examples/s | tokens/s | MFU | speed-up |\n|---|---|---|---|---|---|")
    baseline = None
    for recipe in ("baseline", "kdcal"):
        torch.manual_seed(0)
        config = ModernBertConfig(vocab_size=50368, num_labels=113, reference_compile=False, **MODELS[args.model])
        model = AutoModelForSequenceClassification.from_config(config).to(device)
        # Embedding lookups are no matrix products: MFU counts the other parameters (as in PaLM's MFU).
        n_params = sum(p.numel() for p in model.parameters()) - model.get_input_embeddings().weight.numel()
        precision, ex_s, tok_s = run(
            model, lengths, recipe, device, args.steps, args.batch_size, args.max_length, 113, args.precision
        )
        mfu = 6 * n_params * tok_s / (peak * 1e12)
        baseline = baseline or ex_s
        print(f"| {recipe} | {precision} | {ex_s:.1f} | {tok_s:.0f} | {100 * mfu:.1f}% | {ex_s / baseline:.2f}x |")
        del model
    print(
        f"non-embedding parameters: {n_params / 1e6:.1f}M (MFU counts 6 FLOPs per such parameter per real token; padding excluded)"
    )


if __name__ == "__main__":
    main()
