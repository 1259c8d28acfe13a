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

from kdcal.teacher import checkpoint_logits

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


def save_tiny_teacher(folder):
    """(base folder, adapter folder): a 2-layer Qwen3 classifier over K classes and its LoRA adapter."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast, Qwen3Config, Qwen3ForSequenceClassification

    vocab = {"<unk>": 0, "<eos>": 1, **{w: i + 2 for i, w in enumerate(WORDS)}}
    core = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=core, unk_token="<unk>", eos_token="<eos>")
    torch.manual_seed(0)
    config = Qwen3Config(
        vocab_size=len(vocab),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        head_dim=8,
        max_position_embeddings=64,
        num_labels=K,
        eos_token_id=1,
    )
    model = Qwen3ForSequenceClassification(config)
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


def own_logits(base, adapter, texts):
    """Each text alone (no padding, every token attended), through the base model and the adapter
    loaded here: the classification head reads the last token."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(base)
    model = peft.PeftModel.from_pretrained(AutoModelForSequenceClassification.from_pretrained(base), adapter).eval()
    out = []
    with torch.no_grad():
        for text in texts:
            ids = torch.tensor([tokenizer(text)["input_ids"]])
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


def test_the_adapter_changes_the_teacher(tiny_teacher):
    """Without its adapter the same model gives other logits: the adapter is applied, not ignored."""
    base, adapter = tiny_teacher
    without = checkpoint_logits(str(base), TEXTS, K, torch.device("cpu"), batch_size=3, max_length=32)
    assert np.abs(without - own_logits(base, adapter, TEXTS)).max() > 1e-2


def test_a_teacher_loaded_in_bfloat16_runs_and_stays_close_to_float32(tiny_teacher):
    """A 16-bit teacher (as a 32B model is loaded) goes through the same inference; its head is
    run in fp32 on the 16-bit weights, and its logits differ from fp32's by bf16's rounding only."""
    base, adapter = tiny_teacher
    full = checkpoint_logits(str(base), TEXTS, K, torch.device("cpu"), adapter=str(adapter), batch_size=3, dtype="float32")
    half = checkpoint_logits(str(base), TEXTS, K, torch.device("cpu"), adapter=str(adapter), batch_size=3, dtype="bfloat16")
    assert half.dtype == np.float32 and 0 < np.abs(half - full).max() < 0.1


def test_a_merged_adapter_and_a_model_spread_by_accelerate_give_the_same_logits(tiny_teacher):
    base, adapter = tiny_teacher
    expected = own_logits(base, adapter, TEXTS)
    cpu = torch.device("cpu")
    merged = checkpoint_logits(str(base), TEXTS, K, cpu, adapter=str(adapter), batch_size=3, merge_adapter=True)
    spread = checkpoint_logits(str(base), TEXTS, K, cpu, adapter=str(adapter), batch_size=3, device_map="auto")
    np.testing.assert_allclose(merged, expected, atol=1e-4, rtol=0)
    np.testing.assert_allclose(spread, expected, atol=1e-4, rtol=0)


def test_quantisation_without_a_gpu_or_bitsandbytes_and_a_foreign_adapter_are_refused(tiny_teacher, tmp_path):
    from kdcal.teacher import TeacherError, check_quantization

    base, adapter = tiny_teacher
    if not torch.cuda.is_available():
        with pytest.raises(TeacherError, match=r"teacher.quantization: 4bit needs a CUDA GPU \(bitsandbytes\)"):
            checkpoint_logits(str(base), TEXTS, K, torch.device("cpu"), quantization="4bit")
    with pytest.raises(TeacherError, match=r"teacher.quantization: 8bit needs bitsandbytes: pip install bitsandbytes"):
        check_quantization("8bit", cuda_available=True, bitsandbytes_installed=False)
    check_quantization("none", cuda_available=False, bitsandbytes_installed=False)  # nothing to refuse
    # An adapter trained on another base (other hidden size): one line naming both, not a traceback.
    from transformers import AutoTokenizer, Qwen3Config, Qwen3ForSequenceClassification

    other = tmp_path / "other"
    Qwen3ForSequenceClassification(
        Qwen3Config(
            vocab_size=42,
            hidden_size=16,
            intermediate_size=32,
            num_hidden_layers=1,
            num_attention_heads=2,
            num_key_value_heads=1,
            head_dim=8,
            num_labels=K,
        )
    ).save_pretrained(other)
    AutoTokenizer.from_pretrained(base).save_pretrained(other)
    with pytest.raises(TeacherError, match=r"teacher.adapter .*: cannot be applied to .*other"):
        checkpoint_logits(str(other), TEXTS, K, torch.device("cpu"), adapter=str(adapter))
