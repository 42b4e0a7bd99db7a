"""How much of the printed report a built site shows: the package's measure (icat_report.edition.fidelity)
applied to the words a reader sees or hears on built pages (alt text and titles included)."""

from __future__ import annotations

from pathlib import Path

from icat_report.edition.fidelity import Coverage, coverage, words
from icat_report.edition.printed import printed_text
from icat_report.text import html

HIDDEN_TAGS = {"script", "style", "noscript", "template", "svg"}
SPOKEN_ATTRIBUTES = ("alt", "title", "aria-label")


def page_words(page: Path) -> list[str]:
    """The words a reader sees or hears on a page (including alt text and titles)."""
    text = html.visible_text(
        html.document(page.read_text(encoding="utf-8")), hidden=HIDDEN_TAGS, spoken=SPOKEN_ATTRIBUTES, tag_gap=" "
    )
    return words(text)


def site_coverage(pages: list[Path]) -> Coverage:
    """The printed report's words the pages show."""
    return coverage(printed_text(), (page_words(page) for page in pages))
