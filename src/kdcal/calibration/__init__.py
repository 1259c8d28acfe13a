"""The post-hoc calibration stage: temperature scaling and the other calibration maps."""

# Calibration method -> the suffix of its post-hoc arms (<arm>_ts, ...), and each suffix's title.
POSTHOC_SUFFIX = {"temperature_scaling": "ts", "vector_scaling": "vs", "matrix_scaling": "ms", "histogram_binning": "hb"}
POSTHOC_TITLE = {"ts": "temperature scaling", "vs": "vector scaling", "ms": "matrix scaling", "hb": "top-label isotonic"}
