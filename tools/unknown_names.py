#!/usr/bin/env python3
"""Counts the capitalised names in a corpus that parley does not recognise as actors.

    python3 tools/unknown_names.py [--parley build/parley] [--shared ../shared]
        [--corpus FILE ...] [--top N] [--min-stories K] [--political] [--kind person|body]
        [--multiword] [--tsv] [-- extra parley args]

For each corpus file (default: the Reuters-21578 parts, BBC News and Wikinews files in
../shared/corpus) it runs `parley code FILE --explain -q`, whose stderr lists every
sentence's actor mentions, marks the bytes those mentions cover, and collects the runs of
capitalised words (1 to 4 words, with particles such as "of", "de", "von" inside) that no
mention touches and that stand where an actor would: right before a verb (`X said`,
`X told`, `X, the ...`), right after a title (`Finance Minister X`, `chairman X`, `Mr X`),
after a speech verb (`said X`), or after "with"/"by". A title at the head of a run is cut
off, so `Trade Minister Hajime Tamura` counts `Hajime Tamura` (in the "title" position).

Noise is left out: a sentence's first word when the corpus mostly writes it in lower
case ("Analysts said"), months and days, lone titles and company suffixes, and words the
corpus mostly writes in lower case (a run made only of them). Names are counted per
occurrence and per story; the report ranks them by stories, with the count in
sentences that also name a government, military or country actor ("pol"), the count per
corpus, the positions seen and one example.

This is a helper to find what the dictionaries lack, not a test: it reads the corpus at
run time and prints names, never corpus text beyond a short example window.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPORA = ["reuters21578-part01.jsonl", "reuters21578-part02.jsonl",
                   "bbc_news_2225.jsonl", "wikinews_2019_2020.jsonl"]

# Titles that head a name ("Minister X"), and the words that may stand before them
# inside the title ("Finance Minister", "Deputy Prime Minister").
HEAD_TITLES = {
    "minister", "ministers", "president", "secretary", "chancellor", "governor", "chairman",
    "chairwoman", "chair", "director", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "senator", "sen", "rep", "representative", "premier", "mr", "mrs", "ms",
    "miss", "dr", "sir", "lord", "lady", "king", "queen", "prince", "princess", "sheikh",
    "emir", "general", "gen", "commissioner", "leader", "officer", "secretary-general",
    "speaker", "mayor", "judge", "admiral", "colonel", "col", "lt", "captain", "minister-president",
    "undersecretary", "under-secretary", "envoy", "negotiator", "chief", "head", "ceo",
    "presidente", "attorney-general", "prosecutor", "mp", "congressman", "congresswoman",
    "councillor", "baroness", "ayatollah", "imam", "pope", "cardinal", "bishop", "archbishop",
    "marshal", "brigadier", "major", "sergeant", "lieutenant", "commander", "superintendent",
    "inspector", "detective", "professor", "prof", "economist", "analyst", "official",
}
TITLE_MODIFIERS = {
    "finance", "foreign", "trade", "economy", "economics", "economic", "agriculture", "oil",
    "energy", "defence", "defense", "interior", "industry", "commerce", "treasury", "state",
    "labour", "labor", "justice", "health", "home", "budget", "planning", "petroleum",
    "mines", "mining", "transport", "communications", "education", "deputy", "vice",
    "prime", "first", "managing", "under", "assistant", "affairs", "international",
    "fisheries", "environment", "culture", "information", "sports", "executive", "acting",
    "former", "shadow", "junior", "senior", "special", "permanent", "general", "chief",
    "attorney", "federal", "national", "central", "bank", "external", "internal", "public",
    "works", "social", "welfare", "security", "development", "cooperation", "co-operation",
    "industrial", "minister", "secretary", "president", "of", "and", "for", "the", "mr",
    "opposition", "party", "union", "lt", "lieutenant", "major", "brigadier", "vice-president",
    "deputy-prime", "cabinet", "chief", "supreme", "european", "u.s.", "us", "uk",
}
PARTICLES = {"of", "de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der",
             "den", "al", "el", "bin", "ben", "la", "le", "du", "des", "y", "for", "ibn", "abu",
             "bint", "ter", "ten", "zu", "on", "and", "&"}
# Particles that may start a name ("al-", "de la Rua"): never "of", "and", "for", "on", "&".
INNER_ONLY = {"of", "for", "on", "and", "&"}
VERBS_AFTER = {
    "said", "says", "told", "tells", "met", "meets", "agreed", "agrees", "urged", "urges",
    "warned", "warns", "announced", "announces", "added", "declared", "asked", "asks",
    "called", "calls", "rejected", "rejects", "proposed", "proposes", "criticised",
    "criticized", "criticises", "criticizes", "accused", "accuses", "denied", "denies",
    "signed", "signs", "visited", "visits", "insisted", "insists", "predicted", "predicts",
    "stated", "noted", "notes", "expects", "expected", "wants", "wanted", "would", "will",
    "has", "had", "is", "was", "plans", "planned", "reported", "reports", "estimated",
    "estimates", "forecast", "forecasts", "believes", "believed", "argued", "argues",
    "threatened", "threatens", "demanded", "demands", "refused", "refuses", "pledged",
    "pledges", "promised", "promises", "offered", "offers", "sought", "seeks", "welcomed",
    "welcomes", "condemned", "condemns", "opposed", "opposes", "supports", "supported",
    "backed", "backs", "approved", "approves", "ordered", "orders", "suggested", "suggests",
    "confirmed", "confirms", "acknowledged", "admitted", "appealed", "appeals", "vowed",
    "vows", "launched", "launches", "imposed", "imposes", "raised", "cut", "cuts", "bought",
    "sold", "filed", "sued", "blamed", "blames", "praised", "praises", "described",
    "explained", "replied", "responded", "answered", "indicated", "disclosed", "revealed",
    "could", "may", "might", "should", "must", "can", "did", "does", "also", "recently",
    "yesterday", "today", "tonight", "last", "earlier", "later", "then", "now", "who",
    "had", "have", "were", "are",
}
SPEECH_BEFORE = {"said", "says", "told", "according", "added", "by", "with", "to", "from",
                 "against", "between", "met", "meet", "meeting", "visited", "urged",
                 "warned", "asked", "accused", "criticised", "criticized", "invited"}
PREP_BEFORE = {"with", "by"}
LOWER_TITLES = HEAD_TITLES  # a lower-case title right before a name ("trade minister X")
MONTHS_DAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
}
NOISE = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
    "their", "our", "this", "that", "these", "those", "but", "and", "or", "if", "in", "on",
    "at", "for", "of", "to", "by", "with", "from", "as", "mr", "mrs", "ms", "dr", "inc",
    "corp", "co", "ltd", "plc", "reuter", "reuters", "mln", "bln", "dlrs", "pct", "one",
    "two", "there", "when", "while", "after", "before", "so", "also", "however", "under",
    "u.s.", "uk", "ec", "un", "tv", "ok", "no",
    "yes", "all", "some", "both", "each", "not", "qtr", "shr", "net", "revs", "avg", "shrs",
    "oper", "vs", "cts", "dlr", "note", "nil", "nine", "mths", "year", "years",
}


def tokenize(text):
    """(start, end, word) byte-free character tokens; "'s" is split off."""
    out = []
    for m in re.finditer(r"(?:[A-Za-z]\.){2,}|\w+(?:[-'’.&]\w+)*|\S", text):
        w, s = m.group(), m.start()
        low = w.lower()
        if len(w) > 2 and (low.endswith("'s") or low.endswith("’s")):
            out.append((s, s + len(w) - 2, w[:-2]))
            out.append((s + len(w) - 2, s + len(w), w[-2:]))
        else:
            out.append((s, s + len(w), w))
    return out


def is_cap(w):
    return w[:1].isupper() and any(c.isalpha() for c in w)


def parse_actors(field):
    """'FRAGOV=Finance Minister Edouard Balladur ---GOV=government' -> [(code, text)]."""
    field = field[len("actors:"):].strip() if field.startswith("actors:") else field
    parts = re.split(r"(?:^| )([A-Z-]{3}(?:[A-Z]{3})*)=", field)
    out = []
    for i in range(1, len(parts) - 1, 2):
        out.append((parts[i], parts[i + 1].strip()))
    return out


POLITICAL = re.compile(r"GOV|MIL|LEG|JUD|SPY|COP|OPP|REB|IGO|PTY|ELI")


def run_parley(parley, path, extra):
    with tempfile.TemporaryFile() as err:
        r = subprocess.run([parley, "code", path, "--explain", "-q", "-o", os.devnull, *extra],
                           stdout=subprocess.DEVNULL, stderr=err, check=False)
        err.seek(0)
        data = err.read().decode("utf-8", "replace")
    if r.returncode != 0:
        sys.exit(f"unknown_names: parley code {path} failed ({r.returncode})")
    per_story = collections.defaultdict(list)
    for line in data.splitlines():
        f = line.split("\t")
        if len(f) < 5 or f[0] != "explain":
            continue
        b, e = (int(x) for x in f[3].split("-"))
        per_story[f[1]].append((b, e, parse_actors(f[4])))
    return per_story


def sentence_starts(text, spans):
    """Character offsets where a sentence starts: parley's spans plus a rough split."""
    starts = {0}
    for b, _e in spans:
        starts.add(b)
    for m in re.finditer(r"(?:\n|[.!?][\"'’”)]?\s+)(?=[\"'“‘(]?[A-Z0-9])", text):
        starts.add(m.end())
    return starts


