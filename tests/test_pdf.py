"""The report's PDF (`make pdf`), typeset from the whole-report page by icat_report.paper and
read back with pypdf: a cover, contents with page numbers, running heads, chapters on new
pages, no near-empty page, every address in a note, the report's words, and the tagging."""

from __future__ import annotations

import html as html_escaping
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from icat_report import load_project
from icat_report.paper.document import document_info
from icat_report.paper.file import pdf_path
from icat_report.render.grid import caption
from icat_report.render.home import co_chairs, key_figures
from icat_report.text import html

from fidelity import site_coverage
from pdf_reading import (
    body_fill,
    bookmarks,
    chapter_pages,
    contents_entries,
    descendants,
    internal_links,
    letters,
    marked_content_outside_the_tree,
    noted,
    report_chapters,
    squeezed,
    straight,
    structure,
    uri_links,
    wrong_address_break,
)
from projects import build_site, copy_project

# Text of the site that is not the report, and words about how it is built: never in the PDF.
WEB_ONLY_TEXT = (
    "This site publishes",
    "use your browser's Print command",
    "Other ways to read it",
    "Start reading",
    "Download the report (PDF)",
    "The whole report on one page",
    "Link to this section",
    "Addresses of the links",
    "make pdf",
    ".venv",
    "localhost",
    "127.0.0.1",
    ".yaml",
)
HEADINGS = {"/H1", "/H2", "/H3", "/H4", "/H5", "/H6"}


@pytest.fixture(scope="module")
def pdf_site(tmp_path_factory) -> Iterator[tuple[Path, Path]]:
    """(project, site): the real site built strictly as `make pdf` builds it first (REPORT_PDF=1)."""
    project = copy_project(tmp_path_factory.mktemp("pdf") / "project")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REPORT_PDF", "1")
        site = build_site(project)
    yield project, site


@pytest.fixture(scope="module")
def made_pdf(pdf_site) -> Path:
    """The PDF, written where the site links to it by the command `make pdf` runs."""
    project, site = pdf_site
    made = subprocess.run(
        [sys.executable, "-m", "icat_report", "pdf", str(site)], cwd=project, capture_output=True, text=True
    )
    assert made.returncode == 0, made.stdout + made.stderr
    assert "warns" not in made.stderr, made.stderr  # the typesetter ignored nothing
    return site / pdf_path(load_project(project / "data", project / "docs").report)


@pytest.fixture(scope="module")
def reader(made_pdf) -> PdfReader:
    return PdfReader(made_pdf)


@pytest.fixture(scope="module")
def typeset_texts(reader) -> list[str]:
    """Each page's text as extracted, its quotes as typeset."""
    return [page.extract_text() for page in reader.pages]


@pytest.fixture(scope="module")
def texts(typeset_texts) -> list[str]:
    """Each page's text, its quotes straight as the data writes them (for comparing words)."""
    return [straight(text) for text in typeset_texts]


@pytest.fixture(scope="module")
def chapters(reader, texts, report) -> list[tuple[str, int, int]]:
    """(title, first page, last page) of each chapter and appendix; the back cover is none of them."""
    assert texts[-1].splitlines()[0] == report.info.organisation_acronym, "no back cover"
    return chapter_pages(reader)


def test_the_site_links_to_the_pdf_where_make_pdf_writes_it(pdf_site, made_pdf):
    _, site = pdf_site
    home = html.document((site / "index.html").read_text(encoding="utf-8"))
    link = home.css_first('a.icat-cover__download[type="application/pdf"]')  # the cover's second button
    assert link is not None and re.fullmatch(r"Download the PDF( \([0-9.]+ [KM]B\))?", link.text()), link.html
    assert (site / link.attributes["href"]).resolve() == made_pdf.resolve()
    assert made_pdf.read_bytes().startswith(b"%PDF-")


def test_the_cover_names_the_report_its_year_the_group_and_the_co_chairs(texts, report):
    lines = [line.strip() for line in texts[0].splitlines()]
    info = report.info
    assert lines[0] == info.organisation_acronym  # the wordmark, a word of its own
    assert squeezed(info.organisation) in squeezed(texts[0])
    assert "Chairs' Annual Report" in lines and str(info.year) in lines
    chairs = [f"{member.name} ({member.acronym})" for member in co_chairs(report)]  # the web cover's order
    assert [line for line in lines if line in chairs] == chairs
    assert f"Published {info.published}" in lines
    assert not [each.title for each in report.priorities if squeezed(each.title) not in squeezed(texts[0])]


