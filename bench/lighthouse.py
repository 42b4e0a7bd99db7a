#!/usr/bin/env python3
"""Lighthouse on the built site: performance, accessibility, best practices, SEO.

    .venv/bin/python bench/lighthouse.py            # 8 pages, 3 runs each (about 6 min)
    .venv/bin/python bench/lighthouse.py --runs 1   # quicker

Lighthouse comes from the npm registry (`npx --yes lighthouse@VERSION`, cached by npm
under ~/.npm; nothing is written into the project) and drives the system Chromium
(CHROME_PATH, default /usr/bin/chromium) headless, with Lighthouse's defaults: a
mobile device and simulated throttling (slow 4G, 4x CPU slowdown).

The site is built strictly with SITE_URL set to the local address (so canonical links
are right) and served on 127.0.0.1 the way a static host such as GitHub Pages serves
it: gzip for text, `Cache-Control: max-age=600`. The scores are medians over the runs;
the table goes into bench/README.md with every audit that did not pass.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import http.server
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from common import PAGE_KINDS, copy_project, cpu_model, free_port, log, publish

from icat_report.chromium import LAUNCH_ARGS

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = "lighthouse@12.8.2"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 0.98, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
    "speed-index": "SI",
}
CHROME_FLAGS = " ".join(["--headless=new", *LAUNCH_ARGS])
START, END = "<!-- bench:lighthouse:start -->", "<!-- bench:lighthouse:end -->"
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map")


class StaticHost(http.server.SimpleHTTPRequestHandler):
    """Serves files like a static host: gzip for text, a 10-minute cache lifetime."""

    def log_message(self, format, *args):  # noqa: A002
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the slash URL
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        import io

        return io.BytesIO(body)


def build_site(work: Path, site_url: str, source_project: Path = ROOT) -> Path:
    project = copy_project(source_project, work / "project")
    site = work / "site"
    env = {**os.environ, "SITE_URL": site_url}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site)],
        cwd=project,
        env=env,
        check=True,
    )
    return site


def run_lighthouse(url: str, output: Path, chrome: str) -> dict:
    env = {**os.environ, "CHROME_PATH": chrome}
    command = [
        "npx",
        "--yes",
        LIGHTHOUSE,
        url,
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet",
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0 or not output.is_file():
        raise SystemExit(f"lighthouse failed on {url}:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return json.loads(output.read_text(encoding="utf-8"))


def failures(lhr: dict) -> list[dict]:
    """Audits that count in a category and did not pass."""
    found = []
    for category in CATEGORIES:
        for ref in lhr["categories"][category]["auditRefs"]:
            audit = lhr["audits"][ref["id"]]
            score, mode = audit.get("score"), audit.get("scoreDisplayMode")
            if mode in ("notApplicable", "manual", "informative") or score is None:
                continue
            if category == "performance" and ref.get("group") != "metrics":
                continue
            if score < 1 and (category != "performance" or score < 0.9):
                items = (audit.get("details") or {}).get("items") or []
                example = ""
                if items:
                    node = items[0].get("node") or {}
                    example = node.get("selector") or node.get("snippet") or items[0].get("url") or ""
                    example = example or json.dumps(items[0])[:160]
                found.append(
                    {
                        "category": category,
                        "id": ref["id"],
                        "title": audit.get("title", ""),
                        "score": score,
                        "display": audit.get("displayValue", ""),
                        "items": len(items),
                        "example": str(example)[:160],
                    }
                )
    return found


def chrome_path() -> str:
    path = os.environ.get("CHROME_PATH") or os.environ.get("CHROMIUM") or "/usr/bin/chromium"
    if not Path(path).is_file():
        raise SystemExit(f"no Chromium at {path}: set CHROME_PATH, or `apt-get install chromium`")
    return path


def chromium_version(path: str) -> str:
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30).stdout
        return out.strip().splitlines()[-1] if out.strip() else "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


def report(rows: list[dict], runs: int, chrome: str, lighthouse_version: str) -> str:
    when = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    lines = [
        START,
        f"Measured {when} by `bench/lighthouse.py`: Lighthouse {lighthouse_version}, {chromium_version(chrome)} "
        f"headless, mobile with simulated throttling (Lighthouse's defaults), median of {runs} run(s) per page, "
        f"on {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}. Served locally like a "
        "static host (gzip, `Cache-Control: max-age=600`).",
        "",
        "| Page | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS | SI | benchmarkIndex |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        cells = []
        for category in CATEGORIES:
            score = row["scores"][category]
            mark = "" if score >= TARGETS[category] else " ✗"
            cells.append(f"{score:.2f}{mark}")
        metrics = [row["metrics"].get(key, "") for key in (*METRICS, "benchmarkIndex")]
        lines.append(f"| {row['kind']} (`/{row['path']}`) | " + " | ".join(cells) + " | " + " | ".join(metrics) + " |")
    target = f"Targets: performance >= {TARGETS['performance']:.2f}, accessibility, best practices and SEO 1.00"
    lines += ["", f"{target} (✗: missed).", ""]
    failed: dict[tuple, dict] = {}
    for row in rows:
        for failure in row["failures"]:
            entry = failed.setdefault((failure["category"], failure["id"]), {**failure, "pages": []})
            entry["pages"].append(row["kind"])
    if failed:
        lines += ["Audits that did not pass (any run):", ""]
        for (category, audit_id), f in sorted(failed.items()):
            detail = f" ({f['display']})" if f["display"] else ""
            example = f"; e.g. `{f['example']}`" if f["example"] else ""
            lines.append(
                f"- {category} / `{audit_id}`: {f['title']}{detail}, on {', '.join(dict.fromkeys(f['pages']))}{example}"
            )
    else:
        lines.append("Every audit that counts passed on every page.")
    lines += ["", END]
    return "\n".join(lines)


def measure_page(kind: str, path: str, base: str, work: Path, chrome: str, runs: int, index: int) -> dict:
    """Lighthouse runs on one page: median scores, the middle run's metrics, every audit not passed."""
    results = []
    for attempt in range(runs):
        lhr = run_lighthouse(base + path, work / f"lhr-{index}-{attempt}.json", chrome)
        if lhr.get("runtimeError"):
            raise SystemExit(f"lighthouse error on /{path}: {lhr['runtimeError']}")
        results.append(lhr)
    scores = {c: statistics.median(r["categories"][c]["score"] or 0 for r in results) for c in CATEGORIES}
    middle = sorted(results, key=lambda r: r["categories"]["performance"]["score"] or 0)[len(results) // 2]
    metrics = {k: middle["audits"][k].get("displayValue", "") for k in METRICS}
    # Lighthouse's own measure of this host's speed (its simulated throttling scales with it): a
    # score means little without it, so it stands beside every figure.
    metrics["benchmarkIndex"] = f"{statistics.median(r['environment']['benchmarkIndex'] for r in results):.0f}"
    seen, fails = set(), []
    for r in results:
        for failure in failures(r):
            if (failure["category"], failure["id"]) not in seen:
                seen.add((failure["category"], failure["id"]))
                fails.append(failure)
    log(
        f"{kind:15} /{path}: "
        + ", ".join(f"{c} {s:.2f}" for c, s in scores.items())
        + (f"; not passed: {', '.join(f['id'] for f in fails)}" if fails else "")
    )
    version = next((r["lighthouseVersion"] for r in reversed(results) if r.get("lighthouseVersion")), None)
    return {"kind": kind, "path": path, "scores": scores, "metrics": metrics, "failures": fails, "version": version}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (median)")
    parser.add_argument("--pages", nargs="*", choices=list(PAGE_KINDS), help="only these kinds of page")
    parser.add_argument("--no-readme", action="store_true")
    parser.add_argument("--project", type=Path, default=ROOT, help="build this project folder (default: this one)")
    args = parser.parse_args()
    if not shutil.which("npx"):
        raise SystemExit("npx (Node.js >= 18) is needed: apt-get install nodejs npm")
    chrome = chrome_path()
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    rows = []
    with tempfile.TemporaryDirectory(prefix="icat-lighthouse-") as tmp:
        work = Path(tmp)
        site = build_site(work, base, args.project.resolve())
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", port), functools.partial(StaticHost, directory=str(site))
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            for kind, path in PAGE_KINDS.items():
                if not args.pages or kind in args.pages:
                    rows.append(measure_page(kind, path, base, work, chrome, args.runs, len(rows)))
        finally:
            server.shutdown()
    lighthouse_version = next((row["version"] for row in reversed(rows) if row["version"]), "?")
    section = report(rows, args.runs, chrome, lighthouse_version)
    publish(section, START, END, to_readme=not args.no_readme)


if __name__ == "__main__":
    main()
