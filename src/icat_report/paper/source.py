"""The paper's source: the built whole-report page (site/print_page/), read into its parts.

Each part is a <section> of the page's article, saying what it is on paper in its
`data-paper` attribute (icat_report.whole_report.print_page): the cover (the home page), a chapter,
an appendix, or omitted. The page's canonical link gives the site's published address.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..text import html

WHOLE_REPORT_PAGE = "print_page/index.html"
ROLES = ("cover", "chapter", "appendix", "omitted")


class PaperError(Exception):
    """Why the PDF could not be made, as one sentence for the person running `make pdf`."""


@dataclass(frozen=True)
class SourcePart:
    key: str
    """The part's id on the whole page ("annex"), prefixing every id inside it."""
    role: str
    """One of ROLES."""
    html: str
    """The section's content."""


@dataclass(frozen=True)
class Source:
    parts: tuple[SourcePart, ...]
    site_url: str | None
    """The site's published address, or None when it was built for a local address."""
    language: str = "en"
    """The page's language (its <html lang>)."""


def read_source(site: Path) -> Source:
    """The parts of site/print_page/index.html, in order; PaperError if the page is not there."""
    page_file = site / WHOLE_REPORT_PAGE
    if not page_file.is_file():
        raise PaperError(f"{page_file}: no whole-report page; build the site first (REPORT_PDF=1 mkdocs build)")
    page = html.document(page_file.read_text(encoding="utf-8"))
    parts = tuple(_part(section) for section in page.css("article section.whole-report__part"))
    if not parts:
        raise PaperError(f"{page_file}: the page holds no part of the report (no section.whole-report__part)")
    canonical = page.css_first('link[rel="canonical"]')
    language = page.attributes.get("lang") or "en"
    return Source(parts, _published_site(canonical.attributes.get("href") if canonical else None), language)


def _part(section: html.Node) -> SourcePart:
    key = section.attributes.get("id") or ""
    role = section.attributes.get("data-paper") or "chapter"
    if role not in ROLES:
        raise PaperError(f"the part {key!r} of the whole-report page says data-paper={role!r}; expected one of {ROLES}")
    return SourcePart(key, role, section.inner_html or "")


def _published_site(canonical: str | None) -> str | None:
    """The site's address from the whole page's canonical address, unless it is a local one."""
    if not canonical or not canonical.startswith(("https://", "http://")):
        return None
    host = urlsplit(canonical).hostname or ""
    try:
        if host == "localhost" or ipaddress.ip_address(host).is_loopback or ipaddress.ip_address(host).is_private:
            return None
    except ValueError:  # a host name, not an address
        pass
    return canonical.removesuffix(WHOLE_REPORT_PAGE.removesuffix("index.html"))
