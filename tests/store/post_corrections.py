#!/usr/bin/env python3
"""Stores two corrections in an event store the way an analyst does, through
`parley serve --writable` (tests/store/run.sh and pg.sh then turn them into a gold file
with `parley eval --corrections`): the example's AZE->ARMMIL event ("Azerbaijan will release 32 Armenian soldiers") gets the
code 0354 and the target ARMGOV; the example's ARM->AZE 051 event is marked wrong.
Prints the two event ids. Usage: post_corrections.py PARLEY DB"""
import http.client
import json
import subprocess
import sys

parley, db = sys.argv[1], sys.argv[2]
server = subprocess.Popen([parley, "serve", "--db", db, "--port", "0", "--web", "", "--writable"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
try:
    port = int(server.stdout.readline().strip().rstrip("/").rsplit(":", 1)[1])

    def call(method, path, body=None):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        conn.request(method, path, body=json.dumps(body) if body else None,
                     headers={"Content-Type": "application/json"})
        r = conn.getresponse()
        data = json.loads(r.read())
        conn.close()
        return r.status, data

    _, j = call("GET", "/api/events?dyad=AZE,ARM&limit=1000&include_historical=1")
    fix = next(e for e in j["events"] if (e["source"], e["target"]) == ("AZE", "ARMMIL"))
    wrong = next(e for e in j["events"] if (e["source"], e["target"], e["code"]) == ("ARM", "AZE", "051"))
    st1, _ = call("POST", f"/api/events/{fix['event_id']}/corrections",
                  {"author": "ana", "reason": "a release, not an intent", "code": "0354", "target": "ARMGOV"})
    st2, _ = call("POST", f"/api/events/{wrong['event_id']}/corrections", {"author": "ben", "wrong": True})
    if (st1, st2) != (201, 201):
        sys.exit(f"corrections not stored: {st1} {st2}")
    print(fix["event_id"], wrong["event_id"])
finally:
    server.terminate()
    server.wait(timeout=10)
