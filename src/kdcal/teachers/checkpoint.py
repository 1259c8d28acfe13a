"""Teachers run here from a sequence-classification checkpoint (optionally with a PEFT adapter):
loading at scale (precision, quantisation, sharding over GPUs) and resumable, sharded scoring."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kdcal.errors import KdcalError, first_line
from kdcal.teachers.files import TeacherError

log = logging.getLogger(__name__)


CHECKPOINT_DTYPES = ("auto", "float32", "float16", "bfloat16")
QUANTIZATIONS = ("none", "8bit", "4bit")
DEVICE_MAPS = ("single", "auto")


@dataclass
class CheckpointTeacher:
    """A sequence-classification checkpoint loaded once for every part it scores."""

    model: object
    tokenizer: object
    device: object
    placed: bool  # sharded or quantised: already where it runs

    def logits(
        self,
        texts: Sequence[str],
        batch_size: int = 64,
        max_length: int = 512,
        *,
        batch_tokens: int | None = None,
        shards: str | Path | None = None,
        shard_rows: int = 2048,
        fingerprint: dict | None = None,
        stop_after: int | None = None,
        stream=None,
    ) -> np.ndarray:
        """(n, K) float32 logits, in batches sorted by length (``kdcal.models.model.predict_logits``) of
        at most ``batch_size`` rows and ``batch_tokens`` padded tokens. A progress bar of the rows
        goes to ``stream`` (default: the process's own stderr) when that is a terminal.

        With ``shards`` (a folder), the rows, sorted by length, are scored ``shard_rows`` at a time
        and each shard is written there atomically: a killed or time-limited job run again resumes
        at the first missing shard, and the result is the uninterrupted run's, bit for bit (every
        shard's batches are the same). ``fingerprint`` (the model, adapter, precision and the like)
        and the texts themselves are recorded; when either differs, the folder's shards are
        discarded and scoring starts over, saying why. ``stop_after``: stop after that many new
        shards (a time limit; tests use it to interrupt a run)."""
        from kdcal.models.model import predict_logits
        from kdcal.models.tokenizer import tokenize

        ids = tokenize(self.tokenizer, list(texts), max_length)
        bar = progress_bar(len(ids), "teacher" if shards is None else str(shards), stream)

        def advance(rows: int) -> None:
            bar.update(rows)
            bar.refresh()  # a teacher's batch takes seconds: show each, not tqdm's 0.1 s throttle

        def score(rows):
            subset = [ids[i] for i in rows]
            side = getattr(self.tokenizer, "padding_side", "right")  # decoder tokenizers may ask for the left
            return predict_logits(
                self.model,
                subset,
                self.tokenizer.pad_token_id,
                self.device,
                batch_size,
                batch_tokens=batch_tokens,
                placed=self.placed,
                padding_side=side,
                progress=advance,
            )

        with bar:
            if shards is None:
                return score(np.arange(len(ids)))
            return score_in_shards(
                score,
                ids,
                texts,
                Path(shards),
                shard_rows=shard_rows,
                fingerprint=fingerprint or {},
                stop_after=stop_after,
                progress=advance,
            )


def progress_bar(total: int, description: str, stream=None):
    """A progress bar of ``total`` rows (huggingface_hub's tqdm, which HF_HUB_DISABLE_PROGRESS_BARS
    turns off) on ``stream``, default the process's own stderr: a job's log file replaces
    ``sys.stderr``, not the terminal Snakemake was started from. Shown only where ``stream`` is a
    terminal; elsewhere the log's lines after each shard say the same."""
    import sys

    from huggingface_hub.utils import tqdm

    stream = sys.__stderr__ if stream is None else stream
    shown = stream is not None and stream.isatty()
    return tqdm(total=total, desc=description, unit="rows", file=stream, disable=not shown, dynamic_ncols=True)


class InterruptedScoring(KdcalError):
    """Scoring stopped after the shards it was allowed (``stop_after``); run again to resume."""


def _texts_digest(texts: Sequence[str]) -> str:
    import hashlib

    digest = hashlib.sha256()
    for text in texts:
        digest.update(text.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def score_in_shards(
    score, ids, texts, folder: Path, *, shard_rows: int, fingerprint: dict, stop_after: int | None = None, progress=None
):
    """(n, K) ``score(rows)`` of every row, computed shard by shard in ``folder`` (see
    ``CheckpointTeacher.logits``); logs rows/s, tokens/s and the time left after each shard.
    ``progress(rows)`` is told the rows of the shards a resumed run finds done."""
    import json
    import shutil
    import time

    from kdcal.predictions import save_npz_atomic
    from kdcal.runtime import write_json_atomic

    manifest = {
        **{k: str(v) for k, v in fingerprint.items()},
        "rows": len(ids),
        "texts": _texts_digest(texts),
        "shard_rows": shard_rows,
    }
    record = folder / "manifest.json"
    if record.is_file():
        before = json.loads(record.read_text())
        changed = [k for k in sorted(set(before) | set(manifest)) if before.get(k) != manifest.get(k)]
        if changed:
            log.info("%s: starting over, %s changed since its shards were written", folder, ", ".join(changed))
            shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    write_json_atomic(record, manifest)
    order = np.argsort([len(x) for x in ids], kind="stable")  # similar lengths share a shard: little padding
    starts = range(0, len(order), shard_rows)
    done = [i for i, _ in enumerate(starts) if (folder / f"shard_{i:05d}.npz").is_file()]
    if done:
        log.info("%s: resuming, %d of %d shards already scored", folder, len(done), len(starts))
        if progress is not None:
            progress(sum(len(order[starts[i] : starts[i] + shard_rows]) for i in done))
    tokens_total = sum(len(x) for x in ids)
    new, start_time, rows_done, tokens_done = 0, time.perf_counter(), 0, 0
    for i, start in enumerate(starts):
        path = folder / f"shard_{i:05d}.npz"
        if path.is_file():
            continue
        if stop_after is not None and new >= stop_after:
            raise InterruptedScoring(f"{folder}: stopped after {new} new shards; run again to resume")
        rows = order[start : start + shard_rows]
        save_npz_atomic(path, rows=rows, logits=score(rows))
        new += 1
        rows_done += len(rows)
        tokens_done += sum(len(ids[r]) for r in rows)
        elapsed = time.perf_counter() - start_time
        left = len(order) - start - len(rows)
        log.info(
            "%s: shard %d of %d, %.1f rows/s, %.0f tokens/s, about %.0f s left",
            folder,
            i + 1,
            len(starts),
            rows_done / elapsed,
            tokens_done / elapsed,
            left * elapsed / rows_done,
        )
    out = np.zeros((0, 0), dtype=np.float32) if not len(ids) else None
    for i, _ in enumerate(starts):
        with np.load(folder / f"shard_{i:05d}.npz") as shard:
            if out is None:
                out = np.empty((len(ids), shard["logits"].shape[1]), dtype=np.float32)
            out[shard["rows"]] = shard["logits"]
    log.info("%s: %d rows, %d tokens scored", folder, len(ids), tokens_total)
    return out


def checkpoint_dtype(choice: str, device):
    """The torch dtype a checkpoint is loaded in (``teacher.dtype``): auto = the device's own
    precision (``kdcal.models.model.choose_precision``: bf16 on GPUs with native bf16, fp16 below, fp32
    on a CPU)."""
    import torch

    from kdcal.models.model import choose_precision

    if choice not in CHECKPOINT_DTYPES:
        raise TeacherError(f"teacher.dtype: unknown {choice!r}; expected one of {list(CHECKPOINT_DTYPES)}")
    if choice == "auto":
        choice = {"bf16": "bfloat16", "fp16": "float16", "fp32": "float32"}[choose_precision(device)]
    return getattr(torch, choice)


def check_quantization(quantization: str, cuda_available: bool, bitsandbytes_installed: bool) -> None:
    """Refuse 8- or 4-bit loading where it cannot run: bitsandbytes quantises on CUDA GPUs only."""
    if quantization not in QUANTIZATIONS:
        raise TeacherError(f"teacher.quantization: unknown {quantization!r}; expected one of {list(QUANTIZATIONS)}")
    if quantization == "none":
        return
    if not cuda_available:
        raise TeacherError(
            f"teacher.quantization: {quantization} needs a CUDA GPU (bitsandbytes), and this machine has none; "
            "use quantization: none (and dtype: float32 or bfloat16) on a CPU"
        )
    if not bitsandbytes_installed:
        raise TeacherError(f"teacher.quantization: {quantization} needs bitsandbytes: pip install bitsandbytes")


def quantization_preflight(quantization: str) -> None:
    """Before any job of a run on this machine (the Snakefile's ``onstart``): refuse a quantised
    checkpoint teacher (``teacher.quantization`` 8bit or 4bit) where torch finds no CUDA GPU or
    bitsandbytes is missing, so that no student trains first and the teacher's job fails later."""
    if quantization == "none":
        return
    import importlib.util

    import torch

    try:
        check_quantization(quantization, torch.cuda.is_available(), importlib.util.find_spec("bitsandbytes") is not None)
    except TeacherError as err:
        raise TeacherError(f"kdcal: {err}; nothing was started and finished outputs are kept") from None


def load_checkpoint_teacher(
    name_or_path: str,
    n_classes: int,
    device,
    *,
    adapter: str | None = None,
    dtype: str = "auto",
    quantization: str = "none",
    device_map: str = "single",
    merge_adapter: bool = False,
    trust_remote_code: bool = False,
    tokenizer: str | None = None,
) -> CheckpointTeacher:
    """Load a sequence-classification checkpoint (optionally with a PEFT adapter) as a teacher.

    dtype: ``checkpoint_dtype``; quantization: none, 8bit or 4bit (bitsandbytes, CUDA only);
    device_map: single (the whole model on ``device``) or auto (accelerate spreads it over every
    visible GPU, then the CPU); merge_adapter: fold the adapter's weights into the model (faster
    inference, same outputs); trust_remote_code: run code shipped with the checkpoint (off unless
    asked); tokenizer: where the tokenizer is (``teacher.tokenizer``), else the adapter's folder
    when it has tokenizer files, else the checkpoint's (``tokenizer_candidates``). Refuses, before
    loading any weights, a head with another class count, quantisation without a GPU or
    bitsandbytes, device_map auto without accelerate, and local folders none of which holds a
    tokenizer; an adapter trained on another base is refused before any tokenizer is loaded.
    """
    import importlib.util

    import torch
    import transformers
    from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer

    if device_map not in DEVICE_MAPS:
        raise TeacherError(f"teacher.device_map: unknown {device_map!r}; expected one of {list(DEVICE_MAPS)}")
    check_quantization(quantization, torch.cuda.is_available(), importlib.util.find_spec("bitsandbytes") is not None)
    if device_map == "auto" and importlib.util.find_spec("accelerate") is None:
        raise TeacherError("teacher.device_map: auto needs accelerate: pip install accelerate")
    try:
        config = AutoConfig.from_pretrained(name_or_path, trust_remote_code=trust_remote_code)
    except (OSError, ValueError) as err:  # not a folder, not on the hub, or offline and not cached
        raise TeacherError(
            f"teacher.name_or_path {name_or_path}: cannot be loaded ({first_line(err)}); {_WHERE_MODELS_ARE}"
        ) from None
    candidates = tokenizer_candidates(name_or_path, adapter=adapter, tokenizer=tokenizer)
    adapter_head = _adapter_head(adapter) if adapter else None
    architectures = config.architectures or []
    head_options = {}
    if architectures and not any(a.endswith("ForSequenceClassification") for a in architectures):
        # A plain language model (the usual hub base): the head is the adapter's, loaded over one of
        # the study's class count (a head of another count is refused when the adapter is applied).
        if adapter_head is None:
            raise TeacherError(
                f"{name_or_path}: a {architectures[0]} has no classification head, and no adapter gives one "
                f"(teacher.adapter {adapter or 'is not set'}); its head would be untrained. Use a sequence-classification "
                "checkpoint of the study's classes, or an adapter trained for sequence classification (its head in modules_to_save)"
            )
        head_options["num_labels"] = n_classes
    elif config.num_labels != n_classes:
        raise TeacherError(
            f"{name_or_path}: the model predicts {config.num_labels} classes, the study has {n_classes}; a teacher checkpoint must be trained on the study's classes"
        )
    # transformers 5 names the argument dtype; 4.x (down to the 4.48 floor) torch_dtype.
    dtype_key = "dtype" if int(transformers.__version__.split(".")[0]) >= 5 else "torch_dtype"
    options = {"trust_remote_code": trust_remote_code, dtype_key: checkpoint_dtype(dtype, device)}
    if quantization != "none":
        from transformers import BitsAndBytesConfig

        options["quantization_config"] = (
            BitsAndBytesConfig(load_in_8bit=True)
            if quantization == "8bit"
            else BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_compute_dtype=options[dtype_key])
        )
    placed = device_map == "auto" or quantization != "none"
    if placed:
        options["device_map"] = "auto" if device_map == "auto" else {"": device}
    model = AutoModelForSequenceClassification.from_pretrained(name_or_path, **options, **head_options)
    if adapter:
        from peft import PeftModel  # optional dependency: pip install peft

        try:
            model = PeftModel.from_pretrained(model, adapter)
        except (RuntimeError, ValueError, KeyError) as err:  # weights of another shape or module names
            raise TeacherError(
                f"teacher.adapter {adapter}: cannot be applied to {name_or_path} ({first_line(err)}); "
                "an adapter must have been trained on this base model"
            ) from None
        if merge_adapter:
            model = model.merge_and_unload()
    tokenizer = load_tokenizer(candidates, AutoTokenizer, trust_remote_code=trust_remote_code)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    if model.config.pad_token_id is None:
        # Decoder heads (Qwen, Llama, Mistral) read the last token that is not padding.
        model.config.pad_token_id = tokenizer.pad_token_id
    return CheckpointTeacher(model, tokenizer, device, placed)


# The files by which a local folder holds a tokenizer (a fast tokenizer's, or a slow one's vocabulary).
TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "tokenizer.model",
    "spiece.model",
    "sentencepiece.bpe.model",
    "vocab.txt",
    "vocab.json",
)


