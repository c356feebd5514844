#!/usr/bin/env bash
# HTTP load test of `parley serve` on loopback: a store of EVENTS synthetic events
# (parley_store_bench), 32 concurrent connections for SECONDS against the dyad
# endpoint (one busy dyad, then every pair of 40 countries by day/week/month), the
# events endpoint and the summary endpoints (bench/views_mix.lua), with wrk. Fails on
# any error or when a p99 latency reaches 50 ms (the events endpoint's is not checked).
# Usage: bench/load.sh BUILD_DIR [SECONDS] [EVENTS]   (exit 77: wrk not installed)
set -u
BUILD=${1:?usage: load.sh BUILD_DIR [SECONDS] [EVENTS]}
SECS=${2:-30}
EVENTS=${3:-120000}
if ! command -v wrk >/dev/null; then
  if [ "${CI:-}" = true ]; then echo "FAIL: wrk not installed (Debian package wrk)"; exit 1; fi
  echo "SKIP: wrk not installed (apt-get install wrk)"; exit 77
fi
T=$(mktemp -d)
SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
"$BUILD/parley_store_bench" --db "$T/load.db" --events "$EVENTS" --queries 1 --batch 2000 >"$T/store.txt" 2>/dev/null ||
  { echo "FAIL: could not build the test database"; exit 1; }
rows=$(sed -n 's/^event_rows //p' "$T/store.txt")
"$BUILD/parley" serve --db "$T/load.db" --port 0 >"$T/serve.out" 2>"$T/serve.err" &
SERVER=$!
for _ in $(seq 100); do grep -q listening "$T/serve.out" && break; sleep 0.1; done
URL=$(sed -n 's/^listening on \(http:[^ ]*\)/\1/p' "$T/serve.out")
[ -n "$URL" ] || { echo "FAIL: server did not start"; cat "$T/serve.err"; exit 1; }
fail=0
run() {  # run NAME PATH P99_LIMIT_MS [WRK_ARGS...]
  local name=$1 path=$2 limit=$3; shift 3
  wrk -t 2 -c 32 -d "${SECS}s" --timeout 5s --latency "$@" "${URL%/}$path" >"$T/$name.txt" 2>&1
  local p50 p99 reqs errs non2xx
  p50=$(awk '$1=="50%"{print $2}' "$T/$name.txt")
  p99=$(awk '$1=="99%"{print $2}' "$T/$name.txt")
  reqs=$(awk '/requests in/{print $1}' "$T/$name.txt")
  errs=$(awk '/Socket errors/{s=0; for(i=3;i<=NF;i++) if($i ~ /^[0-9]+,?$/) s+=$i; print s}' "$T/$name.txt")
  non2xx=$(awk '/Non-2xx/{print $NF}' "$T/$name.txt")
  local ms
  ms=$(python3 -c "
s='$p99'
v=float(s.rstrip('usm')); u=s[len(s.rstrip('usm')):]
print(v/1000 if u=='us' else v*1000 if u=='s' else v)")
  printf '%-8s %s requests in %ss, p50 %s, p99 %s (%.1f ms), socket errors %s, non-2xx %s\n' \
    "$name" "$reqs" "$SECS" "$p50" "$p99" "$ms" "${errs:-0}" "${non2xx:-0}"
  if [ "${errs:-0}" != 0 ] || [ -n "$non2xx" ]; then echo "FAIL: $name had errors"; fail=1; fi
  if [ -n "$limit" ] && python3 -c "import sys; sys.exit(0 if $ms < $limit else 1)"; then :; elif [ -n "$limit" ]; then
    echo "FAIL: $name p99 $ms ms >= $limit ms"; fail=1
  fi
}
echo "store: $rows event rows ($EVENTS mentions); 32 connections, ${SECS}s per endpoint"
run dyad "/api/dyads/ARM/AZE?by=month" 50
run dyad-mix "/" 50 -s "$(dirname "$0")/dyad_mix.lua"
run events "/api/events?dyad=ARM,AZE&limit=50" ""
# The summary endpoints of the overview, actor, network and compare views (issue 15):
# their fixed set of ~400 URLs, once to warm the server's cache (each answer is
# computed once per change of the store: 30-250 ms for the whole-store summaries of a
# 100k-event store), then measured; then random date ranges, so that nearly every
# answer is computed by the database (reported, not checked: see docs/PERFORMANCE.md).
wrk -t 2 -c 32 -d "${SECS}s" --timeout 10s -s "$(dirname "$0")/views_mix.lua" "$URL" >"$T/views-warm.txt" 2>&1
run views "/" 50 -s "$(dirname "$0")/views_mix.lua"
VIEWS_UNCACHED=1 run views-uncached "/" "" -s "$(dirname "$0")/views_mix.lua"
[ $fail -eq 0 ] && echo "load test passed" || echo "load test FAILED"
exit $fail
