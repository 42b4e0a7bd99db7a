#!/usr/bin/env python3
"""Screenshots for a reviewer: a page of every kind (PAGES), at 1280x800 and 390x844, in the
light and the dark palette, as a reader sees them (with --print, as the print media style sheet
lays them out).

The site is built from a copy of the project as `make pdf` builds the published site (with the
report's PDF, so the pages show its download as readers get it; --no-pdf for a plain build),
served from a local folder and opened in headless Chromium (the one the tests use). The PNGs go
to bench/screenshots/ (git ignores it): look at them, they are not figures.

    .venv/bin/python bench/screenshots.py            # 44 viewport shots
    .venv/bin/python bench/screenshots.py --full     # whole pages, not only the first screen
    .venv/bin/python bench/screenshots.py --print    # the same in print media (file names end in -print)
    .venv/bin/python bench/screenshots.py --only home grid --out /tmp/shots
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from common import ENV, PYTHON, build, copy_project, log
from weight import serve_folder

from icat_report.chromium import LAUNCH_ARGS, find_chromium

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "screenshots"
PAGES = {
    "home": "",
    "chapter": "foreword/",
    "year-in-review": "year-in-review/coordination/",
    "annex": "annex/",
    "member": "members/unodc/",
    "priority": "priorities/rights-based-approach/",
    "timeline": "timeline/",
    "grid": "matrix/",
    "members": "members/",
    "priorities": "priorities/",
    "whole-report": "print_page/",
    "data": "data/",
    "acronyms": "acronyms/",
}
VIEWPORTS = {"desktop": (1280, 800), "phone": (390, 844)}
# The palettes follow the reader's system setting (mkdocs.yml: prefers-color-scheme), so the
# browser's colour scheme chooses them, as it would for a reader who never clicked the toggle.
PALETTES = ("light", "dark")


def shoot(base: str, full: bool, paper: bool, only: list[str], out: Path, palettes: list[str]) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_chromium(playwright), args=LAUNCH_ARGS)
        chosen = [(name, path) for name, path in PAGES.items() if not only or name in only]
        shots = [(page, size, palette) for page in chosen for size in VIEWPORTS.values() for palette in palettes]
        for (name, path), size, palette in shots:
            context = browser.new_context(viewport={"width": size[0], "height": size[1]}, color_scheme=palette)
            page = context.new_page()
            if paper:
                page.emulate_media(media="print")
            page.goto(base + path, wait_until="load")
            target = out / f"{name}-{size[0]}x{size[1]}-{palette}{'-print' if paper else ''}.png"
            page.screenshot(path=str(target), full_page=full)
            written.append(target)
            context.close()
        browser.close()
    return written


def build_published(project: Path, site: Path, with_pdf: bool) -> None:
    """The site as `make pdf` publishes it: a build, the PDF typeset from it, a build that links the PDF."""
    if not with_pdf:
        build(project, site)
        return
    draft, pdf = project / "pdf-draft", project / "report.pdf"
    build(project, draft, extra_env={"REPORT_PDF": "1"})
    typeset = [PYTHON, "-m", "icat_report", "pdf", str(draft), str(pdf)]
    result = subprocess.run(typeset, cwd=project, env=ENV, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"typesetting the PDF failed:\n{result.stdout}\n{result.stderr}")
    build(project, site, extra_env={"REPORT_PDF": str(pdf)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="whole pages, not only the first screen")
    parser.add_argument("--print", dest="paper", action="store_true", help="in print media, as on paper")
    parser.add_argument("--only", nargs="*", default=[], choices=list(PAGES), help="these page kinds only")
    parser.add_argument("--palette", nargs="*", default=list(PALETTES), choices=PALETTES, help="these palettes only")
    parser.add_argument("--no-pdf", action="store_true", help="a plain build, without the report's PDF")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where the PNGs go (default {OUT})")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shots-") as work:
        project = copy_project(ROOT, Path(work) / "project")
        site = Path(work) / "site"
        build_published(project, site, with_pdf=not args.no_pdf)
        server, base = serve_folder(site)
        try:
            for path in shoot(base, args.full, args.paper, args.only, args.out, args.palette):
                log(f"wrote {path}")
        finally:
            server.shutdown()


if __name__ == "__main__":
    main()
