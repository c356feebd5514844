#!/usr/bin/env bash
# Prints the accuracy table of docs/ACCURACY.md from real runs of `parley eval`.
# Usage: tools/accuracy_table.sh [BUILD_DIR]   (needs ../shared for the gold suites)
set -euo pipefail
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${PARLEY_SHARED:-$ROOT/../shared}
P="$SHARED/reference/petrarch_dictionaries"
row() {  # row LABEL DICT_LABEL SUITE [eval args...]
  local label=$1 dicts=$2 suite=$3; shift 3
  "$ROOT/$BUILD/parley" eval "$suite" --json "$@" 2>/dev/null | python3 -c "
import json, sys
j = json.load(sys.stdin)
print(f\"| $label | $dicts | {j['records']} | {j['pass_rate']:.3f} | {j['precision']:.3f} / {j['recall']:.3f} / {j['f1']:.3f} | {j['root_recall']:.3f} |\")"
}
echo "| suite | dictionaries | records | pass | P / R / F1 | root recall |"
echo "|---|---|---|---|---|---|"
row en_petr1_unittest "PETR.Validate.* (--petrarch-dicts)" "$SHARED/gold/en_petr1_unittest.jsonl" --petrarch-dicts "$P/petrarch2/PETR.Validate."
row en_udp_validate_2_02 "udpetrarch 2.02 (--petrarch-dicts)" "$SHARED/gold/en_udp_validate_2_02.jsonl" --petrarch-dicts "$P/udpetrarch_validate_2_02"
row en_petr2_gsr "Phoenix (--petrarch-dicts)" "$SHARED/gold/en_petr2_gsr.jsonl" --petrarch-dicts "$P/petrarch2/Phoenix."
row en_petr2_gsr "parley's own" "$SHARED/gold/en_petr2_gsr.jsonl"
row "tests/sentences/cameo_roots (project set)" "parley's own" "$ROOT/tests/sentences/cameo_roots.jsonl"