def tokenizer_candidates(name_or_path: str, *, adapter: str | None = None, tokenizer: str | None = None) -> list[str]:
    """Where a checkpoint teacher's tokenizer may be loaded from, in order: ``tokenizer``
    (``teacher.tokenizer``) alone when given; else the adapter, then the checkpoint (the adapter's
    base model, as PEFT users expect: an adapter folder usually holds no tokenizer). A local folder
    without tokenizer files (``TOKENIZER_FILES``) is passed over; a hub id stays a candidate (its
    repository is asked when loading). Refuses, in one line naming the folders searched, when no
    candidate is left: before any weights are loaded."""
    given = [tokenizer] if tokenizer else [c for c in (adapter, name_or_path) if c]
    searched, candidates = [], []
    for candidate in given:
        folder = Path(candidate)
        if folder.is_dir() and not any((folder / name).is_file() for name in TOKENIZER_FILES):
            searched.append(candidate)
        elif folder.is_dir() or not folder.exists():
            candidates.append(candidate)
        else:
            searched.append(candidate)  # a file, not a folder
    if not candidates:
        key = (
            "teacher.tokenizer"
            if tokenizer
            else "teacher.adapter and teacher.name_or_path"
            if adapter
            else "teacher.name_or_path"
        )
        raise TeacherError(
            f"no tokenizer for the teacher: {' and '.join(searched)} ({key}) hold no tokenizer files "
            f"({', '.join(TOKENIZER_FILES[:2])}, ...); set teacher.tokenizer to the folder or hub id of the tokenizer the "
            "checkpoint was trained with (usually its base model's)"
        )
    return candidates


