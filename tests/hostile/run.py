#!/usr/bin/env python3
"""Hostile-client tests for `parley serve` (issue 20: D1-D5, D11-D16, D18; issue 15: a
busy port, missing dashboard files). Loopback only, bounded in count and time (about
30 s). Each check names the defect it guards. Usage: tests/hostile/run.py path/to/parley"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

PARLEY = sys.argv[1]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "lib"))
import checks  # noqa: E402
from checks import check, finish, stub_dashboard  # noqa: E402

checks.verbose = True


def raw(port, data, timeout=5.0, read=True):
    """Sends bytes on a fresh connection; returns everything read until close or timeout."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(data)
        out = b""
        if read:
            try:
                while chunk := s.recv(65536):
                    out += chunk
            except (socket.timeout, ConnectionResetError):
                pass
        return out
    finally:
        s.close()


def status_of(resp):
    try:
        return int(resp.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return 0


def body_of(resp):
    return resp.split(b"\r\n\r\n", 1)[1] if b"\r\n\r\n" in resp else b""


def get(port, path, host="127.0.0.1", timeout=5.0):
    r = raw(port, f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode(), timeout)
    return status_of(r), r


def get_json(port, path):
    st, r = get(port, path)
    return st, json.loads(body_of(r)) if st else None


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0


def start(args, web):
    p = subprocess.Popen([PARLEY, "serve", "--port", "0", "--web", web] + args,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = p.stdout.readline()
    if not line.startswith("listening on"):
        raise SystemExit(f"server did not start: {line} {p.stderr.read()}")
    return p, int(line.strip().rstrip("/").rsplit(":", 1)[1])


def make_data(tmp):
    """A database with the example plus one event mentioned by 12 stories (D18)."""
    db = os.path.join(tmp, "h.db")
    extra = os.path.join(tmp, "extra.jsonl")
    with open(extra, "w") as f:
        for i in range(12):
            f.write(json.dumps({"id": f"dup{i}", "date": "2024-02-01",
                                "text": f"Russia expelled two British diplomats. This is report number {i}."}) + "\n")
    subprocess.run([PARLEY, "ingest", "-q", "--db", db, os.path.join(ROOT, "examples", "armenia_azerbaijan.txt"),
                    extra], check=True)
    web = stub_dashboard(ROOT, tmp)
    with open(os.path.join(web, ".secret"), "w") as f:
        f.write("dotfile")
    return db, web


def test_cache_key(port):
    # D4: an encoded query must not fill the entry the plain query reads.
    get(port, "/api/events?actor%3DAZE%26limit=1")
    st, j = get_json(port, "/api/events?actor=AZE&limit=1")
    ev = j.get("events", []) if j else []
    check("D4 encoded query cannot poison the cache", st == 200 and len(ev) == 1 and
          "AZE" in (ev[0]["source"] + ev[0]["target"]), f"{st} {len(ev)} events")


def test_mentions_limit(port):
    # D18: mentions are bounded per event, the total is kept.
    st, j = get_json(port, "/api/events?actor=RUS")
    e = j["events"][0] if st == 200 and j["events"] else {}
    check("D18 mentions default 10, total kept", len(e.get("mentions", [])) == 10 and e.get("mentions_total") == 12,
          str({k: e.get(k) for k in ("mentions_total", "num_mentions")}))
    st, j = get_json(port, "/api/events?actor=RUS&mentions_limit=2")
    check("D18 mentions_limit=2", st == 200 and len(j["events"][0]["mentions"]) == 2)
    st, _ = get(port, "/api/events?mentions_limit=0")
    check("D18 mentions_limit=0 is 400", st == 400)


def test_body_caps(port, pid):
    # D2: a 60 MB chunked body is refused with 413 before it is read; memory stays small.
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(b"POST /api/code HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
              b"Transfer-Encoding: chunked\r\n\r\n")
    chunk = b"%x\r\n" % 65536 + b"A" * 65536 + b"\r\n"
    sent, resp, t0 = 0, b"", time.time()
    try:
        while sent < 60_000_000:
            s.sendall(chunk)
            sent += 65536
            s.settimeout(0.0)
            try:
                resp = s.recv(65536)
                if resp:
                    break
            except BlockingIOError:
                pass
            s.settimeout(10)
    except (BrokenPipeError, ConnectionResetError):
        pass
    if not resp:
        s.settimeout(5)
        try:
            resp = s.recv(65536)
        except OSError:
            pass
    s.close()
    check("D2 chunked body over the cap -> 413", status_of(resp) == 413, resp[:60])
    check("D2 refused early (< 16 MB of 60 sent)", sent < 16_000_000, f"{sent} bytes sent")
    rss = peak_rss_mb(pid)
    check("D2 peak RSS under 300 MB", rss < 300, f"{rss:.0f} MB")
    print(f"  chunked: refused after {sent / 1e6:.1f} MB sent, {time.time() - t0:.2f} s; server peak RSS {rss:.0f} MB")
    # D5: an oversized Content-Length is refused at once, without the body.
    t0 = time.time()
    r = raw(port, b"POST /api/code HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000000\r\n\r\n", timeout=5)
    check("D5 oversized Content-Length -> 413 at once", status_of(r) == 413 and time.time() - t0 < 2,
          f"{r[:40]} {time.time() - t0:.1f}s")
    # D2: a POST without Content-Length or chunked is refused (no read-to-close bodies).
    r = raw(port, b"POST /api/code HTTP/1.1\r\nHost: localhost\r\n\r\n" + b"x" * 1000, timeout=5)
    check("D2 length-less POST -> 411", status_of(r) == 411, r[:40])
    # D13: strict framing.
    for name, head in [("duplicate", b"Content-Length: 5\r\nContent-Length: 5\r\n"),
                       ("conflicting", b"Content-Length: 5\r\nContent-Length: 6\r\n"),
                       ("with chunked", b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n"),
                       ("not a number", b"Content-Length: 5x\r\n")]:
        r = raw(port, b"POST /api/code HTTP/1.1\r\nHost: localhost\r\n" + head + b"\r\nhello", timeout=5)
        check(f"D13 {name} Content-Length -> 400", status_of(r) == 400, r[:40])


def test_coding_limit(port):
    # D16: at most --max-coding (1 in this run) stories coded at once; the others get 503.
    text = open(os.path.join(ROOT, "examples", "armenia_azerbaijan.txt"), "rb").read()
    body = (text * (200_000 // len(text) + 1))[:200_000]
    head = (f"POST /api/code HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
    codes = []

    def one():
        codes.append(status_of(raw(port, head + body, timeout=60)))

    threads = [threading.Thread(target=one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check("D16 concurrent coding capped: 200 and 503 only, at least one of each",
          set(codes) == {200, 503}, str(sorted(codes)))


def test_coding_deadline(db, web):
    # D16: one story's coding time is bounded (--max-coding-seconds): past it, 503 with a
    # message, and the worker is free again.
    server, port = start(["--db", db, "--max-coding-seconds", "0.05"], web)
    try:
        text = open(os.path.join(ROOT, "examples", "armenia_azerbaijan.txt"), "rb").read()
        body = (text * (900_000 // len(text) + 1))[:900_000]
        head = (f"POST /api/code HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
        t0 = time.time()
        r = raw(port, head + body, timeout=60)
        took = time.time() - t0
        check("D16 coding past --max-coding-seconds -> 503 naming the limit",
              status_of(r) == 503 and b"max-coding-seconds" in body_of(r), r[:200])
        check("D16 the deadline stops the work (under 3 s for 900 KB)", took < 3, f"{took:.2f} s")
        small = (f"POST /api/code HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                 f"Content-Length: {len(text)}\r\nConnection: close\r\n\r\n").encode() + text
        check("D16 a short story still codes under the deadline", status_of(raw(port, small, timeout=30)) == 200)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_headers(port):
    # D3: header count and size.
    t0 = time.time()
    r = raw(port, b"GET /api/health HTTP/1.1\r\nHost: localhost\r\n" + b"X-A: b\r\n" * 1000 + b"\r\n")
    check("D3 1000 headers -> 431", status_of(r) == 431, r[:40])
    r = raw(port, b"GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-A: " + b"b" * 100000 + b"\r\n\r\n")
    check("D3 100 KB header -> 431", status_of(r) == 431 and time.time() - t0 < 3, r[:40])


def test_pipelining(port):
    # D11: three requests in one write get three answers, in order.
    reqs = b"".join(f"GET {p} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode()
                    for p in ["/api/health", "/api/events?limit=1", "/api/nope"])
    reqs += b"GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    r = raw(port, reqs, timeout=5)
    codes = [int(part[:3]) for part in r.split(b"HTTP/1.1 ")[1:]]
    check("D11 pipelined requests answered in order", codes == [200, 200, 404, 200], str(codes))


def test_static(port):
    # D12: only the dashboard's own files.
    st, r = get(port, "/")
    check("D12 dashboard page served", st == 200 and b"text/html" in r.split(b"\r\n\r\n")[0])
    for path in ["/app.js%00.html", "/.secret", "/%2esecret", "/node_modules/uplot/dist/uPlot.min.css",
                 "/vendor/../app.js", "/app.js/"]:
        st, r = get(port, path)
        check(f"D12 {path} not served", st == 404 and b"dotfile" not in r, f"{st}")
    st, _ = get(port, "/vendor/uPlot.min.css")
    check("D12 vendor file served", st == 200)


def test_host(port):
    # D14: Host allow-list.
    st, _ = get(port, "/api/health", host="evil.example")
    check("D14 foreign Host -> 421", st == 421, str(st))
    st, _ = get(port, "/api/health", host=f"localhost:{port}")
    check("D14 localhost:port allowed", st == 200, str(st))
    st, _ = get(port, "/api/health", host="parley.test")
    check("D14 --allow-host name allowed", st == 200, str(st))
    r = raw(port, b"GET /api/health HTTP/1.1\r\n\r\n")
    check("D14 no Host -> 400", status_of(r) == 400, r[:40])


def test_backlog(port):
    # D15: a burst of 300 connections, each accepted promptly.
    socks, slow = [], 0
    for _ in range(300):
        t0 = time.time()
        try:
            socks.append(socket.create_connection(("127.0.0.1", port), timeout=3))
        except OSError:
            slow += 1
        if time.time() - t0 > 0.5:
            slow += 1
    for s in socks:
        s.close()
    check("D15 300 connects, none slow", slow == 0, f"{slow} slow")


def test_client_limit(port):
    # Per-client connection limit (--max-client-connections 120 in this run).
    time.sleep(0.5)  # the server has seen the earlier tests' connections close
    socks = [socket.create_connection(("127.0.0.1", port), timeout=3) for _ in range(125)]
    time.sleep(0.3)
    refused = 0
    for s in socks:
        s.settimeout(0.05)
        try:
            if s.recv(200).startswith(b"HTTP/1.1 503"):
                refused += 1
        except (socket.timeout, ConnectionResetError):
            pass
    for s in socks:
        s.close()
    check("per-client limit: connections past 120 get 503", refused == 5, f"{refused} refused")


def test_slow_clients(port):
    # D1: 100 slow-header and 15 slow-body connections for 12 s; /api/health within 2 s.
    stop = time.time() + 12
    slow = []
    for i in range(115):
        s = socket.create_connection(("127.0.0.1", port), timeout=3)
        if i < 100:
            s.sendall(b"GET /api/health HTTP/1.1\r\nHost: localhost\r\n")
        else:
            s.sendall(b"POST /api/code HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n")
        slow.append(s)

    def trickle():
        while time.time() < stop:
            for s in slow:
                try:
                    s.sendall(b"X-a: b\r\n" if slow.index(s) < 100 else b"a")
                except OSError:
                    pass
            time.sleep(1)

    t = threading.Thread(target=trickle)
    t.start()
    worst, fails = 0.0, 0
    while time.time() < stop:
        t0 = time.time()
        try:
            st, _ = get(port, "/api/health", timeout=2)
        except OSError:
            st = 0
        dt = time.time() - t0
        worst = max(worst, dt)
        fails += st != 200 or dt > 2
        time.sleep(0.25)
    t.join()
    print(f"  slow clients: worst /api/health {worst * 1000:.0f} ms")
    check("D1 /api/health within 2 s during 115 slow connections", fails == 0, f"{fails} failures, worst {worst:.2f}s")
    closed = 0
    for s in slow:
        s.settimeout(0.2)
        try:
            data = s.recv(65536)
            closed += data == b"" or data.startswith(b"HTTP/1.1 408")
        except (socket.timeout, ConnectionResetError):
            closed += 0
        except OSError:
            closed += 1
        s.close()
    check("D1 slow requests cut at the 10 s deadline (408)", closed == 115, f"{closed} of 115")


def test_shutdown(server):
    # D1 / issue 15: SIGTERM with slow clients connected stops within 1 s.
    port = server[1]
    socks = [socket.create_connection(("127.0.0.1", port), timeout=3) for _ in range(50)]
    for s in socks:
        s.sendall(b"GET /api/health HTTP/1.1\r\n")
    t0 = time.time()
    server[0].send_signal(signal.SIGTERM)
    try:
        rc = server[0].wait(timeout=5)
    except subprocess.TimeoutExpired:
        rc = "still running after 5 s"
    dt = time.time() - t0
    for s in socks:
        s.close()
    print(f"  shutdown: {dt * 1000:.0f} ms")
    check("SIGTERM stops within 1 s, exit 0", rc == 0 and dt < 1.0, f"rc {rc}, {dt:.2f}s")


def test_startup(db, web, tmp):
    # Issue 15: a busy port is an error; a dashboard without its chart files does not start.
    p, port = start(["--db", db], web)
    second = subprocess.Popen([PARLEY, "serve", "--db", db, "--port", str(port), "--web", web],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _, err = second.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        second.kill()
        _, err = second.communicate()
    check("busy port: exit 1, 'port N is in use'", second.returncode == 1 and f"port {port} is in use" in err,
          f"{second.returncode} {err.strip()}")
    p.terminate()
    p.wait(timeout=60)
    bare = os.path.join(tmp, "bare_web")
    os.makedirs(bare)
    shutil.copy(os.path.join(ROOT, "web", "index.html"), bare)
    try:
        r = subprocess.run([PARLEY, "serve", "--db", db, "--port", "0", "--web", bare],
                           capture_output=True, text=True, timeout=10)
    except subprocess.TimeoutExpired as e:
        r = subprocess.CompletedProcess(e.cmd, -1, "", "still running after 10 s")
    check("missing uPlot: exit 2 naming the file and make web",
          r.returncode == 2 and "uPlot.iife.min.js" in r.stderr and "make web" in r.stderr, r.stderr.strip())


def main():
    tmp = tempfile.mkdtemp(prefix="parley_hostile_")
    db, web = make_data(tmp)
    test_startup(db, web, tmp)
    test_coding_deadline(db, web)
    server = start(["--db", db, "--allow-host", "parley.test", "--max-client-connections", "120",
                            "--max-coding", "1"], web)
    port = server[1]
    try:
        test_cache_key(port)
        test_mentions_limit(port)
        test_headers(port)
        test_pipelining(port)
        test_static(port)
        test_host(port)
        test_body_caps(port, server[0].pid)
        test_coding_limit(port)
        test_backlog(port)
        test_client_limit(port)
        test_slow_clients(port)
        test_shutdown(server)
    finally:
        if server[0].poll() is None:
            server[0].kill()
            server[0].wait()
        shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(finish("hostile tests"))


if __name__ == "__main__":
    main()
