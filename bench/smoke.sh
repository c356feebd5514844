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
passed=0 failed=0
# The default (with the parser) and --no-syntax, each against its own recorded ratio.
for mode in syntax nosyntax; do
  key=ratio_to_wc_part01; args=()
  [ $mode = syntax ] && key=ratio_to_wc_part01_syntax
  [ $mode = nosyntax ] && args=(--no-syntax)
  recorded=$(awk -F'\t' -v k="$key" '$1==k{print $2}' "$ROOT/bench/baseline.tsv")
  best_ratio=""
  for _ in 1 2 3; do
    s=$(date +%s%N); wc -w "$F" >/dev/null; e=$(date +%s%N); w=$((e - s))
    s=$(date +%s%N); "$PARLEY" code -q "${args[@]}" "$F" >/dev/null; e=$(date +%s%N); p=$((e - s))
    r=$(python3 -c "print($p/max($w,1))")
    best_ratio=$(python3 -c "print(min(float('${best_ratio:-1e9}'), $r))")
  done
  echo "speed ($mode): parley/wc ratio $best_ratio (recorded $recorded, limit $(python3 -c "print(2*$recorded)"))"
  if python3 -c "import sys; sys.exit(0 if $best_ratio <= 2*$recorded else 1)"; then
    passed=$((passed+1))
  else
    failed=$((failed+1))
  fi
done
echo "speed smoke: $passed passed, $failed failed"
test $failed -eq 0
