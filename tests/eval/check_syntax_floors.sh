#!/usr/bin/env bash
# Scores the shipped UD model on EWT test (gold tokenisation, predicted tags) and fails
# when UPOS, UAS or LAS falls below the floors here (a little under the model card's
# figures; raise them with the model). Exit 77 (skip) when ../shared or the model is absent.
set -u
PARLEY=${1:?usage: check_syntax_floors.sh PARLEY}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${PARLEY_SHARED:-$ROOT/../shared}
GOLD="$SHARED/treebanks/UD_English-EWT/en_ewt-ud-test.conllu"
MODEL="$ROOT/data/models/en_ewt.model"
[ -f "$GOLD" ] || { echo "skip: $GOLD is absent (../shared not beside the checkout?)"; exit 77; }
[ -f "$MODEL" ] || { echo "skip: $MODEL is absent (run make model)"; exit 77; }
json=$("$PARLEY" parse --model "$MODEL" --eval "$GOLD" --json) || { echo "FAIL: parley parse --eval failed"; exit 1; }
echo "$json"
python3 - "$json" <<'PY'
import json, sys
floors = {"upos": 0.940, "uas": 0.820, "las": 0.785}
got = json.loads(sys.argv[1])
keys = list(got)[:6]
if keys != ["sentences", "words", "upos", "uas", "las", "words_per_second"]:
    print("FAIL: unexpected keys", keys); sys.exit(1)
bad = [f"{k} {got[k]:.4f} < floor {v}" for k, v in floors.items() if got[k] + 1e-9 < v]
for b in bad: print("FAIL:", b)
if not bad: print("ok: " + ", ".join(f"{k} {got[k]:.4f} >= {v}" for k, v in floors.items()))
sys.exit(1 if bad else 0)
PY
