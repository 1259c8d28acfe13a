#!/usr/bin/env bash
# Every GPU check of kdcal in one command (no network: models built from config, data generated):
#   bash benchmarks/device_check.sh            # on a GPU machine, a few minutes
#   bash benchmarks/device_check.sh --smoke    # everything shrunk: a CPU smoke test of this script
# Writes device_check/summary.md (and each step's log beside it) and prints the summary.
#  1. training throughput at ModernBERT-base size: kdcal's recipe against a plain fp32 pad-to-128
#     loop in the same run (examples/s, tokens/s, MFU against the device's peak), with the precision
#     kdcal picks, then forced to fp16 (loss scaling) and to bf16 where the GPU has it;
#  1b. teacher inference (benchmarks/bench_teacher_inference.py) in fp16 and 4-bit;
#  2. the GPU-path unit tests (precision by capability, resume, fp32 logits, checkpoint fingerprint);
#  3. the study end to end on the device: the tiny config trained on it; the Kaggle study itself
#     (--profile kaggle-t4, config/kaggle-t4.yaml with the internet-off overrides) on a stand-in
#     /kaggle/input of fixtures (consumer-complaints columns and course files, published-format
#     teacher logits) with a ModernBERT of ModernBERT-base's size built from its config, both students
#     at once on two GPUs where there are two (the summary names the GPU each claimed); and a
#     course-protocol replay of published-format fixture files (n = 6,430, K = 113).
set -uo pipefail
cd "$(dirname "$0")/.."
smoke=0; [[ ${1:-} == --smoke ]] && smoke=1
out=${DEVICE_CHECK_OUT:-device_check}
mkdir -p "$out"
summary=$out/summary.md
python=${PYTHON:-python}
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONHASHSEED=0
if ((smoke)); then model=(--model tiny --steps 5 --peak-tflops 0.2); else model=(--model base --steps 30); fi

gpu=$("$python" -c "import torch; print(torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'none')")
major=$("$python" -c "import torch; print(torch.cuda.get_device_capability(0)[0] if torch.cuda.is_available() else 0)")
{
  echo "# kdcal device check"
  echo
  echo "GPU: $gpu (compute capability major $major); torch $("$python" -c 'import torch; print(torch.__version__)'); $(date -u +%FT%TZ)$( ((smoke)) && echo '; SMOKE RUN (tiny model, CPU allowed)')"
  echo
  echo "| step | result | seconds |"
  echo "|---|---|---|"
} > "$summary"

step() {  # step NAME LOG command...
  local name=$1 log=$2; shift 2
  local start=$SECONDS
  if "$@" > "$out/$log" 2>&1; then result=ok; else result="FAILED (see $log)"; fi
  echo "| $name | $result | $((SECONDS - start)) |" >> "$summary"
}

step "training throughput, kdcal's precision" train_auto.log "$python" benchmarks/bench_training.py "${model[@]}"
if [[ $gpu != none ]] || ((smoke)); then
  if [[ $gpu != none ]]; then
    step "training throughput, fp16 + loss scaling" train_fp16.log "$python" benchmarks/bench_training.py "${model[@]}" --precision fp16
  fi
  if ((major >= 8)) || ((smoke)); then
    step "training throughput, bf16" train_bf16.log "$python" benchmarks/bench_training.py "${model[@]}" --precision bf16
  else
    echo "| training throughput, bf16 | skipped: compute capability $major < 8 (no native bf16) | 0 |" >> "$summary"
  fi
fi
# Teacher inference: kdcal's length-sorted batches against a naive padded loop, on a BERT-base-size
# decoder classifier in fp16 and in 4-bit (bitsandbytes: pip install bitsandbytes), or the tiny one
# on the CPU in a smoke run.
if [[ $gpu != none ]]; then
  step "teacher inference, fp16" teacher_fp16.log "$python" benchmarks/bench_teacher_inference.py --models base --rows 512 --dtype float16
  # 4-bit needs bitsandbytes (pyproject's gpu extra): installed here when missing, else the step is skipped.
  if ! "$python" -c "import bitsandbytes" 2>/dev/null; then
    "$python" -m pip install -q "bitsandbytes>=0.45" > "$out/bitsandbytes_install.log" 2>&1 || true
  fi
  if "$python" -c "import bitsandbytes" 2>/dev/null; then
    step "teacher inference, 4-bit" teacher_4bit.log "$python" benchmarks/bench_teacher_inference.py --models base --rows 512 --quantization 4bit
  else
    echo "| teacher inference, 4-bit | skipped: bitsandbytes is not installed and could not be (pip install -e .[gpu]; see bitsandbytes_install.log) | 0 |" >> "$summary"
  fi
