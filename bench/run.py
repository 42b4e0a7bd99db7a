#!/usr/bin/env python3
"""Benchmarks of the report site, side by side in one run; results into bench/README.md.

    .venv/bin/python bench/run.py            # everything (about 6-7 minutes on 2 cores)
    .venv/bin/python bench/run.py --quick    # fewer repeats, 10x data only

(a) the strict build of the real site vs a plain Material build of the same rendered
    pages (their Markdown after macros, dumped by a tiny extra hook; built with only
    Material + search and the standard Markdown extensions of mkdocs.yml, configured as
    the real build ends up configuring them; the project's own extension counts as
    ours: no macros, no hooks, no icat_report, so the whole-report page is only its
    own short text there), 7 interleaved runs each;
(b) build time with synthetic data 10x and 100x the real data (members, highlights
    and events copied under new ids in a temporary copy);
(c) from saving data/members.yaml to the rebuilt page being served by `mkdocs serve`;
(d) page weight (HTML + CSS + JS a browser fetches) of each kind of page.

Timings are medians of repeated runs, each a fresh `mkdocs build --strict` process,
as an editor or CI runs it. Everything happens in temporary copies: the project's
own files are never touched. Stdlib, PyYAML and Playwright (installed for the tests).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import http.server
import importlib.metadata
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import common
import yaml
from common import CHROMIUM_ARGS, PAGE_KINDS, cpu_model, free_port, log, publish

ROOT = Path(__file__).resolve().parent.parent
# Python caches compiled modules unless PYTHONDONTWRITEBYTECODE is set (some sandboxes
# set it). The installed packages were compiled by pip; without the cache only our own
# modules would be compiled again in every build, which no editor's machine or CI does.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
ENV.update({"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"})
PYTHON = sys.executable
START, END = "<!-- bench:run:start -->", "<!-- bench:run:end -->"
RESULTS = Path(__file__).resolve().parent / "results" / "last.json"  # git-ignored


DUMP_HOOK = '''"""Bench only: write each page's final Markdown (after macros) to $BENCH_DUMP,
and the Markdown extensions' final options (after every hook) to $BENCH_DUMP/../extensions.json."""
import json
import os
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority


@event_priority(-100)
def on_config(config):
    target = Path(os.environ["BENCH_DUMP"]).parent / "extensions.json"
    configs = {name: config.mdx_configs.get(name, {}) for name in config.markdown_extensions if isinstance(name, str)}
    target.write_text(json.dumps(configs, default=str), encoding="utf-8")
    return config


def on_page_markdown(markdown, *, page, config, files):
    target = Path(os.environ["BENCH_DUMP"]) / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    meta = {k: v for k, v in (page.meta or {}).items()}
    head = "---\\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\\n\\n" if meta else ""
    target.write_text(head + markdown, encoding="utf-8")
    return markdown
