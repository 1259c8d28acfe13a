"""Every number of a finished study, recomputed from its prediction files, calibration JSONs and
config with this file's own code (numpy, scipy, scikit-learn, relplot; nothing from kdcal), from the
definitions in docs/metrics.md ("Definitions") and docs/results.md ("Intervals").

Rows: the eval half is ``split["eval"]`` in the order the split file lists it ("row order" for
ties); a bootstrap resample is ``default_rng(bootstrap_seed).integers(0, n, size=(R, n))[r]``, the
same for every arm; the ECE floor's draws are ``default_rng(bootstrap_seed).random((D, n)) < conf``.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import relplot
from scipy.optimize import minimize_scalar
from scipy.special import logsumexp
from sklearn.metrics import f1_score, precision_recall_fscore_support

SUBSETS = ("all", "head", "mid", "tail")
NLL_FLOOR = 1e-12
MIN_INTERVAL_ROWS = 20
# docs/results.md, "Intervals": the metrics whose own rows have the basic interval, cut at 0 (all else: percentile).
BASIC = {"ece", "ece_adaptive", "ece_classwise", "mce", "nll_calibration"}
LOWEST = dict.fromkeys(BASIC, 0.0)
# docs/metrics.md, "Differences": the paired differences with the basic interval (not cut).
BASIC_DIFFERENCE = {"ece", "ece_adaptive", "ece_classwise", "smece"}


def softmax(logits):
    z = np.asarray(logits, dtype=np.float64)
    return np.exp(z - logsumexp(z, axis=1, keepdims=True))


def in_subset(tiers, subset):
    """(n,) bool: every row for "all", else the rows whose true class is in that tier."""
    tiers = np.asarray(tiers)
    return np.ones(len(tiers), bool) if subset == "all" else tiers == subset


def read_npz(path) -> dict:
    with np.load(path) as data:
        return {k: data[k] for k in data.files}


def read_json(path):
    return json.loads(Path(path).read_text())


# --- one sample of rows ---------------------------------------------------------------------------


def equal_width_ece(conf, correct, n_bins, total=None):
    """sum over bins (lo, hi] of |sum(correct - conf)| / total, and the largest bin gap."""
    edges = np.linspace(0, 1, n_bins + 1)
    total = len(conf) if total is None else total
    ece, largest = 0.0, 0.0
    for lo, hi in itertools.pairwise(edges):
        in_bin = (conf > lo) & (conf <= hi)
        if lo == 0:
            in_bin |= conf == 0
        if in_bin.any():
            gap = (correct[in_bin] - conf[in_bin]).sum()
            ece += abs(gap)
            largest = max(largest, abs(gap) / in_bin.sum())
    return ece / total if total else np.nan, largest


def f1_by_class(y, pred, k):
    return f1_score(y, pred, labels=np.arange(k), average=None, zero_division=0)


def aurc(conf, error):
    """Rows in the order given, sorted by confidence, highest first, ties in that order."""
    order = np.argsort(-conf, kind="stable")
    risk = np.cumsum(error[order]) / np.arange(1, len(order) + 1)
    return risk.mean()


def oracle_aurc(n, n_correct):
    i = np.arange(1, n + 1)
    return (np.maximum(0, i - n_correct) / i).mean()


def refined_nll(z, y):
    """min over log T in [-2, 2] of the mean per-row NLL of z / T, each row capped at -log(1e-12)."""
    d = z - z.max(axis=1, keepdims=True)

    def nll(log_t):
        s = d * np.exp(-log_t)
        return np.minimum(logsumexp(s, axis=1) - s[np.arange(len(y)), y], -np.log(NLL_FLOOR)).mean()

    best = minimize_scalar(nll, bounds=(-2, 2), method="bounded", options={"xatol": 1e-9})
    return min(best.fun, nll(-2.0), nll(2.0))


def refined_brier(z, y):
    """min over log T in [-2, 2] of the mean multi-class Brier score of softmax(z / T)."""
    onehot = np.eye(z.shape[1])[y]

    def brier(log_t):
        return ((softmax(z * np.exp(-log_t)) - onehot) ** 2).sum(axis=1).mean()

    best = minimize_scalar(brier, bounds=(-2, 2), method="bounded", options={"xatol": 1e-9})
    return min(best.fun, brier(-2.0), brier(2.0))


def true_rank(z, y):
    """1-based position of the true class when each row's classes are sorted by decreasing logit
    with a stable sort (ties: lower class first, as argmax)."""
    order = np.argsort(-z, axis=1, kind="stable")
    return np.argmax(order == np.asarray(y)[:, None], axis=1) + 1


def settle(values):
    """Confidences and conformal scores are compared at 12 decimals, as kdcal documents: a flat
    step of the top-label isotonic map (an exact fraction such as 0.6, also an ECE bin edge)
    computed here and in kdcal differs in the last bits, which must not decide its bin or set."""
    return np.round(values, 12)


def conformal_sets(z, cal_z, cal_y, method, alpha, lam, k_reg):
    """(n, K) bool sets of the rows of z from the cal rows, one row at a time: LAC keeps
    {k : 1 - p_k <= q}; APS and RAPS walk the classes by decreasing p (stable) and stop at the first
    whose cumulative mass (+ lam * max(0, position - k_reg) for RAPS) reaches q, keeping it. q: the
    ceil((n + 1)(1 - alpha))-th smallest cal score (inf past n)."""

    def walk(p):
        order = np.argsort(-p, kind="stable")
        scores = np.cumsum(p[order]) + (lam * np.maximum(np.arange(1, len(p) + 1) - k_reg, 0) if method == "raps" else 0)
        return order, settle(scores)

    cal_p = softmax(cal_z)
    if method == "lac":
        cal_scores = settle(1 - cal_p[np.arange(len(cal_y)), cal_y])
    else:
        cal_scores = []
        for p, label in zip(cal_p, cal_y):
            order, scores = walk(p)
            cal_scores.append(scores[list(order).index(label)])
    position = int(np.ceil((len(cal_y) + 1) * (1 - alpha) - 1e-12))
    q = np.inf if position > len(cal_y) else np.sort(cal_scores)[position - 1]
    p_all = softmax(z)
    sets = np.zeros(p_all.shape, bool)
    for i, p in enumerate(p_all):
        if method == "lac":
            sets[i] = settle(1 - p) <= q
            continue
        order, scores = walk(p)
        stop = np.flatnonzero(scores >= q)
        sets[i, order[: (stop[0] + 1 if len(stop) else len(p))]] = True
    return sets


def sample_metrics(z, y, tiers, rows, mass_bins, tier_classes, n_bins, downstream=None):
    """{(subset, metric): value} on the rows ``rows`` (positions into z, y, tiers, with repeats,
    ascending). ``mass_bins``: subset -> (n,) equal-mass bin of each row (fixed on the evaluated
    rows); ``tier_classes``: tier -> its classes. ``downstream``: top_k (the ks) and sets
    ({(method, alpha): (n, K) bool conformal sets of all evaluated rows}), or None for neither."""
    p = softmax(z[rows])
    yr, tr = y[rows], tiers[rows]
    k = p.shape[1]
    conf, pred = settle(p.max(axis=1)), p.argmax(axis=1)
    correct = (pred == yr).astype(float)
    f1_all = f1_by_class(yr, pred, k)
    present = np.zeros(k, bool)
    present[np.unique(np.concatenate([yr, pred]))] = True
    onehot = np.eye(k)[yr]
    class_error = np.array([equal_width_ece(settle(p[:, c]), onehot[:, c], n_bins)[0] for c in range(k)])
    out = {}
    for subset in SUBSETS:
        sel = in_subset(tr, subset)
        n = sel.sum()
        if n == 0:
            continue
        classes = np.arange(k) if subset == "all" else tier_classes.get(subset, np.array([], int))
        c, ok = conf[sel], correct[sel]
        ece, mce = equal_width_ece(c, ok, n_bins)
        out[(subset, "ece")], out[(subset, "mce")] = ece, mce
        out[(subset, "accuracy")] = ok.mean()
        out[(subset, "nll")] = -np.log(np.maximum(p[sel, yr[sel]], NLL_FLOOR)).mean()
        out[(subset, "brier")] = ((p[sel] - onehot[sel]) ** 2).sum(axis=1).mean()
        in_tier = np.zeros(k, bool)
        in_tier[classes] = True
        counted = present & in_tier
        out[(subset, "macro_f1")] = f1_all[counted].mean() if counted.any() else np.nan
        if subset == "all":
            out[(subset, "macro_f1_course")] = f1_score(yr, pred, average="macro", zero_division=0)
        else:
            own = f1_score(yr[sel], pred[sel], labels=classes, average=None, zero_division=0)
            out[(subset, "macro_f1_course")] = own.mean() if len(classes) else np.nan
        out[(subset, "ece_classwise")] = class_error[classes].mean() if len(classes) else np.nan
        groups = mass_bins[subset][rows][sel]
        adaptive, squared = 0.0, 0.0
        for b in range(n_bins):
            g = groups == b
            nb = g.sum()
            if nb == 0:
                continue
            adaptive += abs((ok[g] - c[g]).sum())
            if nb >= 2:
                acc, gap = ok[g].mean(), (ok[g] - c[g]).mean()
                squared += nb * (gap**2 - acc * (1 - acc) / (nb - 1))
        out[(subset, "ece_adaptive")] = adaptive / n
        squared /= n
        out[(subset, "ece_debiased")] = np.sign(squared) * np.sqrt(abs(squared))
        out[(subset, "aurc")] = aurc(c, 1 - ok)
        out[(subset, "eaurc")] = out[(subset, "aurc")] - oracle_aurc(n, int(ok.sum()))
        refinement = refined_nll(np.asarray(z[rows][sel], dtype=np.float64), yr[sel])
        out[(subset, "nll_refinement")] = refinement
        out[(subset, "nll_calibration")] = out[(subset, "nll")] - refinement
        out[(subset, "smece")] = relplot.smECE(c, c * 0 + ok)
        if downstream is None:
            continue
        brier_refinement = refined_brier(np.asarray(z[rows][sel], dtype=np.float64), yr[sel])
        out[(subset, "brier_refinement")] = brier_refinement
        out[(subset, "brier_calibration")] = out[(subset, "brier")] - brier_refinement
        rank = true_rank(np.asarray(z[rows][sel], dtype=np.float64), yr[sel])
        out[(subset, "mean_reciprocal_rank")] = np.mean(1 / rank)
        top = np.sort(p[sel], axis=1)[:, ::-1]
        for t in downstream["top_k"]:
            out[(subset, f"top{t}_accuracy")] = np.mean(rank <= t)
            out[(subset, f"top{t}_mass_gap")] = top[:, :t].sum(axis=1).mean() - np.mean(rank <= t)
        judged_rows = np.flatnonzero(in_subset(tiers, subset))
        judged = [c for c in np.unique(y[judged_rows]) if (y[judged_rows] == c).sum() >= 10]
        for (method, alpha), sets in downstream["sets"].items():
            chosen = sets[rows][sel]
            covered = chosen[np.arange(n), yr[sel]]
            size = chosen.sum(axis=1)
            a = f"a{alpha:g}"
            out[(subset, f"{method}_coverage_{a}")] = covered.mean()
            out[(subset, f"{method}_set_size_{a}")] = size.mean()
            out[(subset, f"{method}_singleton_{a}")] = np.mean(size == 1)
            drawn = [covered[yr[sel] == c].mean() for c in judged if (yr[sel] == c).any()]
            out[(subset, f"{method}_worst_class_gap_{a}")] = (1 - alpha) - min(drawn) if drawn else np.nan
    return out


def equal_mass_bins(conf, tiers, n_bins):
    """subset -> (n,) bin of each row: the subset's rows sorted by confidence (stable) and cut into
    n_bins consecutive groups of sizes differing by at most one, larger groups first."""
    out = {}
    for subset in SUBSETS:
        bins = np.full(len(conf), -1)
        rows = np.flatnonzero(in_subset(tiers, subset))
        order = rows[np.argsort(conf[rows], kind="stable")]
        for b, group in enumerate(np.array_split(order, n_bins)):
            bins[group] = b
        out[subset] = bins
    return out


# --- intervals, differences, ratios ---------------------------------------------------------------


def percentile(draws, level):
    finite = draws[np.isfinite(draws)]
    if not finite.size:
        return np.nan, np.nan
    tail = 100 * (1 - level) / 2
    return tuple(np.percentile(finite, [tail, 100 - tail]))


def interval(metric, point, draws, n_rows, level, difference=False):
    if n_rows < MIN_INTERVAL_ROWS:
        return np.nan, np.nan
    low, high = percentile(draws, level)
    if metric in (BASIC_DIFFERENCE if difference else BASIC):
        floor = -np.inf if difference else LOWEST[metric]
        return max(2 * point - high, floor), max(2 * point - low, floor)
    return low, high


class Arm:
    """One arm's eval-half logits, point metrics, resampled metrics and ECE floor draws."""

    def __init__(self, logits, labels, tiers, tier_classes, n_bins, resamples, seed, floor_draws, evaluation=None, cal=None):
        """``evaluation``: the config's evaluation section, for top_k and conformal (None: neither);
        ``cal``: (logits, labels) of the cal half, which the conformal sets are fitted on."""
        self.z, self.y, self.tiers = np.asarray(logits, dtype=np.float64), np.asarray(labels), np.asarray(tiers).astype(str)
        n = len(self.y)
        conf = settle(softmax(self.z).max(axis=1))
        bins = equal_mass_bins(conf, self.tiers, n_bins)
        args = (self.z, self.y, self.tiers)
        downstream = None
        if evaluation is not None:
            conformal = evaluation["conformal"]
            lam, k_reg = conformal["raps_lambda"], conformal["raps_k_reg"]
            cal_z, cal_y = np.asarray(cal[0], dtype=np.float64), np.asarray(cal[1])
            sets = {
                (m, a): conformal_sets(self.z, cal_z, cal_y, m, a, lam, k_reg)
                for m in conformal["methods"]
                for a in conformal["alphas"]
            }
            downstream = {"top_k": evaluation["top_k"], "sets": sets}
        self.point = sample_metrics(*args, np.arange(n), bins, tier_classes, n_bins, downstream)
        draws = np.random.default_rng(seed).integers(0, n, size=(resamples, n))
        self.draws = [sample_metrics(*args, np.sort(d), bins, tier_classes, n_bins, downstream) for d in draws]
        self.n_rows = {s: n if s == "all" else int((self.tiers == s).sum()) for s in SUBSETS}
        hits = np.random.default_rng(seed).random((floor_draws, n)) < conf
        self.floor = {}
        for subset in SUBSETS:
            rows = in_subset(self.tiers, subset)
            if rows.any():
                self.floor[subset] = np.array([equal_width_ece(conf[rows], hit[rows].astype(float), n_bins)[0] for hit in hits])

    def draw(self, subset, metric):
        return np.array([d.get((subset, metric), np.nan) for d in self.draws])


