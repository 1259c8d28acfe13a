# Evaluation on the eval half: per-arm metrics with bootstrap draws, then the study summary.


# Metrics of one arm on the eval half, all subsets, with paired bootstrap draws.
rule evaluate_arm:
    input:
        predictions="results/predictions/{arm}.npz",
        split=CAL_EVAL,
    output:
        evaluation="results/evaluation/{arm}.npz",
    log:
        "logs/evaluate_arm/{arm}.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        **EVALUATION.for_arm(),
    script:
        "../scripts/evaluate_arm.py"


# Long table of every metric with intervals, paired differences and the headline ratio.
rule aggregate_metrics:
    input:
        evaluations=evaluations_of(PLAN.study_arms + TRANSFER_ARMS),
    output:
        metrics=report(
            METRICS,
            caption="../report/metrics.rst",
            category="Tables",
        ),
        ship=report(
            "results/which_to_ship.tsv",
            caption="../report/which_to_ship.rst",
            category="Tables",
        ),
    log:
        "logs/aggregate_metrics/aggregate_metrics.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        arms=PLAN.study_arms,
        level=EVALUATION.level,
        headline=headline_arms(),
        transfer=TRANSFER,
        transfer_arms=TRANSFER_ARMS,
        teachers=second_generation(),
        families=PLAN.families(PLAN.study_arms),
    script:
        "../scripts/aggregate_metrics.py"
