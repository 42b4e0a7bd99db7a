"""The report as a PDF (`make pdf`): made by headless Chromium from the whole-report page,
read back with pypdf. Also: the whole-report page in print media holds the report only."""

from __future__ import annotations

import html as html_escaping
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from icat_report.page import html
from icat_report.page.pdf import document_info
from icat_report.page.pdf_file import pdf_path
from icat_report.project import load_project

from conftest import SOURCE_TEXT, build_site, copy_project
from fidelity import coverage

pytestmark = pytest.mark.browser

# Text of the site that is not the report: it must not reach paper or the PDF.
WEB_ONLY_TEXT = (
    "This site publishes",
    "use your browser's Print command",
    "Other ways to read it",
    "Start reading",
    "Download the report (PDF)",
    "The whole report on one page",
    "Link to this section",
)


@pytest.fixture(scope="module")
def pdf_site(tmp_path_factory) -> Iterator[tuple[Path, Path]]:
    """(project, site): the real site built strictly as `make pdf` builds it (REPORT_PDF=1)."""
    project = copy_project(tmp_path_factory.mktemp("pdf") / "project")
    previous = os.environ.get("REPORT_PDF")
    os.environ["REPORT_PDF"] = "1"
    try:
        site = build_site(project)
    finally:
        if previous is None:
            del os.environ["REPORT_PDF"]
        else:
            os.environ["REPORT_PDF"] = previous
    yield project, site


@pytest.fixture(scope="module")
def made_pdf(pdf_site) -> tuple[Path, dict[str, str]]:
    """The PDF, written where the site links to it by the command `make pdf` runs (in its own
    process, as there: the browser tests' Playwright already runs an event loop in this one),
    and the document information it should carry."""
    project, site = pdf_site
    report = load_project(project / "data", project / "docs")
    made = subprocess.run(
        [sys.executable, "-m", "icat_report.page.pdf", str(site)], cwd=project, capture_output=True, text=True
    )
    assert made.returncode == 0, made.stdout + made.stderr
    return site / pdf_path(report), document_info(report)


@pytest.fixture(scope="module")
def reader(made_pdf) -> PdfReader:
    return PdfReader(made_pdf[0])


def _outline(entries, depth: int = 0) -> list[tuple[int, str]]:
    flat = []
    for entry in entries:
        if isinstance(entry, list):
            flat += _outline(entry, depth + 1)
        else:
            flat.append((depth, entry.title))
    return flat


def _report_chapters(project: Path, site: Path) -> list[tuple[str, list[str]]]:
    """The navigation under "The report" as (chapter's h1, [its sections' h1s]) from the built pages."""
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    report_nav = next(item["The report"] for item in config["nav"] if "The report" in item)

    def title(src: str) -> str:
        page = site / src.removesuffix(".md").removesuffix("index") / "index.html"
        heading = html.document(page.read_text(encoding="utf-8")).css_first("article h1")
        for permalink in heading.css("a.headerlink"):
            permalink.decompose()
        return " ".join(heading.text().split())

    chapters = []
    for item in report_nav:
        target = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(target, str):
            chapters.append((title(target), []))
        else:  # a chapter with sections: its index page first
            pages = [next(iter(each.values())) if isinstance(each, dict) else each for each in target]
            chapters.append((title(pages[0]), [title(page) for page in pages[1:]]))
    return chapters


def test_the_site_links_to_the_pdf_where_make_pdf_writes_it(pdf_site, made_pdf):
    _, site = pdf_site
    home = html.document((site / "index.html").read_text(encoding="utf-8"))
    link = home.css_first('a.icat-cover__download[type="application/pdf"]')  # the cover's second button
    assert link is not None and re.fullmatch(r"Download the PDF( \([0-9.]+ [KM]B\))?", link.text()), link.html
    assert (site / link.attributes["href"]).resolve() == made_pdf[0].resolve()
    assert made_pdf[0].read_bytes().startswith(b"%PDF-")


def test_bookmarks_hold_every_chapter_and_section_in_order(pdf_site, reader):
    outline = _outline(reader.outline)
    titles = [title for _, title in outline]
    position = -1
    for chapter, sections in _report_chapters(*pdf_site):
        assert chapter in titles, f"no bookmark {chapter!r}; bookmarks: {titles[:40]}"
        index = titles.index(chapter)
        assert index > position, f"{chapter!r} out of order"
        depth = outline[index][0]
        for section in sections:
            at = titles.index(section)
            assert at > index and outline[at][0] == depth + 1, f"{section!r} not nested under {chapter!r}"
            index = at
        position = index


def test_the_pdf_is_tagged_for_assistive_technology(reader):
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert catalog.get("/Lang") == "en"


def test_the_pdf_is_a4_with_a_sane_page_count_and_numbered_pages(reader):
    assert 30 <= len(reader.pages) <= 80, len(reader.pages)
    width, height = (float(value) for value in reader.pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5, (width, height)  # A4 in points
    assert f"Page 3 of {len(reader.pages)}" in reader.pages[2].extract_text()


def test_title_and_author_come_from_the_data(made_pdf, reader):
    _, info = made_pdf
    assert reader.metadata["/Title"] == info["/Title"] == "ICAT Chairs' Annual Report 2021"
    assert reader.metadata["/Author"] == info["/Author"]
    assert "Inter-Agency Coordination Group against Trafficking in Persons" in reader.metadata["/Author"]


def test_the_pdf_holds_the_words_of_the_report(reader, tmp_path):
    text = "\n".join(page.extract_text() for page in reader.pages)
    page = tmp_path / "pdf.html"
    page.write_text(f"<html><body><pre>{html_escaping.escape(text)}</pre></body></html>", encoding="utf-8")
    result = coverage(SOURCE_TEXT, [page])
    assert result.percent >= 99.5, (
        f"{result.percent:.2f}% of {result.total} words; missing: {' '.join(result.missing[:80])}"
    )
    for words in WEB_ONLY_TEXT:
        assert words not in text, f"web-only text in the PDF: {words!r}"


def test_the_whole_report_page_prints_no_web_only_text(pdf_site, page):
    _, site = pdf_site
    page.goto((site / "print_page" / "index.html").as_uri(), wait_until="load")
    page.emulate_media(media="print")
    printed = page.locator("body").inner_text()
    underlined = page.evaluate(
        "() => Array.from(document.querySelectorAll('article abbr'))"
        ".filter((a) => getComputedStyle(a).textDecorationLine !== 'none').length"
    )
    for words in WEB_ONLY_TEXT:
        assert words not in printed, f"{words!r} shows in print"
    assert "Foreword" in printed and "Photo not reproduced:" in printed
    assert underlined == 0, f"{underlined} acronyms underlined in print"
