#!/usr/bin/env python3
"""Seeds the `cli` fuzz target's corpus (default fuzz/corpus/cli) from examples/ and the
tests/cmd inputs: each case file behind a few sets of option bytes (see fuzz_targets/cli.rs)."""
import glob
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else root / "fuzz/corpus/cli")
out.mkdir(parents=True, exist_ok=True)
files = sorted(glob.glob(str(root / "examples/*.toml")) + glob.glob(str(root / "tests/cmd/*.in/**/*.toml"), recursive=True))
# calc table; calc json --lang en --as-of --turnover --method edpb; sweep; check markdown;
# calc csv --excel --method ap2019; sweep json --as-of; calc html --schedule full.
options = [
    [0, 0, 0, 0, 0, 0, 0, 0],
    [2, 2, 1, 1, 1, 5, 0x85, 3],
    [5, 0, 0, 0, 0, 0, 4, 10],
    [4, 3, 2, 2, 1, 3, 0x89, 0],
    [1, 4, 14, 3, 1, 0, 0x8A, 0],
    [5, 2, 2, 0, 1, 2, 30, 39],
    [0, 5, 5, 2, 0, 0, 0x86, 0],
]
count = 0
for file in files:
    text = pathlib.Path(file).read_bytes()
    for prefix in options:
        (out / f"seed-{count:05d}").write_bytes(bytes(prefix) + text)
        count += 1
print(f"{count} seeds from {len(files)} case files in {out}")
