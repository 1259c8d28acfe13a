# The cal / eval split of validation, as the published study made it.


# Positions of the cal half (temperature fitting) and the eval half (all metrics) of validation.
rule split_validation:
    input:
        rows=validation_rows(),
    output:
        split=CAL_EVAL,
    log:
        "logs/split_validation/split_validation.log",
    conda:
        "../../envs/kdcal.yaml"
    # The fewest rows a half may have is a resource, not a param: a threshold that refuses a split
    # must not rerun one it accepts.
    resources:
        min_rows=EVALUATION.min_rows,
    params:
        seed=config["split"]["seed"],
    script:
        "../scripts/split_validation.py"
