# Data: the corpus as one table, its stratified splits and the class tiers.


# Read the configured corpus into results/data/corpus.parquet (row_id, text, label).
rule prepare_corpus:
    output:
        corpus="results/data/corpus.parquet",
        labels="results/data/labels.json",
    log:
        "logs/prepare_corpus/prepare_corpus.log",
    params:
        source=config["dataset"]["source"],
    conda:
        "../../envs/kdcal.yaml"
    script:
        "../scripts/prepare_corpus.py"


# Class-stratified train / val / test index files and the head / mid / tail tier of each class.
rule split_dataset:
    input:
        corpus="results/data/corpus.parquet",
        labels="results/data/labels.json",
    output:
        train="results/data/splits/train.json",
        val="results/data/splits/val.json",
        test="results/data/splits/test.json",
        tiers="results/data/tiers.json",
    log:
        "logs/split_dataset/split_dataset.log",
    params:
        sizes=canonical(config["dataset"]["sizes"]),
        seed=config["dataset"]["seed"],
        tiers=canonical(config["dataset"]["tiers"]),
    conda:
        "../../envs/kdcal.yaml"
    script:
        "../scripts/split_dataset.py"
