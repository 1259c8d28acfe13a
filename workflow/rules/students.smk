# Students: one per trained arm, identical except for the loss; and ensembles of arms.


# Unigram subword tokenizer trained on the training texts (shared by every arm).
rule train_tokenizer:
    input:
        corpus=CORPUS,
        train_index=TRAIN_INDEX,
    output:
        tokenizer=directory(TOKENIZER),
    log:
        "logs/train_tokenizer/train_tokenizer.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        tokenizer=tokenizer_params(),
    script:
        "../scripts/train_tokenizer.py"


# Train one arm's student (one recipe, one seed) and write its validation logits (resumes from its last checkpoint).
rule train_student:
    input:
        unpack(student_inputs),
    output:
        model=directory("results/students/{trained}/model"),
        predictions="results/predictions/{trained}.npz",
        summary="results/students/{trained}/summary.json",
    log:
        "logs/train_student/{trained}.log",
    benchmark:
        "results/benchmarks/train_student/{trained}.tsv"
    # Only students: an ensemble's predictions come from average_ensemble.
    wildcard_constraints:
        trained=_alternatives(PLAN.students) or "(?!)",
    conda:
        "../../envs/kdcal.yaml"
    threads: config["compute"]["threads"]
    # The cadences are resources, not params: params are rerun triggers, and how often the job logs
    # or saves a checkpoint must not retrain a student.
    resources:
        gpu=1,
        log_every=config["student"]["training"]["log_every"],
        checkpoint_every=config["student"]["training"]["checkpoint_every"],
    params:
        threads=config["compute"]["threads"],
        arm=arm_spec,
        model=student_model_params(),
        training=training_params,
        device=config["student"]["device"],
        checkpoint="results/students/{trained}/checkpoint.pt",
    script:
        "../scripts/train_student.py"


# A student's logits on the training rows, for the arms that take it (or one of its post-hoc arms)
# as their teacher (teacher: arm:<name>).
rule infer_student:
    input:
        model="results/students/{trained}/model",
        corpus=CORPUS,
        train_index=TRAIN_INDEX,
    output:
        logits="results/students/{trained}/train_logits.npz",
    log:
        "logs/infer_student/{trained}.log",
    wildcard_constraints:
        trained=_alternatives(PLAN.students) or "(?!)",
    conda:
        "../../envs/kdcal.yaml"
    threads: config["compute"]["threads"]
    resources:
        gpu=1,
    params:
        threads=config["compute"]["threads"],
        max_length=config["student"]["max_length"],
        device=config["student"]["device"],
    script:
        "../scripts/infer_student.py"


# An ensemble arm: the mean of its members' probabilities on the validation rows.
rule average_ensemble:
    input:
        members=lambda w: predictions_of(PLAN.ensembles[w.ensemble]),
    output:
        predictions="results/predictions/{ensemble}.npz",
    log:
        "logs/average_ensemble/{ensemble}.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        members=lambda w: PLAN.ensembles[w.ensemble],
    script:
        "../scripts/average_ensemble.py"
