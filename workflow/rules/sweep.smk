# The sweep (target `sweep`): every recipe (configured arms and KD grid points) trained once per
# seed, evaluated by the same rules as the headline study, then summarised across seeds.


# Mean and spread over seeds of every metric per recipe; differences that exceed both noise floors.
rule aggregate_seeds:
    input:
        unpack(lambda w: {arm: f"results/evaluation/{arm}.npz" for arm in SWEEP_ARMS}),
    output:
        summary=report(
            "results/sweep/metrics.tsv", caption="../report/sweep_metrics.rst", category="Sweep over seeds", subcategory="Tables"
        ),
        per_seed=report(
            "results/sweep/per_seed.tsv",
            caption="../report/sweep_per_seed.rst",
            category="Sweep over seeds",
            subcategory="Tables",
        ),
    log:
        "logs/aggregate_seeds/aggregate_seeds.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        recipe_of=sweep_recipe_of(),
        baseline=config["evaluation"]["baseline"],
        compare_with=config["sweep"]["compare_with"],
        headline=headline_arms(),
        level=config["evaluation"]["confidence_level"],
    script:
        "../scripts/aggregate_seeds.py"


# The sweep's table: mean ± SD over seeds, marked differences, the KD grid, the ratio over seeds.
rule make_sweep_table:
    input:
        summary="results/sweep/metrics.tsv",
        figures=expand("results/sweep/figures/{name}.png", name=["reliability", "nll_vs_ece", "coverage"]),
    output:
        table=report(
            "results/sweep/table.md", caption="../report/sweep_table.rst", category="Sweep over seeds", subcategory="Tables"
        ),
    log:
        "logs/make_sweep_table/make_sweep_table.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        recipes=sweep_recipes(),
        seeds=PLAN.seeds,
        baseline=config["evaluation"]["baseline"],
        compare_with=config["sweep"]["compare_with"],
        headline=headline_arms(),
        grid=sweep_grid(),
    script:
        "../scripts/make_sweep_table.py"


# Every recipe and seed on the NLL-ECE plane.
rule plot_sweep_plane:
    input:
        per_seed="results/sweep/per_seed.tsv",
    output:
        figure=report(
            "results/sweep/figures/nll_vs_ece.png",
            caption="../report/sweep_plane.rst",
            category="Sweep over seeds",
            subcategory="Figures",
        ),
    log:
        "logs/plot_sweep_plane/plot_sweep_plane.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        recipes=sweep_recipes(),
    script:
        "../scripts/plot_sweep_plane.py"


# Reliability small multiples per recipe, eval rows of all its seeds pooled.
rule plot_sweep_reliability:
    input:
        unpack(lambda w: panel_inputs(sweep_panels())),
        split="results/split/cal_eval.json",
    output:
        figure=report(
            "results/sweep/figures/reliability.png",
            caption="../report/reliability.rst",
            category="Sweep over seeds",
            subcategory="Figures",
        ),
    log:
        "logs/plot_sweep_reliability/plot_sweep_reliability.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        panels=sweep_panels(),
        ece_bins=config["evaluation"]["ece_bins"],
    script:
        "../scripts/plot_reliability.py"


# Coverage-accuracy curves per recipe (mean over seeds), one panel per post-hoc method.
rule plot_sweep_coverage:
    input:
        unpack(lambda w: panel_inputs(sweep_panels())),
        split="results/split/cal_eval.json",
    output:
        figure=report(
            "results/sweep/figures/coverage.png",
            caption="../report/coverage_curves.rst",
            category="Sweep over seeds",
            subcategory="Figures",
        ),
    log:
        "logs/plot_sweep_coverage/plot_sweep_coverage.log",
    conda:
        "../../envs/kdcal.yaml"
    params:
        panels=by_method(sweep_panels()),
    script:
        "../scripts/plot_coverage.py"


# The whole sweep: `snakemake --cores 1 sweep`.
rule sweep:
    input:
        "results/sweep/table.md",
        "results/sweep/metrics.tsv",
        "results/sweep/per_seed.tsv",
    localrule: True
