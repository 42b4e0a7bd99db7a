"""The outbound addresses to check, each once, with every place it is used.

From the data: each `url` of data/links.yaml and the contacts of data/report.yaml, at the
line of the value in its file (the YAML reader keeps every value's line). From a built
site: every http(s) link a reader can follow (`<a href>`, `<area href>`) in its pages,
with the addresses of the pages that hold it; links into the site's own address (its
canonical address, as the pages declare it) are not outbound.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..project import Project, load_project
from .results import Use

Addresses = dict[str, list[Use]]  # address -> where it is used, in the order found
CONTACT_FIELDS = ("website", "twitter", "email")


def data_addresses(data_dir: Path, docs_dir: Path | None = None) -> Addresses:
    """Every address in the data, with its file and line; DataError when the data is not sound."""
    project = load_project(data_dir, docs_dir)
    addresses: Addresses = {}
    for address, use in _data_uses(project, data_dir):
        addresses.setdefault(_without_fragment(address), []).append(use)
    return addresses


def _data_uses(project: Project, data_dir: Path) -> Iterator[tuple[str, Use]]:
    links_name, report_name = f"{data_dir.name}/links.yaml", f"{data_dir.name}/report.yaml"
    # The loader has accepted every entry, so the records stand in the files' order.
    report, links, info = project.report, project.sources["links.yaml"], project.sources["report.yaml"]
    for index, link in enumerate(report.links):
        if link.url:
            line, _column = links.position((index, "url"))
            yield link.url, Use(file=links_name, line=line, field=f"link {link.id}, url")
    contacts = report.info.contacts
    for name in CONTACT_FIELDS:
        value = getattr(contacts, name)
        address = f"mailto:{value}" if name == "email" else value
        line, _column = info.position(("contacts", name))
        yield address, Use(file=report_name, line=line, field=f"contacts, {name}")


def site_addresses(site_dir: Path) -> Addresses:
    """Every outbound http(s) address in the built pages under site_dir, with the pages that link to it."""
    from ..text.html import document

    own = _own_address(site_dir, document)
    addresses: Addresses = {}
    for path in sorted(site_dir.rglob("*.html")):
        page = _page_address(path.relative_to(site_dir))
        root = document(path.read_text(encoding="utf-8", errors="replace"))
        for node in root.css("a[href], area[href]"):
            href = (node.attributes.get("href") or "").strip()
            if href.startswith("//"):
                href = "https:" + href
            if not href.lower().startswith(("http://", "https://")) or _is_within(href, own):
                continue
            uses = addresses.setdefault(_without_fragment(href), [])
            if not any(use.page == page for use in uses):
                uses.append(Use(page=page))
    return addresses


def merge(*sources: Addresses) -> Addresses:
    """One entry per address, data uses first."""
    merged: Addresses = {}
    for source in sources:
        for address, uses in source.items():
            merged.setdefault(address, []).extend(uses)
    return merged


def _own_address(site_dir: Path, document) -> str | None:
    """The site's own address, from the home page's canonical link (MkDocs writes site_url there)."""
    home = site_dir / "index.html"
    if not home.is_file():
        return None
    canonical = document(home.read_text(encoding="utf-8", errors="replace")).css_first('link[rel="canonical"]')
    href = (canonical.attributes.get("href") or "") if canonical is not None else ""
    return href.rstrip("/") if href.lower().startswith(("http://", "https://")) else None


def _is_within(href: str, own: str | None) -> bool:
    return own is not None and (href == own or href.startswith(own + "/"))


def _page_address(relative: Path) -> str:
    """The page's address within the site: a/b/index.html -> /a/b/, 404.html -> /404.html."""
    parts = relative.as_posix()
    if parts == "index.html":
        return "/"
    if parts.endswith("/index.html"):
        return "/" + parts.removesuffix("index.html")
    return "/" + parts


def _without_fragment(address: str) -> str:
    """The address without its #fragment: the same resource is asked once."""
    return address.split("#", 1)[0]
