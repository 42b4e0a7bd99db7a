"""The paper document: one HTML file that WeasyPrint typesets into the PDF.

Not the site's page with its theme: a document of its own, in this order: the cover and
the inside cover (front.py), the contents (contents.py), the report's chapters, then the
appendices ("Appendix A ...", then the grid of entities by priorities and, last, "About this
edition": figures.py, edition.py), each part made fit for paper (edits.py), and the back cover.
The year's key figures stand at the foot of the contents page (figures.py). A part whose
first heading is a section's (the sections of "A Year in Review") goes inside the chapter
before it, so it runs on where a chapter starts a new page. The parts the site leaves off
paper (`data-paper="omitted"`: ways to browse the site, the citation page) are not here.
"""

from __future__ import annotations

import string
from collections.abc import Iterable

from ..report import Report
from ..text.escape import html_attribute, html_text
from ..text.html import Fragment
from ..text.typography import curled
from . import edits
from .addresses import address_notes
from .contents import Entry, contents, entries
from .edition import KEY as EDITION
from .edition import about_this_edition
from .figures import GRID, figures_row, grid_appendix
from .front import back_cover, cover, imprint
from .priorities import priority_styles
from .quotes import curl_quotes
from .source import PaperError, Source, SourcePart


def document_info(report: Report) -> dict[str, str]:
    """The PDF's title, author, subject and keywords, from data/report.yaml."""
    info = report.info
    return {
        "title": info.full_title,
        "author": f"{info.organisation} ({info.organisation_acronym})",
        "description": f"The {info.title} of {info.organisation} ({info.organisation_acronym}), {info.publisher}",
        "keywords": f"{info.organisation_acronym}; trafficking in persons; annual report; {info.year}",
    }


def paper_document(source: Source, report: Report, stylesheet: str) -> str:
    """The whole paper document's HTML, styled by `stylesheet` (paper.css, after the screen's tokens)."""
    home = next((part for part in source.parts if part.role == "cover"), None)
    if home is None:
        raise PaperError('the whole-report page has no cover part (the home page, data-paper="cover")')
    kept = [part for part in source.parts if part.role in ("chapter", "appendix")]
    pages = {part.key: Fragment(part.html) for part in kept}
    kept_keys = set(pages)
    known = kept_keys.union(*(_ids(page) for page in pages.values()))
    for page in pages.values():
        edits.drop_screen_only(page, kept_keys)
    for page in pages.values():
        edits.move_notes_to_the_foot(page)
        edits.relink(page, known, kept_keys)
        edits.keep_short_tables_whole(page)
        edits.spaces_into_inline_elements(page)
        edits.headings_up(page)
        edits.acronyms_table(page)
        edits.photo_labels_apart(page)
    home_page = Fragment(home.html)
    edits.drop_screen_only(home_page, kept_keys)
    edits.relink(home_page, known, set())
    edition = about_this_edition(report, pages)  # before the chapters are written: it marks the passages it names
    chapters, appendices = _grouped(kept, pages)
    for key, page in ((GRID, grid_appendix(report)), (EDITION, edition)):  # "About this edition" last
        _label(page, f"Appendix {string.ascii_uppercase[len(appendices)]}")
        appendices.append(_sections([[key]], {key: page}, "paper-appendix")[0])
    body = "".join(
        [
            cover(report),
            imprint(report, home_page, source.site_url),
            contents([entry for entry, _ in chapters], [entry for entry, _ in appendices]),
            figures_row(report),
            *(section for _, section in chapters),
            *(section for _, section in appendices),
            back_cover(report),
        ]
    )
    return _page(report, source.language, stylesheet, curl_quotes(body))


def _ids(page: Fragment) -> set[str]:
    return {element.attributes.get("id") or "" for element in page.elements()} - {""}


def _grouped(kept: list[SourcePart], pages: dict[str, Fragment]) -> tuple[list, list]:
    """[(contents entry, section HTML)] for the chapters and for the appendices, sections nested."""
    chapters: list[list] = []
    appendices: list[list] = []
    letters = iter(string.ascii_uppercase)
    for part in kept:
        page = pages[part.key]
        is_section = page.css_first("h1") is None
        if part.role == "appendix" and not is_section:
            _label(page, f"Appendix {next(letters)}")
        group = appendices if part.role == "appendix" else chapters
        if is_section and group:
            group[-1].append(part.key)
        else:
            group.append([part.key])
    return _sections(chapters, pages, "paper-chapter"), _sections(appendices, pages, "paper-appendix")


def _sections(groups: Iterable[list[str]], pages: dict[str, Fragment], kind: str) -> list[tuple[Entry, str]]:
    made = []
    for first, *nested in groups:
        inner = "".join(f'<section class="paper-section" id="{key}">{pages[key].html()}</section>' for key in nested)
        whole = Fragment(f'<section class="{kind}" id="{first}">{pages[first].html()}{inner}</section>')
        address_notes(whole)  # the notes are numbered per chapter
        made.append((entries(whole), whole.html()))
    return made


def _label(page: Fragment, label: str) -> None:
    heading = page.css_first("h1")
    # the running head: "Appendix B · About this edition" (paper.css sets it from this attribute)
    heading.attrs["data-paper-running"] = f"{label} \u00b7 {' '.join(heading.text().split())}"
    # a line break, not a block: a block inside a heading would be tagged as a heading of its own
    heading.inner_html = f'<span class="paper-appendix-label">{html_text(label)}</span> <br>{heading.inner_html}'


def _page(report: Report, language: str, stylesheet: str, body: str) -> str:
    info = document_info(report)
    meta = "".join(
        f'<meta name="{name}" content="{html_attribute(info[name])}">' for name in ("author", "description", "keywords")
    )
    return (
        f'<!DOCTYPE html><html lang="{html_attribute(language)}"><head><meta charset="utf-8">'
        f"<title>{html_text(info['title'])}</title>{meta}"
        '<meta name="generator" content="icat_report (WeasyPrint)">'
        f"<style>{stylesheet}{_data_styles(report)}</style></head><body>{body}</body></html>"
    )


def _data_styles(report: Report) -> str:
    """The running heads' strings, and each priority's colour and icon where the data gives them."""
    title = _css_string(curled(report.info.full_title))
    # Both running heads are strings set by each chapter's title, so the page where a chapter
    # starts has neither (`first-except`).
    running = (
        f".paper-chapter > h1, .paper-appendix > h1 {{ string-set: chapter content(text), report {title} }}\n"
        f".paper-appendix > h1[data-paper-running] {{ string-set: chapter attr(data-paper-running), report {title} }}"
    )
    return f"{running}\n{priority_styles(report.priorities)}"


def _css_string(value: str) -> str:
    """A value as a CSS string: quotes, backslashes and line ends escaped."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
    return '"' + " ".join(escaped.split()) + '"'
