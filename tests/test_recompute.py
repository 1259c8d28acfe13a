"""Every number a user reads, recomputed independently (tests/recompute.py: numpy, scipy,
scikit-learn and relplot, nothing from kdcal) from the study's prediction files, calibration JSONs
and config: every row of metrics.tsv, per_class.tsv, coverage.tsv, teacher_agreement.tsv and
teacher_diagnostics.tsv, and every number and marker of results/table.md. On the tiny trained
study, on a replay under `protocol: kdcal` and on one under `protocol: course`."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import yaml
from snakemake.utils import validate

from recompute import (
    LABELS,
    SUBSETS,
    Arm,
    agreement_rows,
    check_results_table,
    check_ship,
    compare_metrics,
    coverage_rows,
    fitted_temperature,
    metrics_table,
    per_class_rows,
    read_json,
    read_npz,
    ship_rows,
)
from workflow_helpers import REPO, copy_workflow, merge_config, snakemake

pytestmark = pytest.mark.workflow


SUFFIX = {"temperature_scaling": "ts", "vector_scaling": "vs", "matrix_scaling": "ms", "histogram_binning": "hb"}


def top_label_map(logits, fitted):
    """docs/metrics.md, "Calibration maps": the top class's probability becomes the fitted isotonic map at its
    confidence (interpolated between knots, constant beyond), clipped to [max(1/(n+1), (1+1e-9)/K),
    n/(n+1)]; the others share the rest in their proportions, mixed with equal shares by the
    largest beta in [0, 1] that keeps each below the top one (times 1 - 1e-9)."""
    from scipy.special import softmax

    probs = softmax(logits, axis=1)
    n_rows, k = probs.shape
    n = fitted["cal_rows"]
    out = np.empty_like(probs)
    for i in range(n_rows):
        top = int(np.argmax(probs[i]))
        new = float(np.interp(probs[i, top], fitted["thresholds"], fitted["values"]))
        new = min(max(new, 1 / (n + 1), (1 + 1e-9) / k), n / (n + 1))
        others = np.delete(probs[i], top)
        share = others / others.sum()
        room = new / (1 - new) * (1 - 1e-9)
        beta = 1.0 if share.max() <= 1 / (k - 1) else min(1.0, max(0.0, (room - 1 / (k - 1)) / (share.max() - 1 / (k - 1))))
        out[i] = np.insert((beta * share + (1 - beta) / (k - 1)) * (1 - new), top, new)
    return np.log(out)


def study_config(workdir, configfile):
    """config.yaml with the study's config file merged in and the schema's defaults filled."""
    config = yaml.safe_load((REPO / "config/config.yaml").read_text())
    merge_config(config, yaml.safe_load((workdir / configfile).read_text()))
    validate(config, str(REPO / "workflow/schemas/config.schema.yaml"), set_default=True)
    return config


class Study:
    """A finished study's inputs as files, and every number recomputed from them."""

    def __init__(self, workdir, configfile, trained=("vanilla", "kd"), teacher=True):
        self.workdir, self.config = workdir, study_config(workdir, configfile)
        ev = self.config["evaluation"]
        split = read_json(workdir / "results/split/cal_eval.json")
        self.rows = {"eval": np.asarray(split["eval"]), "full_val": np.arange(split["n"])}
        self.cal = np.asarray(split["cal"])
        files = {
            arm: read_npz(workdir / f"results/predictions/{arm}.npz") for arm in (*(["teacher"] if teacher else []), *trained)
        }
        first = files[trained[0]]
        self.labels, self.tiers = first["labels"], first["tiers"].astype(str)
        self.k = first["logits"].shape[1]
        self.logits = {arm: np.asarray(f["logits"], dtype=np.float64) for arm, f in files.items()}
        self.temperatures = {}
        for arm in (*(["teacher"] if teacher else []), *trained):
            fit = read_json(workdir / f"results/calibration/{arm}_ts.json")
            self.temperatures[arm] = fit["temperature"]
            if arm == "teacher":
                continue
            self.logits[f"{arm}_ts"] = self.logits[arm] / fit["temperature"]
            self.temperatures[f"{arm}_ts"] = fit["temperature"]
            maps = self.config["calibration"]["methods"]
            if "vector_scaling" in maps:
                vs = read_json(workdir / f"results/calibration/{arm}_vs.json")
                self.logits[f"{arm}_vs"] = self.logits[arm] * np.array(vs["scale"]) + np.array(vs["bias"])
            if "matrix_scaling" in maps:
                ms = read_json(workdir / f"results/calibration/{arm}_ms.json")
                self.logits[f"{arm}_ms"] = self.logits[arm] @ np.array(ms["weights"]).T + np.array(ms["bias"])
            if "histogram_binning" in maps:
                self.logits[f"{arm}_hb"] = top_label_map(
                    self.logits[arm], read_json(workdir / f"results/calibration/{arm}_hb.json")
                )
        suffixes = [""] + [f"_{SUFFIX[m]}" for m in self.config["calibration"]["methods"]]
        order = (["teacher"] if teacher else []) + [f"{a}{s}" for a in trained for s in suffixes]
        self.arms = order
        tier_of_class = dict(zip(self.labels.tolist(), self.tiers.tolist()))
        self.tier_classes = {t: np.array(sorted(c for c, x in tier_of_class.items() if x == t)) for t in SUBSETS[1:]}
        e = self.rows["eval"]
        args = (ev["ece_bins"], ev["bootstrap_resamples"], ev["bootstrap_seed"], ev["floor_draws"])
        self.results = {
            arm: Arm(
                self.logits[arm][e],
                self.labels[e],
                self.tiers[e],
                self.tier_classes,
                *args,
                evaluation=ev,
                cal=(self.logits[arm][self.cal], self.labels[self.cal]),
            )
            for arm in order
        }
        self.headline = (ev["baseline"], ev["headline"]["posthoc"], ev["headline"]["distilled"])
        self._teacher = {}
        self.expected = metrics_table(self.results, ev["baseline"], self.headline, ev["confidence_level"])

    def coverage_on(self, arm: str, rows: str) -> dict:
        """``coverage_rows`` of an arm on a row set (eval or full_val), at the config's thresholds and target."""
        index, analysis = self.rows[rows], self.config["analysis"]
        return coverage_rows(
            self.logits[arm][index],
            self.labels[index],
            self.tiers[index],
            analysis["coverage_thresholds"],
            analysis["accuracy_target"],
        )

    def teacher_on(self, rows: str) -> Arm:
        """The teacher's point metrics on a row set (eval or full_val), computed once."""
        if rows not in self._teacher:
            index, bins = self.rows[rows], self.config["evaluation"]["ece_bins"]
            args = (self.labels[index], self.tiers[index], self.tier_classes, bins, 0, 0, 0)
            # The diagnostics have every metric but the top-k ones and the conformal sets.
            no_sets = {
                **self.config["evaluation"],
                "top_k": (),
                "conformal": {"methods": [], "alphas": [], "raps_lambda": 0, "raps_k_reg": 0},
            }
            self._teacher[rows] = Arm(
                self.logits["teacher"][index], *args, evaluation=no_sets, cal=(self.logits["teacher"][:0], self.labels[:0])
            )
        return self._teacher[rows]


