"""The report as a PDF: the built whole-report page (print_page/) printed by headless Chromium.

`make pdf` runs it after a build with REPORT_PDF set (the icat-report plugin's `pdf` option):

    python -m icat_report.page.pdf SITE_DIR [OUTPUT]

Chromium (through Playwright) lays the page out on A4 with the print style sheet
(docs/assets/stylesheets/print.css), numbers the pages in the footer, writes the
document outline (bookmarks) from the headings and tags the PDF for assistive
technology. pypdf then sets the title, author and subject from data/report.yaml,
and gives the bookmarks their headings' words (pdf_outline.py).
Chromium is found as the browser tests find it: Playwright's own build, then
$CHROMIUM, then Debian's /usr/bin/chromium. Nothing is downloaded.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..problems import DataError
from ..report import Report
from ..text.escape import html_text
from .chromium import LAUNCH_ARGS, NoChromium, find_chromium
from .pdf_file import pdf_path

# The headings as a reader sees them in print (innerText leaves out the hidden permalink signs).
HEADINGS_SCRIPT = """() => Array.from(
  document.querySelectorAll("article :is(h1, h2, h3, h4, h5, h6)"),
  (heading) => heading.innerText.replace(/\\s+/g, " ").trim())"""

WHOLE_REPORT_PAGE = "print_page/index.html"
MARGIN = {"top": "16mm", "bottom": "18mm", "left": "16mm", "right": "16mm"}
LOAD_TIMEOUT_MS = 60_000


class PdfError(Exception):
    """Why the PDF could not be made, as one sentence for the person running `make pdf`."""


def document_info(report: Report) -> dict[str, str]:
    """The PDF's title, author and subject, from data/report.yaml."""
    info = report.info
    title = f"{info.organisation_acronym} {info.title}"
    return {
        "/Title": title,
        "/Author": f"{info.organisation} ({info.organisation_acronym})",
        "/Subject": f"The {info.title} of {info.organisation} ({info.organisation_acronym}), {info.publisher}",
        "/Keywords": f"{info.organisation_acronym}; trafficking in persons; annual report; {info.year}",
    }


def footer_template(report: Report) -> str:
    """Chromium's page footer: the report's name and "page n of N" (inline styles: it has no style sheet)."""
    name = html_text(f"{report.info.organisation_acronym} {report.info.title}")
    return (
        '<div style="font: 8pt sans-serif; color: #444; width: 100%; margin: 0 16mm; display: flex;'
        ' justify-content: space-between;">'
        f'<span>{name}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>'
        "</div>"
    )


def print_whole_report(site: Path, output: Path, report: Report) -> Path:
    """Print site/print_page/ to output as a tagged A4 PDF with an outline; returns output."""
    from playwright.sync_api import sync_playwright  # the test extra: `make build` never needs it

    page_file = site / WHOLE_REPORT_PAGE
    if not page_file.is_file():
        raise PdfError(f"{page_file}: no whole-report page; build the site first (REPORT_PDF=1 mkdocs build)")
    output.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        try:
            executable = find_chromium(playwright)
        except NoChromium as missing:
            raise PdfError(str(missing)) from None
        browser = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        try:
            page = browser.new_page()
            page.goto(page_file.resolve().as_uri(), wait_until="load", timeout=LOAD_TIMEOUT_MS)
            page.emulate_media(media="print")
            headings = page.evaluate(HEADINGS_SCRIPT)
            page.pdf(
                path=output,
                format="A4",
                margin=MARGIN,
                tagged=True,
                outline=True,
                print_background=True,
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=footer_template(report),
            )
        finally:
            browser.close()
    finish_pdf(output, document_info(report), headings)
    return output


def finish_pdf(path: Path, info: dict[str, str], headings: list[str]) -> None:
    """Write the document information and the bookmarks' titles, keeping the structure tree."""
    from pypdf import PdfReader, PdfWriter

    from .pdf_outline import retitle_bookmarks

    writer = PdfWriter(clone_from=PdfReader(path))
    writer.add_metadata({**info, "/Creator": "icat_report (headless Chromium)"})
    retitle_bookmarks(writer, headings)
    with path.open("wb") as stream:
        writer.write(stream)


def main(argv: list[str] | None = None) -> int:
    """`python -m icat_report.page.pdf SITE_DIR [OUTPUT]`: the PDF into the site, or to OUTPUT."""
    from ..project import load_project

    arguments = sys.argv[1:] if argv is None else argv
    if not 1 <= len(arguments) <= 2:
        print("usage: python -m icat_report.page.pdf SITE_DIR [OUTPUT]", file=sys.stderr)
        return 2
    site = Path(arguments[0])
    try:
        report = load_project(Path("data"), Path("docs")).report
        output = Path(arguments[1]) if len(arguments) == 2 else site / pdf_path(report)
        made = print_whole_report(site, output, report)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    except PdfError as error:
        print(f"make pdf: {error}", file=sys.stderr)
        return 1
    print(f"{made}: {made.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
