"""Teacher inference: kdcal's checkpoint teacher (rows sorted by length, each batch padded to its
own longest row) against a naive loop (rows in their order, every batch padded to max_length), on
the same model and rows in the same run. Prints rows/s and tokens/s (real tokens, padding not
counted) of each, the speed-up and the largest logit difference between the two.

Rows have the course's long-tailed length distribution, simulated: consumer-complaint narratives
cut at 512 tokens, here token counts drawn from a log-normal with median 150 (log-mean 5.0,
log-sd 0.9), clipped to [8, 512], so about one row in nine reaches the cut. Models are decoder
classifiers built from a config (no download): ``tiny`` (the test suite's 2-layer Qwen3, hidden
32) and ``base`` (a Qwen3 of BERT-base size: 12 layers, hidden 768, ~85M parameters without the
embeddings), each saved with a LoRA adapter and loaded through ``kdcal.teachers.checkpoint.load_checkpoint_teacher``.

    python benchmarks/bench_teacher_inference.py [--models tiny base] [--rows 512 64] [--device cpu]
        [--dtype auto] [--quantization none] [--batch-size 16]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from kdcal.teachers.checkpoint import load_checkpoint_teacher
from test_llm_teacher import save_tiny_teacher, tiny_qwen

K = 113
MAX_LENGTH = 512
SHAPES = {
    "tiny": {},
    "base": {
        "hidden_size": 768,
        "intermediate_size": 3072,
        "num_hidden_layers": 12,
        "num_attention_heads": 12,
        "num_key_value_heads": 12,
        "head_dim": 64,
    },
}


def save_teacher(folder: Path, shape: str) -> tuple[Path, Path]:
    """The tests' tiny teacher, or the same built at ``base`` size (with its own LoRA adapter)."""
    import peft
    from transformers import AutoTokenizer

    base, adapter = save_tiny_teacher(folder / "tiny", n_labels=K)
    if not SHAPES[shape]:
        return base, adapter
    tokenizer = AutoTokenizer.from_pretrained(base)
    torch.manual_seed(0)
    model = tiny_qwen(K, **SHAPES[shape], max_position_embeddings=MAX_LENGTH + 8)
    big, big_adapter = folder / shape, folder / f"{shape}_adapter"
    model.save_pretrained(big)
    tokenizer.save_pretrained(big)
    lora = peft.get_peft_model(model, peft.LoraConfig(task_type="SEQ_CLS", r=8, target_modules=["q_proj", "v_proj"]))
    lora.save_pretrained(big_adapter)
    tokenizer.save_pretrained(big_adapter)
    return big, big_adapter


def course_like_texts(rows: int, seed: int = 0) -> list[str]:
    """Texts whose word-level token counts follow the simulated course length distribution."""
    rng = np.random.default_rng(seed)
    lengths = np.clip(np.round(np.exp(rng.normal(5.0, 0.9, rows))), 8, MAX_LENGTH).astype(int)
    return [" ".join(f"w{j}" for j in rng.integers(0, 40, n)) for n in lengths]


@torch.no_grad()
def naive_logits(teacher, texts: list[str], batch_size: int) -> np.ndarray:
    """Rows in their own order, every batch padded to MAX_LENGTH, fp32 on the teacher's device."""
    model, tokenizer = teacher.model, teacher.tokenizer
    device = next(model.parameters()).device
    out = []
    for start in range(0, len(texts), batch_size):
        batch = tokenizer(
            texts[start : start + batch_size], padding="max_length", truncation=True, max_length=MAX_LENGTH, return_tensors="pt"
        )
        out.append(model(**{k: v.to(device) for k, v in batch.items()}).logits.float().cpu().numpy())
    return np.concatenate(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", nargs="+", default=["tiny", "base"], choices=sorted(SHAPES))
    parser.add_argument("--rows", nargs="+", type=int, default=[512, 64], help="rows per model, in --models' order")
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--dtype", default="auto")
    parser.add_argument("--quantization", default="none")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    device = torch.device(args.device)
    print(
        f"teacher inference, {args.device}, dtype {args.dtype}, quantization {args.quantization}, batch size "
        f"{args.batch_size}, max_length {MAX_LENGTH}, course-like lengths (median 150 tokens)\n"
    )
    print("| model | rows | tokens | method | seconds | rows/s | tokens/s | speed-up |\n|---|---|---|---|---|---|---|---|")
    for shape, rows in zip(args.models, args.rows * len(args.models)):
        texts = course_like_texts(rows)
        with tempfile.TemporaryDirectory() as folder:
            base, adapter = save_teacher(Path(folder), shape)
            teacher = load_checkpoint_teacher(
                str(base), K, device, adapter=str(adapter), merge_adapter=True, dtype=args.dtype, quantization=args.quantization
            )
            tokens = sum(len(ids) for ids in teacher.tokenizer(texts, truncation=True, max_length=MAX_LENGTH)["input_ids"])
            teacher.logits(texts[: args.batch_size], args.batch_size, MAX_LENGTH)  # warm-up
            start = time.perf_counter()
            naive = naive_logits(teacher, texts, args.batch_size)
            slow = time.perf_counter() - start
            start = time.perf_counter()
            fast_logits = teacher.logits(texts, args.batch_size, MAX_LENGTH)
            fast = time.perf_counter() - start
        for method, seconds in (
            ("naive: row order, padded to max_length", slow),
            ("kdcal: sorted by length, dynamic padding", fast),
        ):
            print(
                f"| {shape} | {rows} | {tokens} | {method} | {seconds:.2f} | {rows / seconds:.1f} | {tokens / seconds:.0f} "
                f"| {slow / seconds:.2f}x |"
            )
        print(f"\n{shape}: largest |logit difference| between the two: {np.abs(naive - fast_logits).max():.2e}\n")


if __name__ == "__main__":
    main()
