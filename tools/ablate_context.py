#!/usr/bin/env python3
"""What each story-context rule does, measured by switching it off (issue 14).

For each rule (countries, coreference, time, modality, non-actors) this codes the
real-news development set with the rule switched off (`parley code --without-context
RULE`) and compares with all rules on: how many false events the rule removes and how
many true events it loses (negative: it finds them). Then it times `parley code` on a
corpus with every rule on and every rule off (medians of alternating runs) to give the
rules' share of end-to-end time.

    python3 tools/ablate_context.py [--parley build/parley] [--shared ../shared]
        [--corpus FILE] [--runs 3] [-- extra parley args, e.g. --no-syntax]

Exit status: 0, 77 when ../shared is absent, 1 on errors.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

RULES = ["countries", "coreference", "time", "modality", "non-actors"]


def score(here, parley, shared, extra):
    out = subprocess.run([sys.executable, os.path.join(here, "eval_real_dev.py"), "--parley", parley,
                          "--shared", shared, "--json", "--", *extra], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"ablate_context: eval_real_dev failed ({out.returncode}): {out.stderr.strip()}")
    return json.loads(out.stdout)


def timed(parley, corpus, extra):
    start = time.perf_counter()
    subprocess.run([parley, "code", corpus, "-q", "-o", os.devnull, *extra], check=True)
    return time.perf_counter() - start


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parley", default=os.path.join(root, "build", "parley"))
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    ap.add_argument("--corpus", default=None, help="corpus to time (default: demo_intl_politics.jsonl)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("extra", nargs="*")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "corpus")):
        print(f"ablate_context: SKIP: {args.shared}/corpus not found")
        return 77
    base = score(here, args.parley, args.shared, args.extra)
    fp_on = base["predicted"] - base["correct"]
    print(f"all rules on: {base['predicted']} events, {base['correct']} true, {fp_on} false "
          f"(P {base['precision']:.3f} R {base['recall']:.3f} F1 {base['f1']:.3f}; "
          f"forbidden readings {base['forbidden_predicted']})")
    print(f"{'rule off':<12} {'events':>6} {'true':>5} {'false':>5}  {'false removed':>13} {'true lost':>9}"
          f"  {'forbidden':>9}  F1 without")
    for rule in RULES:
        r = score(here, args.parley, args.shared, [*args.extra, "--without-context", rule])
        fp = r["predicted"] - r["correct"]
        print(f"{rule:<12} {r['predicted']:>6} {r['correct']:>5} {fp:>5}  {fp - fp_on:>13} "
              f"{r['correct'] - base['correct']:>9}  {r['forbidden_predicted']:>9}  {r['f1']:.3f}")
    corpus = args.corpus or os.path.join(args.shared, "corpus", "demo_intl_politics.jsonl")
    all_off = ["--without-context", ",".join(RULES)]
    on, off = [], []
    for _ in range(args.runs):
        on.append(timed(args.parley, corpus, args.extra))
        off.append(timed(args.parley, corpus, [*args.extra, *all_off]))
    m_on, m_off = statistics.median(on), statistics.median(off)
    print(f"time on {os.path.basename(corpus)}: rules on {m_on:.2f} s, all off {m_off:.2f} s "
          f"(median of {args.runs}); the rules cost {100 * (m_on - m_off) / m_on:.1f}% of end-to-end time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
