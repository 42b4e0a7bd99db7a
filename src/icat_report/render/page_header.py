"""A page's header: where the reader is (a kicker), and the report's chapters numbered.

Every page of the navigation opens with a kicker, the line above its title. The report's chapters are
numbered in their titles as in the menu ("4.3 Using procurement practices..."), so the kicker names
the whole the page belongs to without repeating its number: a chapter's kicker is the report's title
("Chairs' Annual Report 2021"), a section's its numbered chapter ("4. A year in review"). A page outside the
report's chapters (the Explore part's) is not a part of the report: its kicker says what the page
is for ("Explore the report"), without a page counter, which is website language.
The kicker is web-only: on paper and in the PDF the numbered titles and the contents list
say where a chapter is. The header is Markdown, written before the page's first heading, so
that every build of the page (MkDocs, the plain project for Zensical) has the same one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.escape import markdown_text

# The page's title: its first level-1 heading, written `# Title` (every page of docs/ opens so).
_TITLE = re.compile(r"^# (?=\S)", re.M)


@dataclass(frozen=True)
class Place:
    """Where a page sits in the navigation: its part's title, its position there, its chapter number."""

    part: str
    position: int
    count: int
    """How many pages the part has; 0 for an appendix of the report (its kicker says "Reference")."""
    number: str | None = None
    """"4.3" for a chapter's section, "4" for a chapter, None outside the report's chapters."""


# The kicker of a page outside the report's chapters (number None): what the page is for, said once here.
OUTSIDE_THE_REPORT = "Explore the report"


def kicker(place: Place, report_title: str) -> str:
    """The kicker of a page of the menu: the whole it belongs to (the report, or its chapter), or what an Explore
    page is for. An appendix (count 0) is the report's reference matter."""
    if place.number is None:
        return kicker_paragraph(f"{report_title} · Reference" if not place.count else OUTSIDE_THE_REPORT)
    if "." in place.number:
        return kicker_paragraph(f"{numbered_title(place.number.split('.')[0])} {place.part}")
    return kicker_paragraph(report_title)


def kicker_paragraph(text: str) -> str:
    """A kicker as a Markdown paragraph (web-only: print_edits leaves it out of the whole report).

    .icat-kicker--report: the page opens in the report's identity, a band of UN blue behind kicker and title
    (report.css), as a member's or a priority's page opens in its colour: one header for every other page."""
    return f"{markdown_text(text)}\n{{ .icat-kicker .icat-kicker--report .icat-web-only }}\n"


def numbered_title(number: str) -> str:
    """The number a title starts with: "4." for a chapter, "4.3" for a section (as GOV.UK numbers its contents)."""
    return number if "." in number else f"{number}."


def with_page_header(markdown: str, place: Place | None, own_kicker: str | None, report_title: str) -> str:
    """The page's Markdown with its kicker before its title and its chapter number in it. A page whose front
    matter says `kicker:` (the About part's pages, the whole report, outside the menu) has that kicker; else
    its place's. report_title: the report's title (data/report.yaml), the kicker of its chapters."""
    if place is None and not own_kicker:
        return markdown
    title = _TITLE.search(markdown)
    if title is None:
        return markdown
    start = title.start()
    heading = markdown[start:]
    if place is not None and place.number is not None:
        heading = f"# {numbered_title(place.number)} " + heading[2:]
    above = kicker_paragraph(own_kicker) if own_kicker else kicker(place, report_title) if place else ""
    return markdown[:start] + above + "\n" + heading