@pytest.fixture(scope="module")
def tiny(tiny_study):
    return Study(tiny_study, "tiny.yaml")


def test_every_row_of_metrics_tsv_is_recomputed(tiny):
    compare_metrics(tiny.workdir / "results/metrics.tsv", tiny.expected)


def test_the_temperatures_are_the_nll_minimum_on_the_cal_half(tiny):
    for arm in ("teacher", "vanilla", "kd"):
        exact = fitted_temperature(tiny.logits[arm][tiny.cal], tiny.labels[tiny.cal])
        assert tiny.temperatures[arm] == pytest.approx(exact, rel=1e-5), arm


def check_analyses(study: Study, teacher=True):
    """coverage.tsv, teacher_agreement.tsv and teacher_diagnostics.tsv against the recomputation."""
    coverage = pd.read_csv(study.workdir / "results/coverage.tsv", sep="\t")
    arms_seen = set()
    for (arm, rows), sub in coverage.groupby(["arm", "rows"]):
        arms_seen.add(arm)
        expected = study.coverage_on(arm, rows)
        assert len(sub) == len(expected), (arm, rows)
        for r in sub.itertuples():
            cov, acc, n, meets = expected[(r.subset, round(r.threshold, 6))]
            assert (r.covered, bool(r.meets_target)) == (n, meets), (arm, rows, r)
            assert np.allclose([r.coverage, r.accuracy], [cov, acc], atol=1e-6, equal_nan=True), (arm, rows, r)
    assert arms_seen <= set(study.arms) and arms_seen >= {"vanilla", "kd"}
    if not teacher:
        return
    agreement = pd.read_csv(study.workdir / "results/teacher_agreement.tsv", sep="\t")
    assert len(agreement) == 4 * 2 * len(set(agreement.arm))
    for (arm, rows), sub in agreement.groupby(["arm", "rows"]):
        index = study.rows[rows]
        expected = agreement_rows(study.logits[arm][index], study.logits["teacher"][index], study.tiers[index])
        for r in sub.itertuples():
            bits, nats, agree, n = expected[r.subset]
            assert r.n == n and np.allclose(
                [r.js_divergence, r.js_divergence_course, r.argmax_agreement], [bits, nats, agree], atol=1e-6
            )
    diagnostics = pd.read_csv(study.workdir / "results/teacher_diagnostics.tsv", sep="\t")
    for rows in study.rows:
        arm = study.teacher_on(rows)
        sub = diagnostics[diagnostics.rows == rows]
        got = {(r.subset, r.metric): r.value for r in sub.itertuples()}
        assert set(got) == set(arm.point), rows
        wrong = {
            key: (got[key], value)
            for key, value in arm.point.items()
            if not np.isclose(got[key], value, atol=2e-6, equal_nan=True)
        }
        assert not wrong, (rows, wrong)


