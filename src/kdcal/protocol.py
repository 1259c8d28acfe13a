"""The two evaluation protocols: kdcal's own choices and the published course's definitions.

``protocol: kdcal`` (the default) and ``protocol: course`` (selected by
``config/replay-week6.yaml``) differ in the items below. Both definitions are always computed where
that is cheap (both tier macro F1s are metrics, both JS divergences are columns, coverage and
agreement are tabulated on both row sets, both temperatures are recorded); the protocol picks which
one the table shows and which temperature the ``_ts`` arms use.

| item | course (week 6 lab and homework) | kdcal |
|---|---|---|
| tier macro F1 | the tier's rows only, labels = the tier's classes in full validation | per-class F1 on all rows, mean over the tier's classes that occur |
| temperature | torch LBFGS on log T, lr 0.1, 200 iterations, one step | NLL minimum to float64 precision |
| coverage table | full validation, trained arms | eval half, every arm |
| Jensen-Shannon | nats, probabilities clipped at 1e-12, full validation | bits, eval half |
| tier F1 bootstrap | full validation, within-tier resamples, RandomState(42) | the same procedure on the eval half |
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Protocol:
    name: str
    tier_f1: str  # metric shown as the tier macro F1: macro_f1_course or macro_f1
    temperature_fit: str  # kdcal.calibration.maps.TEMPERATURE_FITS key used by the _ts arms
    analysis_rows: str  # rows of the coverage, agreement and tier-F1-bootstrap tables: full_val or eval
    js: str  # JS column shown: js_divergence_course (nats, clipped) or js_divergence (bits)

    @property
    def analysis_of_trained_arms_only(self) -> bool:
        """On full validation a post-hoc arm's cal half is the data its calibrator saw, so the
        full-validation tables show trained arms (and the teacher) only, as the course did."""
        return self.analysis_rows == "full_val"


PROTOCOLS = {
    "kdcal": Protocol("kdcal", "macro_f1", "exact", "eval", "js_divergence"),
    "course": Protocol("course", "macro_f1_course", "course_lbfgs", "full_val", "js_divergence_course"),
}

# How the tables name each definition.
DEFINITIONS = {
    "macro_f1": "all-rows definition: per-class F1 on every evaluated row, mean over the tier's classes that occur",
    "macro_f1_course": "course definition: the tier's rows only, over the tier's classes in full validation",
    "exact": "exact NLL minimum",
    "course_lbfgs": "course LBFGS fit",
    "eval": "eval half",
    "full_val": "full validation",
    "js_divergence": "bits",
    "js_divergence_course": "nats, probabilities clipped at 1e-12",
}
