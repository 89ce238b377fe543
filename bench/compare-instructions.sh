#!/usr/bin/env bash
# Compares policy builds by what a check costs under valgrind's callgrind (Debian package: valgrind), not by time:
#   npx tsc -p tsconfig.bench.json --outDir .build/before   (at the old commit)
#   npx tsc -p tsconfig.bench.json --outDir .build/after    (at the new one)
#   bash bench/compare-instructions.sh .build/before .build/after
# Prints per check: instructions, first-level data cache misses, data misses of a 1 MB last level (this
# machine's L2 per core), and that level's misses of instructions (the regular expressions' compiled code: tens of
# megabytes, which a check reads a little of, in many places). The builds run side by side; counts do not depend on the load. CHECKS and WORKLOAD
# (prose, russian, typical, mixed, abusive) pass through. See bench/policy-instructions.ts.
# Steady counts: V8 runs single-threaded and predictable (its compiler and collector on the main thread, at the same
# points every run), with a young generation of a fixed 16 MB (V8 sizes it by the allocation rate it measures in
# time, which valgrind's slowness and the other build's process move) and without address randomisation (setarch -R),
# as where objects and code fall decides which cache lines collide. So run, over 1,000 checks, one build twice read
# the same to a few in 100,000 instructions and within 2% in misses, whichever builds ran beside it; without, about
# 2% and 15% apart. The collector's work is counted in the checks.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
for build in "$@"; do
  name=$(echo "$build" | tr '/' '_')
  setarch "$(uname -m)" -R valgrind --tool=callgrind --instr-atstart=no --cache-sim=yes \
    --I1=65536,8,64 --D1=65536,8,64 --LL=1048576,8,64 --callgrind-out-file="$out/$name" \
    node --single-threaded --predictable --min-semi-space-size=16 --max-semi-space-size=16 "$build/bench/policy-instructions.js" > /dev/null 2>&1 &
done
wait
for build in "$@"; do
  name=$(echo "$build" | tr '/' '_')
  grep '^totals' "$out/$name" | awk -v b="$build" -v n="${CHECKS:-500}" \
    '{printf "%-24s instructions %8.0f   D1 misses %6.0f   1 MB-level data misses %6.0f   instruction misses %6.0f\n", b, $2/n, ($6+$7)/n, ($9+$10)/n, $8/n}'
done
rm -rf "$out"