'''


# -- Helpers ------------------------------------------------------------------------------


SOURCE = ROOT  # set to a snapshot of the project at the start of a run


def copy_project(target: Path) -> Path:
    return common.copy_project(SOURCE, target)


def build(project: Path, site: Path, config: str = "mkdocs.yml", extra_env: dict | None = None) -> float:
    """One `mkdocs build --strict` in a fresh process; its wall time in seconds."""
    command = [PYTHON, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", config, "-d", str(site)]
    began = time.perf_counter()
    result = subprocess.run(command, cwd=project, env={**ENV, **(extra_env or {})}, capture_output=True, text=True)
    elapsed = time.perf_counter() - began
    if result.returncode != 0:
        raise SystemExit(f"build of {project} failed:\n{result.stdout}\n{result.stderr}")
    return elapsed


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def machine() -> dict:
    versions = {}
    for package in ("mkdocs", "mkdocs-material", "mkdocs-macros-plugin"):
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = "?"
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "versions": versions,
    }


def fmt(seconds: float) -> str:
    return f"{seconds:.2f} s"


# -- (a) real build vs a plain Material build of the same pages ---------------------------


def plain_project(work: Path) -> Path:
    """A Material + search project holding the real site's final Markdown."""
    dumped = copy_project(work / "dump")
    (dumped / "bench_dump.py").write_text(DUMP_HOOK, encoding="utf-8")
    config = yaml.safe_load((dumped / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    hooks = list(config.get("hooks") or []) + ["bench_dump.py"]
    (dumped / "mkdocs.dump.yml").write_text(
        "INHERIT: mkdocs.yml\n" + yaml.safe_dump({"hooks": hooks}), encoding="utf-8"
    )
    markdown = work / "markdown"
    site = work / "dump-site"
    build(dumped, site, "mkdocs.dump.yml", {"BENCH_DUMP": str(markdown)})

    plain = work / "plain"
    docs = plain / "docs"
    # Everything of docs/ that is not Markdown (stylesheets, images), then the pages.
    shutil.copytree(dumped / "docs", docs, ignore=shutil.ignore_patterns("*.md"))
    shutil.copytree(markdown, docs, dirs_exist_ok=True)
    # Files the real site makes from data (downloads) that pages link to.
    if (site / "downloads").is_dir():
        shutil.copytree(site / "downloads", docs / "downloads", dirs_exist_ok=True)
    if (dumped / "overrides").is_dir():
        shutil.copytree(dumped / "overrides", plain / "overrides")
    shutil.copy2(dumped / "mkdocs.yml", plain / "mkdocs.real.yml")
    search = next(
        ({"search": p["search"]} for p in config["plugins"] if isinstance(p, dict) and "search" in p), "search"
    )
    plain_config = {"plugins": [search], "hooks": [], "watch": [], "markdown_extensions": standard_extensions(work)}
    (plain / "mkdocs.yml").write_text(
        "INHERIT: mkdocs.real.yml\n" + yaml.safe_dump(plain_config, allow_unicode=True), encoding="utf-8"
    )
    # The same with mkdocs-macros-plugin loaded but rendering nothing: its fixed cost
    # (imports, and the git commands it runs at start), apart from our code's.
    (plain / "bench_no_macros.py").write_text(
        '"""Bench only: no macros."""\n\n\ndef define_env(env):\n    pass\n', encoding="utf-8"
    )
    macros = {"macros": {"module_name": "bench_no_macros", "render_by_default": False}}
    (plain / "mkdocs.macros.yml").write_text(
        "INHERIT: mkdocs.yml\n" + yaml.safe_dump({"plugins": [search, macros]}, allow_unicode=True), encoding="utf-8"
    )
    pages = sorted(p.relative_to(markdown).as_posix() for p in markdown.rglob("*.md"))
    log(f"  plain project: {len(pages)} pages of final Markdown")
    return plain


OWN_EXTENSIONS = "icat_report."  # the project's own Markdown extensions: part of our cost, not of plain's


def standard_extensions(work: Path) -> list:
    """The real build's Markdown extensions with their final options, without the project's own."""
    configs = json.loads((work / "extensions.json").read_text(encoding="utf-8"))
    return [
        {name: options} if options else name for name, options in configs.items() if not name.startswith(OWN_EXTENSIONS)
    ]


def bench_overhead(work: Path, runs: int) -> dict:
    log("(a) real strict build vs plain Material build of the same pages")
    real = copy_project(work / "real")
    plain = plain_project(work)
    build(real, work / "warm-real")  # warm the file cache and bytecode once
    build(plain, work / "warm-plain")
    real_times, plain_times, macros_times = [], [], []
    for _ in range(runs):  # interleaved, so drift hits all alike
        with tempfile.TemporaryDirectory(prefix="bench-site-") as site:
            real_times.append(build(real, Path(site)))
        with tempfile.TemporaryDirectory(prefix="bench-site-") as site:
            plain_times.append(build(plain, Path(site)))
        with tempfile.TemporaryDirectory(prefix="bench-site-") as site:
            macros_times.append(build(plain, Path(site), "mkdocs.macros.yml"))
    real_median, plain_median = statistics.median(real_times), statistics.median(plain_times)
    macros_median = statistics.median(macros_times)
    pages_real = len(list((work / "warm-real").rglob("*.html")))
    pages_plain = len(list((work / "warm-plain").rglob("*.html")))
    result = {
        "runs": runs,
        "real": real_median,
        "plain": plain_median,
        "ratio": real_median / plain_median,
        "real_all": real_times,
        "plain_all": plain_times,
        "pages_real": pages_real,
        "pages_plain": pages_plain,
        "plain_macros": macros_median,
        "plain_macros_all": macros_times,
    }
    log(
        f"  real {fmt(real_median)} ({pages_real} pages), plain {fmt(plain_median)} "
        f"({pages_plain} pages): {result['ratio']:.2f}x; plain + macros plugin rendering nothing {fmt(macros_median)}"
    )
    return result


# -- (b) synthetic data ---------------------------------------------------------------------

FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")


def multiply_data(data: Path, factor: int) -> dict:
    """Add (factor - 1) copies of every member, highlight and event, under new ids."""
    load = lambda name: yaml.safe_load((data / name).read_text(encoding="utf-8"))  # noqa: E731
    members, activities, events = load("members.yaml"), load("activities.yaml"), load("events.yaml")
    new_members, new_activities, new_events = list(members), list(activities), list(events)
    for copy in range(2, factor + 1):
        suffix = f"-x{copy}"
        ids = {m["id"]: m["id"] + suffix for m in members}
        for member in members:
            twin = {k: v for k, v in member.items() if k not in ("acronym", "listed_as")}
            twin.update(id=ids[member["id"]], name=f"{member['name']} (copy {copy})")
            new_members.append(twin)
        for activity in activities:
            twin = dict(activity)
            twin["id"] = activity["id"] + suffix
            twin["members"] = [ids.get(m, m) for m in activity["members"]]
            if activity.get("involved"):
                twin["involved"] = [ids.get(m, m) for m in activity["involved"]]
            twin["text"] = FOOTNOTE_REF.sub("", activity["text"])
            if activity.get("points"):
                twin["points"] = [FOOTNOTE_REF.sub("", p) for p in activity["points"]]
            new_activities.append(twin)
        for event in events:
            twin = dict(event)
            twin["id"] = event["id"] + suffix
            twin["organisers"] = [ids.get(o, o) for o in event.get("organisers", [])]
            new_events.append(twin)

    def dump(name, entries):
        # Dates and ids stay strings: quote every scalar the loader reads as text.
        (data / name).write_text(
            yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
        )

    dump("members.yaml", new_members)
    dump("activities.yaml", new_activities)
    dump("events.yaml", new_events)
    return {"members": len(new_members), "highlights": len(new_activities), "events": len(new_events)}


def bench_scale(work: Path, factors: list[int], runs: dict[int, int]) -> list[dict]:
    log("(b) build time with synthetic data")
    rows = []
    for factor in factors:
        project = copy_project(work / f"x{factor}")
        counts = (
            multiply_data(project / "data", factor)
            if factor > 1
            else {
                "members": len(yaml.safe_load((project / "data/members.yaml").read_text())),
                "highlights": len(yaml.safe_load((project / "data/activities.yaml").read_text())),
                "events": len(yaml.safe_load((project / "data/events.yaml").read_text())),
            }
        )
        check = subprocess.run(
            [PYTHON, "-m", "icat_report", "check", "--data", "data", "--docs", "docs"],
            cwd=project,
            env=ENV,
            capture_output=True,
            text=True,
        )
        if check.returncode != 0:
            raise SystemExit(f"synthetic data {factor}x is not valid:\n{check.stdout}{check.stderr}")
        times = []
        for attempt in range(runs[factor]):
            site = work / f"x{factor}-site-{attempt}"
            times.append(build(project, site))
            pages = len(list(site.rglob("*.html")))
            shutil.rmtree(site)
        median = statistics.median(times)
        rows.append({"factor": factor, **counts, "pages": pages, "median": median, "all": times})
        log(f"  {factor}x: {counts}, {pages} pages: {fmt(median)} (runs {[round(t, 2) for t in times]})")
    return rows


# -- (c) save to served page in `mkdocs serve` ------------------------------------------------


def bench_serve(work: Path, repeats: int) -> dict:
    log("(c) mkdocs serve: from saving data/members.yaml to the rebuilt page")
    project = copy_project(work / "serve")
    port = free_port()
    page = f"http://127.0.0.1:{port}/members/unesco/"
    members = project / "data" / "members.yaml"
    original = "United Nations Educational, Scientific and Cultural Organization"
    text = members.read_text(encoding="utf-8")
    assert f"name: {original}" in text, "the bench edits UNESCO's name; it is not in data/members.yaml"
    # As `make serve` runs it.
    server = subprocess.Popen(
        [PYTHON, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    stderr_lines: list[str] = []
    threading.Thread(target=lambda: stderr_lines.extend(server.stderr), daemon=True).start()
    latencies, builds = [], []
    try:
        began = time.perf_counter()
        while (html := fetch(page)) is None or original not in html:
            if server.poll() is not None or time.perf_counter() - began > 120:
                raise SystemExit("mkdocs serve did not start:\n" + "".join(stderr_lines[-20:]))
            time.sleep(0.1)
        startup = time.perf_counter() - began
        time.sleep(1.5)  # let the watcher settle after the first build
        for attempt in range(1, repeats + 1):
            marker = f"{original} (edit {attempt})"
            members.write_text(text.replace(f"name: {original}", f"name: {marker}"), encoding="utf-8")
            saved = time.perf_counter()
            while True:
                html = fetch(page)
                if html and marker in html:
                    break
                if time.perf_counter() - saved > 60:
                    raise SystemExit("the page did not change within 60 s:\n" + "".join(stderr_lines[-20:]))
                time.sleep(0.02)
            latencies.append(time.perf_counter() - saved)
            time.sleep(1.5)
        builds = [
            float(m.group(1))
            for line in stderr_lines
            if (m := re.search(r"Documentation built in ([\d.]+) seconds", line))
        ]
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    result = {
        "startup": startup,
        "median": statistics.median(latencies),
        "all": latencies,
        "build_reported": builds[1:] or builds,
    }
    log(
        f"  served after {fmt(startup)}; save -> page: {[round(x, 2) for x in latencies]}, "
        f"median {fmt(result['median'])}; serve's own build times {result['build_reported']}"
    )
    return result


# -- (d) page weight -----------------------------------------------------------------------------


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002
        pass


def serve_folder(folder: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def chromium_path(playwright) -> str:
    for path in (playwright.chromium.executable_path, os.environ.get("CHROMIUM"), "/usr/bin/chromium"):
        if path and Path(path).is_file():
            return path
    raise SystemExit("no Chromium: `python -m playwright install chromium` or `apt-get install chromium`")


def bench_weight(work: Path) -> list[dict]:
    log("(d) page weight: what a browser fetches to show each kind of page")
    from playwright.sync_api import sync_playwright

    site = work / "weight-site"
    build(copy_project(work / "weight"), site)
    server, base = serve_folder(site)
    rows = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(playwright), args=CHROMIUM_ARGS)
            for kind, path in PAGE_KINDS.items():
                context = browser.new_context()  # empty cache: a first visit
                page = context.new_page()
                fetched: list[tuple[str, str]] = []
                page.on("requestfinished", lambda r, into=fetched: into.append((r.url, r.resource_type)))
                page.goto(base + path, wait_until="networkidle")
                context.close()
                sizes = {"html": [0, 0], "css": [0, 0], "js": [0, 0], "other": [0, 0]}
                for url, rtype in fetched:
                    local = url[len(base) :].split("#")[0].split("?")[0]
                    file = site / local
                    if local == "" or local.endswith("/"):
                        file = file / "index.html"
                    if not file.is_file():
                        continue
                    body = file.read_bytes()
                    group = {"document": "html", "stylesheet": "css", "script": "js"}.get(rtype, "other")
                    sizes[group][0] += len(body)
                    sizes[group][1] += len(gzip.compress(body, 6))
                rows.append({"kind": kind, "path": path, "requests": len(fetched), **sizes})
                core = sum(sizes[g][0] for g in ("html", "css", "js"))
                log(f"  {kind:15} /{path}: {len(fetched)} requests, HTML+CSS+JS {core / 1024:.0f} KiB")
            browser.close()
    finally:
        server.shutdown()
    return rows


# -- Report --------------------------------------------------------------------------------------


def kib(n: int) -> str:
    return f"{n / 1024:.1f}"


def report(info: dict, results: dict, wall: float) -> str:
    stamps = sorted(set((results.get("when") or {}).values()))
    when = " to ".join([stamps[0], stamps[-1]] if len(stamps) > 1 else stamps) if stamps else "?"
    v = info["versions"]
    lines = [
        START,
        f"Measured {when} by `bench/run.py` (last run {wall / 60:.1f} min) on {info['cpu']}, "
        f"{info['cores']} cores, Python {info['python']}, {info['os']}; mkdocs {v['mkdocs']}, "
        f"mkdocs-material {v['mkdocs-material']}, mkdocs-macros-plugin {v['mkdocs-macros-plugin']}. "
        "Times are medians; each build is a fresh `mkdocs build --strict` process (interpreter start included).",
        "",
        "| Measure | Result | Goal | Met |",
        "|---|---|---|---|",
    ]
    a = results.get("overhead")
    if a:
        lines.append(
            f"| (a) Real strict build vs plain Material build of the same final Markdown "
            f"({a['runs']} runs each) | {fmt(a['real'])} vs {fmt(a['plain'])} = **{a['ratio']:.2f}x** | "
            f"<= 1.25x | {'yes' if a['ratio'] <= 1.25 else 'no'} |"
        )
        if a.get("plain_macros"):
            fixed, ours = a["plain_macros"] - a["plain"], a["real"] - a["plain_macros"]
            lines.append(
                f"| (a) breakdown: plain + mkdocs-macros-plugin loaded but rendering nothing | "
                f"{fmt(a['plain_macros'])}: "
                f"the plugin's fixed cost {fixed * 1000:.0f} ms, our data, macros and hook {ours * 1000:.0f} ms "
                f"({a['real'] / a['plain_macros']:.2f}x on top of it) | (breakdown) | |"
            )
    b = results.get("scale")
    if b:
        base = b[0]
        for row in b[1:]:
            ratio = row["median"] / base["median"]
            lines.append(
                f"| (b) Build with {row['factor']}x data ({row['members']} entities, {row['highlights']} "
                f"highlights, {row['events']} events, {row['pages']} pages) | {fmt(row['median'])} = "
                f"{ratio:.1f}x the 1x build ({fmt(base['median'])}) | linear: see the next row | |"
            )
        if len(b) >= 3:
            per = [
                (b[i]["median"] - b[i - 1]["median"]) / (b[i]["factor"] - b[i - 1]["factor"]) for i in range(1, len(b))
            ]
            lines.append(
                "| (b) Marginal cost of one more copy of the data | "
                + ", ".join(f"{p:.2f} s ({b[i]['factor']}x->{b[i + 1]['factor']}x)" for i, p in enumerate(per))
                + " | the same at every size (linear; within 20%) | "
                + ("yes" if per[-1] <= per[0] * 1.2 else "no")
                + " |"
            )
    c = results.get("serve")
    if c:
        lines.append(
            f"| (c) `mkdocs serve` as `make serve` runs it: save data/members.yaml -> "
            f"rebuilt page served ({len(c['all'])} times) | "
            f"**{fmt(c['median'])}** (all: {', '.join(f'{x:.2f}' for x in c['all'])}; serve's own builds, as logged "
            f"(MkDocs drops repeated lines): "
            f"{', '.join(f'{x:.2f}' for x in c['build_reported'])} s) | < 1 s | "
            f"{'yes' if c['median'] < 1 else 'no'} |"
        )
    lines.append("")
    d = results.get("weight")
    if d:
        lines += [
            "(d) Page weight on a first visit (empty cache), in KiB: raw as served locally / gzip -6 as a",
            'static host such as GitHub Pages sends it. "Other" is the search index, favicon and images.',
            "",
            "| Page | Requests | HTML | CSS | JS | HTML+CSS+JS | Other |",
            "|---|---|---|---|---|---|---|",
        ]
        for row in d:
            core_raw = sum(row[g][0] for g in ("html", "css", "js"))
            core_gz = sum(row[g][1] for g in ("html", "css", "js"))
            cells = [f"{kib(row[g][0])} / {kib(row[g][1])}" for g in ("html", "css", "js")]
            lines.append(
                f"| {row['kind']} (`/{row['path']}`) | {row['requests']} | "
                + " | ".join(cells)
                + f" | **{kib(core_raw)} / {kib(core_gz)}** | {kib(row['other'][0])} / {kib(row['other'][1])} |"
            )
        lines.append("")
    lines.append(END)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, no 100x data")
    parser.add_argument(
        "--only", nargs="*", choices=["overhead", "scale", "serve", "weight"], help="run only these measures"
    )
    parser.add_argument("--no-readme", action="store_true", help="print the table; leave README.md alone")
    parser.add_argument("--report-only", action="store_true", help="rewrite the table from the last results")
    parser.add_argument(
        "--project", type=Path, default=ROOT, help="bench the project in this folder (default: this repository)"
    )
    args = parser.parse_args()
    if args.report_only:
        last = json.loads(RESULTS.read_text(encoding="utf-8"))
        publish(report(last["machine"], last["results"], last.get("wall", 0.0)), START, END)
        return
    wanted = set(args.only or ["overhead", "scale", "serve", "weight"])
    info = machine()
    log(f"{info['cpu']}, {info['cores']} cores, Python {info['python']}")
    began = time.perf_counter()
    # Measures not run now keep their last figures (bench/results/last.json).
    results: dict = {}
    if args.only and RESULTS.is_file():
        results = json.loads(RESULTS.read_text(encoding="utf-8")).get("results", {})
    global SOURCE
    with tempfile.TemporaryDirectory(prefix="icat-bench-") as tmp:
        work = Path(tmp)
        # One snapshot of the project for the whole run, so edits made meanwhile
        # cannot mix into it (the icat_report package is imported as installed).
        SOURCE = args.project.resolve()
        SOURCE = copy_project(work / "snapshot")
        measures = {
            "overhead": lambda: bench_overhead(work, 3 if args.quick else 7),
            "scale": lambda: bench_scale(
                work, [1, 10] if args.quick else [1, 10, 100], {1: 3 if args.quick else 5, 10: 3, 100: 3}
            ),
            "serve": lambda: bench_serve(work, 3 if args.quick else 5),
            "weight": lambda: bench_weight(work),
        }
        for name, measure in measures.items():
            if name in wanted:
                results[name] = measure()
                results.setdefault("when", {})[name] = dt.datetime.now().astimezone().isoformat(timespec="minutes")
                RESULTS.parent.mkdir(exist_ok=True)
                RESULTS.write_text(
                    json.dumps({"machine": info, "results": results, "wall": time.perf_counter() - began}, indent=1),
                    encoding="utf-8",
                )
    section = report(info, results, time.perf_counter() - began)
    publish(section, START, END, to_readme=not args.no_readme)


if __name__ == "__main__":
    main()
