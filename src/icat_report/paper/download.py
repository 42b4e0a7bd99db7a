"""The "Download the report (PDF)" link, or, when the build makes no PDF, the way to one.

The PDF is made from the whole-report page by `make pdf` (icat_report.paper); a
build knows it will be there from the icat-report plugin's `pdf` option (icat_site/pdf_file.py).
The link to it is raw HTML: MkDocs checks Markdown links against the files it builds,
and the PDF is written after the build, so a Markdown link would fail the strict build.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from ..text.escape import href_attribute, html_text, link_destination
from ..text.urls import relative_path

WHOLE_REPORT_PAGE = "print_page.md"


@dataclass(frozen=True)
class PdfFile:
    """The report's PDF in the built site: its path under the site and, if known, its size."""

    path: str
    size_bytes: int | None = None


def file_size_label(size_bytes: int) -> str:
    """A size as readers see it on download links: "850 KB", "1.4 MB"."""
    if size_bytes < 1_000_000:
        return f"{max(1, round(size_bytes / 1000))} KB"
    return f"{size_bytes / 1_000_000:.1f} MB"


def _built_directory(page_src: str) -> str:
    """The folder a page is served from with directory URLs (foo.md -> foo/, index.md -> ./)."""
    stem = posixpath.splitext(page_src)[0]
    return posixpath.dirname(stem) if posixpath.basename(stem) == "index" else stem


def pdf_download(pdf: PdfFile | None, page_src: str) -> str:
    """Markdown for the page at page_src (under docs/): the PDF's link, or the whole-report page's."""
    if pdf is None:
        whole_page = link_destination(relative_path(WHOLE_REPORT_PAGE, posixpath.dirname(page_src)))
        return f"[The whole report on one page]({whole_page}), to read offline, print or save as a PDF"
    href = relative_path(pdf.path, _built_directory(page_src))
    size = f" ({html_text(file_size_label(pdf.size_bytes))})" if pdf.size_bytes else ""
    return (
        f'<a class="report-pdf-download" href="{href_attribute(href)}" type="application/pdf">'
        f"Download the report (PDF)</a>{size}"
    )
