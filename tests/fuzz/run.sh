#!/usr/bin/env bash
# Runs every libFuzzer target for FUZZ_SECONDS (default 60) each, seeded from the
# project's own stories and dictionaries. Crashes are saved under build-fuzz/crashes/;
# any crash fails the run. Usage: tests/fuzz/run.sh BUILD_DIR [SECONDS]
set -euo pipefail
BUILD=${1:?usage: run.sh BUILD_DIR [SECONDS]}
SECONDS_EACH=${2:-${FUZZ_SECONDS:-60}}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$BUILD/crashes"
seed() {  # seed DIR FILES...
  local dir=$1; shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/" ; done
  return 0
}
seed "$BUILD/corpus/fuzz_text_story" "$ROOT"/examples/*.txt "$ROOT"/tests/golden/*.txt
seed "$BUILD/corpus/fuzz_coder" "$ROOT"/examples/*.txt "$ROOT"/tests/golden/*.txt
seed "$BUILD/corpus/fuzz_jsonl" "$ROOT"/tests/sentences/*.jsonl
seed "$BUILD/corpus/fuzz_dictionary" "$ROOT"/data/actors/capitals.txt "$ROOT"/data/agents.txt
seed "$BUILD/corpus/fuzz_petrarch_dictionary" "$ROOT"/tests/fuzz/seeds/petrarch_seed.txt
seed "$BUILD/corpus/fuzz_api_code" "$ROOT"/tests/fuzz/seeds/api_code_*.txt
seed "$BUILD/corpus/fuzz_conllu" "$ROOT"/tests/fuzz/seeds/conllu_*.conllu
seed "$BUILD/corpus/fuzz_model" "$ROOT"/tests/fuzz/seeds/model_*.bin
seed "$BUILD/corpus/fuzz_read_stories" "$ROOT"/examples/*.txt "$ROOT"/tests/sentences/*.jsonl
seed "$BUILD/corpus/fuzz_http_framing" "$ROOT"/tests/fuzz/seeds/http_framing_*.txt
seed "$BUILD/corpus/fuzz_search_query" "$ROOT"/tests/fuzz/seeds/search_query_*.txt
seed "$BUILD/corpus/fuzz_correction_request" "$ROOT"/tests/fuzz/seeds/correction_*.json
status=0 passed=0 failed=0
for t in ${FUZZ_TARGETS:-fuzz_text_story fuzz_jsonl fuzz_coder fuzz_dictionary fuzz_petrarch_dictionary fuzz_api_code fuzz_conllu fuzz_model fuzz_read_stories fuzz_http_framing fuzz_search_query fuzz_correction_request}; do
  echo "== $t for ${SECONDS_EACH}s"
  if ! "$BUILD/$t" "$BUILD/corpus/$t" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 \
      -rss_limit_mb=4096 -artifact_prefix="$BUILD/crashes/$t-" -print_final_stats=1 2>"$BUILD/$t.log"; then
    echo "FAIL: $t found a problem; see $BUILD/$t.log and $BUILD/crashes/"
    tail -40 "$BUILD/$t.log"
    status=1 failed=$((failed+1))
  else
    passed=$((passed+1))
  fi
  grep -E "stat::number_of_executed_units|cov:" "$BUILD/$t.log" | tail -2 || true
done
echo "fuzz: $passed passed, $failed failed"
exit $status
