"""A decoder LLM with a sequence-classification head and a LoRA adapter as the teacher, built here
without the hub: a tiny randomly initialised Qwen3 (transformers' Qwen3Config), a word-level
tokenizer, and a PEFT LoRA adapter with non-zero weights, saved to folders. kdcal's checkpoint
inference (batched, sorted by length, padded) against the test's own forward pass of the same
model loaded independently, one text at a time without padding."""

from __future__ import annotations

import numpy as np
import pytest
import torch

# A test dependency (pyproject [test], which CI installs); .ci/lowest installs the runtime
# dependencies alone and skips this file there.
peft = pytest.importorskip("peft", reason="peft is a test dependency (pip install -e .[test])")

from kdcal.teachers.checkpoint import checkpoint_logits
from workflow_helpers import copy_workflow, snakemake, write_config

K = 5
WORDS = [f"w{i}" for i in range(40)]
TEXTS = [
    "w1 w2 w3",
    "w4",
    "w5 w6 w7 w8 w9 w10 w11",
    "w12 w13",
    "w14 w15 w16 w17",
    "w3 w3 w3 w3 w3 w3 w3 w3 w3",
    "w20 w21 w22",
]


# The tiny decoder's sizes: 2 layers, hidden 32, grouped-query attention (4 heads, 2 key-value heads).
TINY = {
    "hidden_size": 32,
    "intermediate_size": 64,
    "num_hidden_layers": 2,
    "num_attention_heads": 4,
    "num_key_value_heads": 2,
    "head_dim": 8,
    "max_position_embeddings": 64,
}


VOCAB_SIZE = len(WORDS) + 2  # the words, <unk> and <eos>


def tiny_qwen(n_labels, vocab_size=VOCAB_SIZE, **sizes):
    """A randomly initialised Qwen3 sequence classifier of TINY's sizes (overridden by ``sizes``)."""
    from transformers import Qwen3Config, Qwen3ForSequenceClassification

    return Qwen3ForSequenceClassification(
        Qwen3Config(vocab_size=vocab_size, num_labels=n_labels, eos_token_id=1, **{**TINY, **sizes})
    )


def save_tiny_teacher(folder, n_labels=K):
    """(base folder, adapter folder): a 2-layer Qwen3 classifier over ``n_labels`` classes and its LoRA adapter."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocab = {"<unk>": 0, "<eos>": 1, **{w: i + 2 for i, w in enumerate(WORDS)}}
    core = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=core, unk_token="<unk>", eos_token="<eos>")
    torch.manual_seed(0)
    model = tiny_qwen(n_labels, vocab_size=len(vocab))
    base, adapter = folder / "base", folder / "adapter"
    model.save_pretrained(base)
    tokenizer.save_pretrained(base)
    lora = peft.get_peft_model(
        model, peft.LoraConfig(task_type="SEQ_CLS", r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"])
    )
    with torch.no_grad():  # LoRA's B starts at 0 (a no-op adapter): give it weights that change the logits
        for name, parameter in lora.named_parameters():
            if "lora_B" in name:
                parameter.normal_(0, 0.5)
    lora.save_pretrained(adapter)
    tokenizer.save_pretrained(adapter)
    return base, adapter


def own_logits(base, adapter, texts, max_length=None):
    """Each text alone (no padding, every token attended; cut at ``max_length`` tokens), through
    the base model and the adapter loaded here: the classification head reads the last token."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(base)
    model = peft.PeftModel.from_pretrained(AutoModelForSequenceClassification.from_pretrained(base), adapter).eval()
    out = []
    with torch.no_grad():
        for text in texts:
            cut = {"truncation": True, "max_length": max_length} if max_length else {}
            ids = torch.tensor([tokenizer(text, **cut)["input_ids"]])
            out.append(model(input_ids=ids).logits[0].float().numpy())
    return np.array(out)


@pytest.fixture(scope="module")
def tiny_teacher(tmp_path_factory):
    return save_tiny_teacher(tmp_path_factory.mktemp("llm_teacher"))


def test_the_teachers_batched_padded_logits_are_its_own_forward_pass(tiny_teacher):
    base, adapter = tiny_teacher
    expected = own_logits(base, adapter, TEXTS)
    got = checkpoint_logits(str(base), TEXTS, K, torch.device("cpu"), adapter=str(adapter), batch_size=3, max_length=32)
    assert got.shape == (len(TEXTS), K)
    np.testing.assert_allclose(got, expected, atol=1e-4, rtol=0)


