#!/usr/bin/env bash
# The event store against a real PostgreSQL server: starts a throwaway server on a free
# loopback port (initdb into a temp dir, pg_ctl), runs the store unit tests and the CLI
# checks (ingest, idempotent re-ingest, cross-story merge, dyad, events, kill -9 during
# an ingest) against it, and tears it down.
# Usage: tests/store/pg.sh BUILD_DIR   (exit 77 = skipped: no PostgreSQL server installed)
set -u
BUILD=${1:?usage: pg.sh BUILD_DIR}
PARLEY="$BUILD/parley"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/tests/lib/pg_server.sh"
if ! pg_find; then
  if [ "${CI:-}" = true ]; then echo "FAIL: PostgreSQL server not installed (Debian package postgresql)"; exit 1; fi
  echo "SKIP: PostgreSQL server not installed (apt-get install postgresql)"; exit 77
fi
T=$(mktemp -d)
stop() {
  pg_stop "$T"
  [ -n "${KEEP:-}" ] || rm -rf "$T"
}
trap stop EXIT
pg_start "$T" || { echo "FAIL: could not start PostgreSQL"; exit 1; }
URI=$PG_URI
for db in unit cli crash; do pg_createdb "$db"; done
psql_q() { pg_query "$@"; }

. "$ROOT/tests/lib/checks.sh"

# The store's unit tests (sql_store_test.cc, sql_analysis_test.cc), every one against PostgreSQL.
PARLEY_TEST_PG_URI="$URI/unit" "$BUILD/parley_tests" --gtest_filter='StoreTest.*:StoreAnalysisTest.*:StoreSearchTest.*:StoreCorrectionTest.*' --gtest_brief=1 >"$T/unit.log" 2>&1
unit_rc=$?
check "store unit tests on PostgreSQL" test $unit_rc -eq 0
[ $unit_rc -eq 0 ] || tail -30 "$T/unit.log"

EX="$ROOT/examples/armenia_azerbaijan.txt"
DB="$URI/cli"
"$PARLEY" ingest --db "$DB" "$EX" >"$T/i1.out" 2>&1
check "ingest summary" grep -q "1 stories new, 0 skipped" "$T/i1.out"
"$PARLEY" ingest --db "$DB" "$EX" >"$T/i2.out" 2>&1
check "re-ingest skipped" grep -q "0 stories new, 1 skipped" "$T/i2.out"
printf '%s\n' '{"id":"s2","date":"2023-12-09","url":"https://news.example.com/s2","text":"Azerbaijan will release 32 Armenian soldiers, officials said."}' >"$T/s2.jsonl"
"$PARLEY" ingest --db "$DB" "$T/s2.jsonl" >/dev/null 2>&1
"$PARLEY" events --db "$DB" --dyad AZE,ARM --format json >"$T/ev.json"  # "will release": 0841 since eeda0c2
check "merged across stories" python3 -c "
import json
ev=[e for e in json.load(open('$T/ev.json')) if e['source']=='AZE' and e['target']=='ARMMIL']
assert len(ev)==1, ev
assert ev[0]['num_articles']==2 and ev[0]['num_sources']==2, ev[0]"
"$PARLEY" dyad ARM AZE --db "$DB" --format json >"$T/dyad.json"
check "dyad 2023-12-09" python3 -c "
import json
d=json.load(open('$T/dyad.json'))
assert (d['a'],d['b'])==('ARM','AZE'), d  # the API's shape
rows={r['direction']:r for r in d['rows'] if r['period']=='2023-12-09'}
assert set(rows)=={'ARM->AZE','AZE->ARM','both'}, rows
assert rows['both']['events']==rows['ARM->AZE']['events']+rows['AZE->ARM']['events']>0"
# The same answers as SQLite for the same input.
"$PARLEY" ingest --db "$T/same.db" "$EX" "$T/s2.jsonl" >/dev/null 2>&1
"$PARLEY" dyad ARM AZE --db "$T/same.db" --format json >"$T/dyad_sqlite.json"
check "same dyad as SQLite" cmp -s "$T/dyad.json" "$T/dyad_sqlite.json"
# The summary endpoints (overview, actor profile, network, compare) answer the same.
views_json() {  # views_json DB OUT: one answer per line
  "$PARLEY" serve --db "$1" --port 0 --web '' >"$2.serve" 2>&1 &
  local pid=$! url=
  for _ in $(seq 100); do
    url=$(sed -n 's|^listening on \(http://[^ ]*\)/$|\1|p' "$2.serve")
    [ -n "$url" ] && break
    sleep 0.1
  done
  for path in "overview?by=week&min_events=1&intensity=3" "actors/ARM?by=month&include_historical=1" \
    "network?level=code" "compare?dyad=ARM,AZE&dyad=USA,ARM&by=week"; do
    curl -s "$url/api/$path"
    echo
  done >"$2"
  kill $pid 2>/dev/null
  wait $pid 2>/dev/null
}
views_json "$DB" "$T/views_pg.jsonl"
views_json "$T/same.db" "$T/views_sqlite.jsonl"
check "summary endpoints answer on PostgreSQL" python3 -c "
import json
rows=[json.loads(l) for l in open('$T/views_pg.jsonl')]
assert len(rows)==4 and not any(isinstance(r.get('code'), int) for r in rows), rows  # no error bodies
assert rows[0]['busiest'] and rows[1]['events'] > 0 and rows[2]['edges'] and rows[3]['periods'], rows"
check "same summaries as SQLite" cmp -s "$T/views_pg.jsonl" "$T/views_sqlite.jsonl"
# Search and corrections (issue 15, parts 10 and 12): the same answers as SQLite, and
# the corrections' gold file from PostgreSQL.
search_json() { "$PARLEY" search --db "$1" --sort date --limit 100 --format json "$2"; }
for q in release '"peace talks"' 'soldier*' 'Armenia -Azerbaijan' 'statement OR treaty'; do
  search_json "$DB" "$q" >"$T/search_pg.json"
  search_json "$T/same.db" "$q" >"$T/search_sqlite.json"
  check "search $q on PostgreSQL finds something" python3 -c "