def test_the_key_figures_stand_on_the_contents_page_and_the_grid_on_a_page_of_its_own(reader, texts, report):
    contents = squeezed(texts[2])
    assert contents.startswith("Contents") and squeezed(f"{report.info.year} in figures") in contents
    for figure in key_figures(report):
        assert squeezed(f"{figure.number} {figure.label}") in contents, figure
    pages = [number for number, text in enumerate(texts, start=1) if squeezed(caption(report)) in squeezed(text)]
    assert len(pages) == 1, pages  # the grid's title, once
    grid = squeezed(texts[pages[0] - 1])
    assert not [member.short_name for member in report.members if squeezed(member.short_name) not in grid]
    totals = " ".join(str(len(report.activities_under(p.number))) for p in report.priorities)
    assert squeezed(totals) in grid  # the bottom row, on the same page
    tags = [tag for tag, page, _ in structure(reader) if page == pages[0]]
    assert "/Table" in tags and tags.count("/TH") > len(report.members), tags.count("/TH")


def test_the_inside_and_back_covers_hold_copyright_disclaimer_citation_and_contacts(texts, report):
    inside = squeezed(texts[1])
    for words in (report.info.copyright, "The designations employed", "This publication was not formally edited."):
        assert squeezed(words) in inside, words
    assert squeezed(f"({report.info.organisation_acronym}). {report.info.title}. ") in inside
    for cover in (texts[1], texts[-1]):
        assert report.info.contacts.email in cover and "icat.un.org" in cover


def test_the_contents_list_every_chapter_and_section_at_its_bookmarks_page(reader, texts, chapters):
    marks = [mark for mark in bookmarks(reader) if mark.title != "Contents"]
    contents_page = next(mark.page for mark in bookmarks(reader) if mark.title == "Contents")
    entries = contents_entries(texts[contents_page - 1 : chapters[0][1] - 1])
    assert [squeezed(title) for title, _ in entries] == [squeezed(mark.title) for mark in marks]
    assert [number for _, number in entries] == [mark.page for mark in marks]
    links = [link for page in reader.pages[contents_page - 1 : chapters[0][1] - 1] for link in internal_links(page)]
    targets = {
        destination: reader.get_destination_page_number(value) + 1
        for destination, value in reader.named_destinations.items()
    }
    assert sorted({targets[link] for link in links}) == sorted({mark.page for mark in marks})


def test_every_chapter_of_the_site_is_a_bookmark_in_reading_order(pdf_site, reader):
    titles = [(mark.depth, mark.title) for mark in bookmarks(reader)]
    position = -1
    for chapter, sections in report_chapters(*pdf_site):
        index = titles.index((0, chapter))
        assert index > position, f"{chapter!r} out of order"
        for section in sections:
            assert titles.index((1, section)) > index, f"{section!r} not under {chapter!r}"
        position = index


def test_each_chapter_starts_a_page_under_its_running_heads(texts, chapters, report):
    title = f"{report.info.organisation_acronym} {report.info.title}"
    for chapter, first, last in chapters:
        assert squeezed(texts[first - 1]).startswith(squeezed(chapter)), f"{chapter!r} does not open page {first}"
        lines = [line.strip() for line in texts[first - 1].splitlines()]
        assert title not in lines and chapter not in lines[1:], f"a running head on {chapter!r}'s first page"
        for number in range(first + 1, last + 1):
            lines = [line.strip() for line in texts[number - 1].splitlines()]
            head = chapter if number % 2 else title  # right-hand pages name the chapter
            # an appendix's label set apart from its title: "Appendix B · About this edition"
            heads = [line.replace(" \u00b7 ", " ") for line in lines]
            assert head in heads, f"page {number} ({chapter!r}) has no running head {head!r}"
            assert str(number) in lines, f"page {number} has no number"


def test_no_page_is_more_than_half_empty_but_a_chapters_last(reader, chapters):
    # body_fill: how far down the text reaches in the room its notes leave (a gap above the notes counts)
    last_pages = {last for _, _, last in chapters}
    sparse = {
        number: round(body_fill(reader.pages[number - 1]), 2)
        for number in range(chapters[0][1], chapters[-1][2] + 1)
        if number not in last_pages and body_fill(reader.pages[number - 1]) < 1 / 2
    }
    assert not sparse, f"pages more than half empty (page: share of the text block filled): {sparse}"


def test_a_heading_is_never_the_last_thing_on_a_page(reader):
    elements = structure(reader)
    for index, (tag, page, element) in enumerate(elements):
        if tag not in HEADINGS:
            continue
        words = set(map(id, descendants(element)))
        following = next((p for t, p, e in elements[index + 1 :] if id(e) not in words and p is not None), page)
        assert following == page, f"a {tag} on page {page} is followed by its text on page {following}"


