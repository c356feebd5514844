#!/usr/bin/env python3
"""Validate parley verb-pattern files (data/verbs/*.txt), as data/README.md defines them.

Usage:
  python3 tools/check_verb_files.py [--codes data/cameo/codes.tsv] [--coverage 01-09]
                                    [--stats] [FILE ...]

With no FILE, every data/verbs/*.txt is checked. Each problem is printed as
`file:line: message` (warnings as `file:line: warning: message`); a summary goes to
stderr. Exit status: 0 clean (warnings allowed), 1 errors, 2 usage.

A line is `CODE<TAB>PATTERN[<TAB>FLAGS]`; `#` starts a comment, blank lines are skipped.
  - CODE must be a code of data/cameo/codes.tsv;
  - PATTERN: elements separated by single spaces:
      {lemma}   a verb, lower-case letters (and inner '-'), at most one per pattern,
                one verb only (no `{a|b}`: write one line per verb)
      ..        skip 0-6 tokens; not first, not last, not twice in a row
      +  $      target / source slot, each at most once
      literal   lower-case a-z 0-9 ' -, optional trailing `*`; `a|b|c` alternatives
    and at least one {lemma} or literal;
  - FLAGS: comma-separated, from recip, intent, passive-ok, no repeats;
  - no pattern twice, in one file or across the files checked (alternatives are
    compared as sets: `a|b` and `b|a` are the same).
--coverage R1-R2 lists every leaf code of roots R1..R2 that has no pattern.
--stats prints the number of patterns per root and per code.
When WordNet's verb index is installed (Debian wordnet-base:
/usr/share/wordnet/index.verb, or --wordnet FILE), a {lemma} that is not a WordNet
verb gets a warning: the engine will only inflect it by the regular rules.
"""
import argparse
import collections
import glob
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLAGS = {"recip", "intent", "passive-ok"}
LEMMA = re.compile(r"\{([a-z]+(?:-[a-z]+)*)\}")
LITERAL = re.compile(r"[a-z0-9'-]+\*?")


def load_codes(path):
    codes = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip("\n")
            if line.strip():
                codes.append(line.split("\t")[0].strip())
    return codes


def load_wordnet_verbs(path):
    verbs = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(" ") or not line.strip():
                continue  # licence header lines start with two spaces
            verbs.add(line.split(" ", 1)[0].replace("_", " "))
    return verbs


