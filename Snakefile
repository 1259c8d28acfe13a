# kdcal: temperature scaling or knowledge distillation? One Snakemake study of calibration.
import yaml
from snakemake.exceptions import WorkflowError
from snakemake.utils import min_version, validate

min_version("9.0")


# The workflow's own defaults wherever the working directory is (--directory), so that --configfile
# adds to them there too.
configfile: str(Path(workflow.basedir) / "config" / "config.yaml")


# The kdcal package of this checkout, for the Snakefile and (through PYTHONPATH) every script job,
# also inside conda environments and cluster jobs.
sys.path.insert(0, str(Path(workflow.basedir) / "src"))

from kdcal.runtime import WorkingDirectoryError, check_working_directory, prepend_pythonpath  # noqa: E402
from kdcal.config import (  # noqa: E402
    ConfigError,
    arms_in_default_order,
    describe_validation_error,
    rename_deprecated_keys,
    unread_arm_keys,
)

prepend_pythonpath(Path(workflow.basedir) / "src")
try:
    check_working_directory()
except WorkingDirectoryError as err:
    raise WorkflowError(str(err)) from None

DEFAULT_CONFIG = yaml.safe_load((Path(workflow.basedir) / "config" / "config.yaml").read_text())
arms_in_default_order(config, DEFAULT_CONFIG)
# Old spellings of renamed keys (the three temperatures' names): translated, with one line each;
# refused beside their new spelling in what the user wrote (config files and --config, merged).
# Then arm keys that the arm's loss does not read: refused where the user wrote them.
USER_CONFIG = workflow.config_settings.overwrite_config
try:
    for line in rename_deprecated_keys(config, USER_CONFIG) + unread_arm_keys(config, USER_CONFIG):
        print(line, file=sys.stderr)
except ConfigError as err:
    raise WorkflowError(str(err)) from None
try:
    validate(config, "workflow/schemas/config.schema.yaml")
except WorkflowError as err:
    raise WorkflowError(describe_validation_error(err)) from None


report: "workflow/report/workflow.rst"


# One writer per directory (kdcal.runtime.claim_directory): a second run started here, or a rerun
# while jobs of a killed run still work, stops with one line. Then, for GPU jobs to run on this
# machine: student.device cuda without a GPU stops before any job (so no finished output is removed
# to rerun it), and a profile that declares GPUs (kaggle-t4) says on the console when it finds none.
# Then the reported outputs to be remade go at once (a failed run leaves none that looks current),
# and students an orphaned job finished may be taken back. onstart runs for real runs with jobs to
# do, before the first job starts.
onstart:
    from kdcal.training.finished import allow_restore
    from kdcal.runtime import NoGpuError, RunInProgressError, claim_directory, gpu_preflight

    try:
        claim_directory()
    except RunInProgressError as err:
        raise WorkflowError(str(err)) from None
    needrun = list(workflow.dag.needrun_jobs())
    gpu_jobs = [job for job in needrun if "gpu" in job.rule.resources]
    if workflow.local_exec and gpu_jobs:
        declared = workflow.global_resources.get("gpu")
        try:
            warning = gpu_preflight(config["student"]["device"], int(getattr(declared, "value", declared) or 0))
        except NoGpuError as err:
            raise WorkflowError(str(err)) from None
        if warning:
            print(warning, file=sys.stderr)
    # A quantised checkpoint teacher needs CUDA and bitsandbytes here: refused before the students train.
    if (
        workflow.local_exec
        and config["teacher"]["source"] == "checkpoint"
        and any(job.rule.name == "infer_teacher" for job in needrun)
    ):
        from kdcal.teachers.checkpoint import quantization_preflight
        from kdcal.teachers.files import TeacherError

        try:
            quantization_preflight(config["teacher"]["quantization"])
        except TeacherError as err:
            raise WorkflowError(str(err)) from None
    # Every output a user reads (those the HTML report shows: the tables, TSVs and figures) that is
    # about to be remade is removed now, not when its job starts: if the run fails before that, no
    # file of an older config is left looking current.
    from snakemake.io import is_flagged

    for job in needrun:
        for path in job.output:
            if is_flagged(path, "report"):
                Path(path).unlink(missing_ok=True)
    # A student rerun only because its outputs are incomplete (an orphan of a killed run finished
    # it) may take back the outputs it stashed (kdcal.training.finished); any other rerun trains. Snakemake
    # reruns incomplete outputs (rerun-incomplete) by forcing their files, while a user's --forcerun
    # or --forceall forces the rule.
    dag = workflow.dag
    allow_restore(
        {
            job.wildcards.trained: not dag.forcefiles.isdisjoint(job.output) and job.rule not in dag.forcerules
            for job in needrun
            if job.rule.name == "train_student"
        }
    )


include: "workflow/rules/common.smk"


if REPLAY:

    include: "workflow/rules/replay.smk"

else:

    include: "workflow/rules/data.smk"
    include: "workflow/rules/teacher.smk"
    include: "workflow/rules/students.smk"


include: "workflow/rules/split.smk"
include: "workflow/rules/calibration.smk"
include: "workflow/rules/evaluation.smk"
include: "workflow/rules/analysis.smk"
include: "workflow/rules/report.smk"


if not REPLAY:

    include: "workflow/rules/sweep.smk"


# The whole study: the table, the metrics and the figures.
rule all:
    default_target: True
    input:
        study_outputs(),
