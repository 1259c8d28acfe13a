"""Fixture files in the published study's format (same keys and dtypes, n = 6,430, K = 113)."""

from pathlib import Path

import numpy as np

N, K = 6430, 113


def class_tiers():
    """Class id -> tier, as published: top 20 classes head, next 40 mid, remaining 53 tail."""
    return np.array(["head"] * 20 + ["mid"] * 40 + ["tail"] * 53)


def write_published_study(folder: Path, seed: int = 0, arms=("vanilla", "kd", "kd_td1_a70")) -> dict[str, Path]:
    """A teacher file and student files; vanilla overconfident, kd closer to the teacher."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    freq = 1.0 / np.arange(1, K + 1) ** 1.1  # long tail, class 0 most frequent
    labels = rng.choice(K, size=N, p=freq / freq.sum()).astype(np.int64)
    tiers = class_tiers()[labels]
    base = rng.normal(size=(N, K))
    base[np.arange(N), labels] += rng.normal(2.0, 1.5, size=N)
    teacher = base * 1.6 + rng.normal(size=(N, K)) * 0.5
    paths = {"teacher": folder / "val_logits_canonical_final.npz"}
    np.savez(paths["teacher"], logits=teacher.astype(np.float16), labels=labels, tiers=tiers)
    for i, arm in enumerate(arms):
        scale = 3.5 if arm == "vanilla" else 1.8 + 0.2 * i
        logits = (base * scale + rng.normal(size=(N, K)) * (1.2 if arm == "vanilla" else 0.8)).astype(np.float16)
        paths[arm] = folder / f"{arm}_val_predictions.npz"
        np.savez(paths[arm], logits=logits, preds=logits.argmax(1), labels=labels, val_tiers=tiers)
    return paths


def write_hub_cache(cache: Path, repo_type: str, repo_id: str, filename: str, source: Path, commit: str = "0" * 40) -> None:
    """Put a file into a Hugging Face hub cache laid out as huggingface_hub writes it."""
    folder = cache / f"{repo_type}s--{repo_id.replace('/', '--')}"
    (folder / "refs").mkdir(parents=True, exist_ok=True)
    (folder / "refs" / "main").write_text(commit)
    target = folder / "snapshots" / commit / filename
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(source.read_bytes())
