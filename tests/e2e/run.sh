#!/usr/bin/env bash
# End-to-end test of the dashboard in a real (headless) browser.
#
#   tests/e2e/run.sh BUILD_DIR
#
# Ingests examples/armenia_azerbaijan.txt and tests/e2e/usa_jpn.jsonl into a temporary database, starts
# `BUILD_DIR/parley serve --port 0` on it and drives the page with
# tests/e2e/dashboard.mjs (playwright-core + Debian's /usr/bin/chromium).
# Screenshots go to BUILD_DIR/screenshots/.
#
# Exit 77 (skip) when /usr/bin/chromium or web/node_modules/playwright-core is
# missing, unless CI=true, where a missing piece is a failure.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
if [[ $# -ne 1 ]]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
build=$(cd "$1" && pwd)

missing() {
  if [[ ${CI:-} == true ]]; then
    echo "e2e: FAIL: $1 (required when CI=true)" >&2
    exit 1
  fi
  echo "e2e: SKIP: $1" >&2
  exit 77
}
[[ -x /usr/bin/chromium ]] || missing "/usr/bin/chromium is missing (apt-get install chromium)"
[[ -d $repo/web/node_modules/playwright-core ]] ||
  missing "web/node_modules/playwright-core is missing (run 'npm ci' in web/)"
command -v node >/dev/null || missing "node is missing"
if [[ ! -x $build/parley ]]; then
  echo "e2e: FAIL: $build/parley not found (build first)" >&2
  exit 1
fi

tmp=$(mktemp -d)
server_pid=
writable_pid=
cleanup() {
  for pid in $server_pid $writable_pid; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$tmp"
}
trap cleanup EXIT

# usa_jpn.jsonl: USA-JPN events dense in June 2019, one stray in 1987 and two historical
# ones (issue 15: the timeline's default range, outliers, null gaps).
if ! "$build/parley" ingest --db "$tmp/test.db" "$repo/examples/armenia_azerbaijan.txt" "$here/usa_jpn.jsonl" \
    >"$tmp/ingest.log" 2>&1; then
  echo "e2e: FAIL: parley ingest failed:" >&2
  cat "$tmp/ingest.log" >&2
  exit 1
fi

# A second, writable server on a copy, for the corrections (issue 15, part 12): the
# first stays read-only (the paste box's Store must get 403 there).
cp "$tmp/test.db" "$tmp/writable.db"
"$build/parley" serve --db "$tmp/test.db" --port 0 --web "$repo/web" \
  >"$tmp/serve.out" 2>"$tmp/serve.err" &
server_pid=$!
"$build/parley" serve --db "$tmp/writable.db" --port 0 --web "$repo/web" --writable \
  >"$tmp/writable.out" 2>"$tmp/writable.err" &
writable_pid=$!

wait_url() { # wait_url NAME PID: the URL the server prints, within 10 s
  local out=$tmp/$1.out url=
  for _ in $(seq 100); do
    url=$(sed -n 's|.*listening on \(http://[^ ]*/\).*|\1|p' "$out" | head -n 1)
    [[ -n $url ]] && break
    if ! kill -0 "$2" 2>/dev/null; then
      echo "e2e: FAIL: parley serve exited early:" >&2
      cat "$out" "$tmp/$1.err" >&2
      exit 1
    fi
    sleep 0.1
  done
  if [[ -z $url ]]; then
    echo "e2e: FAIL: no 'listening on http://HOST:PORT/' line from parley serve within 10 s:" >&2
    cat "$out" "$tmp/$1.err" >&2
    exit 1
  fi
  echo "$url"
}
url=$(wait_url serve "$server_pid")
writable_url=$(wait_url writable "$writable_pid")
echo "e2e: server at $url, writable server at $writable_url"

shots="$build/screenshots"
mkdir -p "$shots"
status=0
timeout 170 node "$here/dashboard.mjs" "$url" "$shots" "$writable_url" || status=$?
if [[ $status -ne 0 ]]; then
  echo "e2e: FAIL (exit $status); server stderr:" >&2
  tail -n 20 "$tmp/serve.err" >&2 || true
  exit 1
fi
