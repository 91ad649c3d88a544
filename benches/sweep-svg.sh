#!/usr/bin/env bash
# `art83 sweep --format svg` over 100,000 turnovers (0 to EUR 2bn), on a release build, for
# BENCHMARKS.md: the median wall time of RUNS runs, its range, the median CPU time (user + system:
# on a shared, loaded machine the wall time mostly measures the others), peak RSS and the
# output's size; csv beside it for comparison (the same calculations, streamed as text).
# Needs GNU time (apt-get install time). Usage: benches/sweep-svg.sh [RUNS]   (prints Markdown)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
# ART83_BIN measures a binary already built (e.g. one installed with `cargo install --path .`).
bin=${ART83_BIN:-}
if [ -z "$bin" ]; then
  cargo build --release --quiet
  bin=$PWD/target/release/art83
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" init > "$work/template.toml"

# One measurement: "wall-seconds user-seconds system-seconds KiB" of a sweep written to a file.
measure() {
  local case=$1 format=$2
  /usr/bin/time -f '%e %U %S %M' "$bin" sweep "$case" --turnover 0..2bn --steps 100000 --format "$format" \
    -o "$work/out" --force 2>&1 >/dev/null | tail -1
}

echo "| case | format | wall, median (range) | CPU, median | peak RSS | output |"
echo "|---|---|---|---|---|---|"
for case in "$work/template.toml" examples/clearview-ap-2024.toml examples/uber-ap-2024.toml; do
  for format in svg csv; do
    results=$(for _ in $(seq "$runs"); do measure "$case" "$format"; done)
    size=$(stat -c %s "$work/out")
    python3 - "$(basename "$case")" "$format" "$size" "$results" <<'PY'
import statistics, sys
name, fmt, size, lines = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split("\n")
times = sorted(float(l.split()[0]) for l in lines)
cpu = statistics.median(float(l.split()[1]) + float(l.split()[2]) for l in lines)
rss = max(int(l.split()[3]) for l in lines)
print(f"| {name} | {fmt} | {statistics.median(times):.2f} s ({times[0]:.2f}-{times[-1]:.2f}) | {cpu:.2f} s | {rss/1024:.1f} MiB | {size/1024:,.0f} KiB |")
PY
  done
done
