#!/usr/bin/env bash
# Event store benchmark on the shared news corpus, both backends (make bench):
#  1. `parley ingest` end to end (read, code, store) of the corpus into a fresh SQLite
#     file and into a throwaway PostgreSQL server, with -j 1 and -j 2;
#  2. the store alone (parley_store_bench: synthetic events, no coding) into each
#     (PostgreSQL: PG_EVENTS, default 200,000: one round trip per statement is slow),
#     and dyad query latency over the result.
# Usage: bench/ingest.sh BUILD_DIR [STORE_EVENTS]
set -u
BUILD=${1:?usage: ingest.sh BUILD_DIR [STORE_EVENTS]}
EVENTS=${2:-1000000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${PARLEY_SHARED:-$ROOT/../shared}
C="$SHARED/corpus"
T=$(mktemp -d)
chmod 755 "$T"
. "$ROOT/tests/lib/pg_server.sh"
have_pg=0
cleanup() { [ $have_pg -eq 1 ] && pg_stop "$T/pg"; rm -rf "$T"; }
trap cleanup EXIT
mkdir -p "$T/pg"
if pg_start "$T/pg" >/dev/null 2>&1; then have_pg=1; else echo "(no PostgreSQL server: SQLite only)"; fi

if [ -d "$C" ]; then
  FILES=("$C/reuters21578-part01.jsonl" "$C/reuters21578-part02.jsonl" "$C/bbc_news_2225.jsonl" "$C/wikinews_2019_2020.jsonl")
  echo "## parley ingest of the corpus (end to end: read, code, store)"
  for j in 1 2; do
    "$BUILD/parley" ingest -q --db "$T/corpus_j$j.db" -j $j "${FILES[@]}" >/dev/null 2>&1
    rm -f "$T/corpus_j$j.db"*
    start=$(date +%s.%N)
    "$BUILD/parley" ingest --db "$T/corpus_j$j.db" -j $j "${FILES[@]}" 2>/dev/null | sed "s/^/sqlite -j $j: /"
    if [ $have_pg -eq 1 ]; then
      pg_createdb "corpus_j$j"
      "$BUILD/parley" ingest --db "$PG_URI/corpus_j$j" -j $j "${FILES[@]}" 2>/dev/null | sed "s/^/postgresql -j $j: /"
    fi
  done
  "$BUILD/parley" ingest --db "$T/corpus_j1.db" "${FILES[@]}" 2>/dev/null | sed "s/^/sqlite re-ingest: /"
else
  echo "SKIP corpus ingest: $C is absent"
fi

echo "## store alone: $EVENTS synthetic events, then dyad queries (median of 21)"
"$BUILD/parley_store_bench" --db "$T/store.db" --events "$EVENTS" --batch 2000 2>/dev/null | sed 's/^/sqlite /'
if [ $have_pg -eq 1 ]; then
  pg_createdb store
  "$BUILD/parley_store_bench" --db "$PG_URI/store" --events "${PG_EVENTS:-200000}" --batch 2000 2>/dev/null | sed 's/^/postgresql /'
fi
