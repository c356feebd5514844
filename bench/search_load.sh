#!/usr/bin/env bash
# HTTP load test of GET /api/search (issue 15, part 10): a store of real news built by
# ingesting COPIES copies of ../shared/corpus (bench/corpus_copies.py: ~7,200 events per
# copy; 14 copies give ~100,800 events, 116,000 sentences), then wrk, 2 threads, 32 connections, SECONDS each:
# the fixed query mix of bench/search_mix.lua after one warm-up pass (answers cached by
# the store's change mark), then the uncached mix (random date ranges and offsets:
# nearly every answer computed by the database), also on one connection (the cost of
# one answer without queueing). Fails on errors or when the cached mix's p99 reaches
# 50 ms; the uncached p99s are reported, not checked.
# Usage: bench/search_load.sh BUILD_DIR [SECONDS] [COPIES] [DB]   (exit 77: no wrk)
# With DB, an existing store is used (and built there first when missing).
set -u
BUILD=${1:?usage: search_load.sh BUILD_DIR [SECONDS] [COPIES] [DB]}
SECS=${2:-30}
COPIES=${3:-14}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${PARLEY_SHARED:-$ROOT/../shared}
if ! command -v wrk >/dev/null; then
  if [ "${CI:-}" = true ]; then echo "FAIL: wrk not installed (Debian package wrk)"; exit 1; fi
  echo "SKIP: wrk not installed (apt-get install wrk)"; exit 77
fi
T=$(mktemp -d)
DB=${4:-$T/search.db}
SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
if [ ! -e "$DB" ]; then
  start=$(date +%s)
  python3 "$ROOT/bench/corpus_copies.py" "$SHARED/corpus" "$COPIES" |
    "$BUILD/parley" ingest -q --db "$DB" -j 2 >"$T/ingest.txt" 2>&1 || { echo "FAIL: ingest"; cat "$T/ingest.txt"; exit 1; }
  echo "ingest of $COPIES corpus copies: $(( $(date +%s) - start )) s"
fi
"$BUILD/parley" serve --db "$DB" --port 0 --web '' >"$T/serve.out" 2>"$T/serve.err" &
SERVER=$!
for _ in $(seq 100); do grep -q listening "$T/serve.out" && break; sleep 0.1; done
URL=$(sed -n 's/^listening on \(http:[^ ]*\)/\1/p' "$T/serve.out")
[ -n "$URL" ] || { echo "FAIL: server did not start"; cat "$T/serve.err"; exit 1; }
curl -s "${URL%/}/api/health"; echo
fail=0
run() {  # run NAME P99_LIMIT_MS [WRK_ARGS...]; CONNS connections (default 32)
  local name=$1 limit=$2 conns=${CONNS:-32}; shift 2
  wrk -t $((conns < 2 ? 1 : 2)) -c "$conns" -d "${SECS}s" --timeout 10s --latency -s "$ROOT/bench/search_mix.lua" "$@" "$URL" >"$T/$name.txt" 2>&1
  local p50 p99 reqs errs non2xx ms
  p50=$(awk '$1=="50%"{print $2}' "$T/$name.txt")
  p99=$(awk '$1=="99%"{print $2}' "$T/$name.txt")
  reqs=$(awk '/requests in/{print $1}' "$T/$name.txt")
  errs=$(awk '/Socket errors/{s=0; for(i=3;i<=NF;i++) if($i ~ /^[0-9]+,?$/) s+=$i; print s}' "$T/$name.txt")
  non2xx=$(awk '/Non-2xx/{print $NF}' "$T/$name.txt")
  ms=$(python3 -c "
s='$p99'
v=float(s.rstrip('usm')); u=s[len(s.rstrip('usm')):]
print(v/1000 if u=='us' else v*1000 if u=='s' else v)")
  printf '%-16s %s requests in %ss, p50 %s, p99 %s (%.1f ms), socket errors %s, non-2xx %s\n' \
    "$name" "$reqs" "$SECS" "$p50" "$p99" "$ms" "${errs:-0}" "${non2xx:-0}"
  if [ "${errs:-0}" != 0 ] || [ -n "$non2xx" ]; then echo "FAIL: $name had errors"; fail=1; fi
  if [ -n "$limit" ] && ! python3 -c "import sys; sys.exit(0 if $ms < $limit else 1)"; then
    echo "FAIL: $name p99 $ms ms >= $limit ms"; fail=1
  fi
}
wrk -t 2 -c 32 -d "${SECS}s" --timeout 10s -s "$ROOT/bench/search_mix.lua" "$URL" >"$T/warm.txt" 2>&1
run search 50
SEARCH_UNCACHED=1 run search-uncached ""
# The same uncached mix on one connection: what one answer costs without queueing.
CONNS=1 SEARCH_UNCACHED=1 run search-uncached-1 ""
[ $fail -eq 0 ] && echo "search load test passed" || echo "search load test FAILED"
exit $fail
