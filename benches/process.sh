#!/usr/bin/env bash
# Whole-process measurements for BENCHMARKS.md, on a release build:
#   1. one case vs `art83 --version` (process start), medians of alternating runs;
#   2. one process over 1,000 GDPRhub cases vs one process per file;
#   3. peak RSS for 1,000 and 10,000 cases.
# Needs hyperfine and GNU time (apt-get install hyperfine time) and ../shared/data.
# Usage: benches/process.sh [RUNS]   (prints a Markdown summary)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000}
data=../shared/data/gdprhub-fines.tsv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The installed binary, as users run it (`cargo install` copies target/release/art83). The
# file the linker has just written runs measurably slower at start-up (its page-cache pages are
# mapped in small pieces), so it is measured too, for the one-case ratio only.
cargo install --locked --quiet --path . --root "$work/install"
bin=$work/install/bin/art83
linked=$PWD/target/release/art83

# Each EUR row with articles becomes a case with turnover unknown, repeated to 10,000 files.
awk -F'\t' -v dir="$work" '
  NR > 1 && ($6 == "EUR" || $6 == "€") && $4 != "" {
    fine = $5; gsub(/,/, "", fine)
    if (fine !~ /^[0-9]+(\.[0-9]+)?$/) next
    n = split($4, parts, ",")
    list = ""
    for (i = 1; i <= n; i++) { a = parts[i]; gsub(/^ +| +$/, "", a); if (a != "") list = list (list == "" ? "" : ", ") "\"" a "\"" }
    rows[++count] = sprintf("[case]\ntitle = \"GDPRhub line %d\"\n[undertaking]\nname = \"unknown\"\nturnover = \"unknown\"\n[[violation]]\nid = \"v\"\narticles = [%s]\nfine = \"%s\"\n", NR, list, fine)
  }
  END { for (k = 0; k < 10000; k++) { f = sprintf("%s/case-%05d.toml", dir, k); printf "%s", rows[k % count + 1] > f; close(f) } }
' "$data"
for k in $(seq -f %05g 0 999); do echo "$work/case-$k.toml"; done > "$work/first-1000.txt"

median() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(" ".join(str(x["median"]) for x in r))' "$1"; }

# 1. One case vs process start: medians of runs in alternation (benches/alternate.py), so that
#    the machine's drift hits every command alike.
read -r version calc_asof calc_today calc_json linked_version linked_today < <(python3 benches/alternate.py "$runs" \
  "$bin --version" \
  "$bin calc examples/clearview-ap-2024.toml --as-of 2026-01-01" \
  "$bin calc examples/clearview-ap-2024.toml" \
  "$bin calc examples/clearview-ap-2024.toml --as-of 2026-01-01 --format json" \
  "$linked --version" \
  "$linked calc examples/clearview-ap-2024.toml")

# 2. Batch: one process over 1,000 files vs one process per file.
xargs -a "$work/first-1000.txt" echo > "$work/args-1000"
hyperfine -N --warmup 2 --runs 10 --export-json "$work/batch.json" \
  "$bin calc --format json --as-of 2026-01-01 $(cat "$work/args-1000")" >/dev/null
read -r batch < <(median "$work/batch.json")
hyperfine --warmup 1 --runs 3 --export-json "$work/per-file.json" \
  "xargs -a $work/first-1000.txt -n 1 $bin calc --format json --as-of 2026-01-01 >/dev/null" >/dev/null
read -r per_file < <(median "$work/per-file.json")

# 3. Peak RSS (KiB) for 1,000 and 10,000 cases, each batch given as one folder so that the
#    argument list does not grow with it (10,000 paths as arguments add about 2 MiB by themselves).
mkdir "$work/first-1000" && xargs -a "$work/first-1000.txt" cp -t "$work/first-1000"
mkdir "$work/all" && mv "$work"/case-*.toml "$work/all/"
rss() { /usr/bin/time -f %M "$bin" calc --format jsonl --as-of 2026-01-01 "$@" 2>&1 >/dev/null | tail -1; }
rss_1000=$(rss "$work/first-1000")
rss_10000=$(rss "$work/all")

python3 - "$version" "$calc_asof" "$calc_today" "$batch" "$per_file" "$rss_1000" "$rss_10000" "$calc_json" "$linked_version" "$linked_today" <<'PY'
import sys
version, asof, today, batch, per_file = map(float, sys.argv[1:6])
rss1, rss10 = int(sys.argv[6]), int(sys.argv[7])
json_, linked_version, linked_today = map(float, sys.argv[8:11])
print("| target | measured | goal |")
print("|---|---|---|")
print(f"| one case (`calc examples/clearview-ap-2024.toml`, table) / `--version` | {today/version:.3f}x ({today*1e3:.3f} ms / {version*1e3:.3f} ms) | <= 1.3x |")
print(f"| the same with `--as-of 2026-01-01` (no time zone read) | {asof/version:.3f}x ({asof*1e3:.3f} ms) | <= 1.3x |")
print(f"| the same as `--format json` | {json_/version:.3f}x ({json_*1e3:.3f} ms) | <= 1.3x |")
print(f"| one case, run from the freshly linked target/release/art83 | {linked_today/linked_version:.3f}x ({linked_today*1e3:.3f} ms / {linked_version*1e3:.3f} ms) | (for comparison) |")
print(f"| batch, 1,000 cases, `--format json` | {1000/batch:,.0f} cases/s ({batch*1e3:.1f} ms) | >= 20,000 cases/s |")
print(f"| batch vs one process per file | {per_file/batch:.1f}x ({1000/per_file:,.0f} cases/s per file) | >= 5x |")
print(f"| peak RSS, 1,000 cases | {rss1/1024:.1f} MiB | < 20 MB |")
print(f"| peak RSS, 10,000 cases | {rss10/1024:.1f} MiB (x{rss10/rss1:.2f} of 1,000) | flat |")
PY