def metrics_table(arms: dict[str, Arm], baseline, headline, level) -> dict[tuple[str, str, str], tuple]:
    """(arm, subset, metric) -> (value, ci_low, ci_high), every row metrics.tsv should have."""
    out = {}
    for name, arm in arms.items():
        for (subset, metric), value in arm.point.items():
            draws = arm.draw(subset, metric)
            out[(name, subset, metric)] = (value, *interval(metric, value, draws, arm.n_rows[subset], level))
        for subset, floor in arm.floor.items():
            out[(name, subset, "ece_floor")] = (np.nanmean(floor), *interval("", 0, floor, arm.n_rows[subset], level))
            out[(name, subset, "n_rows")] = (arm.n_rows[subset],) * 3
    base = arms.get(baseline)
    for name, arm in arms.items():
        if base is None or name == baseline:
            continue
        for (subset, metric), value in arm.point.items():
            draws = arm.draw(subset, metric) - base.draw(subset, metric)
            diff = value - base.point[(subset, metric)]
            out[(name, subset, f"{metric}_diff_vs_{baseline}")] = (
                diff,
                *interval(metric, diff, draws, arm.n_rows[subset], level, difference=True),
            )
    if all(a in arms for a in headline):
        van, post, kd = (arms[a] for a in headline)
        for metric, ratio in (
            ("ece", "ece_gain_ratio"),
            ("ece_debiased", "ece_debiased_gain_ratio"),
            ("smece", "smece_gain_ratio"),
        ):
            for subset in SUBSETS:
                if (subset, metric) not in van.point:
                    continue
                with np.errstate(invalid="ignore", divide="ignore"):
                    point = (van.point[(subset, metric)] - post.point[(subset, metric)]) / (
                        van.point[(subset, metric)] - kd.point[(subset, metric)]
                    )
                    draws = (van.draw(subset, metric) - post.draw(subset, metric)) / (
                        van.draw(subset, metric) - kd.draw(subset, metric)
                    )
                out[(f"{headline[1]}_vs_{headline[2]}", subset, ratio)] = (
                    point,
                    *interval("", 0, draws, van.n_rows[subset], level),
                )
    return out


