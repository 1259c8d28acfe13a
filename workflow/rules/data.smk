# Data: the corpus as one table, its stratified splits and the class tiers.


# Fetch one of the published course files (label list, label merge, split indices) by URL.
rule fetch_course_file:
    output:
        file="resources/course/{course_file}.json",
    log:
        "logs/fetch_course_file/{course_file}.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        uri=course_file_url,
        content=content_of(course_file_url),
    script:
        "../scripts/fetch_file.py"


# Read the configured corpus into results/data/corpus.parquet (row_id, text, label).
rule prepare_corpus:
    input:
        **corpus_inputs(),
    output:
        corpus=CORPUS,
        labels=LABELS,
        source_rows=SOURCE_ROWS,
        summary="results/data/summary.json",
    log:
        "logs/prepare_corpus/prepare_corpus.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        source=config["dataset"]["source"],
        dataset=dataset_params(),
    script:
        "../scripts/prepare_corpus.py"


if config["dataset"]["source"] == "consumer_complaints":

    # The published splits: train indices (plus the test split, as configured), val indices, tiers.
    rule split_dataset:
        input:
            corpus=CORPUS,
            labels=LABELS,
            source_rows=SOURCE_ROWS,
            train_indices="resources/course/train_indices.json",
            val_indices="resources/course/val_indices.json",
        output:
            train=TRAIN_INDEX,
            val=VAL_INDEX,
            test=TEST_INDEX,
            tiers=TIERS_FILE,
        log:
            "logs/split_dataset/split_dataset.log",
        conda:
            "../../envs/kdcal.yaml"
        params:
            train_splits=config["dataset"]["train_splits"],
            tiers=canonical(config["dataset"]["tiers"]),
        script:
            "../scripts/split_published.py"

else:

    # Train / val / test index files (class-stratified, or a table's split column) and the
    # head / mid / tail tier of each class.
    rule split_dataset:
        input:
            corpus=CORPUS,
            labels=LABELS,
        output:
            train=TRAIN_INDEX,
            val=VAL_INDEX,
            test=TEST_INDEX,
            tiers=TIERS_FILE,
        log:
            "logs/split_dataset/split_dataset.log",
        conda:
            "../../envs/kdcal.yaml"
        params:
            dataset=config["dataset"]["path"] if config["dataset"]["source"] == "table" else config["dataset"]["source"],
            fixed=FIXED_SPLITS,
            sizes=None if FIXED_SPLITS else canonical(config["dataset"]["sizes"]),
            seed=None if FIXED_SPLITS else config["dataset"]["seed"],
            tiers=canonical(config["dataset"]["tiers"]),
        script:
            "../scripts/split_dataset.py"
