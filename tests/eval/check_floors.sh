#!/usr/bin/env bash
# Scores parley on the English gold suites and fails when a figure falls below the
# floor recorded in tests/eval/floors.tsv (raise the floors as scores improve).
# Skips (exit 77) with a message when ../shared is absent.
set -u
PARLEY=${1:?usage: check_floors.sh PARLEY}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${PARLEY_SHARED:-$ROOT/../shared}
if [ ! -d "$SHARED/gold" ]; then
  echo "SKIP: $SHARED/gold is absent; gold-suite floors not checked"
  exit 77
fi
fail=0 pass=0
while IFS=$'\t' read -r suite mode metric floor; do
  case "$suite" in ''|'#'*) continue ;; esac
  args=()
  [ "$mode" != "own" ] && args=(--petrarch-dicts "$SHARED/reference/petrarch_dictionaries/$mode")
  json=$("$PARLEY" eval "$SHARED/gold/$suite.jsonl" "${args[@]}" --json --failures 0 2>/dev/null)
  value=$(printf '%s' "$json" | python3 -c "import json,sys; print(json.load(sys.stdin)['$metric'])" 2>/dev/null)
  if [ -z "$value" ]; then
    echo "FAIL: $suite ($mode): eval produced no $metric"; fail=$((fail+1)); continue
  fi
  if python3 -c "import sys; sys.exit(0 if $value + 1e-9 >= $floor else 1)"; then
    echo "ok: $suite ($mode) $metric $value >= $floor"; pass=$((pass+1))
  else
    echo "FAIL: $suite ($mode) $metric $value < floor $floor"; fail=$((fail+1))
  fi
done <"$ROOT/tests/eval/floors.tsv"
echo "gold floors: $pass passed, $fail failed"
test $fail -eq 0
