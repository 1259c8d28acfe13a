# Post-hoc calibration of every trained arm, fit on the cal half: one temperature (<arm>_ts) and the
# maps of calibration.methods beyond it: vector scaling (<arm>_vs), matrix scaling with ODIR
# (<arm>_ms) and the top-label isotonic map (<arm>_hb).


# Fit T minimising NLL on the cal half of one arm's validation logits.
rule fit_temperature:
    input:
        predictions="results/predictions/{fitted}.npz",
        split=CAL_EVAL,
    output:
        temperature="results/calibration/{fitted}.json",
    log:
        "logs/fit_temperature/{fitted}.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        fit=PROTOCOL.temperature_fit,
    script:
        "../scripts/fit_temperature.py"


# The post-hoc arm <arm>_ts: the arm's validation logits divided by its temperature.
rule apply_temperature:
    input:
        predictions="results/predictions/{trained}.npz",
        temperature="results/calibration/{trained}.json",
    output:
        predictions="results/predictions/{trained}_ts.npz",
    log:
        "logs/apply_temperature/{trained}.log",
    # Also the teacher, where the calibration transfer ratio needs it (TRANSFER_ARMS).
    wildcard_constraints:
        trained=_alternatives(list(PLAN.trained) + [a.removesuffix("_ts") for a in TRANSFER_ARMS]),
    conda:
        "../../envs/kdcal.yaml"
    script:
        "../scripts/apply_temperature.py"


# One calibration map of one arm on the cal half (vs, ms: regularisation chosen by CV; hb: isotonic).
rule fit_calibrator:
    input:
        predictions="results/predictions/{trained}.npz",
        split=CAL_EVAL,
    output:
        calibrator="results/calibration/{trained}_{posthoc}.json",
    log:
        "logs/fit_calibrator/{trained}_{posthoc}.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        method=lambda w: POSTHOC_METHOD[w.posthoc],
        settings=lambda w: canonical(config["calibration"].get(POSTHOC_METHOD[w.posthoc], {})),
    script:
        "../scripts/fit_calibrator.py"


# The post-hoc arm <arm>_<posthoc>: the arm's validation logits through its fitted map.
rule apply_calibrator:
    input:
        predictions="results/predictions/{trained}.npz",
        calibrator="results/calibration/{trained}_{posthoc}.json",
    output:
        predictions="results/predictions/{trained}_{posthoc}.npz",
    log:
        "logs/apply_calibrator/{trained}_{posthoc}.log",
    conda:
        "../../envs/kdcal.yaml"
    script:
        "../scripts/apply_calibrator.py"