import json; j=json.load(open('$T/search_pg.json')); assert j['sentences'] or j['titles'], j"
  check "search $q: the same hits and matches as SQLite" cmp -s "$T/search_pg.json" "$T/search_sqlite.json"
done
check "corrections stored through the server on PostgreSQL" test -n "$(python3 "$ROOT/tests/store/post_corrections.py" "$PARLEY" "$DB")"
python3 "$ROOT/tests/store/post_corrections.py" "$PARLEY" "$T/same.db" >/dev/null
"$PARLEY" eval --corrections --db "$DB" -o "$T/gold_pg.jsonl" 2>"$T/gold_pg.err"
check "eval --corrections on PostgreSQL" grep -q "3 gold records from 2 corrected events (1 marked wrong)" "$T/gold_pg.err"
"$PARLEY" eval --corrections --db "$T/same.db" -o "$T/gold_sqlite.jsonl" 2>/dev/null
check "the same gold records as SQLite (but for the times in notes)" python3 -c "
import json, re
def load(p):
    return [re.sub(r' at [0-9T:-]+Z', '', l) for l in open(p)]
a, b = load('$T/gold_pg.jsonl'), load('$T/gold_sqlite.jsonl')
assert a == b and len(a) == 3, (a, b)"
"$PARLEY" events --db "$DB" --dyad AZE,ARM --format json >"$T/corrected_pg.json"
check "events on PostgreSQL carry the corrections" python3 -c "
import json
ev=json.load(open('$T/corrected_pg.json'))
c=[e for e in ev if e['corrected']]
assert sorted((e['source'], e['target'], e['correction']['wrong'], e['correction']['author']) for e in c)==[('ARM', 'AZE', True, 'ben'), ('AZE', 'ARMMIL', False, 'ana')], c"
check "schema version 6" test "$(psql_q cli 'SELECT MAX(version) FROM schema_version')" -eq 6

# kill -9 in the middle of an ingest, then run it again: every story exactly once.
write_story_corpus "$T/big.jsonl" 5000
"$PARLEY" ingest --db "$URI/crash" --batch 200 "$T/big.jsonl" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 600); do  # wait (up to 30 s) until some batches are committed
  n=$(psql_q crash "SELECT COUNT(*) FROM stories" 2>/dev/null || echo 0)
  [ "${n:-0}" -gt 400 ] && break
  sleep 0.05
done
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null; killed=$?
check "ingest was killed mid-run" test $killed -eq 137
check "killed before the end" test "$(psql_q crash 'SELECT COUNT(*) FROM stories')" -lt 5000
"$PARLEY" ingest --db "$URI/crash" "$T/big.jsonl" >"$T/k2.out" 2>&1
check "re-run exit 0" test $? -eq 0
check "5000 stories once each" test "$(psql_q crash 'SELECT COUNT(DISTINCT id) FROM stories')" -eq 5000
check "no mention twice" test "$(psql_q crash 'SELECT COUNT(*) FROM (SELECT story_id, event_id FROM mentions GROUP BY 1, 2 HAVING COUNT(*) > 1) x')" -eq 0
check "articles match mentions" test "$(psql_q crash 'SELECT SUM(num_articles) FROM events')" -eq "$(psql_q crash 'SELECT COUNT(*) FROM mentions')"

finish "PostgreSQL store tests"
