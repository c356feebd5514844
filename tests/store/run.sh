#!/usr/bin/env bash
# Event store CLI tests: ingest, idempotent re-ingest, cross-story dedup, dyad and
# events queries, an unreachable PostgreSQL server, and kill -9 during a large ingest.
# tests/store/pg.sh runs the same kinds of checks against a real PostgreSQL server.
# Usage: tests/store/run.sh path/to/parley
set -u
PARLEY=${1:?usage: run.sh PARLEY}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$ROOT/tests/lib/checks.sh"
q() { sqlite3 "$T/$1" "$2"; }  # q DB SQL
have_sqlite3=0; command -v sqlite3 >/dev/null && have_sqlite3=1
count() {  # count DB TABLE, through parley when the sqlite3 shell is missing
  if [ $have_sqlite3 -eq 1 ]; then q "$1" "SELECT COUNT(*) FROM $2"; else echo "?"; fi
}
EX="$ROOT/examples/armenia_azerbaijan.txt"

# Ingest the example, then again: nothing new.
"$PARLEY" ingest --db "$T/a.db" "$EX" >"$T/i1.out" 2>"$T/i1.err"; rc=$?
check "ingest exit 0" test $rc -eq 0
check "ingest summary" grep -q "1 stories new, 0 skipped" "$T/i1.out"
"$PARLEY" ingest --db "$T/a.db" "$EX" >"$T/i2.out" 2>&1; rc=$?
check "re-ingest exit 0" test $rc -eq 0
check "re-ingest skipped" grep -q "0 stories new, 1 skipped" "$T/i2.out"
"$PARLEY" events --db "$T/a.db" --format json >"$T/ev1.json"
check "no duplicate events" python3 -c "
import json,sys
ev=json.load(open('$T/ev1.json'))
assert len(ev)>=5, len(ev)
keys=[(e['date'],e['source'],e['target'],e['code']) for e in ev]
assert len(keys)==len(set(keys))
assert all(e['num_articles']==1 and len(e['mentions'])==1 for e in ev)"

# A second story repeating an event: one event row, two articles, two mentions.
printf '%s\n' '{"id":"s2","date":"2023-12-09","url":"https://news.example.com/s2","text":"Azerbaijan will release 32 Armenian soldiers, officials said."}' >"$T/s2.jsonl"
"$PARLEY" ingest --db "$T/a.db" "$T/s2.jsonl" >"$T/i3.out" 2>&1
check "second story new" grep -q "1 stories new" "$T/i3.out"
"$PARLEY" events --db "$T/a.db" --dyad AZE,ARM --code 0353 --format json >"$T/ev2.json"
check "merged across stories" python3 -c "
import json
ev=[e for e in json.load(open('$T/ev2.json')) if e['source']=='AZE' and e['target']=='ARMMIL']
assert len(ev)==1, ev
e=ev[0]
assert e['num_articles']==2 and e['num_mentions']==2 and e['num_sources']==2, e
assert [m['story_id'] for m in e['mentions']]==['armenia_azerbaijan','s2']
assert e['mentions'][1]['evidence']['text'].startswith('Azerbaijan will release 32')
assert e['mentions'][1]['url']=='https://news.example.com/s2'"

# dyad ARM AZE --by day --format json: the 2023-12-09 rows with counts.
"$PARLEY" dyad ARM AZE --db "$T/a.db" --by day --format json >"$T/dyad.json"; rc=$?
check "dyad exit 0" test $rc -eq 0
check "dyad 2023-12-09 rows" python3 -c "
import json
rows={r['direction']:r for r in json.load(open('$T/dyad.json')) if r['period']=='2023-12-09'}
assert set(rows)=={'ARM->AZE','AZE->ARM','both'}, rows
b=rows['both']
assert b['events']==rows['ARM->AZE']['events']+rows['AZE->ARM']['events']>0
assert b['quad1']+b['quad2']+b['quad3']+b['quad4']==b['events']
assert b['quad']==[b['quad1'],b['quad2'],b['quad3'],b['quad4']]
assert 1<=len(b['top_codes'])<=3"
"$PARLEY" dyad ARM AZE --db "$T/a.db" --by month >"$T/dyad.txt"
check "dyad table by month" grep -q "^2023-12 *both" "$T/dyad.txt"
"$PARLEY" dyad ARM AZE --db "$T/a.db" --format csv >"$T/dyad.csv"
check "dyad csv header" grep -q "^period,direction,events,quad1" "$T/dyad.csv"

