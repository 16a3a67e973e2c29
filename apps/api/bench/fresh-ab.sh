#!/usr/bin/env bash
# A/B of one environment variable on freshly started team servers: runs `bench/load.ts --engine
# postgres` (paced load alone, one import) N times for each value, alternating A and B so that a
# change in the shared machine's state falls on both alike, and prints each run's edits and
# approvals p99 and server CPU per request, then per value the median edits p99 and how many runs
# met the goal (p99 < 50 ms). One fresh-server run is too noisy on its own to judge a change by
# (session 14: 20 to 193 ms for one build); this is how session 15 measured ALINHA_BACKGROUND_NICE.
#
#   bash bench/fresh-ab.sh VARIABLE VALUE_A VALUE_B [N=6]
#   e.g. bash bench/fresh-ab.sh ALINHA_BACKGROUND_NICE 0 10 6
# Run it on an otherwise idle machine: each run takes about 50 s.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 3 ]; then
  echo "usage: bash bench/fresh-ab.sh VARIABLE VALUE_A VALUE_B [N]" >&2
  exit 2
fi
var=$1
a=$2
b=$3
n=${4:-6}
if ! [[ $var =~ ^[A-Z_][A-Z0-9_]*$ ]]; then
  echo "fresh-ab: $var is not an environment variable's name" >&2
  exit 2
fi
declare -A p99s=([$a]="" [$b]="")
for i in $(seq 1 "$n"); do
  for value in "$a" "$b"; do
    out=$(env "$var=$value" BENCH_RUNS=paced BENCH_IMPORT_RUNS=1 npx tsx bench/load.ts --engine postgres 2>&1) || { echo "$out" | tail -20 >&2; exit 1; }
    edits=$(echo "$out" | grep -m1 "whole run" | sed -E 's/.*edits p50 [0-9.]+ ms, p99 ([0-9.]+) ms.*/\1/')
    approvals=$(echo "$out" | grep -m1 "approvals p50" | sed -E 's/.*p99 ([0-9.]+) ms.*/\1/')
    cpu=$(echo "$out" | grep -m1 "CPU per review" | sed -E 's/.*GC included\): ([0-9.]+) ms.*/\1/')
    history=$(echo "$out" | grep -m1 "^  history:" | sed -E 's/.*pairs checked, ([0-9]+) with a gap.*/\1 gaps/')
    echo "run $i $var=$value: edits p99 $edits ms, approvals p99 $approvals ms, CPU per request $cpu ms, history $history (load $(cut -d' ' -f1 /proc/loadavg))"
    p99s[$value]+="$edits "
  done
done
for value in "$a" "$b"; do
  # shellcheck disable=SC2086
  printf '%s\n' ${p99s[$value]} | sort -g | awk -v label="$var=$value" '
    { v[NR] = $1; if ($1 < 50) met++ }
    END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
          printf "%s: edits p99 median %.1f ms, under 50 ms in %d of %d runs\n", label, m, met, NR }'
done
