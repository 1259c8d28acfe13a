# Teacher: trained in the pipeline, then its logits for the training rows and for validation.


# Fit the TF-IDF + logistic-regression teacher on the training rows.
rule train_teacher:
    input:
        corpus="results/data/corpus.parquet",
        train_index="results/data/splits/train.json",
    output:
        model="results/teacher/model.joblib",
    log:
        "logs/train_teacher/train_teacher.log",
    benchmark:
        "results/benchmarks/train_teacher/train_teacher.tsv"
    params:
        teacher=canonical(config["teacher"]),
    threads: 2
    conda:
        "../../envs/kdcal.yaml"
    script:
        "../scripts/train_teacher.py"


# Teacher logits (float16) for the training rows (soft targets) and for validation (an arm).
rule infer_teacher:
    input:
        model="results/teacher/model.joblib",
        corpus="results/data/corpus.parquet",
        labels="results/data/labels.json",
        train_index="results/data/splits/train.json",
        val_index="results/data/splits/val.json",
        tiers="results/data/tiers.json",
    output:
        train_logits="results/teacher/train_logits.npz",
        val_predictions="results/predictions/teacher.npz",
    log:
        "logs/infer_teacher/infer_teacher.log",
    benchmark:
        "results/benchmarks/infer_teacher/infer_teacher.tsv"
    conda:
        "../../envs/kdcal.yaml"
    script:
        "../scripts/infer_teacher.py"