def analyse(corpus_name, stories, explains, counts, lower_counts, cap_mid_counts, collect):
    """First pass (collect=False) counts word case; second (True) collects candidates."""
    for sid, text in stories.items():
        raw = text.encode("utf-8")
        sents = explains.get(sid, [])
        covered = bytearray(len(raw) + 1)
        spans_chars, pol_spans = [], []
        for b, e, actors in sents:
            seg = raw[b:e]
            cb = len(raw[:b].decode("utf-8", "replace"))
            ce = cb + len(seg.decode("utf-8", "replace"))
            spans_chars.append((cb, ce))
            if any(POLITICAL.search(c[3:]) or (len(c) == 3 and c != "---") for c, _t in actors):
                pol_spans.append((cb, ce))
            for _code, surface in actors:
                sb = surface.encode("utf-8")
                if not sb:
                    continue
                pos = seg.find(sb)
                while pos >= 0:
                    for k in range(b + pos, b + pos + len(sb)):
                        covered[k] = 1
                    pos = seg.find(sb, pos + 1)
        # Character-level coverage.
        cov_chars = []
        bi = 0
        for ch in text:
            n = len(ch.encode("utf-8"))
            cov_chars.append(covered[bi])
            bi += n
        toks = tokenize(text)
        starts = sentence_starts(text, spans_chars)
        sent_initial = [t[0] in starts or (i > 0 and toks[i - 1][2] in "\"“‘'(" and toks[i - 1][0] in starts)
                        for i, t in enumerate(toks)]
        if not collect:
            for i, (s, e, w) in enumerate(toks):
                if not w[0].isalpha():
                    continue
                if w.islower():
                    lower_counts[w] += 1
                elif is_cap(w) and not sent_initial[i]:
                    cap_mid_counts[w.lower()] += 1
            continue
        seen_in_story = set()
        i = 0
        while i < len(toks):
            s, e, w = toks[i]
            if not is_cap(w) or any(cov_chars[s:e]):
                i += 1
                continue
            # A run of capitalised words with particles inside, stopping at covered tokens.
            j = i
            run = []
            while j < len(toks):
                s2, e2, w2 = toks[j]
                if any(cov_chars[s2:e2]):
                    break
                if is_cap(w2) and w2 not in {"'s", "’s"}:
                    run.append(j)
                    j += 1
                    continue
                if w2.lower() in PARTICLES and run and j + 1 < len(toks) and is_cap(toks[j + 1][2]) \
                        and not any(cov_chars[toks[j + 1][0]:toks[j + 1][1]]):
                    run.append(j)
                    j += 1
                    continue
                break
            for cand, pos, ctx in split_run(toks, run, i, sent_initial, lower_counts, cap_mid_counts, cov_chars):
                name = " ".join(toks[k][2] for k in cand)
                if not name:
                    continue
                a, b2 = toks[cand[0]][0], toks[cand[-1]][1]
                pol = any(pb <= a < pe for pb, pe in pol_spans)
                rec = counts[name]
                rec["n"] += 1
                rec["pol"] += int(pol)
                rec["corpus"][corpus_name] += 1
                rec["pos"][pos] += 1
                if (name, sid) not in seen_in_story:
                    seen_in_story.add((name, sid))
                    rec["stories"] += 1
                if not rec["example"] or (pol and not rec["example_pol"]):
                    lo = max(0, a - 50)
                    hi = min(len(text), b2 + 50)
                    rec["example"] = ctx + " | " + text[lo:hi].replace("\n", " ")
                    rec["example_pol"] = pol
            i = max(j, i + 1)


