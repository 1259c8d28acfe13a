# Report: the results table and the figures, each wrapped for `snakemake --report`.


# The published table's shape plus intervals, tiers and the headline sentence.
rule make_table:
    input:
        **ANALYSES,
        metrics=METRICS,
        ship=rules.aggregate_metrics.output.ship,
        figures=figures_of("results"),
        downstream=figure("results", "downstream"),
        temperatures=calibrations_of(dict.fromkeys(PLAN.temperature_arms().values())),
        split=CAL_EVAL,
    output:
        table=report("results/table.md", caption="../report/table.rst", category="Tables"),
    log:
        "logs/make_table/make_table.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        arms=PLAN.study_arms,
        temperature_of=PLAN.temperature_arms(),
        labels=PLAN.labels(PLAN.study_arms + list(second_generation().values())),
        analyses=list(ANALYSES),
        analysis_arms=analysis_arms(),
        protocol=config["protocol"],
        headline=headline_arms(),
        accuracy_target=config["analysis"]["accuracy_target"],
        level=EVALUATION.level,
        published_ratio=EVALUATION.published_ratio,
        notes=notes(),
        teachers=second_generation(),
    script:
        "../scripts/make_table.py"


# Reliability diagrams, one small panel per arm.
rule plot_reliability:
    input:
        predictions=predictions_of(panel_arms(PLAN.study_panels())),
        split=CAL_EVAL,
    output:
        figure=report(
            figure("results", "reliability"),
            caption="../report/reliability.rst",
            category="Figures",
            subcategory="Headline study",
        ),
        smooth=report(
            figure("results", "smooth_reliability"),
            caption="../report/smooth_reliability.rst",
            category="Figures",
            subcategory="Headline study",
        ),
    log:
        "logs/plot_reliability/plot_reliability.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        arms=panel_arms(PLAN.study_panels()),
        panels=PLAN.study_panels(),
        labels=PLAN.panel_labels(PLAN.study_panels()),
        ece_bins=EVALUATION.ece_bins,
    script:
        "../scripts/plot_reliability.py"


# Coverage-accuracy curves: accuracy on the most confident rows at each coverage, per arm.
rule plot_coverage:
    input:
        predictions=predictions_of(panel_arms(PLAN.study_panels())),
        split=CAL_EVAL,
    output:
        figure=report(
            figure("results", "coverage"),
            caption="../report/coverage_curves.rst",
            category="Figures",
            subcategory="Headline study",
        ),
    log:
        "logs/plot_coverage/plot_coverage.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        arms=panel_arms(PLAN.study_panels()),
        panels=PLAN.by_method(PLAN.study_panels()),
        labels=PLAN.panel_labels(PLAN.study_panels()),
        families=PLAN.panel_families(PLAN.study_panels()),
    script:
        "../scripts/plot_coverage.py"


# Top-k accuracy per arm, and conformal set size against coverage.
rule plot_downstream:
    input:
        metrics=METRICS,
    output:
        figure=report(
            figure("results", "downstream"),
            caption="../report/downstream.rst",
            category="Figures",
            subcategory="Headline study",
        ),
    log:
        "logs/plot_downstream/plot_downstream.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        arms=PLAN.study_arms,
        labels=PLAN.labels(PLAN.study_arms),
    script:
        "../scripts/plot_downstream.py"


# All arms on the NLL-ECE plane, arrows from the baseline.
rule plot_ece_vs_nll:
    input:
        metrics=METRICS,
    output:
        figure=report(
            figure("results", "ece_vs_nll"),
            caption="../report/ece_vs_nll.rst",
            category="Figures",
            subcategory="Headline study",
        ),
    log:
        "logs/plot_ece_vs_nll/plot_ece_vs_nll.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        arms=PLAN.study_arms,
        baseline=EVALUATION.baseline,
        labels=PLAN.labels(PLAN.study_arms),
    script:
        "../scripts/plot_ece_vs_nll.py"