def test_coverage_agreement_and_teacher_diagnostics_are_recomputed(tiny):
    check_analyses(tiny)


def test_every_row_of_per_class_tsv_is_recomputed(tiny):
    names = read_json(tiny.workdir / "results/data/tiers.json")
    corpus = pd.read_parquet(tiny.workdir / "results/data/corpus.parquet", columns=["label"])["label"].to_numpy()
    train = np.bincount(corpus[read_json(tiny.workdir / "results/data/splits/train.json")], minlength=tiny.k)
    table = pd.read_csv(tiny.workdir / "results/per_class.tsv", sep="\t", keep_default_na=False, na_values=["nan"])
    assert sorted(set(table.arm)) == sorted(tiny.arms) and len(table) == len(tiny.arms) * tiny.k
    e = tiny.rows["eval"]
    for arm, sub in table.groupby("arm"):
        expected = per_class_rows(tiny.logits[arm][e], tiny.labels[e], tiny.k)
        for _, r in sub.iterrows():
            c = r["class_id"]
            assert (r["class"], r["tier"], r["train_rows"]) == (names["labels"][c], names["tiers"][c], train[c])
            support, predicted, precision, recall, f1, conf = expected[c]
            assert (r["support"], r["predicted"]) == (support, predicted), (arm, c)
            got = r[["precision", "recall", "f1", "confidence"]].to_numpy(float)
            assert np.allclose(got, [precision, recall, f1, conf], atol=1e-6, equal_nan=True), (arm, c)


def check_table(study: Study, tier_f1="macro_f1", analysis_rows="eval"):
    text = (study.workdir / "results/table.md").read_text()
    level = study.config["evaluation"]["confidence_level"]
    n = {s: study.results[study.arms[-1]].n_rows[s] for s in SUBSETS}
    tables = check_results_table(text, study.expected, study.arms, study.headline, level, n, study.temperatures, tier_f1)
    if "teacher" in study.arms:
        check_analysis_sections(study, tables, tier_f1, analysis_rows)


def check_analysis_sections(study, tables, tier_f1, analysis_rows):
    diagnostics = tables["Teacher diagnostics"]
    for row, rows in zip(diagnostics, ("full_val", "eval"), strict=True):
        teacher = study.teacher_on(rows)
        assert row["rows"] == {"full_val": "full validation", "eval": "eval half"}[rows]
        for column, key in (
            ("ECE", ("all", "ece")),
            ("NLL", ("all", "nll")),
            ("macro F1", ("all", "macro_f1")),
            ("accuracy", ("all", "accuracy")),
        ):
            assert abs(float(row[column]) - teacher.point[key]) <= 5e-5 + 2e-6, (rows, column)
        for tier in SUBSETS[1:]:
            assert abs(float(row[f"{tier} F1"]) - teacher.point[(tier, tier_f1)]) <= 5e-5 + 2e-6, (rows, tier)
    agreement = tables[next(h for h in tables if h.startswith("Agreement with the teacher"))]
    js_column = 0 if analysis_rows == "eval" else 1  # bits on the eval half (kdcal), nats on full validation (course)
    index = study.rows[analysis_rows]
    for row in agreement:
        arm = next(a for a in study.arms if LABELS[a] == row["arm"])
        expected = agreement_rows(study.logits[arm][index], study.logits["teacher"][index], study.tiers[index])
        for subset in SUBSETS:
            assert abs(float(row[f"JS {subset}"]) - expected[subset][js_column]) <= 5e-5 + 2e-6, (arm, subset)
            assert abs(float(row[f"agreement {subset}"]) - expected[subset][2]) <= 5e-5 + 2e-6, (arm, subset)
    coverage = tables[next(h for h in tables if h.startswith("Coverage ("))]
    analysis = study.config["analysis"]
    thresholds = sorted(analysis["coverage_thresholds"])
    for row in coverage:
        arm = next(a for a in study.arms if LABELS[a] == row["arm"])
        expected = coverage_rows(
            study.logits[arm][index], study.labels[index], study.tiers[index], thresholds, analysis["accuracy_target"]
        )
        for t in thresholds:
            cov, acc, n, _ = expected[("all", float(t))]
            got = row[f"conf >= {t:g}"].split(" / ")
            assert abs(float(got[0]) - cov) <= 5e-4 + 1e-9 and int(got[2]) == n, (arm, t)
            assert got[1] == "n/a" if n == 0 else abs(float(got[1]) - acc) <= 5e-4 + 1e-9
        meeting = [t for t in thresholds if expected[("all", float(t))][3]]
        assert row["lowest threshold meeting target"] == (f"{min(meeting):g}" if meeting else "none"), arm


