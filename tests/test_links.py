"""Every link of the built site: internal ones resolve, outbound ones are well-formed.

Internal: every href/src (and srcset) of every HTML page, resolved like a browser does
against the page's own URL, names an existing file (a directory URL means its
index.html), and a #fragment names an id (or a[name]) in the target page. Links to the
site's own address (the canonical link, the sitemap) count as internal.
Outbound (http, https, mailto): well-formed, with a host and no spaces. And no link is
a dead `href="#"`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from icat_report.text import html

URL_ATTRIBUTES = {"href", "src", "poster", "data-src"}
OUTBOUND_SCHEMES = {"http", "https", "mailto"}
MIN_OUTBOUND_LINKS = 35
HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$")
MAILBOX = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Material's search "share" button is a script control, not a link.
SCRIPT_CONTROLS = {("a", "search-share")}


@dataclass
class Link:
    page: str  # the page's path in the site, e.g. "annex/index.html"
    tag: str
    attribute: str
    url: str
    in_article: bool
    component: str | None = None


@dataclass
class Page:
    path: str
    ids: set[str] = field(default_factory=set)
    links: list[Link] = field(default_factory=list)


def read_links(path: str, text: str) -> Page:
    """A page's ids and every URL its elements hold (each image of a srcset apart)."""
    root = html.document(text)
    page = Page(path, ids=html.ids(root))
    in_article = {element.mem_id for article in root.css("article") for element in html.elements(article)}
    for element in html.elements(root):
        for name, value in element.attributes.items():
            if value is None or (name not in URL_ATTRIBUTES and name != "srcset"):
                continue
            urls = [value] if name != "srcset" else [each.split()[0] for each in value.split(",") if each.strip()]
            page.links += [
                Link(
                    path,
                    element.tag,
                    name,
                    url,
                    element.mem_id in in_article,
                    element.attributes.get("data-md-component"),
                )
                for url in urls
            ]
    return page


@dataclass
class Site:
    root: Path
    base: str  # the site's own address, e.g. http://127.0.0.1:8000/
    pages: dict[str, Page]

    def url_of(self, path: str) -> str:
        if path == "index.html":
            return self.base
        if path.endswith("/index.html"):
            return self.base + path[: -len("index.html")]
        return self.base + path


@pytest.fixture(scope="module")
def site(built_site: Path) -> Site:
    canonical = html.document((built_site / "index.html").read_text("utf-8")).css_first('link[rel="canonical"]')
    base = canonical.attributes["href"] if canonical is not None else "http://127.0.0.1:8000/"
    pages = {}
    for file in sorted(built_site.rglob("*.html")):
        path = file.relative_to(built_site).as_posix()
        pages[path] = read_links(path, file.read_text(encoding="utf-8"))
    return Site(built_site, base, pages)


def _target_file(site: Site, path: str) -> Path | None:
    """The file a URL path of the site names (directory URL -> its index.html)."""
    base_path = urlsplit(site.base).path
    path = path or "/"
    if not path.startswith(base_path):
        return None
    relative = unquote(path[len(base_path) :])
    candidate = site.root / relative
    if relative == "" or relative.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def _is_internal(site: Site, absolute: str) -> bool:
    a, b = urlsplit(absolute), urlsplit(site.base)
    return (a.scheme, a.netloc) == (b.scheme, b.netloc)