elif ((smoke)); then
  step "teacher inference (tiny, CPU)" teacher_fp16.log "$python" benchmarks/bench_teacher_inference.py --models tiny --rows 64
fi
step "GPU-path unit tests" unit.log "$python" -m pytest -q tests/test_student.py tests/test_replay.py -p no:cacheprovider

work=$(mktemp -d)
"$python" - "$work" "$smoke" <<'PY'
import sys
from pathlib import Path

sys.path.insert(0, "tests")
import yaml

from complaints_fixtures import KAGGLE_ON_FIXTURES, write_complaints_inputs, write_kaggle_input
from published_fixtures import write_published_study
from workflow_helpers import copy_workflow

work, smoke = Path(sys.argv[1]), sys.argv[2] == "1"
study = copy_workflow(work / "study")
config = yaml.safe_load((study / "tiny.yaml").read_text())
config.setdefault("student", {})["device"] = "auto"
(study / "device.yaml").write_text(yaml.safe_dump(config))
kaggle = copy_workflow(work / "kaggle")
offline = (kaggle / "config/kaggle-t4-offline.yaml").read_text()
inputs = write_complaints_inputs(work / "complaints")
shape = "tiny" if smoke else "base"
(kaggle / "offline.yaml").write_text(write_kaggle_input(work / "kaggle-input", inputs, offline, shape))
(kaggle / "small.yaml").write_text(yaml.safe_dump(KAGGLE_ON_FIXTURES))
replay = copy_workflow(work / "replay")
files = write_published_study(work / "published")
arms = {"vanilla": str(files["vanilla"]), "kd": str(files["kd"])}
(replay / "replay.yaml").write_text(
    yaml.safe_dump({"mode": "replay", "protocol": "course", "replay": {"teacher": str(files["teacher"]), "arms": arms}})
)
PY
step "tiny study trained on the device" study.log bash -c "cd '$work/study' && '$python' -m snakemake --cores 4 --configfile=device.yaml results/table.md"
gpus=$("$python" -c "import torch; print(torch.cuda.device_count())")
kaggle_gpus=(); ((gpus == 1)) && kaggle_gpus=(--resources gpu=1)  # the profile's two GPU jobs, one at a time
size=$( ((smoke)) && echo "tiny ModernBERT" || echo "ModernBERT-base size")
step "Kaggle profile on fixtures, $size, $((gpus >= 2 ? 2 : gpus)) GPU(s)" kaggle.log bash -c "cd '$work/kaggle' && '$python' -m snakemake --profile kaggle-t4 ${kaggle_gpus[*]} results/table.md --configfile config/kaggle-t4.yaml offline.yaml small.yaml"
for arm in vanilla kd; do  # which GPU each student claimed, its precision and its time, from its log
  log=$work/kaggle/logs/train_student/$arm.log
  claimed=$(grep -o "GPU [0-9] of [0-9] claimed[^)]*)" "$log" 2>/dev/null | head -1)
  precision=$(grep -o "training on [^ ]* in [a-z0-9]*" "$log" 2>/dev/null | head -1)
  span=$(awk '/^[0-9][0-9][0-9][0-9]-/ {t = substr($2, 1, 8); if (!first) first = t; last = t} END {print "from " first " to " last}' "$log" 2>/dev/null)
  echo "| Kaggle profile: student $arm | ${precision:-no training line}; ${claimed:-one GPU or none to claim}; ${span} | |" >> "$summary"
done
step "course-protocol replay at the published size" replay.log bash -c "cd '$work/replay' && '$python' -m snakemake --cores 4 --configfile=replay.yaml results/table.md"
cp "$work/study/results/table.md" "$out/study_table.md" 2>/dev/null
cp "$work/replay/results/table.md" "$out/replay_table.md" 2>/dev/null
grep -h "precision\|device" "$work"/study/logs/train_student/*.log 2>/dev/null | head -4 > "$out/study_devices.txt"
rm -rf "$work"

{
  echo
  for log in train_auto train_fp16 train_bf16 teacher_fp16 teacher_4bit; do
    [[ -f $out/$log.log ]] && { echo "### $log"; echo; grep -E '^\||^device|non-embedding' "$out/$log.log"; echo; }
  done
  echo "### students' device and precision"; echo; sed 's/^/    /' "$out/study_devices.txt"
} >> "$summary"
cat "$summary"
! grep -q FAILED "$summary"
