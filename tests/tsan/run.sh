#!/usr/bin/env bash
# Runs the multi-threaded coding path under ThreadSanitizer and compares its output
# with the single-threaded run. Usage: tests/tsan/run.sh path/to/tsan/parley
set -euo pipefail
PARLEY=${1:?usage: run.sh PARLEY}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
python3 - "$ROOT" >"$T/in.jsonl" <<'PY'
import json, sys, pathlib
root = pathlib.Path(sys.argv[1])
texts = [p.read_text() for p in sorted((root / "tests/golden").glob("*.txt"))]
texts.append((root / "examples/armenia_azerbaijan.txt").read_text())
for i in range(600):
    print(json.dumps({"id": f"s{i}", "date": "2023-12-09", "text": texts[i % len(texts)]}))
PY
export TSAN_OPTIONS="halt_on_error=1 exitcode=66"
"$PARLEY" code -j 1 -q "$T/in.jsonl" >"$T/j1"
"$PARLEY" code -j 2 -q "$T/in.jsonl" >"$T/j2"
cmp "$T/j1" "$T/j2"
echo "tsan: 1 passed, 0 failed ($(wc -l <"$T/j2") events, identical with -j 1 and -j 2)"