def test_every_internal_link_and_anchor_resolves(site):
    checked, anchors, problems = 0, 0, []
    for page in site.pages.values():
        page_url = site.url_of(page.path)
        for link in page.links:
            if link.url.startswith(("data:", "javascript:", "mailto:", "tel:")):
                continue
            absolute = urljoin(page_url, link.url)
            if not _is_internal(site, absolute):
                continue
            checked += 1
            parts = urlsplit(absolute)
            target = _target_file(site, parts.path)
            where = f'{page.path}: <{link.tag} {link.attribute}="{link.url}">'
            if target is None:
                problems.append(f"{where} -> no file for {parts.path}")
                continue
            if parts.fragment:
                anchors += 1
                target_path = target.relative_to(site.root).as_posix()
                target_page = site.pages.get(target_path)
                fragment = unquote(parts.fragment)
                if target_page is None:
                    problems.append(f"{where} -> #{fragment} in a file that is not a page ({target_path})")
                elif fragment not in target_page.ids:
                    problems.append(f"{where} -> no id {fragment!r} in {target_path}")
    assert checked > 1000, f"only {checked} internal links found: is the parser reading the pages?"
    by_page = Counter(problem.split(":", 1)[0] for problem in problems)
    assert not problems, (
        f"{len(problems)} broken of {checked} internal links ({anchors} with an anchor) "
        f"on {len(site.pages)} pages; broken per page: {dict(by_page)}\n" + _first(problems)
    )


def _first(lines: list[str], count: int = 60) -> str:
    more = f"\n... and {len(lines) - count} more" if len(lines) > count else ""
    return "\n".join(lines[:count]) + more


def _outbound(site: Site) -> list[Link]:
    links = []
    for page in site.pages.values():
        for link in page.links:
            scheme = urlsplit(link.url).scheme.lower()
            if scheme in OUTBOUND_SCHEMES and not _is_internal(site, link.url):
                links.append(link)
    return links


def _problem(url: str) -> str | None:
    if url != url.strip() or any(c.isspace() for c in url):
        return "contains white space"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as error:
        return f"does not parse: {error}"
    if parts.scheme == "mailto":
        address = unquote(parts.path)
        return None if MAILBOX.match(address) else f"not an e-mail address: {address!r}"
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme!r}"
    if not parts.netloc or not parts.hostname:
        return "no host"
    if not HOST.match(parts.hostname) or "." not in parts.hostname:
        return f"bad host {parts.hostname!r}"
    if "\\" in url or '"' in url or "<" in url or ">" in url:
        return "contains a character that must be escaped"
    return None


def test_every_outbound_link_is_well_formed(site):
    links = _outbound(site)
    problems = sorted({f"{link.url!r}: {why} (on {link.page})" for link in links if (why := _problem(link.url))})
    distinct = {link.url for link in links}
    assert not problems, f"{len(problems)} malformed of {len(distinct)} distinct outbound links:\n" + "\n".join(
        problems
    )


def test_there_are_real_outbound_links_in_the_report(site):
    # The report's own pages: their main content, not the theme's footer or the copy
    # of everything on the print page.
    links = [link for link in _outbound(site) if link.in_article and link.page != "print_page/index.html"]
    distinct = {link.url for link in links}
    hosts = Counter(urlsplit(url).hostname for url in distinct)
    assert len(distinct) >= MIN_OUTBOUND_LINKS, (
        f"only {len(distinct)} distinct outbound links in the report's pages "
        f"(at least {MIN_OUTBOUND_LINKS} expected); hosts: {dict(hosts)}"
    )


def test_no_link_is_a_dead_hash(site):
    dead = [
        f'{link.page}: <{link.tag} {link.attribute}="{link.url}">'
        for page in site.pages.values()
        for link in page.links
        if link.attribute == "href" and link.url.strip() in ("#", "")
    ]
    assert not dead, f'{len(dead)} links go nowhere (href="#" or empty):\n' + "\n".join(dead)


def test_no_script_link_but_material_controls(site):
    found = [
        link
        for page in site.pages.values()
        for link in page.links
        if link.url.strip().lower().startswith("javascript:")
    ]
    other = [
        f'{link.page}: <{link.tag} {link.attribute}="{link.url}">'
        for link in found
        if (link.tag, link.component) not in SCRIPT_CONTROLS
    ]
    assert not other, f"{len(other)} javascript: links that are not Material's controls:\n" + "\n".join(other)