def test_token_budget_batches_hold_every_row_once_within_both_limits_and_as_full_as_they_can():
    """kdcal.models.model.inference_batches: the rows sorted by length, cut so that no batch passes
    batch_size rows or the token budget (rows x longest; a longer row alone), and no batch could
    have taken the next row."""
    from kdcal.models.model import inference_batches

    lengths = [int(v) for v in np.random.default_rng(4).integers(1, 300, 400)] + [900, 5]
    for batch_size, budget in ((64, 2048), (8, 4096), (64, None), (3, 10)):
        batches = inference_batches(lengths, batch_size, budget)
        flat = [int(r) for batch in batches for r in batch]
        assert flat == sorted(range(len(lengths)), key=lambda r: (lengths[r], r))  # each row once, shortest first
        for i, batch in enumerate(batches):
            width = max(lengths[r] for r in batch)
            assert len(batch) <= batch_size and (budget is None or len(batch) * width <= budget or len(batch) == 1)
            if i + 1 < len(batches):
                grown = [*batch, batches[i + 1][0]]
                taller = max(lengths[r] for r in grown)
                assert len(grown) > batch_size or (budget is not None and len(grown) * taller > budget)


def test_a_token_budget_and_a_progress_bar_leave_the_logits_as_they_are(tiny_teacher, tmp_path):
    """Batches cut by a token budget give the unbatched logits; the progress bar counts every row
    on a terminal (a resumed run starts at the shards it finds) and writes nothing elsewhere."""
    import io

    from kdcal.teachers.checkpoint import InterruptedScoring, load_checkpoint_teacher

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    base, adapter = tiny_teacher
    teacher = load_checkpoint_teacher(str(base), K, torch.device("cpu"), adapter=str(adapter))
    terminal, pipe = Terminal(), io.StringIO()
    got = teacher.logits(TEXTS, 64, 32, batch_tokens=12, stream=terminal)
    np.testing.assert_allclose(got, own_logits(base, adapter, TEXTS), atol=1e-4, rtol=0)
    assert f"{len(TEXTS)}/{len(TEXTS)}" in terminal.getvalue() and "rows" in terminal.getvalue()
    teacher.logits(TEXTS, 2, 32, stream=pipe)
    assert pipe.getvalue() == ""
    with pytest.raises(InterruptedScoring):
        teacher.logits(TEXTS, 2, shards=tmp_path / "shards", shard_rows=2, stop_after=1, stream=pipe)
    resumed = Terminal()
    teacher.logits(TEXTS, 2, shards=tmp_path / "shards", shard_rows=2, stream=resumed)
    assert f" 2/{len(TEXTS)}" in resumed.getvalue() and f"{len(TEXTS)}/{len(TEXTS)}" in resumed.getvalue()


