"""Every post-hoc calibration method a study can use, each declared once.

A method is one ``PosthocMethod``: its ``calibration.methods`` name, the suffix of its post-hoc
arms (``<arm>_<suffix>``), its label in tables and figures, its marker on the NLL-ECE plane, its map
class (a ``CalibrationMap``) and its fit, ``fit(logits, labels, **settings) -> (map, cv records)``.
Every method goes through the same two rules (``fit_calibrator``, ``apply_calibrator``) and the
same file, ``results/calibration/<arm>_<suffix>.json``: ``{"method": ..., **map.to_record(), "cv":
[...], "cal_rows": ..., "cal_nll_before": ..., "cal_nll_after": ...}`` (``calibration_record``).

Adding a map is one ``CalibrationMap`` subclass and one ``register`` call (plus its docs and its
name in the schema's enum of ``calibration.methods``); the plan, the rules, the table and the plots
read everything else from here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from kdcal.calibration.maps import (
    CalibrationError,
    CalibrationMap,
    MatrixScaler,
    TemperatureScaler,
    TopLabelIsotonic,
    VectorScaler,
    fit_histogram_binning,
    fit_matrix_scaling,
    fit_temperature_scaling,
    fit_vector_scaling,
    mean_nll,
)
from kdcal.runtime import read_json


@dataclass(frozen=True)
class PosthocMethod:
    method: str  # its calibration.methods entry
    suffix: str  # its post-hoc arms are <arm>_<suffix>
    label: str  # in table rows and figure titles: "<arm label> + <label>"
    marker: str  # matplotlib marker of its arms on the NLL-ECE plane
    map_class: type[CalibrationMap]
    fit: Callable[..., tuple[CalibrationMap, list[dict]]]  # fit(logits, labels, **settings) -> (map, cv records)


REGISTRY: dict[str, PosthocMethod] = {}


def register(entry: PosthocMethod) -> PosthocMethod:
    """Add a method; its name and suffix must be new (a suffix names arms, so two would collide)."""
    for other in REGISTRY.values():
        if other.method != entry.method and other.suffix == entry.suffix:
            raise ValueError(f"calibration method {entry.method!r}: suffix {entry.suffix!r} is already {other.method!r}'s")
    REGISTRY[entry.method] = entry
    return entry


def unregister(method: str) -> None:
    REGISTRY.pop(method, None)


register(PosthocMethod("temperature_scaling", "ts", "temperature scaling", "s", TemperatureScaler, fit_temperature_scaling))
register(PosthocMethod("vector_scaling", "vs", "vector scaling", "^", VectorScaler, fit_vector_scaling))
register(PosthocMethod("matrix_scaling", "ms", "matrix scaling", "D", MatrixScaler, fit_matrix_scaling))
register(PosthocMethod("histogram_binning", "hb", "top-label isotonic", "v", TopLabelIsotonic, fit_histogram_binning))


def method_of(method: str) -> PosthocMethod:
    try:
        return REGISTRY[method]
    except KeyError:
        raise CalibrationError(f"calibration method {method!r} is not one of {', '.join(REGISTRY)}") from None


def by_suffix(suffix: str) -> PosthocMethod | None:
    return next((entry for entry in REGISTRY.values() if entry.suffix == suffix), None)


def fit_map(method: str, logits: np.ndarray, labels: np.ndarray, settings: Mapping, source: str):
    """Fit ``method`` on (n, K) cal logits and (n,) labels with its ``settings``; a fit that cannot
    mean what it says is refused naming ``source``. Returns (map, cv records, its file's record)."""
    fitted, cv = method_of(method).fit(logits, labels, **settings)
    fitted.check_fit(logits, source)
    before, after = mean_nll(logits, labels), mean_nll(fitted.transform(logits), labels)
    record = {
        "method": method,
        **fitted.to_record(),
        "cv": cv,
        "cal_rows": len(labels),
        "cal_nll_before": before,
        "cal_nll_after": after,
    }
    return fitted, cv, record


def map_from_record(record: Mapping, source: str = "calibrator") -> CalibrationMap:
    """A fitted map from its JSON record (``{"method": ..., **map.to_record()}``). A record with a
    ``temperature`` and no ``method`` is a temperature file of older kdcal versions."""
    method = record.get("method")
    if method is None and "temperature" in record:
        method = "temperature_scaling"
    if method not in REGISTRY:
        raise CalibrationError(f"{source}: method {method!r} is not one of {', '.join(REGISTRY)}")
    return REGISTRY[method].map_class.from_record(record)


def load_fitted_map(path) -> CalibrationMap:
    """A fitted post-hoc map from its JSON file (``fit_calibrator``'s, or an older temperature file)."""
    return map_from_record(read_json(path), str(path))


def check_classes(fitted: CalibrationMap, n_classes: int, map_source: str, logits_source: str) -> None:
    """Refuse a map fitted on a different number of classes than the logits it is applied to."""
    if fitted.n_classes is not None and fitted.n_classes != n_classes:
        raise CalibrationError(f"{map_source}: {fitted.n_classes} classes but {logits_source} has {n_classes}")
