"""Student training: identical arms but the loss, exact resume on CPU, NaN loss refused."""

from pathlib import Path

import numpy as np
import pytest
import torch

from kdcal.config import schema_defaults
from kdcal.models.model import build_student, predict_logits
from kdcal.models.tokenizer import train_tokenizer
from kdcal.training import trainer as trainer_module
from kdcal.training.trainer import TrainConfig, Trainer, TrainingError, epoch_batches

TEXTS = [
    f"{w} {v} gloss number {i}" for i, (w, v) in enumerate(zip(["alpha", "beta", "gamma", "delta"] * 30, ["x", "y", "z"] * 40))
]
LABELS = np.arange(len(TEXTS)) % 4
# The tests of the GPU path run on the GPU where there is one (benchmarks/device_check.sh runs them
# there), else on the CPU; on a GPU, "identical" is to numerical tolerance (atomic adds in backward).
DEVICE = torch.device("cuda" if torch.cuda.is_available() else "cpu")
SPEC = {"source": "config", "hidden_size": 32, "num_layers": 1, "num_heads": 2, "intermediate_size": 64, "max_length": 16}

REPO = Path(__file__).resolve().parents[1]


def training_config(**overrides) -> TrainConfig:
    """The schema's student.training defaults (their only home) with ``overrides``."""
    return TrainConfig(**{**schema_defaults("student.training", str(REPO / "workflow/schemas/config.schema.yaml")), **overrides})


@pytest.fixture(scope="module")
def tokenizer():
    return train_tokenizer(TEXTS, vocab_size=200)


def fresh(tokenizer, seed=3):
    return build_student(SPEC, 4, tokenizer, seed)


def ids(tokenizer):
    return tokenizer(TEXTS, truncation=True, max_length=16)["input_ids"]


def params(model):
    return torch.cat([p.detach().cpu().flatten() for p in model.parameters()])


def same(a, b) -> bool:
    """Bit for bit on the CPU; to 1e-4 on a GPU."""
    a, b = torch.as_tensor(a), torch.as_tensor(b)
    return torch.equal(a, b) if DEVICE.type == "cpu" else torch.allclose(a, b, atol=1e-4, rtol=0)


def test_same_seed_same_initialisation_for_every_arm(tokenizer):
    assert torch.equal(params(fresh(tokenizer)), params(fresh(tokenizer)))
    assert not torch.equal(params(fresh(tokenizer, 3)), params(fresh(tokenizer, 4)))


def test_batches_are_a_pure_function_of_seed_and_epoch():
    lengths = np.random.default_rng(0).integers(3, 40, size=1000)
    a = epoch_batches(lengths, 32, seed=1, epoch=2, group_by_length=True)
    b = epoch_batches(lengths, 32, seed=1, epoch=2, group_by_length=True)
    assert all(np.array_equal(x, y) for x, y in zip(a, b))
    assert np.array_equal(np.sort(np.concatenate(a)), np.arange(1000))
    spread_grouped = np.mean([np.ptp(lengths[x]) for x in a])
    spread_random = np.mean([np.ptp(lengths[x]) for x in epoch_batches(lengths, 32, 1, 2, False)])
    assert spread_grouped < spread_random / 2


