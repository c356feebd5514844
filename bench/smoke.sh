#!/usr/bin/env bash
# CI guard on speed: codes one corpus file and times `wc -w` on the same bytes in the
# same run; fails when parley's time relative to wc is more than twice the ratio
# recorded in bench/baseline.tsv (a ratio, so it holds on a noisy machine).
# Usage: bench/smoke.sh path/to/parley
set -euo pipefail
PARLEY=${1:?usage: smoke.sh PARLEY}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${PARLEY_SHARED:-$ROOT/../shared}
F="$SHARED/corpus/reuters21578-part01.jsonl"
if [ ! -f "$F" ]; then echo "SKIP: $F is absent; speed smoke test not run"; exit 77; fi
recorded=$(awk -F'\t' '$1=="ratio_to_wc_part01"{print $2}' "$ROOT/bench/baseline.tsv")
best_ratio=""
for _ in 1 2 3; do
  s=$(date +%s%N); wc -w "$F" >/dev/null; e=$(date +%s%N); w=$((e - s))
  s=$(date +%s%N); "$PARLEY" code -q "$F" >/dev/null; e=$(date +%s%N); p=$((e - s))
  r=$(python3 -c "print($p/max($w,1))")
  best_ratio=$(python3 -c "print(min(float('${best_ratio:-1e9}'), $r))")
done
echo "speed: parley/wc ratio $best_ratio (recorded $recorded, limit $(python3 -c "print(2*$recorded)"))"
if python3 -c "import sys; sys.exit(0 if $best_ratio <= 2*$recorded else 1)"; then
  echo "speed smoke: 1 passed, 0 failed"
else
  echo "speed smoke: 0 passed, 1 failed"; exit 1
fi
