#!/usr/bin/env bash
# Scores parley on the English gold suites and fails when a figure falls below the
# floor recorded in tests/eval/floors.tsv (raise the floors as scores improve).
# Suites under ../shared are skipped with a message when it is absent (exit 77 when
# nothing could be checked).
set -u
PARLEY=${1:?usage: check_floors.sh PARLEY}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${PARLEY_SHARED:-$ROOT/../shared}
fail=0 pass=0 skipped=0
while IFS=$'\t' read -r suite mode metric floor; do
  case "$suite" in ''|'#'*) continue ;; esac
  # "shared:NAME" is ../shared/gold/NAME.jsonl; anything else is a path in the repo.
  case "$suite" in
    shared:*) path="$SHARED/gold/${suite#shared:}.jsonl" ;;
    *) path="$ROOT/$suite" ;;
  esac
  if [ ! -f "$path" ]; then
    echo "skip: $path is absent (../shared not beside the checkout?)"; skipped=$((skipped+1)); continue
  fi
  args=()
  # A mode ending in "+nosyntax" codes without the parser (--no-syntax).
  case "$mode" in *+nosyntax) args=(--no-syntax); mode=${mode%+nosyntax} ;; esac
  # Other modes name a PETRARCH dictionary folder, or folder/FILE-PREFIX, under
  # ../shared/reference/petrarch_dictionaries/.
  [ "$mode" != "own" ] && args+=(--petrarch-dicts "$SHARED/reference/petrarch_dictionaries/$mode")
  if [ "$(basename "$path")" = real_dev.jsonl ] || [ "$(basename "$path")" = real_dev_politics.jsonl ]; then
    # The real-news set: its texts are read from ../shared/corpus (tools/eval_real_dev.py).
    if [ ! -d "$SHARED/corpus" ]; then
      echo "skip: $SHARED/corpus is absent"; skipped=$((skipped+1)); continue
    fi
    json=$(python3 "$ROOT/tools/eval_real_dev.py" --parley "$PARLEY" --shared "$SHARED" --set "$path" --json -- "${args[@]}")
  else
    json=$("$PARLEY" eval "$path" "${args[@]}" --json --failures 0 2>/dev/null)
  fi
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
echo "gold floors: $pass passed, $fail failed, $skipped skipped"
test $fail -eq 0 || exit 1
[ $pass -eq 0 ] && [ $skipped -gt 0 ] && exit 77
exit 0
