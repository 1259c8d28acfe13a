# Replay: evaluate prediction files made elsewhere (published study, your own model).


# Fetch one prediction file (hf:// URI through the Hugging Face cache, an http(s) URL or a local path).
rule fetch_predictions:
    output:
        file="resources/replay/{source}.npz",
    log:
        "logs/fetch_predictions/{source}.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        uri=replay_uri,
    script:
        "../scripts/fetch_file.py"


# Check every fetched file, alone and against the others, and write kdcal's predictions format.
rule import_predictions:
    input:
        files=[f"resources/replay/{arm}.npz" for arm in PLAN.fitted_arms],
    output:
        predictions=predictions_of(PLAN.fitted_arms),
    log:
        "logs/import_predictions/import_predictions.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        arms=PLAN.fitted_arms,
        sources=canonical(replay_sources()),
    script:
        "../scripts/import_predictions.py"
