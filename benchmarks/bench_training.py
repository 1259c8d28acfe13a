"""Training throughput and model FLOPs utilisation (MFU) of a student, against a plain baseline.

Builds ModernBERT from its config (no hub access: ``--model base`` is ModernBERT-base's shape,
``--model tiny`` the embedded default's), trains on synthetic token batches of the full study's
shape (batch 32, up to 128 tokens, 113 classes, long-tailed lengths) with the KD loss, and reports
examples/s, tokens/s and MFU = 6 * non-embedding parameters * tokens/s / peak FLOP/s of the device
(useful MFU: real tokens; padded MFU: every token processed). Every timed step is a whole training
step (collation, copies, forward, loss, backward, unscale, clip, optimizer, loss read back), timed
by one clock around the loop (the device is synchronised before and after it, not at every step).
Each row also gives the time per epoch of the full study's 79,278 training rows and the predicted
training time of the whole Kaggle study (its arms and epochs from config/kaggle-t4.yaml, students
side by side on the visible GPUs). Two recipes in the same run:
- baseline: fp32, rows in random order, every batch padded to max_length, for-each AdamW;
- kdcal: the training loop's own functions (length-grouped batches in the epoch's order, dynamic
  padding, the device's mixed precision: fp16 with loss scaling below compute capability 8, bf16
  from 8, fp32 on CPU; fused AdamW).

    python benchmarks/bench_training.py --model base --steps 30           # on a GPU
    python benchmarks/bench_training.py --model tiny --steps 20 --peak-tflops 0.1   # CPU smoke run
"""

from __future__ import annotations

import argparse
import math
import time
from pathlib import Path

import numpy as np
import torch
from transformers import AutoModelForSequenceClassification, ModernBertConfig, get_scheduler

from kdcal.config import schema_defaults
from kdcal.models.model import choose_precision
from kdcal.training.trainer import TrainConfig, Trainer, TrainingState, epoch_batches

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
PEAKS = {
    "T4": 65.0,
    "A100": 312.0,
    "H100": 989.0,
    "H200": 989.0,
    "L4": 121.0,
    "L40S": 362.0,
    "A10": 125.0,
    "V100": 125.0,
    "P100": 18.7,
}


def peak_tflops(device: torch.device, override: float | None) -> float:
    if override:
        return override
    if device.type == "cuda":
        name = torch.cuda.get_device_name(device)
        for key in sorted(PEAKS, key=len, reverse=True):  # "L40S" before "L4", which it contains
            if key in name:
                return PEAKS[key]
    raise SystemExit("unknown device peak: pass --peak-tflops")


def _padded_batch(ids, rows, max_length, labels, teacher, device) -> tuple:
    """The plain loop's batch: every row padded to max_length (its mask marks the real tokens)."""
    input_ids = torch.zeros((len(rows), max_length), dtype=torch.long)
    mask = torch.zeros((len(rows), max_length), dtype=torch.long)
    for j, i in enumerate(rows):
        input_ids[j, : len(ids[i])] = torch.tensor(ids[i])
        mask[j, : len(ids[i])] = 1
    return input_ids.to(device), mask.to(device), labels[rows].to(device), teacher[rows].to(device)


def run(model, lengths, recipe, device, steps, batch_size, max_length, n_classes, precision="auto", read_every=1):
    """Time ``steps`` optimizer steps (after 3 untimed ones), each as training takes it: collation,
    host-to-device copies, forward, the KD loss (T_d 4, alpha 0.7, against teacher logits),
    backward, unscale, clipping, optimizer and scheduler step, and the loss read back to the host.

    kdcal: kdcal's own ``Trainer`` (``epoch_batches``: length-grouped batches in the epoch's shuffled
    order, so short and long batches mix as in training; ``Trainer.batch``; ``Trainer.step``) in its
    precision, fused AdamW. baseline: the same step in fp32, rows in random order, every batch padded
    to max_length, for-each AdamW. Returns precision, examples/s, real tokens/s, processed tokens/s and
    the share of the time spent building batches (collation and host-to-device copies). ``read_every``:
    read the loss back to the host every this many steps (training: 1, to stop at the first non-finite
    loss); a larger value shows what that sync costs."""
    rng = np.random.default_rng(0)
    ids = [rng.integers(5, 30000, n).tolist() for n in lengths]
    labels = torch.as_tensor(rng.integers(0, n_classes, len(lengths)))
    teacher = torch.as_tensor(rng.normal(size=(len(lengths), n_classes)).astype(np.float32))
    spec = {"loss": "kd", "distill_temperature": 4.0, "alpha": 0.7}
    schema = Path(__file__).resolve().parents[1] / "workflow/schemas/config.schema.yaml"
    config = TrainConfig(**{**schema_defaults("student.training", str(schema)), "batch_size": batch_size, "learning_rate": 1e-5})
    if recipe == "kdcal":
        precision = choose_precision(device) if precision == "auto" else precision
        trainer = Trainer(model, loss_spec=spec, config=config, device=device, pad_id=0, precision=precision)
        trainer.start(steps + 3)
        batches = epoch_batches(lengths, batch_size, seed=0, epoch=0, group_by_length=True)

        def batch(b):
            return trainer.batch(ids, batches[b % len(batches)], labels, teacher)
    else:
        precision = "fp32"
        trainer = Trainer(model, loss_spec=spec, config=config, device=device, pad_id=0, precision=precision)
        optimizer = torch.optim.AdamW(model.parameters(), lr=config.learning_rate, foreach=True)
        scheduler = get_scheduler("linear", optimizer, num_warmup_steps=0, num_training_steps=steps + 3)
        trainer.state = TrainingState(model, optimizer, scheduler, torch.amp.GradScaler("cuda", enabled=False))
        order = rng.permutation(len(lengths))

        def batch(b):
            return _padded_batch(ids, order[(b * batch_size) % len(order) :][:batch_size], max_length, labels, teacher, device)

    model.train()
    for step in range(3):  # warm-up, not timed
        float(trainer.step(batch(step)).detach())
    real = processed = examples = 0
    building = 0.0
    # One clock around the whole loop, the device synchronised only before and after it: a
    # synchronize around every step would charge each step the wait for the host, which the loop
    # itself only pays where it reads the loss back (every ``read_every`` steps).
    _synchronize(device)
    start = time.perf_counter()
    for step in range(3, steps + 3):
        before = time.perf_counter()
        current = batch(step)
        building += time.perf_counter() - before
        loss = trainer.step(current).detach()
        if step % read_every == 0:
            loss = float(loss)  # the host waits for the device here
        real += int(current[1].sum())
        processed += current[1].numel()
        examples += len(current[1])
    _synchronize(device)
    elapsed = time.perf_counter() - start
    assert np.isfinite(float(loss))
    return precision, examples / elapsed, real / elapsed, processed / elapsed, building / elapsed