def common_word(w, lower_counts, cap_mid_counts):
    low = w.lower()
    return lower_counts[low] > 2 * cap_mid_counts[low] + 2


def split_run(toks, run, i0, sent_initial, lower_counts, cap_mid_counts, cov_chars):
    """Yields (token indexes, position, context) for each name in one capitalised run."""
    if not run:
        return
    words = [toks[k][2].lower().rstrip(".") for k in run]
    # Cut a title: after the last head title that opens or sits inside the run.
    titled = False
    cut = 0
    for n, w in enumerate(words):
        if w in HEAD_TITLES and n + 1 < len(words):
            if all(x in TITLE_MODIFIERS or x in HEAD_TITLES for x in words[:n]):
                cut, titled = n + 1, True
            else:
                # "Bank of Japan Governor Satoshi Sumita": the part before the title is a
                # name of its own (an organisation), the part after a titled name.
                m = n
                while m > 0 and words[m - 1] in TITLE_MODIFIERS:
                    m -= 1
                if m > 0:
                    yield from finish(toks, run[:m], sent_initial, lower_counts, cap_mid_counts, False)
                cut, titled = n + 1, True
    rest = run[cut:]
    # Drop particles at the edges and a leading common word at a sentence start.
    yield from finish(toks, rest, sent_initial, lower_counts, cap_mid_counts, titled)