def compare_metrics(path, expected, atol=2e-6) -> None:
    """metrics.tsv against ``expected``: the same rows, every number within atol (the file has 6 decimals)."""
    frame = pd.read_csv(path, sep="\t")
    got = {(r.arm, r.subset, r.metric): (r.value, r.ci_low, r.ci_high) for r in frame.itertuples()}
    assert set(got) == set(expected), (sorted(set(got) - set(expected))[:10], sorted(set(expected) - set(got))[:10])
    wrong = [
        (key, got[key], expected[key])
        for key in expected
        if not np.allclose(got[key], expected[key], rtol=0, atol=atol, equal_nan=True)
    ]
    assert not wrong, f"{len(wrong)} of {len(expected)} rows differ, e.g. {wrong[:5]}"


# --- the analyses -------------------------------------------------------------------------------


def coverage_rows(z, y, tiers, thresholds, target):
    p = softmax(z)
    conf, ok = settle(p.max(axis=1)), p.argmax(axis=1) == y
    rows = {}
    for subset in SUBSETS:
        sel = in_subset(tiers, subset)
        for t in thresholds:
            covered = sel & (conf >= t)
            n = int(covered.sum())
            acc = ok[covered].mean() if n else np.nan
            rows[(subset, float(t))] = (n / sel.sum() if sel.any() else np.nan, acc, n, bool(n and acc >= target))
    return rows