def test_every_address_is_in_a_note_on_its_page_and_breaks_only_between_its_parts(reader, texts):
    addresses, repeats = 0, 0
    for number, (page, text) in enumerate(zip(reader.pages, texts, strict=True), start=1):
        flat = squeezed(text)
        for uri in set(uri_links(page)):
            shown = uri.removeprefix("mailto:")
            if number < len(texts) and uri in uri_links(reader.pages[number]) and noted(shown, texts[number]):
                continue  # a link whose words run on to the next page: its note is on the page of its call, there
            if not noted(shown, text):
                # an address given before in the chapter: its note says "See note N." (addresses.py)
                earlier = squeezed("".join(texts[: number - 1]))
                assert "Seenote" in flat and squeezed(shown) in earlier, f"page {number}: no note for {uri}"
                repeats += 1
                continue
            addresses += 1
            pattern = "\n?".join(map(re.escape, shown.translate({0x200B: None})))
            for found in re.finditer(pattern, text.replace("\u200b", "")):
                for at in [i for i, char in enumerate(found.group(0)) if char == "\n"]:
                    wrong = wrong_address_break(found.group(0)[:at], found.group(0)[at + 1 :])
                    assert wrong is None, f"page {number}: {uri} {wrong}"
    assert addresses >= 40 and repeats <= 5, (addresses, repeats)  # the report links some fifty documents


def test_the_pdf_holds_the_words_of_the_report_and_nothing_of_the_website(texts, tmp_path):
    text = "\n".join(texts)
    page = tmp_path / "pdf.html"
    page.write_text(f"<html><body><pre>{html_escaping.escape(text)}</pre></body></html>", encoding="utf-8")
    result = site_coverage([page])
    assert result.percent >= 99.5, f"{result.percent:.2f}% of {result.total} words; missing: {result.missing[:80]}"
    for words in WEB_ONLY_TEXT:
        assert words not in text, f"not the report's words, in the PDF: {words!r}"
    assert "I C A T" not in text and "ICAT" in text.split()


def test_the_pdf_is_tagged_for_assistive_technology_as_pdf_ua(reader, report):
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog and bool(catalog["/MarkInfo"]["/Marked"])
    assert catalog.get("/Lang") == "en"
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    metadata = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert 'pdfuaid:part="1"' in metadata
    assert reader.metadata["/Title"] == document_info(report)["title"] == "ICAT Chairs' Annual Report 2021"
    assert "Inter-Agency Coordination Group against Trafficking in Persons" in reader.metadata["/Author"]
    tags = structure(reader)
    kinds = {tag for tag, _, _ in tags}
    assert {"/H1", "/H2", "/P", "/L", "/LI", "/Table", "/TH", "/TD", "/Link"} <= kinds, kinds
    assert all("/Alt" in element for tag, _, element in tags if tag == "/Figure"), "a figure without Alt text"
    cells = [element for tag, _, element in tags if tag == "/TD"]
    assert cells and all(element["/A"].get("/Headers") for element in cells), "a table cell without its header"
    headings = [int(tag[2]) for tag, _, _ in tags if tag in HEADINGS]
    assert all(b - a <= 1 for a, b in zip(headings, headings[1:], strict=False)), "a heading level skipped"
    # Running heads and page numbers are artifacts: nothing drawn is outside the structure tree.
    assert not marked_content_outside_the_tree(reader), marked_content_outside_the_tree(reader)


def test_the_pdf_is_a4_small_and_of_a_sane_length(reader, made_pdf):
    # 29 pages for 2021 (cover, contents, the chapters on new pages, the acronyms, a note of the
    # edition): far fewer means chapters went missing, far more that the layout runs away.
    assert 20 <= len(reader.pages) <= 60, len(reader.pages)
    width, height = (float(value) for value in reader.pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5, (width, height)  # A4 in points
    assert made_pdf.stat().st_size <= 2_000_000, made_pdf.stat().st_size


def test_photo_captions_are_never_split_and_a_highlight_only_between_lines(pdf_site, texts):
    page = html.document((pdf_site[1] / "print_page" / "index.html").read_text(encoding="utf-8"))
    captions = [letters(each.text()) for each in page.css(".photo-caption")]
    highlights = [letters(each.text()) for each in page.css("#annex > ul > li")]
    assert len(captions) >= 5 and len(highlights) >= 30, (len(captions), len(highlights))
    pages = [letters(text) for text in texts]
    for block in captions + highlights:
        if any(block[:40] in each and block[-40:] in each for each in pages):
            continue
        # a highlight breaks across pages as a paragraph does, never leaving a line alone (paper.css:
        # orphans and widows 2): either page holds more than a line's letters of it (some 65)
        assert block in highlights, f"a photo caption split across pages: {block[:60]!r}"
        pairs = zip(pages, pages[1:], strict=False)
        assert any(block[:100] in each and block[-100:] in after for each, after in pairs), block[:60]


def test_the_text_has_typographic_quotes_and_apostrophes(typeset_texts, chapters):
    body = "\n".join(typeset_texts[chapters[0][1] - 1 : chapters[-1][2]])
    assert "Chairs\u2019" in typeset_texts[0] and "ICAT\u2019s" in body
    assert "\u2018" in body or "\u201c" in body  # an opening quote
    letters_apostrophe = re.findall(r"[A-Za-z]'[A-Za-z]", body)
    assert not letters_apostrophe, letters_apostrophe[:10]
