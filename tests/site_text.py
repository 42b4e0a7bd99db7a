"""Read built pages as a reader does: the main content's text, links and tables."""
from __future__ import annotations

import html.parser
import re
from pathlib import Path


class _Content(html.parser.HTMLParser):
    """Collects the text and links inside <article>, the page's main content."""

    def __init__(self, skip_code: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden_tags = ("script", "style", "code") if skip_code else ("script", "style")
        self.depth = 0
        self.skip = 0
        self.text: list[str] = []
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._link_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article":
            self.depth += 1
        if tag in self.hidden_tags:
            self.skip += 1
        if self.depth and tag == "a" and "href" in attrs:
            self._href, self._link_text = attrs["href"], []
        if self.depth and tag in ("p", "li", "h1", "h2", "h3", "h4", "tr", "br", "div"):
            self.text.append("\n")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag in self.hidden_tags and self.skip:
            self.skip -= 1
        if tag == "a" and self._href is not None:
            self.links.append((self._href, " ".join("".join(self._link_text).split())))
            self._href = None

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.text.append(data)
            if self._href is not None:
                self._link_text.append(data)


def read_page(site: Path, url_path: str, skip_code: bool = False) -> _Content:
    """The content of the page at url_path (e.g. "members/unodc/")."""
    page = site / url_path / "index.html" if not url_path.endswith(".html") else site / url_path
    parser = _Content(skip_code)
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def page_text(site: Path, url_path: str, skip_code: bool = False) -> str:
    text = "".join(read_page(site, url_path, skip_code).text).replace("\u00b6", "")
    return re.sub(r"[ \t]+", " ", re.sub(r"\n\s*\n+", "\n", text)).strip()


def html_of(site: Path, url_path: str) -> str:
    return (site / url_path / "index.html").read_text(encoding="utf-8")