def agreement_rows(z, teacher_z, tiers):
    p, q = softmax(z), softmax(teacher_z)
    m = (p + q) / 2

    def kl(a, b):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(a > 0, a * np.log2(a / b), 0.0).sum(axis=1)

    bits = (kl(p, m) + kl(q, m)) / 2
    pc, qc = np.maximum(p, 1e-12), np.maximum(q, 1e-12)
    mc = (pc + qc) / 2
    nats = 0.5 * (pc * np.log(pc / mc)).sum(axis=1) + 0.5 * (qc * np.log(qc / mc)).sum(axis=1)
    agree = p.argmax(axis=1) == q.argmax(axis=1)
    out = {}
    for subset in SUBSETS:
        sel = in_subset(tiers, subset)
        n = int(sel.sum())
        out[subset] = (bits[sel].mean(), nats[sel].mean(), agree[sel].mean(), n) if n else (np.nan,) * 3 + (0,)
    return out


def per_class_rows(z, y, k):
    p = softmax(z)
    pred, conf = p.argmax(axis=1), p.max(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(y, pred, labels=np.arange(k), zero_division=0)
    rows = {}
    for c in range(k):
        mine = pred == c
        rows[c] = (support[c], mine.sum(), precision[c], recall[c], f1[c], conf[mine].mean() if mine.any() else np.nan)
    return rows


def fitted_temperature(z, y):
    """The exact NLL minimum over T (bounded search on log T in [-2, 2])."""
    z = np.asarray(z, dtype=np.float64)

    def nll(log_t):
        s = z / np.exp(log_t)
        return (logsumexp(s, axis=1) - s[np.arange(len(y)), y]).mean()

    return float(np.exp(minimize_scalar(nll, bounds=(-2, 2), method="bounded", options={"xatol": 1e-10}).x))


# The table's arm labels (docs/results.md, "The arms").
LABELS = {
    "teacher": "teacher",
    "vanilla": "vanilla (cross-entropy)",
    "vanilla_ts": "vanilla + temperature scaling",
    "vanilla_vs": "vanilla + vector scaling",
    "kd": "distilled (KD)",
    "kd_ts": "distilled + temperature scaling",
    "kd_vs": "distilled + vector scaling",
    "vanilla_ms": "vanilla + matrix scaling",
    "kd_ms": "distilled + matrix scaling",
    "vanilla_hb": "vanilla + top-label isotonic",
    "kd_hb": "distilled + top-label isotonic",
}


# --- results/table.md -----------------------------------------------------------------------------

CELL = re.compile(r"^(-?\d+\.\d+|n/a)(?: \[(?:(-?\d+\.\d+), (-?\d+\.\d+)|too few rows)\])?( †)?( ◦)?$")


def parse_tables(text):
    """heading -> list of {column: cell} for every Markdown table under a '## ' heading."""
    sections, heading, header = {}, None, None
    for line in text.splitlines():
        if line.startswith("## "):
            heading, header = line[3:], None
            sections[heading] = []
        elif line.startswith("|") and heading:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if header is None:
                header = cells
            elif not set(line) <= set("|-"):
                sections[heading].append(dict(zip(header, cells)))
        else:
            header = None if not line.startswith("|") else header
    return sections


def check_cell(cell, expected, digits=4, where=""):
    """A cell 'value [low, high]' (and its ◦) against (value, low, high): each within half a unit
    of the last printed digit."""
    match = CELL.match(cell)
    assert match, f"{where}: {cell!r}"
    value, low, high, dagger, _ = match.groups()
    tol = 0.5 * 10**-digits + 2e-6
    if value == "n/a":
        assert not np.isfinite(expected[0]), where
        return
    assert abs(float(value) - expected[0]) <= tol, (where, cell, expected)
    if low is not None:
        assert abs(float(low) - expected[1]) <= tol and abs(float(high) - expected[2]) <= tol, (where, cell, expected)
        v, lo, hi = expected
        if min(abs(v - lo), abs(v - hi)) > 1e-6:  # the marker says the interval excludes the estimate
            assert bool(dagger) == (not lo <= v <= hi), (where, cell, expected)
    elif "too few rows" in cell:
        assert not np.isfinite(expected[1]), (where, cell, expected)


def check_results_table(text, exp, arms, headline, level, n, temperatures, tier_f1="macro_f1"):
    """Every number and marker of the results table (``kdcal.reporting.results_table.render_table``'s text) against
    ``exp``: (arm, subset, metric) -> (value, ci_low, ci_high); n: subset -> rows; temperatures:
    arm -> the T its row shows. Returns the parsed tables."""
    tables = parse_tables(text)
    assert f"n = {n['all']} rows (head {n['head']}, mid {n['mid']}, tail {n['tail']})" in text
    assert f"Brackets: {100 * level:g}% bootstrap intervals" in text
    assert "basic bootstrap for ECE, adaptive ECE, classwise ECE, MCE, NLL calibration," in text
    assert ("† The interval excludes the estimate itself" in text) == ("] †" in text)
    baseline = headline[0]

    def inside(arm):
        return exp[(arm, "all", "ece")][0] <= exp[(arm, "all", "ece_floor")][2]

    main = tables["All classes"]
    assert [r["arm"] for r in main] == [LABELS[a] for a in arms]
    t_column = next(c for c in main[0] if c.startswith("T (fit on cal"))
    for arm, row in zip(arms, main):
        for column, metric in (
            ("ECE", "ece"),
            ("NLL", "nll"),
            ("macro F1", "macro_f1"),
            ("accuracy", "accuracy"),
            ("Brier", "brier"),
        ):
            check_cell(row[column], exp[(arm, "all", metric)], where=(arm, metric))
        assert row["ECE"].endswith(" ◦") == inside(arm), arm
        t = temperatures.get(arm)
        assert row[t_column] == ("–" if t is None else f"{t:.3f}"), arm
    diffs = tables[f"Difference from {baseline} (arm minus {baseline}; paired bootstrap)"]
    assert [r["arm"] for r in diffs] == [LABELS[a] for a in arms if a != baseline]
    for row in diffs:
        arm = next(a for a in arms if LABELS[a] == row["arm"])
        for column, metric in (
            ("ΔECE", "ece"),
            ("ΔNLL", "nll"),
            ("Δmacro F1", "macro_f1"),
            ("Δaccuracy", "accuracy"),
            ("ΔAURC", "aurc"),
        ):
            check_cell(row[column], exp[(arm, "all", f"{metric}_diff_vs_{baseline}")], where=(arm, metric))
    more = tables["More calibration metrics (definitions: docs/metrics.md, 'Metrics')"]
    floor = tables["Calibration against its floor (definitions: docs/metrics.md, 'More metrics')"]
    for arm, m, f in zip(arms, more, floor, strict=True):
        assert m["arm"] == f["arm"] == LABELS[arm]
        for column, metric in (
            ("adaptive ECE", "ece_adaptive"),
            ("classwise ECE", "ece_classwise"),
            ("MCE", "mce"),
            ("AURC", "aurc"),
        ):
            check_cell(m[column], exp[(arm, "all", metric)], where=(arm, metric))
        for column, metric in (
            ("ECE floor", "ece_floor"),
            ("debiased ECE", "ece_debiased"),
            ("smooth ECE", "smece"),
            ("NLL calibration", "nll_calibration"),
            ("NLL refinement", "nll_refinement"),
            ("eAURC", "eaurc"),
        ):
            check_cell(f[column], exp[(arm, "all", metric)], where=(arm, metric))
    inside_arms = [a for a in arms if inside(a)]
    outside_arms = [a for a in arms if not inside(a)]
    assert f": {', '.join(inside_arms) or 'none'}; above it: {', '.join(outside_arms) or 'none'}." in text
    by_tier = {
        "ECE": "ece",
        "NLL": "nll",
        "adaptive ECE": "ece_adaptive",
        "classwise ECE": "ece_classwise",
        "MCE": "mce",
        "AURC": "aurc",
    }
    f1_headings = [h for h in tables if h.startswith("macro F1 by tier")]
    assert len(f1_headings) == 2 and ("all-rows definition" in f1_headings[0]) == (tier_f1 == "macro_f1")
    sections = {h: by_tier[h.split(" by tier")[0]] for h in tables if " by tier" in h and not h.startswith("macro F1")}
    sections[f1_headings[0]] = tier_f1
    sections[f1_headings[1]] = "macro_f1_course" if tier_f1 == "macro_f1" else "macro_f1"
    assert len(sections) == 8
    for heading, metric in sections.items():
        rows = tables[heading]
        assert [r["arm"] for r in rows] == [LABELS[a] for a in arms], heading
        for arm, row in zip(arms, rows):
            for subset in SUBSETS:
                check_cell(row[subset], exp[(arm, subset, metric)], where=(heading, arm, subset))
                assert ("too few rows" in row[subset]) == (n[subset] < 20)
    ratio_arm = f"{headline[1]}_vs_{headline[2]}"
    value, low, high = exp[(ratio_arm, "all", "ece_gain_ratio")]
    van, post, kd = (exp[(a, "all", "ece")][0] for a in headline)
    sentence = re.search(
        r"One fitted temperature removes (-?\d+)% as much ECE as distillation does \((\S+) interval (-?\d+)% to (-?\d+)%\): (\w+) ECE (\S+) -> (\S+) with temperature scaling, -> (\S+) with distillation",
        text,
    )
    if post < van and kd < van:
        assert sentence, text[-1500:]
        assert sentence.group(2) == f"{100 * level:g}%" and sentence.group(5) == baseline
        for got, want in zip(sentence.group(1, 3, 4), (value, low, high)):
            assert abs(int(got) - 100 * want) <= 0.5 + 1e-6, (got, want)
        for got, want in zip(sentence.group(6, 7, 8), (van, post, kd)):
            assert abs(float(got) - want) <= 5e-5 + 2e-6
    else:
        assert sentence is None and "No ratio of gains" in text
    others = re.search(r"The same ratio with other calibration errors in place of ECE: (.*)\.", text)
    for part, ratio in zip(others.group(1).split("; "), ("ece_debiased_gain_ratio", "smece_gain_ratio")):
        numbers = [int(x) for x in re.findall(r"-?\d+(?=%)", part)]
        for got, want in zip(numbers, exp[(ratio_arm, "all", ratio)]):
            assert abs(got - 100 * want) <= 0.5 + 1e-6, (part, ratio)
    return tables


# --- which to ship ------------------------------------------------------------------------------

# docs/metrics.md, "Which to ship": use -> (metric, lower is better); set-valued answers also need the
# LAC coverage interval's upper end to reach 0.9.
SHIP_USES = {
    "threshold gating": ("ece", True),
    "top-k routing": ("top3_accuracy", False),
    "set-valued answers": ("lac_set_size_a0.1", True),
    "full distribution / later distillation": ("nll", True),
}


def ship_rows(arms: dict[str, Arm], candidates, level):
    """use -> (best, best value, runner-up, its value, difference, low, high, verdict, excluded):
    the best arm by point estimate; the runner-up the best arm of another student (an arm less a
    _ts / _vs / _ms / _hb suffix is its student); the difference's interval as a `_diff_vs_` row's; verdict the
    best arm when that interval excludes 0, else "tie". The teacher is no candidate."""
    names = [a for a in candidates if a != "teacher"]

    def student(arm):
        stem, _, suffix = arm.rpartition("_")
        return stem if suffix in ("ts", "vs", "ms", "hb") and stem in names else arm

    out = {}
    for use, (metric, lower) in SHIP_USES.items():
        pool, excluded = [], []
        for arm in names:
            if use == "set-valued answers" and not percentile(arms[arm].draw("all", "lac_coverage_a0.1"), level)[1] >= 0.9:
                excluded.append(arm)
                continue
            pool.append(arm)
        pool.sort(key=lambda a: (arms[a].point[("all", metric)] * (1 if lower else -1), names.index(a)))
        best = pool[0]
        runner = next(a for a in pool if student(a) != student(best))
        diff = arms[best].point[("all", metric)] - arms[runner].point[("all", metric)]
        draws = arms[best].draw("all", metric) - arms[runner].draw("all", metric)
        low, high = interval(metric, diff, draws, arms[best].n_rows["all"], level, difference=True)
        verdict = best if (low > 0 or high < 0) else "tie"
        out[use] = (
            best,
            arms[best].point[("all", metric)],
            runner,
            arms[runner].point[("all", metric)],
            diff,
            low,
            high,
            verdict,
            excluded,
        )
    return out


def check_ship(path, table_text, expected, atol=2e-6):
    """results/which_to_ship.tsv and the table's "Which to ship" rows against ``ship_rows``."""
    frame = pd.read_csv(path, sep="\t").set_index("use")
    assert set(frame.index) == set(expected)
    rows = {r["downstream use"]: r for r in parse_tables(table_text)["Which to ship"]}
    for use, (best, value, runner, other, diff, low, high, verdict, excluded) in expected.items():
        got = frame.loc[use]
        assert (got.best, got.runner_up, got.verdict) == (best, runner, verdict), (use, got.to_dict())
        assert bool(got.lower_is_better) == SHIP_USES[use][1], use
        assert np.allclose(
            [got.best_value, got.runner_up_value, got.difference, got.ci_low, got.ci_high],
            [value, other, diff, low, high],
            atol=atol,
            rtol=0,
        ), use
        assert (got.excluded if isinstance(got.excluded, str) else "") == ",".join(excluded), use
        row = rows[use]
        # Each printed number within half a unit of its last digit (a value that sits on a
        # rounding boundary, such as a percentile halfway between two resamples, may print either way).
        for cell, label, number in ((row["best"], LABELS[best], value), (row["runner-up"], LABELS[runner], other)):
            assert cell.startswith(f"{label} ") and abs(float(cell[len(label) + 1 :]) - number) <= 0.5e-4 + atol, row
        printed = re.fullmatch(
            r"([+-]\d+\.\d+) \[([+-]\d+\.\d+), ([+-]\d+\.\d+)\]", row[next(c for c in row if c.startswith("difference"))]
        )
        assert printed and np.allclose([float(x) for x in printed.groups()], [diff, low, high], atol=0.5e-4 + atol, rtol=0), row
        assert row["ship"] == ("tie" if verdict == "tie" else f"**{LABELS[verdict]}**"), row
