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
"$PARLEY" events --db "$T/a.db" --dyad AZE,ARM --code 0841 --format json >"$T/ev2.json"
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
d=json.load(open('$T/dyad.json'))
assert (d['a'],d['b'])==('ARM','AZE'), d  # the API's shape
rows={r['direction']:r for r in d['rows'] if r['period']=='2023-12-09'}
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
"$PARLEY" events --db "$T/a.db" --dyad ARM,AZE --wide >"$T/evw.txt"
check "events --wide url" grep -q "https://example.org/parley/armenia-azerbaijan" "$T/evw.txt"
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

# Every malformed query option: a message naming it, exit 2, as the API answers 400
# (issue 15, part 13).
bad_query() {  # bad_query NAME REGEX ARGS...
  local name=$1 re=$2; shift 2
  "$PARLEY" "$@" >"$T/bq.out" 2>"$T/bq.err"; local rc=$?
  check "$name exit 2" test $rc -eq 2
  check "$name message" grep -qE -e "$re" "$T/bq.err"
  check "$name no output" test ! -s "$T/bq.out"
}
bad_query "dyad three codes" "--dyad: want two actor codes" events --db "$T/a.db" --dyad USA,JPN,CHN
bad_query "dyad with a space" "--dyad: ' JPN' is not an actor code" events --db "$T/a.db" --dyad "USA, JPN"
bad_query "code abc" "--code: 'abc' is not a CAMEO code" events --db "$T/a.db" --code abc
bad_query "code 21" "--code: no CAMEO code begins with '21'" events --db "$T/a.db" --code 21
bad_query "limit -1" "--limit: want a number of events, 1 or more" events --db "$T/a.db" --limit -1
bad_query "db is a folder" "--db: .* is a directory, not a database file" events --db "$T"
bad_query "dyad db is a folder" "--db: .* is a directory" dyad ARM AZE --db "$T"
bad_query "from after to" "--from 2024-02-01 is after --to 2024-01-01" events --db "$T/a.db" --from 2024-02-01 --to 2024-01-01
bad_query "dyad from after to" "--from 2024-02-01 is after --to" dyad ARM AZE --db "$T/a.db" --from 2024-02-01 --to 2024-01-01
bad_query "dyad empty actor" "A: '' is not an actor code" dyad "" JPN --db "$T/a.db"
bad_query "root 21" "root" events --db "$T/a.db" --root 21
bad_query "quad class 5" "quad-class" events --db "$T/a.db" --quad-class 5
bad_query "modality" "modality" events --db "$T/a.db" --modality maybe

# Full-text search from the command line (issue 15, part 10).
"$PARLEY" search --db "$T/a.db" release >"$T/search.txt"; rc=$?
check "search exit 0" test $rc -eq 0
check "search brackets the matches" grep -q "prisoner \[release\]" "$T/search.txt"
check "search lists matching titles" grep -q "\[parley\] example story" <("$PARLEY" search --db "$T/a.db" parley)
"$PARLEY" search --db "$T/a.db" --dyad aze,arm --sort date --format json soldiers >"$T/search.json"
check "search --format json: the API's answer" python3 -c "
import json
j=json.load(open('$T/search.json'))
assert j['q']=='soldiers' and j['sort']=='date' and j['sentences'], j
assert all({h['source'][:3], h['target'][:3]}=={'ARM','AZE'} for h in j['sentences'])
assert all(any(p['match'] for p in h['mentions'][0]['parts']) for h in j['sentences'])"
bad_query "search unbalanced quote" "QUERY: unbalanced quote" search --db "$T/a.db" '"peace talks'
bad_query "search only excluded" "QUERY: nothing to find" search --db "$T/a.db" -- -peace
bad_query "search bad dyad" "--dyad: want two actor codes" search --db "$T/a.db" --dyad ARM talks
bad_query "search db is a folder" "--db: .* is a directory" search --db "$T" talks

