#!/usr/bin/env python3
"""Check data/cameo/codes.tsv: its format, and against the public CAMEO / PLOVER tables.

Usage:
  python3 tools/check_cameo_codes.py [--codes data/cameo/codes.tsv] [--reference DIR]

DIR holds cameo_eventcodes.tsv (column goldstein_gdelt) and, optionally,
plover_CAMEO2PLOVER-2021.txt. Default: ../shared/reference beside the repository.
The reference tables are read at check time only; nothing is copied from them.

Checks, each error printed as `file:line: message`:
  - every line: code<TAB>goldstein<TAB>quad_class<TAB>plover<TAB>name; codes 2-4
    digits with roots 01-20, unique; goldstein a number in [-10, 10]; quad_class
    the one of the root; plover upper case or '-'; a non-empty name;
  - every code of the reference is present with the same GDELT Goldstein weight
    (where GDELT publishes none, as for 1213, the ICEWS weight is compared);
  - no code that the reference lacks;
  - plover agrees with the crosswalk (the code's own line, else its root's line;
    '-' where the crosswalk has neither, i.e. CAMEO 01 and 02).
Exit status: 0 clean, 1 errors, 2 usage.
"""
import argparse
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def quad_of(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def read_codes(path, errors):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            where = "%s:%d" % (path, n)
            fields = line.split("\t")
            if len(fields) != 5:
                errors.append("%s: expected 5 TAB-separated fields, found %d" % (where, len(fields)))
                continue
            code, gold, quad, plover, name = fields
            if not re.fullmatch(r"\d{2,4}", code) or not 1 <= int(code[:2]) <= 20:
                errors.append("%s: bad code %r" % (where, code))
                continue
            if code in rows:
                errors.append("%s: duplicate code %s (first at line %d)" % (where, code, rows[code][0]))
                continue
            try:
                g = float(gold)
                if not -10.0 <= g <= 10.0:
                    raise ValueError
            except ValueError:
                errors.append("%s: goldstein %r is not a number in [-10, 10]" % (where, gold))
                g = None
            if quad != str(quad_of(code[:2])):
                errors.append("%s: quad_class %s, root %s needs %d" % (where, quad, code[:2], quad_of(code[:2])))
            if not re.fullmatch(r"[A-Z]+|-", plover):
                errors.append("%s: plover %r must be an upper-case type or '-'" % (where, plover))
            if not name.strip() or name != name.strip():
                errors.append("%s: empty name or stray spaces" % where)
            rows[code] = (n, g, plover, name)
    return rows


def read_reference(path):
    ref = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        ci, gi, ii = header.index("code"), header.index("goldstein_gdelt"), header.index("goldstein_icews")
        for raw in f:
            fields = raw.rstrip("\n").split("\t")
            if len(fields) <= gi:
                continue
            gd, ic = fields[gi].strip(), fields[ii].strip()
            ref[fields[ci]] = (float(gd) if gd else None, float(ic) if ic else None)
    return ref


def read_crosswalk(path):
    pl = {}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", raw)
            if m:
                pl.setdefault(m.group(1), m.group(2))  # first header wins: 08 is CONCEDE
    return pl


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--codes", default=os.path.join(REPO, "data", "cameo", "codes.tsv"))
    ap.add_argument("--reference", default=os.path.join(os.path.dirname(REPO), "shared", "reference"))
    args = ap.parse_args()

    errors = []
    rows = read_codes(args.codes, errors)
    ref_path = os.path.join(args.reference, "cameo_eventcodes.tsv")
    if not os.path.exists(ref_path):
        print("%s: reference table not found (use --reference DIR)" % ref_path, file=sys.stderr)
        return 2
    ref = read_reference(ref_path)
    where = lambda code: "%s:%d" % (args.codes, rows[code][0])
    for code, (gd, ic) in ref.items():
        if code not in rows:
            errors.append("%s: code %s of the reference is missing" % (args.codes, code))
            continue
        want = gd if gd is not None else ic
        got = rows[code][1]
        if want is not None and got is not None and abs(got - want) > 1e-9:
            src = "GDELT" if gd is not None else "ICEWS (GDELT has none)"
            errors.append("%s: %s goldstein %s, %s publishes %s" % (where(code), code, got, src, want))
    for code in rows:
        if code not in ref:
            errors.append("%s: code %s is not in the reference" % (where(code), code))

    cw_path = os.path.join(args.reference, "plover_CAMEO2PLOVER-2021.txt")
    checked_plover = os.path.exists(cw_path)
    if checked_plover:
        cw = read_crosswalk(cw_path)
        for code, (_, _, plover, _) in rows.items():
            want = cw.get(code) or cw.get(code[:2]) or "-"
            if plover != want:
                errors.append("%s: %s plover %s, crosswalk says %s" % (where(code), code, plover, want))

    for e in errors:
        print(e)
    print("%s: %d codes, %d reference codes, plover %s, %d errors"
          % (args.codes, len(rows), len(ref), "checked" if checked_plover else "not checked", len(errors)),
          file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
