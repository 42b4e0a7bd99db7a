"""The whole report on one page: the site's pages joined in reading order, for print and PDF.

Works on the HTML each page already has (no Markdown is rendered twice) and knows
nothing of MkDocs: the hook hands over each page's address, content and headings.
Joining pages into one means that:

- ids must stay unique: every id of a page gets the page's key as a prefix
  (`annex` + `fn:1` -> `annex--fn:1`), and so does every reference to one;
- links between pages become links within the page (`../annex/#p1` -> `#annex--p1`),
  while links to pages left out, and to files, are made relative to the whole page;
- there is one h1: a page's headings move down a level, or two for a chapter's section;
- the keyboard stop of an acronym (see abbreviations.py) stays on its first use on
  the whole page, as on each page it was on the page's first use;
- what is only for the web (class `icat-web-only`) is left out, and footnotes are
  numbered in the order of the whole report (print_edits.py);
- the contents list follows the cover (the home page) when the report starts with it;
- each part says what it is on paper (`data-paper`): the cover, a chapter, an appendix,
  or left out of print (a page's front matter `paper: appendix` or `paper: false`, read
  by hooks/whole_report.py); print.css and the PDF (icat_report.paper) follow it.

Each page is parsed once (icat_report.text.html, a real HTML parser) and every element
visited once, so the cost grows with the size of the report and no faster
(mkdocs-print-site-plugin, used before, rewrote each id with a replace over the whole
page: quadratic, and it also compiled the theme's templates a second time;
bench/README.md has the figures).
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from ..text.html import Fragment, Node
from ..text.urls import relative_path
from .print_edits import drop_web_only, renumber_footnotes
from .print_notes import note_addresses

# Attributes that hold ids of the page (one, or a list separated by spaces), and links.
ID_ATTRIBUTES = frozenset(
    {
        "id",
        "for",
        "form",
        "list",
        "headers",
        "popovertarget",
        "aria-activedescendant",
        "aria-controls",
        "aria-describedby",
        "aria-details",
        "aria-errormessage",
        "aria-flowto",
        "aria-labelledby",
        "aria-owns",
    }
)
LINK_ATTRIBUTES = frozenset({"href", "src", "poster", "xlink:href"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
KEY_SEPARATOR = "--"
COVER_KEY = "home"  # the home page, when printed, is the report's cover
# What a part is on paper: the report's own chapters, appendices after them, or left out.
PAPER_ROLES = ("chapter", "appendix", "omitted")
COVER = "cover"


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
    paper: str = "chapter"
    """What the page is on paper: one of PAPER_ROLES."""


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


def combine(parts: Sequence[Part], at: str) -> WholeReport:
    """Join parts into one page that will be published at the address `at` (e.g. "print_page/")."""
    keys = {_site_path(part.url): part_key(part.url) for part in parts}
    focusable: set[str] = set()  # acronyms that already have their keyboard stop on the page
    entries: list[_Entry] = []
    sections = []
    notes = 0  # footnotes on the pages before
    roles: dict[str, str] = {}
    for part in parts:
        key = part_key(part.url)
        body, page_notes, dropped = _rewrite(part, key, keys, at, focusable, notes)
        notes += page_notes
        role = COVER if key == COVER_KEY else part.paper
        roles[key] = role
        sections.append(f'<section class="whole-report__part" id="{key}" data-paper="{role}">{body}</section>')
        entry = _Entry(_part_heading(part, key, dropped))
        if part.depth > 0 and entries:
            entries[-1].children.append(entry)
        else:
            entries.append(entry)
    contents = tuple(entry.freeze() for entry in entries)
    contents_html = (
        '<nav class="whole-report__contents" aria-labelledby="contents">'
        f'<h2 id="contents">Contents</h2>{_contents_list(contents, roles)}</nav>'
    )
    cover = 1 if parts and part_key(parts[0].url) == COVER_KEY else 0
    return WholeReport("".join([*sections[:cover], contents_html, *sections[cover:]]), contents)


def _part_heading(part: Part, key: str, dropped: set[str]) -> Heading:
    """The part's title (its h1) linking to its section, with its h2s (deeper ones, and those of
    web-only sections, are left out)."""
    if not part.headings:
        return Heading(key, html.escape(part.title))
    first, *others = part.headings
    kept = (h for h in (*first.children, *others) if h.id not in dropped)
    return Heading(key, first.title, tuple(Heading(_prefixed(key, h.id), h.title) for h in kept))


def _contents_list(headings: Sequence[Heading], roles: dict[str, str]) -> str:
    """The contents as nested lists; a part's entry says what the part is on paper."""
    items = "".join(
        f'<li{_paper_attribute(roles.get(h.id))}><a href="#{html.escape(h.id)}">{h.title}</a>'
        f"{_contents_list(h.children, roles) if h.children else ''}</li>"
        for h in headings
    )
    return f"<ol>{items}</ol>"


def _paper_attribute(role: str | None) -> str:
    return f' data-paper="{role}"' if role else ""


def _rewrite(
    part: Part, key: str, keys: dict[str, str], at: str, focusable: set[str], notes: int
) -> tuple[str, int, set[str]]:
    """The part's HTML with its ids prefixed, its links re-pointed, its headings moved down and
    its footnotes numbered after the `notes` before it; how many footnotes it has; the ids of
    what was left out as web-only."""
    page = Fragment(part.html)
    dropped = drop_web_only(page.elements)
    page_notes = renumber_footnotes(page.elements(), notes)
    note_addresses(page)

    @functools.cache  # a page links to the same few places again and again
    def relinked(link: str) -> str:
        return _relinked(link, part.url, key, keys, at)

    headings = []
    for element in page.elements():
        attributes = element.attributes
        if attributes:
            _rewrite_attributes(element, attributes, key, relinked)
        tag = element.tag
        if tag in HEADINGS:
            headings.append(element)
        elif tag == "abbr" and "tabindex" in attributes:
            _one_stop_per_acronym(element, focusable)
    for heading in headings:  # renamed last: renaming moves the heading's content
        page.rename(heading, f"h{min(6, int(heading.tag[1]) + 1 + part.depth)}")
    return page.html(), page_notes, dropped


def _rewrite_attributes(
    element: Node, attributes: dict[str, str | None], key: str, relinked: Callable[[str], str]
) -> None:
    for name, value in attributes.items():
        if not value:
            continue
        if name in ID_ATTRIBUTES:
            element.attrs[name] = " ".join(_prefixed(key, each) for each in value.split())
        elif name in LINK_ATTRIBUTES:
            element.attrs[name] = relinked(value)
        elif name == "srcset":
            element.attrs[name] = _srcset(value, relinked)


def _one_stop_per_acronym(abbr: Node, focusable: set[str]) -> None:
    """Keep the keyboard stop on an acronym's first use on the whole page only (each page had its own)."""
    term = abbr.text()
    if term in focusable:
        del abbr.attrs["tabindex"]
    else:
        focusable.add(term)


def _srcset(value: str, relinked: Callable[[str], str]) -> str:
    """A srcset ("a.png 1x, b.png 2x") with each image's address re-pointed."""
    candidates = []
    for candidate in value.split(","):
        if not candidate.strip():
            continue
        link, *descriptors = candidate.split()
        candidates.append(" ".join([relinked(link), *descriptors]))
    return ", ".join(candidates)


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
