"""How much each difference between the course's protocol and kdcal's moves the numbers, measured
on fixture files of the published shape (n = 6,430, K = 113, float16 logits; tests/published_fixtures.py).

    python benchmarks/protocol_effects.py [--seeds 3]

Prints one row per item: the two definitions' values on the same files and their difference
(largest absolute difference over the fixture seeds).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from kdcal.calibration.maps import fit_temperature, fit_temperature_course
from kdcal.data.replay import read_study
from kdcal.data.split import cal_eval_split
from kdcal.evaluation.analysis import coverage_table, teacher_agreement, tier_f1_bootstrap
from kdcal.evaluation.metrics import TIERS, evaluate
from published_fixtures import write_published_study


def effects(folder: Path, seed: int) -> dict[str, float]:
    files = write_published_study(folder, seed=seed, arms=("vanilla", "kd"))
    arms = read_study({arm: files[arm] for arm in ("teacher", "vanilla", "kd")})
    van, kd, teacher = arms["vanilla"], arms["kd"], arms["teacher"]
    cal, ev = cal_eval_split(len(van), 42)
    tier_of_class = {int(c): str(t) for c, t in zip(van.labels, van.tiers)}
    out = {}
    for name, p in (("vanilla", van), ("kd", kd)):
        values = evaluate(p.logits[ev], p.labels[ev], p.tiers[ev], None, n_bins=15, tier_of_class=tier_of_class)
        for tier in TIERS:
            out[f"tier F1 {name} {tier}: course - all rows"] = (
                values[(tier, "macro_f1_course")][0] - values[(tier, "macro_f1")][0]
            )
    exact, course = fit_temperature(van.logits[cal], van.labels[cal]), fit_temperature_course(van.logits[cal], van.labels[cal])
    out["vanilla T: course LBFGS / exact - 1"] = course / exact - 1
    ece = {}
    for label, t in (("exact", exact), ("course", course)):
        z = van.logits[ev].astype(np.float64) / t
        ece[label] = evaluate(z, van.labels[ev], van.tiers[ev], None, n_bins=15, tier_of_class=tier_of_class)[("all", "ece")][0]
    kd_ece = evaluate(kd.logits[ev], kd.labels[ev], kd.tiers[ev], None, n_bins=15, tier_of_class=tier_of_class)[("all", "ece")][0]
    van_ece = evaluate(van.logits[ev], van.labels[ev], van.tiers[ev], None, n_bins=15, tier_of_class=tier_of_class)[
        ("all", "ece")
    ][0]
    out["vanilla + T ECE: course - exact"] = ece["course"] - ece["exact"]
    out["ratio: course - exact (percentage points)"] = (
        100 * ((van_ece - ece["course"]) - (van_ece - ece["exact"])) / (van_ece - kd_ece)
    )
    for name, p in (("vanilla", van), ("kd", kd)):
        full = coverage_table(p.logits, p.labels, p.tiers, [0.7], 0.95)
        half = coverage_table(p.logits[ev], p.labels[ev], p.tiers[ev], [0.7], 0.95)
        out[f"coverage@0.7 {name}: full val - eval half"] = full.coverage.iloc[0] - half.coverage.iloc[0]
        out[f"accuracy@0.7 {name}: full val - eval half"] = full.accuracy.iloc[0] - half.accuracy.iloc[0]
        agree_full = teacher_agreement(p.logits, teacher.logits, p.tiers).set_index("subset")
        agree_half = teacher_agreement(p.logits[ev], teacher.logits[ev], p.tiers[ev]).set_index("subset")
        for tier in TIERS:
            out[f"JS {name} {tier}: course (nats, full val) - kdcal (bits, eval)"] = (
                agree_full.js_divergence_course[tier] - agree_half.js_divergence[tier]
            )
    tier_classes = {t: np.unique(van.labels[van.tiers == t]) for t in TIERS}
    course = {"n_resamples": 1000, "seed": 42, "level": 0.95}  # the published course's bootstrap
    full = tier_f1_bootstrap(van.predicted(), kd.predicted(), van.labels, van.tiers, tier_classes, 113, **course)
    rows = (van.predicted()[ev], kd.predicted()[ev], van.labels[ev], van.tiers[ev])
    half = tier_f1_bootstrap(*rows, tier_classes, 113, **course)
    for tier in TIERS:
        width_full = full.set_index("tier").eval("ci_high - ci_low")[tier]
        width_half = half.set_index("tier").eval("ci_high - ci_low")[tier]
        out[f"bootstrap interval width {tier}: full val / eval half"] = width_full / width_half
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.seeds):
            runs.append(effects(Path(tmp) / str(seed), seed))
    print(f"| item | min over {args.seeds} fixture seeds | max |\n|---|---|---|")
    for item in runs[0]:
        values = [r[item] for r in runs]
        print(f"| {item} | {min(values):+.4f} | {max(values):+.4f} |")


if __name__ == "__main__":
    main()
