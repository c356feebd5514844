#!/usr/bin/env python3
"""Scores parley on the real-news development set (tests/sentences/real_dev.jsonl).

The set holds story ids, sentence byte offsets and hand-coded events, never corpus text
(see tests/sentences/real_dev.md). This script reads the stories from ../shared/corpus,
codes each whole story with `parley code --each-mention` (so that story context counts,
and an event a later sentence reports again is that sentence's too: the hand codes are
per sentence), keeps the events whose evidence lies in a sampled sentence, and compares
them with the hand codes. `--merged` scores the merged records instead (each repeated
event at its first mention only), as the project measured before 2026-12-08.

An event matches an expected one when the source's first three letters (country, IGO,
NGO or ---), the target's first three letters (or both empty) and the CAMEO root agree
— the audit's definition of "fully right"; an event that names no target (written as
domestic, with a null target_text) matches an empty hand-coded target unless
--strict-targets. Asserted and intended events count;
hypothetical and negated ones are ignored, and a predicted event that equals a
`forbidden` reading is reported separately.

    python3 tools/eval_real_dev.py [--parley build/parley] [--shared ../shared]
        [--set tests/sentences/real_dev.jsonl] [--json] [--failures N] [--merged] [--strict-targets]
        [-- extra parley args]

Exit status: 0 scored, 77 when ../shared is absent (the ctest SKIP code), 1 on errors.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

COUNTED = {"asserted", "intended"}


def key(source, target, code):
    return ((source or "")[:3], (target or "")[:3], (code or "")[:2])


def load_set(path):
    records = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}: {e}")
    return records


def load_stories(shared, records):
    wanted = defaultdict(set)
    for r in records:
        wanted[r["corpus"]].add(r["story_id"])
    stories = {}
    for corpus, ids in wanted.items():
        with open(os.path.join(shared, "corpus", corpus), encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec["id"] in ids:
                    stories[(corpus, rec["id"])] = rec
    return stories


def code_stories(parley, stories, extra, merged=False):
    """Codes the stories with parley; returns events grouped by (corpus, story id)."""
    ids = {}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for n, ((corpus, sid), rec) in enumerate(sorted(stories.items())):
            uid = f"s{n}"
            ids[uid] = (corpus, sid)
            # The story as its feed gives it: text plus the metadata a reader uses.
            keep = {k: rec[k] for k in ("title", "dateline") if isinstance(rec.get(k), str)}
            tmp.write(json.dumps({"id": uid, "date": rec.get("date"), "text": rec["text"], **keep}) + "\n")
        path = tmp.name
    try:
        out = subprocess.run([parley, "code", path, "--format", "jsonl", *(() if merged else ("--each-mention",)),
                              *extra], check=False,
                             capture_output=True, text=True)
    finally:
        os.unlink(path)
    if out.returncode not in (0, 1):
        sys.exit(f"eval_real_dev: parley code failed ({out.returncode}): {out.stderr.strip()}")
    events = defaultdict(list)
    for line in out.stdout.splitlines():
        e = json.loads(line)
        events[ids[e["story_id"]]].append(e)
    return events


def no_target_as_coded(event, want, strict):
    """The target to score. parley writes an event that names no target as a domestic one
    (docs/OUTPUT.md: the source's own country, with a null target_text), which is what
    a coder's empty target means; where the hand code left the target empty, that event
    scores as empty. --strict-targets scores the target as written."""
    t = event["target"]
    if strict or event.get("target_text") or not t or not event["source"] or t[:3] != event["source"][:3]:
        return t
    k = key(event["source"], "", event["code"])
    return "" if k in want and key(event["source"], t, event["code"]) not in want else t


def score(records, stories, events, strict_targets=False):
    tp = fp = fn = forbidden_hits = with_events = 0
    by_corpus = defaultdict(Counter)
    failures = []
    for r in records:
        story = stories.get((r["corpus"], r["story_id"]))
        if story is None:
            continue
        b, e = r["byte_begin"], r["byte_end"]
        got = [x for x in events.get((r["corpus"], r["story_id"]), [])
               if x["modality"] in COUNTED and x["evidence"]["start"] < e and x["evidence"]["end"] > b]
        want = Counter(key(x["source"], x["target"], x["code"]) for x in r.get("expected", [])
                       if x.get("modality", "asserted") in COUNTED)
        got_keys = Counter(key(x["source"], no_target_as_coded(x, want, strict_targets), x["code"]) for x in got)
        forbidden = {key(x["source"], x["target"], x["code"]) for x in r.get("forbidden", [])}
        hit = sum((got_keys & want).values())
        tp += hit
        fp += sum(got_keys.values()) - hit
        fn += sum(want.values()) - hit
        forbidden_hits += sum(n for k, n in got_keys.items() if k in forbidden and k not in want)
        with_events += bool(got)
        c = by_corpus[r["corpus"].split("-")[0].split("_")[0]]
        c["tp"] += hit
        c["fp"] += sum(got_keys.values()) - hit
        c["fn"] += sum(want.values()) - hit
        if got_keys != want:
            text = story["text"].encode("utf-8")[b:e].decode("utf-8", "replace")
            failures.append((r["id"], text, sorted(want.elements()), sorted(got_keys.elements())))
    return tp, fp, fn, forbidden_hits, with_events, by_corpus, failures


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Score parley on the real-news development set")
    ap.add_argument("--parley", default=os.path.join(here, "..", "build", "parley"))
    ap.add_argument("--shared", default=os.environ.get("PARLEY_SHARED", os.path.join(here, "..", "..", "shared")))
    ap.add_argument("--set", default=os.path.join(here, "..", "tests", "sentences", "real_dev.jsonl"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--failures", type=int, default=0)
    ap.add_argument("--strict-targets", action="store_true",
                    help="score an event with no named target by its implied domestic target")
    ap.add_argument("--merged", action="store_true",
                    help="score merged records (a repeated event at its first mention only), not each mention")
    ap.add_argument("extra", nargs="*", help="arguments passed to parley code (after --)")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.shared, "corpus")):
        print(f"SKIP: {a.shared}/corpus not found; real_dev reads its sentences from ../shared")
        return 77
    records = load_set(a.set)
    stories = load_stories(a.shared, records)
    missing = [r["id"] for r in records if (r["corpus"], r["story_id"]) not in stories]
    if missing:
        print(f"eval_real_dev: {len(missing)} records name stories not in ../shared/corpus: {missing[:5]}",
              file=sys.stderr)
        return 1
    events = code_stories(a.parley, stories, a.extra, a.merged)
    tp, fp, fn, fh, with_events, by_corpus, failures = score(records, stories, events, a.strict_targets)
    p, r, f1 = prf(tp, fp, fn)
    expected_sentences = sum(1 for x in records if x.get("expected"))
    result = {"records": len(records), "expected": tp + fn, "predicted": tp + fp, "correct": tp,
              "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
              "forbidden_predicted": fh,
              "sentences_with_events": with_events, "sentences_expected_events": expected_sentences,
              "by_corpus": {k: dict(zip(("precision", "recall", "f1"),
                                        (round(v, 4) for v in prf(c["tp"], c["fp"], c["fn"]))))
                            for k, c in sorted(by_corpus.items())}}
    if a.json:
        print(json.dumps(result))
    else:
        print(f"real_dev     {len(records)} sentences, {expected_sentences} with expected events")
        print(f"precision    {p:.3f}  ({tp}/{tp + fp})\nrecall       {r:.3f}  ({tp}/{tp + fn})\nF1           {f1:.3f}")
        print(f"forbidden readings output: {fh}; sentences with output: {with_events}")
        for k, v in result["by_corpus"].items():
            print(f"  {k:10s} P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f}")
    for rid, text, want, got in failures[:a.failures]:
        print(f"FAIL {rid}\n  text:     {text}\n  expected: {want}\n  got:      {got}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
