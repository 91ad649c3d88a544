#!/bin/sh
# Mutation testing of the core's rule modules with cargo-mutants (TESTING.md). Not run in CI: it
# builds and tests each mutant in turn, about an hour on a shared 2-core machine.
#
#   cargo install cargo-mutants --locked
#   scripts/mutants.sh                      # all rule modules
#   scripts/mutants.sh -f src/calc/maximum.rs   # narrower: only the files given
#
# Each mutant builds and runs the library's unit tests only (`--cargo-arg=--lib`): the rules'
# own tests must notice a changed rule. The tree is copied to a temporary directory (never --in-place); the output goes
# to target/mutants/mutants.out, then a per-file summary is printed.
set -eu
cd "$(dirname "$0")/.."
out=${MUTANTS_OUT:-target/mutants}
files="-f src/calc/maximum.rs -f src/calc/mod.rs -f src/calc/violation.rs -f src/calc/validate.rs -f src/calc/groups.rs -f src/calc/edpb.rs -f src/calc/ap2019.rs -f src/calc/penalty.rs -f src/calc/penalty/periods.rs -f src/calc/penalty/timeline.rs"
case "$*" in *-f*|*--file*) files="" ;; esac
# shellcheck disable=SC2086
nice -n 15 cargo mutants --jobs 1 --timeout 60 --build-timeout 300 $files --cargo-arg=--lib -o "$out" "$@" || true
scripts/mutants-summary.sh "$out/mutants.out"
