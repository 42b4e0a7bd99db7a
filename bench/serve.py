"""Bench `mkdocs serve` as `make serve` runs it: idle CPU, and from saving a data file to the new page.

For each way of watching (the OS's file events, as hooks/serve.py does by default; and its polling
fallback, REPORT_SERVE_WATCH=polling, every 0.1 s), on a fresh copy of the project:
- idle CPU: the server's own CPU time (user + system, from /proc/PID/stat) over IDLE_SECONDS with
  nothing changing, as a share of one core;
- save -> page: from writing data/members.yaml to the page served with the new text (waiting on
  MkDocs' livereload endpoint, as an open page does), REPEATS times.

Usage: .venv/bin/python bench/serve.py [--idle SECONDS] [--repeats N]   (prints a Markdown table)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from common import copy_project, free_port, log

ROOT = Path(__file__).resolve().parent.parent
PAGE = "members/unesco/"
NAME = "United Nations Educational, Scientific and Cultural Organization"
WATCHING = {"file events (inotify)": "events", "polling every 0.1 s (fallback)": "polling"}
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (fields 14 and 15 of /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def start(project: Path, watch: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "REPORT_SERVE_WATCH": watch}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready = threading.Event()

    def read_log():
        for line in server.stderr:
            if "Serving on" in line:
                ready.set()
        ready.set()

    threading.Thread(target=read_log, daemon=True).start()
    if not ready.wait(300) or server.poll() is not None:
        raise SystemExit("mkdocs serve did not start")
    return server, f"http://127.0.0.1:{port}/"


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read().decode("utf-8")


def epoch_of(page: str) -> int:
    return int(page.rsplit("livereload(", 1)[1].split(",", 1)[0])


def save_to_page(project: Path, base: str, repeats: int) -> list[float]:
    """Seconds from saving a new name to the page showing it, each time waiting on the next build."""
    members = project / "data" / "members.yaml"
    original = members.read_text(encoding="utf-8")
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


def bench(work: Path, label: str, watch: str, idle: float, repeats: int) -> dict:
    project = copy_project(ROOT, work / watch)
    server, base = start(project, watch)
    try:
        fetch(base + PAGE)
        time.sleep(2)  # let the first requests' threads finish before counting
        before, began = cpu_seconds(server.pid), time.perf_counter()
        time.sleep(idle)
        share = (cpu_seconds(server.pid) - before) / (time.perf_counter() - began)
        latencies = save_to_page(project, base, repeats)
    finally:
        server.terminate()
        server.wait(timeout=30)
    log(f"{label}: idle CPU {share:.2%} of a core; save -> page {[round(x, 2) for x in latencies]}")
    return {"label": label, "idle": share, "latencies": latencies}


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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as work:
        results = [bench(Path(work), label, watch, args.idle, args.repeats) for label, watch in WATCHING.items()]
    print(table(results, args.idle))


if __name__ == "__main__":
    main()
