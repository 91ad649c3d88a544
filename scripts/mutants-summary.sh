#!/bin/sh
# Per-file counts of a cargo-mutants run: caught, timeout, missed, unviable, and the share of
# viable mutants caught (viable = all but unviable; a timeout is not counted as caught).
# Usage: scripts/mutants-summary.sh [path/to/mutants.out]
set -eu
dir=${1:-target/mutants/mutants.out}
for outcome in caught timeout missed unviable; do
    [ -f "$dir/$outcome.txt" ] && sed "s/:.*//; s/^/$outcome /" "$dir/$outcome.txt"
done | awk '
    { n[$2, $1]++; files[$2] = 1 }
    END {
        printf "%-22s %7s %7s %7s %8s %7s\n", "file", "caught", "timeout", "missed", "unviable", "caught%"
        for (f in files) {
            c = n[f, "caught"] + 0; t = n[f, "timeout"] + 0; m = n[f, "missed"] + 0; u = n[f, "unviable"] + 0
            v = c + t + m
            printf "%-22s %7d %7d %7d %8d %6.1f%%\n", f, c, t, m, u, v ? 100 * c / v : 100
            C += c; T += t; M += m; U += u
        }
        V = C + T + M
        printf "%-22s %7d %7d %7d %8d %6.1f%%\n", "total", C, T, M, U, V ? 100 * C / V : 100
    }'
