#!/usr/bin/env python3
"""Writes COPIES copies of the shared news corpus as one JSON Lines stream on stdout,
each copy a distinct set of stories, for building large event stores from real news
(bench/search_load.sh): copy k gets ids `ID#k`, URLs with `#k`, dates k years later
(undated stories: 2005-06-15 plus k years, so that their events stay distinct), and k+1
trailing newlines after the text (so that no body hash repeats). The texts are read from
../shared/corpus at run time and never kept.
Usage: corpus_copies.py CORPUS_DIR COPIES [FIRST]   (copies FIRST .. FIRST+COPIES-1; default 0)"""
import json
import sys

FILES = ["reuters21578-part01.jsonl", "reuters21578-part02.jsonl", "bbc_news_2225.jsonl",
         "wikinews_2019_2020.jsonl", "demo_intl_politics.jsonl"]


def shifted(date, k):
    if not date or len(date) < 10:
        return f"{2005 + k:04d}-06-15"
    y = int(date[:4]) + k
    md = date[5:10] if date[5:10] != "02-29" else "02-28"
    return f"{y:04d}-{md}"


def main():
    corpus, copies = sys.argv[1], int(sys.argv[2])
    first = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    out = sys.stdout
    for k in range(first, first + copies):
        for name in FILES:
            with open(f"{corpus}/{name}", encoding="utf-8") as f:
                for line in f:
                    s = json.loads(line)
                    s["id"] = f"{s.get('id', name)}#{k}"
                    if s.get("url"):
                        s["url"] = f"{s['url']}#{k}"
                    s["date"] = shifted(s.get("date"), k)
                    s["text"] = (s.get("text") or "") + "\n" * (k + 1)
                    out.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
