"""Shared helpers of the Python test suites (tests/api, tests/hostile), as
tests/lib/checks.sh is for the shell ones. Use:

    sys.path.insert(0, os.path.join(ROOT, "tests", "lib"))
    from checks import check, finish, stub_dashboard
    check("name", condition, "detail shown on failure")
    sys.exit(finish("API tests"))      # prints the counts; 1 when anything failed
"""
import os
import shutil

failures = []
passed = 0
verbose = False  # print an "ok:" line for every pass too


def check(name, cond, detail=""):
    global passed
    if cond:
        passed += 1
        if verbose:
            print(f"ok: {name}")
    else:
        failures.append(name)
        print(f"FAIL: {name} {detail}")


def finish(suite):
    print(f"{suite}: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


def stub_dashboard(root, tmp):
    """A copy of the dashboard's own files (web/) with stub chart files, for a server
    that must start without `make web` (serve refuses a dashboard without uPlot)."""
    web = os.path.join(tmp, "web")
    dist = os.path.join(web, "node_modules", "uplot", "dist")
    os.makedirs(dist)
    for name in os.listdir(os.path.join(root, "web")):
        if os.path.isfile(os.path.join(root, "web", name)):
            shutil.copy(os.path.join(root, "web", name), web)
    for name in ["uPlot.iife.min.js", "uPlot.min.css"]:
        with open(os.path.join(dist, name), "w") as f:
            f.write("/* stub: run make web */")
    return web
