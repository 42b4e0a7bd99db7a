"""A page's header: where the reader is (a kicker), and the report's chapters numbered.

Every page of the navigation opens with a kicker, the line above its title. A page of the report
names its part and its place there ("A year in review · section 3 of 7"), and its chapters are
numbered in their titles as in the menu ("4.3 Using procurement practices..."). A page outside the
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


def kicker(place: Place) -> str:
    """The kicker of a page of the menu: its part and place, or what an Explore page is for."""
    if place.number is None and place.count:
        return kicker_paragraph(OUTSIDE_THE_REPORT)
    counter = f"{_scope(place.number)}{place.position} of {place.count}" if place.count else "Reference"
    return kicker_paragraph(f"{place.part} · {counter}")


def kicker_paragraph(text: str) -> str:
    """A kicker as a Markdown paragraph (web-only: print_edits leaves it out of the whole report).

    .icat-kicker--report: the page opens in the report's identity, a band of UN blue behind kicker and title
    (report.css), as a member's or a priority's page opens in its colour: one header for every other page."""
    return f"{markdown_text(text)}\n{{ .icat-kicker .icat-kicker--report .icat-web-only }}\n"


def _scope(number: str | None) -> str:
    """What the counter counts, so that the report's chapters and a chapter's sections read apart;
    every kicker of the report reads "Part · what N of M"."""
    return "section " if number and "." in number else "chapter "


def numbered_title(number: str) -> str:
    """The number a title starts with: "4." for a chapter, "4.3" for a section (as GOV.UK numbers its contents)."""
    return number if "." in number else f"{number}."


def with_page_header(markdown: str, place: Place | None, own_kicker: str | None = None) -> str:
    """The page's Markdown with its kicker before its title and its chapter number in it. A page outside the
    menu (the about pages, the whole report) has no place: its front matter's `kicker:` is its kicker."""
    if place is None and not own_kicker:
        return markdown
    title = _TITLE.search(markdown)
    if title is None:
        return markdown
    start = title.start()
    heading = markdown[start:]
    if place is not None and place.number is not None:
        heading = f"# {numbered_title(place.number)} " + heading[2:]
    above = kicker(place) if place is not None else kicker_paragraph(str(own_kicker))
    return markdown[:start] + above + "\n" + heading
