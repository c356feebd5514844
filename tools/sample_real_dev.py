#!/usr/bin/env python3
"""Draws the sentences of the real-news development set (tests/sentences/real_dev.jsonl).

Sentences are drawn uniformly at random from every story body of the Reuters-21578,
BBC News and Wikinews files in ../shared/corpus, so each source is represented in
proportion to its size. Only story ids and UTF-8 byte offsets into the story's "text"
are written: the texts stay in ../shared and are read from there at evaluation time.

    python3 tools/sample_real_dev.py [--shared ../shared] [--n 420] [--seed 20261207]
        [--files NAME ...] [--exclude SET.jsonl ...] [--prefix rd]

--files draws from the named files of ../shared/corpus instead of the four above (e.g.
demo_intl_politics.jsonl); --exclude skips every story whose id is used by a record of
the given set files (e.g. tests/sentences/real_dev.jsonl), so that two sets share no
story; --prefix sets the letters of the record ids (rd0001, ...).

prints one JSON object per sampled sentence on stdout:
    {"id", "corpus", "story_id", "date", "byte_begin", "byte_end", "text"}
("text" is for the person coding the set and is dropped before the set is committed).
The same seed and corpus files always give the same sample.
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

FILES = [
    "reuters21578-part01.jsonl",
    "reuters21578-part02.jsonl",
    "bbc_news_2225.jsonl",
    "wikinews_2019_2020.jsonl",
]

# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before
# whitespace and an upper-case letter, digit or opening quote — unless the word before
# the dot is a common abbreviation or a single capital (initials, U.S.).
END = re.compile(r"""[.!?]["'\u201d\u2019)]*(?=\s+["'\u201c\u2018(]?[A-Z0-9])""")
ABBREV = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "inc", "corp", "co", "ltd", "no", "vs", "prof", "rev", "u.s", "u.k", "u.n", "jr", "sr"}


def split_sentences(text):
    """Yields (char_begin, char_end) of each sentence of a story, paragraph by paragraph."""
    pos = 0
    for para in text.split("\n"):
        start = 0
        for m in END.finditer(para):
            word = re.search(r"([\w.]+)[.!?]$", para[start:m.start() + 1])
            w = word.group(1).lower() if word else ""
            if w in ABBREV or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(\w\.)+\w", w):
                continue
            yield pos + start, pos + m.end()
            start = m.end()
            while start < len(para) and para[start].isspace():
                start += 1
        if para[start:].strip():
            yield pos + start, pos + len(para.rstrip())
        pos += len(para) + 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--n", type=int, default=420)
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--files", nargs="+", default=FILES, metavar="NAME",
                    help="corpus files (in ../shared/corpus) to draw from")
    ap.add_argument("--exclude", nargs="+", default=[], metavar="SET",
                    help="set files (.jsonl) whose story ids are skipped")
    ap.add_argument("--prefix", default="rd", help="letters of the record ids")
    args = ap.parse_args()
    excluded = set()
    for path in args.exclude:
        with open(path, encoding="utf-8") as f:
            excluded.update(json.loads(line)["story_id"] for line in f if line.strip())
    corpus = Path(args.shared) / "corpus"
    if not corpus.is_dir():
        sys.exit(f"sample_real_dev: {corpus} not found (../shared is needed to draw the sample)")
    population = []  # (file, story index, char begin, char end)
    stories = {}
    skipped = 0
    for name in args.files:
        with open(corpus / name, encoding="utf-8") as f:
            for i, line in enumerate(f):
                rec = json.loads(line)
                if rec["id"] in excluded:
                    skipped += 1
                    continue
                text = rec.get("text") or ""
                stories[(name, i)] = rec
                for b, e in split_sentences(text):
                    if len(text[b:e].split()) >= 4:  # drop headlines' stubs and table rows
                        population.append((name, i, b, e))
    rng = random.Random(args.seed)
    picked = sorted(rng.sample(range(len(population)), args.n))
    for k, p in enumerate(picked):
        name, i, b, e = population[p]
        rec = stories[(name, i)]
        text = rec["text"]
        bb = len(text[:b].encode("utf-8"))
        be = bb + len(text[b:e].encode("utf-8"))
        print(json.dumps({"id": f"{args.prefix}{k + 1:04d}", "corpus": name, "story_id": rec["id"],
                          "date": rec.get("date"), "byte_begin": bb, "byte_end": be,
                          "text": text[b:e]}, ensure_ascii=False))
    print(f"sample_real_dev: {args.n} of {len(population)} sentences", file=sys.stderr)
    if args.exclude:
        print(f"sample_real_dev: {skipped} stories excluded", file=sys.stderr)


if __name__ == "__main__":
    main()
