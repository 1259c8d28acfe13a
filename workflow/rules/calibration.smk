# Post-hoc calibration: one temperature per arm, fit on the cal half.


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