def test_every_number_and_marker_of_the_table_is_recomputed(tiny):
    check_table(tiny)


def test_which_to_ship_is_recomputed(tiny):
    """results/which_to_ship.tsv and the table's section, from the recomputed arms' points and draws."""
    expected = ship_rows(tiny.results, tiny.arms, tiny.config["evaluation"]["confidence_level"])
    table = (tiny.workdir / "results/table.md").read_text()
    check_ship(tiny.workdir / "results/which_to_ship.tsv", table, expected)
    # The gating sentence: for the best arm and the runner-up, the largest coverage among the
    # thresholds whose covered accuracy meets the target (eval half under protocol kdcal).
    analysis = tiny.config["analysis"]
    said = []
    for arm in expected["threshold gating"][0], expected["threshold gating"][2]:
        rows = tiny.coverage_on(arm, "eval")
        met = [cov for (subset, _), (cov, _, _, meets) in rows.items() if subset == "all" and meets]
        said.append(f"{LABELS[arm]} {max(met):.3f}" if met else f"{LABELS[arm]} none of the thresholds")
    target = analysis["accuracy_target"]
    assert f"auto-routed at accuracy >= {target:g} (eval half): {'; '.join(said)}." in table


# --- replays under both protocols -----------------------------------------------------------------

N, K = 900, 12


def write_replay_files(folder, seed=0):
    """A teacher and two students on 900 rows, 12 classes with a long tail (every tier populated)."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    freq = 1.0 / np.arange(1, K + 1) ** 1.2
    labels = rng.choice(K, size=N, p=freq / freq.sum())
    tiers = np.array(["head"] * 3 + ["mid"] * 4 + ["tail"] * 5)[labels]
    base = rng.normal(size=(N, K))
    base[np.arange(N), labels] += rng.normal(1.8, 1.2, size=N)
    files = {"teacher": folder / "teacher.npz"}
    np.savez(files["teacher"], logits=(base * 1.4).astype(np.float16), labels=labels, tiers=tiers)
    for arm, scale, noise in (("vanilla", 3.0, 1.0), ("kd", 1.6, 0.6)):
        logits = (base * scale + rng.normal(size=(N, K)) * noise).astype(np.float16)
        files[arm] = folder / f"{arm}.npz"
        np.savez(files[arm], logits=logits, preds=logits.argmax(1), labels=labels, val_tiers=tiers)
    return files


@pytest.fixture(scope="module", params=["kdcal", "course"])
def replay(request, tmp_path_factory):
    root = tmp_path_factory.mktemp(f"replay_{request.param}")
    workdir = copy_workflow(root / "wf")
    files = write_replay_files(root / "files")
    config = {
        "mode": "replay",
        "protocol": request.param,
        "replay": {"teacher": str(files["teacher"]), "arms": {"vanilla": str(files["vanilla"]), "kd": str(files["kd"])}},
        "evaluation": {"bootstrap_resamples": 40, "floor_draws": 200, "confidence_level": 0.9},
        # As the tiny study: the top-label isotonic map's tied confidences are not recomputed (tests/tiny_config.yaml).
        "calibration": {"methods": ["temperature_scaling", "vector_scaling", "matrix_scaling"]},
    }
    (workdir / "replay.yaml").write_text(yaml.safe_dump(config, sort_keys=False))  # the arms in this order
    run = snakemake(workdir, "results/table.md", configfile="replay.yaml")
    assert run.returncode == 0, (run.stdout + run.stderr)[-4000:]
    return request.param, Study(workdir, "replay.yaml")


def test_a_replays_metrics_analyses_and_table_are_recomputed_under_either_protocol(replay):
    protocol, study = replay
    compare_metrics(study.workdir / "results/metrics.tsv", study.expected)
    check_analyses(study)
    if protocol == "kdcal":
        for arm in ("vanilla", "kd"):
            exact = fitted_temperature(study.logits[arm][study.cal], study.labels[study.cal])
            assert study.temperatures[arm] == pytest.approx(exact, rel=1e-5)
        check_table(study)
    else:  # the course's LBFGS stops short of the minimum (docs/results.md: 0.08% to 0.14% low)
        for arm in ("vanilla", "kd"):
            exact = fitted_temperature(study.logits[arm][study.cal], study.labels[study.cal])
            assert study.temperatures[arm] == pytest.approx(exact, rel=5e-3)
        check_table(study, tier_f1="macro_f1_course", analysis_rows="full_val")
