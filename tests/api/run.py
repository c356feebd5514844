#!/usr/bin/env python3
"""API tests for `parley serve` (docs/API.md): ingests the bundled example into a
temporary SQLite database, starts the built server on a free loopback port and checks
every endpoint, the bad parameters, the body cap, path traversal and that the database
is never written. Usage: tests/api/run.py path/to/parley"""
import hashlib
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import shutil
import threading
import urllib.parse

PARLEY = sys.argv[1]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "lib"))
from checks import check, finish, stub_dashboard  # noqa: E402


def request(port, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    conn.request(method, path, body=body, headers=headers or {})
    r = conn.getresponse()
    data = r.read()
    ctype = r.getheader("Content-Type", "")
    conn.close()
    parsed = None
    if ctype.startswith("application/json"):
        parsed = json.loads(data)
    return r.status, parsed, data, ctype


def get(port, path):
    return request(port, "GET", path)


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def web_args(tmp):
    """The built-in dashboard when `make web` has installed its chart library; otherwise
    a copy with stub chart files, since `serve` refuses a dashboard without them."""
    if os.path.isfile(os.path.join(ROOT, "web", "node_modules", "uplot", "dist", "uPlot.iife.min.js")):
        return []
    return ["--web", stub_dashboard(ROOT, tmp)]


def main():
    tmp = tempfile.mkdtemp(prefix="parley_api_")
    db = os.path.join(tmp, "api.db")
    example = os.path.join(ROOT, "examples", "armenia_azerbaijan.txt")
    second = os.path.join(tmp, "second.jsonl")
    with open(second, "w") as f:
        f.write(json.dumps({"id": "second story/1", "date": "2024-01-15", "url": "https://news.example.com/x",
                            "text": "Azerbaijan accused Armenia of shelling its positions. "
                                    "Armenian troops attacked Azerbaijani soldiers near the border."}) + "\n")
    subprocess.run([PARLEY, "ingest", "-q", "--db", db, example, second], check=True)
    # A checkpoint, so that the file's bytes can only change if the server writes.
    subprocess.run(["sqlite3", db, "PRAGMA wal_checkpoint(TRUNCATE);"], check=False, capture_output=True)
    before = sha(db)
    server = subprocess.Popen([PARLEY, "serve", "--db", db, "--port", "0", "--max-body-bytes", "100000"] + web_args(tmp),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        check("listening line", line.startswith("listening on http://127.0.0.1:"), line)
        port = int(line.strip().rstrip("/").rsplit(":", 1)[1])
        run_checks(port)
        run_summary_checks(port)
    finally:
        server.terminate()
        rc = server.wait(timeout=10)
        check("server stops cleanly on SIGTERM", rc == 0, str(rc))
    check("database never written", sha(db) == before)
    writable_checks(db, tmp)
    sys.exit(finish("API tests"))


def run_checks(port):
    st, j, _, ctype = get(port, "/api/health")
    check("health 200", st == 200 and j["status"] == "ok", str(j))
    check("health json type", ctype.startswith("application/json"), ctype)
    check("health counts", j["stories"] == 2 and j["events"] > 5 and j["schema_version"] == 6, str(j))

    # Dyads: the example's day with three directions; week and month labels.
    st, j, _, _ = get(port, "/api/dyads/ARM/AZE?by=day")
    check("dyad 200", st == 200, str(st))
    rows = {(r["period"], r["direction"]): r for r in j["rows"]}
    check("dyad 2023-12-09 both", ("2023-12-09", "both") in rows, str(list(rows)))
    check("dyad directions", ("2023-12-09", "ARM->AZE") in rows and ("2023-12-09", "AZE->ARM") in rows)
    both = rows.get(("2023-12-09", "both"), {"events": 0, "quad": [0, 0, 0, 0]})
    check("dyad quad sums", sum(both["quad"]) == both["events"] > 0, str(both))
    check("dyad second day conflictual", ("2024-01-15", "both") in rows and
          rows[("2024-01-15", "both")]["goldstein_mean"] < 0, str(list(rows)))
    st, j, _, _ = get(port, "/api/dyads/arm/aze?by=month&from=2024-01-01")
    check("dyad month + from, lower-case codes", st == 200 and {r["period"] for r in j["rows"]} == {"2024-01"},
          str(j))
    st, j, _, _ = get(port, "/api/dyads/ARM/AZE?by=week")
    check("dyad week label is a Monday", st == 200 and j["rows"][0]["period"] == "2023-12-04", str(j)[:200])

    # Events: filters, parts, paging.
    st, j, _, _ = get(port, "/api/events?dyad=ARM,AZE&limit=1000")
    check("events 200", st == 200 and len(j["events"]) > 3, str(st))
    all_ids = [e["event_id"] for e in j["events"]]
    dates = [e["date"] for e in j["events"]]
    check("events newest first", dates == sorted(dates, reverse=True), str(dates))
    check("events last page has no cursor", j["next_cursor"] is None)
    check("events carry the CAMEO name", all(e["name"] for e in j["events"]), str(j["events"][0])[:200])
    ok_parts = all("".join(p["text"] for p in m["parts"]) == m["evidence"]["text"]
                   for e in j["events"] for m in e["mentions"])
    check("parts join to the evidence", ok_parts)
    roles = {p["role"] for e in j["events"] for m in e["mentions"] for p in m["parts"]}
    check("parts mark source, event and target", {"source", "event", "target"} <= roles, str(roles))
    seen, cursor = [], None
    for _ in range(100):
        path = "/api/events?dyad=ARM,AZE&limit=2" + (f"&cursor={urllib.parse.quote(cursor)}" if cursor else "")
        st, page, _, _ = get(port, path)
        if st != 200:
            break
        seen += [e["event_id"] for e in page["events"]]
        cursor = page["next_cursor"]
        check("no empty page before the end", page["events"] or not cursor)
        if not cursor:
            break
    check("paging returns every event once", seen == all_ids, f"{seen} vs {all_ids}")
    st, j, _, _ = get(port, "/api/events?code=03&root=03&quad_class=1")
    check("code/root/quad_class filter", st == 200 and j["events"] and
          all(e["code"].startswith("03") and e["quad_class"] == 1 for e in j["events"]), str(j)[:300])
    st, j, _, _ = get(port, "/api/events?actor=AZE&from=2024-01-01&to=2024-12-31")
    check("actor + dates", st == 200 and j["events"] and all(e["date"] >= "2024-01-01" for e in j["events"]))
    m = j["events"][0]["mentions"][0] if j.get("events") else {}
    check("mention has story and url", m.get("story_id") == "second story/1" and
          m.get("url") == "https://news.example.com/x", str(m)[:300])

    # Actors.
    st, j, _, _ = get(port, "/api/actors?q=arm")
    check("actors by code", st == 200 and j["actors"] and j["actors"][0]["code"].startswith("ARM"), str(j))
    st, j, _, _ = get(port, "/api/actors?q=yerevan")
    check("actors by name", st == 200 and any(a["code"] == "ARM" for a in j["actors"]), str(j))

    # Stories (ids are URL-encoded in the path).
    st, j, _, _ = get(port, "/api/stories/armenia_azerbaijan")
    check("story 200", st == 200 and "Armenia" in j["text"] and j["events"], str(st))
    ok = all(j["text"].encode()[e["evidence"]["start"]:e["evidence"]["end"]].decode() == e["evidence"]["text"]
             for e in j["events"]) if st == 200 else False
    check("story event spans point into the text", ok)
    st, j, _, _ = get(port, "/api/stories/" + urllib.parse.quote("second story/1", safe=""))
    check("story id with slash and space", st == 200 and j["id"] == "second story/1", str(st))
    st, j, _, _ = get(port, "/api/stories/nope")
    check("unknown story 404 json", st == 404 and j["code"] == 404 and "nope" in j["message"], str(j))

    # POST /api/code: JSON and plain text, nothing stored.
    body = json.dumps({"text": "Armenia and Azerbaijan held talks in Washington on Monday.", "date": "2024-05-06"})
    st, j, _, _ = request(port, "POST", "/api/code", body, {"Content-Type": "application/json"})
    codes = {(e["source"], e["target"], e["code"][:2]) for e in j["events"]} if st == 200 else set()
    check("code JSON", st == 200 and ("ARM", "AZE", "04") in codes, str(j)[:300])
    check("code events have parts", st == 200 and all("parts" in e for e in j["events"]))
    st, j, _, _ = request(port, "POST", "/api/code?date=2024-05-06",
                          "Russia expelled two British diplomats.", {"Content-Type": "text/plain"})
    check("code text/plain", st == 200 and any(e["source"] == "RUS" for e in j["events"]), str(j)[:300])
    st, j, _, _ = get(port, "/api/health")
    check("code stored nothing", j["stories"] == 2, str(j))

    # Bad requests: JSON errors with the right status.
    bad = [
        ("GET", "/api/events?limit=0", 400), ("GET", "/api/events?limit=5000", 413),
        ("GET", "/api/events?limit=ten", 400), ("GET", "/api/events?from=yesterday", 400),
        ("GET", "/api/events?to=2023-02-30", 400), ("GET", "/api/events?actor=ARM%27%3B%20DROP", 400),
        ("GET", "/api/events?dyad=ARM", 400), ("GET", "/api/events?cursor=junk", 400),
        ("GET", "/api/events?quad_class=7", 400), ("GET", "/api/events?root=99", 400),
        ("GET", "/api/events?code=abc", 400), ("GET", "/api/dyads/ARM/AZE?by=year", 400),
        ("GET", "/api/dyads/ARM/A%20Z", 400), ("GET", "/api/actors", 400), ("GET", "/api/actors?q=", 400),
        ("GET", "/api/actors?q=a&limit=500", 413), ("GET", "/api/no-such-thing", 404),
    ]
    for method, path, want in bad:
        st, j, _, _ = request(port, method, path)
        check(f"{path} -> {want}", st == want and j is not None and j.get("code") == want and j.get("message"),
              f"{st} {j}")
    for body, ctype, want in [("{not json", "application/json", 400), ('{"date": "2024-01-01"}', "application/json", 400),
                              ('{"text": "x", "date": "01/02/2024"}', "application/json", 400),
                              ('{"text": 5}', "application/json", 400), ("[1, 2]", "application/json", 400),
                              ("x" * 200000, "text/plain", 413)]:
        st, j, _, _ = request(port, "POST", "/api/code", body, {"Content-Type": ctype})
        check(f"POST /api/code {body[:20]!r} -> {want}", st == want and j is not None and j.get("code") == want,
              f"{st} {j}")
    timeline_checks(port)
    filter_checks(port)
    export_checks(port)
    paste_checks(port)
    search_checks(port)
    read_only_correction_checks(port)

    # Static files only from the dashboard folder.
    st, _, data, ctype = get(port, "/")
    check("dashboard page", st == 200 and ctype.startswith("text/html"), f"{st} {ctype}")
    for path in ["/../CMakeLists.txt", "/..%2f..%2fCMakeLists.txt", "/%2e%2e/%2e%2e/CMakeLists.txt",
                 "/vendor/../../../CMakeLists.txt"]:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
            raw = b""
            while chunk := s.recv(65536):
                raw += chunk
        check(f"no traversal {path}", b"cmake_minimum_required" not in raw and not raw.startswith(b"HTTP/1.1 200"),
              raw[:80].decode(errors="replace"))
    if os.path.isdir(os.path.join(ROOT, "web", "node_modules", "uplot")):
        st, _, data, _ = get(port, "/vendor/uPlot.iife.min.js")
        check("chart library served locally", st == 200 and len(data) > 10000, str(st))

    # Concurrent clients all get answers.
    results = []

    def worker():
        for _ in range(10):
            results.append(get(port, "/api/dyads/ARM/AZE?by=day")[0])

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check("160 concurrent requests all 200", results.count(200) == 160, str(set(results)))


def run_summary_checks(port):
    """GET /api/overview, /api/actors/{code}, /api/network, /api/compare (issue 15, parts 6-9)."""
    def ok(path):
        st, j, _, _ = get(port, path)
        check(f"{path} 200", st == 200 and j is not None, f"{st} {str(j)[:300]}")
        return j if st == 200 else {}

    def dyad_of(d):
        return (d.get("a"), d.get("b"))

    _, everything, _, _ = get(port, "/api/events?limit=1000")
    arm_aze = [e for e in everything["events"]
               if {e["source"][:3], e["target"][:3]} == {"ARM", "AZE"}]

    # Overview: the window is the 30 days up to the latest event (2024-01-15: the second
    # story); the example's events of 2023-12 are in the window before.
    o = ok("/api/overview?by=month&min_events=1")
    check("overview latest and window", o.get("latest") == "2024-01-15" and o["window"] == {
        "from": "2023-12-17", "to": "2024-01-15", "days": 30,
        "previous_from": "2023-11-17", "previous_to": "2023-12-16"}, str(o.get("window")))
    periods = [r["period"] for r in o.get("series", [])]
    check("overview series by month", periods == ["2023-12", "2024-01"], str(periods))
    check("overview counts stories", sum(r["stories"] for r in o["series"]) == 2, str(o["series"]))
    check("overview quads sum to events", all(sum(r["quad"]) == r["events"] > 0 for r in o["series"]))
    busiest = o.get("busiest", [])
    check("overview busiest dyad is ARM-AZE", busiest and dyad_of(busiest[0]) == ("ARM", "AZE") and
          busiest[0]["events"] > 0 and busiest[0]["previous_events"] > 0, str(busiest)[:300])
    check("overview dyads are ordered pairs of different groups",
          all(d["a"] < d["b"] for k in ("busiest", "volume_changes", "goldstein_changes") for d in o[k]))
    gc = {dyad_of(d): d for d in o.get("goldstein_changes", [])}
    aa = gc.get(("ARM", "AZE"), {})
    check("overview Goldstein change of ARM-AZE: from cooperation to conflict",
          aa.get("goldstein_change") is not None and aa["goldstein_change"] < 0 and
          abs(aa["goldstein_mean"] - aa["previous_goldstein_mean"] - aa["goldstein_change"]) < 1e-9, str(aa))
    vc = o.get("volume_changes", [])
    check("overview volume changes carry the change", all(d["change"] == d["events"] - d["previous_events"] != 0
                                                          for d in vc), str(vc)[:300])
    intense = o.get("intense", [])
    check("overview high-intensity events in the window, newest first",
          intense and all(abs(e["goldstein"]) >= 7 and "2023-12-17" <= e["date"] <= "2024-01-15" for e in intense)
          and [e["date"] for e in intense] == sorted((e["date"] for e in intense), reverse=True), str(intense)[:300])
    check("overview intense events have names, story and parts",
          all(e["name"] and e["story_id"] == "second story/1" and
              "".join(p["text"] for p in e["parts"]) == e["evidence"] for e in intense), str(intense)[:400])
    o2 = ok("/api/overview?by=week&end=2023-12-31&days=10&limit=1&intensity=0&level=code")
    check("overview end/days/limit/level", o2.get("window", {}).get("from") == "2023-12-22" and
          len(o2.get("intense", [])) <= 1 and all(r["period"] in ("2023-12-04", "2024-01-15") or r["period"] < "2023-12-04"
                                                   for r in o2.get("series", [])) and o2.get("level") == "code",
          str(o2)[:300])
    o4 = ok("/api/overview?end=0000-01-10&days=30")
    check("overview window before year 1 is clamped, not an error",
          o4.get("window", {}).get("previous_from") == "0000-01-01" and o4.get("busiest") == [], str(o4)[:300])
    o3 = ok("/api/overview?from=2024-01-01&to=2024-12-31")
    check("overview from/to bound the series", [r["period"] for r in o3.get("series", [])] == ["2024-01-15"],
          str(o3.get("series"))[:200])

    # Actor profile: the same events as /api/events (with historical events counted).
    a = ok("/api/actors/arm?include_historical=1")
    arm_events = [e for e in everything["events"] if e["source"].startswith("ARM") or e["target"].startswith("ARM")]
    check("actor profile code and name", a.get("code") == "ARM" and a.get("name"), str(a)[:200])
    check("actor profile counts every ARM event once", a.get("events") == len(arm_events) ==
          sum(r["events"] for r in a.get("rows", [])), f"{a.get('events')} vs {len(arm_events)}")
    check("actor profile sides", a["as_source"] == sum(e["source"].startswith("ARM") for e in arm_events) and
          a["as_target"] == sum(e["target"].startswith("ARM") for e in arm_events), str(a)[:300])
    out = {p["code"]: p["events"] for p in a.get("partners_out", [])}
    want_out = sum(1 for e in arm_events if e["source"].startswith("ARM") and e["target"].startswith("AZE"))
    check("actor partners out", out.get("AZE") == want_out > 0 and "" not in out, f"{out} want AZE {want_out}")
    inn = {p["code"]: p["events"] for p in a.get("partners_in", [])}
    want_in = sum(1 for e in arm_events if e["target"].startswith("ARM") and e["source"].startswith("AZE"))
    check("actor partners in", inn.get("AZE") == want_in > 0, f"{inn} want AZE {want_in}")
    types = a.get("event_types", [])
    check("actor event types with CAMEO names", types and all(t["name"] for t in types) and
          sum(t["events"] for t in types) <= a["events"] and
          [t["events"] for t in types] == sorted((t["events"] for t in types), reverse=True), str(types)[:300])
    sectors = a.get("sectors", [])
    check("actor sectors are ARM codes", sectors and all(s["code"].startswith("ARM") and
                                                         s["agent"] == (s["code"][3:] or None) for s in sectors),
          str(sectors))
    w = ok("/api/actors/ARM?by=week")
    check("actor profile by week: Mondays", [r["period"] for r in w.get("rows", [])][:1] == ["2023-12-04"],
          str(w.get("rows"))[:200])
    m = ok("/api/actors/ARM?by=month&from=2024-01-01&limit=1&level=code")
    check("actor profile from/limit/level", [r["period"] for r in m.get("rows", [])] == ["2024-01"] and
          len(m.get("partners_in", [])) <= 1 and m.get("level") == "code", str(m)[:300])
    z = ok("/api/actors/ZZZ")
    check("actor without events: zeros", z.get("events") == 0 and z.get("rows") == [] and z.get("name") is None, str(z))

    # Network: edges match the events between the groups.
    n = ok("/api/network?include_historical=1")
    edges = {(e["a"], e["b"]): e for e in n.get("edges", [])}
    e = edges.get(("ARM", "AZE"), {})
    check("network ARM-AZE edge counts the dyad's events", e.get("events") == len(arm_aze) ==
          e.get("a_to_b", 0) + e.get("b_to_a", 0) and sum(e["quad"]) == e["events"], f"{e} vs {len(arm_aze)}")
    codes = {v["code"] for v in n.get("nodes", [])}
    check("network nodes are the edges' ends", codes == {c for k in edges for c in k} and
          all(k[0] < k[1] for k in edges), f"{codes} {list(edges)}")
    check("network edges_total", n.get("edges_total") == len(edges) and n.get("truncated") is False, str(n)[:200])
    # Events without a target, and domestic ones (directed at the source's own country),
    # are no edge; the example has events without a target.
    check("events without a target or domestic are no edge", all(v["code"] for v in n.get("nodes", [])) and
          all(a != b for a, b in edges) and
          any(not x["target"] or x["target"][:3] == x["source"][:3] for x in everything["events"]), str(codes))
    r19 = ok("/api/network?root=19&include_historical=1")
    want19 = sum(1 for x in arm_aze if x["root"] == "19")
    check("network root filter", all(x["quad"] == [0, 0, 0, x["events"]] for x in r19.get("edges", [])) and
          sum(x["events"] for x in r19.get("edges", []) if (x["a"], x["b"]) == ("ARM", "AZE")) == want19,
          str(r19)[:300])
    q1 = ok("/api/network?quad_class=1&level=code&from=2023-12-01&to=2023-12-31")
    check("network quad_class/level/dates", q1.get("level") == "code" and q1.get("from") == "2023-12-01" and
          all(x["quad"][0] == x["events"] for x in q1.get("edges", [])) and
          any(len(v["code"]) > 3 for v in q1.get("nodes", [])), str(q1)[:300])
    one = ok("/api/network?limit=1&min_events=1")
    check("network limit", len(one.get("edges", [])) == 1 and len(one.get("nodes", [])) == 2 and
          one.get("truncated") == (one.get("edges_total", 0) > 1), str(one)[:300])
    big = ok("/api/network?min_events=1000")
    check("network min_events leaves out small edges", big.get("edges") == [] and big.get("nodes") == [], str(big))
    act = ok("/api/network?actor=aze")
    check("network actor filter", act.get("edges") and all("AZE" in (x["a"], x["b"]) for x in act["edges"]),
          str(act)[:300])

    # Compare: the same rows as the dyad endpoint, on one axis.
    c = ok("/api/compare?dyad=ARM,AZE&dyad=aze,arm&dyad=RUS,UKR&by=day")
    _, d, _, _ = get(port, "/api/dyads/ARM/AZE?by=day")
    both = [{"period": r["period"], "events": r["events"], "quad": r["quad"], "goldstein_mean": r["goldstein_mean"]}
            for r in d["rows"] if r["direction"] == "both"]
    ds = c.get("dyads", [])
    check("compare three dyads in order", [dyad_of(x) for x in ds] == [("ARM", "AZE"), ("AZE", "ARM"), ("RUS", "UKR")],
          str(ds)[:300])
    check("compare rows are the dyad's 'both' rows", ds and ds[0]["rows"] == both and ds[1]["rows"] == both,
          str(ds)[:300])
    check("compare periods are the union", c.get("periods") == sorted({r["period"] for r in both}), str(c)[:300])
    check("compare empty dyad", ds and ds[2]["events"] == 0 and ds[2]["rows"] == [] and ds[2]["goldstein_mean"] is None)
    cm = ok("/api/compare?dyad=ARM,AZE&dyad=AZE,ARM&by=month&from=2024-01-01&to=2024-01-31")
    check("compare by month with dates", cm.get("periods") == ["2024-01"] and cm.get("by") == "month", str(cm)[:300])

    # The dashboard's filters select the events every summary counts.
    f = ok("/api/network?root=19,18&include_historical=1")
    check("network root list", f.get("edges") and all(x["quad"] == [0, 0, 0, x["events"]] for x in f["edges"]),
          str(f)[:300])
    f = ok("/api/network?quad_class=3,4&goldstein_max=-5&level=code")
    check("network quad_class list and Goldstein bound", all(x["quad"][0] == x["quad"][1] == 0 and
                                                             x["goldstein_mean"] <= -5 for x in f.get("edges", [])),
          str(f)[:300])
    f = ok("/api/actors/ARM?quad_class=1&include_historical=1")
    check("actor profile filtered by QuadClass", all(r["quad"][1:] == [0, 0, 0] for r in f.get("rows", [])) and
          f.get("events") == sum(1 for e in arm_events if e["quad_class"] == 1), str(f)[:300])
    f = ok("/api/overview?goldstein_max=-7&min_events=1")
    check("overview filtered by Goldstein", all(e["goldstein"] <= -7 for e in f.get("intense", [])) and
          all(r["events"] == 0 or r["goldstein_mean"] <= -7 for r in f.get("series", [])), str(f)[:300])
    f = ok("/api/compare?dyad=ARM,AZE&dyad=AZE,ARM&quad_class=4&modality=asserted")
    check("compare filtered", all(r["quad"][:3] == [0, 0, 0] for d in f.get("dyads", []) for r in d["rows"]),
          str(f)[:300])

    nine = "&".join(f"dyad=ARM,A{c}" for c in "ABCDEFGHI")
    bad = [
        ("/api/overview?by=year", 400, "by"), ("/api/overview?days=0", 400, "days"),
        ("/api/overview?days=367", 400, "days"), ("/api/overview?limit=0", 400, "limit"),
        ("/api/overview?limit=101", 413, "limit"), ("/api/overview?intensity=11", 400, "intensity"),
        ("/api/overview?intensity=-1", 400, "intensity"), ("/api/overview?level=planet", 400, "level"),
        ("/api/overview?end=2024-13-01", 400, "end"), ("/api/overview?from=2024-02-01&to=2024-01-01", 400, "from"),
        ("/api/overview?include_historical=yes", 400, "include_historical"),
        ("/api/overview?min_events=0", 400, "min_events"),
        ("/api/actors/A%20Z", 400, "code"), ("/api/actors/ARM%27%3B", 400, "code"),
        ("/api/actors/ARM?by=year", 400, "by"), ("/api/actors/ARM?limit=0", 400, "limit"),
        ("/api/actors/ARM?limit=101", 413, "limit"), ("/api/actors/ARM?level=x", 400, "level"),
        ("/api/actors/ARM?from=2023-12-31&to=2023-12-01", 400, "from"), ("/api/actors/ARM?to=2023-02-30", 400, "to"),
        ("/api/network?root=21", 400, "root"), ("/api/network?root=ab", 400, "root"),
        ("/api/network?quad_class=5", 400, "quad_class"), ("/api/network?limit=5000", 413, "limit"),
        ("/api/network?limit=0", 400, "limit"), ("/api/network?min_events=0", 400, "min_events"),
        ("/api/network?actor=%24", 400, "actor"), ("/api/network?from=soon", 400, "from"),
        ("/api/network?level=x", 400, "level"), ("/api/network?modality=maybe", 400, "modality"),
        ("/api/network?goldstein_min=11", 400, "goldstein_min"), ("/api/actors/ARM?root=0", 400, "root"),
        ("/api/overview?quad_class=1,9", 400, "quad_class"),
        ("/api/compare?dyad=ARM,AZE&dyad=X,Y&goldstein_max=x", 400, "goldstein_max"),
        ("/api/compare", 400, "dyad"), ("/api/compare?dyad=ARM,AZE", 400, "dyad"),
        ("/api/compare?dyad=ARM,AZE&dyad=ARM,AZE", 400, "dyad"),  # the same dyad twice counts once
        ("/api/compare?dyad=ARM&dyad=AZE,ARM", 400, "dyad"), ("/api/compare?dyad=ARM,AZE&dyad=A%20B,C", 400, "dyad"),
        ("/api/compare?" + nine, 413, "dyad"), ("/api/compare?dyad=ARM,AZE&dyad=X,Y&by=hour", 400, "by"),
        ("/api/compare?dyad=ARM,AZE&dyad=X,Y&from=2024-01-02&to=2024-01-01", 400, "from"),
    ]
    for path, want, param in bad:
        st, j, _, _ = get(port, path)
        check(f"{path} -> {want} naming {param}", st == want and j is not None and j.get("code") == want and
              j.get("message", "").startswith(param + ":"), f"{st} {j}")


def timeline_checks(port):
    """Issue 15 parts 4 and 11: the dense range, historical events, stories per period."""
    st, j, _, _ = get(port, "/api/dyads/ARM/AZE?by=day")
    d = j.get("dense", {}) if st == 200 else {}
    both = [r for r in j["rows"] if r["direction"] == "both"] if st == 200 else []
    check("dyad has a dense range over its periods", d.get("total") == sum(r["events"] for r in both) > 0 and
          d.get("from") == both[0]["period"] and d.get("to") == both[-1]["period"] and d.get("narrowed") is False, str(d))
    rows = {r["period"]: r for r in both}
    # Stories of the period: the example on 2023-12-09, the second story on 2024-01-15.
    check("dyad rows count the stories of their period", rows.get("2024-01-15", {}).get("stories") == 1 and
          rows.get("2023-12-09", {}).get("stories") == 1, str(rows)[:300])
    r = rows.get("2024-01-15", {})
    check("events per 1,000 stories", r.get("events_per_1000_stories") == r.get("events", 0) * 1000, str(r)[:300])
    st, j, _, _ = get(port, "/api/events?dyad=ARM,AZE&limit=1000")
    check("events carry the historical flag", st == 200 and all(e["historical"] is False for e in j["events"]),
          str(j)[:200])
    st, j1, _, _ = get(port, "/api/events?dyad=ARM,AZE&limit=1000&include_historical=1")
    check("include_historical=1 adds only historical events", st == 200 and
          {e["event_id"] for e in j["events"]} <= {e["event_id"] for e in j1["events"]}, str(st))


def filter_checks(port):
    """Issue 15 part 5: the same filters on events and dyads, lists of values."""
    st, j, _, _ = get(port, "/api/events?dyad=ARM,AZE&limit=1000")
    every = j["events"]
    cases = {
        "root=19,18": lambda e: e["root"] in ("18", "19"),
        "quad_class=3,4": lambda e: e["quad_class"] in (3, 4),
        "modality=intended": lambda e: any(m["modality"] == "intended" for m in e["mentions"]),
        "goldstein_min=-10&goldstein_max=-2": lambda e: -10 <= e["goldstein"] <= -2,
        "root=04,08&quad_class=1,2&goldstein_min=0": lambda e: e["root"] in ("04", "08") and e["goldstein"] >= 0,
    }
    for q, keep in cases.items():
        st, j, _, _ = get(port, f"/api/events?dyad=ARM,AZE&limit=1000&{q}")
        want = sorted(e["event_id"] for e in every if keep(e))
        got = sorted(e["event_id"] for e in j["events"]) if st == 200 else None
        check(f"events filter {q} selects {len(want)}", got == want, f"{st} {got} vs {want}")
        st, d, _, _ = get(port, f"/api/dyads/ARM/AZE?{q}")
        counted = sum(r["events"] for r in d["rows"] if r["direction"] == "both") if st == 200 else None
        check(f"dyad filter {q} counts the same", counted == len(want), f"{st} {counted} vs {len(want)}")
    check("some filter selects something and some leaves events out",
          any(keep(e) for e in every for keep in cases.values()) and
          not all(keep(e) for e in every for keep in cases.values()))
    bad = ["root=21", "root=1,,2", "root=x", "quad_class=5", "quad_class=1,9", "modality=maybe", "goldstein_min=11",
           "goldstein_max=abc", "goldstein_min=5&goldstein_max=-5", "from=2024-02-01&to=2024-01-01",
           "include_historical=yes"]
    for q in bad:
        for path in (f"/api/events?{q}", f"/api/dyads/ARM/AZE?{q}"):
            st, j, _, _ = get(port, path)
            name = q.split("=")[0]
            check(f"{path} -> 400 naming {name}", st == 400 and j and j.get("code") == 400 and
                  name in j.get("message", ""), f"{st} {j}")


def export_checks(port):
    """Issue 15 part 5: the selection as CSV, JSONL and the GDELT 2.0 event layout."""
    st, j, _, _ = get(port, "/api/events?dyad=ARM,AZE&limit=1000")
    ids = [e["event_id"] for e in j["events"]]
    st, _, data, ctype = request(port, "GET", "/api/events?dyad=ARM,AZE&format=csv")
    lines = data.decode().split("\r\n")
    check("csv export", st == 200 and ctype.startswith("text/csv") and lines[0].startswith("event_id,date,source"),
          f"{st} {ctype} {lines[:1]}")
    import csv
    import io
    rows = list(csv.DictReader(io.StringIO(data.decode(), newline="")))
    check("csv has every event of the selection, newest first", [int(r["event_id"]) for r in rows] == ids,
          f"{[r['event_id'] for r in rows]} vs {ids}")
    check("csv carries names and evidence", all(r["name"] and r["evidence"] for r in rows), str(rows[:1]))
    st, _, data, ctype = request(port, "GET", "/api/events?dyad=ARM,AZE&format=jsonl&mentions_limit=1")
    recs = [json.loads(x) for x in data.decode().splitlines()]
    check("jsonl export", st == 200 and ctype.startswith("application/x-ndjson") and
          [r["event_id"] for r in recs] == ids and all(len(r["mentions"]) <= 1 for r in recs), f"{st} {ctype}")
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    conn.request("GET", "/api/events?dyad=ARM,AZE&format=gdelt&root=19")
    r = conn.getresponse()
    data = r.read()
    disposition = r.getheader("Content-Disposition", "")
    conn.close()
    gl = data.decode().splitlines()
    cols = [x.split("\t") for x in gl]
    want = [e for e in j["events"] if e["root"] == "19"]
    check("gdelt export: 61 tab-separated columns per event", r.status == 200 and len(gl) == len(want) and
          all(len(c) == 61 for c in cols), f"{r.status} {len(gl)} vs {len(want)}")
    check("gdelt export columns", all(c[0] == str(e["event_id"]) and c[1] == e["date"].replace("-", "") and
                                      c[5] == e["source"] and c[15] == e["target"] and c[26] == e["code"] and
                                      c[28] == e["root"] and c[29] == str(e["quad_class"]) for c, e in zip(cols, want)),
          str(cols[:1]))
    check("gdelt export is a download", "attachment" in disposition and "parley-events.tsv" in disposition, disposition)
    st, _, _, _ = request(port, "GET", "/api/events?dyad=ARM,AZE&format=csv&limit=1")
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    conn.request("GET", "/api/events?dyad=ARM,AZE&format=csv&limit=1")
    r = conn.getresponse()
    body = r.read().decode()
    check("export pages with X-Next-Cursor", r.status == 200 and body.count("\r\n") == 2 and
          r.getheader("X-Next-Cursor"), f"{r.status} {r.getheader('X-Next-Cursor')}")
    conn.close()
    for path, want in [("/api/events?format=xml", 400), ("/api/events?format=csv&limit=200000", 413),
                       ("/api/events?format=csv&root=99", 400)]:
        st, j, _, _ = get(port, path)
        check(f"{path} -> {want}", st == want and j and j.get("code") == want and j.get("message"), f"{st} {j}")


def paste_checks(port):
    """Issue 15 part 3: a `date` line as `parley code` reads it; storing needs --writable."""
    text = "date 2024-05-06\nArmenia and Azerbaijan held talks in Washington on Monday."
    for body, ctype in [(json.dumps({"text": text}), "application/json"), (text, "text/plain")]:
        st, j, _, _ = request(port, "POST", "/api/code", body, {"Content-Type": ctype})
        check(f"code ({ctype}) reads the date line", st == 200 and j["date"] == "2024-05-06" and j["events"], str(j)[:300])
        check(f"code ({ctype}) keeps the date line out of evidence", st == 200 and
              all("date 2024" not in e["evidence"]["text"] and "date 2024" not in "".join(p["text"] for p in e["parts"])
                  for e in j["events"]), str(j)[:400])
    st, j, _, _ = request(port, "POST", "/api/code", json.dumps({"text": text, "date": "2024-05-07"}),
                          {"Content-Type": "application/json"})
    check("a date beside the text wins over its date line", st == 200 and j["date"] == "2024-05-07", str(j)[:200])
    st, j, _, _ = request(port, "POST", "/api/code", json.dumps({"text": "date 2024-02-31\nArmenia spoke."}),
                          {"Content-Type": "application/json"})
    check("a bad date line is 400 naming it", st == 400 and "2024-02-31" in j.get("message", ""), f"{st} {j}")
    st, j, _, _ = request(port, "POST", "/api/stories", json.dumps({"text": text}), {"Content-Type": "application/json"})
    check("POST /api/stories on a read-only server is 403", st == 403 and j["code"] == 403 and
          "--writable" in j["message"], f"{st} {j}")


def matched_texts(hit):
    """The texts of a search hit's matches (byte ranges of its evidence)."""
    raw = hit["mentions"][0]["evidence"]["text"].encode()
    return [raw[m["start"]:m["end"]].decode() for m in hit["matches"]]


def search_checks(port):
    """Issue 15 part 10: GET /api/search over evidence sentences and titles."""
    st, j, _, _ = get(port, "/api/search?q=release")
    hits = j["sentences"] if st == 200 else []
    check("search 200 with sentence hits", st == 200 and len(hits) >= 2, f"{st} {str(j)[:300]}")
    check("search hits are event records with a name and one mention",
          all(h["event_id"] and h["name"] and len(h["mentions"]) == 1 and h["corrected"] is False for h in hits),
          str(hits[:1])[:300])
    check("search matches are byte ranges of the evidence holding the (stemmed) word",
          all(matched_texts(h) and all(t.lower().startswith("releas") for t in matched_texts(h)) for h in hits),
          str([matched_texts(h) for h in hits]))
    parts_ok = all("".join(p["text"] for p in h["mentions"][0]["parts"]) == h["mentions"][0]["evidence"]["text"]
                   and [p["text"] for p in h["mentions"][0]["parts"] if p["match"]] == matched_texts(h)
                   and {"source", "event"} & {p["role"] for p in h["mentions"][0]["parts"]} for h in hits)
    check("search parts join to the evidence; matched parts are the matches; roles kept", parts_ok)
    st, j, _, _ = get(port, "/api/search?q=" + urllib.parse.quote('"prisoner release"'))
    check("search phrase", st == 200 and j["sentences"] and
          all(matched_texts(h) == ["prisoner release"] for h in j["sentences"]), str(j)[:300])
    st, j, _, _ = get(port, "/api/search?q=soldier*")
    check("search prefix", st == 200 and j["sentences"] and
          all(t.lower().startswith("soldier") for h in j["sentences"] for t in matched_texts(h)), str(j)[:300])
    st, j, _, _ = get(port, "/api/search?q=" + urllib.parse.quote("release -Armenian"))
    check("search excludes -words", st == 200 and j["sentences"] and
          all("Armenian" not in h["mentions"][0]["evidence"]["text"] for h in j["sentences"]), str(j)[:300])
    st, j, _, _ = get(port, "/api/search?q=" + urllib.parse.quote("shelling OR attacked"))
    check("search OR", st == 200 and {h["mentions"][0]["story_id"] for h in j["sentences"]} == {"second story/1"},
          str(j)[:300])
    st, j, _, _ = get(port, "/api/search?q=talks&dyad=AZE,ARM&from=2023-12-01&to=2023-12-31")
    check("search takes dyad and dates", st == 200 and j["sentences"] and all(
        {h["source"][:3], h["target"][:3]} == {"ARM", "AZE"} and "2023-12" in h["date"] for h in j["sentences"]),
          str(j)[:300])
    st, j, _, _ = get(port, "/api/search?q=Armenia&sort=date&limit=100")
    dates = [h["date"] for h in j["sentences"]] if st == 200 else []
    check("search sort=date: newest first", dates and dates == sorted(dates, reverse=True), str(dates))
    everything = [h["event_id"] for h in j["sentences"]] if st == 200 else []
    seen, offset = [], 0
    while offset is not None and len(seen) < 200:
        st, page, _, _ = get(port, f"/api/search?q=Armenia&sort=date&limit=2&offset={offset}")
        if st != 200:
            break
        seen += [h["event_id"] for h in page["sentences"]]
        offset = page["next_offset"]
    check("search pages with offset/next_offset", seen == everything and len(seen) > 2, f"{seen} vs {everything}")
    st, j, _, _ = get(port, "/api/search?q=parley&in=titles")
    titles = j["titles"] if st == 200 else []
    check("search titles with highlights", st == 200 and j["sentences"] == [] and [t["story_id"] for t in titles] ==
          ["armenia_azerbaijan"] and titles[0]["title"] == "parley example story" and titles[0]["events"] > 0 and
          [p["text"] for p in titles[0]["parts"] if p["match"]] == ["parley"] and
          titles[0]["matches"] == [{"start": 0, "end": 6}], str(j)[:300])
    st, j, _, _ = get(port, "/api/search?q=parley&in=sentences")
    check("search in=sentences leaves titles out", st == 200 and j["titles"] == [], str(j)[:300])
    bad = [("", 400, "q"), ("q=", 400, "q"), ("q=%20%20", 400, "q"), ("q=%22peace", 400, "q"), ("q=*", 400, "q"),
           ("q=peace%20OR", 400, "q"), ("q=-peace", 400, "q"), ("q=" + "a" * 257, 400, "q"), ("q=a%01", 400, "q"),
           ("q=caf%C3", 400, "q"), ("q=%26%26", 400, "q"), ("q=a&limit=0", 400, "limit"),
           ("q=a&limit=101", 413, "limit"), ("q=a&offset=-1", 400, "offset"), ("q=a&offset=10001", 400, "offset"),
           ("q=a&in=body", 400, "in"), ("q=a&sort=random", 400, "sort"), ("q=a&dyad=ARM", 400, "dyad"),
           ("q=a&from=soon", 400, "from"), ("q=a&root=99", 400, "root"), ("q=a&actor=%24", 400, "actor")]
    for query, want, param in bad:
        st, j, _, _ = get(port, "/api/search?" + query)
        check(f"/api/search?{query[:40]} -> {want} naming {param}", st == want and j is not None and
              j.get("code") == want and j.get("message", "").startswith(param + ":"), f"{st} {j}")


def read_only_correction_checks(port):
    """Issue 15 part 12 on a read-only server: corrections are read, never written."""
    st, j, _, _ = get(port, "/api/events?limit=1")
    eid = j["events"][0]["event_id"]
    check("event records say corrected: false", j["events"][0]["corrected"] is False and
          j["events"][0]["correction"] is None, str(j["events"][0])[:300])
    st, j, _, _ = request(port, "POST", f"/api/events/{eid}/corrections", json.dumps({"author": "ana", "wrong": True}),
                          {"Content-Type": "application/json"})
    check("POST a correction on a read-only server is 403", st == 403 and "--writable" in j.get("message", ""),
          f"{st} {j}")
    st, j, _, _ = get(port, f"/api/events/{eid}/corrections")
    check("GET an event's corrections: none yet", st == 200 and j == {"event_id": eid, "corrections": []}, f"{st} {j}")
    st, j, _, _ = get(port, f"/api/events/{eid}")
    check("GET /api/events/{id}", st == 200 and j["event_id"] == eid and j["mentions"], f"{st} {str(j)[:200]}")
    for path, want in [("/api/events/999999/corrections", 404), ("/api/events/abc/corrections", 400),
                       ("/api/events/999999", 404), ("/api/events/0", 400)]:
        st, j, _, _ = get(port, path)
        check(f"{path} -> {want}", st == want and j and j.get("code") == want, f"{st} {j}")
    st, j, _, _ = get(port, "/api/health")
    check("health: not writable, no corrections", j.get("writable") is False and j.get("corrections") == 0, str(j))


def correction_checks(port):
    """Issue 15 part 12 with --writable: corrections stored apart and shown everywhere."""
    post = lambda eid, body: request(port, "POST", f"/api/events/{eid}/corrections", json.dumps(body),
                                     {"Content-Type": "application/json"})
    _, j, _, _ = get(port, "/api/events?dyad=AZE,ARM&limit=1000")
    # "Azerbaijan will release 32 Armenian soldiers": AZE -> ARMMIL
    fix = next(e for e in j["events"] if e["source"] == "AZE" and e["target"] == "ARMMIL")
    _, j, _, _ = get(port, "/api/events?dyad=AZE,ARM&code=19&limit=10&include_historical=1")
    wrong = j["events"][0]
    st, j, _, _ = post(fix["event_id"], {"author": "ana", "reason": "soldiers: the army", "target": "armmil",
                                         "code": "0353"})  # the same target, written in lower case
    check("--writable: POST a correction is 201", st == 201 and j["correction"]["author"] == "ana" and
          j["correction"]["target"] == "ARMMIL" and j["correction"]["name"] and
          j["correction"]["created_at"].endswith("Z") and j["event"]["corrected"] is True and
          j["event"]["correction"]["correction_id"] == j["correction"]["correction_id"], f"{st} {str(j)[:400]}")
    st, j, _, _ = post(fix["event_id"], {"author": "ben", "code": "0354", "reason": None})
    check("--writable: a second correction of the same event", st == 201, f"{st} {j}")
    st, j, _, _ = post(wrong["event_id"], {"author": "ana", "wrong": True, "reason": "not an attack"})
    check("--writable: mark an event wrong", st == 201 and j["event"]["correction"]["wrong"] is True, f"{st} {j}")
    st, j, _, _ = get(port, f"/api/events/{fix['event_id']}/corrections")
    check("GET corrections: newest first, the history kept", st == 200 and
          [c["author"] for c in j["corrections"]] == ["ben", "ana"] and j["corrections"][0]["code"] == "0354",
          f"{st} {j}")
    st, j, _, _ = get(port, "/api/events?dyad=AZE,ARM&limit=1000&include_historical=1")
    by_id = {e["event_id"]: e for e in j["events"]}
    f, w = by_id[fix["event_id"]], by_id[wrong["event_id"]]
    check("events list: the latest correction beside the machine codes", f["corrected"] and
          f["correction"]["author"] == "ben" and f["correction"]["code"] == "0354" and f["code"] == fix["code"] and
          f["target"] == fix["target"] and w["correction"]["wrong"] is True, str(f)[:400])
    check("events list: others not corrected", all(not e["corrected"] for i, e in by_id.items()
                                                   if i not in (fix["event_id"], wrong["event_id"])))
    st, s, _, _ = get(port, "/api/stories/armenia_azerbaijan")
    check("story view shows the correction", any(e["event_id"] == fix["event_id"] and e["corrected"] and
                                                 e["correction"]["code"] == "0354" for e in s["events"]), str(st))
    st, o, _, _ = get(port, "/api/overview?end=2024-01-15&intensity=7")
    check("overview's events show the correction", any(e["event_id"] == wrong["event_id"] and
                                                       e["correction"]["wrong"] for e in o["intense"]),
          str(o.get("intense"))[:300])
    st, j, _, _ = get(port, "/api/search?q=release&limit=100")
    check("search hits show the correction", any(h["event_id"] == fix["event_id"] and h["corrected"]
                                                 for h in j["sentences"]), str(st))
    st, _, data, _ = request(port, "GET", "/api/events?dyad=AZE,ARM&format=csv&limit=1000&include_historical=1")
    import csv
    import io
    rows = {int(r["event_id"]): r for r in csv.DictReader(io.StringIO(data.decode(), newline=""))}
    check("csv export: corrected columns", rows[fix["event_id"]]["corrected"] == "fixed" and
          rows[fix["event_id"]]["corrected_code"] == "0354" and rows[wrong["event_id"]]["corrected"] == "wrong" and
          all(r["corrected"] == "" for i, r in rows.items() if i not in (fix["event_id"], wrong["event_id"])),
          str(rows.get(fix["event_id"]))[:400])
    st, _, data, _ = request(port, "GET", "/api/events?dyad=AZE,ARM&format=jsonl&limit=1000&include_historical=1")
    recs = {r["event_id"]: r for r in map(json.loads, data.decode().splitlines())}
    check("jsonl export: the correction", recs[fix["event_id"]]["correction"]["code"] == "0354", str(st))
    st, h, _, _ = get(port, "/api/health")
    check("health: writable, three corrections", h["writable"] is True and h["corrections"] == 3, str(h))
    eid = fix["event_id"]
    bad = [("{not json", 400, "correction body"), ("[]", 400, "correction body"),
           ('{"author": "ana", "wrong": true, "x": 1}', 400, "unknown field"),
           ('{"author": "ana", "code": "0849"}', 400, "code"), ('{"author": "ana", "code": "abc"}', 400, "code"),
           ('{"author": "ana", "source": "A B"}', 400, "source"), ('{"author": "ana", "target": 5}', 400, "target"),
           ('{"wrong": true}', 400, "author"), ('{"author": "' + "a" * 65 + '", "wrong": true}', 400, "author"),
           ('{"author": "ana", "wrong": true, "reason": "' + "r" * 2001 + '"}', 400, "reason"),
           ('{"author": "ana", "wrong": "yes"}', 400, "wrong"), ('{"author": "ana"}', 400, "nothing to correct"),
           ('{"author": "ana", "wrong": true, "code": "190"}', 400, "wrong"),
           ('{"author": "ana", "wrong": true, "reason": "' + "r" * 20000 + '"}', 413, "correction body")]
    for body, want, starts in bad:
        st, j, _, _ = request(port, "POST", f"/api/events/{eid}/corrections", body, {"Content-Type": "application/json"})
        check(f"POST correction {body[:40]!r} -> {want}", st == want and j and j.get("code") == want and
              j.get("message", "").startswith(starts), f"{st} {j}")
    for ctype in ["text/plain", "application/x-www-form-urlencoded", None]:
        st, j, _, _ = request(port, "POST", f"/api/events/{eid}/corrections", '{"author": "ana", "wrong": true}',
                              {"Content-Type": ctype} if ctype else {})
        check(f"POST a correction as {ctype} -> 415 (no cross-site form can correct)", st == 415 and j and
              j.get("code") == 415 and "application/json" in j.get("message", ""), f"{st} {j}")
    for path, want in [("/api/events/999999/corrections", 404), ("/api/events/x1/corrections", 400)]:
        st, j, _, _ = request(port, "POST", path, '{"author": "ana", "wrong": true}', {"Content-Type": "application/json"})
        check(f"POST {path} -> {want}", st == want and j and j.get("code") == want, f"{st} {j}")
    st, h, _, _ = get(port, "/api/health")
    check("refused corrections store nothing", h["corrections"] == 3, str(h))


def writable_checks(db, tmp):
    """`parley serve --writable`: POST /api/stories stores a pasted story once."""
    copy = os.path.join(tmp, "writable.db")
    shutil.copy(db, copy)
    server = subprocess.Popen([PARLEY, "serve", "--db", copy, "--port", "0", "--writable", "--web", ""],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline().strip().rstrip("/").rsplit(":", 1)[1])
        text = "date 2024-05-06\nArmenia and Azerbaijan held talks in Washington on Monday."
        st, j, _, _ = request(port, "POST", "/api/stories", json.dumps({"text": text}),
                              {"Content-Type": "application/json"})
        check("--writable: POST /api/stories is 201 and stored", st == 201 and j.get("stored") is True and
              j["id"].startswith("pasted-") and j["date"] == "2024-05-06" and j["events"], f"{st} {str(j)[:300]}")
        sid = j.get("id", "x")
        st, h, _, _ = get(port, "/api/health")
        check("--writable: the store has one more story", h["stories"] == 3, str(h))
        st, s, _, _ = get(port, "/api/stories/" + urllib.parse.quote(sid, safe=""))
        check("--writable: the stored story is served with its date", st == 200 and s["date"] == "2024-05-06" and
              s["events"], f"{st} {str(s)[:200]}")
        st, d, _, _ = get(port, "/api/dyads/ARM/AZE?from=2024-05-06&to=2024-05-06")
        check("--writable: its events are in the dyad series", st == 200 and d["rows"], str(d)[:200])
        st, j, _, _ = request(port, "POST", "/api/stories", json.dumps({"text": text}),
                              {"Content-Type": "application/json"})
        check("--writable: the same story again is 409", st == 409 and "already stored" in j.get("message", ""),
              f"{st} {j}")
        st, j, _, _ = request(port, "POST", "/api/stories", "{bad", {"Content-Type": "application/json"})
        check("--writable: a bad body is 400", st == 400, f"{st} {j}")
        correction_checks(port)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