def load_tokenizer(candidates: Sequence[str], auto_tokenizer, *, trust_remote_code: bool = False):
    """The first of ``candidates`` (``tokenizer_candidates``) that ``auto_tokenizer``
    (transformers' ``AutoTokenizer``) loads; one line naming every candidate tried where none does."""
    failures = []
    for candidate in candidates:
        try:
            return auto_tokenizer.from_pretrained(candidate, trust_remote_code=trust_remote_code)
        except (OSError, ValueError, TypeError) as err:  # no tokenizer there, not cached offline, or unreadable
            failures.append(f"{candidate} ({first_line(err)})")
    raise TeacherError(
        f"no tokenizer for the teacher could be loaded from {'; '.join(failures)}; set teacher.tokenizer to the folder or "
        f"hub id of the tokenizer the checkpoint was trained with; {_WHERE_MODELS_ARE}"
    )


_WHERE_MODELS_ARE = (
    "give a local folder, or a hub id that is in the Hugging Face cache or reachable (with HF_HUB_OFFLINE=1 only the "
    "cache is read; a private repository needs HF_TOKEN)"
)


def _adapter_head(adapter: str) -> list[str] | None:
    """The modules a PEFT adapter saves whole besides its low-rank weights (``modules_to_save``:
    for sequence classification, the head, e.g. ``score``); None if it saves none. Refuses an
    adapter that cannot be found, in one line."""
    from peft import PeftConfig  # optional dependency: pip install peft

    try:
        config = PeftConfig.from_pretrained(adapter)
    except (OSError, ValueError) as err:
        raise TeacherError(f"teacher.adapter {adapter}: cannot be loaded ({first_line(err)}); {_WHERE_MODELS_ARE}") from None
    saved = getattr(config, "modules_to_save", None)
    return list(saved) if saved else None


def checkpoint_logits(
    name_or_path: str,
    texts: Sequence[str],
    n_classes: int,
    device,
    *,
    adapter: str | None = None,
    batch_size: int,
    max_length: int,
    **loading,
) -> np.ndarray:
    """(n, n_classes) float32 logits of a sequence-classification checkpoint (optionally with a
    PEFT adapter), in batches sorted by length, under the device's mixed precision; ``loading``:
    the other keywords of ``load_checkpoint_teacher``."""
    teacher = load_checkpoint_teacher(name_or_path, n_classes, device, adapter=adapter, **loading)
    return teacher.logits(texts, batch_size, max_length)
