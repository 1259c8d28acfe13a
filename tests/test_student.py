"""Student training: identical arms but the loss, exact resume on CPU, NaN loss refused."""

import numpy as np
import pytest
import torch

from kdcal import student as student_module
from kdcal.student import TrainConfig, TrainingError, build_student, epoch_batches, predict_logits, train_student, train_tokenizer

TEXTS = [
    f"{w} {v} gloss number {i}" for i, (w, v) in enumerate(zip(["alpha", "beta", "gamma", "delta"] * 30, ["x", "y", "z"] * 40))
]
LABELS = np.arange(len(TEXTS)) % 4
SPEC = {"source": "config", "hidden_size": 32, "num_layers": 1, "num_heads": 2, "intermediate_size": 64, "max_length": 16}


@pytest.fixture(scope="module")
def tokenizer():
    return train_tokenizer(TEXTS, vocab_size=200)


def fresh(tokenizer, seed=3):
    return build_student(SPEC, 4, tokenizer, seed)


def ids(tokenizer):
    return tokenizer(TEXTS, truncation=True, max_length=16)["input_ids"]


def params(model):
    return torch.cat([p.detach().flatten() for p in model.parameters()])


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


def test_resumed_training_ends_bit_identical_to_an_uninterrupted_run(tokenizer, tmp_path, monkeypatch):
    torch.set_num_threads(1)
    config = TrainConfig(epochs=2, batch_size=16, learning_rate=1e-3, checkpoint_every=5, log_every=5)
    cpu = torch.device("cpu")
    straight = fresh(tokenizer)
    train_student(straight, ids(tokenizer), LABELS, {"loss": "ce"}, config, cpu, tokenizer.pad_token_id)

    checkpoint = tmp_path / "checkpoint.pt"
    interrupted = fresh(tokenizer)
    real_clip = torch.nn.utils.clip_grad_norm_
    calls = {"n": 0}

    def dying_clip(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 12:  # die in step 12, after the checkpoint of step 10
            raise KeyboardInterrupt
        return real_clip(*args, **kwargs)

    monkeypatch.setattr(student_module.torch.nn.utils, "clip_grad_norm_", dying_clip)
    with pytest.raises(KeyboardInterrupt):
        train_student(
            interrupted,
            ids(tokenizer),
            LABELS,
            {"loss": "ce"},
            config,
            cpu,
            tokenizer.pad_token_id,
            checkpoint_path=checkpoint,
            run_id="r1",
        )
    monkeypatch.setattr(student_module.torch.nn.utils, "clip_grad_norm_", real_clip)
    assert checkpoint.exists()

    resumed = fresh(tokenizer)  # a new process would start from a fresh model
    summary = train_student(
        resumed,
        ids(tokenizer),
        LABELS,
        {"loss": "ce"},
        config,
        cpu,
        tokenizer.pad_token_id,
        checkpoint_path=checkpoint,
        run_id="r1",
    )
    assert summary["resumed_from_step"] == 10
    assert torch.equal(params(resumed), params(straight))
    assert np.array_equal(
        predict_logits(resumed, ids(tokenizer), tokenizer.pad_token_id, cpu),
        predict_logits(straight, ids(tokenizer), tokenizer.pad_token_id, cpu),
    )


def test_a_checkpoint_of_another_configuration_is_ignored(tokenizer, tmp_path):
    config = TrainConfig(epochs=1, batch_size=16, checkpoint_every=2)
    checkpoint = tmp_path / "checkpoint.pt"
    torch.save({"run_id": "other", "step": 3}, checkpoint)
    summary = train_student(
        fresh(tokenizer),
        ids(tokenizer),
        LABELS,
        {"loss": "ce"},
        config,
        torch.device("cpu"),
        tokenizer.pad_token_id,
        checkpoint_path=checkpoint,
        run_id="mine",
    )
    assert summary["resumed_from_step"] == 0


def test_a_nan_loss_stops_training_naming_arm_and_step(tokenizer):
    teacher = np.zeros((len(TEXTS), 4), dtype=np.float32)
    teacher[:, 0] = np.nan
    spec = {"loss": "kd", "temperature": 4.0, "alpha": 0.7}
    with pytest.raises(TrainingError, match=r"arm kd: training loss became nan at step 1/8"):
        train_student(
            fresh(tokenizer),
            ids(tokenizer),
            LABELS,
            spec,
            TrainConfig(epochs=1, batch_size=16),
            torch.device("cpu"),
            tokenizer.pad_token_id,
            teacher,
            arm="kd",
        )


def test_tokenizer_training_is_reproducible_across_processes(tmp_path):
    import subprocess
    import sys

    script = (
        "import sys; from kdcal.data import load_wordnet_supersenses; from kdcal.student import train_tokenizer; "
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
    from kdcal.teacher import checkpoint_logits

    folder = tmp_path / "checkpoint"
    model = fresh(tokenizer)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    again = build_student({"source": "pretrained", "name_or_path": str(folder)}, 4, tokenizer, seed=3)
    body = [k for k in model.state_dict() if not k.startswith(("classifier", "head"))]
    assert all(torch.equal(model.state_dict()[k], again.state_dict()[k]) for k in body)
    logits = checkpoint_logits(str(folder), TEXTS[:10], 4, torch.device("cpu"), batch_size=4, max_length=16)
    expected = predict_logits(model, ids(tokenizer)[:10], tokenizer.pad_token_id, torch.device("cpu"))
    assert logits.shape == (10, 4) and np.allclose(logits, expected, atol=1e-5)
    with pytest.raises(ValueError, match="predicts 4 classes, the study has 5"):
        checkpoint_logits(str(folder), TEXTS[:2], 5, torch.device("cpu"))


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (TrainConfig(epochs=4, batch_size=1000), r"arm kd: 32 training rows .*batch_size = 1000 .* give 4 optimizer steps"),
        (TrainConfig(epochs=1, batch_size=4, learning_rate=0.0), r"learning rate is 0 at every one of the 8 steps"),
    ],
)
def test_a_run_that_cannot_train_is_refused_before_the_first_step(config, message):
    from kdcal.student import check_schedule

    with pytest.raises(TrainingError, match=message):
        check_schedule(config, 32, "kd")
    assert check_schedule(TrainConfig(epochs=2, batch_size=8), 32, "kd") == 8