def test_a_language_model_base_takes_its_head_from_the_adapter_and_is_refused_without_one(tiny_teacher, tmp_path):
    """A hub base is often a plain language model (Qwen3ForCausalLM) and the classification head
    lives in the adapter (PEFT saves it with modules_to_save): the teacher is then the adapter's
    head on the base's layers, the logits of the classifier the adapter was trained on. Without an
    adapter that saves a head, one line refuses it (the head would be untrained)."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, Qwen3Config, Qwen3ForCausalLM

    from kdcal.teachers.files import TeacherError

    base, adapter = tiny_teacher
    classifier = AutoModelForSequenceClassification.from_pretrained(base)
    # A language model's config, as on the hub: no class count of the study's (num_labels is 2).
    language_model = Qwen3ForCausalLM(Qwen3Config(vocab_size=VOCAB_SIZE, eos_token_id=1, **TINY))
    language_model.model.load_state_dict(classifier.model.state_dict())
    assert language_model.config.num_labels != K
    language_model.save_pretrained(tmp_path / "lm")
    AutoTokenizer.from_pretrained(base).save_pretrained(tmp_path / "lm")
    got = checkpoint_logits(
        str(tmp_path / "lm"), TEXTS, K, torch.device("cpu"), max_length=32, adapter=str(adapter), batch_size=3
    )
    np.testing.assert_allclose(got, own_logits(base, adapter, TEXTS), atol=1e-4, rtol=0)
    with pytest.raises(TeacherError, match=r"lm: a Qwen3ForCausalLM has no classification head, and no adapter gives one"):
        checkpoint_logits(str(tmp_path / "lm"), TEXTS, K, torch.device("cpu"), batch_size=3, max_length=32)


def test_a_hub_model_neither_cached_nor_reachable_is_named_in_one_line(monkeypatch, tmp_path):
    from huggingface_hub import constants

    from kdcal.teachers.checkpoint import load_checkpoint_teacher
    from kdcal.teachers.files import TeacherError

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "empty-cache"))
    with pytest.raises(TeacherError, match=r"teacher.name_or_path kdcal-test/no-such-teacher: cannot be loaded") as err:
        load_checkpoint_teacher("kdcal-test/no-such-teacher", K, torch.device("cpu"))
    assert "HF_HUB_OFFLINE" in str(err.value) and "\n" not in str(err.value)


def test_the_adapter_changes_the_teacher(tiny_teacher):
    """Without its adapter the same model gives other logits: the adapter is applied, not ignored."""
    base, adapter = tiny_teacher
    without = checkpoint_logits(str(base), TEXTS, K, torch.device("cpu"), batch_size=3, max_length=32)
    assert np.abs(without - own_logits(base, adapter, TEXTS)).max() > 1e-2


def test_a_teacher_loaded_in_bfloat16_runs_and_stays_close_to_float32(tiny_teacher):
    """A 16-bit teacher (as a 32B model is loaded) goes through the same inference; its head is
    run in fp32 on the 16-bit weights, and its logits differ from fp32's by bf16's rounding only."""
    base, adapter = tiny_teacher
    full = checkpoint_logits(
        str(base), TEXTS, K, torch.device("cpu"), max_length=32, adapter=str(adapter), batch_size=3, dtype="float32"
    )
    half = checkpoint_logits(
        str(base), TEXTS, K, torch.device("cpu"), max_length=32, adapter=str(adapter), batch_size=3, dtype="bfloat16"
    )
    assert half.dtype == np.float32 and 0 < np.abs(half - full).max() < 0.1


def test_a_merged_adapter_and_a_model_spread_by_accelerate_give_the_same_logits(tiny_teacher):
    base, adapter = tiny_teacher
    expected = own_logits(base, adapter, TEXTS)
    cpu = torch.device("cpu")
    merged = checkpoint_logits(str(base), TEXTS, K, cpu, max_length=32, adapter=str(adapter), batch_size=3, merge_adapter=True)
    spread = checkpoint_logits(str(base), TEXTS, K, cpu, max_length=32, adapter=str(adapter), batch_size=3, device_map="auto")
    np.testing.assert_allclose(merged, expected, atol=1e-4, rtol=0)
    np.testing.assert_allclose(spread, expected, atol=1e-4, rtol=0)


def test_quantisation_without_a_gpu_or_bitsandbytes_and_a_foreign_adapter_are_refused(tiny_teacher, tmp_path):
    from kdcal.teachers.checkpoint import check_quantization
    from kdcal.teachers.files import TeacherError

    base, adapter = tiny_teacher
    if not torch.cuda.is_available():
        with pytest.raises(TeacherError, match=r"teacher.quantization: 4bit needs a CUDA GPU \(bitsandbytes\)"):
            checkpoint_logits(str(base), TEXTS, K, torch.device("cpu"), batch_size=3, max_length=32, quantization="4bit")
    with pytest.raises(TeacherError, match=r"teacher.quantization: 8bit needs bitsandbytes: pip install bitsandbytes"):
        check_quantization("8bit", cuda_available=True, bitsandbytes_installed=False)
    check_quantization("none", cuda_available=False, bitsandbytes_installed=False)  # nothing to refuse
    # An adapter trained on another base (other hidden size): one line naming both, not a traceback.
    from transformers import AutoTokenizer

    other = tmp_path / "other"
    tiny_qwen(
        K, hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1
    ).save_pretrained(other)
    AutoTokenizer.from_pretrained(base).save_pretrained(other)
    with pytest.raises(TeacherError, match=r"teacher.adapter .*: cannot be applied to .*other"):
        checkpoint_logits(str(other), TEXTS, K, torch.device("cpu"), batch_size=3, max_length=32, adapter=str(adapter))


def copy_without_tokenizer(folder, dest):
    """A copy of a saved checkpoint or adapter folder with its tokenizer files left out (the usual
    layout of a PEFT adapter, and of a checkpoint saved by a bare ``model.save_pretrained``)."""
    import shutil

    from kdcal.teachers.checkpoint import TOKENIZER_FILES

    shutil.copytree(folder, dest, ignore=shutil.ignore_patterns(*TOKENIZER_FILES, "special_tokens_map.json"))
    return dest


def test_an_adapter_without_tokenizer_files_takes_the_base_models_tokenizer(tiny_teacher, tmp_path):
    base, adapter = tiny_teacher
    bare = copy_without_tokenizer(adapter, tmp_path / "bare_adapter")
    got = checkpoint_logits(str(base), TEXTS, K, torch.device("cpu"), adapter=str(bare), batch_size=3, max_length=32)
    np.testing.assert_allclose(got, own_logits(base, adapter, TEXTS), atol=1e-4, rtol=0)


def test_a_checkpoint_without_tokenizer_files_is_refused_naming_the_folders_or_takes_teacher_tokenizer(tiny_teacher, tmp_path):
    """Once a RuntimeError deep in Qwen3's code; now one line before any weights are loaded, and
    ``teacher.tokenizer`` names where the tokenizer is."""
    from kdcal.teachers.checkpoint import load_checkpoint_teacher
    from kdcal.teachers.files import TeacherError

    base, adapter = tiny_teacher
    bare_base, bare_adapter = copy_without_tokenizer(base, tmp_path / "bare"), copy_without_tokenizer(adapter, tmp_path / "ad")
    with pytest.raises(
        TeacherError, match=rf"^no tokenizer for the teacher: {bare_base} \(teacher.name_or_path\) hold no tokenizer files"
    ):
        load_checkpoint_teacher(str(bare_base), K, torch.device("cpu"))
    with pytest.raises(
        TeacherError, match=rf"{bare_adapter} and {bare_base} \(teacher.adapter and teacher.name_or_path\).*set teacher.tokenizer"
    ):
        load_checkpoint_teacher(str(bare_base), K, torch.device("cpu"), adapter=str(bare_adapter))
    cpu = torch.device("cpu")
    got = checkpoint_logits(str(bare_base), TEXTS, K, cpu, batch_size=3, max_length=32, tokenizer=str(base))
    np.testing.assert_array_equal(got, checkpoint_logits(str(base), TEXTS, K, cpu, batch_size=3, max_length=32))


def test_a_foreign_adapter_without_tokenizer_files_is_refused_as_foreign(tiny_teacher, tmp_path):
    """The adapter/base check comes before the tokenizer: a bare adapter on another base is named
    as such, not as a tokenizer problem."""
    from kdcal.teachers.files import TeacherError

    _, adapter = tiny_teacher
    other = tmp_path / "other"
    tiny_qwen(
        K, hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1
    ).save_pretrained(other)
    from transformers import AutoTokenizer

    AutoTokenizer.from_pretrained(tiny_teacher[0]).save_pretrained(other)
    bare = copy_without_tokenizer(adapter, tmp_path / "bare_adapter")
    with pytest.raises(TeacherError, match=r"teacher.adapter .*bare_adapter: cannot be applied to .*other"):
        checkpoint_logits(str(other), TEXTS, K, torch.device("cpu"), batch_size=3, max_length=32, adapter=str(bare))


def test_a_killed_sharded_scoring_resumes_at_the_first_missing_shard_bit_for_bit(tiny_teacher, tmp_path, caplog):
    from kdcal.teachers.checkpoint import InterruptedScoring, load_checkpoint_teacher

    base, adapter = tiny_teacher
    teacher = load_checkpoint_teacher(str(base), K, torch.device("cpu"), adapter=str(adapter))
    print_ = {"name_or_path": str(base), "adapter": str(adapter)}
    whole = teacher.logits(TEXTS, 2, shards=tmp_path / "whole", shard_rows=2, fingerprint=print_)
    with pytest.raises(InterruptedScoring, match=r"stopped after 1 new shards"):
        teacher.logits(TEXTS, 2, shards=tmp_path / "killed", shard_rows=2, fingerprint=print_, stop_after=1)
    assert sorted(p.name for p in (tmp_path / "killed").glob("shard_*.npz")) == ["shard_00000.npz"]
    with caplog.at_level("INFO", logger="kdcal.teachers"):
        resumed = teacher.logits(TEXTS, 2, shards=tmp_path / "killed", shard_rows=2, fingerprint=print_)
    assert "resuming, 1 of 4 shards already scored" in caplog.text
    assert "rows/s" in caplog.text and "tokens/s" in caplog.text and "s left" in caplog.text
    assert np.array_equal(resumed, whole)  # bit for bit
    np.testing.assert_allclose(whole, own_logits(base, adapter, TEXTS), atol=1e-4, rtol=0)
    # Another adapter setting, or other texts: the old shards are not reused.
    caplog.clear()
    with caplog.at_level("INFO", logger="kdcal.teachers"):
        teacher.logits(TEXTS[::-1], 2, shards=tmp_path / "killed", shard_rows=2, fingerprint={**print_, "merge_adapter": True})
    assert "starting over, merge_adapter, texts changed since its shards were written" in caplog.text


@pytest.mark.workflow
@pytest.mark.skipif(torch.cuda.is_available(), reason="the refusal is for a machine without a CUDA GPU")
def test_a_quantised_teacher_without_a_gpu_is_refused_before_any_job(tmp_path):
    """Once the vanilla student trained first and the teacher's job failed after it; now the run
    stops before its first job, in one line."""
    workdir = copy_workflow(tmp_path / "study")
    base, _ = save_tiny_teacher(tmp_path / "llm")
    write_config(workdir, "q.yaml", {"teacher": {"source": "checkpoint", "name_or_path": str(base), "quantization": "4bit"}})
    run = snakemake(workdir, "results/table.md", configfile="q.yaml")
    message = run.stdout + run.stderr
    assert run.returncode != 0
    assert "teacher.quantization: 4bit needs a CUDA GPU (bitsandbytes), and this machine has none" in message
    assert "nothing was started" in message and "Traceback" not in message
    assert not (workdir / "results/students").exists() and not (workdir / "results/data").exists()


@pytest.mark.workflow
def test_the_tiny_study_distils_from_the_llm_and_its_adapter(tmp_path):
    """teacher.source: checkpoint with the tiny Qwen3 and its LoRA adapter: the teacher's files,
    scored in shards, hold its own forward pass (to float16 storage), and a KD student trains on them."""
    import json

    import pandas as pd

    workdir = copy_workflow(tmp_path / "study")
    data = snakemake(workdir, "results/data/labels.json", "results/data/splits/val.json")
    assert data.returncode == 0, data.stderr[-3000:]
    k = len(json.loads((workdir / "results/data/labels.json").read_text()))
    base, adapter = save_tiny_teacher(tmp_path / "llm", n_labels=k)
    teacher = {"source": "checkpoint", "name_or_path": str(base), "adapter": str(adapter), "batch_size": 16, "max_length": 16}
    write_config(workdir, "llm.yaml", {"teacher": {**teacher, "shard_rows": 256, "batch_tokens": 96}})
    run = snakemake(workdir, "results/evaluation/teacher.npz", "results/predictions/kd.npz", configfile="llm.yaml")
    assert run.returncode == 0, run.stderr[-4000:]
    assert (workdir / "results/teacher/shards/train/manifest.json").is_file()
    corpus = pd.read_parquet(workdir / "results/data/corpus.parquet").set_index("row_id")
    with np.load(workdir / "results/predictions/teacher.npz") as saved:
        logits, row_ids = saved["logits"].astype(np.float64), saved["row_ids"].astype(str)
    texts = corpus.loc[row_ids[:6], "text"].tolist()
    np.testing.assert_allclose(logits[:6], own_logits(base, adapter, texts, max_length=16), atol=5e-3, rtol=0)


def test_left_and_right_padded_batches_give_the_same_logits(tiny_teacher):
    """The padding side the tokenizer asks for is used; the classification head reads the last
    real token either way, so both sides give the unbatched logits."""
    from kdcal.teachers.checkpoint import load_checkpoint_teacher

    base, adapter = tiny_teacher
    teacher = load_checkpoint_teacher(str(base), K, torch.device("cpu"), adapter=str(adapter))
    sides = {}
    for side in ("right", "left"):
        teacher.tokenizer.padding_side = side
        sides[side] = teacher.logits(TEXTS, 3)
    np.testing.assert_allclose(sides["left"], sides["right"], atol=1e-5, rtol=0)
    # and the left really is the left: padding before the tokens, masked out
    from kdcal.models.model import collate

    ids, mask = collate([[5, 6, 7], [8]], np.array([0, 1]), 0, "left")
    assert ids.tolist() == [[5, 6, 7], [0, 0, 8]] and mask.tolist() == [[1, 1, 1], [0, 0, 1]]
    np.testing.assert_allclose(sides["left"], own_logits(base, adapter, TEXTS), atol=1e-4, rtol=0)