# events --dyad ARM,AZE lists evidence and the story URL.
"$PARLEY" events --db "$T/a.db" --dyad ARM,AZE >"$T/ev.txt"; rc=$?
check "events exit 0" test $rc -eq 0
check "events evidence" grep -q "Azerbaijan will release 32 Armenian soldiers" "$T/ev.txt"
check "events url" grep -q "https://example.org/parley/armenia-azerbaijan" "$T/ev.txt"
"$PARLEY" events --db "$T/a.db" --actor RUS --from 2024-01-01 --format csv >"$T/none.csv"
check "events date filter" test "$(wc -l <"$T/none.csv")" -eq 1

# An unreachable PostgreSQL server: a clear message, exit 1. Bad arguments: exit 2.
for cmd in "ingest $EX" "dyad ARM AZE" "events"; do
  "$PARLEY" $cmd --db postgresql://parley@127.0.0.1:1/parley >/dev/null 2>"$T/pg.err"; rc=$?
  check "postgres unreachable exit 1 ($cmd)" test $rc -eq 1
  check "postgres message ($cmd)" grep -q "cannot connect to PostgreSQL" "$T/pg.err"
done
"$PARLEY" events --db "$T/missing.db" >/dev/null 2>"$T/missing.err"; rc=$?
check "missing db exit 1" test $rc -eq 1
check "missing db not created" test ! -e "$T/missing.db"
check "missing db message" grep -q "no database" "$T/missing.err"
"$PARLEY" events --db "$T/a.db" --dyad ARM >/dev/null 2>&1; check "bad --dyad exit 2" test $? -eq 2
"$PARLEY" dyad ARM AZE --db "$T/a.db" --from yesterday >/dev/null 2>&1; check "bad --from exit 2" test $? -eq 2

# kill -9 in the middle of a large ingest, re-run: every story exactly once.
write_story_corpus "$T/big.jsonl" 20000
"$PARLEY" ingest --db "$T/k.db" --batch 500 "$T/big.jsonl" >/dev/null 2>&1 &
pid=$!
committed() {  # stories committed so far (python3's sqlite3 reads beside the writer)
  python3 -c "
import sqlite3, sys
try:
    print(sqlite3.connect('file:$T/k.db?mode=ro', uri=True, timeout=0.2).execute('SELECT COUNT(*) FROM stories').fetchone()[0])
except Exception:
    print(0)" 2>/dev/null
}
for _ in $(seq 1 300); do  # wait (up to ~60 s) until some batches are committed
  [ "$(committed)" -gt 0 ] && break
  sleep 0.05
done
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null; killed=$?
check "ingest was killed mid-run" test $killed -eq 137
"$PARLEY" ingest --db "$T/k.db" "$T/big.jsonl" >"$T/k2.out" 2>&1; rc=$?
check "re-run exit 0" test $rc -eq 0
check "re-run skipped some" bash -c "! grep -q ' 0 skipped' '$T/k2.out'"
"$PARLEY" ingest --db "$T/k.db" "$T/big.jsonl" >"$T/k3.out" 2>&1
check "third run all skipped" grep -q "0 stories new, 20000 skipped" "$T/k3.out"
if [ $have_sqlite3 -eq 1 ]; then
  check "20000 stories" test "$(count k.db stories)" -eq 20000
  check "each story once" test "$(q k.db 'SELECT COUNT(DISTINCT id) FROM stories')" -eq 20000
  check "mentions once per story" test "$(q k.db 'SELECT COUNT(*) FROM (SELECT story_id, event_id FROM mentions GROUP BY 1, 2 HAVING COUNT(*) > 1)')" -eq 0
  check "articles match mentions" test "$(q k.db 'SELECT SUM(num_articles) FROM events')" -eq "$(count k.db mentions)"
  check "schema version 4" test "$(q k.db 'SELECT MAX(version) FROM schema_version')" -eq 4
  check "wal mode" test "$(q k.db 'PRAGMA journal_mode')" = wal
fi
# The summaries of the two runs add up to 20000 stories.
new1=$(sed -n 's/.*: \([0-9]*\) stories new.*/\1/p' "$T/k2.out")
skip1=$(sed -n 's/.*new, \([0-9]*\) skipped.*/\1/p' "$T/k2.out")
check "re-run covers all stories" test $((new1 + skip1)) -eq 20000

finish "store CLI tests"
