"""Train one arm's student (resuming from its checkpoint) and write its validation logits."""

from pathlib import Path

import numpy as np
import pandas as pd
from transformers import AutoTokenizer

from kdcal.calibration.registry import load_fitted_map
from kdcal.data.corpus import read_index_file, row_tiers
from kdcal.models.model import build_student, predict_logits
from kdcal.models.tokenizer import tokenize
from kdcal.predictions import Predictions, save_predictions
from kdcal.runtime import atomic_path, read_json, select_device, set_threads, start_job, write_json_atomic
from kdcal.teachers.files import check_teacher_divisor, load_teacher_targets, scaling_evidence
from kdcal.training.finished import restore, stash
from kdcal.training.losses import teacher_divisor
from kdcal.training.trainer import TrainConfig, Trainer, fingerprint

log = start_job(snakemake.log[0])
arm, spec = snakemake.wildcards.trained, dict(snakemake.params.arm)
model_spec, training = dict(snakemake.params.model), dict(snakemake.params.training)
tiers_file = read_json(snakemake.input.tiers)
n_classes = len(tiers_file["labels"])
run_id = fingerprint(spec, model_spec, training, len(read_json(snakemake.input.train_index)), n_classes)
outputs = [snakemake.output.model, snakemake.output.predictions, snakemake.output.summary]
if restore(arm, run_id, snakemake.input, outputs):
    log.info(
        "arm %s: took back the outputs its earlier job finished after that run was killed (run %s); no training", arm, run_id
    )
    raise SystemExit(0)
set_threads(snakemake.params.threads)
device = select_device(snakemake.params.device)
corpus = pd.read_parquet(snakemake.input.corpus)
train = read_index_file(snakemake.input.train_index, len(corpus))
val = read_index_file(snakemake.input.val_index, len(corpus))
tokenizer = AutoTokenizer.from_pretrained(snakemake.input.tokenizer)
labels = corpus.label.to_numpy()
row_ids = corpus.row_id.to_numpy().astype(str)

teacher = None
if "teacher_logits" in snakemake.input.keys():
    # The teacher's calibration temperature (for teacher: calibrated), fitted on the cal half.
    fitted = (
        load_fitted_map(snakemake.input.teacher_calibration).temperature
        if "teacher_calibration" in snakemake.input.keys()
        else None
    )
    divisor = teacher_divisor(spec, fitted)
    evidence = scaling_evidence(snakemake.input.teacher_logits)  # kept by the import from the source file
    check_teacher_divisor(arm, spec, evidence, snakemake.input.teacher_logits)
    source = f" (the teacher's calibration temperature, {snakemake.input.teacher_calibration})" if fitted is not None else ""
    log.info(
        "teacher targets: %s, logits divided by the teacher's divisor %.6g%s", snakemake.input.teacher_logits, divisor, source
    )
    topk = {"n_classes": n_classes, "topk_missing_mass": spec["topk_missing_mass"]} if "teacher_topk" in spec else {}
    if topk:
        log.info(
            "the teacher's top %d classes only, the missing mass %s (kdcal.teachers.topk)",
            spec["teacher_topk"],
            spec["topk_missing_mass"],
        )
    teacher = load_teacher_targets(
        snakemake.input.teacher_logits, row_ids[train], labels[train], divisor, f"teacher logits for arm {arm}", **topk
    )
    if "teacher_map" in snakemake.input.keys():
        fitted_map = load_fitted_map(snakemake.input.teacher_map)
        log.info("teacher targets through %s: %s", snakemake.input.teacher_map, fitted_map.summary())
        teacher = fitted_map.transform(teacher).astype(np.float32)

ids = tokenize(tokenizer, corpus.text.iloc[train].tolist(), model_spec["max_length"])
model = build_student(model_spec, n_classes, tokenizer, training["seed"])
log.info(
    "arm %s: %s, %d parameters, %d training rows, device %s",
    arm,
    spec,
    sum(p.numel() for p in model.parameters()),
    len(train),
    device,
)
config = TrainConfig(**training, log_every=snakemake.resources.log_every, checkpoint_every=snakemake.resources.checkpoint_every)
checkpoint = Path(snakemake.params.checkpoint)
checkpoint.parent.mkdir(parents=True, exist_ok=True)
trainer = Trainer(
    model,
    loss_spec=spec,
    config=config,
    device=device,
    pad_id=tokenizer.pad_token_id,
    checkpoint_path=checkpoint,
    run_id=run_id,
    arm=arm,
)
summary = trainer.fit(ids, labels[train], teacher)

val_ids = tokenize(tokenizer, corpus.text.iloc[val].tolist(), model_spec["max_length"])
logits = predict_logits(model, val_ids, tokenizer.pad_token_id, device)
tiers = row_tiers(tiers_file, labels[val])
summary["val_accuracy"] = float((logits.argmax(1) == labels[val]).mean())
log.info("arm %s: validation accuracy %.4f", arm, summary["val_accuracy"])
save_predictions(snakemake.output.predictions, Predictions(logits, labels[val], tiers, row_ids[val]))
with atomic_path(snakemake.output.model) as tmp:
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
write_json_atomic(snakemake.output.summary, summary)
stash(arm, run_id, snakemake.input, outputs)  # for a rerun after this run's snakemake was killed
checkpoint.unlink(missing_ok=True)
