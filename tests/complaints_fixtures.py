"""A tiny stand-in for the full study's inputs, with the real column names and file shapes:
a Hugging Face dataset folder (train / test parquet, columns "Consumer Complaint" and "Issue"),
the four course JSON files, and teacher logits in train-then-test row order."""

import json
from pathlib import Path

import numpy as np
import pandas as pd

LABELS = [
    "Billing dispute",
    "Card fraud",
    "Debt collection",
    "Improper use of your report",
    "Late fees",
    "Loan servicing",
    "Mortgage payment",
    "Wire transfer",
]
OLD_NAMES = {"Improper use of my credit report": "Improper use of your report"}
WORDS = {name: name.lower().split() for name in LABELS}


def _rows(rng, n):
    texts, raw = [], []
    weights = np.array([30, 20, 14, 10, 8, 6, 4, 3], float)
    for _ in range(n):
        c = rng.choice(len(LABELS), p=weights / weights.sum())
        name = LABELS[c]
        if name == "Improper use of your report" and rng.random() < 0.5:
            name = "Improper use of my credit report"  # pre-2017 label, merged by the mapping
        filler = rng.choice(["the", "bank", "my", "account", "they", "said", "please", "help"], size=6)
        texts.append(" ".join(list(filler[:3]) + WORDS[LABELS[c]] + list(filler[3:])))
        raw.append(name)
    return texts, raw


def write_complaints_inputs(folder: Path, n_train: int = 1400, n_test: int = 300, seed: int = 0) -> dict[str, Path]:
    rng = np.random.default_rng(seed)
    data = folder / "consumer_complaints"
    data.mkdir(parents=True, exist_ok=True)
    splits = {}
    for split, n in (("train", n_train), ("test", n_test)):
        texts, raw = _rows(rng, n)
        raw[5] = "A label nobody merged"  # not in the list: the row is dropped
        splits[split] = raw
        pd.DataFrame({"Consumer Complaint": texts, "Issue": raw, "Product": "x"}).to_parquet(
            data / f"{split}.parquet", index=False
        )
    order = rng.permutation(n_train)
    train_idx, val_idx = sorted(order[:1000].tolist()), sorted(order[1000:].tolist())
    paths = {"dataset": data}
    for name, content in (
        ("label_list", LABELS),
        ("label_merge_mapping", {"_comment": "old -> new label names", **OLD_NAMES}),
        ("train_indices", train_idx),
        ("val_indices", val_idx),
    ):
        paths[name] = folder / f"{name}.json"
        paths[name].write_text(json.dumps(content))
    # Teacher logits: rows of the train indices (minus the dropped row), then the test split (minus its dropped row).
    index = {name: i for i, name in enumerate(LABELS)}

    def ids(raw):
        return np.array([index.get(OLD_NAMES.get(r, r), -1) for r in raw])

    train_ids, test_ids = ids(splits["train"]), ids(splits["test"])
    kept_train = [i for i in train_idx if train_ids[i] >= 0]
    kept_val = [i for i in val_idx if train_ids[i] >= 0]
    rows = np.concatenate([train_ids[kept_train], test_ids[test_ids >= 0]])
    val_rows = train_ids[kept_val]
    for name, labels in (("train_logits", rows), ("val_logits", val_rows)):
        logits = rng.normal(size=(len(labels), len(LABELS))) * 1.5
        logits[np.arange(len(labels)), labels] += 3.0
        paths[name] = folder / f"{name}.npz"
        np.savez(paths[name], logits=logits.astype(np.float16), labels=labels)
    return paths


def complaints_config(paths: dict[str, Path]) -> dict:
    return {
        "dataset": {
            "source": "consumer_complaints",
            "hf_dataset": str(paths["dataset"]),
            "train_splits": ["train", "test"],
            "tiers": {"head": 2, "mid": 3},
            "course_files": {k: str(paths[k]) for k in ("label_list", "label_merge_mapping", "train_indices", "val_indices")},
        },
        "teacher": {"source": "logits_files", "train_logits": str(paths["train_logits"]), "val_logits": str(paths["val_logits"])},
        "student": {
            "vocab_size": 200,
            "max_length": 16,
            "training": {"epochs": 1, "batch_size": 32, "checkpoint_every": 10, "log_every": 10},
        },
        "evaluation": {"bootstrap_resamples": 50},
    }


