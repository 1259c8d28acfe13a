# The sweep (target `sweep`): every recipe (configured arms and KD grid points) trained once per
# seed, evaluated by the same rules as the headline study, then summarised across seeds.


# Mean and spread over seeds of every metric per recipe; differences that exceed both noise floors.
rule aggregate_seeds:
    input:
        evaluations=evaluations_of(PLAN.sweep_arms),
    output:
        summary=report(
            f"{SWEEP}/metrics.tsv",
            caption="../report/sweep_metrics.rst",
            category="Sweep over seeds",
            subcategory="Tables",
        ),
        per_seed=report(
            f"{SWEEP}/per_seed.tsv",
            caption="../report/sweep_per_seed.rst",
            category="Sweep over seeds",
            subcategory="Tables",
        ),
    log:
        "logs/aggregate_seeds/aggregate_seeds.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        arms=PLAN.sweep_arms,
        recipe_of=PLAN.sweep_recipe_of(),
        baseline=EVALUATION.baseline,
        compare_with=config["sweep"]["compare_with"],
        headline=headline_arms(),
        level=EVALUATION.level,
    script:
        "../scripts/aggregate_seeds.py"


# The sweep's table: mean ± SD over seeds, marked differences, the KD grid, the ratio over seeds.
rule make_sweep_table:
    input:
        summary=rules.aggregate_seeds.output.summary,
        figures=figures_of(SWEEP),
    output:
        table=report(
            f"{SWEEP}/table.md",
            caption="../report/sweep_table.rst",
            category="Sweep over seeds",
            subcategory="Tables",
        ),
    log:
        "logs/make_sweep_table/make_sweep_table.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        recipes=PLAN.sweep_recipes(),
        seeds=PLAN.seeds,
        baseline=EVALUATION.baseline,
        compare_with=config["sweep"]["compare_with"],
        headline=headline_arms(),
        grid=PLAN.sweep_grid(config),
        level=EVALUATION.level,
        published_ratio=EVALUATION.published_ratio,
    script:
        "../scripts/make_sweep_table.py"


# Every recipe and seed on the NLL-ECE plane.
rule plot_sweep_plane:
    input:
        per_seed=rules.aggregate_seeds.output.per_seed,
    output:
        figure=report(
            figure(SWEEP, "ece_vs_nll"),
            caption="../report/sweep_plane.rst",
            category="Sweep over seeds",
            subcategory="Figures",
        ),
    log:
        "logs/plot_sweep_plane/plot_sweep_plane.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        recipes=PLAN.sweep_recipes(),
        families=PLAN.panel_families(PLAN.sweep_panels()),
        markers=PLAN.markers(PLAN.sweep_panels()),
    script:
        "../scripts/plot_sweep_plane.py"


# Reliability small multiples per recipe, eval rows of all its seeds pooled.
use rule plot_reliability as plot_sweep_reliability with:
    input:
        predictions=predictions_of(panel_arms(PLAN.sweep_panels())),
        split=CAL_EVAL,
    output:
        figure=report(
            figure(SWEEP, "reliability"),
            caption="../report/reliability.rst",
            category="Sweep over seeds",
            subcategory="Figures",
        ),
        smooth=report(
            figure(SWEEP, "smooth_reliability"),
            caption="../report/smooth_reliability.rst",
            category="Sweep over seeds",
            subcategory="Figures",
        ),
    log:
        "logs/plot_sweep_reliability/plot_sweep_reliability.log",
    params:
        arms=panel_arms(PLAN.sweep_panels()),
        panels=PLAN.sweep_panels(),
        labels=PLAN.panel_labels(PLAN.sweep_panels()),
        ece_bins=EVALUATION.ece_bins,


# Coverage-accuracy curves per recipe (mean over seeds), one panel per post-hoc method.
use rule plot_coverage as plot_sweep_coverage with:
    input:
        predictions=predictions_of(panel_arms(PLAN.sweep_panels())),
        split=CAL_EVAL,
    output:
        figure=report(
            figure(SWEEP, "coverage"),
            caption="../report/coverage_curves.rst",
            category="Sweep over seeds",
            subcategory="Figures",
        ),
    log:
        "logs/plot_sweep_coverage/plot_sweep_coverage.log",
    params:
        arms=panel_arms(PLAN.sweep_panels()),
        panels=PLAN.by_method(PLAN.sweep_panels()),
        labels=PLAN.panel_labels(PLAN.sweep_panels()),
        families=PLAN.panel_families(PLAN.sweep_panels()),


# The whole sweep: `snakemake --cores 1 sweep`.
rule sweep:
    input:
        rules.make_sweep_table.output.table,
        rules.aggregate_seeds.output,
    localrule: True
