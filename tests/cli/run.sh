#!/usr/bin/env bash
# CLI tests: exit codes, messages naming file and line, bad input around good input,
# atomic output, failed writes. Usage: tests/cli/run.sh path/to/parley
set -u
PARLEY=${1:?usage: run.sh PARLEY}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$ROOT/tests/lib/checks.sh"

# The bundled example codes, with the story date on every event ("on Thursday" dates
# its own events to that Thursday, 2023-12-07).
"$PARLEY" code "$ROOT/examples/armenia_azerbaijan.txt" >"$T/ex.jsonl" 2>"$T/ex.err"; rc=$?
check "example exit 0" test $rc -eq 0
check "example has events" test "$(wc -l <"$T/ex.jsonl")" -ge 5
check "example dated" bash -c "! grep -v '\"story_date\":\"2023-12-09\"' '$T/ex.jsonl' | grep -q ."
check "example Thursday" grep -q '\"date\":\"2023-12-07\".*visited Baku on Thursday' "$T/ex.jsonl"
check "summary on stderr" grep -q "stories" "$T/ex.err"
check "fields" grep -q '"story_id":"armenia_azerbaijan","sentence":' "$T/ex.jsonl"

# --explain (developer): each sentence's actors and matched patterns with file:line on
# stderr; the events on stdout are the same as without it.
"$PARLEY" code -q --explain "$ROOT/examples/armenia_azerbaijan.txt" >"$T/explain.jsonl" 2>"$T/explain.err"
check "--explain names actors and pattern file:line" \
  grep -qE $'^explain\tarmenia_azerbaijan\t[0-9]+\t[0-9]+-[0-9]+\tactors: .*AZE.*\tpatterns: .*data/verbs/[^ ]+\\.txt:[0-9]+;' "$T/explain.err"
check "--explain leaves the events as they are" cmp -s "$T/explain.jsonl" "$T/ex.jsonl"

# --each-mention: a story's repeated event is one record (mentions 2) by default, one
# record per sentence with the flag.
printf 'date 2020-01-01\nIran criticized Israel on Monday.\n\nIran also criticized Israel on Tuesday.\n' >"$T/twice.txt"
"$PARLEY" code -q "$T/twice.txt" >"$T/merged.jsonl" 2>/dev/null
"$PARLEY" code -q --each-mention "$T/twice.txt" >"$T/each.jsonl" 2>/dev/null
check "repeated event merged" bash -c "test \$(grep -c '\"code\":\"11' '$T/merged.jsonl') -eq 1 && grep -q '\"mentions\":2' '$T/merged.jsonl'"
check "--each-mention one record per sentence" test "$(grep -c '"code":"11' "$T/each.jsonl")" -eq 2

# JSONL with a malformed line in the middle: reported with its line, the rest coded.
printf '%s\n' '{"id":"a","date":"2020-01-01","text":"Iran criticized Israel."}' '{broken' \
  '{"id":"c","date":"2020-01-01","text":"France condemned Iran."}' '{"id":"d","text":42}' >"$T/mixed.jsonl"
"$PARLEY" code "$T/mixed.jsonl" >"$T/mixed.out" 2>"$T/mixed.err"; rc=$?
check "bad jsonl exit 1" test $rc -eq 1
check "bad jsonl names line 2" grep -q "mixed.jsonl:2" "$T/mixed.err"
check "bad jsonl names line 4" grep -q "mixed.jsonl:4" "$T/mixed.err"
check "good records around bad ones coded" test "$(grep -c '"story_id":"[ac]"' "$T/mixed.out")" -ge 2

# Binary file and NUL bytes in a directory: skipped with the file named.
mkdir -p "$T/dir"
printf 'Iran criticized Israel.' >"$T/dir/good.txt"
printf 'abc\0def' >"$T/dir/nul.txt"
"$PARLEY" code "$T/dir" >"$T/dir.out" 2>"$T/dir.err"; rc=$?
check "dir exit 1" test $rc -eq 1
check "nul file named" grep -q "nul.txt" "$T/dir.err"
check "good file coded" grep -q '"story_id":"good"' "$T/dir.out"

# Unknown date: clear error for that story.
printf 'date 2023-02-31\nIran criticized Israel.' >"$T/baddate.txt"
"$PARLEY" code "$T/baddate.txt" >/dev/null 2>"$T/bd.err"; rc=$?
check "bad date exit 1" test $rc -eq 1
check "bad date message" grep -q "baddate.txt:1: unknown date" "$T/bd.err"