def test_resumed_training_ends_identical_to_an_uninterrupted_run(tokenizer, tmp_path, monkeypatch):
    torch.set_num_threads(1)
    config = training_config(epochs=2, batch_size=16, learning_rate=1e-3, checkpoint_every=5, log_every=5)
    device = DEVICE
    straight = fresh(tokenizer)
    Trainer(straight, loss_spec={"loss": "ce"}, config=config, device=device, pad_id=tokenizer.pad_token_id).fit(
        ids(tokenizer), LABELS
    )

    checkpoint = tmp_path / "checkpoint.pt"
    interrupted = fresh(tokenizer)
    real_clip = torch.nn.utils.clip_grad_norm_
    calls = {"n": 0}

    def dying_clip(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 12:  # die in step 12, after the checkpoint of step 10
            raise KeyboardInterrupt
        return real_clip(*args, **kwargs)

    monkeypatch.setattr(trainer_module.torch.nn.utils, "clip_grad_norm_", dying_clip)
    with pytest.raises(KeyboardInterrupt):
        Trainer(
            interrupted,
            loss_spec={"loss": "ce"},
            config=config,
            device=device,
            pad_id=tokenizer.pad_token_id,
            checkpoint_path=checkpoint,
            run_id="r1",
        ).fit(ids(tokenizer), LABELS)
    monkeypatch.setattr(trainer_module.torch.nn.utils, "clip_grad_norm_", real_clip)
    assert checkpoint.exists()

    resumed = fresh(tokenizer)  # a new process would start from a fresh model
    summary = Trainer(
        resumed,
        loss_spec={"loss": "ce"},
        config=config,
        device=device,
        pad_id=tokenizer.pad_token_id,
        checkpoint_path=checkpoint,
        run_id="r1",
    ).fit(ids(tokenizer), LABELS)
    assert summary["resumed_from_step"] == 10
    assert same(params(resumed), params(straight))
    assert same(
        predict_logits(resumed, ids(tokenizer), tokenizer.pad_token_id, device),
        predict_logits(straight, ids(tokenizer), tokenizer.pad_token_id, device),
    )


def test_a_checkpoint_of_another_configuration_is_ignored(tokenizer, tmp_path):
    config = training_config(epochs=1, batch_size=16, checkpoint_every=2)
    checkpoint = tmp_path / "checkpoint.pt"
    torch.save({"run_id": "other", "step": 3}, checkpoint)
    summary = Trainer(
        fresh(tokenizer),
        loss_spec={"loss": "ce"},
        config=config,
        device=torch.device("cpu"),
        pad_id=tokenizer.pad_token_id,
        checkpoint_path=checkpoint,
        run_id="mine",
    ).fit(ids(tokenizer), LABELS)
    assert summary["resumed_from_step"] == 0


def test_a_nan_loss_stops_training_naming_arm_and_step(tokenizer):
    teacher = np.zeros((len(TEXTS), 4), dtype=np.float32)
    teacher[:, 0] = np.nan
    spec = {"loss": "kd", "distill_temperature": 4.0, "alpha": 0.7}
    with pytest.raises(TrainingError, match=r"arm kd: training loss became nan at step 1/8"):
        Trainer(
            fresh(tokenizer),
            loss_spec=spec,
            config=training_config(epochs=1, batch_size=16),
            device=DEVICE,
            pad_id=tokenizer.pad_token_id,
            arm="kd",
        ).fit(ids(tokenizer), LABELS, teacher)


def test_tokenizer_training_is_reproducible_across_processes(tmp_path):
    import subprocess
    import sys

    script = (
        "import sys; from kdcal.data.corpus import load_wordnet_supersenses; from kdcal.models.tokenizer import train_tokenizer; "
        "t = train_tokenizer(load_wordnet_supersenses().texts[:3000], 1000); t.save_pretrained(sys.argv[1])"
    )
    for name in ("a", "b"):
        subprocess.run([sys.executable, "-c", script, str(tmp_path / name)], check=True)
    assert (tmp_path / "a/tokenizer.json").read_bytes() == (tmp_path / "b/tokenizer.json").read_bytes()


def test_tokenizer_frames_texts_with_cls_and_sep(tokenizer):
    assert (tokenizer.pad_token_id, tokenizer.unk_token_id, tokenizer.cls_token_id, tokenizer.sep_token_id) == (0, 1, 2, 3)
    encoded = tokenizer("alpha x gloss number 7")["input_ids"]
    assert encoded[0] == 2 and encoded[-1] == 3 and 1 not in encoded


def test_a_local_checkpoint_serves_as_pretrained_student_and_as_teacher(tokenizer, tmp_path):
    from kdcal.teachers.checkpoint import checkpoint_logits

    folder = tmp_path / "checkpoint"
    model = fresh(tokenizer)
    model.save_pretrained(folder)
    model.to(DEVICE)
    tokenizer.save_pretrained(folder)
    again = build_student({"source": "pretrained", "name_or_path": str(folder)}, 4, tokenizer, seed=3)
    body = [k for k in model.state_dict() if not k.startswith(("classifier", "head"))]
    assert all(torch.equal(model.state_dict()[k], again.state_dict()[k]) for k in body)
    logits = checkpoint_logits(str(folder), TEXTS[:10], 4, DEVICE, batch_size=4, max_length=16)
    expected = predict_logits(model, ids(tokenizer)[:10], tokenizer.pad_token_id, DEVICE)
    assert logits.shape == (10, 4) and np.allclose(logits, expected, atol=1e-5 if DEVICE.type == "cpu" else 1e-3)
    with pytest.raises(ValueError, match="predicts 4 classes, the study has 5"):
        checkpoint_logits(str(folder), TEXTS[:2], 5, DEVICE, batch_size=3, max_length=32)


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (training_config(epochs=4, batch_size=1000), r"arm kd: 32 training rows .*batch_size = 1000 .* give 4 optimizer steps"),
        (training_config(epochs=1, batch_size=4, learning_rate=0.0), r"learning rate is 0 at every one of the 8 steps"),
    ],
)
def test_a_run_that_cannot_train_is_refused_before_the_first_step(config, message):
    from kdcal.training.trainer import check_schedule

    with pytest.raises(TrainingError, match=message):
        check_schedule(config, 32, "kd")
    assert check_schedule(training_config(epochs=2, batch_size=8), 32, "kd") == 8


@pytest.mark.parametrize(("capability", "expected"), [((7, 5), "fp16"), ((8, 0), "bf16"), ((9, 0), "bf16")])
def test_precision_follows_compute_capability_not_emulated_bf16(monkeypatch, capability, expected):
    """A T4 (7.5) reports is_bf16_supported() True through emulation; it must train in fp16."""
    from kdcal.models.model import choose_precision

    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: True)
    monkeypatch.setattr(torch.cuda, "get_device_capability", lambda *a, **k: capability)
    assert choose_precision(torch.device("cuda")) == expected
    assert choose_precision(torch.device("cpu")) == "fp32"


