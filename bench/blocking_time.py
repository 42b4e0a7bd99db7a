#!/usr/bin/env python3
"""Total blocking time of our page beside a plain Material page holding the same text.

    .venv/bin/python bench/blocking_time.py              # 7 interleaved pairs (about 4 min)
    .venv/bin/python bench/blocking_time.py --runs 9 --page year-in-review/coordination/

Lighthouse's total blocking time on one host drifts more between runs than between the two
sites, so the two are measured as pairs, interleaved (which of the two goes first alternates),
and compared by their medians. "Plain" is the same page's final Markdown (after our macros)
built by Material with search only: no stylesheet, script, override or plugin of ours. Both
sites are built strictly and served on 127.0.0.1 as a static host serves them (lighthouse.py).
The table goes into bench/README.md (the "blocking" section).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.server
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import yaml
from common import cpu_model, free_port, log, publish
from lighthouse import ROOT, StaticHost, build_site, chrome_path, run_lighthouse
from overhead import plain_project

START, END = "<!-- bench:blocking:start -->", "<!-- bench:blocking:end -->"
GOAL = 2.0  # issue 18: ours within 2x of plain (medians)


def plain_site(work: Path) -> Path:
    """The plain Material build of every page's final Markdown, without our assets."""
    project = plain_project(work, ROOT)
    config = project / "mkdocs.yml"
    settings = config.read_text(encoding="utf-8")
    config.write_text(settings + yaml.safe_dump({"extra_css": [], "extra_javascript": []}), encoding="utf-8")
    site = work / "plain-site"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-d", str(site)], cwd=project, check=True)
    return site


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    port = free_port()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(StaticHost, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{port}/"


def blocking_ms(lhr: dict) -> float:
    return float(lhr["audits"]["total-blocking-time"]["numericValue"])


def measure(page: str, runs: int, work: Path, chrome: str) -> dict[str, list[float]]:
    ours_server, ours = serve(build_site(work / "ours", "http://127.0.0.1/"))
    plain_server, plain = serve(plain_site(work / "plain"))
    times: dict[str, list[float]] = {"ours": [], "plain": []}
    try:
        for run in range(runs):
            order = [("ours", ours), ("plain", plain)]
            for name, base in order if run % 2 == 0 else reversed(order):
                lhr = run_lighthouse(base + page, work / f"{name}-{run}.json", chrome)
                times[name].append(blocking_ms(lhr))
            log(f"  pair {run + 1}: ours {times['ours'][-1]:.0f} ms, plain {times['plain'][-1]:.0f} ms")
    finally:
        ours_server.shutdown()
        plain_server.shutdown()
    return times


def table(page: str, times: dict[str, list[float]]) -> str:
    ours, plain = statistics.median(times["ours"]), statistics.median(times["plain"])
    ratio = ours / plain if plain else float("inf")
    met = "yes" if ours <= GOAL * plain else "no"
    runs = ", ".join(f"{a:.0f}/{b:.0f}" for a, b in zip(times["ours"], times["plain"], strict=True))
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"{START}\nMeasured {when} by `bench/blocking_time.py` on {cpu_model()}, Python {platform.python_version()}: "
        f"Lighthouse's mobile defaults, {len(times['ours'])} interleaved pairs on one host.\n\n"
        "| Page | Ours (median, range) | Plain Material, same text | Ratio | Goal | Met |\n|---|---|---|---|---|---|\n"
        f"| `/{page}` | **{ours:.0f} ms** ({min(times['ours']):.0f}-{max(times['ours']):.0f}) | "
        f"{plain:.0f} ms ({min(times['plain']):.0f}-{max(times['plain']):.0f}) | **{ratio:.2f}x** | "
        f"<= {GOAL:.0f}x | {met} |\n\nEach pair, ours/plain in ms: {runs}.\n{END}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="interleaved pairs")
    parser.add_argument("--page", default="year-in-review/coordination/", help="the page, as a site path")
    parser.add_argument("--no-readme", action="store_true")
    args = parser.parse_args()
    if not shutil.which("npx"):
        raise SystemExit("npx (Node.js >= 18) is needed: apt-get install nodejs npm")
    with tempfile.TemporaryDirectory(prefix="icat-blocking-") as tmp:
        times = measure(args.page, args.runs, Path(tmp), chrome_path())
    publish(table(args.page, times), START, END, to_readme=not args.no_readme)


if __name__ == "__main__":
    main()