# ModernBERT shapes for a stand-in of a pretrained snapshot: tiny for the tests, ModernBERT-base's
# own (answerdotai/ModernBERT-base's config) for the device check.
MODERNBERT_SHAPES = {
    "tiny": {"hidden_size": 32, "num_hidden_layers": 1, "num_attention_heads": 2, "intermediate_size": 64},
    "base": {"hidden_size": 768, "num_hidden_layers": 22, "num_attention_heads": 12, "intermediate_size": 1152},
}
# The Kaggle study's sizes cut to the fixtures (8 classes): short texts, few resamples, and a rate at
# which the tiny random-weight students learn in three epochs (at the study's 5e-5 they learn only
# the class prior, whose fitted temperature can run off the search range).
KAGGLE_ON_FIXTURES = {
    "dataset": {"tiers": {"head": 2, "mid": 3}},
    "student": {"max_length": 16, "training": {"epochs": 3, "learning_rate": 0.002, "checkpoint_every": 10, "log_every": 10}},
    "evaluation": {"bootstrap_resamples": 50},
    "analysis": {"tier_f1_bootstrap": {"resamples": 50}},
}


def write_modernbert(folder: Path, texts: list[str], shape: str = "tiny") -> None:
    """A pretrained-format ModernBERT folder (config, weights, tokenizer), built offline with random
    weights: a stand-in for a snapshot of answerdotai/ModernBERT-base."""
    from transformers import ModernBertConfig, ModernBertModel

    from kdcal.models.tokenizer import train_tokenizer

    tokenizer = train_tokenizer(texts, 200)
    config = ModernBertConfig(
        vocab_size=len(tokenizer),
        pad_token_id=tokenizer.pad_token_id,
        cls_token_id=tokenizer.cls_token_id,
        sep_token_id=tokenizer.sep_token_id,
        bos_token_id=tokenizer.cls_token_id,
        eos_token_id=tokenizer.sep_token_id,
        **MODERNBERT_SHAPES[shape],
    )
    ModernBertModel(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)


def kaggle_input_paths(offline: dict) -> dict[str, str]:
    """Config key -> path of every input the internet-off Kaggle config names."""
    return {
        "dataset.hf_dataset": offline["dataset"]["hf_dataset"],
        **{f"dataset.course_files.{k}": v for k, v in offline["dataset"]["course_files"].items()},
        "teacher.train_logits": offline["teacher"]["train_logits"],
        "teacher.val_logits": offline["teacher"]["val_logits"],
        "student.model.name_or_path": offline["student"]["model"]["name_or_path"],
    }


def write_kaggle_input(root: Path, inputs: dict[str, Path], offline_text: str, shape: str = "tiny") -> str:
    """A stand-in for the notebook's /kaggle/input under ``root``: the fixtures copied to the places
    the internet-off config (``offline_text``) names, and a ModernBERT folder of ``shape``. Returns
    that config's text with /kaggle/input/ replaced by ``root``."""
    import shutil

    import yaml

    local = {
        key: root / path.removeprefix("/kaggle/input/") for key, path in kaggle_input_paths(yaml.safe_load(offline_text)).items()
    }
    shutil.copytree(inputs["dataset"], local["dataset.hf_dataset"])
    for key, name in [
        *((f"dataset.course_files.{n}", n) for n in ("label_list", "label_merge_mapping", "train_indices", "val_indices")),
        ("teacher.train_logits", "train_logits"),
        ("teacher.val_logits", "val_logits"),
    ]:
        local[key].parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(inputs[name], local[key])
    texts = pd.read_parquet(inputs["dataset"] / "train.parquet")["Consumer Complaint"].tolist()
    write_modernbert(local["student.model.name_or_path"], texts, shape)
    return offline_text.replace("/kaggle/input/", f"{root}/")
