# Report: the results table and the figures, each wrapped for `snakemake --report`.


# The published table's shape plus intervals, tiers and the headline sentence.
rule make_table:
    input:
        unpack(table_inputs),
    output:
        table=report("results/table.md", caption="../report/table.rst", category="Tables"),
    log:
        "logs/make_table/make_table.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        arms=ARMS,
        headline=headline_arms(),
        accuracy_target=config["analysis"]["accuracy_target"],
        notes=table_notes(),
    script:
        "../scripts/make_table.py"


# Reliability diagrams, one small panel per arm.
rule plot_reliability:
    input:
        unpack(lambda w: panel_inputs(study_panels())),
        split="results/split/cal_eval.json",
    output:
        figure=report(
            "results/figures/reliability.png",
            caption="../report/reliability.rst",
            category="Figures",
            subcategory="Headline study",
        ),
    log:
        "logs/plot_reliability/plot_reliability.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        panels=study_panels(),
        ece_bins=config["evaluation"]["ece_bins"],
    script:
        "../scripts/plot_reliability.py"


# Coverage-accuracy curves: accuracy on the most confident rows at each coverage, per arm.
rule plot_coverage:
    input:
        unpack(lambda w: panel_inputs(study_panels())),
        split="results/split/cal_eval.json",
    output:
        figure=report(
            "results/figures/coverage.png",
            caption="../report/coverage_curves.rst",
            category="Figures",
            subcategory="Headline study",
        ),
    log:
        "logs/plot_coverage/plot_coverage.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        panels=by_method(study_panels()),
    script:
        "../scripts/plot_coverage.py"


# All arms on the NLL-ECE plane, arrows from the baseline.
rule plot_ece_vs_nll:
    input:
        metrics="results/metrics.tsv",
    output:
        figure=report(
            "results/figures/ece_vs_nll.png",
            caption="../report/ece_vs_nll.rst",
            category="Figures",
            subcategory="Headline study",
        ),
    log:
        "logs/plot_ece_vs_nll/plot_ece_vs_nll.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        arms=ARMS,
        baseline=config["evaluation"]["baseline"],
    script:
        "../scripts/plot_ece_vs_nll.py"