def finish(toks, run, sent_initial, lower_counts, cap_mid_counts, titled):
    run = list(run)
    while run and toks[run[0]][2].lower() in PARTICLES and toks[run[0]][2].lower() in INNER_ONLY:
        run.pop(0)
    while run and toks[run[-1]][2].lower() in PARTICLES:
        run.pop()
    while run and (sent_initial[run[0]] or not titled) and (
            toks[run[0]][2].lower() in NOISE or toks[run[0]][2].lower() in MONTHS_DAYS
            or (sent_initial[run[0]] and common_word(toks[run[0]][2], lower_counts, cap_mid_counts))):
        run.pop(0)
        while run and toks[run[0]][2].lower() in PARTICLES:
            run.pop(0)
    while run and toks[run[-1]][2].lower() in MONTHS_DAYS | NOISE:
        run.pop()
    if not run:
        return
    caps = [k for k in run if is_cap(toks[k][2])]
    if not caps or len(caps) > 4:
        return
    lows = [toks[k][2].lower() for k in caps]
    if all(w in NOISE or w in MONTHS_DAYS or w in HEAD_TITLES or w in TITLE_MODIFIERS for w in lows):
        return
    if all(common_word(toks[k][2], lower_counts, cap_mid_counts) for k in caps):
        return
    if toks[run[0]][2].isupper() and len(toks[run[0]][2]) > 5 and len(caps) == len(run) and \
            all(toks[k][2].isupper() for k in run):
        return  # headline capitals
    first, last = run[0], run[-1]
    before = toks[first - 1][2] if first > 0 else ""
    before2 = toks[first - 2][2] if first > 1 else ""
    after = toks[last + 1][2] if last + 1 < len(toks) else ""
    after2 = toks[last + 2][2] if last + 2 < len(toks) else ""
    pos = None
    if titled or before.lower().rstrip(".") in LOWER_TITLES:
        pos = "title"
    elif after.lower() in VERBS_AFTER:
        pos = "verb"
    elif after == "," and (after2.lower() in {"the", "a", "who", "which", "whose", "an"}
                           or after2.lower() in HEAD_TITLES or after2.lower() in TITLE_MODIFIERS):
        pos = "appos"
    elif before.lower() in PREP_BEFORE:
        pos = "with/by"
    elif before.lower() in SPEECH_BEFORE and before.lower() not in {"to", "from", "against"}:
        pos = "after-verb"
    elif after in {"'s", "’s"} and after2.lower() in HEAD_TITLES | {"government", "ministry", "office", "spokesman"}:
        pos = "poss"
    if pos is None:
        return
    ctx = " ".join(x for x in (before2, before) if x) + " [" + " ".join(toks[k][2] for k in run) + "] " + \
        " ".join(x for x in (after, after2) if x)
    yield run, pos, ctx


