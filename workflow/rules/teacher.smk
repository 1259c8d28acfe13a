# Teacher: trained in the pipeline, then its logits for the training rows and for validation.


if config["teacher"]["source"] == "tfidf_logreg":

    # Fit the TF-IDF + logistic-regression teacher on the training rows.
    rule train_teacher:
        input:
            corpus=CORPUS,
            train_index=TRAIN_INDEX,
        output:
            model="results/teacher/model.joblib",
        log:
            "logs/train_teacher/train_teacher.log",
        benchmark:
            "results/benchmarks/train_teacher/train_teacher.tsv"
        conda:
            "../../envs/kdcal.yaml"
        threads: config["compute"]["threads"]
        params:
            threads=config["compute"]["threads"],
            teacher=tfidf_teacher_params(),
        script:
            "../scripts/train_teacher.py"

    # Teacher logits (float16) for the training rows (soft targets) and for validation (an arm).
    rule infer_teacher:
        input:
            model="results/teacher/model.joblib",
            corpus=CORPUS,
            labels=LABELS,
            train_index=TRAIN_INDEX,
            val_index=VAL_INDEX,
            tiers=TIERS_FILE,
        output:
            train_logits=TEACHER_TRAIN_LOGITS,
            val_predictions=TEACHER_PREDICTIONS,
        log:
            "logs/infer_teacher/infer_teacher.log",
        benchmark:
            "results/benchmarks/infer_teacher/infer_teacher.tsv"
        conda:
            "../../envs/kdcal.yaml"
        script:
            "../scripts/infer_teacher.py"

elif config["teacher"]["source"] == "logits_files":

    # Fetch published teacher logits (hf:// URI or local path).
    rule fetch_teacher_logits:
        output:
            file="resources/teacher/{part}_logits.npz",
        log:
            "logs/fetch_teacher_logits/{part}.log",
        conda:
            "../../envs/kdcal.yaml"
        params:
            uri=teacher_logits_uri,
            content=content_of(teacher_logits_uri),
        script:
            "../scripts/fetch_file.py"

    # Check the published logits against the training and validation rows; write kdcal's files.
    rule import_teacher_logits:
        input:
            train_logits="resources/teacher/train_logits.npz",
            val_logits="resources/teacher/val_logits.npz",
            corpus=CORPUS,
            train_index=TRAIN_INDEX,
            val_index=VAL_INDEX,
            tiers=TIERS_FILE,
        output:
            train_logits=TEACHER_TRAIN_LOGITS,
            val_predictions=TEACHER_PREDICTIONS,
        log:
            "logs/import_teacher_logits/import_teacher_logits.log",
        conda:
            "../../envs/kdcal.yaml"
        params:
            sources={"train": config["teacher"]["train_logits"], "val": config["teacher"]["val_logits"]},
            scores=config["teacher"]["scores"],
        script:
            "../scripts/import_teacher_logits.py"

elif config["teacher"]["source"] == "logits":

    # Fetch the user's teacher outputs (local path or hf:// URI).
    rule fetch_teacher_file:
        output:
            file=f"resources/teacher/outputs{teacher_file_suffix()}",
        log:
            "logs/fetch_teacher_file/fetch_teacher_file.log",
        conda:
            "../../envs/kdcal.yaml"
        params:
            uri=config["teacher"]["file"],
            content=content_id(config["teacher"]["file"]),
        script:
            "../scripts/fetch_file.py"

    # Match the user's teacher outputs to the training and validation rows by id; write kdcal's files.
    rule import_teacher_file:
        input:
            file=f"resources/teacher/outputs{teacher_file_suffix()}",
            corpus=CORPUS,
            labels=LABELS,
            train_index=TRAIN_INDEX,
            val_index=VAL_INDEX,
            tiers=TIERS_FILE,
        output:
            train_logits=TEACHER_TRAIN_LOGITS,
            val_predictions=TEACHER_PREDICTIONS,
        log:
            "logs/import_teacher_file/import_teacher_file.log",
        conda:
            "../../envs/kdcal.yaml"
        params:
            source=config["teacher"]["file"],
            topk_missing_mass=config["teacher"]["topk_missing_mass"],
            scores=config["teacher"]["scores"],
        script:
            "../scripts/import_teacher_file.py"

else:

    # Teacher logits from a sequence-classification checkpoint (optionally with a PEFT adapter).
    rule infer_teacher:
        input:
            corpus=CORPUS,
            labels=LABELS,
            train_index=TRAIN_INDEX,
            val_index=VAL_INDEX,
            tiers=TIERS_FILE,
        output:
            train_logits=TEACHER_TRAIN_LOGITS,
            val_predictions=TEACHER_PREDICTIONS,
        log:
            "logs/infer_teacher/infer_teacher.log",
        benchmark:
            "results/benchmarks/infer_teacher/infer_teacher.tsv"
        conda:
            "../../envs/kdcal.yaml"
        threads: config["compute"]["threads"]
        # The shard size is a resource, not a param: how often the job saves its progress must not
        # rerun it.
        resources:
            gpu=1,
            shard_rows=config["teacher"]["shard_rows"],
        params:
            threads=config["compute"]["threads"],
            checkpoint=teacher_checkpoint_params(),
            device=config["student"]["device"],
        script:
            "../scripts/infer_teacher_checkpoint.py"


# The teacher's top k classes on the training rows, as an API teacher's top-k file (for arms with
# teacher_topk: k; compared with dense distillation on the very same teacher).
rule truncate_teacher:
    input:
        logits=TEACHER_TRAIN_LOGITS,
    output:
        logits="results/teacher/top{topk}/train_logits.npz",
    log:
        "logs/truncate_teacher/top{topk}.log",
    conda:
        "../../envs/kdcal.yaml"
    script:
        "../scripts/truncate_teacher.py"