def _synchronize(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def kaggle_study() -> dict:
    """What the full Kaggle study trains: its arms, epochs and batch size (config/kaggle-t4.yaml)
    and its training rows (the published train indices plus the test split)."""
    import yaml

    config = yaml.safe_load((Path(__file__).resolve().parents[1] / "config" / "kaggle-t4.yaml").read_text())
    training = config["student"]["training"]
    return {"arms": len(config["arms"]), "epochs": training["epochs"], "batch_size": training["batch_size"], "rows": 79278}


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
    parser.add_argument(
        "--gpus", type=int, default=None, help="GPUs the study's students share (default: the visible ones, at least 1)"
    )
    args = parser.parse_args()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    study = kaggle_study()
    gpus = args.gpus or max(1, torch.cuda.device_count())
    # Complaint lengths are long-tailed: most texts are far shorter than max_length.
    lengths = np.clip(np.random.default_rng(1).lognormal(np.log(70), 0.6, size=4096).astype(int), 8, args.max_length)
    peak = peak_tflops(device, args.peak_tflops)
    print(
        f"device: {torch.cuda.get_device_name(device) if device.type == 'cuda' else 'cpu'}; model: ModernBERT-{args.model} from config; "
        f"batch {args.batch_size}, max length {args.max_length}, {args.steps} timed steps, peak {peak} TFLOP/s"
    )
    print(
        "| recipe | precision | examples/s | real tokens/s | processed tokens/s | useful MFU | padded MFU "
        "| building batches | speed-up | time per epoch | Kaggle study, predicted |\n|---|---|---|---|---|---|---|---|---|---|---|"
    )
    baseline = None
    for recipe, read_every in (("baseline", 1), ("kdcal", 1), ("kdcal", 100)):
        torch.manual_seed(0)
        config = ModernBertConfig(vocab_size=50368, num_labels=113, reference_compile=False, **MODELS[args.model])
        model = AutoModelForSequenceClassification.from_config(config).to(device)
        # Embedding lookups are no matrix products: MFU counts the other parameters (as in PaLM's MFU).
        n_params = sum(p.numel() for p in model.parameters()) - model.get_input_embeddings().weight.numel()
        precision, ex_s, tok_s, padded_s, building = run(
            model, lengths, recipe, device, args.steps, args.batch_size, args.max_length, 113, args.precision, read_every
        )
        name = recipe if read_every == 1 else f"{recipe}, loss read every {read_every} steps"
        useful, padded = (6 * n_params * rate / (peak * 1e12) for rate in (tok_s, padded_s))
        baseline = baseline or ex_s
        epoch, whole = study_times(ex_s, study, gpus)
        print(
            f"| {name} | {precision} | {ex_s:.1f} | {tok_s:.0f} | {padded_s:.0f} | {100 * useful:.1f}% | {100 * padded:.1f}% "
            f"| {100 * building:.0f}% | {ex_s / baseline:.2f}x | {_duration(epoch)} | {_duration(whole)} |"
        )
        del model
    print(
        f"non-embedding parameters: {n_params / 1e6:.1f}M; MFU = 6 FLOPs per such parameter per token / peak: useful MFU "
        "counts real tokens, padded MFU every token the model processed (padding included)"
    )
    print(
        f"time per epoch: {study['rows']:,} training rows at the row's examples/s. Kaggle study, predicted: the training "
        f"time of the full study (config/kaggle-t4.yaml: {study['arms']} students x {study['epochs']} epochs) on this "
        f"kind of device, {gpus} of them, one student per device at a time ({math.ceil(study['arms'] / gpus)} round(s) of "
        "training); evaluation and start-up not included. "
        "The synthetic lengths only approximate the real texts' (check a real arm's log)."
    )


def study_times(examples_per_second: float, study: dict, gpus: int) -> tuple[float, float]:
    """Seconds per epoch of the study's training rows, and for the whole study's training: its
    students train side by side, one per GPU, so ceil(arms / gpus) rounds of ``epochs`` epochs."""
    epoch = study["rows"] / examples_per_second
    return epoch, math.ceil(study["arms"] / gpus) * study["epochs"] * epoch


def _duration(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 600 else f"{seconds / 60:.1f} min"


if __name__ == "__main__":
    main()
