"""Read a built site for what a payload would add, compared with the clean site.

The clean site is read once into a Profile: the kinds of element it has, the
signatures of its risky elements (scripts, images, frames, forms, ...), and any
internal link it already cannot resolve. A mutated site is then searched for:
an element kind the clean site lacks (other than what Markdown makes), a risky element
whose signature is new, any on* attribute, a URL attribute with a javascript:, data:
or vbscript: address, and an internal link or anchor that resolves to nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from icat_report.text import html

RISKY = frozenset(
    {
        "script",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "img",
        "image",
        "svg",
        "math",
        "form",
        "input",
        "button",
        "textarea",
        "select",
        "base",
        "style",
        "video",
        "audio",
        "source",
        "track",
        "template",
        "meta",
        "link",
        "marquee",
        "portal",
        "noscript",
    }
)
# Elements Markdown itself makes from text: a new one of these is formatting, not injection.
MARKDOWN_TAGS = frozenset(
    {
        "p",
        "em",
        "strong",
        "code",
        "pre",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "ul",
        "ol",
        "li",
        "a",
        "br",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "abbr",
        "sup",
        "div",
        "span",
        "dl",
        "dt",
        "dd",
    }
)
URL_ATTRIBUTES = (
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "data",
    "background",
    "srcdoc",
    "ping",
    "cite",
    "lowsrc",
    "dynsrc",
    "manifest",
    "codebase",
    "srcset",
)
BAD_SCHEME = re.compile(r"^(javascript|data|vbscript|livescript):")
# Attributes whose values vary from page to page without being risky.
VARYING = frozenset({"id", "class", "alt", "title", "aria-label", "content", "tabindex"})
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass
class Finding:
    kind: str  # injection or broken_link
    page: str
    detail: str


@dataclass
class Profile:
    """What the clean site has."""

    tags: set[str] = field(default_factory=set)
    signatures: set[str] = field(default_factory=set)
    broken: set[str] = field(default_factory=set)


def signature(element: html.Node) -> str:
    attributes = sorted((name, "" if name in VARYING else (value or "")) for name, value in element.attributes.items())
    if element.tag == "link" and element.attributes.get("rel") == "canonical":
        attributes = [("rel", "canonical")]
    text = element.text(deep=True) if element.tag in ("script", "style") else ""
    return f"{element.tag} {attributes} {text}"


def _pages(site: Path) -> dict[str, html.Node]:
    return {
        str(path.relative_to(site)): html.document(path.read_text(encoding="utf-8", errors="replace"))
        for path in sorted(site.rglob("*.html"))
    }


def profile(site: Path) -> Profile:
    found = Profile()
    pages = _pages(site)
    for root in pages.values():
        for element in html.elements(root):
            found.tags.add(element.tag)
            if element.tag in RISKY:
                found.signatures.add(signature(element))
    found.broken = {finding.detail for finding in _broken_links(site, pages)}
    return found


def findings(site: Path, clean: Profile) -> list[Finding]:
    """Every injected element, handler, bad address and new broken link in the site."""
    pages = _pages(site)
    out: list[Finding] = []
    for name, root in pages.items():
        for element in html.elements(root):
            out += _element_findings(name, element, clean)
    out += [each for each in _broken_links(site, pages) if each.detail not in clean.broken]
    return out


def _element_findings(page: str, element: html.Node, clean: Profile) -> list[Finding]:
    out = []
    tag = element.tag
    if tag not in clean.tags and tag not in MARKDOWN_TAGS:
        out.append(Finding("injection", page, f"new element <{tag}>: {_outer(element)}"))
    elif tag in RISKY and signature(element) not in clean.signatures:
        out.append(Finding("injection", page, f"new <{tag}>: {_outer(element)}"))
    for name, value in element.attributes.items():
        if name.lower().startswith("on"):
            out.append(Finding("injection", page, f"handler {name}= on <{tag}>: {_outer(element)}"))
        elif name.lower() in URL_ATTRIBUTES and BAD_SCHEME.match(_normal(value or "")):
            out.append(Finding("injection", page, f"{name}={value!r} on <{tag}>"))
    return out


def _normal(url: str) -> str:
    """An address as a browser reads its scheme: control characters and white space dropped, lower case."""
    return re.sub(r"[\x00-\x20\x7f]+", "", url).lower()


def _outer(element: html.Node) -> str:
    text = element.html or ""
    return text if len(text) <= 160 else text[:160] + "..."


def _broken_links(site: Path, pages: dict[str, html.Node]) -> list[Finding]:
    ids: dict[str, set[str]] = {}
    out = []
    for name, root in pages.items():
        base = "/" + (name[: -len("index.html")] if name.endswith("index.html") else name)
        for element in root.css("a[href], link[href], img[src], script[src], iframe[src], source[src]"):
            target = element.attributes.get("href") or element.attributes.get("src") or ""
            problem = _resolve(site, pages, ids, name, base, target)
            if problem:
                out.append(Finding("broken_link", name, f"{target} ({problem})"))
    return out


def _resolve(site, pages, ids, name, base, target) -> str | None:
    if not target or SCHEME.match(target) or target.startswith("//"):
        return None
    parts = urlsplit(urljoin(base, target))
    path = unquote(parts.path).lstrip("/")
    file = path + "index.html" if not path or path.endswith("/") else path
    if not (site / file).is_file():
        return "no such file"
    if parts.fragment and file in pages:
        if file not in ids:
            ids[file] = html.ids(pages[file])
        if unquote(parts.fragment) not in ids[file]:
            return "no such anchor"
    return None