# Usage errors exit 2.
"$PARLEY" code --format xml "$T/dir" >/dev/null 2>&1; check "usage exit 2" test $? -eq 2
"$PARLEY" code --date tomorrow "$T/dir" >/dev/null 2>&1; check "bad --date exit 2" test $? -eq 2
"$PARLEY" >/dev/null 2>&1; check "no command exit 2" test $? -eq 2

# stdin, --date default, TSV with a header.
echo "Iran criticized Israel." | "$PARLEY" code --date 2021-03-04 --format tsv >"$T/o.tsv" 2>/dev/null
check "tsv header" bash -c "head -1 '$T/o.tsv' | grep -q '^story_id'"
check "tsv date" grep -q "2021-03-04" "$T/o.tsv"

# -o writes atomically: the file appears complete, no temp file is left behind.
"$PARLEY" code -o "$T/out.jsonl" "$ROOT/examples/armenia_azerbaijan.txt" 2>/dev/null
check "-o written" test -s "$T/out.jsonl"
# -o to something that is not a regular file (a FIFO here; /dev/null in real use) is
# written in place, never replaced by a plain file.
mkfifo "$T/fifo"
cat "$T/fifo" >"$T/fifo.out" &
reader=$!
"$PARLEY" code -o "$T/fifo" "$ROOT/examples/armenia_azerbaijan.txt" 2>/dev/null; rc=$?
wait $reader
check "-o FIFO exit 0" test $rc -eq 0
check "-o FIFO still a FIFO" test -p "$T/fifo"
check "-o FIFO got the events" grep -q '"code"' "$T/fifo.out"
check "-o FIFO no temp file" bash -c "! ls '$T' | grep -q 'fifo.tmp-'"
check "-o no temp left" bash -c "! ls '$T' | grep -q tmp-"
check "-o same as stdout" cmp -s "$T/out.jsonl" "$T/ex.jsonl"

# -j 2 gives the same output in the same order.
for i in $(seq 1 300); do echo "{\"id\":\"s$i\",\"date\":\"2020-01-01\",\"text\":\"Iran criticized Israel. France condemned Iran.\"}"; done >"$T/many.jsonl"
"$PARLEY" code -j 1 "$T/many.jsonl" >"$T/j1" 2>/dev/null
"$PARLEY" code -j 2 "$T/many.jsonl" >"$T/j2" 2>/dev/null
check "-j 2 same output" cmp -s "$T/j1" "$T/j2"

# A failed write is an error (exit 1) naming the destination, and a partial -o file
# never takes the place of the output (issue 12). many.jsonl codes to ~400 KB.
# A file-size limit: the write fails with EFBIG (SIGXFSZ is ignored), not a kill.
(ulimit -f 2; "$PARLEY" code -o "$T/limited.jsonl" "$T/many.jsonl" 2>"$T/limited.err"); rc=$?
check "-o over ulimit -f exit 1" test $rc -eq 1
check "-o over ulimit -f names the file" grep -q "cannot write $T/limited.jsonl: File too large" "$T/limited.err"
check "-o over ulimit -f leaves no file" test ! -e "$T/limited.jsonl"
check "-o over ulimit -f leaves no temp file" bash -c "! ls '$T' | grep -q 'limited.jsonl.tmp-'"
# An earlier complete output survives a run that fails.
cp "$T/ex.jsonl" "$T/kept.jsonl"
(ulimit -f 2; "$PARLEY" code -o "$T/kept.jsonl" "$T/many.jsonl" 2>/dev/null); rc=$?
check "-o failed run exit 1" test $rc -eq 1
check "-o failed run keeps the old file" cmp -s "$T/kept.jsonl" "$T/ex.jsonl"
# A full disk, through -o and through stdout, in both formats.
"$PARLEY" code -o /dev/full "$T/many.jsonl" 2>"$T/full.err"; rc=$?
check "-o /dev/full exit 1" test $rc -eq 1
check "-o /dev/full message" grep -q "cannot write /dev/full: No space left on device" "$T/full.err"
"$PARLEY" code --format tsv "$T/many.jsonl" >/dev/full 2>"$T/fullout.err"; rc=$?
check "stdout /dev/full exit 1" test $rc -eq 1
check "stdout /dev/full message" grep -q "cannot write stdout: No space left on device" "$T/fullout.err"
# A closed pipe: EPIPE (SIGPIPE is ignored) is reported, also with -j 2.
for j in 1 2; do
  "$PARLEY" code -j $j "$T/many.jsonl" 2>"$T/pipe$j.err" | head -c 10 >/dev/null; rc=${PIPESTATUS[0]}
  check "closed pipe -j $j exit 1" test $rc -eq 1
  check "closed pipe -j $j message" grep -q "cannot write stdout: Broken pipe" "$T/pipe$j.err"
