#!/usr/bin/env bash
# Times `survey compile` against pyxform's `xls2xform` on the same synthetic survey, written in both
# languages by `survey-bench generate`, and prints the ratio of the median times as a Markdown table.
#
#   scripts/compare-pyxform.sh                 # 1,000 and 10,000 questions, 5 runs each
#   SIZES="1000" RUNS=3 scripts/compare-pyxform.sh
#
# Environment: SIZES (space-separated), RUNS, SEED, PYXFORM (pip requirement, default pyxform==4.5.0),
# VENV (default .build/pyxform-venv, ignored by git), SCRATCH (SwiftPM scratch path, default .build),
# WORK (where the surveys and outputs go, default a temporary folder), CPU (core to pin both to, default 0).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 10000"}
RUNS=${RUNS:-5}
SEED=${SEED:-1}
PYXFORM=${PYXFORM:-pyxform==4.5.0}
VENV=${VENV:-.build/pyxform-venv}
SCRATCH=${SCRATCH:-.build}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/compare-pyxform.XXXXXX")}
CPU=${CPU:-0}
mkdir -p "$WORK"

# One core for both, as the targets are stated; skipped where taskset is missing.
pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c "$CPU"); fi

if [ ! -x "$VENV/bin/xls2xform" ]; then
  echo "installing $PYXFORM into $VENV" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "$PYXFORM"
fi

echo "building survey and survey-bench (release) in $SCRATCH" >&2
swift build -c release --scratch-path "$SCRATCH" --product survey >&2
swift build -c release --scratch-path "$SCRATCH" --product survey-bench >&2
bin="$SCRATCH/release"

for size in $SIZES; do
  "$bin/survey-bench" generate --questions "$size" --seed "$SEED" \
    --survey "$WORK/synthetic-$size.survey" --xlsform "$WORK/synthetic-$size.md"
  # The same form as a workbook, the way most XLSForms are written; pyxform's own converter makes it.
  "$VENV/bin/python" - "$WORK/synthetic-$size.md" "$WORK/synthetic-$size.xlsx" <<'PY'
import sys
from pyxform.xls2json_backends import md_table_to_workbook
with open(sys.argv[1], encoding="utf-8") as md:
    md_table_to_workbook(md.read()).save(sys.argv[2])
PY
  # Both inputs must compile cleanly before their times mean anything.
  "$bin/survey" check "$WORK/synthetic-$size.survey" >&2
  "$VENV/bin/xls2xform" --skip_validate "$WORK/synthetic-$size.md" "$WORK/synthetic-$size.md.xml" >/dev/null
done

"$VENV/bin/python" - "$bin/survey" "$VENV/bin/xls2xform" "$WORK" "$RUNS" "${pin[@]}" -- $SIZES <<'PY'
import statistics, subprocess, sys, time

survey, xls2xform, work, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rest = sys.argv[5:]
pin = rest[:rest.index("--")]
sizes = rest[rest.index("--") + 1:]

def median_seconds(command):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(pin + command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)

def shown(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"

print(f"| questions | input | `survey compile` | `xls2xform` | ratio |")
print(f"|---:|---|---:|---:|---:|")
for size in sizes:
    base = f"{work}/synthetic-{size}"
    ours, ours_best = median_seconds([survey, "compile", f"{base}.survey", "-o", f"{base}.bundle.json"])
    for form in ("md", "xlsx"):
        theirs, theirs_best = median_seconds([xls2xform, "--skip_validate", f"{base}.{form}", f"{base}.{form}.xml"])
        print(f"| {int(size):,} | .survey vs .{form} | {shown(ours)} | {shown(theirs)} | {theirs / ours:.0f}× |", flush=True)
print()
print(f"Median of {runs} runs each, wall time of the whole process (start-up, reading, compiling, writing), "
      f"{'pinned with ' + ' '.join(pin) if pin else 'not pinned'}; xls2xform with --skip_validate (no Java validator).")
PY
