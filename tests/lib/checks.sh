# Shared helpers of the shell test suites (tests/cli, tests/store). Source it:
#   . "$ROOT/tests/lib/checks.sh"
#   check "name" test "$rc" -eq 0     # counts a pass or prints FAIL: name
#   write_story_corpus FILE N         # N small JSONL stories with one event each
#   finish "store CLI tests"          # prints the counts; status 0 when nothing failed
pass=0 fail=0

check() {  # check NAME COMMAND...
  local name=$1; shift
  if "$@"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $name"; fi
}

# A corpus for interrupted-ingest tests: story ids k00000.., dates over January 2020.
write_story_corpus() {  # write_story_corpus FILE N
  python3 -c "
import json, sys
with open(sys.argv[1], 'w') as f:
    for i in range(int(sys.argv[2])):
        f.write(json.dumps({'id': 'k%05d' % i, 'date': '2020-01-%02d' % (i % 28 + 1),
            'text': 'Story %d. Iran criticized Israel over talks number %d.' % (i, i)}) + '\n')" "$1" "$2"
}

finish() {  # finish SUITE-NAME
  echo "$1: $pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
