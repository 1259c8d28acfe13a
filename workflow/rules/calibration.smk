# Post-hoc calibration, fit on the cal half: every map of calibration.methods for every trained arm
# (<arm>_ts, <arm>_vs, ...; kdcal.calibration.registry), and the teacher's temperature. One rule
# pair and one file format for every map.


# One map of one arm on the cal half (ts: one temperature; vs, ms: strength chosen by CV; hb: isotonic).
rule fit_calibrator:
    input:
        predictions="results/predictions/{fitted}.npz",
        split=CAL_EVAL,
    output:
        calibrator="results/calibration/{fitted}_{posthoc}.json",
    log:
        "logs/fit_calibrator/{fitted}_{posthoc}.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        method=calibration_method,
        settings=calibration_settings,
    script:
        "../scripts/fit_calibrator.py"


# The post-hoc arm <arm>_<posthoc>: the arm's validation logits through its fitted map.
rule apply_calibrator:
    input:
        predictions="results/predictions/{fitted}.npz",
        calibrator="results/calibration/{fitted}_{posthoc}.json",
    output:
        predictions="results/predictions/{fitted}_{posthoc}.npz",
    log:
        "logs/apply_calibrator/{fitted}_{posthoc}.log",
    conda:
        "../../envs/kdcal.yaml"
    script:
        "../scripts/apply_calibrator.py"
