#!/usr/bin/env python3
"""Benchmarks of the report site, side by side in one run; results into bench/README.md.

    .venv/bin/python bench/run.py            # everything (about 7-8 minutes on 2 cores)
    .venv/bin/python bench/run.py --quick    # fewer repeats, 10x data only

(a) the strict build of the real site vs a plain Material build of the same rendered
    pages (bench/overhead.py), 7 interleaved runs each;
(b) build time with synthetic data 10x and 100x the real data (bench/scale.py);
(c) `mkdocs serve`: idle CPU, and from saving data/members.yaml to the rebuilt page
    being served, watching by file events and by polling (bench/serve.py);
(d) page weight (HTML + CSS + JS a browser fetches) of each kind of page (bench/weight.py);
(e) `make pdf`: its three steps timed, and the PDF's size, words and tagging (bench/pdf.py);
(f) `python -m icat_report diff` of two revisions vs one strict build (bench/diff.py).

This file runs the measures asked for and keeps their results (bench/results/last.json);
bench/report.py writes the section of bench/README.md. Timings are medians of repeated
runs, each a fresh `mkdocs build --strict` process, as an editor or CI runs it. Everything
happens in temporary copies: the project's own files are never touched. Stdlib, PyYAML and
Playwright and pypdf (installed for the tests).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from pathlib import Path

import serve
from common import copy_project, log, publish
from diff import bench_diff
from overhead import bench_overhead
from pdf import bench_pdf
from report import END, START, machine, report
from scale import bench_scale
from weight import bench_weight

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results" / "last.json"  # git-ignored
MEASURES = ["overhead", "scale", "serve", "weight", "pdf", "diff"]


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, no 100x data")
    parser.add_argument("--only", nargs="*", choices=MEASURES, help="run only these measures")
    parser.add_argument("--no-readme", action="store_true", help="print the table; leave README.md alone")
    parser.add_argument("--report-only", action="store_true", help="rewrite the table from the last results")
    parser.add_argument(
        "--project", type=Path, default=ROOT, help="bench the project in this folder (default: this repository)"
    )
    return parser.parse_args()


def measures(work: Path, source: Path, quick: bool) -> dict:
    """{name: the measure, ready to run on the snapshot at source}."""
    return {
        "overhead": lambda: bench_overhead(work, source, 3 if quick else 7),
        "scale": lambda: bench_scale(
            work, source, [1, 10] if quick else [1, 10, 100], {1: 3 if quick else 5, 10: 3, 100: 3}
        ),
        "serve": lambda: serve.measure(work, source, 3 if quick else 5, idle=5.0 if quick else 10.0),
        "weight": lambda: bench_weight(work, source),
        "pdf": lambda: bench_pdf(work, source, 3 if quick else 5),
        "diff": lambda: bench_diff(work, source, 3 if quick else 5),
    }


def save(info: dict, results: dict, wall: float) -> None:
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({"machine": info, "results": results, "wall": wall}, indent=1), encoding="utf-8")


def main() -> None:
    args = arguments()
    if args.report_only:
        last = json.loads(RESULTS.read_text(encoding="utf-8"))
        section = report(last["machine"], last["results"], last.get("wall", 0.0))
        publish(section, START, END, to_readme=not args.no_readme)
        return
    wanted = set(args.only or MEASURES)
    info = machine()
    log(f"{info['cpu']}, {info['cores']} cores, Python {info['python']}")
    began = time.perf_counter()
    # Measures not run now keep their last figures (bench/results/last.json).
    results: dict = {}
    if args.only and RESULTS.is_file():
        results = json.loads(RESULTS.read_text(encoding="utf-8")).get("results", {})
    with tempfile.TemporaryDirectory(prefix="icat-bench-") as tmp:
        work = Path(tmp)
        # One snapshot of the project for the whole run, so edits made meanwhile
        # cannot mix into it (the icat_report package is imported as installed).
        source = copy_project(args.project.resolve(), work / "snapshot")
        for name, measure in measures(work, source, args.quick).items():
            if name in wanted:
                results[name] = measure()
                results.setdefault("when", {})[name] = dt.datetime.now().astimezone().isoformat(timespec="minutes")
                save(info, results, time.perf_counter() - began)
    section = report(info, results, time.perf_counter() - began)
    publish(section, START, END, to_readme=not args.no_readme)


if __name__ == "__main__":
    main()
