#!/usr/bin/env bash
# End-to-end benchmark on the shared newswire corpus (make bench). For each input set it
# times, as medians of RUNS runs: `wc -w` (the physical floor), parsing the JSONL alone,
# and `parley code` with -j 1 and -j 2; it reports stories/s, sentences/s, MB/s,
# events/s, peak RSS and the ratios to both floors.
# Usage: bench/run.sh BUILD_DIR [RUNS]
set -euo pipefail
BUILD=${1:?usage: run.sh BUILD_DIR [RUNS]}
RUNS=${2:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${PARLEY_SHARED:-$ROOT/../shared}
C="$SHARED/corpus"
if [ ! -d "$C" ]; then echo "SKIP: $C is absent; no benchmark"; exit 0; fi
FILES=("$C/reuters21578-part01.jsonl" "$C/reuters21578-part02.jsonl" "$C/bbc_news_2225.jsonl" "$C/wikinews_2019_2020.jsonl")
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timeit() {  # timeit OUTFILE CMD... ; prints seconds, records peak RSS (KB) in OUTFILE.rss
  local out=$1; shift
  /usr/bin/time -f "%e %M" -o "$T/time" "$@" >"$out" 2>"$out.err"
  read -r secs rss <"$T/time"
  echo "$rss" >>"$out.rss"
  echo "$secs"
}
bytes=$(cat "${FILES[@]}" | wc -c)
declare -A med
for name in wc floor j1 j2; do
  : >"$T/$name.rss"
  for _ in $(seq "$RUNS"); do
    case $name in
      wc) timeit "$T/$name" wc -w "${FILES[@]}" ;;
      floor) timeit "$T/$name" "$BUILD/parley_jsonl_floor" "${FILES[@]}" ;;
      j1) timeit "$T/$name" "$BUILD/parley" code -j 1 "${FILES[@]}" ;;
      j2) timeit "$T/$name" "$BUILD/parley" code -j 2 "${FILES[@]}" ;;
    esac
  done >"$T/$name.times"
  med[$name]=$(median <"$T/$name.times")
done
summary=$(tail -1 "$T/j1.err")
read -r stories sentences events < <(echo "$summary" | sed -E 's/.*: ([0-9]+) stories, ([0-9]+) sentences, ([0-9]+) events.*/\1 \2 \3/')
rss1=$(sort -g "$T/j1.rss" | tail -1); rss2=$(sort -g "$T/j2.rss" | tail -1)
python3 - "${med[wc]}" "${med[floor]}" "${med[j1]}" "${med[j2]}" "$stories" "$sentences" "$events" "$bytes" "$rss1" "$rss2" "$RUNS" <<'PY'
import sys, json
wc, floor, j1, j2 = map(float, sys.argv[1:5])
stories, sentences, events, nbytes, rss1, rss2, runs = map(int, sys.argv[5:12])
r = {
  "runs": runs, "bytes": nbytes, "stories": stories, "sentences": sentences, "events": events,
  "wc_seconds": wc, "jsonl_floor_seconds": floor, "j1_seconds": j1, "j2_seconds": j2,
  "sentences_per_s_j1": sentences / j1, "sentences_per_s_j2": sentences / j2,
  "stories_per_s_j1": stories / j1, "mb_per_s_j1": nbytes / 1e6 / j1, "events_per_s_j1": events / j1,
  "ratio_to_wc_j1": j1 / max(wc, 1e-3), "ratio_to_jsonl_floor_j1": j1 / max(floor, 1e-3),
  "scaling_j2": j1 / j2, "peak_rss_mb_j1": rss1 / 1024, "peak_rss_mb_j2": rss2 / 1024,
}
print(json.dumps(r))
print(f"| input | {nbytes/1e6:.1f} MB, {stories} stories, {sentences} sentences, {events} events |", file=sys.stderr)
for k in ["wc_seconds","jsonl_floor_seconds","j1_seconds","j2_seconds","sentences_per_s_j1","sentences_per_s_j2",
          "stories_per_s_j1","mb_per_s_j1","events_per_s_j1","ratio_to_wc_j1","ratio_to_jsonl_floor_j1","scaling_j2",
          "peak_rss_mb_j1","peak_rss_mb_j2"]:
    print(f"| {k} | {r[k]:.3f} |", file=sys.stderr)
PY
