"""Measure (c): `mkdocs serve` as `make serve` runs it, from start and idle to a saved data file.

For each way of watching (the OS's file events, as icat_site/watching.py does by default; and its polling
fallback, REPORT_SERVE_WATCH=polling, every 0.1 s), on a fresh copy of the project:
- startup: from starting the server to the first page served;
- idle CPU: the server's own CPU time (user + system, from /proc/PID/stat) over IDLE_SECONDS with
  nothing changing, as a share of one core;
- save -> page: from writing data/members.yaml to the page served with the new text (waiting on
  MkDocs' livereload endpoint, as an open page does), REPEATS times;
- serve's own build times, as it logs them (MkDocs drops repeated lines).

bench/run.py runs it as its measure (c) (`measure`). Alone it prints its Markdown table:
    .venv/bin/python bench/serve.py [--idle SECONDS] [--repeats N] [--project FOLDER]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from common import ENV, PYTHON, copy_project, fmt, free_port, log

ROOT = Path(__file__).resolve().parent.parent
PAGE = "members/unesco/"
NAME = "United Nations Educational, Scientific and Cultural Organization"
# The first is what `make serve` does: its figures are the (c) row of bench/run.py's table.
WATCHING = {"file events (inotify)": "events", "polling every 0.1 s (fallback)": "polling"}
TICKS = os.sysconf("SC_CLK_TCK")
BUILT = re.compile(r"Documentation built in ([\d.]+) seconds")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (fields 14 and 15 of /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def start(project: Path, watch: str) -> tuple[subprocess.Popen, str, list[str]]:
    """`mkdocs serve` on a free port, once it says it is serving; its log lines keep coming into the list."""
    port = free_port()
    server = subprocess.Popen(
        [PYTHON, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env={**ENV, "REPORT_SERVE_WATCH": watch},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    ready = threading.Event()

    def read_log():
        for line in server.stderr:
            lines.append(line)
            if "Serving on" in line:
                ready.set()
        ready.set()

    threading.Thread(target=read_log, daemon=True).start()
    if not ready.wait(300) or server.poll() is not None:
        server.kill()
        raise SystemExit("mkdocs serve did not start:\n" + "".join(lines[-20:]))
    return server, f"http://127.0.0.1:{port}/", lines


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read().decode("utf-8")


def epoch_of(page: str) -> int:
    return int(page.rsplit("livereload(", 1)[1].split(",", 1)[0])


def save_to_page(project: Path, base: str, repeats: int) -> list[float]:
    """Seconds from saving a new name to the page showing it, each time waiting on the next build."""
    members = project / "data" / "members.yaml"
    original = members.read_text(encoding="utf-8")
    assert f"name: {NAME}\n" in original, "the bench edits UNESCO's name; it is not in data/members.yaml"
    times = []
    for n in range(repeats):
        wanted = f"{NAME} ({n})"
        began = time.perf_counter()
        members.write_text(original.replace(f"name: {NAME}\n", f"name: {wanted}\n"), encoding="utf-8")
        while wanted not in (page := fetch(base + PAGE)):
            fetch(f"{base}livereload/{epoch_of(page)}/0")  # answers when a newer build is served
        times.append(time.perf_counter() - began)
    members.write_text(original, encoding="utf-8")
    return times


def bench(work: Path, source: Path, label: str, watch: str, idle: float, repeats: int) -> dict:
    """The figures of one way of watching, on a fresh copy of the project at source."""
    project = copy_project(source, work / watch)
    began = time.perf_counter()
    server, base, lines = start(project, watch)
    try:
        fetch(base + PAGE)
        startup = time.perf_counter() - began
        time.sleep(2)  # let the first requests' threads finish before counting
        before, began = cpu_seconds(server.pid), time.perf_counter()
        time.sleep(idle)
        share = (cpu_seconds(server.pid) - before) / (time.perf_counter() - began)
        latencies = save_to_page(project, base, repeats)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    builds = [float(m.group(1)) for line in lines if (m := BUILT.search(line))]
    log(
        f"  {label}: served after {fmt(startup)}; idle CPU {share:.2%} of a core; "
        f"save -> page {[round(x, 2) for x in latencies]}; serve's own builds {builds[1:] or builds}"
    )
    return {"label": label, "startup": startup, "idle": share, "latencies": latencies, "builds": builds[1:] or builds}


def measure(work: Path, source: Path, repeats: int, idle: float) -> dict:
    """Every way of watching; the first (as `make serve` runs) gives the headline figures."""
    log("(c) mkdocs serve: idle CPU, and from saving data/members.yaml to the rebuilt page")
    rows = [bench(work, source, label, watch, idle, repeats) for label, watch in WATCHING.items()]
    first = rows[0]
    return {
        "startup": first["startup"],
        "median": statistics.median(first["latencies"]),
        "all": first["latencies"],
        "build_reported": first["builds"],
        "idle_seconds": idle,
        "watching": rows,
    }


def table(results: list[dict], idle: float) -> str:
    header = (
        f"| `mkdocs serve` watching by | idle CPU ({idle:.0f} s, share of one core) | save -> page: median (all), s |"
    )
    lines = [header, "|---|---|---|"]
    for r in results:
        every = ", ".join(f"{x:.2f}" for x in r["latencies"])
        lines.append(f"| {r['label']} | {r['idle']:.2%} | **{statistics.median(r['latencies']):.2f}** ({every}) |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", type=float, default=10.0, help="seconds of idle CPU measured (default 10)")
    parser.add_argument("--repeats", type=int, default=5, help="saves timed per way of watching (default 5)")
    parser.add_argument("--project", type=Path, default=ROOT, help="bench the project in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as work:
        result = measure(Path(work), args.project.resolve(), args.repeats, args.idle)
    print(table(result["watching"], args.idle))


if __name__ == "__main__":
    main()