def check_pattern(pattern, wn_verbs=None):
    """Returns (errors, warnings, normalized_key) for one PATTERN field."""
    errs, warns = [], []
    if pattern != pattern.strip() or "  " in pattern:
        errs.append("pattern has stray spaces: %r" % pattern)
    elems = pattern.split()
    if not elems:
        return ["empty pattern"], warns, None
    key, lemmas, words = [], 0, 0
    for i, e in enumerate(elems):
        if e == "..":
            if i == 0 or i == len(elems) - 1:
                errs.append("'..' cannot open or close a pattern")
            elif elems[i - 1] == "..":
                errs.append("'..' twice in a row")
            key.append(e)
        elif e in ("+", "$"):
            if elems.count(e) > 1:
                if elems.index(e) == i:
                    errs.append("'%s' appears more than once" % e)
            key.append(e)
        elif e.startswith("{"):
            m = LEMMA.fullmatch(e)
            if not m:
                if "|" in e:
                    errs.append("%s: one verb per {...}; write one line per verb" % e)
                else:
                    errs.append("bad verb element %r: write {lemma} in lower case" % e)
            elif wn_verbs is not None and m.group(1) not in wn_verbs:
                warns.append("%s is not a WordNet verb: only regular inflections will match" % e)
            lemmas += 1
            key.append(e)
        else:
            alts = e.split("|")
            for a in alts:
                if a == "":
                    errs.append("empty alternative in %r" % e)
                elif not LITERAL.fullmatch(a):
                    if a.lower() != a:
                        errs.append("literal %r must be lower case (matching ignores case)" % a)
                    else:
                        errs.append("bad literal %r: use a-z 0-9 ' - and an optional trailing *" % a)
                elif a.endswith("*") and len(a) < 4:
                    warns.append("wildcard %r is very short and will match many words" % a)
            if len(set(alts)) != len(alts):
                errs.append("repeated alternative in %r" % e)
            words += 1
            key.append("|".join(sorted(set(alts))))
    if lemmas > 1:
        errs.append("%d {verbs}: at most one per pattern" % lemmas)
    if lemmas + words == 0:
        errs.append("pattern has no verb and no word")
    return errs, warns, " ".join(key)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--codes", default=os.path.join(REPO, "data", "cameo", "codes.tsv"))
    ap.add_argument("--coverage", metavar="R1-R2", help="list leaf codes of these roots with no pattern")
    ap.add_argument("--stats", action="store_true", help="print pattern counts per root and code")
    ap.add_argument("--wordnet", default="/usr/share/wordnet/index.verb",
                    help="WordNet verb index for the lemma check (skipped when missing)")
    args = ap.parse_args()
    files = args.files or sorted(glob.glob(os.path.join(REPO, "data", "verbs", "*.txt")))
    if not files:
        print("no verb files given or found", file=sys.stderr)
        return 2
    if not os.path.exists(args.codes):
        print("%s: codes table not found" % args.codes, file=sys.stderr)
        return 2
    codes = load_codes(args.codes)
    code_set = set(codes)
    wn_verbs = load_wordnet_verbs(args.wordnet) if os.path.exists(args.wordnet) else None

    n_err = n_warn = n_pat = 0
    seen = {}
    per_code = collections.Counter()

    def report(where, msg, warning=False):
        nonlocal n_err, n_warn
        if warning:
            n_warn += 1
            print("%s: warning: %s" % (where, msg))
        else:
            n_err += 1
            print("%s: %s" % (where, msg))

    for path in files:
        try:
            f = open(path, encoding="utf-8")
        except OSError as e:
            report(path, "cannot read: %s" % e)
            continue
        with f:
            for n, raw in enumerate(f, 1):
                where = "%s:%d" % (path, n)
                line = raw.rstrip("\n")
                if line.endswith("\r"):
                    report(where, "CR line ending")
                    line = line.rstrip("\r")
                line = line.split("#", 1)[0].rstrip(" \t")
                if not line.strip():
                    continue
                fields = line.split("\t")
                if len(fields) not in (2, 3):
                    report(where, "expected CODE<TAB>PATTERN[<TAB>FLAGS], found %d TAB-separated fields" % len(fields))
                    continue
                code, pattern = fields[0], fields[1]
                if code != code.strip():
                    report(where, "stray spaces around code %r" % code)
                    code = code.strip()
                if code not in code_set:
                    report(where, "code %r is not in %s" % (code, os.path.relpath(args.codes, REPO)))
                elif len(code) == 2:
                    report(where, "root code %s: events are coded with 3- or 4-digit codes" % code, warning=True)
                if len(fields) == 3:
                    flags = fields[2].split(",")
                    for fl in flags:
                        if fl not in FLAGS:
                            report(where, "unknown flag %r (allowed: %s)" % (fl, ", ".join(sorted(FLAGS))))
                    if len(set(flags)) != len(flags):
                        report(where, "repeated flag in %r" % fields[2])
                errs, warns, key = check_pattern(pattern, wn_verbs)
                for e in errs:
                    report(where, e)
                for w in warns:
                    report(where, w, warning=True)
                if key is None:
                    continue
                n_pat += 1
                per_code[code] += 1
                if key in seen:
                    first_where, first_code = seen[key]
                    report(where, "duplicate pattern %r (first at %s, code %s)" % (pattern, first_where, first_code))
                else:
                    seen[key] = (where, code)

    if args.stats:
        roots = collections.Counter()
        for c, k in per_code.items():
            roots[c[:2]] += k
        for r in sorted(roots):
            print("root %s: %d" % (r, roots[r]))
        for c in sorted(per_code):
            print("  %s: %d" % (c, per_code[c]))
    missing = []
    if args.coverage:
        m = re.fullmatch(r"(\d\d)(?:-(\d\d))?", args.coverage)
        if not m:
            print("--coverage wants R1-R2, e.g. 01-09", file=sys.stderr)
            return 2
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        for c in codes:
            if len(c) < 3 or not lo <= int(c[:2]) <= hi:
                continue
            if any(o != c and o.startswith(c) for o in codes):
                continue  # not a leaf
            if per_code[c] == 0:
                missing.append(c)
        for c in missing:
            print("coverage: leaf code %s has no pattern" % c)
    print("%d files, %d patterns, %d errors, %d warnings%s"
          % (len(files), n_pat, n_err, n_warn,
             ", %d uncovered leaf codes" % len(missing) if args.coverage else ""), file=sys.stderr)
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main())
