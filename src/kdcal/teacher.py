"""The embedded default's teacher: TF-IDF features and multinomial logistic regression.

A different model family from the student on purpose: it is fast on a CPU, deterministic, and on
the WordNet supersense task it is clearly stronger than a tiny transformer trained for minutes.
Its logits are ``log predict_proba`` (log-probabilities are valid logits: softmax recovers them).
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from kdcal.data import read_index_file, row_tiers

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline
from kdcal.errors import KdcalError, first_line
from kdcal.predictions import PredictionsError, check_logits, logits_from_probs, open_npz, save_teacher_outputs
from kdcal.table import id_text
from kdcal.topk import TOPK_KEYS, dense_log_probs

log = logging.getLogger(__name__)


class TeacherError(KdcalError, ValueError):
    """A teacher that does not fit the study."""


# How a teacher file says its logits are already divided by a temperature: a word of its name (the
# published files are *_canonical_final.npz, divided by T = 1.2538, beside *_canonical_raw.npz), or a
# scalar array (.npz) or metadata key (.parquet) holding the temperature.
SCALED_NAME_WORDS = ("final", "calibrated", "scaled")
TEMPERATURE_KEYS = ("temperature", "teacher_temperature", "calibration_temperature")


def name_says_scaled(uri: str) -> str | None:
    """Why a teacher file's name (local path, URL or hf:// URI) marks its logits as already
    temperature-scaled, or None."""
    words = set(re.split(r"[^a-z0-9]+", Path(str(uri).split("?", 1)[0]).name.lower()))
    found = [word for word in SCALED_NAME_WORDS if word in words]
    return f"its name has the word {found[0]!r}" if found else None


def stated_temperature(path: str | Path) -> float | None:
    """The temperature a teacher file says its logits are already divided by (a scalar
    ``temperature``, ``teacher_temperature`` or ``calibration_temperature``: an array of an .npz,
    a key of a Parquet file's metadata), or None where it states none, states 1, or is not a
    readable local file (the import job then reports the file itself)."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        if path.suffix.lower() == ".parquet":
            import pyarrow.parquet as pq

            metadata = pq.read_schema(path).metadata or {}
            stated = next((metadata[k.encode()] for k in TEMPERATURE_KEYS if k.encode() in metadata), None)
            value = None if stated is None else float(stated.decode())
        else:
            with np.load(path, allow_pickle=False) as data:
                key = next((k for k in TEMPERATURE_KEYS if k in data.files), None)
                stated = None if key is None else data[key]
                value = None if stated is None or stated.size != 1 else float(stated.reshape(-1)[0])
    except (OSError, ValueError, EOFError, UnicodeDecodeError, zipfile.BadZipFile, zlib.error):
        return None
    return value if value is not None and np.isfinite(value) and value > 0 and value != 1.0 else None


def scaling_evidence(path_or_uri: str | Path) -> str | None:
    """Why a teacher file counts as already temperature-scaled: its name, or the temperature it
    states (a local file only); None where neither says so."""
    stated = stated_temperature(path_or_uri)
    return name_says_scaled(str(path_or_uri)) or (None if stated is None else f"it states temperature {stated:g}")


def check_teacher_divisor(arm: str, spec: dict, evidence: str | None, where: str) -> None:
    """Refuse a fixed teacher divisor (``teacher: <number>``) on a teacher file that ``evidence``
    says is already temperature-scaled, unless the arm sets ``teacher_scaled: true``: that would
    scale the teacher twice without anyone deciding it."""
    divisor = spec.get("teacher", "raw")
    if evidence is None or isinstance(divisor, str) or spec.get("teacher_scaled", False):
        return
    raise TeacherError(
        f"arm {arm!r} divides the teacher's logits by {divisor:g} (arms.{arm}.teacher), but {where} is already "
        f"temperature-scaled ({evidence}): that scales the teacher twice. Use teacher: raw to distil from the file as it "
        f"is (the published study distilled from *_final.npz as it is), point the teacher at the unscaled file, or set "
        f"arms.{arm}.teacher_scaled: true to divide again on purpose"
    )


# Floor of log-probabilities, so that float16 storage never meets -inf.
LOG_PROB_FLOOR = float(np.log(1e-30))


def fit_tfidf_logreg(
    texts: Sequence[str],
    labels: np.ndarray,
    c: float = 10.0,
    ngram_max: int = 2,
    min_df: int = 2,
    max_iter: int = 1000,
) -> Pipeline:
    """Fit TF-IDF (1..ngram_max grams, sublinear tf) + logistic regression (lbfgs, multinomial)."""
    # Imported here: jobs that only read teacher logits skip scikit-learn's ~0.8 s import.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    model = Pipeline(
        [
            ("tfidf", TfidfVectorizer(ngram_range=(1, ngram_max), min_df=min_df, sublinear_tf=True)),
            ("logreg", LogisticRegression(C=c, max_iter=max_iter)),
        ]
    )
    model.fit(list(texts), np.asarray(labels))
    return model