# Corrections as a gold suite (issue 15, part 12): two analysts' corrections stored
# through parley serve --writable, then parley eval --corrections, then parley eval.
cp "$T/a.db" "$T/c.db"
ids=$(python3 "$ROOT/tests/store/post_corrections.py" "$PARLEY" "$T/c.db")
check "corrections stored through the server" test -n "$ids"
"$PARLEY" eval --corrections --db "$T/c.db" -o "$T/gold.jsonl" 2>"$T/gold.err"; rc=$?
check "eval --corrections exit 0" test $rc -eq 0
check "eval --corrections summary" grep -q "3 gold records from 2 corrected events (1 marked wrong) written to $T/gold.jsonl" "$T/gold.err"
check "gold records: the corrected event, the wrong one left out" python3 -c "
import json
recs=[json.loads(l) for l in open('$T/gold.jsonl')]
assert recs and all(set(r) >= {'id','date','text','expected','evaluate','expect_no_events','suite'} for r in recs), recs
fixed=[r for r in recs if r['text'].startswith('Azerbaijan will release 32')]
# the event's two mentions (the example and s2): one record per sentence
assert len(fixed)==2 and all({'source':'AZE','target':'ARMGOV','code':'0354'} in r['expected'] for r in fixed), fixed
assert not any((e['source'], e['target'])==('AZE', 'ARMMIL') for r in fixed for e in r['expected']), fixed
endorse=[r for r in recs if 'Baku endorsed' in r['text']]
assert len(endorse)==1 and not any((e['source'],e['target'],e['code'])==('ARM','AZE','051') for e in endorse[0]['expected']), endorse
assert {'source':'AZE','target':'ARM','code':'051'} in endorse[0]['expected'], endorse  # not corrected: kept
assert sorted(r['id'] for r in recs)==['correction/armenia_azerbaijan/2','correction/armenia_azerbaijan/6','correction/s2/0'], recs
assert all(r['date']=='2023-12-09' and not r['expect_no_events'] for r in recs)
assert 'by ana at' in fixed[0]['notes'] and 'a release, not an intent' in fixed[0]['notes']"
"$PARLEY" eval "$T/gold.jsonl" >"$T/score.txt" 2>"$T/score.err"; rc=$?
check "parley eval reads the gold file" test $rc -eq 0
check "the coder is measured against the corrections" python3 -c "
import re
t=open('$T/score.txt').read()
assert re.search(r'records +3', t), t
assert float(re.search(r'pass rate +([0-9.]+)', t).group(1)) < 1, t"
check "the corrected sentence fails" grep -q "FAIL correction/armenia_azerbaijan/" "$T/score.err"
"$PARLEY" eval --corrections --db "$T/a.db" >"$T/none.jsonl" 2>/dev/null; rc=$?
check "eval --corrections without corrections: exit 0, no records" test $rc -eq 0 -a ! -s "$T/none.jsonl"
bad_query "eval without a suite" "SUITE is required" eval
bad_query "eval --corrections with a suite" "--corrections reads the store" eval --corrections "$T/gold.jsonl" --db "$T/c.db"
"$PARLEY" eval --corrections --db "$T/missing.db" >/dev/null 2>"$T/m.err"; rc=$?
check "eval --corrections on a missing db exit 1" test $rc -eq 1

# Actor codes in any case; filters; newest first; the CAMEO name in every record; a
# table that fits 120 columns (issue 15, part 13).
"$PARLEY" dyad arm aze --db "$T/a.db" --format csv >"$T/lc.csv"; rc=$?
check "dyad lower case exit 0" test $rc -eq 0
check "dyad lower case finds ARM-AZE" grep -q ",both," "$T/lc.csv"
"$PARLEY" events --db "$T/a.db" --actor arm --format jsonl >"$T/ev.jsonl"; rc=$?
check "events --actor arm --format jsonl" test $rc -eq 0 -a -s "$T/ev.jsonl"
check "jsonl records: name, newest first" python3 -c "
import json
ev=[json.loads(l) for l in open('$T/ev.jsonl')]
assert all(e['name'] for e in ev), [e['code'] for e in ev if not e['name']]
assert all('ARM' in (e['source'][:3], e['target'][:3]) for e in ev)
keys=[(e['date'], e['event_id']) for e in ev]
assert keys==sorted(keys, reverse=True), keys"
quad=$(python3 -c "import json; print(json.loads(open('$T/ev.jsonl').readline())['quad_class'])")
"$PARLEY" events --db "$T/a.db" --quad-class "$quad" --format json >"$T/q.json"
check "events --quad-class" python3 -c "
import json; ev=json.load(open('$T/q.json')); assert ev and all(e['quad_class']==$quad for e in ev)"
root=$(python3 -c "import json; print([e for e in json.load(open('$T/q.json')) if any(m['modality']=='asserted' for m in e['mentions'])][0]['root'])")
"$PARLEY" events --db "$T/a.db" --root "$root" --modality asserted --format json >"$T/r.json"
check "events --root --modality" python3 -c "
import json; ev=json.load(open('$T/r.json')); assert ev and all(e['root']=='$root' for e in ev)
assert all(any(m['modality']=='asserted' for m in e['mentions']) for e in ev)"
"$PARLEY" events --db "$T/a.db" >"$T/narrow.txt"
check "events table fits 120 columns" python3 -c "
lines=open('$T/narrow.txt', encoding='utf-8').read().splitlines()
assert len(lines)>1 and max(len(l) for l in lines)<=120, max(len(l) for l in lines)"
"$PARLEY" events --db "$T/a.db" --wide >"$T/wide.txt"
check "events --wide keeps the whole evidence" grep -q "Azerbaijan will release 32 Armenian soldiers" "$T/wide.txt"

