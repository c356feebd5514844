#!/usr/bin/env python3
"""Check actor dictionary files against the format in data/README.md.

    python3 tools/check_actor_files.py [--strict] [FILE|DIR ...]

Without arguments it checks data/actors/*.txt and data/generated/countries.txt.
A directory stands for the *.txt files in it.  Files given together are checked
together, so a name listed in two of them is reported.

Each problem is printed as `file:line: message` (warnings as
`file:line: warning: message`).  Exit status 1 when there are errors (or, with
--strict, warnings), else 0.

Format (data/README.md, "actors/*.txt"):

    CODE<TAB>name | name | name[<TAB>FROM..TO]

  * `#` starts a comment to the end of the line; blank lines are ignored;
  * CODE: 3 to 15 characters, `^[A-Z-]{3}([A-Z]{3})*$` (ARM, ARMGOV, ---REB);
  * names: separated by ` | `, none empty, no leading/trailing or double spaces,
    no underscores, no TAB or stray `|`, no leading determiner "the";
  * FROM..TO: ISO dates YYYY-MM-DD, either side may be left out (not both),
    FROM <= TO.

Warnings: the same name twice in one entry; a name in two entries whose date
ranges overlap (the later line wins in parley); the same code on two undated
lines of one file (its names belong on one line).
"""

import datetime
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODE_RE = re.compile(r"^[A-Z-]{3}(?:[A-Z]{3})*$")
RANGE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$")
MIN_DATE, MAX_DATE = datetime.date.min, datetime.date.max


class Report:
    def __init__(self):
        self.errors = 0
        self.warnings = 0

    def error(self, where, msg):
        self.errors += 1
        print("%s: %s" % (where, msg))

    def warning(self, where, msg):
        self.warnings += 1
        print("%s: warning: %s" % (where, msg))


def parse_date(text, where, report):
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        report.error(where, "invalid date %r" % text)
        return None


def name_key(name):
    """Names match case-insensitively unless written all in capitals."""
    return name if name.isupper() else name.lower()


def check_name(name, where, report):
    if name == "":
        report.error(where, "empty name (stray ' | ' or '|' at an end?)")
        return False
    problems = []
    if name != name.strip(" "):
        problems.append("leading or trailing space")
    if "  " in name:
        problems.append("double space")
    if "|" in name:
        problems.append("'|' not surrounded by single spaces")
    if "\t" in name:
        problems.append("TAB inside a name")
    if "_" in name:
        problems.append("underscore (write names as in text)")
    if re.match(r"^(?:the|The|THE)\s", name):
        problems.append("leading determiner 'the' (the engine skips determiners)")
    if not any(c.isalnum() for c in name):
        problems.append("no letter or digit")
    for p in problems:
        report.error(where, "name %r: %s" % (name, p))
    return not problems


def check_file(path, report, seen_names):
    shown = os.path.relpath(path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        report.error(shown + ":0", "cannot read: %s" % e.strerror)
        return 0
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        report.error(shown + ":0", "not UTF-8 (%s)" % e)
        return 0
    if text and not text.endswith("\n"):
        report.warning("%s:%d" % (shown, text.count("\n") + 1), "no newline at end of file")
    entries = 0
    seen_codes = {}
    for lineno, line in enumerate(text.split("\n"), 1):
        where = "%s:%d" % (shown, lineno)
        if "\r" in line:
            report.error(where, "carriage return (use Unix line ends)")
            line = line.replace("\r", "")
        body, hash_, _ = line.partition("#")
        if hash_:
            body = body.rstrip(" \t")
        if not body.strip():
            continue
        if body != body.rstrip(" \t"):
            report.error(where, "trailing whitespace")
            body = body.rstrip(" \t")
        if body != body.lstrip(" \t"):
            report.error(where, "leading whitespace")
            body = body.lstrip(" \t")
        fields = body.split("\t")
        if len(fields) not in (2, 3):
            report.error(where, "expected CODE<TAB>names[<TAB>FROM..TO], found %d TAB-separated "
                         "fields" % len(fields))
            continue
        entries += 1
        code, names_field = fields[0], fields[1]

        if not CODE_RE.match(code) or len(code) > 15:
            report.error(where, "bad code %r (3 to 15 characters: a 3-character country/IGO code "
                         "of capitals or '-', then 3-letter agent codes)" % code)

        lo, hi = MIN_DATE, MAX_DATE
        if len(fields) == 3:
            m = RANGE_RE.match(fields[2])
            if not m or not (m.group(1) or m.group(2)):
                report.error(where, "bad date range %r (FROM..TO, YYYY-MM-DD, one side may be "
                             "empty)" % fields[2])
            else:
                if m.group(1):
                    lo = parse_date(m.group(1), where, report) or MIN_DATE
                if m.group(2):
                    hi = parse_date(m.group(2), where, report) or MAX_DATE
                if lo > hi:
                    report.error(where, "date range %r ends before it starts" % fields[2])

        names = names_field.split(" | ")
        if names_field.strip() == "":
            report.error(where, "no names")
            continue
        in_entry = set()
        for name in names:
            if not check_name(name, where, report):
                continue
            k = name_key(name)
            if k in in_entry:
                report.warning(where, "name %r twice in this entry" % name)
                continue
            in_entry.add(k)
            for other_where, other_code, olo, ohi in seen_names.get(k, []):
                if lo <= ohi and olo <= hi:
                    report.warning(where, "name %r also at %s (%s), overlapping dates; the "
                                   "later line wins" % (name, other_where, other_code))
            seen_names.setdefault(k, []).append((where, code, lo, hi))

        if len(fields) == 2:
            for other_where in seen_codes.get(code, []):
                report.warning(where, "code %s also at %s; put the undated names of a code "
                               "on one line" % (code, other_where))
        if len(fields) == 2:
            seen_codes.setdefault(code, []).append(where)
    return entries


def main(argv):
    strict = "--strict" in argv
    args = [a for a in argv if a != "--strict"]
    if any(a.startswith("-") for a in args):
        print(__doc__.strip().split("\n\n")[1])
        return 2
    if not args:
        args = sorted(glob.glob(os.path.join(ROOT, "data", "actors", "*.txt")))
        gen = os.path.join(ROOT, "data", "generated", "countries.txt")
        if os.path.exists(gen):
            args.append(gen)
    paths = []
    for a in args:
        paths += sorted(glob.glob(os.path.join(a, "*.txt"))) if os.path.isdir(a) else [a]
    report = Report()
    seen_names = {}
    entries = sum(check_file(p, report, seen_names) for p in paths)
    print("%d files, %d entries: %d errors, %d warnings"
          % (len(paths), entries, report.errors, report.warnings), file=sys.stderr)
    return 1 if report.errors or (strict and report.warnings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