def teacher_logits(model: Pipeline, texts: Sequence[str], n_classes: int) -> np.ndarray:
    """(n, n_classes) float32 logits (log-probabilities) of a fitted pipeline.

    Classes the pipeline never saw in training get the floor log-probability.
    """
    log_proba = model.predict_log_proba(list(texts))
    out = np.full((len(texts), n_classes), LOG_PROB_FLOOR, dtype=np.float64)
    out[:, model.classes_] = np.maximum(log_proba, LOG_PROB_FLOOR)
    return out.astype(np.float32)


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
        """(n, K) float32 logits, in batches sorted by length (``kdcal.student.predict_logits``) of
        at most ``batch_size`` rows and ``batch_tokens`` padded tokens. A progress bar of the rows
        goes to ``stream`` (default: the process's own stderr) when that is a terminal.

        With ``shards`` (a folder), the rows, sorted by length, are scored ``shard_rows`` at a time
        and each shard is written there atomically: a killed or time-limited job run again resumes
        at the first missing shard, and the result is the uninterrupted run's, bit for bit (every
        shard's batches are the same). ``fingerprint`` (the model, adapter, precision and the like)
        and the texts themselves are recorded; when either differs, the folder's shards are
        discarded and scoring starts over, saying why. ``stop_after``: stop after that many new
        shards (a time limit; tests use it to interrupt a run)."""
        from kdcal.student import predict_logits, tokenize

        ids = tokenize(self.tokenizer, list(texts), max_length)
        bar = progress_bar(len(ids), "teacher" if shards is None else str(shards), stream)

        def advance(rows: int, tokens: int) -> None:
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
            return score_in_shards(score, ids, texts, Path(shards), shard_rows, fingerprint or {}, stop_after, advance)


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
    score, ids, texts, folder: Path, shard_rows: int, fingerprint: dict, stop_after: int | None = None, progress=None
):
    """(n, K) ``score(rows)`` of every row, computed shard by shard in ``folder`` (see
    ``CheckpointTeacher.logits``); logs rows/s, tokens/s and the time left after each shard.
    ``progress(rows, tokens)`` is told the rows of the shards a resumed run finds done."""
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
            finished = [r for i in done for r in order[starts[i] : starts[i] + shard_rows]]
            progress(len(finished), sum(len(ids[r]) for r in finished))
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
    precision (``kdcal.student.choose_precision``: bf16 on GPUs with native bf16, fp16 below, fp32
    on a CPU)."""
    import torch

    from kdcal.student import choose_precision

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
) -> CheckpointTeacher:
    """Load a sequence-classification checkpoint (optionally with a PEFT adapter) as a teacher.

    dtype: ``checkpoint_dtype``; quantization: none, 8bit or 4bit (bitsandbytes, CUDA only);
    device_map: single (the whole model on ``device``) or auto (accelerate spreads it over every
    visible GPU, then the CPU); merge_adapter: fold the adapter's weights into the model (faster
    inference, same outputs); trust_remote_code: run code shipped with the checkpoint (off unless
    asked). Refuses, before loading any weights, a head with another class count, quantisation
    without a GPU or bitsandbytes, device_map auto without accelerate.
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
    tokenizer = AutoTokenizer.from_pretrained(adapter or name_or_path, trust_remote_code=trust_remote_code)
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
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    if model.config.pad_token_id is None:
        # Decoder heads (Qwen, Llama, Mistral) read the last token that is not padding.
        model.config.pad_token_id = tokenizer.pad_token_id
    return CheckpointTeacher(model, tokenizer, device, placed)


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
    adapter: str | None = None,
    batch_size: int = 64,
    max_length: int = 512,
    **loading,
) -> np.ndarray:
    """(n, n_classes) float32 logits of a sequence-classification checkpoint (optionally with a
    PEFT adapter), in batches sorted by length, under the device's mixed precision; ``loading``:
    the other keywords of ``load_checkpoint_teacher``."""
    teacher = load_checkpoint_teacher(name_or_path, n_classes, device, adapter=adapter, **loading)
    return teacher.logits(texts, batch_size, max_length)


