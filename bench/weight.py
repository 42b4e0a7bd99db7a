"""Measure (d): page weight, the bytes (HTML, CSS, JS, other) a browser fetches to show each kind
of page on a first visit, raw as served locally and gzip -6 as a static host sends it.

The site is built from a copy of the project, served from a local folder and opened in headless
Chromium (Playwright) with an empty cache per page; every finished request is counted.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from pathlib import Path

from common import PAGE_KINDS, build, copy_project, log

from icat_report.chromium import LAUNCH_ARGS, find_chromium

RESOURCE_GROUPS = {"document": "html", "stylesheet": "css", "script": "js"}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002
        pass


def serve_folder(folder: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def fetched_by(browser, url: str) -> list[tuple[str, str]]:
    """(URL, resource type) of every request a first visit to url finishes."""
    context = browser.new_context()  # empty cache: a first visit
    page = context.new_page()
    fetched: list[tuple[str, str]] = []
    page.on("requestfinished", lambda r, into=fetched: into.append((r.url, r.resource_type)))
    page.goto(url, wait_until="networkidle")
    context.close()
    return fetched


def sizes_of(fetched: list[tuple[str, str]], site: Path, base: str) -> dict[str, list[int]]:
    """{group: [raw bytes, gzip bytes]} of the site's files among the fetched ones."""
    sizes = {"html": [0, 0], "css": [0, 0], "js": [0, 0], "other": [0, 0]}
    for url, rtype in fetched:
        local = url[len(base) :].split("#")[0].split("?")[0]
        file = site / local
        if local == "" or local.endswith("/"):
            file = file / "index.html"
        if not file.is_file():
            continue
        body = file.read_bytes()
        group = RESOURCE_GROUPS.get(rtype, "other")
        sizes[group][0] += len(body)
        sizes[group][1] += len(gzip.compress(body, 6))
    return sizes


def bench_weight(work: Path, source: Path) -> list[dict]:
    log("(d) page weight: what a browser fetches to show each kind of page")
    from playwright.sync_api import sync_playwright

    site = work / "weight-site"
    build(copy_project(source, work / "weight"), site)
    server, base = serve_folder(site)
    rows = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=find_chromium(playwright), args=LAUNCH_ARGS)
            for kind, path in PAGE_KINDS.items():
                fetched = fetched_by(browser, base + path)
                sizes = sizes_of(fetched, site, base)
                rows.append({"kind": kind, "path": path, "requests": len(fetched), **sizes})
                core = sum(sizes[g][0] for g in ("html", "css", "js"))
                log(f"  {kind:15} /{path}: {len(fetched)} requests, HTML+CSS+JS {core / 1024:.0f} KiB")
            browser.close()
    finally:
        server.shutdown()
    return rows
