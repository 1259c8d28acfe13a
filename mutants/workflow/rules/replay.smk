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
        content=content_of(replay_uri),
    script:
        "../scripts/fetch_file.py"


# Check one fetched file, alone and against the reference arm's (same rows, labels and tiers), and
# write it in kdcal's predictions format. One job per arm: replacing one arm's file reruns that arm only.
rule import_predictions:
    input:
        unpack(replay_import_inputs),
    output:
        predictions="results/predictions/{source}.npz",
    log:
        "logs/import_predictions/{source}.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        reference=replay_reference(),
        uri=replay_uri,
    script:
        "../scripts/import_predictions.py"