@dataclass
class TeacherRows:
    """The rows a teacher scores: the corpus columns and the positions of each part.

    texts: (N,) str; labels: (N,) int; row_ids: (N,) str; parts: "train" / "val" -> corpus positions.
    """

    texts: np.ndarray
    labels: np.ndarray
    row_ids: np.ndarray
    parts: dict[str, np.ndarray]


def load_teacher_rows(corpus_path: str | Path, train_index: str | Path, val_index: str | Path) -> TeacherRows:
    """The corpus table and the training and validation split files of a study."""
    corpus = pd.read_parquet(corpus_path)
    parts = {"train": read_index_file(train_index, len(corpus)), "val": read_index_file(val_index, len(corpus))}
    return TeacherRows(corpus.text.to_numpy(dtype=object), corpus.label.to_numpy(), corpus.row_id.to_numpy().astype(str), parts)


def write_teacher_outputs(
    rows: TeacherRows,
    logits_of: Callable[[str, np.ndarray], np.ndarray],
    tiers_file: dict,
    train_path: str | Path,
    val_path: str | Path,
    stated_temperature: float | None = None,
) -> None:
    """One pipeline for every teacher source: ``logits_of(part, positions)`` gives the (n, K)
    logits of a part's rows; they are logged with the teacher's accuracy and written as the
    training rows' soft targets (``train_path``) and the teacher arm's predictions (``val_path``).
    stated_temperature: the temperature the source file says it already divided by (kept)."""
    logits = {}
    for part, index in rows.parts.items():
        logits[part] = logits_of(part, index)
        accuracy = float((logits[part].argmax(1) == rows.labels[index]).mean())
        log.info("%s: %d rows, teacher accuracy %.4f", part, len(index), accuracy)
    train, val = rows.parts["train"], rows.parts["val"]
    tiers = row_tiers(tiers_file, rows.labels[val])
    if stated_temperature is not None:
        log.info("the source says its logits are already divided by temperature %.6g", stated_temperature)
    save_teacher_outputs(
        train_path, val_path, logits["train"], logits["val"], rows.row_ids, rows.labels, tiers, train, val, stated_temperature
    )


def read_teacher_file(
    path: str | Path, where: str, *, n_classes: int | None = None, topk_missing_mass: str = "uniform"
) -> tuple[np.ndarray, np.ndarray, list[str] | None]:
    """A user's teacher outputs: (n,) str row ids, (n, K) float32 logits (probabilities become
    clipped log-probabilities; a top-k file becomes the log-probabilities of ``kdcal.topk``'s
    ``topk_missing_mass`` treatment over ``n_classes`` classes) and the file's class names where it
    has them (else None).

    ``.npz``: ``row_ids`` and ``logits`` or ``probs``, or ``topk_ids`` (n, k) int and
    ``topk_logprobs`` (n, k) float; optionally ``label_names``. ``.parquet``: a column ``row_id`` and
    a column ``logits`` or ``probs`` holding one list of K numbers per row, or list columns
    ``topk_ids`` and ``topk_logprobs`` of k numbers per row.
    """
    if str(path).lower().endswith(".parquet"):
        if not Path(path).is_file():
            raise PredictionsError(f"{where}: no such file")
        try:
            frame = pd.read_parquet(path)
        except (OSError, ValueError) as err:
            raise PredictionsError(f"{where}: cannot be read as Parquet ({first_line(err)})") from None
        keys = set(frame.columns)
        names = None
        topk = all(k in keys for k in TOPK_KEYS)
        score_key = next((k for k in ("logits", "probs") if k in keys), None)
        if "row_id" not in keys or (score_key is None and not topk):
            raise PredictionsError(
                f"{where}: expected a column row_id and a list column logits or probs (or topk_ids and topk_logprobs); "
                f"columns: {', '.join(map(str, frame.columns))}"
            )
        ids = frame["row_id"].to_numpy()
        arrays = {key: _list_column(frame, key, where) for key in (TOPK_KEYS if topk else (score_key,))}
    else:
        with open_npz(path, where) as data:
            keys = set(data.files)
            topk = all(k in keys for k in TOPK_KEYS)
            score_key = next((k for k in ("logits", "probs") if k in keys), None)
            if "row_ids" not in keys or (score_key is None and not topk):
                raise PredictionsError(
                    f"{where}: expected arrays row_ids and logits or probs (or topk_ids and topk_logprobs); "
                    f"found {', '.join(sorted(keys))}"
                )
            ids = data["row_ids"]
            arrays = {key: data[key] for key in (TOPK_KEYS if topk else (score_key,))}
            names = data["label_names"].astype(str).tolist() if "label_names" in keys else None
    if topk:
        if n_classes is None:
            raise PredictionsError(f"{where}: a top-k file needs the dataset's class count to fill in the other classes")
        logits = dense_log_probs(arrays["topk_ids"], arrays["topk_logprobs"], n_classes, topk_missing_mass, where)
        score_key = "topk_ids"
    elif score_key == "probs":
        scores = arrays[score_key]
        logits = logits_from_probs(scores, where)
    else:
        scores = arrays[score_key]
        check_logits(np.asarray(scores), where)
        logits = np.asarray(scores, dtype=np.float32)
    ids = np.array([id_text(v) for v in ids], dtype=str)
    if len(ids) != len(logits):
        raise PredictionsError(f"{where}: {len(ids)} row ids for {len(logits)} rows of {score_key}")
    return ids, logits, names