done

# A 10 MB line without punctuation is processed, in bounded time.
python3 -c "import sys; sys.stdout.write('word ' * 2000000)" >"$T/huge.txt"
timeout 60 "$PARLEY" code "$T/huge.txt" >/dev/null 2>"$T/huge.err"; rc=$?
check "10 MB line ok" test $rc -eq 0
check "10 MB line cut reported" grep -q "over-long sentences cut" "$T/huge.err"

# dict check passes on the shipped dictionaries and fails, naming file:line, on bad ones.
"$PARLEY" dict check 2>"$T/dc.err"; check "dict check ok" test $? -eq 0
"$PARLEY" dict stats --json >"$T/stats.json"; check "dict stats json" grep -q '"verb_patterns"' "$T/stats.json"
cp -r "$ROOT/data" "$T/data"
printf 'ARM\tArmenia\nnot a code\tX\n' >"$T/data/actors/zz_bad.txt"
"$PARLEY" dict check --dict "$T/data" 2>"$T/dcb.err"; rc=$?
check "dict check bad exit 1" test $rc -eq 1
check "dict check names file:line" grep -q "zz_bad.txt:2: error" "$T/dcb.err"

# parley parse: CoNLL-U and JSON output with byte offsets; bad input and usage exit codes.
if [ -f "$ROOT/data/models/en_ewt.model" ]; then
  printf 'Iran accused Israel.' | "$PARLEY" parse >"$T/p.conllu" 2>"$T/p.err"; rc=$?
  check "parse exit 0" test $rc -eq 0
  check "parse nsubj with offsets" grep -qP '^1\tIran\tiran\tPROPN\t_\t_\t2\tnsubj\t_\tTokenRange=0:4$' "$T/p.conllu"
  printf 'Iran accused Israel.' | "$PARLEY" parse --format json >"$T/p.json"
  check "parse json" grep -q '"deprel":"obj","byte_begin":13,"byte_end":19' "$T/p.json"
  printf '1\tI\tI\tPRON\t_\t_\t0\troot\t_\t_\n2\tx\n' >"$T/bad.conllu"
  "$PARLEY" parse --eval "$T/bad.conllu" 2>"$T/pe.err"; rc=$?
  check "parse --eval bad exit 1" test $rc -eq 1
  check "parse --eval names file:line" grep -q "bad.conllu:2:" "$T/pe.err"
  printf 'not a model' >"$T/bad.model"
  "$PARLEY" parse --model "$T/bad.model" </dev/null 2>"$T/pm.err"; rc=$?
  check "parse bad model exit 1" test $rc -eq 1
  check "parse bad model named" grep -q "bad.model" "$T/pm.err"
  "$PARLEY" parse --format xml </dev/null 2>/dev/null; rc=$?
  check "parse usage exit 2" test $rc -eq 2
else
  echo "skip: parse tests (data/models/en_ewt.model is absent)"
fi

# A stalled pipe: what was read is coded and written while parley waits for more.
mkfifo "$T/feed"
"$PARLEY" code <"$T/feed" >"$T/stream.jsonl" 2>/dev/null & job=$!
exec 7>"$T/feed"
printf '{"id":"s1","text":"Iran criticized Israel."}\n' >&7
for _ in $(seq 1 30); do [ -s "$T/stream.jsonl" ] && break; sleep 0.1; done
check "stalled input: events written while waiting" grep -q '"story_id":"s1"' "$T/stream.jsonl"
exec 7>&-; wait $job
check "stalled input: exit 0 at the end" test $? -eq 0

# `make run` alone leaves a working dashboard: it installs the web assets (issue 15, part 1).
if command -v make >/dev/null; then
  check "make run installs the web assets" bash -c "make -C '$ROOT' -n -B run 2>/dev/null | grep -q 'npm ci'"
fi

finish cli
