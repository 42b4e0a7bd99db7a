"""The whole report on one page: the site's pages joined in reading order, for print and PDF.

Works on the HTML each page already has (no Markdown is rendered twice) and knows
nothing of MkDocs: the hook hands over each page's address, content and headings.
Joining pages into one means that:

- ids must stay unique: every id of a page gets the page's key as a prefix
  (`annex` + `fn:1` -> `annex--fn:1`), and so does every reference to one;
- links between pages become links within the page (`../annex/#p1` -> `#annex--p1`),
  while links to pages left out, and to files, are made relative to the whole page;
- there is one h1: a page's headings move down a level, or two for a chapter's section.

One regular-expression pass over each page's tags does all three, so the cost grows
with the size of the report and no faster (mkdocs-print-site-plugin, used before,
rewrote each id with a replace over the whole page: quadratic, and it also compiled
the theme's templates a second time; bench/README.md has the figures).
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from ..render.common import relative_path

# A heading's start or end tag, or any start tag with attributes: the tags there is
# something to change in. Attribute values never hold ">" in MkDocs' output (Python-
# Markdown escapes it there: &gt;), and text outside tags has no raw "<".
TAG = re.compile(r"<(/?)([hH][1-6])(\s[^>]*)?>|<()([a-zA-Z][a-zA-Z0-9]*)(\s[^>]*)>")
# Attributes that name an id of the page, or a link.
ID_ATTRIBUTE = re.compile(r'(\s)(id|for)="([^"]*)"')
ID_LIST_ATTRIBUTE = re.compile(r'(\s)(headers|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"')
LINK_ATTRIBUTE = re.compile(r'(\s)(href|src)="([^"]*)"')
HEADING = re.compile(r"h([1-6])")
KEY_SEPARATOR = "--"


@dataclass(frozen=True)
class Heading:
    """An entry of a table of contents; `title` is HTML, as MkDocs gives it."""

    id: str
    title: str
    children: tuple[Heading, ...] = ()


@dataclass(frozen=True)
class Part:
    """One page of the site, as the whole report holds it."""

    url: str
    """The page's address from the site root, as MkDocs writes it: "" or "annex/"."""
    title: str
    """The page's title in the navigation, for a page without headings."""
    html: str
    """The page's content (the article, without the theme around it)."""
    headings: tuple[Heading, ...]
    """The page's table of contents: its h1, with the h2s as children."""
    depth: int = 0
    """0 for a chapter, 1 for a section of the chapter before it."""


@dataclass(frozen=True)
class WholeReport:
    html: str
    """The contents list, then every part in order, each in a <section>."""
    contents: tuple[Heading, ...]
    """The table of contents: a heading per part, holding its own headings."""


@dataclass
class _Entry:
    heading: Heading
    children: list[_Entry] = field(default_factory=list)

    def freeze(self) -> Heading:
        own = self.heading
        return Heading(own.id, own.title, own.children + tuple(child.freeze() for child in self.children))


def part_key(url: str) -> str:
    """The id a page's section gets on the whole page: "annex/" -> "annex", "" -> "home"."""
    return url.strip("/").replace("/", "-") or "home"


def combine(parts: Sequence[Part], at: str, contents_title: str = "Contents") -> WholeReport:
    """Join parts into one page that will be published at the address `at` (e.g. "print_page/")."""
    keys = {_site_path(part.url): part_key(part.url) for part in parts}
    entries: list[_Entry] = []
    sections = []
    for part in parts:
        key = part_key(part.url)
        sections.append(f'<section class="whole-report__part" id="{key}">{_rewrite(part, key, keys, at)}</section>')
        entry = _Entry(_part_heading(part, key))
        if part.depth > 0 and entries:
            entries[-1].children.append(entry)
        else:
            entries.append(entry)
    contents = tuple(entry.freeze() for entry in entries)
    contents_html = (
        '<nav class="whole-report__contents" aria-labelledby="contents">'
        f'<h2 id="contents">{html.escape(contents_title)}</h2>{_contents_list(contents)}</nav>'
    )
    return WholeReport(contents_html + "".join(sections), contents)


def _part_heading(part: Part, key: str) -> Heading:
    """The part's title (its h1) linking to its section, with its h2s (deeper ones are left out)."""
    if not part.headings:
        return Heading(key, html.escape(part.title))
    first, *others = part.headings
    return Heading(key, first.title, tuple(Heading(_prefixed(key, h.id), h.title) for h in (*first.children, *others)))


def _contents_list(headings: Sequence[Heading]) -> str:
    items = "".join(
        f'<li><a href="#{html.escape(h.id)}">{h.title}</a>{_contents_list(h.children) if h.children else ""}</li>'
        for h in headings
    )
    return f"<ol>{items}</ol>"


def _rewrite(part: Part, key: str, keys: dict[str, str], at: str) -> str:
    """The part's HTML with its ids prefixed, its links re-pointed and its headings moved down."""
    shift = 1 + part.depth

    def tag(match: re.Match) -> str:
        closing, name, attributes = match.group(1, 2, 3) if match.group(2) else match.group(4, 5, 6)
        attributes = attributes or ""
        heading = HEADING.fullmatch(name.lower())
        if heading:
            name = f"h{min(6, int(heading.group(1)) + shift)}"
        if attributes and not closing:
            attributes = ID_ATTRIBUTE.sub(lambda m: f'{m.group(1)}{m.group(2)}="{_prefixed(key, m.group(3))}"', attributes)
            attributes = ID_LIST_ATTRIBUTE.sub(
                lambda m: f'{m.group(1)}{m.group(2)}="{" ".join(_prefixed(key, i) for i in m.group(3).split())}"', attributes
            )
            attributes = LINK_ATTRIBUTE.sub(
                lambda m: f'{m.group(1)}{m.group(2)}="{html.escape(_relinked(html.unescape(m.group(3)), part.url, key, keys, at))}"',
                attributes,
            )
        return f"<{closing}{name}{attributes}>"

    return TAG.sub(tag, part.html)


def _relinked(link: str, page_url: str, key: str, keys: dict[str, str], at: str) -> str:
    """Where a link written on the page at page_url leads once the page is part of the whole."""
    if not link or urlsplit(link).scheme or link.startswith("//"):
        return link  # another site, mailto:, or empty
    if link.startswith("#"):
        return "#" + _prefixed(key, link[1:]) if len(link) > 1 else link
    target = urljoin(_site_path(page_url), link)
    path, _, anchor = target.partition("#")
    if path in keys:
        return "#" + (_prefixed(keys[path], anchor) if anchor else keys[path])
    relative = relative_path(path, _site_path(at))
    if path.endswith("/") and not relative.endswith("/"):
        relative += "/"
    return relative + (f"#{anchor}" if anchor else "")


def _prefixed(key: str, anchor: str) -> str:
    return f"{key}{KEY_SEPARATOR}{anchor}"


def _site_path(url: str) -> str:
    return "/" + url.lstrip("/")