def _list_column(frame: pd.DataFrame, key: str, where: str) -> np.ndarray:
    """A Parquet column holding one list per row as a (rows, length) array; refuses lists of
    different lengths, naming the first row that differs."""
    lengths = frame[key].map(lambda v: -1 if v is None else len(v)).to_numpy()
    if len(set(lengths.tolist())) > 1:
        i = int(np.flatnonzero(lengths != lengths[0])[0])
        raise PredictionsError(
            f"{where}: column {key} has lists of different lengths ({lengths[0]} in row 0, {lengths[i]} in row {i}); "
            "every row needs the same number of values"
        )
    return np.stack(frame[key].to_numpy()) if len(frame) else np.zeros((0, 0))


def align_teacher_file(
    file_ids: np.ndarray,
    logits: np.ndarray,
    file_names: list[str] | None,
    rows: TeacherRows,
    label_names: Sequence[str],
    where: str,
) -> Callable[[str, np.ndarray], np.ndarray]:
    """Match a teacher file's rows to the study's by row id; refuses duplicate ids, ids that are
    not rows of the dataset (extra rows), training or validation rows the file lacks (missing
    rows), a class count (or class names) that differ from the dataset's. Returns ``logits_of``
    for ``write_teacher_outputs``."""
    k = len(label_names)
    if logits.shape[1] != k:
        raise PredictionsError(
            f"{where}: {logits.shape[1]} classes per row, but the dataset has {k} classes (results/data/labels.json)"
        )
    if file_names is not None and list(file_names) != list(label_names):
        differ = next(
            i for i in range(max(len(file_names), k)) if i >= len(file_names) or i >= k or file_names[i] != label_names[i]
        )
        raise PredictionsError(
            f"{where}: label_names differ from the dataset's at class {differ} "
            f"({file_names[differ] if differ < len(file_names) else None!r} vs {label_names[differ] if differ < k else None!r}); "
            "the logit columns must follow the dataset's class order (dataset.label_names)"
        )
    unique, counts = np.unique(file_ids, return_counts=True)
    if (counts > 1).any():
        raise PredictionsError(
            f"{where}: {int((counts > 1).sum())} row ids occur more than once (first {str(unique[counts > 1][0])!r}); one row per id"
        )
    position = {rid: i for i, rid in enumerate(rows.row_ids)}
    extra = [str(rid) for rid in file_ids if rid not in position]
    if extra:
        raise PredictionsError(
            f"{where}: {len(extra)} rows have ids that are not rows of the dataset (first {extra[0]!r}); row ids must be "
            "the dataset's (dataset.id_column, else the row number)"
        )
    in_file = {rid: i for i, rid in enumerate(file_ids)}
    for part, index in rows.parts.items():
        missing = [str(rows.row_ids[i]) for i in index if rows.row_ids[i] not in in_file]
        if missing:
            raise PredictionsError(
                f"{where}: {len(missing)} of the {len(index)} {part} rows are missing (first id {missing[0]!r}); the file "
                "needs a row for every training and validation row"
            )
    return lambda part, index: logits[[in_file[rows.row_ids[i]] for i in index]]