INSTITUTION_HEADS = {
    "department", "ministry", "office", "bureau", "council", "commission", "bank", "institute",
    "board", "corporation", "corp", "service", "authority", "committee", "agency", "federation",
    "association", "union", "party", "organisation", "organization", "fund", "administration",
    "company", "co", "inc", "ltd", "plc", "group", "court", "assembly", "parliament", "front",
    "movement", "army", "force", "forces", "police", "exchange", "secretariat", "directorate",
    "guard", "conference", "congress", "league", "society", "trust", "industries", "airlines",
    "airways", "petroleum", "oil", "motors", "steel", "mining", "railways", "telecom", "bancorp",
}


def kind_of(name):
    words = name.split()
    low = [w.lower().rstrip(".") for w in words]
    if low[-1] in INSTITUTION_HEADS or any(w in {"of", "for", "and", "&"} for w in low) or \
            (len(words) == 1 and words[0].isupper() and len(words[0]) >= 2):
        return "body"
    return "person"


def load_stories(path):
    stories = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("text"):
                stories[rec["id"]] = rec["text"]
    return stories


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--parley", default=os.path.join(HERE, "..", "build", "parley"))
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--corpus", nargs="*", help="corpus files (default: the four newswire files)")
    ap.add_argument("--top", type=int, default=400)
    ap.add_argument("--min-stories", type=int, default=3)
    ap.add_argument("--political", action="store_true",
                    help="rank by occurrences in sentences that name a political actor")
    ap.add_argument("--multiword", action="store_true", help="only names of 2 words or more")
    ap.add_argument("--kind", choices=["person", "body"],
                    help="only names that look like people (no institution word) or bodies")
    ap.add_argument("--tsv", action="store_true")
    ap.add_argument("extra", nargs="*", help="arguments passed to parley code (after --)")
    a = ap.parse_args()
    paths = a.corpus or [os.path.join(a.shared, "corpus", c) for c in DEFAULT_CORPORA]

    loaded = []
    lower_counts, cap_mid_counts = collections.Counter(), collections.Counter()
    for p in paths:
        name = os.path.basename(p).split("-")[0].split("_")[0]
        stories = load_stories(p)
        explains = run_parley(a.parley, p, a.extra)
        print(f"# {p}: {len(stories)} stories, {len(explains)} with actors", file=sys.stderr)
        analyse(name, stories, explains, None, lower_counts, cap_mid_counts, collect=False)
        loaded.append((name, stories, explains))
    counts = collections.defaultdict(lambda: {"n": 0, "pol": 0, "stories": 0,
                                              "corpus": collections.Counter(),
                                              "pos": collections.Counter(),
                                              "example": "", "example_pol": False})
    for name, stories, explains in loaded:
        analyse(name, stories, explains, counts, lower_counts, cap_mid_counts, collect=True)

    rows = [(k, v) for k, v in counts.items() if v["stories"] >= a.min_stories]
    if a.multiword:
        rows = [(k, v) for k, v in rows if " " in k]
    if a.kind:
        rows = [(k, v) for k, v in rows if kind_of(k) == a.kind]
    # A person's surname alone ("Howard said") beside the full name ("Michael Howard").
    alone = {k: v["stories"] for k, v in counts.items() if " " not in k}
    key = (lambda kv: (-kv[1]["pol"], -kv[1]["stories"])) if a.political else \
        (lambda kv: (-kv[1]["stories"], -kv[1]["n"]))
    rows.sort(key=key)
    for k, v in rows[:a.top]:
        corp = ",".join(f"{c}:{n}" for c, n in v["corpus"].most_common())
        pos = ",".join(f"{p}:{n}" for p, n in v["pos"].most_common())
        sur = alone.get(k.split()[-1], 0) if " " in k else 0
        if a.tsv:
            print("\t".join([k, str(v["stories"]), str(v["n"]), str(v["pol"]), str(sur), corp, pos,
                             v["example"]]))
        else:
            print(f"{v['stories']:5d} {v['n']:5d} pol {v['pol']:4d} alone {sur:4d}  {k:35s} {corp:30s} {pos}\n"
                  f"      e.g. {v['example']}")


if __name__ == "__main__":
    main()