def test_a_checkpoint_resumes_whatever_device_training_runs_on(tokenizer, tmp_path):
    """The checkpoint is read to the CPU: loading it 'to the training device' (here: meta, standing
    in for a GPU) would move the CPU RNG state off the CPU, and set_rng_state would fail."""
    config = training_config(epochs=1, batch_size=8)
    path = tmp_path / "checkpoint.pt"
    common = {"loss_spec": {"loss": "ce"}, "config": config, "pad_id": 0, "checkpoint_path": path, "run_id": "run", "arm": "kd"}
    writer = Trainer(fresh(tokenizer), device=torch.device("cpu"), precision="fp32", **common)
    writer.start(8)
    torch.manual_seed(11)
    writer.save_checkpoint(5)
    expected = torch.rand(3)
    torch.manual_seed(0)
    reader = Trainer(fresh(tokenizer), device=torch.device("cpu"), precision="fp32", **common)
    reader.start(8)
    reader.device = torch.device("meta")  # training would run there; the checkpoint is still read to the CPU
    assert reader.resume() == 5
    assert torch.equal(torch.rand(3), expected)  # the RNG continues where the checkpoint left it


def test_a_checkpoint_from_another_precision_or_library_version_starts_over_saying_why(tokenizer, tmp_path, caplog):
    import logging

    path = tmp_path / "checkpoint.pt"
    config = training_config(epochs=1, batch_size=8)
    common = {"loss_spec": {"loss": "ce"}, "config": config, "pad_id": 0, "checkpoint_path": path, "run_id": "cfg", "arm": "kd"}
    # bf16 and fp32 build the same state on the CPU (no loss scaler); only the run's recorded precision differs.
    writer, reader = (Trainer(fresh(tokenizer), device=torch.device("cpu"), precision=p, **common) for p in ("bf16", "fp32"))
    assert writer.run_id != reader.run_id
    writer.start(8)
    writer.save_checkpoint(5)
    reader.start(8)
    with caplog.at_level(logging.INFO, logger="kdcal.training"):
        step = reader.resume()
    assert step == 0
    assert "starting over" in caplog.text and "precision bf16 -> fp32" in caplog.text


def test_saved_logits_keep_float32_resolution_under_16_bit_autocast(tokenizer, monkeypatch):
    """Under bf16 autocast (the GPU path; on the CPU where there is no GPU) the encoder runs in bf16 but the
    final layer in fp32: the logits are not rounded to bf16's 8-bit mantissa."""
    from kdcal.models import model as model_module

    model = fresh(tokenizer).to(DEVICE)
    monkeypatch.setattr(model_module, "choose_precision", lambda device: "bf16")
    logits = predict_logits(model, ids(tokenizer), tokenizer.pad_token_id, DEVICE)
    as_bf16 = torch.from_numpy(logits).to(torch.bfloat16).float().numpy()
    assert (as_bf16 != logits).mean() > 0.9  # fp32 values, not bf16 ones
    assert model.classifier.forward.__func__ is type(model.classifier).forward  # the layer is restored


def test_a_pretrained_model_with_the_compile_switch_loads_with_it_off(tokenizer, tmp_path):
    """transformers 4.x ModernBERT configs carry reference_compile (None = compile itself); kdcal
    turns it off for pretrained weights as for models built from the config."""
    import json

    folder = tmp_path / "pretrained"
    fresh(tokenizer).save_pretrained(folder)
    config = json.loads((folder / "config.json").read_text())
    config["reference_compile"] = None
    (folder / "config.json").write_text(json.dumps(config))
    model = build_student({"source": "pretrained", "name_or_path": str(folder)}, 4, tokenizer, seed=3)
    assert model.config.reference_compile is False


def test_a_huge_text_is_cut_before_tokenizing_with_the_same_tokens(tokenizer, monkeypatch):
    """One text of ~2 MB: tokenized as if whole (compared with the tokenizer on the whole text),
    but the tokenizer never sees more than max_length * 32 characters of it; a long text whose cut
    does not fill max_length falls back to the whole text."""
    from kdcal.models.tokenizer import tokenize

    huge = " ".join(["alpha x gloss number 7"] * 90_000)
    long_words = "y" * 700 + " " + "z" * 700  # 1,401 characters, tokens far longer than 32 characters
    texts = ["beta y", huge, long_words]
    expected = tokenizer(texts, truncation=True, max_length=16)["input_ids"]
    seen = []
    real_call = type(tokenizer).__call__

    def spying_call(self, batch, *args, **kwargs):
        seen.extend(len(t) for t in batch)
        return real_call(self, batch, *args, **kwargs)

    monkeypatch.setattr(type(tokenizer), "__call__", spying_call)
    assert tokenize(tokenizer, texts, 16) == expected
    assert len(huge) > 2_000_000 and max(seen) <= max(16 * 32, len(long_words))
