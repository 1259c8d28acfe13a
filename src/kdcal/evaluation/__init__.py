"""The evaluation stage: metrics, bootstrap intervals, conformal sets and the course's analyses."""
