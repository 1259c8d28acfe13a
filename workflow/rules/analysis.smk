# The published course's analyses: teacher diagnostics, agreement with the teacher, coverage.


# Teacher ECE, NLL, macro F1 and accuracy on the full validation set and on the eval half; the
# temperature that would minimise its NLL after each distilled arm's divisor.
rule diagnose_teacher:
    input:
        predictions=TEACHER_PREDICTIONS,
        split=CAL_EVAL,
        temperature=TEACHER_CALIBRATION,
    output:
        diagnostics=report("results/teacher_diagnostics.tsv", caption="../report/teacher_diagnostics.rst", category="Tables"),
        temperature=report("results/teacher_temperature.tsv", caption="../report/teacher_temperature.rst", category="Tables"),
    log:
        "logs/diagnose_teacher/diagnose_teacher.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        ece_bins=EVALUATION.ece_bins,
        divisors=teacher_divisors(),
    script:
        "../scripts/diagnose_teacher.py"


# Jensen-Shannon divergence from the teacher and argmax agreement with it, per arm and tier.
rule compare_with_teacher:
    input:
        teacher=TEACHER_PREDICTIONS,
        predictions=predictions_of(PLAN.study_arms),
        split=CAL_EVAL,
    output:
        agreement=report("results/teacher_agreement.tsv", caption="../report/teacher_agreement.rst", category="Tables"),
    log:
        "logs/compare_with_teacher/compare_with_teacher.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        arms=PLAN.study_arms,
    script:
        "../scripts/compare_with_teacher.py"


# Coverage, accuracy and rows covered at each confidence threshold, per arm and tier.
rule tabulate_coverage:
    input:
        predictions=predictions_of(PLAN.study_arms),
        split=CAL_EVAL,
    output:
        coverage=report("results/coverage.tsv", caption="../report/coverage.rst", category="Tables"),
    log:
        "logs/tabulate_coverage/tabulate_coverage.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        arms=PLAN.study_arms,
        thresholds=config["analysis"]["coverage_thresholds"],
        target=config["analysis"]["accuracy_target"],
    script:
        "../scripts/tabulate_coverage.py"


# The course's paired bootstrap of tier macro F1 differences, every trained arm minus the baseline.
rule bootstrap_tier_f1:
    input:
        predictions=predictions_of(PLAN.study_trained),
        split=CAL_EVAL,
    output:
        bootstrap=report("results/tier_f1_bootstrap.tsv", caption="../report/tier_f1_bootstrap.rst", category="Tables"),
    log:
        "logs/bootstrap_tier_f1/bootstrap_tier_f1.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        arms=PLAN.study_trained,
        baseline=EVALUATION.baseline,
        rows=PROTOCOL.analysis_rows,
        resamples=config["analysis"]["tier_f1_bootstrap"]["resamples"],
        seed=config["analysis"]["tier_f1_bootstrap"]["seed"],
        level=EVALUATION.level,
    script:
        "../scripts/bootstrap_tier_f1.py"


if not REPLAY:

    # Per class, per arm, on the eval half: names, tiers, training rows, precision, recall, F1, confidence.
    rule tabulate_classes:
        input:
            predictions=predictions_of(PLAN.study_arms),
            split=CAL_EVAL,
            corpus=CORPUS,
            train_index=TRAIN_INDEX,
            tiers=TIERS_FILE,
        output:
            per_class=report("results/per_class.tsv", caption="../report/per_class.rst", category="Tables"),
        log:
            "logs/tabulate_classes/tabulate_classes.log",
        conda:
            "../../envs/kdcal.yaml"
        params:
            arms=PLAN.study_arms,
        script:
            "../scripts/tabulate_classes.py"
