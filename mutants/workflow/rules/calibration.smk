# Post-hoc calibration of every trained arm, fit on the cal half: one temperature (<arm>_ts) and
# vector scaling (<arm>_vs).


# Fit T minimising NLL on the cal half of one arm's validation logits.
rule fit_temperature:
    input:
        predictions="results/predictions/{fitted}.npz",
        split="results/split/cal_eval.json",
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
    conda:
        "../../envs/kdcal.yaml"
    script:
        "../scripts/apply_temperature.py"


# Vector scaling of one arm: per-class scale and bias, regularisation chosen by CV on the cal half.
rule fit_vector_scaling:
    input:
        predictions="results/predictions/{trained}.npz",
        split="results/split/cal_eval.json",
    output:
        calibrator="results/calibration/{trained}_vs.json",
    log:
        "logs/fit_vector_scaling/{trained}.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        settings=canonical(config["calibration"]["vector_scaling"]),
    script:
        "../scripts/fit_vector_scaling.py"


# The post-hoc arm <arm>_vs: the arm's validation logits, scaled and shifted per class.
rule apply_vector_scaling:
    input:
        predictions="results/predictions/{trained}.npz",
        calibrator="results/calibration/{trained}_vs.json",
    output:
        predictions="results/predictions/{trained}_vs.npz",
    log:
        "logs/apply_vector_scaling/{trained}.log",
    conda:
        "../../envs/kdcal.yaml"
    script:
        "../scripts/apply_vector_scaling.py"