# Escape sequences from the news never reach the terminal raw (issue 20, D20).
printf 'date 2020-01-01\nIran criticized Israel. \033]0;pwned\007\033[2J France condemned Iran.\n' >"$T/esc.txt"
"$PARLEY" ingest -q --db "$T/esc.db" "$T/esc.txt" >/dev/null 2>&1
"$PARLEY" events --db "$T/esc.db" >"$T/esc.out"; rc=$?
check "events with ESC exit 0" test $rc -eq 0
check "events table shows the event" grep -q "FRA" "$T/esc.out"
check "events table has no raw ESC" bash -c "! grep -q $'\033' '$T/esc.out'"
"$PARLEY" events --db "$T/esc.db" --format csv >"$T/esc.csv"
check "events csv has no raw ESC" bash -c "! grep -q $'\033' '$T/esc.csv'"

# Oversized stories are bad input (file:line, exit 1), never stored empty (issue 20, D10).
printf '%s\n%s\n' "{\"id\":\"huge\",\"text\":\"$(python3 -c "print('Iran criticized Israel. ' * 100)")\"}" \
  '{"id":"small","text":"France condemned Iran."}' >"$T/huge.jsonl"
"$PARLEY" ingest --db "$T/h.db" --max-story-bytes 1000 "$T/huge.jsonl" >"$T/h.out" 2>"$T/h.err"; rc=$?
check "oversized ingest exit 1" test $rc -eq 1
check "oversized named by file:line" grep -q "huge.jsonl:1: story of [0-9]* bytes is over the limit" "$T/h.err"
check "oversized counted as bad input" grep -q "1 stories new.*1 bad inputs" "$T/h.out"
"$PARLEY" ingest --db "$T/h.db" "$T/huge.jsonl" >"$T/h2.out" 2>&1
check "oversized story not stored: coded once the limit allows" grep -q "1 stories new, 1 skipped" "$T/h2.out"

# Empty stdin adds nothing (issue 20, D19).
"$PARLEY" ingest --db "$T/e.db" </dev/null >"$T/e.out" 2>&1; rc=$?
check "empty stdin exit 0" test $rc -eq 0
check "empty stdin adds no story" grep -q "0 stories new, 0 skipped" "$T/e.out"

# Two ingests on a new database: the second waits for the first's schema set-up and
# proceeds (issue 20, D7). 30 pairs started together.
races=0
for i in $(seq 1 30); do
  "$PARLEY" ingest -q --no-syntax --db "$T/race$i.db" "$EX" 2>"$T/r1.err" & p1=$!
  "$PARLEY" ingest -q --no-syntax --db "$T/race$i.db" </dev/null 2>"$T/r2.err" & p2=$!
  wait $p1 || { races=$((races+1)); head -1 "$T/r1.err"; }
  wait $p2 || { races=$((races+1)); head -1 "$T/r2.err"; }
  rm -f "$T/race$i.db"*
done
check "concurrent ingests on a new database all succeed ($races failed)" test $races -eq 0

# An ingest waiting on stdin holds no write lock; what it read is stored while it
# waits; SIGTERM ends the wait (issue 20, D8).
mkfifo "$T/feed"
"$PARLEY" ingest --db "$T/w.db" <"$T/feed" >"$T/w.out" 2>"$T/w.err" & ing=$!
exec 7>"$T/feed"
printf '{"id":"first","date":"2020-01-01","text":"Iran criticized Israel."}\n' >&7
sleep 3
"$PARLEY" ingest -q --db "$T/w.db" "$EX" >/dev/null 2>"$T/w2.err"; rc=$?
check "second writer not locked out by a stdin wait" test $rc -eq 0
check "story read before the wait is stored" python3 -c "
import sqlite3; c=sqlite3.connect('file:$T/w.db?mode=ro', uri=True, timeout=5)
assert c.execute(\"SELECT COUNT(*) FROM stories WHERE id='first'\").fetchone()[0]==1"
kill -TERM $ing; stopped=0
for _ in $(seq 1 30); do kill -0 $ing 2>/dev/null || { stopped=1; break; }; sleep 0.1; done
exec 7>&-  # end of input: bounds this test for a parley that ignores the signal
wait $ing; rc=$?
check "ingest blocked on stdin stops on SIGTERM within 3 s" test $stopped -eq 1 -a $rc -eq 130
rm -f "$T/feed"

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
  check "schema version 6" test "$(q k.db 'SELECT MAX(version) FROM schema_version')" -eq 6
  check "wal mode" test "$(q k.db 'PRAGMA journal_mode')" = wal
fi
# The summaries of the two runs add up to 20000 stories.
new1=$(sed -n 's/.*: \([0-9]*\) stories new.*/\1/p' "$T/k2.out")
skip1=$(sed -n 's/.*new, \([0-9]*\) skipped.*/\1/p' "$T/k2.out")
check "re-run covers all stories" test $((new1 + skip1)) -eq 20000

finish "store CLI tests"
