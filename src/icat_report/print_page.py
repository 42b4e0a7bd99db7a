"""Links on the whole-report print page to pages it does not hold.

mkdocs-print-site-plugin turns every link between pages into an anchor on the print
page (members/unodc/ becomes #members-unodc). The pages made from data (one per
member and priority) are not part of the printed report, so those anchors lead
nowhere; here they go back to the pages themselves. The plugin also prefixes
footnote ids (fn:) but not the back-references (fnref:); those anchors are matched
to the ids the page really has.
"""
from __future__ import annotations

import re

HREF_ANCHOR = re.compile(r'href="#([^"]+)"')
ID = re.compile(r'\sid="([^"]+)"')


def print_key(url: str) -> str:
    """The anchor the print page gives a page, from its URL (as the plugin does)."""
    return url.lower().strip().rstrip("/").replace(".html", "").replace("/", "-").lstrip("-")


def relink_missing_pages(html: str, page_urls: list[str], print_page_url: str = "print_page/") -> str:
    """Point anchors of pages missing from the print page at those pages."""
    ids = set(ID.findall(html))
    prefix = "../" * print_page_url.rstrip("/").count("/") + "../"
    by_key = {print_key(url): url for url in page_urls}

    def relink(match: re.Match) -> str:
        anchor = match.group(1)
        if anchor in ids:
            return match.group(0)
        for key, url in by_key.items():
            if anchor == key:
                return f'href="{prefix}{url}"'
            if anchor.startswith(key + "-"):
                return f'href="{prefix}{url}#{anchor[len(key) + 1:]}"'
        parts = anchor.split("-")
        for cut in range(1, len(parts)):
            suffix = "-".join(parts[cut:])
            if suffix in ids:
                return f'href="#{suffix}"'
        return match.group(0)

    return HREF_ANCHOR.sub(relink, html)
